#pragma once
// The document model: blocks of text with their source positions, and
// annotations as spans over block text. Passes read the model and add spans;
// the TEI writer nests the spans into elements. No pass edits XML.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "model/date.hpp"
#include "model/diagnostic.hpp"
#include "model/span.hpp"

namespace editio {

enum class BlockKind {
  Title,      // the document's own title line
  Heading,    // a division heading ("Chapter 7: ...")
  Paragraph,
  ListItem,   // consecutive items form one list
  Quote,      // a quotation set off as a passage
  TableCell,  // one cell of a table (structured formats); consecutive cells form one table
  Figure,     // an image: `url` is its address, the text its caption or description
};

// What a block is in a letter, memorandum or archival file, beyond its kind.
// The structure pass (read/structure) sets it; the TEI writer groups the
// roles into opener, closer, postscript, front and back matter.
enum class BlockRole {
  None,
  Dateline,        // "October 21, 1929", "Moscow, 3 May 1931": the text's date line
  Reference,       // "No. 44053", "№ 12/с": a registration number
  Classification,  // "Top secret", "Совершенно секретно"
  Addressee,       // "To comrade Petrov", "Deputy head ... Comrade Petrov"
  Salute,          // "Dear Anna,", "Greetings."
  Signed,          // "(I. Petrov)", "Deputy head: Petrov"
  Postscript,      // "P.S. ..."
  Address,         // "Paul Martin 12, Rue des Lilas Paris": a postal address
  ShelfMark,       // "Archive: GARF. F. 1. Op. 2, D. 3, L. 10-12. Typescript"
  Publication,     // "Published: ...", "Documents ..., pp. 10-12"
  Translator,      // "Translated by ..."
  Headnote,        // a note of the source publication on the text that follows
  Source,          // "File No. 711.221/3468", "[Telegram]", "[Enclosure 1]": the office's or archive's line
  Closing,         // "For the Secretary of State:", "Minister Resident.": a closer's line beside the signature
};

// The roles a text's opener and closer are made of.
inline bool is_opener_role(BlockRole r) {
  return r == BlockRole::Dateline || r == BlockRole::Reference || r == BlockRole::Classification ||
         r == BlockRole::Addressee || r == BlockRole::Salute || r == BlockRole::Source;
}
inline bool is_closer_role(BlockRole r) {
  return r == BlockRole::Signed || r == BlockRole::Salute || r == BlockRole::Dateline ||
         r == BlockRole::Addressee || r == BlockRole::Closing || r == BlockRole::Source;
}

// Where a block stands: the front matter (the publication's heading and
// references before the texts), the texts, or the back matter after them.
enum class Region { Front, Body, Back };

// Where a piece of block text came from: text from `offset` on starts at `pos`.
struct Anchor {
  std::size_t offset = 0;
  SourcePos pos;
};

struct Block {
  BlockKind kind = BlockKind::Paragraph;
  std::string text;              // NFC, UTF-8, no line breaks
  std::vector<Anchor> anchors;   // sorted by offset; the first has offset 0
  int level = 1;                 // for headings: 1 = outermost division
  std::string division_type;     // for headings: "chapter", "part"... (may be empty)
  std::string label;             // for list items: the marker as written ("1.", "•"), or empty
  BlockRole role = BlockRole::None;
  Region region = Region::Body;
  std::string resp;              // for a Headnote: who wrote it (an xml:id)
  bool intact = false;           // the editor says it does not break off (no truncation report)
  bool role_fixed = false;       // the editor set the role (even None: "a paragraph"): rules keep off
  SourcePos role_entry;          // where in the editor's layer the role was set (line 0: by rule)
  // For table cells: the cell starts a new row / a new table; it is a header cell.
  bool row_start = false, table_start = false, header_cell = false;
  bool list_start = false;       // for list items: the first of a list (a list just before it ends there)
  std::string url;               // for a Figure: the image's address as written in the source
  std::vector<Span> spans;

