#pragma once
// The Markdown reader: a source in CommonMark with GitHub's extensions, read
// with cmark-gfm (Debian's libcmark-gfm), into the document model.
//
// What becomes what:
// - YAML front matter: doc.metadata (read/front_matter.hpp); never text.
// - The first block, when an H1 and the front matter gives no title: the
//   Title. Other headings: Heading, the shallowest level in use being 1.
// - Paragraphs: Paragraph; an image alone in a paragraph: a Figure (url = its
//   path, text = its alt text, else its title). Inside running text an image
//   is its alt text; its path is never text.
// - Block quotations: a Quote for each block inside.
// - Lists: a ListItem per item, labelled as written ("3.", "4)", "-", "*");
//   an item's paragraphs join into one block; nested lists are flattened, in
//   order, after the item that holds them.
// - Code blocks: a Paragraph whose text is one Highlight "code".
// - Tables: TableCell blocks (table_start, row_start, header_cell).
// - Thematic breaks: dropped (the model has no rule).
// - Inlines: emphasis, strong, strikethrough, code as Highlight ("italic",
//   "bold", "strikethrough", "code"); links as Link over their words; an
//   autolink or bare URL as Link{literal}; line breaks as a space.
// - Footnotes: doc.notes, numbered as cmark-gfm does (in order of first
//   reference); the first reference is the note's call, a later one a
//   NoteReference "[n]" to it. A definition never referenced: a warning, and
//   an end note (called = false). A reference without definition: a warning,
//   kept as text.
// - Raw HTML (blocks and inline tags) and Hugo/Jekyll shortcodes ("{{< >}}",
//   "{{% %}}", "{% %}"): kept as text as written, marked as code so that no
//   name or date is tagged in them, with a warning.
// Positions: every block's anchors carry the file's line:column (columns in
// characters), exact at the start of every text node cmark-gfm reports
// (see the .cpp for the precision inside them).
#include "model/document.hpp"
#include "read/source.hpp"

namespace editio {

// Fills doc from Markdown (CommonMark with GFM tables, strikethrough, autolinks and footnotes; YAML front matter).
void read_markdown(const SourceText& src, Document& doc, Diagnostics& diags);

}  // namespace editio
