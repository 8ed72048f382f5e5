#pragma once
// The editor's manifest (sources/manifest.toml): the edition and its documents.
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "edition/editorial.hpp"
#include "model/diagnostic.hpp"
#include "read/format.hpp"

namespace editio {

class Gazetteer;

struct Agent {
  std::string id;    // NCName, may be empty
  std::string name;
  std::string role;  // for responsibilities: what they did
};

// Who is responsible for something in the texts, e.g. the notes signed "(A.B.)".
struct Responsibility {
  std::string id;         // the xml:id that @resp points to ("LS")
  std::string name;       // "Anna Bell"
  std::string role;       // "author of the notes signed (A.B.)"
  std::vector<std::string> signatures;  // "(A.B.)": a note ending so is theirs
  std::string person;     // personography id, optional
  std::vector<std::string> insertion_marks;  // "OM": "(words - OM)" in a text is their insertion
  std::string key;        // MARC relator code ("trl", "edt") the editor gives; empty: read from `role`
};

struct SourceInfo {
  std::string citation;     // the full bibliographic description, as the editor writes it
  std::string title;
  std::string author;
  std::string publisher;
  std::string pub_place;
  DateValue date;
  std::string pages;
  std::string url;
  std::string archive;      // archival reference, e.g. "RGASPI, f. 17, op. 171, d. 136, l. 94-126"
  std::string translator;
  std::string note;
};

// [[document.witness]]: one version of the document's text (a manuscript, a
// printing, a revised translation). The witness with `base = true` (else the
// first) gives the text its structure, notes and annotations; the others are
// collated against it and their readings become the apparatus.
struct Witness {
  std::string id;           // xml:id of <witness>; the apparatus' @wit points to it
  std::string siglum;       // as printed in the apparatus ("A", "1859"); default: the id
  std::string file;         // as written in the manifest (relative to it)
  std::string path;         // resolved path; empty when refused (see `refused`)
  std::string refused;      // why the file may not be read, or empty
  std::string description;  // one line: "First edition", "Fair copy in the author's hand"
  std::string printing;     // imprint: "London: John Murray"
  std::string archive;      // repository of a manuscript: "Cambridge University Library"
  std::string shelfmark;    // its idno there: "DAR 6.1"
  DateValue date;           // when the witness was written or printed
  bool base = false;
  SourcePos pos, file_pos;
};

struct DocumentEntry {
  std::string id;
  std::string file;         // as written in the manifest (relative to it)
  std::string path;         // resolved path
  std::string title;
  bool title_from_text = false;  // made from the first line (convert), not given by the editor
  std::string subtitle;     // from the file's own metadata (Markdown front matter), unless the manifest has one
  std::string author;
  // A letter's or telegram's sender and addressee: personography ids or
  // names as written (a name has a space: "the editors of Pravda"); a
  // mention that fits several persons, one of them among the author, sender
  // and addressee, names that one. Either makes the document a letter: its
  // header gets a correspDesc and cmif.xml lists it.
  std::string sender, addressee;
  // Where a letter was written: a place's xml:id (places file) or its name
  // as written; with sender, addressee and date (Old Style under
  // calendar = "julian") it fills correspDesc.
  std::string place;
  SourcePos sender_pos, addressee_pos, place_pos;  // where those keys are, for their warnings
  DateValue date;
  std::string language;     // BCP 47
  std::string original_language;
  std::string kind;         // "essay", "book chapter", "memorandum"...
  std::string description;  // one line, for the index
  std::string note_resp;    // default @resp for notes without a signature (an id), optional
  std::string calendar;     // "julian": dates written before 1 Feb 1918 are Julian; empty or "gregorian"
  std::string encoding;     // the file's encoding as named (its own or [edition]'s); empty: detect
  std::optional<SourceFormat> format;  // `format =`: the reader to use; none: by content and extension
  SourcePos format_pos;               // where `format =` is, for its errors
  SourceInfo source;
  SourcePos pos;            // where the entry starts in the manifest
  // Why the file may not be read (it lies outside the sources folder); empty
  // when it may. A refused file is never opened: `path` is then empty and
  // the document fails with this message at `file_pos`.
  std::string refused;
  SourcePos file_pos;
  // The witnesses of a collated document, in the manifest's order; empty for
  // a document of one witness. When given, `file`/`path` are the base's.
  std::vector<Witness> witnesses;
  // The base witness (index into `witnesses`; 0 when none says base = true).
  std::size_t base_witness() const {
    for (std::size_t i = 0; i < witnesses.size(); ++i)
      if (witnesses[i].base) return i;
    return 0;
  }
};

struct Edition {
  std::string manifest_path;
  std::string base_dir;     // the manifest's directory
  std::string id;
  std::string title;
  std::string subtitle;
  std::vector<Agent> editors;
  std::string publisher;
  std::string pub_place;
  DateValue date;
  std::string licence;
  std::string licence_url;
  std::string language = "en";
  std::string encoding;       // the texts' encoding, unless a document names its own; empty: detect
  std::string introduction;
  std::string personography;  // path relative to the manifest, optional
  // The gazetteer (listPlace) and the organisations (listOrg), paths
  // relative to the manifest, optional; one file may hold both lists.
  std::string places, organisations;
  std::string editorial;      // the editor's layer, path relative to the manifest, optional
  // [edition] allow_paths: folders outside the manifest's own from which the
  // manifest may name files (as written; relative to the manifest).
  std::vector<std::string> allow_paths;
  // The real paths (links resolved) of the manifest's directory and of
  // allow_paths: every file the manifest names must lie under one of them,
  // and no output may.
  std::vector<std::string> roots;
  EditorialLayer editorial_layer;  // loaded with the manifest
  std::map<std::string, std::string> policy;  // editorialDecl: correction, normalization...
  // [print]: how the print edition sets the editor's interventions, by the
  // LaTeX stylesheet's parameter ("corrections", "targeted-notes",
  // "insertion-notes", "editor-notes"); only the keys the manifest sets.
  std::map<std::string, std::string> print;
  // [html] base_url: the address the site (output/html/) is published at, an
  // absolute http(s) URL ending in "/" ("https://example.org/edition/");
  // empty when not given: the pages then cite and link by relative addresses.
  std::string base_url;
  std::vector<Responsibility> responsibilities;
  std::vector<DocumentEntry> documents;

