#pragma once
// Reading a plain-text source: bytes -> validated, normalized lines.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"

namespace editio {

struct SourceText {
  std::string path;                // for diagnostics
  std::vector<std::string> lines;  // line i+1 of the source; NFC; no line ends
};

// Decodes UTF-8 (an initial BOM is dropped; CRLF and CR line ends become LF)
// and normalizes each line to Unicode NFC. Invalid bytes are an error reported
// at file:line:column; the result is then empty.
std::optional<SourceText> read_source(const std::string& path, std::string_view bytes,
                                      Diagnostics& diags);

std::optional<SourceText> read_source_file(const std::string& path, Diagnostics& diags);

// NFC normalization of UTF-8 text.
std::string normalize_nfc(std::string_view text);

}  // namespace editio
