#include "corpus/cmif.hpp"

#include "edition/tei_file.hpp"
#include "tei/serialize.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

constexpr const char* kSourceId = "edition";  // the sourceDesc bibl every letter's @source points to

using xml::add;
using xml::set;

// An element's text with its white space collapsed.
std::string text(pugi::xml_node n) { return normalize_space(text_of(n)); }

// The element with xml:id `id` among the children named `entry` of the
// document's lists (listPerson/person, listPlace/place).
pugi::xml_node entry_of(const pugi::xml_document& tei, const char* entry, const std::string& id) {
  const std::string query = "//*[local-name()='" + std::string(entry) + "'][@xml:id='" + id + "']";
  if (id.find('\'') != std::string::npos) return {};
  return tei.select_node(query.c_str()).node();
}

// The first authority URI among an entry's idno children.
std::string entry_uri(pugi::xml_node entry) {
  for (pugi::xml_node n = entry.first_child(); n; n = n.next_sibling())
    if (local(n.name()) == "idno")
      if (std::string uri = authority_uri(n.attribute("type").value(), text(n)); !uri.empty()) return uri;
  return {};
}

// A name of a correspAction (persName, orgName, placeName): its text, and
// the authority URI of the entry its @ref points to, if any.
void add_name(pugi::xml_node action, pugi::xml_node name, const pugi::xml_document& tei) {
  const std::string element = local(name.name());
  const std::string ref = name.attribute("ref").value();
  std::string uri;
  if (ref.size() > 1 && ref[0] == '#')
    uri = entry_uri(entry_of(tei, element == "placeName" ? "place" : element == "orgName" ? "org" : "person", ref.substr(1)));
  set(add(action, element.c_str(), text(name)), "ref", uri);
}

// A date of a correspAction: its Gregorian attributes (CMIF's date has
// neither content nor *-custom attributes); nothing when it has none.
// CMIF allows @when alone, or the others without it.
void add_date(pugi::xml_node action, pugi::xml_node date) {
  pugi::xml_node d = action.append_child("date");
  if (const char* when = date.attribute("when").value(); *when) {
    set(d, "when", when);
  } else {
    for (const char* a : {"from", "to", "notBefore", "notAfter"}) set(d, a, date.attribute(a).value());
    if (date.attribute("from") && date.attribute("notBefore")) d.remove_attribute("notBefore");
    if (date.attribute("to") && date.attribute("notAfter")) d.remove_attribute("notAfter");
  }
  if (!d.first_attribute()) action.remove_child(d);
}

}  // namespace

std::string authority_uri(const std::string& type, const std::string& value) {
  if (value.rfind("http://", 0) == 0 || value.rfind("https://", 0) == 0) return value;
  if (value.empty() || value.find_first_of(" /#?") != std::string::npos) return {};
  const std::string t = utf8::lower(type);
  if (t == "wikidata") return "http://www.wikidata.org/entity/" + value;
  if (t == "viaf") return "http://viaf.org/viaf/" + value;
  if (t == "gnd") return "http://d-nb.info/gnd/" + value;
  if (t == "geonames") return "http://www.geonames.org/" + value;
  return {};
}

CmifWriter::CmifWriter(const Edition& ed) : edition_(ed) {
  pugi::xml_node tei = doc_.append_child("TEI");
  tei.append_attribute("xmlns").set_value("http://www.tei-c.org/ns/1.0");
  pugi::xml_node header = tei.append_child("teiHeader");
  pugi::xml_node file = header.append_child("fileDesc");
  pugi::xml_node ts = file.append_child("titleStmt");
  add(ts, "title", ed.title);
  for (const auto& a : ed.editors) add(ts, "editor", a.name);
  if (ed.editors.empty()) add(ts, "editor", ed.publisher);  // CMIF requires an editor
  pugi::xml_node ps = file.append_child("publicationStmt");
  add(ps, "publisher", ed.publisher);
  set(add(ps, "idno", ed.base_url + "cmif.xml"), "type", "url");  // relative without base_url
  const std::string when = ed.date.when.empty() ? ed.date.from : ed.date.when;
  set(ps.append_child("date"), "when", when);
  pugi::xml_node av = ps.append_child("availability");
  if (!ed.licence_url.empty()) set(add(av, "licence", ed.licence), "target", ed.licence_url);
  else add(av, "p", ed.licence.empty() ? std::string("The licence is not stated.") : ed.licence);
  pugi::xml_node bibl = add(file.append_child("sourceDesc"), "bibl", ed.title);
  set(bibl, "type", "online");
  set(bibl, "xml:id", kSourceId);
  if (!ed.base_url.empty()) set(add(bibl, "ref", ed.base_url), "target", ed.base_url);
  profile_ = header.append_child("profileDesc");
  add(tei.append_child("text").append_child("body"), "p");
}

void CmifWriter::add_document(const std::string& doc_id, const pugi::xml_document& tei) {
  for (const auto& found : tei.select_nodes("//*[local-name()='profileDesc']/*[local-name()='correspDesc']")) {
    const pugi::xml_node letter = found.node();
    pugi::xml_node cd = profile_.append_child("correspDesc");
    set(cd, "ref", edition_.base_url + doc_id + ".html");
    set(cd, "source", std::string("#") + kSourceId);
    for (pugi::xml_node action = letter.first_child(); action; action = action.next_sibling()) {
      if (local(action.name()) != "correspAction") continue;
      pugi::xml_node out = cd.append_child("correspAction");
      set(out, "type", action.attribute("type").value());
      for (pugi::xml_node part = action.first_child(); part; part = part.next_sibling()) {
        const std::string what = local(part.name());
        if (what == "persName" || what == "orgName" || what == "placeName" || what == "name") add_name(out, part, tei);
        else if (what == "date") add_date(out, part);
      }
      if (!out.first_child()) cd.remove_child(out);
    }
    ++letters_;
  }
}

std::string CmifWriter::xml() const {
  pugi::xml_document out;
  out.reset(doc_);
  pugi::xml_node decl = out.prepend_child(pugi::node_declaration);
  decl.append_attribute("version").set_value("1.0");
  decl.append_attribute("encoding").set_value("UTF-8");
  return serialize_xml(out);
}

}  // namespace editio
