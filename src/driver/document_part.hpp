#pragma once
// A document's part of the cross-document data: what the register, the
// registers of places and organisations, the chronology, the search and the
// edition's description take from its written TEI. It is kept beside the
// document's state (OUT/.editio/parts/<id>.part, with the document's key),
// so that a document reused by a later build, or by `editio merge` after the
// shards built it (driver/shard.hpp), is indexed without parsing its TEI again.
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "corpus/chronology.hpp"
#include "corpus/register.hpp"
#include "site/passages.hpp"

namespace editio {

struct DocumentPart {
  std::string key;                         // the document's key (driver/incremental.hpp) it was made with
  std::vector<Mention> persons, places, orgs;  // collect_mentions of persName, placeName, orgName
  std::string carried;                     // the places and organisations its header carries (carried_lists)
  std::vector<DatedMention> dates;         // collect_dates
  std::vector<Passage> passages;           // collect_passages
  std::string source;                      // describe_source, serialized
};

// What to take from a document: the registers that exist and whether it is searched.
struct PartContents {
  bool persons = false, places = false, orgs = false, passages = false;
};

// The part of document `id` from its written TEI (load_written_tei).
DocumentPart collect_part(const pugi::xml_document& written, const std::string& id, const PartContents& what);

// The part as bytes (a header line, then length-prefixed fields) and back;
// parse_part is false for anything that is not such bytes.
std::string serialize_part(const DocumentPart& part);
bool parse_part(const std::string& bytes, DocumentPart& part);

// Written atomically; read_part is false when the file is missing, damaged
// or made with another key than `key`.
bool write_part(const std::string& path, const DocumentPart& part, std::string& why);
bool read_part(const std::string& path, const std::string& key, DocumentPart& part);

}  // namespace editio
