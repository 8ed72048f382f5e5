#include "corpus/entity_register.hpp"

#include <sstream>

#include "edition/tei_file.hpp"

namespace editio {

// The entries of one kind, as the documents bring them: any thread may add
// or look up while documents are done; the rest is read once all are.
class EntityRegister::Entries : public RegisterEntries {
 public:
  explicit Entries(EntityKind kind) : kind_(kind) {}
  const char* list_element() const override { return kind_ == EntityKind::Place ? "places" : "orgs"; }
  const char* entry_element() const override { return kind_ == EntityKind::Place ? "place" : "org"; }
  std::size_t count() const override {
    std::lock_guard<std::mutex> lock(mutex_);
    return listed_.entities.size();
  }
  int index_of(const std::string& id) const override {
    std::lock_guard<std::mutex> lock(mutex_);
    return listed_.index_of(id);
  }
  const std::string& id(std::size_t i) const override { return listed_.entities[i].id; }
  std::string sort_name(std::size_t i, const std::string& lang) const override {
    const EntityName* reg = listed_.entities[i].reg(lang);
    return reg ? reg->text : listed_.entities[i].id;
  }
  void describe(pugi::xml_node n, std::size_t i, const std::string& lang) const override;

  void merge(const Gazetteer& carried) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (const Entity& e : carried.entities) {
      if (e.kind != kind_ || listed_.find(e.id)) continue;
      Entity copy = e;
      copy.node = pugi::xml_node();  // it lives in the carrier's parse
      listed_.add(std::move(copy));
    }
  }

 private:
  EntityKind kind_;
  mutable std::mutex mutex_;
  Gazetteer listed_;
};

namespace {

// "55.7558 37.6173" (or with a comma) as its two numbers written.
std::pair<std::string, std::string> lat_lon(const std::string& geo) {
  std::istringstream in(geo);
  std::string lat, lon;
  std::getline(in >> std::ws, lat, ' ');
  if (!lat.empty() && lat.back() == ',') lat.pop_back();
  in >> std::ws;
  if (in.peek() == ',') in.get();
  in >> lon;
  return {lat, lon};
}

}  // namespace

// <place type? lat? lon?> with <name type lang?>*, <idno type?>*, <note>?
// (after the <sort-name> MentionRegister gives every entry).
void EntityRegister::Entries::describe(pugi::xml_node n, std::size_t i, const std::string&) const {
  const Entity& e = listed_.entities[i];
  if (!e.type.empty()) n.append_attribute("type").set_value(e.type.c_str());
  double lat = 0, lon = 0;
  if (e.coordinates(lat, lon)) {
    const auto [la, lo] = lat_lon(e.geo);
    n.append_attribute("lat").set_value(la.c_str());
    n.append_attribute("lon").set_value(lo.c_str());
  }
  describe_names(n, e.names, e.idnos, e.note);
}

std::string carried_lists(const pugi::xml_document& tei) {
  pugi::xml_document lists;
  pugi::xml_node root = lists.append_child("TEI");
  root.append_attribute("xmlns").set_value(kTei);
  const char* const header = "/*/*[local-name()='teiHeader']/*[local-name()='profileDesc']/";
  for (const std::string list : {"*[local-name()='settingDesc']/*[local-name()='listPlace']",
                                 "*[local-name()='particDesc']/*[local-name()='listOrg']"})
    for (const auto& found : tei.select_nodes((header + list).c_str())) root.append_copy(found.node());
  if (!root.first_child()) return {};
  std::ostringstream text;
  lists.save(text, "", pugi::format_raw);
  return text.str();
}

Gazetteer read_carried(const std::string& lists) {
  Gazetteer out;
  if (lists.empty()) return out;
  Diagnostics ignored;  // reported when the gazetteer was loaded
  parse_gazetteer_file("tei", lists, out, ignored);
  return out;
}

Gazetteer carried_entities(const pugi::xml_document& tei) { return read_carried(carried_lists(tei)); }

const char* mention_element(EntityKind kind) { return kind == EntityKind::Place ? "placeName" : "orgName"; }

EntityRegister::EntityRegister(EntityKind kind, Scratch& scratch)
    : MentionRegister(std::make_unique<Entries>(kind), scratch) {}

void EntityRegister::add(std::uint32_t doc, const Gazetteer& carried, const std::vector<Mention>& mentions) {
  static_cast<Entries&>(entry_list()).merge(carried);
  MentionRegister::add(doc, mentions);
}

}  // namespace editio
