#pragma once
// The edition's places and organisations: TEI files whose listPlace holds one
// <place> per place (placeName per language, location/geo, idno) and whose
// listOrg holds one <org> per organisation (orgName per language, its
// abbreviations and former names). The manifest names them (`places`,
// `organisations`); one file may hold both lists. The matcher
// (annotate/entities) finds their mentions; the TEI writer copies the entries
// a document uses; the registers read them back from the written TEI.
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

#include "model/diagnostic.hpp"

namespace editio {

enum class EntityKind { Place, Org };

// One <placeName> or <orgName> of an entry.
struct EntityName {
  std::string text;  // spaces normalized
  std::string lang;  // xml:lang (the entry's unless its own), may be empty
  // @type as written: "reg" (the regular form for its language), "variant"
  // (the default), "abbr" (an abbreviation: "МХАТ", "Н.К."), "former" (an
  // earlier name), "erroneous" (a garbled form of the texts).
  std::string type;
  bool abbreviation() const { return type == "abbr"; }
};

struct Entity {
  EntityKind kind = EntityKind::Place;
  std::string id;
  std::string type;                 // @type of the entry: "city", "country", "party"... may be empty
  std::vector<EntityName> names;
  std::string geo;                  // location/geo as written ("55.7558 37.6173": latitude longitude), or empty
  std::vector<std::pair<std::string, std::string>> idnos;  // authority ids: (type, value)
  std::string note;                 // one line
  SourcePos pos;
  pugi::xml_node node;              // the entry in the loaded file

  // The regular name in a language, or the first reg name, or the first name.
  const EntityName* reg(const std::string& lang) const;
  // Latitude and longitude of `geo`; false when there is none or it does not read as two numbers in range.
  bool coordinates(double& lat, double& lon) const;
};

class Gazetteer {
 public:
  std::vector<std::string> paths;   // the files read, in the manifest's order
  std::vector<Entity> entities;     // places and organisations, in the files' order

  const Entity* find(const std::string& id) const;
  int index_of(const std::string& id) const;  // -1 when absent
  void add(Entity e);                          // appended and indexed by id
  void index_ids();                            // after `entities` was filled directly
  bool empty() const { return entities.empty(); }
  std::vector<std::shared_ptr<pugi::xml_document>> xml;  // keeps Entity::node alive

 private:
  std::unordered_map<std::string, int> by_id_;
};

// Reads one file's listPlace/place and listOrg/org entries into `into`.
// Problems (not well-formed, duplicate or missing xml:id, an entry without a
// name, a geo that is not "latitude longitude") are reported with
// file:line:column; entries with errors are left out, the rest is kept.
// False when the file cannot be read at all.
bool load_gazetteer_file(const std::string& path, Gazetteer& into, Diagnostics& diags);
bool parse_gazetteer_file(const std::string& path, const std::string& text, Gazetteer& into, Diagnostics& diags);

// All the files the manifest names (places first, then organisations);
// nothing when it names none.
std::unique_ptr<Gazetteer> load_gazetteer(const std::vector<std::string>& paths, Diagnostics& diags);

}  // namespace editio
