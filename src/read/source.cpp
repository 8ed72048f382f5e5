#include "read/source.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdio>

#include "util/fs.hpp"
#include "util/utf8.hpp"

namespace editio {

std::string normalize_nfc(std::string_view text) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return std::string(text);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  if (nfc->isNormalized(u, err) && U_SUCCESS(err)) return std::string(text);
  err = U_ZERO_ERROR;
  icu::UnicodeString n = nfc->normalize(u, err);
  if (U_FAILURE(err)) return std::string(text);
  std::string out;
  n.toUTF8String(out);
  return out;
}

std::optional<SourceText> read_source(const std::string& path, std::string_view bytes,
                                      Diagnostics& diags) {
  if (bytes.size() >= 3 && bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);

  if (std::size_t bad = utf8::find_invalid(bytes); bad != std::string_view::npos) {
    std::size_t line_start = bytes.rfind('\n', bad == 0 ? 0 : bad - 1);
    line_start = (line_start == std::string_view::npos || bad == 0) ? 0 : line_start + 1;
    std::uint32_t line = 1;
    for (std::size_t i = 0; i < line_start; ++i) line += bytes[i] == '\n';
    auto column = static_cast<std::uint32_t>(utf8::count_code_points(bytes, line_start, bad) + 1);
    char hex[8];
    std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[bad]));
    diags.error(path, {line, column},
                std::string("invalid UTF-8 (byte ") + hex +
                    "); the document is skipped: convert the file to UTF-8 "
                    "(e.g. iconv -f WINDOWS-1251 -t UTF-8) or fix the byte");
    return std::nullopt;
  }

  SourceText out;
  out.path = path;
  std::size_t i = 0;
  while (i <= bytes.size()) {
    std::size_t e = i;
    while (e < bytes.size() && bytes[e] != '\n' && bytes[e] != '\r') ++e;
    out.lines.push_back(normalize_nfc(bytes.substr(i, e - i)));
    if (e >= bytes.size()) break;
    if (bytes[e] == '\r' && e + 1 < bytes.size() && bytes[e + 1] == '\n') ++e;
    i = e + 1;
    if (i == bytes.size()) break;  // a final line end does not start a new line
  }
  return out;
}

std::optional<SourceText> read_source_file(const std::string& path, Diagnostics& diags) {
  std::string bytes;
  std::string why;
  if (!fs::read_file(path, bytes, why)) {
    diags.error(path, {}, "cannot read the file: " + why);
    return std::nullopt;
  }
  return read_source(path, bytes, diags);
}

}  // namespace editio
