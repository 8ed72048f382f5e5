#pragma once
// The Word reader: a .docx (Office Open XML) package, read with libzip and
// libxml2, into the document model.
//  - word/document.xml: each paragraph a block, its kind from its style
//    (word/styles.xml: Title and Subtitle -> Title; "Heading N" or an outline
//    level -> Heading; Quote, Intense Quote, Block Text -> Quote; numbering or
//    a List style -> ListItem labelled "1." or "•" from word/numbering.xml);
//    tables -> TableCell blocks (header rows marked); a paragraph holding only
//    an image -> Figure (its description; url: the image's part name).
//  - runs: italic, bold, underline, strike, superscript, subscript and small
//    capitals (direct and from character styles) -> Highlight spans; links ->
//    Link spans (an internal one "#bookmark").
//  - footnotes and endnotes -> notes called where their reference stands.
//    Footnotes are numbered 1, 2...; endnotes i, ii... as Word shows them by
//    default, so the two series never share a number.
//  - comments, tracked deletions and fields' instructions are left out, the
//    first two counted into doc.left_out; tracked insertions are kept.
//  - docProps/core.xml -> doc.metadata (title, creator, language).
// Positions: "paragraph N, character C", N counting the body's paragraphs
// in order, those in tables included; a note's text is placed at its call.
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"
#include "model/document.hpp"

namespace editio {

// Reads the .docx in `bytes` into `doc` (format "docx", notes linked). False,
// with an error saying what is wrong, when the file cannot be read: not a
// ZIP, a part missing or damaged, a part too large (a ZIP bomb).
bool read_docx(const std::string& path, std::string_view bytes, Document& doc, Diagnostics& diags);

}  // namespace editio
