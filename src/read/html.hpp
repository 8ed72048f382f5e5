#pragma once
// The reader of HTML pages (libxml2's HTML parser): the article's text, not
// the site around it. Blocks: headings, paragraphs, lists, quotations, tables,
// figures, code blocks; spans: emphasis, code, links; footnotes in their common
// shapes (pandoc, Wikipedia, DPUB-ARIA roles, EPUB) tied to their calls. What
// is left out (navigation, page header and footer, scripts) is named in
// Document::left_out; the page's title, authors, date and language go to
// Document::metadata. Positions: the line of each text as libxml2 gives it;
// the column where the text is found in that line (else 0, "not known").
#include "model/document.hpp"
#include "read/source.hpp"

namespace editio {

// Fills doc from an HTML page: the article's text, not the site around it.
void read_html(const SourceText& src, Document& doc, Diagnostics& diags);

}  // namespace editio
