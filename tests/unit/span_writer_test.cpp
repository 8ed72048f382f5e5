// The model as the contract: the annotation passes say what a stretch of
// text is (model/span.hpp); the TEI writer alone says which element and
// attributes it becomes. One example for each kind of span.
#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "model/document.hpp"
#include "tei/writer.hpp"

namespace editio {
namespace {

// The TEI of the one paragraph "text" with `span` over [begin, end): the
// inside of its <p>, as written.
std::string paragraph_with(const std::string& text, std::size_t begin, std::size_t end, SpanKind what) {
  Document doc;
  doc.id = "t";
  doc.lang = "en";
  Block b;
  b.text = text;
  b.anchors.push_back({0, {1, 1}});
  b.spans.push_back(Span{begin, end, std::move(what)});
  doc.blocks.push_back(b);
  Edition ed;
  ed.title = "Test Edition";
  DocumentEntry e;
  e.id = "t";
  e.title = "Test text";
  e.language = "en";
  TeiContext ctx;
  ctx.edition = &ed;
  ctx.entry = &e;
  pugi::xml_document tei;
  build_tei(doc, ctx, tei);
  pugi::xml_node p = tei.select_node("//*[local-name()='p'][@n='1']").node();
  std::ostringstream out;
  for (pugi::xml_node c : p.children()) c.print(out, "", pugi::format_raw);
  return out.str();
}

TEST(SpanWriter, APersonMentionIsAPersNameWithItsRef) {
  EXPECT_EQ(paragraph_with("Then Anna Bell came.", 5, 14, PersonMention{"p-bell"}),
            "Then <persName ref=\"#p-bell\">Anna Bell</persName> came.");
  // a name that could be more than one person: no @ref
  EXPECT_EQ(paragraph_with("Then Bell came.", 5, 9, PersonMention{}), "Then <persName>Bell</persName> came.");
}

TEST(SpanWriter, ADateMentionIsADateWithItsValueInTheOrderOfTheAttributesNames) {
  DateValue v;
  v.when = "1917-05-15";
  v.when_custom = "1917-05-02";
  v.julian = true;
  v.cert = "low";
  EXPECT_EQ(paragraph_with("On May 2 he left.", 3, 8, DateMention{v, "ed"}),
            "On <date calendar=\"#julian\" cert=\"low\" datingMethod=\"#julian\" resp=\"#ed\" when=\"1917-05-15\" "
            "when-custom=\"1917-05-02\">May 2</date> he left.");
}

TEST(SpanWriter, ACorrectionIsAChoiceOfSicAndCorrARegularizationOfOrigAndReg) {
  EXPECT_EQ(paragraph_with("Petrof came.", 0, 6, Correction{"Petrov", "ed", false, "t-c1"}),
            "<choice xml:id=\"t-c1\"><sic>Petrof</sic><corr resp=\"#ed\">Petrov</corr></choice> came.");
  EXPECT_EQ(paragraph_with("The commitee met.", 4, 12, Correction{"committee", "", true, ""}),
            "The <choice><orig>commitee</orig><reg>committee</reg></choice> met.");
}

TEST(SpanWriter, AGapIsAnEmptyGapWithItsReasonAndDescription) {
  EXPECT_EQ(paragraph_with("The text breaks off", 19, 19, Gap{"truncated", "ed", "The page is torn."}),
            "The text breaks off<gap reason=\"truncated\" resp=\"#ed\"><desc>The page is torn.</desc></gap>");
}

TEST(SpanWriter, TheLinesOfLettersAndArchivesHaveTheirElements) {
  EXPECT_EQ(paragraph_with("Moscow, 3 May", 0, 6, PlaceName{}), "<placeName>Moscow</placeName>, 3 May");
  EXPECT_EQ(paragraph_with("File No. 711.221", 9, 16, FileNumber{}), "File No. <idno type=\"file\">711.221</idno>");
  EXPECT_EQ(paragraph_with("GARF. F. 1", 0, 10, ArchivalReference{}), "<idno type=\"shelfmark\">GARF. F. 1</idno>");
  EXPECT_EQ(paragraph_with("Published: Pravda", 11, 17, PublicationReference{}), "Published: <bibl>Pravda</bibl>");
}

TEST(SpanWriter, AnInlineNoteAndAReferenceToANote) {
  EXPECT_EQ(paragraph_with("He (Petrov - AB) came.", 4, 15, InlineNote{"AB"}),
            "He (<note place=\"inline\" resp=\"#AB\" type=\"insertion\">Petrov - AB</note>) came.");
  EXPECT_EQ(paragraph_with("See above [1].", 10, 13, NoteReference{"t-n1"}),
            "See above <ref target=\"#t-n1\" type=\"noteAnchor\">[1]</ref>.");
}

}  // namespace
}  // namespace editio
