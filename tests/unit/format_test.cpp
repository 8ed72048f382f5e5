// Which reader a file needs (read/format): Word and OpenDocument files and
// HTML pages by their content, Markdown by its name, the manifest's name for
// a format; and the signs that a plain-text file is Markdown or HTML written out.
#include <gtest/gtest.h>

#include "read/format.hpp"

using namespace editio;

namespace {

// The first bytes of a ZIP archive whose first entry is `name` (stored), holding `content`.
std::string zip_head(const std::string& name, const std::string& content) {
  std::string h("PK\x03\x04", 4);
  h += std::string(22, '\0');  // version, flags, method, time, date, crc, sizes
  h += static_cast<char>(name.size());
  h += std::string(3, '\0');   // name length (high byte), extra field length
  return h + name + content;
}

}  // namespace

TEST(SourceFormatDetection, WordAndOpenDocumentAreKnownByTheirContentWhateverTheirName) {
  EXPECT_EQ(detect_format("letter.txt", zip_head("[Content_Types].xml", "<Types/>")), SourceFormat::Docx);
  EXPECT_EQ(detect_format("letter", zip_head("word/document.xml", "")), SourceFormat::Docx);
  EXPECT_EQ(detect_format("letter.docx",
                          zip_head("mimetype", "application/vnd.oasis.opendocument.text")),
            SourceFormat::Odt);
}

TEST(SourceFormatDetection, AnHtmlPageIsKnownByItsDoctypeOrRootElement) {
  EXPECT_EQ(detect_format("page.txt", "<!DOCTYPE html>\n<html><body><p>Text</p></body></html>"), SourceFormat::Html);
  EXPECT_EQ(detect_format("page", "\n  <!-- saved copy -->\n<HTML lang=\"ru\">"), SourceFormat::Html);
  EXPECT_EQ(detect_format("page.htm", "Text without tags"), SourceFormat::Html);
  EXPECT_EQ(detect_format("notes.txt", "<b>not a page</b> but a line of text"), SourceFormat::Text);
}

TEST(SourceFormatDetection, MarkdownIsKnownByItsNameOnly) {
  EXPECT_EQ(detect_format("essay.md", "# Title\n\nText."), SourceFormat::Markdown);
  EXPECT_EQ(detect_format("essay.markdown", "Text."), SourceFormat::Markdown);
  EXPECT_EQ(detect_format("essay.txt", "# Title\n\nText."), SourceFormat::Text);
}

TEST(SourceFormatNames, TheManifestNamesAFormatInAFewSpellings) {
  EXPECT_EQ(parse_format_name("markdown"), SourceFormat::Markdown);
  EXPECT_EQ(parse_format_name("MD"), SourceFormat::Markdown);
  EXPECT_EQ(parse_format_name("plain"), SourceFormat::Text);
  EXPECT_EQ(parse_format_name("odt"), SourceFormat::Odt);
  EXPECT_FALSE(parse_format_name("pdf"));
  EXPECT_STREQ(format_name(SourceFormat::Docx), "docx");
}

TEST(LooksStructured, FrontMatterMarksMarkdownAtItsFirstLine) {
  auto look = looks_structured({"---", "title: An essay", "date: 1937-03-05", "---", "", "Text."});
  ASSERT_TRUE(look);
  EXPECT_EQ(look->format, SourceFormat::Markdown);
  EXPECT_EQ(look->pos.line, 1u);
  EXPECT_NE(look->evidence.find("front matter"), std::string::npos);
}

TEST(LooksStructured, AFootnoteDefinitionIsEnoughAndItsPositionIsGiven) {
  auto look = looks_structured({"Text with a call.[^1]", "", "[^1]: The note."});
  ASSERT_TRUE(look);
  EXPECT_EQ(look->format, SourceFormat::Markdown);
  EXPECT_EQ(look->pos.line, 3u);
  EXPECT_EQ(look->pos.column, 1u);
}

TEST(LooksStructured, HtmlTagsMustRecur) {
  EXPECT_FALSE(looks_structured({"He wrote </p> once, by mistake."}));
  auto look = looks_structured({"<p>One</p>", "<p>Two</p>", "<p>Три <em>слова</em></p>"});
  ASSERT_TRUE(look);
  EXPECT_EQ(look->format, SourceFormat::Html);
  EXPECT_EQ(look->pos.line, 1u);
  EXPECT_EQ(look->pos.column, 7u);  // "</p>" after "<p>One"
}

TEST(LooksStructured, PlainTextWithNoteCallsAndDashesIsPlainText) {
  EXPECT_FALSE(looks_structured({"---", "", "The groups. [41] All was known.", "* * *", "[41] See above. (L.S.)",
                                 "# 12 was the cell's number"}));
}
