#include "edition/gazetteer.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <optional>

#include "edition/tei_file.hpp"
#include "edition/manifest.hpp"
#include "util/fs.hpp"

namespace editio {

const EntityName* Entity::reg(const std::string& lang) const {
  if (names.empty()) return nullptr;
  for (const auto& n : names)
    if (n.type == "reg" && n.lang == lang) return &n;
  for (const auto& n : names)
    if (n.type == "reg") return &n;
  for (const auto& n : names)
    if (n.lang == lang && !n.abbreviation()) return &n;
  return &names.front();
}

bool Entity::coordinates(double& lat, double& lon) const {
  if (geo.empty()) return false;
  const char* s = geo.c_str();
  char* end = nullptr;
  lat = std::strtod(s, &end);
  if (end == s) return false;
  while (*end == ' ' || *end == ',') ++end;
  const char* t = end;
  lon = std::strtod(t, &end);
  if (end == t) return false;
  while (*end == ' ') ++end;
  return *end == '\0' && lat >= -90 && lat <= 90 && lon >= -180 && lon <= 180;
}

const Entity* Gazetteer::find(const std::string& id) const {
  const int i = index_of(id);
  return i < 0 ? nullptr : &entities[static_cast<std::size_t>(i)];
}

int Gazetteer::index_of(const std::string& id) const {
  auto it = by_id_.find(id);
  return it == by_id_.end() ? -1 : it->second;
}

void Gazetteer::add(Entity e) {
  by_id_.emplace(e.id, static_cast<int>(entities.size()));
  entities.push_back(std::move(e));
}

void Gazetteer::index_ids() {
  by_id_.clear();
  for (std::size_t i = 0; i < entities.size(); ++i) by_id_.emplace(entities[i].id, static_cast<int>(i));
}

namespace {

const char* entry_name(EntityKind k) { return k == EntityKind::Place ? "place" : "org"; }
const char* name_element(EntityKind k) { return k == EntityKind::Place ? "placeName" : "orgName"; }

// Every <place> in a <listPlace> and <org> in a <listOrg>, wherever they sit
// (a place inside a place is an entry of its own).
std::vector<std::pair<pugi::xml_node, EntityKind>> entries_of(pugi::xml_document& doc) {
  struct Walker : pugi::xml_tree_walker {
    std::vector<std::pair<pugi::xml_node, EntityKind>> out;
    bool for_each(pugi::xml_node& n) override {
      if (n.type() != pugi::node_element) return true;
      const std::string name = local(n.name()), parent = local(n.parent().name());
      if (name == "place" && (parent == "listPlace" || parent == "place")) out.emplace_back(n, EntityKind::Place);
      if (name == "org" && (parent == "listOrg" || parent == "org")) out.emplace_back(n, EntityKind::Org);
      return true;
    }
  } walker;
  doc.traverse(walker);
  return walker.out;
}

void read_children(pugi::xml_node n, Entity& e, const std::string& path, const LineMap& lines, Diagnostics& diags) {
  const std::string lang = n.attribute("xml:lang").value();
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    const std::string name = local(c.name());
    if (name == name_element(e.kind)) {
      EntityName en{normalize_space(text_of(c)), c.attribute("xml:lang") ? c.attribute("xml:lang").value() : lang,
                    c.attribute("type").value()};
      if (en.type.empty()) en.type = "variant";
      if (!en.text.empty()) e.names.push_back(std::move(en));
    } else if (name == "location" && e.geo.empty()) {
      e.geo = normalize_space(text_of(c.child("geo")));
      double lat = 0, lon = 0;
      if (!e.geo.empty() && !e.coordinates(lat, lon)) {
        diags.warning(path, lines.at(c.offset_debug()),
                      e.id + ": <geo>" + e.geo + "</geo> is not \"latitude longitude\" in decimal degrees (\"55.7558 "
                      "37.6173\"); the coordinates are not shown");
        e.geo.clear();
      }
    } else if (name == "idno") {
      e.idnos.emplace_back(c.attribute("type").value(), normalize_space(text_of(c)));
    } else if ((name == "note" || name == "desc") && e.note.empty()) {
      e.note = normalize_space(text_of(c));
    }
  }
}

std::optional<Entity> read_entity(pugi::xml_node n, EntityKind kind, Gazetteer& g, const std::string& path,
                                  const LineMap& lines, Diagnostics& diags) {
  Entity e;
  e.kind = kind;
  e.node = n;
  e.pos = lines.at(n.offset_debug());
  e.id = n.attribute("xml:id").value();
  e.type = n.attribute("type").value();
  const std::string what = std::string("<") + entry_name(kind) + ">";
  if (e.id.empty()) {
    diags.error(path, e.pos, "a " + what + " has no xml:id: give it one (such as its name, \"lisbon\", \"unesco\") so that mentions can point to it");
    return std::nullopt;
  }
  if (!is_ncname(e.id)) {
    diags.error(path, e.pos, "xml:id \"" + e.id + "\" is not an XML name (letters, digits, '-', '_', '.', not starting with a digit)");
    return std::nullopt;
  }
  if (const Entity* other = g.find(e.id)) {
    diags.error(path, e.pos, "xml:id \"" + e.id + "\" is used twice (first at line " + std::to_string(other->pos.line) +
                                 "): each place and organisation needs its own id");
    return std::nullopt;
  }
  read_children(n, e, path, lines, diags);
  if (e.names.empty()) {
    diags.error(path, e.pos, what + " \"" + e.id + "\" has no <" + name_element(kind) +
                                 ">: it could never be matched; add its name");
    return std::nullopt;
  }
  return e;
}

}  // namespace

bool parse_gazetteer_file(const std::string& path, const std::string& text, Gazetteer& into, Diagnostics& diags) {
  auto doc = std::make_shared<pugi::xml_document>();
  const LineMap lines(text);
  if (!load_xml(*doc, path, text, lines, "the list of places or organisations", diags)) return false;
  drop_indentation(doc->document_element());
  into.paths.push_back(path);
  into.xml.push_back(doc);
  const auto entries = entries_of(*doc);
  const pugi::xml_node root = doc->document_element();
  if (std::strcmp(root.attribute("xmlns").value(), kTei) != 0)
    diags.warning(path, lines.at(root.offset_debug()),
                  "the file is not in the TEI namespace (xmlns=\"" + std::string(kTei) + "\")");
  if (entries.empty())
    diags.warning(path, lines.at(root.offset_debug()),
                  "the file has no <place> in a <listPlace> and no <org> in a <listOrg>: nothing will be linked");
  for (const auto& [n, kind] : entries)
    if (std::optional<Entity> e = read_entity(n, kind, into, path, lines, diags)) into.add(std::move(*e));
  return true;
}

bool load_gazetteer_file(const std::string& path, Gazetteer& into, Diagnostics& diags) {
  std::string text, why;
  if (!fs::read_file(path, text, why)) {
    diags.error(path, {}, "cannot read the list of places or organisations: " + why);
    return false;
  }
  return parse_gazetteer_file(path, text, into, diags);
}

std::unique_ptr<Gazetteer> load_gazetteer(const std::vector<std::string>& paths, Diagnostics& diags) {
  if (paths.empty()) return nullptr;
  auto g = std::make_unique<Gazetteer>();
  for (const std::string& p : paths) load_gazetteer_file(p, *g, diags);
  return g;
}

}  // namespace editio
