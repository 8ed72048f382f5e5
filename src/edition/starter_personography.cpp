#include "edition/starter_personography.hpp"

#include <algorithm>
#include <sstream>

#include <pugixml.hpp>

#include "edition/xml_ids.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

// A TEI header that says what the file is and what the editor does with it.
void add_header(pugi::xml_node tei) {
  pugi::xml_node file = tei.append_child("teiHeader").append_child("fileDesc");
  file.append_child("titleStmt").append_child("title").text().set("Personography of the edition");
  file.append_child("publicationStmt").append_child("p").text().set("TODO: where the edition is published.");
  file.append_child("sourceDesc").append_child("p").text().set(
      "A starter written by Editio from the names the texts use, most frequent first: keep the persons "
      "(give each its regular name, marked up with surname and forename), delete the rest.");
}

// "12 occurrences: Ivanov ×7, Ivanova ×5", safe inside a comment (no "--").
std::string comment_for(const StarterPerson& p) {
  std::string c = " " + std::to_string(p.count) + (p.count == 1 ? " occurrence: " : " occurrences: ");
  bool first = true;
  for (const auto& [form, n] : p.forms) {
    c += (first ? "" : ", ") + form + " ×" + std::to_string(n);
    first = false;
  }
  for (std::size_t i = c.find("--"); i != std::string::npos; i = c.find("--", i)) c.replace(i, 2, "- -");
  return c + " ";
}

void add_name(pugi::xml_node person, const char* type, const std::string& lang, const std::string& text) {
  pugi::xml_node n = person.append_child("persName");
  n.append_attribute("type").set_value(type);
  if (!lang.empty()) n.append_attribute("xml:lang").set_value(lang.c_str());
  n.text().set(text.c_str());
}

}  // namespace

std::string starter_personography(std::vector<StarterPerson> persons, std::set<std::string>& taken) {
  std::stable_sort(persons.begin(), persons.end(),
                   [](const StarterPerson& a, const StarterPerson& b) { return a.count > b.count; });
  pugi::xml_document doc;
  pugi::xml_node decl = doc.append_child(pugi::node_declaration);
  decl.append_attribute("version").set_value("1.0");
  decl.append_attribute("encoding").set_value("UTF-8");
  pugi::xml_node tei = doc.append_child("TEI");
  tei.append_attribute("xmlns").set_value("http://www.tei-c.org/ns/1.0");
  add_header(tei);
  pugi::xml_node body = tei.append_child("text").append_child("body");
  if (persons.empty()) {  // a listPerson must hold a person
    body.append_child("p").text().set("The texts use no names that a person could account for.");
  } else {
    pugi::xml_node list = body.append_child("listPerson");
    for (const auto& p : persons) {
      list.append_child(pugi::node_comment).set_value(comment_for(p).c_str());
      pugi::xml_node person = list.append_child("person");
      person.append_attribute("xml:id").set_value(unique_id(xml_id_from(utf8::lower(p.label), "p-"), taken).c_str());
      add_name(person, "reg", p.lang, p.label);
      for (const auto& [form, n] : p.forms)
        if (form != p.label) add_name(person, "variant", p.lang, form);
    }
  }
  std::ostringstream out;
  doc.save(out, "  ", pugi::format_default, pugi::encoding_utf8);
  return out.str();
}

}  // namespace editio
