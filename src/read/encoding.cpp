#include "read/encoding.hpp"

#include <uchardet/uchardet.h>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cstdio>
#include <memory>

#include "util/utf8.hpp"

namespace editio {
namespace {

// Line and column (1-based, in characters) of the end of `done`, the text
// decoded so far.
SourcePos end_position(std::string_view done) {
  std::size_t nl = done.rfind('\n');
  std::size_t start = nl == std::string_view::npos ? 0 : nl + 1;
  std::uint32_t line = 1;
  for (char c : done.substr(0, start)) line += c == '\n';
  return {line, static_cast<std::uint32_t>(utf8::count_code_points(done, start, done.size()) + 1)};
}

std::string hex_bytes(std::string_view b) {
  std::string out;
  char buf[8];
  for (unsigned char c : b) {
    std::snprintf(buf, sizeof buf, out.empty() ? "0x%02X" : " 0x%02X", c);
    out += buf;
  }
  return out;
}

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
using Converter = std::unique_ptr<UConverter, ConverterCloser>;

Converter open_converter(const std::string& name) {
  UErrorCode err = U_ZERO_ERROR;
  Converter c(ucnv_open(name.c_str(), &err));
  if (U_FAILURE(err)) return nullptr;
  return c;
}

// The error for the bytes at which `cnv` stopped, after the text `done`; false.
bool undefined_bytes(UConverter* cnv, const std::string& path, const std::string& encoding, std::string_view done,
                     Diagnostics& diags) {
  char bad[32];
  int8_t len = sizeof bad;
  UErrorCode e2 = U_ZERO_ERROR;
  ucnv_getInvalidChars(cnv, bad, &len, &e2);
  diags.error(path, end_position(done),
              "bytes " + hex_bytes(std::string_view(bad, U_SUCCESS(e2) ? len : 0)) + " are not " + encoding +
                  "; the document is skipped: check the encoding (name it in the manifest: encoding = \"...\") "
                  "or fix the bytes");
  return false;
}

// The error for a file whose last `left` bytes are less than a character
// of `unit` bytes, after the text `done`; false.
bool truncated(const std::string& path, const std::string& encoding, std::size_t left, std::size_t unit,
               std::string_view done, Diagnostics& diags) {
  diags.error(path, end_position(done),
              "the file ends in the middle of a character: its last " + std::to_string(left) +
                  (left == 1 ? " byte is" : " bytes are") + " not a whole " + encoding + " character (" +
                  std::to_string(unit) + " bytes); the document is skipped: the file is truncated, or not " +
                  encoding + " (name its encoding in the manifest: encoding = \"...\")");
  return false;
}

// Converts with ICU, stopping at the first byte sequence the encoding does
// not define; reports it at its line:column in the decoded text.
bool convert(const std::string& path, std::string_view bytes, const std::string& encoding, std::string& out,
             Diagnostics& diags) {
  Converter cnv = open_converter(encoding);
  if (!cnv) {
    diags.error(path, {}, "the encoding '" + encoding + "' is not known to ICU; name another (e.g. \"windows-1251\", \"KOI8-R\", \"UTF-16LE\")");
    return false;
  }
  UErrorCode err = U_ZERO_ERROR;
  ucnv_setToUCallBack(cnv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &err);
  out.clear();
  out.reserve(bytes.size() * 2);
  // UTF-16 and UTF-32 come in units of 2 and 4 bytes: the whole units are
  // converted, and a file that ends inside one is reported below.
  const std::size_t unit = static_cast<std::size_t>(std::max<int8_t>(1, ucnv_getMinCharSize(cnv.get())));
  const std::size_t whole = bytes.size() - bytes.size() % unit;
  const char* src = bytes.data();
  const char* const end = src + whole;
  UChar buf[4096];
  UChar pending = 0;  // a lead surrogate at the end of the buffer
  while (true) {
    UChar* target = buf;
    if (pending) *target++ = pending;
    pending = 0;
    err = U_ZERO_ERROR;
    ucnv_toUnicode(cnv.get(), &target, buf + 4096, &src, end, nullptr, true, &err);
    for (const UChar* p = buf; p < target; ++p) {
      char32_t c = *p;
      if (U16_IS_LEAD(c) && p + 1 == target && err == U_BUFFER_OVERFLOW_ERROR) {
        pending = *p;
        break;
      }
      if (U16_IS_LEAD(c) && p + 1 < target && U16_IS_TRAIL(p[1])) {
        c = U16_GET_SUPPLEMENTARY(c, p[1]);
        ++p;
      } else if (U16_IS_SURROGATE(c)) {
        c = 0xFFFD;  // ICU stops before it emits one; never reached in practice
      }
      utf8::append(out, c);
    }
    if (err == U_BUFFER_OVERFLOW_ERROR) continue;
    if (U_FAILURE(err)) return undefined_bytes(cnv.get(), path, encoding, out, diags);
    break;
  }
  if (whole < bytes.size()) return truncated(path, encoding, bytes.size() - whole, unit, out, diags);
  return true;
}

// Invalid sequences against valid multi-byte ones: UTF-8 with a few damaged
// bytes has many more of the latter; text in an 8-bit encoding, the reverse.
bool looks_like_damaged_utf8(std::string_view s) {
  std::size_t valid_multi = 0, invalid = 0;
  std::size_t i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) {
      ++i;
      continue;
    }
    std::string_view rest = s.substr(i, 4);
    std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
    if (n > 1 && rest.size() >= n && utf8::find_invalid(rest.substr(0, n)) == std::string_view::npos) {
      ++valid_multi;
      i += n;
    } else {
      ++invalid;
      ++i;
    }
  }
  return valid_multi >= invalid;
}

