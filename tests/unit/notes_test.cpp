// Note linking: calls to bodies, attribution by signature, warnings.
#include <gtest/gtest.h>

#include "annotate/notes.hpp"
#include "read/segment.hpp"

using namespace editio;

namespace {

struct Linked {
  Document doc;
  Diagnostics diags;
};

Linked link(const std::string& text, NoteOptions opt = {{{"(L.S.)", "LS"}}, ""}) {
  Linked l;
  auto src = read_source("t.txt", text, l.diags);
  l.doc.id = "t";
  l.doc.source_path = "t.txt";
  segment(*src, l.doc, l.diags);
  link_notes(l.doc, opt, l.diags);
  return l;
}

}  // namespace

TEST(Notes, CallIsLinkedAndSpaceBeforeItAbsorbed) {
  Linked l = link("These groups. [41] All of them.\n\n[41] A note. (L.S.)\n");
  ASSERT_EQ(l.doc.blocks[0].spans.size(), 1u);
  const Span& s = l.doc.blocks[0].spans[0];
  EXPECT_TRUE(s.is<NoteCall>());
  EXPECT_EQ(l.doc.blocks[0].text.substr(s.begin, s.end - s.begin), " [41]");
  EXPECT_TRUE(l.doc.notes[0].called);
  EXPECT_EQ(l.doc.notes[0].resp, "LS");
  EXPECT_EQ(l.doc.notes[0].signature, "(L.S.)");
  EXPECT_EQ(l.diags.warnings(), 0u);
}

TEST(Notes, CallWithoutBodyIsWarnedAndLeftAsText) {
  Linked l = link("One [1] two [2].\n\n[1] Body one.\n");
  EXPECT_EQ(l.doc.blocks[0].spans.size(), 1u);
  ASSERT_EQ(l.diags.warnings(), 1u);
  const Diagnostic& w = l.diags.items()[0];
  EXPECT_EQ(w.pos.line, 1u);
  EXPECT_EQ(w.pos.column, 13u);
  EXPECT_NE(w.message.find("[2]"), std::string::npos);
}

TEST(Notes, BodyWithoutCallIsWarnedAndKept) {
  Linked l = link("No calls here.\n\n[7] Orphan body.\n");
  ASSERT_EQ(l.doc.notes.size(), 1u);
  EXPECT_FALSE(l.doc.notes[0].called);
  ASSERT_EQ(l.diags.warnings(), 1u);
  EXPECT_EQ(l.diags.items()[0].pos.line, 3u);
}

// The note each call of the running text is paired with, in order.
std::vector<std::size_t> called_notes(const Document& doc) {
  std::vector<std::size_t> out;
  for (const Block& b : doc.blocks)
    for (const Span& s : b.spans)
      if (const NoteCall* call = s.as<NoteCall>()) out.push_back(call->note);
  return out;
}

TEST(Notes, NumberingThatStartsAgainPairsCallsWithBodiesInOrder) {
  Linked l = link("First text [1] and [2].\n\nSecond text [1] and [2].\n\n[1] One.\n\n[2] Two.\n\n"
                  "[1] One again.\n\n[2] Two again.\n");
  EXPECT_EQ(called_notes(l.doc), (std::vector<std::size_t>{0, 1, 2, 3}));
  for (const Note& n : l.doc.notes) EXPECT_TRUE(n.called);
  EXPECT_EQ(l.doc.notes[2].n, "1");  // the number as printed
  EXPECT_EQ(l.diags.warnings(), 0u);
}

TEST(Notes, NumberingThatStartsAgainInRussian) {
  Linked l = link("Первая телеграмма [1].\n\nВторая телеграмма [1].\n\n[1] Первое примечание.\n\n"
                  "[1] Второе примечание.\n");
  EXPECT_EQ(called_notes(l.doc), (std::vector<std::size_t>{0, 1}));
  EXPECT_EQ(l.diags.warnings(), 0u);
}