  SourcePos position_of(std::size_t offset) const;
  SourcePos position() const { return anchors.empty() ? SourcePos{} : anchors.front().pos; }
};

// A note body kept apart from the running text, tied to its call site.
struct Note {
  std::string n;                 // its number as written: "41"
  std::vector<Block> blocks;     // one or more paragraphs
  std::string resp;              // xml:id of who wrote it (from the signature), or empty
  std::string signature;         // the attribution as written, "(A.B.)", or empty
  std::string type;              // "" for the author's notes, "editorial" for the editor's
  std::string target;            // the xml:id it comments on (a correction), or empty
  SourcePos pos;                 // where the body starts in the source
  bool called = false;           // a call site in the text refers to it
};

// One of several texts in a source (a memorandum, a testimony, a letter):
// from its first block to the next part's first block.
struct TextPart {
  std::size_t first = 0;          // index into Document::blocks
  std::string type;               // "memorandum", "letter"... (may be empty)
  std::string title;              // a heading supplied by the editor when the source has none
  std::string sender, addressee;  // personography ids, for correspDesc (may be empty)
  std::string place;              // where it was written: a place's xml:id or a name as written (may be empty)
  DateValue date;                 // the editor's date
  bool declared = false;          // set by the editor's layer, not found by rule
};

// An archival reference as parsed from "GARF. F. 1. Op. 2, D. 3, L. 10-12".
struct ShelfMark {
  std::string text;               // as written, without "Archive:" and the form
  std::string repository;         // "GARF"
  std::string fond, opis, delo;   // collection, inventory, file
  std::string folios;             // "10-12"
  std::string form;               // "Typescript", "Script", "Copy"
  bool empty() const { return text.empty(); }
};

// What a structured source (Markdown front matter, a Word file's properties)
// says about itself. The manifest wins where both speak.
struct SourceMetadata {
  std::string title, subtitle;
  std::vector<std::string> authors;
  std::string date;              // as written ("1937-03-05", "March 1937")
  std::string lang;              // BCP 47
  SourcePos pos;                 // where the metadata is (the front matter's first line)
};

struct Document {
  std::string id;                // NCName, unique in the edition
  std::string source_path;       // as given to the reader (for diagnostics)
  std::string lang;              // BCP 47: "ru", "en"
  std::vector<Block> blocks;     // the running text, in order
  std::vector<Note> notes;       // note bodies, in source order
  std::vector<std::string> omitted;  // lines left out of the text (web chrome), for the header
  std::vector<TextPart> parts;       // empty: the document is one text
  ShelfMark shelfmark;               // the first archival reference found in the text
  std::vector<std::string> publications;  // "Published: X" lines: X, for the header
  int editor_interventions = 0;      // entries of the editor's layer applied, for the header
  std::vector<std::string> persons;  // personography ids the text mentions, in order of first mention
  std::vector<std::string> places;   // gazetteer ids of the places the text names, in order of first mention
  std::vector<std::string> orgs;     // gazetteer ids of the organisations the text names, likewise
  // Filled by the readers of structured formats (read/format.hpp):
  std::string format = "text";       // the reader: "text", "markdown", "html", "docx", "odt"
  std::string encoding;              // the encoding text was read in ("UTF-8", "windows-1251"); empty for Word, ODT
  bool notes_linked = false;         // the reader tied every note to its call: no "[n]" in the text is a call
  SourceMetadata metadata;           // what the source says about itself
  std::vector<std::string> left_out; // what the reader left out, one phrase each ("2 comments"), for the header
};

// What follows "-n" (or "-e") in each note's xml:id, in the order of
// Document::notes: its number as printed, and for the k-th note with that
// number (numbering that starts again: several texts in one source) ".k":
// "1", "2", "1.2". @n stays the number as printed.
std::vector<std::string> note_labels(const Document& doc);

}  // namespace editio
