#pragma once
// Segmentation: source lines -> blocks (title, headings, paragraphs, list
// items, quotations) and note bodies, by general typographic rules.
#include "model/document.hpp"
#include "read/source.hpp"

namespace editio {

struct SegmentOptions {
  // Lines that look like site navigation ("Home | News | About") and repeated
  // page titles are left out of the text (and recorded in Document::omitted).
  bool drop_web_chrome = true;
};

// Fills doc.blocks, doc.notes and doc.omitted from the source lines.
void segment(const SourceText& src, Document& doc, Diagnostics& diags,
             const SegmentOptions& options = {});

// Note numbers have 1 to kNoteDigits digits: "[41]", "[10000]".
inline constexpr std::size_t kNoteDigits = 6;

// "[" digits "]" at `at` in `text`, with any number of digits: the offset
// just after "]", or 0 when there is none.
std::size_t bracketed_number(std::string_view text, std::size_t at);

// "[41] text" at the start of a block: the note number and where the text
// after the marker begins. Returns false when the block does not start so.
bool parse_note_marker(std::string_view text, std::string& n, std::size_t& rest);
// "[41]" alone: a note marker whose text is on the next line, or missing.
bool is_bare_note_marker(std::string_view text, std::string& n);

}  // namespace editio