TEST(Notes, ANewSequenceBeforeTheOldOneIsCalledThroughIsWarned) {
  Linked l = link("A [1].\n\nB [1] and [2].\n\n[1] a.\n\n[2] b.\n\n[1] c.\n\n[2] d.\n");
  EXPECT_EQ(called_notes(l.doc), (std::vector<std::size_t>{0, 2, 3}));
  ASSERT_EQ(l.diags.warnings(), 2u);  // the call taken as the next note's, and body [2] of line 7 uncalled
  EXPECT_NE(l.diags.items()[0].message.find("numbering starts again"), std::string::npos);
  EXPECT_EQ(l.diags.items()[0].pos.line, 3u);
  EXPECT_EQ(l.diags.items()[1].pos.line, 7u);
}

TEST(Notes, ASecondCallOfTheSameNoteRefersToIt) {
  Linked l = link("A [1], and B [1] again.\n\n[1] The only note.\n");
  EXPECT_EQ(called_notes(l.doc), (std::vector<std::size_t>{0}));
  ASSERT_EQ(l.doc.blocks[0].spans.size(), 2u);
  const Span& ref = l.doc.blocks[0].spans[1];
  ASSERT_TRUE(ref.is<NoteReference>());
  EXPECT_EQ(l.doc.blocks[0].text.substr(ref.begin, ref.end - ref.begin), "[1]");  // as printed
  EXPECT_EQ(ref.as<NoteReference>()->note_id, "t-n1");
  EXPECT_EQ(l.diags.warnings(), 0u);
}

TEST(Notes, ASecondCallRefersToTheNoteOfItsOwnSequence) {
  Linked l = link("A [1] and B [2].\n\nC [1], D [2] and C again [1].\n\n[1] a.\n\n[2] b.\n\n[1] c.\n\n[2] d.\n");
  EXPECT_EQ(called_notes(l.doc), (std::vector<std::size_t>{0, 1, 2, 3}));
  ASSERT_EQ(l.doc.blocks[1].spans.size(), 3u);
  ASSERT_TRUE(l.doc.blocks[1].spans[2].is<NoteReference>());
  EXPECT_EQ(l.doc.blocks[1].spans[2].as<NoteReference>()->note_id, "t-n1.2");  // note c, not a
  EXPECT_EQ(l.diags.warnings(), 0u);
}

TEST(Notes, BracketedCorrectionsOfANumberAreNotCalls) {
  Linked l = link("Sent at 5 [4] p.m. on May 14, 1923 [1925].[1]\n\n[1] The note.\n\n[4] A note [4].\n");
  EXPECT_EQ(called_notes(l.doc), (std::vector<std::size_t>{0}));
  EXPECT_FALSE(l.doc.notes[1].called);  // "5 [4]" corrects the hour
}

TEST(Notes, BracketedCorrectionsInRussianAreNotCalls) {
  Linked l = link("Отправлено в 5 [4] ч. 14 мая 1923 [1925] г.[1]\n\n[1] Примечание.\n");
  EXPECT_EQ(called_notes(l.doc), (std::vector<std::size_t>{0}));
  EXPECT_EQ(l.diags.warnings(), 0u);
}

TEST(Notes, ACallAfterANumberOfOtherLengthIsACall) {
  Linked l = link("They met in 1917 [3] and parted.\n\n[3] The note.\n");
  EXPECT_EQ(called_notes(l.doc), (std::vector<std::size_t>{0}));
  EXPECT_EQ(l.diags.warnings(), 0u);
}

TEST(Notes, UndeclaredSignatureIsWarned) {
  Linked l = link("Text [1].\n\n[1] Body. (N.N.)\n");
  EXPECT_EQ(l.doc.notes[0].resp, "");
  ASSERT_EQ(l.diags.warnings(), 1u);
  EXPECT_NE(l.diags.items()[0].message.find("(N.N.)"), std::string::npos);
}

TEST(Notes, UnsignedNotesTakeTheDefaultResponsibility) {
  Linked l = link("Text [1].\n\n[1] Body.\n", NoteOptions{{}, "ed"});
  EXPECT_EQ(l.doc.notes[0].resp, "ed");
}

TEST(Notes, BracketedNumbersInATextWithoutNotesAreNotCalls) {
  Linked l = link("See item [3] of the list.\n");
  EXPECT_TRUE(l.doc.blocks[0].spans.empty());
  EXPECT_EQ(l.diags.warnings(), 0u);
}
