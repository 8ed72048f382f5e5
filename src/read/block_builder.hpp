#pragma once
// One block of the document model built piece by piece, as the reader of a
// structured format (Markdown, HTML, Word, OpenDocument) walks its tree:
// text with the position it came from, spans opened and closed around inline
// markup (emphasis, links, code), note calls where a footnote is referenced.
// Whitespace is collapsed as in HTML (runs of spaces and line ends become one
// space; none at the block's start or end), so offsets stay exact.
#include <string>
#include <string_view>

#include "model/document.hpp"

namespace editio {

class BlockBuilder {
 public:
  explicit BlockBuilder(BlockKind kind = BlockKind::Paragraph) { block_.kind = kind; }

  // Appends `t` (UTF-8, NFC); `pos` is where its first character stands in
  // the source (line:column, or paragraph:character with pos.paragraph).
  void text(std::string_view t, SourcePos pos);
  // The offset the next text will start at: where a span opened now begins.
  std::size_t mark() const;
  // A span from `begin` (a mark()) to the current end; an empty one is dropped.
  void span(std::size_t begin, SpanKind what);
  // The call of note `note` (an index into Document::notes) here: an empty
  // NoteCall span, which the TEI writer replaces by the note.
  void note_call(std::size_t note);

  bool empty() const { return block_.text.empty() && block_.spans.empty(); }
  Block& block() { return block_; }
  // The block, with trailing space removed (spans and anchors kept inside it).
  Block finish();

 private:
  Block block_;
  bool pending_space_ = false;  // a space is owed before the next text
};

// Marks the first list item of blocks[from...] as the start of a list: a
// structured reader calls it after each list it read, so two lists in a row
// stay two lists.
void mark_list_start(std::vector<Block>& blocks, std::size_t from);

}  // namespace editio