  const DocumentEntry* find(const std::string& id) const;
  // A path written in the manifest, relative to the manifest's directory.
  std::string resolve(const std::string& file) const;
};

// The keys of [edition.policy], each an element of the header's editorialDecl.
inline constexpr const char* kPolicyKeys[] = {"correction",   "normalization",  "quotation",  "hyphenation",
                                              "segmentation", "interpretation", "punctuation"};

// Reads and checks the manifest. Problems are reported with file:line:column;
// returns nothing when the manifest cannot be used at all.
std::optional<Edition> load_manifest(const std::string& path, Diagnostics& diags);

// The manifest's parse step on text (for tests).
std::optional<Edition> parse_manifest(const std::string& path, const std::string& text,
                                      Diagnostics& diags);

// The places of letters ([[document]] and [[text]] `place =`) against the
// gazetteer (null when the edition has none): a value that reads as an id
// (an XML name) and is not a place of it is a warning at its key; the
// correspDesc then gives it as a name as written, without a link.
void check_letter_places(const Edition& edition, const Gazetteer* places, Diagnostics& diags);

// An XML NCName (a Name without ':'), in any script: "doc-1", "письмо_3".
bool is_ncname(const std::string& s);

// Which of the edition's own files a document with this id would overwrite
// ("page html/index.html"), or empty when none.
std::string reserved_document_id(const std::string& id);

// The longest document id, in bytes: the id names files such as
// print/ID.body.tex and their temporaries (ID.body.tex.tmp.PID.N), which
// must stay within a file name's 255 bytes.
constexpr std::size_t kMaxIdBytes = 200;

}  // namespace editio
