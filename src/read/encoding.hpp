#pragma once
// A source file's bytes -> UTF-8: by its byte-order mark, by the encoding the
// editor names, as UTF-8 when the bytes are valid UTF-8, or by a guess
// (uchardet) that is reported. Binary files are recognized and refused.
#include <string>
#include <string_view>

#include "model/diagnostic.hpp"

namespace editio {

struct DecodedText {
  std::string text;       // UTF-8, without a byte-order mark
  std::string encoding;   // what was used: "UTF-8", "windows-1251", "UTF-16LE"...
  bool guessed = false;   // detected from the bytes (the user should confirm it)
  // When the encoding was guessed because the bytes are not UTF-8: the first
  // byte that is not ("0xE9"), its line:column in `text`, and the character
  // it reads as there ("é"; empty for a control character).
  struct {
    std::string byte;
    SourcePos pos;
    std::string reads_as;
  } first_non_utf8;
};

// Decodes `bytes` (the file `path`, for messages). `declared` is the encoding
// the manifest or the command line names; empty means: detect. On failure an
// error with file:line:column (where there is one) is added and false returned.
bool decode_source(const std::string& path, std::string_view bytes, const std::string& declared,
                   DecodedText& out, Diagnostics& diags);

// The canonical name of an encoding ICU knows ("cp1251" -> "windows-1251"),
// or empty when it does not know it.
std::string canonical_encoding(const std::string& name);

// Recognizes common binary formats by their first bytes ("a PDF file"), or
// returns empty.
std::string binary_format(std::string_view bytes);

}  // namespace editio
