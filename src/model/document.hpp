#pragma once
// The document model: blocks of text with their source positions, and
// annotations as spans over block text. Passes read the model and add spans;
// the TEI writer nests the spans into elements. No pass edits XML.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"

namespace editio {

enum class BlockKind {
  Title,      // the document's own title line
  Heading,    // a division heading ("Chapter 7: ...")
  Paragraph,
  ListItem,   // consecutive items form one list
  Quote,      // a quotation set off as a passage
};

enum class SpanKind {
  NoteCall,  // "[41]" in running text: replaced by the note it calls
  Element,   // a generic TEI element given by name and attributes (persName, date...)
  Choice,    // an editorial correction: the spanned text is the source's reading (sic)
};

// An annotation over [begin, end) of a block's text (UTF-8 byte offsets).
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  SpanKind kind = SpanKind::Element;
  std::string element;                          // for Element
  std::map<std::string, std::string> attributes;  // for Element (sorted: deterministic)
  std::size_t note = 0;                         // for NoteCall: index into Document::notes
  std::string corr;                             // for Choice: the corrected reading
  std::string resp;                             // for Choice: who corrected ("#ed")
  int depth = 0;  // spans over the same text nest by depth: 0 outermost
};

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
  std::vector<Span> spans;

  SourcePos position_of(std::size_t offset) const;
  SourcePos position() const { return anchors.empty() ? SourcePos{} : anchors.front().pos; }
};

// A note body kept apart from the running text, tied to its call site.
struct Note {
  std::string n;                 // its number as written: "41"
  std::vector<Block> blocks;     // one or more paragraphs
  std::string resp;              // xml:id of who wrote it (from the signature), or empty
  std::string signature;         // the attribution as written, "(L.S.)", or empty
  SourcePos pos;                 // where the body starts in the source
  bool called = false;           // a call site in the text refers to it
};

struct Document {
  std::string id;                // NCName, unique in the edition
  std::string source_path;       // as given to the reader (for diagnostics)
  std::string lang;              // BCP 47: "ru", "en"
  std::vector<Block> blocks;     // the running text, in order
  std::vector<Note> notes;       // note bodies, in source order
  std::vector<std::string> omitted;  // lines left out of the text (web chrome), for the header
  std::vector<std::string> persons;  // personography ids the text mentions, in order of first mention
};

}  // namespace editio
