// Segmentation: titles, headings, paragraphs, lists, quotations, note bodies.
#include <gtest/gtest.h>

#include "read/segment.hpp"

using namespace editio;

namespace {

Document seg(const std::string& text) {
  Diagnostics d;
  auto src = read_source("t.txt", text, d);
  Document doc;
  doc.id = "t";
  segment(*src, doc, d);
  return doc;
}

std::vector<BlockKind> kinds(const Document& d) {
  std::vector<BlockKind> k;
  for (const auto& b : d.blocks) k.push_back(b.kind);
  return k;
}

}  // namespace

TEST(Segment, EveryLineIsAParagraphWhenLinesAreNotWrapped) {
  Document d = seg("First paragraph, a long line of prose that goes on.\nSecond paragraph.\n");
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_EQ(d.blocks[1].text, "Second paragraph.");
  EXPECT_EQ(d.blocks[1].position().line, 2u);
}

TEST(Segment, TitleAndChapterHeading) {
  Document d = seg("A Book Title (3)\n\nChapter 7: Two Men Part Ways\n\nText of the chapter.\n");
  ASSERT_EQ(kinds(d), (std::vector<BlockKind>{BlockKind::Title, BlockKind::Heading, BlockKind::Paragraph}));
  EXPECT_EQ(d.blocks[1].division_type, "chapter");
}

TEST(Segment, RussianChapterKeyword) {
  Document d = seg("Вступление к тексту, длинное предложение.\n\nГлава 2\n\nТекст главы.\n");
  EXPECT_EQ(d.blocks[1].kind, BlockKind::Heading);
  EXPECT_EQ(d.blocks[1].division_type, "chapter");
}

TEST(Segment, ShortSentenceIsNotAHeading) {
  Document d = seg("Opening words of the text.\n\nTop secret\n\nHe said so.\n\nNo. 44053\n\nMore text.\n");
  for (const auto& b : d.blocks) EXPECT_NE(b.kind, BlockKind::Heading) << b.text;
}

TEST(Segment, AKeywordOfAnUnnumberedDivisionAloneIsAHeading) {
  Document d = seg("Opening words of the text.\n\nAppendix\n\nText of the appendix.\n\nПриложение\n\nТекст.\n");
  EXPECT_EQ(d.blocks[1].kind, BlockKind::Heading);
  EXPECT_EQ(d.blocks[1].division_type, "appendix");
  EXPECT_EQ(d.blocks[3].kind, BlockKind::Heading);
  // "Chapter" needs its number
  Document c = seg("Opening words of the text.\n\nChapter\n\nText.\n");
  EXPECT_EQ(c.blocks[1].kind, BlockKind::Paragraph);
}

TEST(Segment, ASentenceEndsBehindAQuotationMarkOrABracket) {
  Document d = seg("Opening words of the text.\n\nRepeated to Department of State.”\n\n"
                   "Walker Green. John Black (Consult Brown.)\n\nПередано в Министерство.»\n\nMore text.\n");
  for (const auto& b : d.blocks) EXPECT_NE(b.kind, BlockKind::Heading) << b.text;
}

TEST(Segment, ProseEnumerationAfterColonIsAList) {
  Document d = seg("Он сказал так:\nпервое;\nвторое;\nтретье.\nДалее текст.\n");
  ASSERT_EQ(kinds(d), (std::vector<BlockKind>{BlockKind::Paragraph, BlockKind::ListItem, BlockKind::ListItem,
                                              BlockKind::ListItem, BlockKind::Paragraph}));
}

TEST(Segment, OneLineEndingWithSemicolonIsNotAList) {
  Document d = seg("Intro:\nonly one;\nThen prose.\n");
  for (const auto& b : d.blocks) EXPECT_NE(b.kind, BlockKind::ListItem);
}

TEST(Segment, BulletedLinesAreAListWithoutTheirMarkers) {
  Document d = seg("Items\n\n- apples\n- pears\n");
  ASSERT_GE(d.blocks.size(), 3u);
  EXPECT_EQ(d.blocks[1].kind, BlockKind::ListItem);
  EXPECT_EQ(d.blocks[1].text, "apples");
  EXPECT_EQ(d.blocks[1].label, "-");
  EXPECT_EQ(d.blocks[1].position().column, 3u);
}

TEST(Segment, WholeParagraphInQuotesIsAQuotation) {
  Document d = seg("He claimed:\n\n“I didn’t do anything. I was in prison all the time.”\n\n"
                   "“I’m worried,” he said. “Because.”\n\n«Капитулянты» не отказались от борьбы.\n");
  ASSERT_EQ(d.blocks.size(), 4u);
  EXPECT_EQ(d.blocks[1].kind, BlockKind::Quote);
  EXPECT_EQ(d.blocks[2].kind, BlockKind::Paragraph);  // dialogue with narration
  EXPECT_EQ(d.blocks[3].kind, BlockKind::Paragraph);
}

