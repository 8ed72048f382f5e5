#pragma once
// Reading a plain-text source: bytes -> validated, normalized lines.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"

namespace editio {

struct SourceText {
  std::string path;                // for diagnostics
  std::vector<std::string> lines;  // line i+1 of the source; NFC; no line ends
  std::string encoding;            // the encoding it was read in ("UTF-8", "windows-1251"...)
};

// Decodes the bytes (see read/encoding.hpp: `encoding` as declared, or
// detected; a guess is reported as a warning), splits lines (CRLF and CR line
// ends become LF) and normalizes each to Unicode NFC. Control characters XML
// cannot hold are left out with a warning at the first one's line:column.
// Bytes that cannot be decoded, a binary file and a file without text are
// errors; the result is then empty.
std::optional<SourceText> read_source(const std::string& path, std::string_view bytes, Diagnostics& diags,
                                      const std::string& encoding = "");

// The largest text file read (256 MB): a larger file is not read at all.
constexpr std::size_t kMaxSourceBytes = std::size_t{256} << 20;
std::optional<SourceText> read_source_file(const std::string& path, Diagnostics& diags,
                                           const std::string& encoding = "");

// NFC normalization of UTF-8 text.
std::string normalize_nfc(std::string_view text);

}  // namespace editio
