#include "read/source.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <cstdio>

#include "read/encoding.hpp"
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

namespace {

// Characters XML 1.0 cannot hold (C0 controls other than tab and line ends,
// U+FFFE, U+FFFF) and invisible controls that are never text (DEL, C1).
bool is_unwanted_control(char32_t c) {
  return (c < 0x20 && c != U'\t') || (c >= 0x7F && c <= 0x9F) || c == 0xFFFE || c == 0xFFFF;
}

}  // namespace

std::optional<SourceText> read_source(const std::string& path, std::string_view bytes, Diagnostics& diags,
                                      const std::string& encoding) {
  DecodedText decoded;
  if (!decode_source(path, bytes, encoding, decoded, diags)) return std::nullopt;
  if (decoded.guessed) {
    const auto& first = decoded.first_non_utf8;  // (none for UTF-16 recognized by its NUL bytes)
    const std::string where =
        first.byte.empty() ? ""
                           : "; the first byte that is not UTF-8, " + first.byte + " here, reads as " +
                                 (first.reads_as.empty() ? "a control character" : "'" + first.reads_as + "'");
    diags.warning(path, first.pos,
                  "not UTF-8: read as " + decoded.encoding + " (detected)" + where +
                      "; if the text reads wrongly, name the file's encoding in the manifest "
                      "(encoding = \"...\" in its [[document]]) or with --encoding");
  }
  std::string_view text = decoded.text;

  SourceText out;
  out.path = path;
  out.encoding = decoded.encoding;
  std::size_t removed = 0;
  SourcePos first_removed;
  char32_t first_char = 0;
  std::string clean;
  std::size_t i = 0;
  while (i <= text.size()) {
    std::size_t e = i;
    while (e < text.size() && text[e] != '\n' && text[e] != '\r') ++e;
    std::string_view line = text.substr(i, e - i);
    bool has_control = false;
    for (unsigned char c : line)
      if (c < 0x20 || c == 0x7F || c == 0xC2 || c == 0xEF) has_control = true;  // cheap pre-check
    if (has_control) {
      clean.clear();
      std::uint32_t column = 0;
      for (std::size_t k = 0; k < line.size();) {
        const std::size_t at = k;
        char32_t c = utf8::next(line, k);
        ++column;
        if (!is_unwanted_control(c)) {
          clean.append(line.substr(at, k - at));
          continue;
        }
        if (removed++ == 0) {
          first_removed = {static_cast<std::uint32_t>(out.lines.size() + 1), column};
          first_char = c;
        }
      }
      out.lines.push_back(normalize_nfc(clean));
    } else {
      out.lines.push_back(normalize_nfc(line));
    }
    if (e >= text.size()) break;
    if (text[e] == '\r' && e + 1 < text.size() && text[e + 1] == '\n') ++e;
    i = e + 1;
    if (i == text.size()) break;  // a final line end does not start a new line
  }
  if (removed > 0) {
    char code[16];
    std::snprintf(code, sizeof code, "U+%04X", static_cast<unsigned>(first_char));
    diags.warning(path, first_removed,
                  std::to_string(removed) + (removed == 1 ? " control character" : " control characters") +
                      " left out (the first is " + code + (first_char == 0 ? ", a NUL byte" : "") +
                      "): XML cannot hold them; the rest of the text is kept. If the file is not a text file, "
                      "check the manifest's file entry");
  }
  bool blank = true;
  for (const auto& l : out.lines) blank = blank && utf8::is_blank(l);
  if (blank) {
    diags.error(path, {}, bytes.empty() ? "the file is empty; the document is skipped: check the manifest's file entry"
                                        : "the file has no text, only white space; the document is skipped");
    return std::nullopt;
  }
  return out;
}

std::optional<SourceText> read_source_file(const std::string& path, Diagnostics& diags,
                                           const std::string& encoding) {
  std::string bytes;
  std::string why;
  if (!fs::read_file(path, bytes, why, kMaxSourceBytes)) {
    diags.error(path, {}, "cannot read the file: " + why);
    return std::nullopt;
  }
  return read_source(path, bytes, diags, encoding);
}

}  // namespace editio
