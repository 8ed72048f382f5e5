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
  EXPECT_EQ(s.kind, SpanKind::NoteCall);
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

TEST(Notes, DuplicatedNumberIsWarnedAndBothBodiesPaired) {
  Linked l = link("A [1] and B [1].\n\n[1] First.\n\n[1] Second.\n");
  EXPECT_EQ(l.doc.blocks[0].spans.size(), 2u);
  EXPECT_TRUE(l.doc.notes[0].called);
  EXPECT_TRUE(l.doc.notes[1].called);
  EXPECT_EQ(l.diags.warnings(), 1u);
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
