#pragma once
// Incremental builds. A document's outputs are reused when the hash of
// everything they were made from is the one recorded when they were written:
// its source text and manifest id, its share of the editor's files
// (EditorInputs), and the inputs all documents share (the editio program
// itself, the manifest, what of the editor's files is common to all, the
// schemas, the stylesheets, the formats asked for). The record is
// <out>/.editio/state/<id>.state, written after the document's last output;
// a document that failed has none, so it is built again.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "util/pattern_set.hpp"

namespace editio {

struct BuildOptions;
struct DocumentEntry;
struct Edition;
class PersonMatcher;

// The editor's files cut by document, so that changing an entry of one
// document rebuilds that document only:
// - the editor's layer: each [[...]] entry counts for the document its
//   `document =` names; an entry that names none counts for all.
// - the personography: each person counts for the documents that could
//   mention it: those whose text (or layer entries) holds one of the words
//   its mentions are found from (PersonMatcher::index_words), compared in
//   lower case, ё as е, letters only (see `letters_key`), or whose layer
//   entries hold its xml:id. Persons the manifest could name (by a word or
//   the xml:id) and persons without such words count for all, as does the
//   personography without its persons (its header, its lists' attributes).
// Why a person left out cannot change a document: the matcher finds every
// mention from a word equal to one of those words (or its title case for a
// word in capitals) in the document's blocks and notes; the reader makes
// those from the source's lines, only joining, splitting or dropping what is
// not a letter between letters (line ends, hyphens at a line's end, spaces),
// and the letters-only key of a word is then a substring of the letters-only
// key of the text. A person enters a document's TEI only as a mention or
// through the manifest or the document's layer entries (a sender, a
// [[person]]), all of which are looked at. A person's @sortKey (its rank in
// the register) is part of its hash.
class EditorInputs {
 public:
  // `layer_text`: the editor's layer as read ("" when none); `manifest_text`:
  // the manifest as read; `matcher`: the personography's index (null when none).
  EditorInputs(const std::string& layer_text, const std::string& manifest_text, const PersonMatcher* matcher);
  // The hash of what every document depends on.
  const std::string& common() const { return common_; }
  // The hash of document `id`'s share, given its text as read (the source's lines).
  std::string of(const std::string& id, const std::string& text) const;
  // The persons (by index) a document with this text and these layer entries could mention.
  std::vector<std::size_t> persons_in(const std::string& text, const std::string& layer_entries) const;

 private:
  std::map<std::string, std::string> layer_by_document_;  // id -> its entries, serialized, in the file's order
  std::vector<std::string> person_hash_;                  // per person: its entry and its sort key
  std::vector<std::string> person_id_;
  PatternSet person_words_;                               // letters_key of each index word, tagged by person
  std::string common_;
};

// Text as the persons' prefilter compares it: lower case, ё as е, letters
// and combining marks only ("Pet-\nrov's" -> "petrovs").
std::string letters_key(const std::string& text);

// The hash of the inputs every document shares; `editor_common` is EditorInputs::common().
std::string common_inputs_key(const BuildOptions& options, const Edition& edition, const std::string& manifest_path,
                              const std::string& editor_common);

// The hash of one document's inputs: the common key, its id, its source
// text, its witnesses' files and, when `editor` is given, its share of the editor's files.
std::string document_key(const std::string& common_key, const DocumentEntry& entry,
                         const EditorInputs* editor = nullptr);

struct DocumentState {
  std::string key;
  std::size_t notes = 0, paragraphs = 0, warnings = 0;
};

// False when there is no readable record (or it is from another format).
bool read_state(const std::string& path, DocumentState& state);

// Whether the record at `path` says the outputs were made from `key` and
// every one of them still exists; `state`, when given, receives the record.
bool outputs_current(const std::string& path, const std::string& key, const std::vector<std::string>& outputs,
                     DocumentState* state = nullptr);
bool write_state(const std::string& path, const DocumentState& state, std::string& why);
void remove_state(const std::string& path);

bool all_exist(const std::vector<std::string>& files);

}  // namespace editio
