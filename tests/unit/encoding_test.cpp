// Encodings: byte-order marks, a declared encoding, detection of 8-bit
// Cyrillic and UTF-16, binary files, control characters, empty files.
#include <gtest/gtest.h>

#include <unicode/ucnv.h>

#include "read/encoding.hpp"
#include "read/source.hpp"

using namespace editio;

namespace {

// Encodes UTF-8 text with ICU (the test's own conversion, not the reader's).
std::string encode_as(const std::string& utf8, const char* encoding) {
  UErrorCode err = U_ZERO_ERROR;
  std::string out(utf8.size() * 4 + 16, '\0');
  int32_t n = ucnv_convert(encoding, "UTF-8", out.data(), static_cast<int32_t>(out.size()), utf8.data(),
                           static_cast<int32_t>(utf8.size()), &err);
  EXPECT_TRUE(U_SUCCESS(err)) << u_errorName(err);
  out.resize(static_cast<std::size_t>(n));
  return out;
}

const std::string kRussian =
    "Иван Никитич был арестован в январе 1933 года. Следствие шло долго, и обвинение так и не было "
    "предъявлено.\nВторой абзац: письмо пришло через месяц, с пометкой о получении.\n";

std::string joined(const SourceText& s) {
  std::string out;
  for (const auto& l : s.lines) out += l + "\n";
  return out;
}

std::string all_diagnostics(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d.items()) s += x.format() + "\n";
  return s;
}

bool has_message(const Diagnostics& d, const std::string& part) {
  for (const auto& x : d.items())
    if (x.message.find(part) != std::string::npos) return true;
  return false;
}

}  // namespace

TEST(Encoding, DetectsWindows1251AndSaysSo) {
  Diagnostics d;
  auto s = read_source("t.txt", encode_as(kRussian, "windows-1251"), d);
  ASSERT_TRUE(s);
  EXPECT_EQ(joined(*s), kRussian);
  EXPECT_EQ(s->encoding, "windows-1251");
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].severity, Severity::Warning);
  EXPECT_TRUE(has_message(d, "read as windows-1251 (detected)"));
}

TEST(Encoding, DetectsKoi8r) {
  Diagnostics d;
  auto s = read_source("t.txt", encode_as(kRussian, "KOI8-R"), d);
  ASSERT_TRUE(s);
  EXPECT_EQ(joined(*s), kRussian);
  EXPECT_EQ(s->encoding, "KOI8-R");
  EXPECT_TRUE(has_message(d, "read as KOI8-R (detected)"));
}

TEST(Encoding, Utf16ByteOrderMarksAreCertain) {
  for (const char* enc : {"UTF-16LE", "UTF-16BE"}) {
    Diagnostics d;
    std::string bom = std::string(enc) == "UTF-16LE" ? "\xFF\xFE" : "\xFE\xFF";
    auto s = read_source("t.txt", bom + encode_as(kRussian, enc), d);
    ASSERT_TRUE(s) << enc;
    EXPECT_EQ(joined(*s), kRussian) << enc;
    EXPECT_EQ(s->encoding, enc);
    EXPECT_TRUE(d.empty()) << enc << ": a byte-order mark is not a guess";
  }
}

TEST(Encoding, Utf16WithoutBomIsDetectedEvenForAscii) {
  // ASCII in UTF-16 is valid UTF-8 byte for byte (NULs included).
  const std::string text = "A plain English letter, dated 3 May 1929.\nSecond line.\n";
  Diagnostics d;
  auto s = read_source("t.txt", encode_as(text, "UTF-16BE"), d);
  ASSERT_TRUE(s);
  EXPECT_EQ(joined(*s), text);
  EXPECT_TRUE(has_message(d, "read as UTF-16BE (detected)"));
}

TEST(Encoding, DeclaredEncodingWinsOverDetection) {
  Diagnostics d;
  auto s = read_source("t.txt", encode_as(kRussian, "KOI8-R"), d, "koi8-r");
  ASSERT_TRUE(s);
  EXPECT_EQ(joined(*s), kRussian);
  EXPECT_TRUE(d.empty()) << "a named encoding is not reported as a guess";
  // Declared UTF-8 is held to it: an 8-bit file is then an error, not a guess.
  Diagnostics d2;
  EXPECT_FALSE(read_source("t.txt", encode_as(kRussian, "windows-1251"), d2, "UTF-8"));
  EXPECT_TRUE(has_message(d2, "invalid UTF-8"));
  EXPECT_EQ(d2.items().at(0).pos.line, 1u);
}

TEST(Encoding, BytesTheDeclaredEncodingLacksAreReportedWithPosition) {
  // 0xE9 is not ASCII.
  Diagnostics d;
  EXPECT_FALSE(read_source("t.txt", "ab\ncd\xE9", d, "US-ASCII"));
  ASSERT_EQ(d.errors(), 1u);
  EXPECT_EQ(d.items()[0].pos.line, 2u);
  EXPECT_EQ(d.items()[0].pos.column, 3u);
  EXPECT_TRUE(has_message(d, "0xE9"));
}

TEST(Encoding, CanonicalNames) {
  EXPECT_EQ(canonical_encoding("cp1251"), "windows-1251");
  EXPECT_EQ(canonical_encoding("koi8-r"), "KOI8-R");
  EXPECT_EQ(canonical_encoding("utf8"), "UTF-8");
  EXPECT_EQ(canonical_encoding("no-such-encoding"), "");
}

