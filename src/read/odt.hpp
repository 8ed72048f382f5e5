#pragma once
// The OpenDocument reader: an .odt package, read with libzip and libxml2,
// into the document model.
//  - content.xml office:text: text:h -> Heading (its outline level); text:p ->
//    Paragraph, or Title (a "Title" or "Subtitle" style) or Quote (a
//    "Quotations" or "Quote" style), styles followed through their parents in
//    content.xml and styles.xml; text:list items -> ListItem (labelled "1." or
//    "•" from the list style); table:table -> TableCell blocks (header rows
//    marked); a paragraph holding only an image (draw:frame/draw:image) ->
//    Figure (its svg:title or svg:desc; url: the image's address).
//  - text:span formatting (italic, bold, underline, line-through, super- and
//    subscript, small capitals) -> Highlight spans; text:a -> Link spans.
//  - text:note (footnotes and endnotes) -> notes called where they stand,
//    numbered as their text:note-citation shows.
//  - office:annotation (comments) and text:tracked-changes (the deleted text
//    of tracked changes) are left out and counted into doc.left_out.
//  - meta.xml -> doc.metadata (title, creator, language).
// Positions: "paragraph N, character C", N counting the body's text:p and
// text:h in order, those in lists and tables included; a note's text is
// placed at its call.
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"
#include "model/document.hpp"

namespace editio {

// Reads the .odt in `bytes` into `doc` (format "odt", notes linked). False,
// with an error saying what is wrong, when the file cannot be read: not a
// ZIP, not an OpenDocument text, a part missing or damaged, a part too large.
bool read_odt(const std::string& path, std::string_view bytes, Document& doc, Diagnostics& diags);

}  // namespace editio