std::string detect(std::string_view bytes) {
  uchardet_t d = uchardet_new();
  // uchardet decides on the first few hundred kilobytes as well as on all.
  std::string_view sample = bytes.substr(0, 1 << 20);
  std::string name;
  if (uchardet_handle_data(d, sample.data(), sample.size()) == 0) {
    uchardet_data_end(d);
    if (const char* c = uchardet_get_charset(d)) name = c;
  }
  uchardet_delete(d);
  return name;
}

// NUL bytes only in every other position (the high byte of ASCII characters):
// UTF-16 without a byte-order mark. A binary file has them anywhere.
const char* utf16_without_bom(std::string_view b) {
  if (b.size() < 4) return nullptr;  // (an odd size is a truncated file: convert says so)
  std::size_t even = 0, odd = 0;
  const std::size_t n = std::min<std::size_t>(b.size(), 65536);
  for (std::size_t i = 0; i < n; ++i)
    if (b[i] == '\0') (i % 2 ? odd : even)++;
  const std::size_t units = n / 2;
  if (even == 0 && odd >= 4 && odd * 20 >= units) return "UTF-16LE";
  if (odd == 0 && even >= 4 && even * 20 >= units) return "UTF-16BE";
  return nullptr;
}

// Where the byte at `bad` (the first that is not UTF-8) is in the text
// decoded as out.encoding, and what it reads as there, for the warning that
// says the encoding was guessed.
void locate_first_non_utf8(std::string_view bytes, std::size_t bad, DecodedText& out) {
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[bad]));
  out.first_non_utf8.byte = hex;
  std::string before;
  Diagnostics ignored;  // the prefix of a text that converted converts
  if (!convert("", bytes.substr(0, bad), out.encoding, before, ignored) || out.text.compare(0, before.size(), before) != 0) {
    out.first_non_utf8.pos = end_position(bytes.substr(0, bad));  // (a stateful encoding): as if UTF-8
    return;
  }
  out.first_non_utf8.pos = end_position(before);
  std::size_t i = before.size();
  if (i < out.text.size()) {
    const char32_t c = utf8::next(out.text, i);
    out.first_non_utf8.reads_as = out.text.substr(before.size(), i - before.size());
    if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) out.first_non_utf8.reads_as.clear();  // a control: not shown
  }
}

}  // namespace

std::string canonical_encoding(const std::string& name) {
  Converter c = open_converter(name);
  if (!c) return "";
  UErrorCode err = U_ZERO_ERROR;
  const char* icu = ucnv_getName(c.get(), &err);
  if (U_FAILURE(err)) return name;
  for (const char* standard : {"IANA", "MIME"}) {
    UErrorCode e = U_ZERO_ERROR;
    if (const char* s = ucnv_getStandardName(icu, standard, &e); s && U_SUCCESS(e)) return s;
  }
  return icu;
}

std::string binary_format(std::string_view b) {
  if (b.starts_with("%PDF-")) return "a PDF file: extract its text first (e.g. pdftotext -layout)";
  if (b.starts_with("PK\x03\x04"))
    return "a ZIP archive that is neither a Word (.docx) nor an OpenDocument (.odt) text: unpack it, or save the "
           "document as .docx, .odt or plain text";
  if (b.starts_with("\xD0\xCF\x11\xE0"))
    return "an old Microsoft Word (.doc) file: save it as a Word document (.docx) or as plain text (.txt, UTF-8)";
  if (b.starts_with("{\\rtf")) return "an RTF document: save it as a Word document (.docx), OpenDocument (.odt) or plain text";
  if (b.starts_with("\x7F" "ELF")) return "a program (ELF), not a text";
  if (b.starts_with("\x89PNG") || b.starts_with("\xFF\xD8\xFF") || b.starts_with("GIF8") ||
      b.starts_with("II*\0") || b.starts_with(std::string_view("MM\0*", 4)))
    return "an image: transcribe or OCR it into a plain-text file first";
  if (b.starts_with("\x1F\x8B")) return "a gzip archive: unpack it first";
  return "";
}

namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

// Text that is valid UTF-8 taken as it is.
bool take_utf8(std::string_view bytes, DecodedText& out) {
  out.text.assign(bytes);
  out.encoding = "UTF-8";
  return true;
}

