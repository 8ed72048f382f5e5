#pragma once
// Places and organisations: finds the mentions of the gazetteer's entries in
// a document (names of several words, abbreviations, Russian inflection) and
// marks each as a PlaceName or OrgName span with the entry's id (the TEI's
// placeName/@ref, orgName/@ref). A form that fits several entries is marked
// without an id and warned about, with the candidates. The dateline places
// recognize_structure found get the id of the entry they name. Nothing here
// knows a corpus: the forms come from the gazetteer and the language rules
// (annotate/name_forms for the declension of Russian nouns and adjectives).
//
// The rules, in short:
// - A name's forms: as written (English: without a leading "the"); Russian
//   names also in every case, the leading adjectives and the head noun
//   inflected and what follows the head (a genitive complement) kept as
//   written ("Народного комиссариата иностранных дел"). Abbreviations
//   (type="abbr") match only as written, letter case included.
// - A mention starts at a word, ends at a word's end, and is written as the
//   form is or in capitals ("MOSCOW"); a lower-case word that equals a
//   capitalized form is no mention. The longest form wins.
// - Never inside or across a span that keeps annotations off (a person's
//   name, a date, code, a URL).
#include <cstddef>
#include <string>
#include <unordered_map>
#include <vector>

#include "edition/gazetteer.hpp"
#include "edition/manifest.hpp"
#include "edition/personography.hpp"
#include "model/document.hpp"

namespace editio {

// The editor's decision about one place of a document ([[place]] or [[org]]
// in the editor's layer): the words [begin, end) of `block` name the entry
// `id` of the gazetteer, or, with an empty id, no place (or organisation).
struct EntityDecision {
  const Block* block = nullptr;
  std::size_t begin = 0, end = 0;
  EntityKind kind = EntityKind::Place;
  std::string id;
  std::string layer_path;  // the editor's layer and the entry, for messages
  SourcePos entry_pos;
};

struct EntityOptions {
  std::vector<EntityDecision> decisions{};  // the editor's, applied as they stand
};

class EntityMatcher {
 public:
  // Builds the index of forms once; shared read-only by all documents.
  explicit EntityMatcher(const Gazetteer& gazetteer);

  // Adds PlaceName and OrgName spans to every block and note of the document
  // and fills Document::places and Document::orgs (ids in order of first
  // mention). Never inside a span that keeps annotations off (keeps_off).
  void annotate(Document& doc, Diagnostics& diags) const { annotate(doc, EntityOptions{}, diags); }
  void annotate(Document& doc, const EntityOptions& options, Diagnostics& diags) const;

  // Per entry (by index in the gazetteer), the words its mentions are found
  // from (the first word of each form): a document whose text holds none of
  // them cannot name the entry (the incremental build relies on it).
  std::vector<std::vector<std::string>> index_words() const;

  // The entries (indexes into the gazetteer) of which `text` (without a
  // leading English article) is a whole form, as the matcher reads it in
  // running text; empty when none.
  std::vector<int> entries_named(const std::string& text) const;

  const Gazetteer& gazetteer() const { return gazetteer_; }

  // One form of a name: its text and whose it is.
  struct Form {
    std::string text;   // as matched (inflected, or as written)
    int entity = 0;     // index into the gazetteer
    bool exact = false; // an abbreviation: letter case as written, no capitals reading
  };

 private:
  friend struct EntityRun;
  void index_name(int entity, const EntityName& name);
  void add_form(int entity, const std::string& text, bool exact);

  const Gazetteer& gazetteer_;
  std::unordered_map<std::string, std::vector<Form>> forms_;  // first word, lower case, ё as е -> forms, longest first
};

// The files of places and organisations the manifest names ([edition]
// places, organisations), resolved, each once; for load_gazetteer.
std::vector<std::string> gazetteer_files(const Edition& edition);

// The ids of the gazetteer against the rest of the edition, each reported as
// an error at the gazetteer's entry: an id that is also a person's xml:id or
// one Editio gives to something of a document (generated_id). And the
// editor's [[place]] and [[org]] entries whose id is no entry of that kind:
// an error at the entry of the editor's layer (the entry is left out).
void check_places_and_orgs(Edition& edition, const Gazetteer* gazetteer, const Personography* persons,
                           Diagnostics& diags);

}  // namespace editio
