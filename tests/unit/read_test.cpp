// Reading: UTF-8 decoding, BOM, line ends, NFC, invalid bytes with positions.
#include <gtest/gtest.h>

#include "read/source.hpp"

using namespace editio;

TEST(Read, DropsBomAndAcceptsCrlf) {
  Diagnostics d;
  auto s = read_source("t.txt", "\xEF\xBB\xBFline one\r\nline two\r\n", d);
  ASSERT_TRUE(s);
  ASSERT_EQ(s->lines.size(), 2u);
  EXPECT_EQ(s->lines[0], "line one");
  EXPECT_EQ(s->lines[1], "line two");
  EXPECT_TRUE(d.empty());
}

TEST(Read, LoneCarriageReturnsEndLines) {
  Diagnostics d;
  auto s = read_source("t.txt", "a\rb", d);
  ASSERT_TRUE(s);
  ASSERT_EQ(s->lines.size(), 2u);
  EXPECT_EQ(s->lines[1], "b");
}

TEST(Read, NormalizesToNfc) {
  Diagnostics d;
  // "й" written as и + combining breve becomes the single code point U+0439.
  auto s = read_source("t.txt", "\xD0\xB8\xCC\x86", d);
  ASSERT_TRUE(s);
  EXPECT_EQ(s->lines[0], "\xD0\xB9");
}

TEST(Read, InvalidUtf8IsAnErrorWithLineAndColumn) {
  Diagnostics d;
  auto s = read_source("bad.txt", "first line\nОк \xFF there\n", d);
  EXPECT_FALSE(s);
  ASSERT_EQ(d.errors(), 1u);
  const Diagnostic& e = d.items()[0];
  EXPECT_EQ(e.file, "bad.txt");
  EXPECT_EQ(e.pos.line, 2u);
  EXPECT_EQ(e.pos.column, 4u);  // after "Ок " (three code points)
  EXPECT_NE(e.message.find("0xFF"), std::string::npos);
  EXPECT_NE(e.message.find("UTF-8"), std::string::npos);
}

TEST(Read, TruncatedSequenceAtEndIsInvalid) {
  Diagnostics d;
  // UTF-8 (valid Cyrillic letters) cut short at the end.
  EXPECT_FALSE(read_source("t.txt", "\xD1\x91\xD0\xB6 abc\xD0", d));
  EXPECT_EQ(d.items().at(0).pos.column, 7u);
}

TEST(Read, OverlongAndSurrogatesAreInvalid) {
  Diagnostics d1, d2;
  // In UTF-8 text (ёжик): an overlong form and an encoded surrogate.
  EXPECT_FALSE(read_source("t.txt", "\xD1\x91\xD0\xB6\xD0\xB8\xD0\xBA \xC0\xAF", d1));
  EXPECT_FALSE(read_source("t.txt", "\xD1\x91\xD0\xB6\xD0\xB8\xD0\xBA \xED\xA0\x80", d2));
  EXPECT_NE(d1.items().at(0).message.find("invalid UTF-8"), std::string::npos);
  EXPECT_NE(d2.items().at(0).message.find("invalid UTF-8"), std::string::npos);
}
