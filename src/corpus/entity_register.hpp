#pragma once
// The registers of places and of organisations: the entries the documents
// carry (each written TEI's profileDesc/settingDesc/listPlace and
// particDesc/listOrg: the gazetteer's entries it names, tei/header.cpp),
// each with the placeName[@ref] or orgName[@ref] of the texts that point to
// it. Read from the written TEI, as the register of persons reads its
// mentions, so that reused and rebuilt documents give the same pages; the
// mentions, their order and the pages in parts are MentionRegister's.
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "corpus/register.hpp"
#include "edition/gazetteer.hpp"

namespace editio {

// The places and organisations a written TEI document (load_written_tei)
// carries in its header, read as the gazetteer reads its files (names,
// location/geo, idno, note); entries it cannot read are left out.
Gazetteer carried_entities(const pugi::xml_document& tei);
// The same in two steps, for a document's part file (driver/document_part):
// the header's listPlace and listOrg as an XML text ("" when none), and
// the entries read from that text.
std::string carried_lists(const pugi::xml_document& tei);
Gazetteer read_carried(const std::string& lists);

// The pages of the registers in the site (html/), parts beside them (corpus/parts).
inline constexpr const char* kPlacesPage = "places.html";
inline constexpr const char* kOrgsPage = "organisations.html";

// The element of the text that names an entry of `kind`: "placeName", "orgName".
const char* mention_element(EntityKind kind);

class EntityRegister : public MentionRegister {
 public:
  // A register of the entries of `kind` (<places> of <place>, <orgs> of <org>).
  EntityRegister(EntityKind kind, Scratch& scratch);

  // One document's entries (carried_entities; an id already listed keeps
  // its first entry) and its mentions (collect_mentions with
  // mention_element), from any thread; `doc` is its place in the manifest.
  void add(std::uint32_t doc, const Gazetteer& carried, const std::vector<Mention>& mentions);

 private:
  class Entries;
};

}  // namespace editio