TEST(Segment, AQuotationFollowedByANoteCallIsStillAQuotation) {
  Document d = seg("He wrote:\n\n“The river is high and the ferry is the only crossing.”[5]\n\n"
                   "«Река разлилась, и паром остался единственной переправой».[6]\n\n"
                   "“Not only,” he said, “a quotation.”[7]\n\n[5] Note.\n\n[6] Примечание.\n\n[7] Note.\n");
  ASSERT_EQ(d.blocks.size(), 4u);
  EXPECT_EQ(d.blocks[1].kind, BlockKind::Quote);
  EXPECT_EQ(d.blocks[2].kind, BlockKind::Quote);
  EXPECT_EQ(d.blocks[3].kind, BlockKind::Paragraph);
}

TEST(Segment, NoteBodiesAreKeptApartAndContinueOverParagraphs) {
  Document d = seg("Text with a call. [1] More text.\n\n[1] First paragraph of the note.\n\n"
                   "Second paragraph of the note.\n\n[2] Another note.\n");
  ASSERT_EQ(d.blocks.size(), 1u);
  ASSERT_EQ(d.notes.size(), 2u);
  EXPECT_EQ(d.notes[0].n, "1");
  ASSERT_EQ(d.notes[0].blocks.size(), 2u);
  EXPECT_EQ(d.notes[0].blocks[0].text, "First paragraph of the note.");
  EXPECT_EQ(d.notes[0].blocks[0].position().column, 5u);
  EXPECT_EQ(d.notes[0].pos.line, 3u);
}

TEST(Segment, HardWrappedTextIsJoinedIntoParagraphs) {
  std::string text =
      "This is a paragraph of prose that has been wrapped at a fixed\n"
      "width, as plain-text files from older archives often are, so that\n"
      "its lines are all of about the same length and continue the sen-\n"
      "tence on the next line.\n\n"
      "A second paragraph follows after a blank line and it is also\n"
      "wrapped at the same width as the first paragraph of the text.\n";
  Document d = seg(text);
  ASSERT_EQ(d.blocks.size(), 2u);
  EXPECT_NE(d.blocks[0].text.find("the sentence on the next line."), std::string::npos);
  EXPECT_EQ(d.blocks[1].position_of(d.blocks[1].text.find("wrapped")).line, 7u);
}

TEST(Segment, WebNavigationAndRepeatedTitleAreOmitted) {
  Document d = seg("Directive letter from somebody\n\nHome | News |  Archive | About\n\n"
                   "Directive letter from somebody\n\nThe text itself begins here.\n");
  // The title the page repeats is the page's title: both lines go (recorded
  // once), with the navigation, in the order they stand.
  ASSERT_EQ(d.omitted.size(), 2u);
  EXPECT_EQ(d.omitted[0], "Directive letter from somebody");
  EXPECT_EQ(d.omitted[1], "Home | News |  Archive | About");
  ASSERT_EQ(d.blocks.size(), 1u);
  EXPECT_EQ(d.blocks[0].kind, BlockKind::Paragraph);
  EXPECT_EQ(d.blocks[0].text, "The text itself begins here.");
}

TEST(Segment, ALineRepeatedBelowTheTextsStartIsTheTextsOwn) {
  // two letters signed by the same hand, the same heading twice: nothing is web chrome
  const std::string body = "The commission examined the accounts of the northern depot and found them wanting.";
  Document d = seg("Minutes of the Board\n\n" + body + "\n\nJohn Green\n\nMinutes of the Board\n\n" + body +
                   "\n\nJohn Green\n");
  EXPECT_TRUE(d.omitted.empty());
  EXPECT_EQ(d.blocks.size(), 6u);
}

TEST(Segment, MarkerAloneOnItsLineTakesTheNextBlockAsItsText) {
  Diagnostics d;
  auto src = read_source("t.txt", "Text with calls [1] and [2] and [3].\n[1]\nFirst note.\n[2] Second note.\n[3]\n", d);
  Document doc;
  doc.id = "t";
  segment(*src, doc, d);
  ASSERT_EQ(doc.notes.size(), 2u);
  EXPECT_EQ(doc.notes[0].n, "1");
  EXPECT_EQ(doc.notes[0].blocks.at(0).text, "First note.");
  EXPECT_EQ(doc.notes[1].n, "2");
  EXPECT_EQ(doc.notes[1].blocks.at(0).text, "Second note.");
  ASSERT_EQ(d.items().size(), 1u);  // [3] has no text
  EXPECT_EQ(d.items()[0].pos.line, 5u);
  EXPECT_NE(d.items()[0].message.find("note marker [3] has no text"), std::string::npos);
}
