#include "build/edition_index.hpp"

#include <pugixml.hpp>

#include "tei/serialize.hpp"
#include "tei/writer.hpp"
#include "util/text.hpp"

namespace editio {
namespace {

pugi::xml_node add(pugi::xml_node parent, const char* name, const std::string& text) {
  pugi::xml_node n = parent.append_child(name);
  if (!text.empty()) n.append_child(pugi::node_pcdata).set_value(text.c_str());
  return n;
}

}  // namespace

std::string edition_index_xml(const Edition& ed, const std::vector<IndexedDocument>& docs,
                              const std::set<Format>& formats, const Personography* persons,
                              const std::vector<Mention>& mentions, const std::vector<DatedMention>& dates) {
  pugi::xml_document x;
  pugi::xml_node root = x.append_child("edition");
  root.append_attribute("xmlns").set_value("urn:x-editio");
  root.append_attribute("lang").set_value(ed.language.c_str());
  add(root, "title", ed.title);
  if (!ed.subtitle.empty()) add(root, "subtitle", ed.subtitle);
  for (const auto& e : ed.editors) add(root, "editor", e.name);
  add(root, "publisher", ed.publisher);
  if (ed.date.has_value() || !ed.date.text.empty()) {
    pugi::xml_node d = add(root, "date", ed.date.display());
    if (!ed.date.when.empty()) d.append_attribute("when").set_value(ed.date.when.c_str());
  }
  pugi::xml_node lic = add(root, "licence", ed.licence);
  if (!ed.licence_url.empty()) lic.append_attribute("target").set_value(ed.licence_url.c_str());
  if (!ed.introduction.empty()) {
    pugi::xml_node intro = root.append_child("introduction");
    for (const auto& p : split_paragraphs(ed.introduction)) add(intro, "p", p);
  }
  for (const auto& d : docs) {
    const DocumentEntry& e = *d.entry;
    pugi::xml_node n = root.append_child("document");
    n.append_attribute("id").set_value(e.id.c_str());
    if (d.built) {
      if (formats.count(Format::Html)) n.append_attribute("html").set_value((e.id + ".html").c_str());
      if (formats.count(Format::Tei)) n.append_attribute("tei").set_value(("../tei/" + e.id + ".xml").c_str());
      if (formats.count(Format::Pdf)) n.append_attribute("pdf").set_value(("../print/" + e.id + ".pdf").c_str());
    }
    n.append_attribute("lang").set_value(e.language.c_str());
    n.append_attribute("language").set_value(language_name(e.language).c_str());
    if (!e.kind.empty()) n.append_attribute("kind").set_value(e.kind.c_str());
    add(n, "title", e.title);
    add(n, "author", e.author.empty() ? std::string("Unknown") : e.author);
    pugi::xml_node date = add(n, "date", e.date.display());
    if (!e.date.when.empty()) date.append_attribute("when").set_value(e.date.when.c_str());
    if (!e.description.empty()) add(n, "description", e.description);
  }
  if (persons) add_register(root, *persons, mentions, ed.language);
  if (!dates.empty()) add_chronology(root, dates);
  return serialize_xml(x);
}

}  // namespace editio