TEST(Encoding, BinaryFilesAreRefusedWithWhatTheyAre) {
  Diagnostics d;
  EXPECT_FALSE(read_source("t.pdf", std::string("%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n"), d));
  EXPECT_TRUE(has_message(d, "a PDF file"));
  Diagnostics d2;
  EXPECT_FALSE(read_source("t.bin", std::string("\x01\x02\x00\x00\xFF\x13\x00\x9A\x00\x00", 10), d2));
  EXPECT_TRUE(has_message(d2, "binary file"));
}

TEST(Encoding, ControlCharactersAreLeftOutWithTheFirstPosition) {
  Diagnostics d;
  auto s = read_source("t.txt", std::string("clean line\nab\x07" "c\x00" "d\x1B\n", 19), d);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->lines.at(1), "abcd");
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].severity, Severity::Warning);
  EXPECT_EQ(d.items()[0].pos.line, 2u);
  EXPECT_EQ(d.items()[0].pos.column, 3u);
  EXPECT_TRUE(has_message(d, "3 control characters"));
  // Tabs, NBSP, soft hyphens, RTL marks and emoji are text and stay.
  Diagnostics d2;
  const std::string kept = "a\tb\xC2\xA0" "c\xC2\xAD" "d \xE2\x80\x8F\xD7\xA9 \xF0\x9F\x98\x80";
  auto s2 = read_source("t.txt", kept, d2);
  ASSERT_TRUE(s2);
  EXPECT_EQ(s2->lines.at(0), kept);
  EXPECT_TRUE(d2.empty());
}

TEST(Encoding, EmptyAndBlankFilesAreErrors) {
  Diagnostics d, d2;
  EXPECT_FALSE(read_source("t.txt", "", d));
  EXPECT_TRUE(has_message(d, "the file is empty"));
  EXPECT_FALSE(read_source("t.txt", " \n\t\r\n", d2));
  EXPECT_TRUE(has_message(d2, "only white space"));
}

// Truncated UTF-16 and UTF-32 are errors where the last whole character ends;
// a guessed encoding says where the first byte that is not UTF-8 is.

TEST(TruncatedUnicode, Utf16OfOddLengthIsAnErrorAfterTheLastWholeCharacter) {
  const std::string text = "First line.\nЖурнал";
  struct Case {
    std::string bytes, declared;
  };
  const Case cases[] = {
      {"\xFF\xFE" + encode_as(text, "UTF-16LE") + "x", ""},  // with a byte-order mark
      {"\xFE\xFF" + encode_as(text, "UTF-16BE") + "x", ""},
      {encode_as(text, "UTF-16LE") + "x", ""},               // recognized by its NUL bytes
      {encode_as(text, "UTF-16LE") + "x", "UTF-16LE"},       // named in the manifest
  };
  for (const Case& c : cases) {
    Diagnostics d;
    EXPECT_FALSE(read_source("t.txt", c.bytes, d, c.declared)) << all_diagnostics(d);
    ASSERT_EQ(d.errors(), 1u) << all_diagnostics(d);
    const Diagnostic& e = d.items()[0];
    EXPECT_EQ(e.pos.line, 2u) << e.format();
    EXPECT_EQ(e.pos.column, 7u) << e.format();  // just after "Журнал"
    EXPECT_NE(e.message.find("the file ends in the middle of a character: its last 1 byte is not a whole UTF-16"),
              std::string::npos)
        << e.format();
  }
}

TEST(TruncatedUnicode, Utf32WhoseLengthIsNotAMultipleOfFourIsAnError) {
  const std::string bytes = std::string("\xFF\xFE\0\0", 4) + encode_as("ab\ncd", "UTF-32LE") + std::string("\0\0", 2);
  Diagnostics d;
  EXPECT_FALSE(read_source("t.txt", bytes, d));
  ASSERT_EQ(d.errors(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format(),
            "t.txt:2:3: error: the file ends in the middle of a character: its last 2 bytes are not a whole UTF-32LE "
            "character (4 bytes); the document is skipped: the file is truncated, or not UTF-32LE (name its encoding "
            "in the manifest: encoding = \"...\")");
}

TEST(GuessedEncoding, TheWarningSaysWhereTheFirstNonUtf8ByteIsAndWhatItReadsAs) {
  const std::string text =
      "The committee met on Tuesday and the members discussed the minutes of the previous meeting at length.\n"
      "The secretary read the report of the caf\xE9 owners, which the members approved without any change.\n"
      "Na\xEFve objections were raised, and the chairman closed the meeting at nine o'clock in the evening.\n";
  Diagnostics d;
  auto s = read_source("t.txt", text, d);
  ASSERT_TRUE(s) << all_diagnostics(d);
  ASSERT_EQ(d.items().size(), 1u) << all_diagnostics(d);
  const Diagnostic& w = d.items()[0];
  EXPECT_EQ(w.severity, Severity::Warning);
  EXPECT_EQ(w.pos.line, 2u);
  EXPECT_EQ(w.pos.column, 41u);  // the 41st character
  EXPECT_EQ(w.message.rfind("not UTF-8: read as " + s->encoding + " (detected); the first byte that is not UTF-8, "
                            "0xE9 here, reads as 'é'; if the text reads wrongly",
                            0),
            0u)
      << w.format();
}
