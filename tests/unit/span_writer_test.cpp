// The model as the contract: the annotation passes say what a stretch of
// text is (model/span.hpp); the TEI writer alone says which element and
// attributes it becomes. One example for each kind of span.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "model/document.hpp"
#include "tei/writer.hpp"

namespace editio {
namespace {

// The TEI of the one paragraph "text" with `spans` (and the notes their
// NoteCall spans call): the inside of its <p>, as written.
std::string paragraph_with(const std::string& text, std::vector<Span> spans, std::vector<std::string> notes = {}) {
  Document doc;
  doc.id = "t";
  doc.lang = "en";
  Block b;
  b.text = text;
  b.anchors.push_back({0, {1, 1}});
  b.spans = std::move(spans);
  doc.blocks.push_back(b);
  for (std::size_t k = 0; k < notes.size(); ++k) {
    Note n;
    n.n = std::to_string(k + 1);
    n.called = true;
    Block nb;
    nb.text = notes[k];
    n.blocks.push_back(nb);
    doc.notes.push_back(n);
  }
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

// The same with the one span `what` over [begin, end).
std::string paragraph_with(const std::string& text, std::size_t begin, std::size_t end, SpanKind what) {
  return paragraph_with(text, {Span{begin, end, std::move(what)}});
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

// Structured sources (Markdown, HTML, Word, OpenDocument): typography
// and links.
TEST(SpanWriter, AHighlightIsAHiWithItsRend) {
  for (const char* rend : {"italic", "bold", "code", "underline", "strikethrough", "superscript", "subscript",
                           "smallcaps"})
    EXPECT_EQ(paragraph_with("a word here", 2, 6, Highlight{rend}),
              std::string("a <hi rend=\"") + rend + "\">word</hi> here");
}

TEST(SpanWriter, ALinkIsARefWithItsTargetALiteralLinkKeepsItsAddressAsText) {
  EXPECT_EQ(paragraph_with("see the archive now", 4, 15, Link{"https://example.org/a?b=1&c=2", false}),
            "see <ref target=\"https://example.org/a?b=1&amp;c=2\">the archive</ref> now");
  EXPECT_EQ(paragraph_with("at https://example.org/x now", 3, 24, Link{"https://example.org/x", true}),
            "at <ref target=\"https://example.org/x\">https://example.org/x</ref> now");
  // an address as written, made a URI: a space, a quotation mark, a stray %
  EXPECT_EQ(paragraph_with("the file", 4, 8, Link{"my file \"1\".pdf?50%", false}),
            "the <ref target=\"my%20file%20%221%22.pdf?50%25\">file</ref>");
}

TEST(SpanWriter, ALinkToAnAnchorTheDocumentDoesNotHaveKeepsItsWordsWithoutTheLink) {
  EXPECT_EQ(paragraph_with("see above", 4, 9, Link{"#t-p1", false}), "see <ref target=\"#t-p1\">above</ref>");
  EXPECT_EQ(paragraph_with("see the introduction", 8, 20, Link{"#introduction", false}), "see the introduction");
}

TEST(SpanWriter, NamesDatesAndNotesNestInsideHiAndRef) {
  DateValue v;
  v.when = "1937-03-05";
  EXPECT_EQ(paragraph_with("Anna Bell wrote on 5 March 1937.",
                           {Span{0, 32, Highlight{"italic"}}, Span{0, 9, PersonMention{"p-bell"}, 1},
                            Span{19, 31, DateMention{v, ""}, 1}}),
            "<hi rend=\"italic\"><persName ref=\"#p-bell\">Anna Bell</persName> wrote on "
            "<date when=\"1937-03-05\">5 March 1937</date>.</hi>");
  EXPECT_EQ(paragraph_with("the page of Bell",
                           {Span{0, 16, Link{"https://example.org/bell", false}}, Span{12, 16, PersonMention{}, 1}}),
            "<ref target=\"https://example.org/bell\">the page of <persName>Bell</persName></ref>");
}

// A structured reader's note call is an empty NoteCall span where the call
// stands: the writer puts the note there, inside the emphasis it stands in,
// at the end of the block, and before (not inside) a span that starts there.
TEST(SpanWriter, AnEmptyNoteCallIsTheNoteAtItsPoint) {
  const std::string note = "<note place=\"foot\" n=\"1\" xml:id=\"t-n1\"><p>A note.</p></note>";
  EXPECT_EQ(paragraph_with("It ends.", {Span{8, 8, NoteCall{0}}}, {"A note."}), "It ends." + note);
  EXPECT_EQ(paragraph_with("a word here", {Span{2, 11, Highlight{"italic"}}, Span{6, 6, NoteCall{0}}}, {"A note."}),
            "a <hi rend=\"italic\">word" + note + " here</hi>");
  EXPECT_EQ(paragraph_with("a word", {Span{2, 6, Highlight{"bold"}}, Span{6, 6, NoteCall{0}}}, {"A note."}),
            "a <hi rend=\"bold\">word</hi>" + note);
  EXPECT_EQ(paragraph_with("a word", {Span{2, 2, NoteCall{0}}, Span{2, 6, Highlight{"bold"}}}, {"A note."}),
            "a " + note + "<hi rend=\"bold\">word</hi>");
}

}  // namespace
}  // namespace editio
