#pragma once
// A source file into the document model, through the reader its format
// needs (read/format.hpp): plain text is decoded and segmented; Markdown,
// HTML, Word and OpenDocument go through their readers, which give blocks,
// notes tied to their calls, inline markup and the file's own metadata.
#include <optional>
#include <string>

#include "model/document.hpp"
#include "read/format.hpp"

namespace editio {

struct ReadRequest {
  std::string path;
  std::string encoding{};                // as the manifest or the command line names it; empty: detect
  std::optional<SourceFormat> format{};  // as the manifest names it; none: detect (read/format.hpp)
  // The option that names the format on the command line ("--format"), for
  // the advice of a "looks like Markdown" warning; empty: the manifest's `format =`.
  std::string format_option{};
};

// Fills doc.blocks, notes, omitted, format, metadata and left_out. False when
// the file cannot be read (the errors say why and what to do).
bool read_document(const ReadRequest& request, Document& doc, Diagnostics& diags);

// The title a document gives itself: its metadata's title, else its title
// block, else its first block's first words ("" for an empty document).
std::string own_title(const Document& doc);

}  // namespace editio
