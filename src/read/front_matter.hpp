#pragma once
// The YAML front matter of a Markdown source (Jekyll, Hugo, pandoc): a first
// line "---", YAML, then a line "---" or "...". Read with libyaml into the
// document's metadata; its lines never become text.
#include <cstddef>

#include "model/document.hpp"
#include "read/source.hpp"

namespace editio {

// Reads the front matter at the top of `src`, if any, into doc.metadata
// (title, subtitle, author or authors: text or a list of texts or of
// {name: ...}, date, lang or language; pos = line 1) and returns how many
// lines from line 1 it spans, its delimiters included (0: none).
// - Keys it does not use: one note naming them, and one phrase in
//   doc.left_out ("2 front-matter keys (tags, draft)").
// - Malformed YAML, or YAML that is not a list of "key: value" lines: an
//   error at the file's line:column of the problem; the lines are still
//   spanned (left out of the text), never read as text.
// - A first line "---" with no closing line: a warning, and 0 (see the .cpp:
//   the lines are read as Markdown).
std::size_t read_front_matter(const SourceText& src, Document& doc, Diagnostics& diags);

}  // namespace editio