// The error for bytes that are not UTF-8 at `bad`, with `advice`; false.
bool invalid_utf8(const std::string& path, std::string_view bytes, std::size_t bad, const std::string& advice,
                  Diagnostics& diags) {
  std::string_view done = bytes.substr(0, bad);
  char hex[8];
  std::snprintf(hex, sizeof hex, "0x%02X", static_cast<unsigned char>(bytes[bad]));
  diags.error(path, end_position(done), std::string("invalid UTF-8 (byte ") + hex + "); the document is skipped: " + advice);
  return false;
}

// The encoding the manifest names: converted, or checked when it is UTF-8
// (a byte-order mark is dropped either way).
bool decode_declared(const std::string& path, std::string_view bytes, const std::string& declared, DecodedText& out,
                     Diagnostics& diags) {
  out.encoding = canonical_encoding(declared);
  if (out.encoding != "UTF-8") {  // (an encoding ICU does not know is reported by convert)
    if (!convert(path, bytes, declared, out.text, diags)) return false;
    if (out.text.starts_with(kUtf8Bom)) out.text.erase(0, 3);
    return true;
  }
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(3);
  const std::size_t bad = utf8::find_invalid(bytes);
  if (bad == std::string_view::npos) return take_utf8(bytes, out);
  return invalid_utf8(path, bytes, bad,
                      "the manifest says the file is UTF-8; fix the byte, or name the file's real encoding", diags);
}

// The Unicode encoding a byte-order mark at the start of `bytes` names (its
// length in `mark`), or null.
const char* unicode_by_bom(std::string_view bytes, std::size_t& mark) {
  struct Bom {
    std::string_view mark;
    const char* encoding;
  };
  static const Bom boms[] = {{std::string_view("\xFF\xFE\0\0", 4), "UTF-32LE"},
                             {std::string_view("\0\0\xFE\xFF", 4), "UTF-32BE"},
                             {"\xFF\xFE", "UTF-16LE"},
                             {"\xFE\xFF", "UTF-16BE"}};
  for (const Bom& b : boms)
    if (bytes.starts_with(b.mark)) {
      mark = b.mark.size();
      return b.encoding;
    }
  return nullptr;
}

// Undeclared bytes that are not UTF-8 (the first bad one at `bad`): another
// format's file (an error), damaged UTF-8 (an error), or text in an 8-bit
// encoding uchardet recognizes (converted; out.guessed).
bool decode_guessed(const std::string& path, std::string_view bytes, std::size_t bad, DecodedText& out,
                    Diagnostics& diags) {
  if (std::string what = binary_format(bytes); !what.empty()) {
    diags.error(path, {}, "this is not a plain-text file but " + what + "; the document is skipped");
    return false;
  }
  if (bytes.find('\0') != std::string_view::npos) {
    const std::size_t nul = bytes.find('\0');
    diags.error(path, end_position(bytes.substr(0, std::min(nul, bad))),
                "this looks like a binary file, not a text (a NUL byte and invalid UTF-8); the document is skipped: "
                "check the manifest's file entry");
    return false;
  }
  if (looks_like_damaged_utf8(bytes))
    return invalid_utf8(path, bytes, bad,
                        "the file is UTF-8 with damaged bytes; fix the byte (the source is never changed by Editio)",
                        diags);
  const std::string detected = detect(bytes);
  if (detected.empty() || detected == "ASCII" || detected == "UTF-8")
    return invalid_utf8(path, bytes, bad,
                        "its encoding could not be recognized; convert the file to UTF-8 or name its encoding in "
                        "the manifest (encoding = \"windows-1251\")",
                        diags);
  std::string enc = canonical_encoding(detected);
  if (enc.empty())
    return invalid_utf8(path, bytes, bad,
                        "it looks like " + detected + ", which ICU cannot convert; convert the file to UTF-8", diags);
  out.encoding = enc;
  out.guessed = true;
  if (!convert(path, bytes, enc, out.text, diags)) return false;
  locate_first_non_utf8(bytes, bad, out);
  return true;
}

}  // namespace

bool decode_source(const std::string& path, std::string_view bytes, const std::string& declared, DecodedText& out,
                   Diagnostics& diags) {
  out = {};
  if (!declared.empty()) return decode_declared(path, bytes, declared, out, diags);
  if (bytes.starts_with(kUtf8Bom)) bytes.remove_prefix(3);
  std::size_t mark = 0;
  if (const char* enc = unicode_by_bom(bytes, mark)) {
    out.encoding = enc;
    return convert(path, bytes.substr(mark), enc, out.text, diags);
  }
  // NUL bytes are valid UTF-8: UTF-16 of ASCII text would pass for it.
  if (const char* enc = utf16_without_bom(bytes)) {
    out.encoding = enc;
    out.guessed = true;
    return convert(path, bytes, enc, out.text, diags);
  }
  const std::size_t bad = utf8::find_invalid(bytes);
  if (bad == std::string_view::npos) return take_utf8(bytes, out);
  return decode_guessed(path, bytes, bad, out, diags);
}

}  // namespace editio
