#pragma once
// The editor's layer (sources/editorial.toml): what the editor decides about
// the texts, addressed by a piece of text and its occurrence or its source
// line, never by offset, so that it survives small changes of the sources:
// dates, corrections, regularizations, gaps, notes, and the structure of
// files with several texts (where each text starts, what it is, which lines
// are its addressee, salute, signature or a headnote).
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/diagnostic.hpp"

namespace editio {


// Where an entry applies: the document, the words as written in its source,
// and (when the words occur more than once) the source line or the occurrence.
struct TextAddress {
  std::string document;
  std::string text;
  int line = 0;        // 1-based source line, 0 = anywhere
  int occurrence = 0;  // 1-based among the matches (on that line), 0 = the only one
};

// [[date]]: the value of a date the grammar cannot know (a garbled
// translation, an allusion), or `none = true` for words that are no date.
struct EditorialDate {
  TextAddress at;
  DateValue value;  // when, from/to, notBefore/notAfter, their *-custom, cert (no text: the words are the text's)
  bool none = false;
  std::string reason;
  SourcePos pos;  // of the entry, for messages
};

// [[correction]] (sic -> corr) and [[regularization]] (orig -> reg).
struct EditorialChange {
  TextAddress at;
  std::string replacement;  // corr / reg
  std::string reason;       // becomes an editor's note on the change, when given
  bool regularize = false;
  SourcePos pos;
};

// [[gap]]: text missing from the source, at the end of the addressed words
// (or of the paragraph on `line`); `none = true` says the paragraph is whole.
struct EditorialGap {
  TextAddress at;
  std::string reason = "truncated";  // a word: truncated, illegible, omitted...
  std::string description;           // <desc>: what is missing and why, in words
  bool none = false;
  SourcePos pos;
};

// [[note]]: an editor's note after the addressed words (or the paragraph on `line`).
struct EditorialNote {
  TextAddress at;
  std::string text;
  SourcePos pos;
};

// [[text]]: one of several texts in a source starts at these words.
struct EditorialText {
  TextAddress at;
  // sender, addressee: ids of the personography, or names as written (with a space: "the Opposition in Moscow")
  std::string type, title, sender, addressee;
  std::string place;  // where it was written: a place's xml:id, or a name as written
  DateValue date;
  SourcePos pos, sender_pos, addressee_pos, place_pos;
};

// [[block]]: these words are a line of their own with a role (addressee,
// salute, signed, dateline, postscript, headnote, paragraph); split off
// from the paragraph they stand in when needed.
struct EditorialBlock {
  TextAddress at;
  std::string role;
  std::string resp;  // for a headnote: who wrote it
  SourcePos pos;
};

// [[person]]: these words (a form of a name, as written) are the person
// with xml:id `person` of the personography, or, with `none = true`, no
// person. At `line` (and `column`, or the `occurrence` on that line), at the
// `occurrence` in the document, or, with neither, everywhere in the document.
struct EditorialPerson {
  TextAddress at;
  int column = 0;      // 1-based source column where the words start, 0 = any
  std::string person;  // xml:id in the personography; empty with none
  bool none = false;
  SourcePos pos, person_pos;
};

// [[place]] and [[org]]: these words (a form of a name, as written) name the
// entry with xml:id `id` of the gazetteer (place = "id" / org = "id"), or,
// with `none = true`, no place (organisation). Addressed as [[person]] is.
struct EditorialEntity {
  TextAddress at;
  int column = 0;      // 1-based source column where the words start, 0 = any
  bool org = false;    // [[org]]; else [[place]]
  std::string id;      // xml:id in the gazetteer; empty with none
  bool none = false;
  SourcePos pos, id_pos;
};

// [[reading]]: at the addressed words of the base text (the lemma of a place
// of variation, or words inside it), the lemma is witness `lemma`'s reading
// (a witness id of the document), and/or the variant is of kind `type`
// (addition, omission, substitution, transposition, orthographic,
// punctuation). An addition, where the base has no words, is addressed by
// the words of the reading: `reading = "words"` instead of `text`.
struct EditorialReading {
  TextAddress at;
  std::string reading;  // words of a witness's reading, for a place where the base has none
  std::string lemma;    // witness id, or empty: the base keeps the lemma
  std::string type;     // or empty: as the collation classified it
  std::string reason;   // becomes an editor's note on the place, when given
  SourcePos pos, lemma_pos;
};

inline constexpr const char* kVariantTypes[] = {"addition",      "omission",     "substitution",
                                                "transposition", "orthographic", "punctuation"};

struct EditorialLayer {
  std::string path;
  std::vector<EditorialDate> dates;
  std::vector<EditorialChange> changes;
  std::vector<EditorialGap> gaps;
  std::vector<EditorialNote> notes;
  std::vector<EditorialText> texts;
  std::vector<EditorialBlock> blocks;
  std::vector<EditorialPerson> persons;
  std::vector<EditorialEntity> entities;  // [[place]] and [[org]], in the file's order
  std::vector<EditorialReading> readings;  // [[reading]]
};

inline constexpr const char* kBlockRoles[] = {"addressee", "salute", "signed", "dateline", "postscript",
                                              "headnote", "paragraph", "reference", "classification"};

// Reads and checks the file; problems are reported with file:line:column. An
// entry with an error is left out (the rest is kept); nothing is returned only
// when the file cannot be read or is not TOML.
std::optional<EditorialLayer> load_editorial(const std::string& path, Diagnostics& diags);
std::optional<EditorialLayer> parse_editorial(const std::string& path, const std::string& text, Diagnostics& diags);

}  // namespace editio
