// The editor's layer (edition/editorial, annotate/editorial): reading each
// kind of entry and its errors; corrections, regularizations, gaps and the
// editor's notes; the structure entries ([[block]], [[text]]); and the TEI
// they end up in.
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <ostream>
#include <pugixml.hpp>
#include <string>
#include <vector>

#include "annotate/editorial.hpp"
#include "convert/pipeline.hpp"
#include "edition/editorial.hpp"
#include "edition/manifest.hpp"
#include "read/segment.hpp"
#include "read/source.hpp"
#include "read/structure.hpp"
#include "tei/writer.hpp"

using namespace editio;

// Names in the messages of failed expectations.
namespace editio {
static void PrintTo(BlockRole r, std::ostream* os) {
  static const char* const names[] = {"None",      "Dateline", "Reference",  "Classification", "Addressee",
                                      "Salute",    "Signed",   "Postscript", "Address",        "ShelfMark",
                                      "Publication", "Translator", "Headnote"};
  *os << names[static_cast<int>(r)];
}
}  // namespace editio

namespace {

std::string all_diagnostics(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d.items()) s += x.format() + "\n";
  return s;
}

// An editor's layer that must read without any message.
EditorialLayer layer_of(const std::string& toml) {
  Diagnostics d;
  auto layer = parse_editorial("ed.toml", toml, d);
  EXPECT_TRUE(layer.has_value()) << all_diagnostics(d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  return layer ? *layer : EditorialLayer{};
}

// A source segmented into a document "t" (blocks with real source positions).
Document source_doc(const std::string& text) {
  Diagnostics d;
  auto src = read_source("t.txt", text, d);
  Document doc;
  doc.id = std::string("t");  // (GCC 12 warns falsely, -Wrestrict, on assigning the literal here)
  doc.lang = "en";
  doc.source_path = "t.txt";
  if (!src) {
    ADD_FAILURE() << all_diagnostics(d);
    return doc;
  }
  segment(*src, doc, d);
  return doc;
}

std::string covered(const Block& b, const Span& s) { return b.text.substr(s.begin, s.end - s.begin); }

// The spans of one kind (a Correction, a Gap...) in a block.
template <class Kind>
std::vector<const Span*> spans_of(const Block& b) {
  std::vector<const Span*> out;
  for (const auto& s : b.spans)
    if (s.is<Kind>()) out.push_back(&s);
  return out;
}

template <class Kind>
std::size_t count_spans(const Document& doc) {
  std::size_t n = 0;
  for (const auto& b : doc.blocks) n += spans_of<Kind>(b).size();
  return n;
}

// Four paragraphs on the lines 1, 3, 5 and 7.
const std::string kSource =
    "The commission sent Petrof to the depot, and Petrof found the ledger kept twice by the clerks of the board.\n"
    "\n"
    "The clerks said the second ledger was started by the chief, and the chief said nothing about the ledger at all\n"
    "\n"
    "The board decided to close the depot and to send the remaining clerks to the south before the winter came,\n"
    "\n"
    "Nobody knew what the commitee would decide about the depot in the following year, not even the chief himself.\n";

Edition test_edition() {
  Edition ed;
  ed.title = "Test Edition";
  ed.publisher = "Test Publisher";
  ed.licence = "CC0";
  ed.editors.push_back({"ed", "Test Editor", "editor"});
  return ed;
}

struct Result {
  Document doc;
  Diagnostics diags;
  pugi::xml_document tei;
  std::string xml;
};

// The whole pipeline with an editor's layer, and the TEI.
std::unique_ptr<Result> convert(const std::string& text, const std::string& toml) {
  auto r = std::make_unique<Result>();
  Edition ed = test_edition();
  ed.editorial = "ed.toml";
  ed.editorial_layer = layer_of(toml);
  DocumentEntry e;
  e.id = "t";
  e.file = e.path = "t.txt";
  e.title = "Test text";
  e.language = "en";
  auto src = read_source("t.txt", text, r->diags);
  if (!src) {
    ADD_FAILURE() << all_diagnostics(r->diags);
    return r;
  }
  r->doc = prepare_document(*src, ed, e, r->diags, nullptr);
  TeiContext ctx;
  ctx.edition = &ed;
  ctx.entry = &e;
  r->xml = write_tei(r->doc, ctx);
  build_tei(r->doc, ctx, r->tei);
  return r;
}

std::string xstr(const pugi::xml_document& x, const char* xpath) {
  pugi::xpath_node n = x.select_node(xpath);
  if (!n) return "";
  return pugi::xpath_query(".").evaluate_string(n);
}

std::size_t xcount(const pugi::xml_document& x, const char* xpath) { return x.select_nodes(xpath).size(); }

}  // namespace

// --- reading the layer ---------------------------------------------------------

TEST(EditorialLayer, ParsesEveryKindOfEntry) {
  EditorialLayer l = layer_of(R"([[date]]
document = "t"
text = "last spring"
when = "1931-04"

[[correction]]
document = "t"
text = "Petrof"
occurrence = 2
corr = "Petrov"
reason = "A misprint."

[[regularization]]
document = "t"
text = "commitee"
line = 7
reg = "committee"

[[gap]]
document = "t"
line = 5
reason = "illegible"
description = "The lower edge is torn off."

[[gap]]
document = "t"
text = "at all"
none = true

[[note]]
document = "t"
text = "the following year"
note = "The year after the inspection."

[[text]]
document = "t"
text = "Second report follows"
type = "report"
title = "The second report"
sender = "petrov"
addressee = "ivanov"
date = { when = "1931-05-03", text = "3 May 1931" }

[[block]]
document = "t"
line = 3
role = "headnote"
resp = "pub"
)");
  EXPECT_EQ(l.path, "ed.toml");
  ASSERT_EQ(l.dates.size(), 1u);
  EXPECT_EQ(l.dates[0].at.text, "last spring");
  EXPECT_EQ(l.dates[0].value.when, "1931-04");
  EXPECT_EQ(l.dates[0].pos.line, 1u);

  ASSERT_EQ(l.changes.size(), 2u);
  const EditorialChange& c = l.changes[0];
  EXPECT_EQ(c.at.document, "t");
  EXPECT_EQ(c.at.text, "Petrof");
  EXPECT_EQ(c.at.occurrence, 2);
  EXPECT_EQ(c.at.line, 0);
  EXPECT_EQ(c.replacement, "Petrov");
  EXPECT_EQ(c.reason, "A misprint.");
  EXPECT_FALSE(c.regularize);
  EXPECT_EQ(c.pos.line, 6u);
  const EditorialChange& g = l.changes[1];
  EXPECT_TRUE(g.regularize);
  EXPECT_EQ(g.at.text, "commitee");
  EXPECT_EQ(g.at.line, 7);
  EXPECT_EQ(g.replacement, "committee");
  EXPECT_EQ(g.pos.line, 13u);

  ASSERT_EQ(l.gaps.size(), 2u);
  EXPECT_TRUE(l.gaps[0].at.text.empty());
  EXPECT_EQ(l.gaps[0].at.line, 5);
  EXPECT_EQ(l.gaps[0].reason, "illegible");
  EXPECT_EQ(l.gaps[0].description, "The lower edge is torn off.");
  EXPECT_FALSE(l.gaps[0].none);
  EXPECT_TRUE(l.gaps[1].none);
  EXPECT_EQ(l.gaps[1].reason, "truncated");  // the default
  EXPECT_EQ(l.gaps[1].at.text, "at all");

  ASSERT_EQ(l.notes.size(), 1u);
  EXPECT_EQ(l.notes[0].at.text, "the following year");
  EXPECT_EQ(l.notes[0].text, "The year after the inspection.");

  ASSERT_EQ(l.texts.size(), 1u);
  const EditorialText& t = l.texts[0];
  EXPECT_EQ(t.at.text, "Second report follows");
  EXPECT_EQ(t.type, "report");
  EXPECT_EQ(t.title, "The second report");
  EXPECT_EQ(t.sender, "petrov");
  EXPECT_EQ(t.addressee, "ivanov");
  EXPECT_EQ(t.date.when, "1931-05-03");
  EXPECT_EQ(t.date.text, "3 May 1931");

  ASSERT_EQ(l.blocks.size(), 1u);
  EXPECT_EQ(l.blocks[0].at.line, 3);
  EXPECT_TRUE(l.blocks[0].at.text.empty());
  EXPECT_EQ(l.blocks[0].role, "headnote");
  EXPECT_EQ(l.blocks[0].resp, "pub");
  EXPECT_EQ(l.blocks[0].pos.line, 44u);
}

TEST(EditorialLayer, CorrectionWithoutCorrIsAnError) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml", "\n[[correction]]\ndocument = \"t\"\ntext = \"Petrof\"\n", d);
  ASSERT_TRUE(l) << all_diagnostics(d);
  EXPECT_TRUE(l->changes.empty());  // the entry is left out
  ASSERT_EQ(d.errors(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format(), "ed.toml:2:1: error: [[correction]]: missing key 'corr'");
}

TEST(EditorialLayer, GapReasonMustBeOneWord) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml",
                           "[[gap]]\ndocument = \"t\"\nline = 3\n\n[[gap]]\ndocument = \"t\"\nline = 5\n"
                           "reason = \"torn off\"\n",
                           d);
  ASSERT_TRUE(l) << all_diagnostics(d);
  ASSERT_EQ(l->gaps.size(), 1u);  // the bad entry is left out, the good one kept
  EXPECT_EQ(l->gaps[0].at.line, 3);
  ASSERT_EQ(d.errors(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format().rfind("ed.toml:5:1: error: [[gap]]: reason = \"torn off\" must be one word", 0), 0u)
      << d.items()[0].format();
}

TEST(EditorialLayer, BlockRoleMustBeKnown) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml", "[[block]]\ndocument = \"t\"\ntext = \"Dear Anna,\"\nrole = \"greeting\"\n", d);
  ASSERT_TRUE(l) << all_diagnostics(d);
  EXPECT_TRUE(l->blocks.empty());
  ASSERT_EQ(d.errors(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format().rfind("ed.toml:1:1: error: [[block]]: role = \"greeting\" is not one of addressee", 0),
            0u)
      << d.items()[0].format();
}

TEST(EditorialLayer, GapNeedsTextOrLine) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml", "# gaps\n\n[[gap]]\ndocument = \"t\"\nreason = \"truncated\"\n", d);
  ASSERT_TRUE(l) << all_diagnostics(d);
  EXPECT_TRUE(l->gaps.empty());
  ASSERT_EQ(d.errors(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format(),
            "ed.toml:3:1: error: [[gap]] needs text = \"...\" (the words as written) or line = N");
}

TEST(EditorialLayer, CorrectionNeedsText) {
  Diagnostics d;  // a line is not enough for a correction: it needs the words it replaces
  auto l = parse_editorial("ed.toml", "[[correction]]\ndocument = \"t\"\nline = 3\ncorr = \"x\"\n", d);
  ASSERT_TRUE(l) << all_diagnostics(d);
  EXPECT_TRUE(l->changes.empty());
  ASSERT_EQ(d.errors(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format(), "ed.toml:1:1: error: [[correction]]: missing key 'text'");
}

TEST(EditorialLayer, UnknownTableIsAWarning) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml",
                           "[[note]]\ndocument = \"t\"\nline = 3\nnote = \"A note.\"\n\n[[remark]]\ntext = \"x\"\n", d);
  ASSERT_TRUE(l) << all_diagnostics(d);  // still usable
  EXPECT_EQ(l->notes.size(), 1u);
  ASSERT_EQ(d.items().size(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].severity, Severity::Warning);
  EXPECT_EQ(d.items()[0].format().rfind("ed.toml:6:1: warning: unknown table 'remark'", 0), 0u)
      << d.items()[0].format();
}

// --- corrections, regularizations, gaps, notes ------------------------------------------

TEST(EditorialLayer, CorrectionWithAReasonGetsANotePointingToIt) {
  Document doc = source_doc(kSource);
  ASSERT_EQ(doc.blocks.size(), 4u);
  EditorialLayer l = layer_of(R"([[correction]]
document = "t"
text = "Petrof"
occurrence = 2
corr = "Petrov"
reason = "A misprint of the name."
)");
  Diagnostics d;
  apply_editorial_changes(doc, l, "ed", d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  const Block& b = doc.blocks[0];
  auto choices = spans_of<Correction>(b);
  ASSERT_EQ(choices.size(), 1u);
  const Span& c = *choices[0];
  const Correction& correction = *c.as<Correction>();
  // occurrence = 2: the second "Petrof"
  EXPECT_EQ(c.begin, b.text.find("Petrof", b.text.find("Petrof") + 1));
  EXPECT_EQ(covered(b, c), "Petrof");
  EXPECT_EQ(correction.corr, "Petrov");
  EXPECT_EQ(correction.resp, "ed");
  EXPECT_FALSE(correction.regularize);
  EXPECT_FALSE(correction.id.empty());
  // the reason: an editor's note on the correction, called right after it
  ASSERT_EQ(doc.notes.size(), 1u);
  const Note& n = doc.notes[0];
  EXPECT_EQ(n.type, "editorial");
  EXPECT_EQ(n.n, "a");
  EXPECT_EQ(n.target, correction.id);
  EXPECT_EQ(n.resp, "ed");
  EXPECT_TRUE(n.called);
  ASSERT_EQ(n.blocks.size(), 1u);
  EXPECT_EQ(n.blocks[0].text, "A misprint of the name.");
  auto calls = spans_of<NoteCall>(b);
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0]->begin, c.end);
  EXPECT_EQ(calls[0]->end, c.end);  // zero width: nothing of the text is replaced
  EXPECT_EQ(calls[0]->as<NoteCall>()->note, 0u);
  EXPECT_EQ(doc.editor_interventions, 1);
}

TEST(EditorialLayer, CorrectionWithoutAReasonHasNoNote) {
  Document doc = source_doc(kSource);
  EditorialLayer l = layer_of("[[correction]]\ndocument = \"t\"\ntext = \"Petrof\"\noccurrence = 1\ncorr = \"Petrov\"\n");
  Diagnostics d;
  apply_editorial_changes(doc, l, "ed", d);
  auto choices = spans_of<Correction>(doc.blocks[0]);
  ASSERT_EQ(choices.size(), 1u);
  EXPECT_EQ(choices[0]->begin, doc.blocks[0].text.find("Petrof"));  // the first
  EXPECT_TRUE(choices[0]->as<Correction>()->id.empty());
  EXPECT_TRUE(doc.notes.empty());
  EXPECT_TRUE(spans_of<NoteCall>(doc.blocks[0]).empty());
}

TEST(EditorialLayer, RegularizationIsAnOrigRegChoice) {
  Document doc = source_doc(kSource);
  EditorialLayer l = layer_of("[[regularization]]\ndocument = \"t\"\ntext = \"commitee\"\nreg = \"committee\"\n");
  Diagnostics d;
  apply_editorial_changes(doc, l, "ed", d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  auto choices = spans_of<Correction>(doc.blocks[3]);
  ASSERT_EQ(choices.size(), 1u);
  EXPECT_TRUE(choices[0]->as<Correction>()->regularize);
  EXPECT_EQ(covered(doc.blocks[3], *choices[0]), "commitee");
  EXPECT_EQ(choices[0]->as<Correction>()->corr, "committee");
  EXPECT_EQ(choices[0]->as<Correction>()->resp, "ed");
}

TEST(EditorialLayer, EntriesOfOtherDocumentsAreLeftAlone) {
  Document doc = source_doc(kSource);
  EditorialLayer l = layer_of("[[correction]]\ndocument = \"other\"\ntext = \"no such words\"\ncorr = \"x\"\n");
  Diagnostics d;
  apply_editorial_changes(doc, l, "ed", d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  EXPECT_EQ(doc.editor_interventions, 0);
}

TEST(EditorialLayer, TextNotFoundIsWarnedWithTheEntrysLine) {
  Document doc = source_doc(kSource);
  EditorialLayer l = layer_of(R"([[regularization]]
document = "t"
text = "commitee"
reg = "committee"

[[correction]]
document = "t"
text = "not in the text"
corr = "x"
)");
  Diagnostics d;
  apply_editorial_changes(doc, l, "ed", d);
  ASSERT_EQ(d.warnings(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format().rfind(
                "ed.toml:6:1: warning: [[correction]] 'not in the text' is not in t (t.txt): the entry was not applied",
                0),
            0u)
      << d.items()[0].format();
  EXPECT_EQ(count_spans<Correction>(doc), 1u);  // the regularization only
  EXPECT_EQ(doc.editor_interventions, 1);
}

TEST(EditorialLayer, AmbiguousTextIsWarnedAndNothingApplied) {
  Document doc = source_doc(kSource);
  EditorialLayer l = layer_of("[[correction]]\ndocument = \"t\"\ntext = \"the depot\"\ncorr = \"the store\"\n");
  Diagnostics d;
  apply_editorial_changes(doc, l, "ed", d);
  ASSERT_EQ(d.warnings(), 1u) << all_diagnostics(d);
  EXPECT_NE(d.items()[0].format().find("ed.toml:1:1: warning: [[correction]] 'the depot' occurs 3 times in t"),
            std::string::npos)
      << d.items()[0].format();
  EXPECT_NE(d.items()[0].message.find("add line = or occurrence ="), std::string::npos);
  EXPECT_EQ(count_spans<Correction>(doc), 0u);
  EXPECT_EQ(doc.editor_interventions, 0);
}

TEST(EditorialLayer, OccurrenceBeyondTheMatchesIsWarned) {
  Document doc = source_doc(kSource);
  EditorialLayer l = layer_of("[[correction]]\ndocument = \"t\"\ntext = \"Petrof\"\noccurrence = 3\ncorr = \"Petrov\"\n");
  Diagnostics d;
  apply_editorial_changes(doc, l, "ed", d);
  ASSERT_EQ(d.warnings(), 1u) << all_diagnostics(d);
  EXPECT_NE(d.items()[0].message.find("occurrence 3 asked, but it occurs twice in t"), std::string::npos)
      << d.items()[0].format();
  EXPECT_EQ(count_spans<Correction>(doc), 0u);
}

TEST(EditorialLayer, LineRestrictsTheSearch) {
  Document doc = source_doc(kSource);
  EditorialLayer l = layer_of(R"([[correction]]
document = "t"
text = "the depot"
line = 7
corr = "the store"

[[correction]]
document = "t"
text = "the depot"
line = 3
corr = "the store"
)");
  Diagnostics d;
  apply_editorial_changes(doc, l, "ed", d);
  // line 7: the one occurrence there
  auto choices = spans_of<Correction>(doc.blocks[3]);
  ASSERT_EQ(choices.size(), 1u);
  EXPECT_EQ(covered(doc.blocks[3], *choices[0]), "the depot");
  EXPECT_EQ(count_spans<Correction>(doc), 1u);
  // line 3 has no "the depot"
  ASSERT_EQ(d.warnings(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format().rfind("ed.toml:7:1: warning: [[correction]] 'the depot' is not in t on line 3", 0),
            0u)
      << d.items()[0].format();
}

TEST(EditorialLayer, GapByLineAtTheEndOfTheParagraph) {
  Document doc = source_doc(kSource);
  EditorialLayer l = layer_of(R"([[gap]]
document = "t"
line = 3
reason = "illegible"
description = "The lower edge of the page is torn off."
)");
  Diagnostics d;
  apply_editorial_changes(doc, l, "ed", d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  const Block& b = doc.blocks[1];
  ASSERT_EQ(b.position().line, 3u);
  auto gaps = spans_of<Gap>(b);
  ASSERT_EQ(gaps.size(), 1u);
  EXPECT_EQ(gaps[0]->begin, b.text.size());
  EXPECT_EQ(gaps[0]->end, b.text.size());
  EXPECT_EQ(gaps[0]->as<Gap>()->reason, "illegible");
  EXPECT_EQ(gaps[0]->as<Gap>()->resp, "ed");
  EXPECT_EQ(gaps[0]->as<Gap>()->desc, "The lower edge of the page is torn off.");
  EXPECT_EQ(doc.editor_interventions, 1);
  // no other paragraph has one
  for (std::size_t i : {0u, 2u, 3u}) EXPECT_TRUE(spans_of<Gap>(doc.blocks[i]).empty());
  // the gap confirms the break: no suspected truncation for line 3
  Diagnostics t;
  report_truncations(doc, t, "ed.toml");
  for (const auto& x : t.items()) EXPECT_NE(x.pos.line, 3u) << x.format();
}

TEST(EditorialLayer, GapNoneMarksTheParagraphIntact) {
  Document doc = source_doc(kSource);
  {
    Diagnostics t;  // the control: line 5 ends with a comma and is reported
    report_truncations(doc, t, "ed.toml");
    bool line5 = false;
    for (const auto& x : t.items()) line5 = line5 || x.pos.line == 5;
    ASSERT_TRUE(line5) << all_diagnostics(t);
  }
  EditorialLayer l = layer_of("[[gap]]\ndocument = \"t\"\nline = 5\nnone = true\n");
  Diagnostics d;
  apply_editorial_changes(doc, l, "ed", d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  EXPECT_TRUE(doc.blocks[2].intact);
  EXPECT_FALSE(doc.blocks[1].intact);
  EXPECT_TRUE(spans_of<Gap>(doc.blocks[2]).empty());
  Diagnostics t;
  report_truncations(doc, t, "ed.toml");
  for (const auto& x : t.items()) EXPECT_NE(x.pos.line, 5u) << x.format();
}

TEST(EditorialLayer, EditorsNotesAreLetteredInTextOrder) {
  Document doc = source_doc(kSource);
  // in the file: the note on the last paragraph first, the correction of the first paragraph after it
  EditorialLayer l = layer_of(R"([[note]]
document = "t"
text = "the following year"
note = "The year after the inspection."

[[note]]
document = "t"
text = "the second ledger"
note = "The ledger is lost."

[[correction]]
document = "t"
text = "Petrof"
occurrence = 1
corr = "Petrov"
reason = "A misprint."
)");
  Diagnostics d;
  apply_editorial_changes(doc, l, "ed", d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  ASSERT_EQ(doc.notes.size(), 3u);
  auto letter_of = [&](const std::string& text) {
    for (const auto& n : doc.notes)
      if (!n.blocks.empty() && n.blocks[0].text == text) return n.n;
    return std::string("?");
  };
  EXPECT_EQ(letter_of("A misprint."), "a");                     // line 1
  EXPECT_EQ(letter_of("The ledger is lost."), "b");             // line 3
  EXPECT_EQ(letter_of("The year after the inspection."), "c");  // line 7
  // each note is called after its words
  const Block& last = doc.blocks[3];
  auto calls = spans_of<NoteCall>(last);
  ASSERT_EQ(calls.size(), 1u);
  EXPECT_EQ(calls[0]->begin, last.text.find("the following year") + std::string("the following year").size());
  EXPECT_EQ(doc.notes[calls[0]->as<NoteCall>()->note].n, "c");
  EXPECT_TRUE(doc.notes[calls[0]->as<NoteCall>()->note].target.empty());
}

TEST(EditorialLayer, CorrectionCrossingAnotherAnnotationIsNotApplied) {
  Document doc;
  doc.id = "t";
  doc.source_path = "t.txt";
  Block b;
  b.text = "Then Anna Bell came to the depot.";
  b.anchors.push_back({0, {2, 1}});
  const std::size_t at = b.text.find("Anna Bell");
  b.spans.push_back(Span{at, at + std::string("Anna Bell").size(), PersonMention{}});
  doc.blocks.push_back(b);
  EditorialLayer l = layer_of(R"([[correction]]
document = "t"
text = "Bell came"
corr = "Bell went"

[[correction]]
document = "t"
text = "Bell"
corr = "Belle"
)");
  Diagnostics d;
  apply_editorial_changes(doc, l, "ed", d);
  ASSERT_EQ(d.warnings(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format().rfind("ed.toml:1:1: warning: [[correction]] 'Bell came' crosses the boundary of "
                                        "another annotation (a person's name): the entry was not applied",
                                        0),
            0u)
      << d.items()[0].format();
  // the correction inside the name is applied
  auto choices = spans_of<Correction>(doc.blocks[0]);
  ASSERT_EQ(choices.size(), 1u);
  EXPECT_EQ(covered(doc.blocks[0], *choices[0]), "Bell");
  EXPECT_EQ(choices[0]->as<Correction>()->corr, "Belle");
  EXPECT_EQ(doc.editor_interventions, 1);
}

// --- structure entries ------------------------------------------------------------------

TEST(EditorialLayer, BlockSplitsTheAddresseeOffAParagraph) {
  Document doc = source_doc(
      "To the chairman of the board Comrade Ivanov. I report that the depot was inspected and the ledgers were "
      "found in order.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EditorialLayer l = layer_of(
      "[[block]]\ndocument = \"t\"\ntext = \"To the chairman of the board Comrade Ivanov.\"\nrole = \"addressee\"\n");
  Diagnostics d;
  apply_editorial_structure(doc, l, d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "To the chairman of the board Comrade Ivanov.");
  EXPECT_EQ(doc.blocks[0].role, BlockRole::Addressee);
  EXPECT_EQ(doc.blocks[0].position().line, 1u);
  EXPECT_EQ(doc.blocks[0].position().column, 1u);
  EXPECT_EQ(doc.blocks[1].text, "I report that the depot was inspected and the ledgers were found in order.");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::Paragraph);
  EXPECT_EQ(doc.blocks[1].role, BlockRole::None);
  EXPECT_EQ(doc.blocks[1].position().line, 1u);
  EXPECT_EQ(doc.blocks[1].position().column, 46u);  // after the 44 characters and the space
  EXPECT_EQ(doc.editor_interventions, 1);
  // the rules keep the editor's role
  recognize_structure(doc, StructureOptions{"en", {}}, d);
  EXPECT_EQ(doc.blocks[0].role, BlockRole::Addressee);
  EXPECT_EQ(doc.blocks[1].role, BlockRole::None);
}

TEST(EditorialLayer, LineAddressAfterASplitPicksTheBlockEndingOnTheLine) {
  Document doc = source_doc(
      "To the chairman of the board Comrade Ivanov. I report that the depot was inspected and the ledgers were "
      "found in order, and that\n\nThe clerks were questioned about the second ledger of the depot.\n");
  EditorialLayer s = layer_of(
      "[[block]]\ndocument = \"t\"\ntext = \"To the chairman of the board Comrade Ivanov.\"\nrole = \"addressee\"\n");
  Diagnostics d;
  apply_editorial_structure(doc, s, d);
  ASSERT_EQ(doc.blocks.size(), 3u);
  EditorialLayer g = layer_of("[[gap]]\ndocument = \"t\"\nline = 1\ndescription = \"A page is missing.\"\n");
  apply_editorial_changes(doc, g, "ed", d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  // both blocks come from line 1: the gap goes to the one that ends there, not to the addressee
  EXPECT_TRUE(spans_of<Gap>(doc.blocks[0]).empty());
  auto gaps = spans_of<Gap>(doc.blocks[1]);
  ASSERT_EQ(gaps.size(), 1u);
  EXPECT_EQ(gaps[0]->begin, doc.blocks[1].text.size());
  EXPECT_EQ(gaps[0]->as<Gap>()->reason, "truncated");
  EXPECT_TRUE(spans_of<Gap>(doc.blocks[2]).empty());
}

TEST(EditorialLayer, BlockSplitKeepsThePositionsOfAWrappedParagraph) {
  // a hard-wrapped paragraph (lines 1-4) joined into one block
  Document doc = source_doc(
      "To the chairman of the board Comrade Ivanov. I report that the depot was\n"
      "inspected on Monday and that the ledgers of the northern depot were found\n"
      "in order by the commission, which met twice during the week in the office\n"
      "of the board and heard the clerks of the depot\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EditorialLayer l = layer_of(
      "[[block]]\ndocument = \"t\"\ntext = \"To the chairman of the board Comrade Ivanov.\"\nrole = \"addressee\"\n");
  Diagnostics d;
  apply_editorial_structure(doc, l, d);
  ASSERT_EQ(doc.blocks.size(), 2u);
  const Block& rest = doc.blocks[1];
  EXPECT_EQ(rest.position().line, 1u);
  EXPECT_EQ(rest.position().column, 46u);
  const std::size_t at = rest.text.find("inspected");
  ASSERT_NE(at, std::string::npos);
  EXPECT_EQ(rest.position_of(at).line, 2u);
  EXPECT_EQ(rest.position_of(at).column, 1u);
  const std::size_t of = rest.text.find("of the board");
  EXPECT_EQ(rest.position_of(of).line, 4u);
  EXPECT_EQ(rest.position_of(of).column, 1u);
  // entries by line still find the words of later lines
  EditorialLayer g = layer_of("[[correction]]\ndocument = \"t\"\ntext = \"the depot\"\nline = 4\ncorr = \"the store\"\n");
  apply_editorial_changes(doc, g, "ed", d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  auto choices = spans_of<Correction>(rest);
  ASSERT_EQ(choices.size(), 1u);
  EXPECT_EQ(rest.position_of(choices[0]->begin).line, 4u);
}

TEST(EditorialLayer, BlockByLineIsAHeadnoteWithItsResp) {
  auto r = convert("The editors print this report from the copy kept in the archive of the board.\n\n"
                   "The inspector came on Monday and found the ledgers of the northern depot in good order.\n",
                   "[[block]]\ndocument = \"t\"\nline = 1\nrole = \"headnote\"\nresp = \"pub\"\n");
  const Document& doc = r->doc;
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].role, BlockRole::Headnote);
  EXPECT_EQ(doc.blocks[0].resp, "pub");
  EXPECT_EQ(doc.blocks[0].text, "The editors print this report from the copy kept in the archive of the board.");
  EXPECT_EQ(doc.blocks[1].role, BlockRole::None);
  EXPECT_EQ(xstr(r->tei, "/TEI/text/body//note[@type='headnote'][@place='inline'][@resp='#pub']/p"),
            "The editors print this report from the copy kept in the archive of the board.");
  EXPECT_EQ(xcount(r->tei, "/TEI/text/body//note[@type='headnote']"), 1u);
}

TEST(EditorialLayer, TextDeclaresAPartAndSplitsTheParagraph) {
  const std::string toml = R"([[text]]
document = "t"
text = "Second report follows"
type = "report"
title = "The second report"
sender = "petrov"
date = { when = "1931-05-03", text = "3 May 1931" }
)";
  const std::string first = "The inspector came on Monday and found the ledgers of the northern depot in good order.";
  const std::string source =
      first + " Second report follows here: the clerks were questioned about the second ledger.\n";
  {
    // apply_editorial_structure alone
    Document doc = source_doc(source);
    ASSERT_EQ(doc.blocks.size(), 1u);
    Diagnostics d;
    apply_editorial_structure(doc, layer_of(toml), d);
    EXPECT_TRUE(d.empty()) << all_diagnostics(d);
    ASSERT_EQ(doc.blocks.size(), 2u);
    EXPECT_EQ(doc.blocks[0].text, first);
    EXPECT_EQ(doc.blocks[1].text, "Second report follows here: the clerks were questioned about the second ledger.");
    EXPECT_EQ(doc.blocks[1].position().line, 1u);
    EXPECT_EQ(doc.blocks[1].position().column, first.size() + 2);  // after the first sentence and a space
    ASSERT_EQ(doc.parts.size(), 1u);
    const TextPart& p = doc.parts[0];
    EXPECT_EQ(p.first, 1u);
    EXPECT_TRUE(p.declared);
    EXPECT_EQ(p.type, "report");
    EXPECT_EQ(p.title, "The second report");
    EXPECT_EQ(p.sender, "petrov");
    EXPECT_EQ(p.date.when, "1931-05-03");
    EXPECT_EQ(p.date.text, "3 May 1931");
  }
  // the whole pipeline: the rules keep the declared part, the text before it is another
  auto r = convert(source, toml);
  const Document& doc = r->doc;
  ASSERT_EQ(doc.parts.size(), 2u);
  EXPECT_EQ(doc.parts[0].first, 0u);
  EXPECT_FALSE(doc.parts[0].declared);
  EXPECT_EQ(doc.parts[1].first, 1u);
  EXPECT_TRUE(doc.parts[1].declared);
  EXPECT_EQ(doc.parts[1].type, "report");
  const auto& x = r->tei;
  ASSERT_EQ(xcount(x, "/TEI/text/body/div"), 2u);
  EXPECT_EQ(xstr(x, "/TEI/text/body/div[2]/@type"), "report");
  EXPECT_EQ(xstr(x, "/TEI/text/body/div[2]/head[@type='supplied'][@resp='#ed']"), "The second report");
  EXPECT_EQ(xstr(x, "/TEI/text/body/div[2]/opener/dateline/supplied/date[@when='1931-05-03']"), "3 May 1931");
  EXPECT_EQ(xstr(x, "/TEI/text/body/div[2]/p"),
            "Second report follows here: the clerks were questioned about the second ledger.");
}

TEST(EditorialLayer, BlockRoleParagraphKeepsTheRulesOff) {
  // BUG (annotate/editorial.cpp role_of + read/structure.cpp step 1): role =
  // "paragraph" maps to BlockRole::None, which recognize_structure does not
  // count as the editor's role (fixed[i] = role != None), so the rules run
  // over the block again. With the source
  //   <long paragraph> / "Head of the department: Sidorov" / <long paragraph>
  // and [[block]] text = "Head of the department: Sidorov", role = "paragraph",
  // the line still becomes BlockRole::Signed and splits the source into two
  // texts (doc.parts.size() == 2, <closer><signed> in the TEI): the editor
  // cannot overrule a wrong signature, addressee or classification.
  auto r = convert(
      "The commission examined the accounts of the northern depot and found that the grain deliveries were "
      "recorded twice in the spring ledger.\n\n"
      "Head of the department: Sidorov\n\n"
      "The inspector arrived at the depot on the first day of the month and confirmed that the ledger had been "
      "kept by two clerks at once.\n",
      "[[block]]\ndocument = \"t\"\ntext = \"Head of the department: Sidorov\"\nrole = \"paragraph\"\n");
  ASSERT_EQ(r->doc.blocks.size(), 3u);
  EXPECT_EQ(r->doc.blocks[1].role, BlockRole::None);
  EXPECT_LE(r->doc.parts.size(), 1u);
  EXPECT_EQ(xcount(r->tei, "/TEI/text/body//signed"), 0u);
}

// --- end to end ---------------------------------------------------------------------------

TEST(EditorialLayer, EndToEndTei) {
  auto r = convert(kSource, R"([[note]]
document = "t"
text = "the following year"
note = "The year after the inspection."

[[correction]]
document = "t"
text = "Petrof"
occurrence = 2
corr = "Petrov"
reason = "A misprint of the name."

[[regularization]]
document = "t"
text = "commitee"
reg = "committee"

[[gap]]
document = "t"
line = 5
description = "The lower edge of the page is torn off."
)");
  EXPECT_EQ(r->doc.editor_interventions, 4);
  const auto& x = r->tei;
  // the correction and its note
  EXPECT_NE(r->xml.find("<choice xml:id=\"t-c1\"><sic>Petrof</sic><corr resp=\"#ed\">Petrov</corr></choice>"),
            std::string::npos)
      << r->xml;
  EXPECT_EQ(xcount(x, "/TEI/text/body//choice/sic"), 1u);
  EXPECT_EQ(xstr(x, "/TEI/text/body//note[@type='editorial'][@n='a']/@target"), "#t-c1");
  EXPECT_EQ(xstr(x, "/TEI/text/body//note[@type='editorial'][@n='a']/@resp"), "#ed");
  EXPECT_EQ(xstr(x, "/TEI/text/body//note[@type='editorial'][@n='a']/@xml:id"), "t-ea");
  EXPECT_EQ(xstr(x, "/TEI/text/body//note[@type='editorial'][@n='a']"), "A misprint of the name.");
  // the note comes right after the choice it comments on
  EXPECT_EQ(xcount(x, "/TEI/text/body//choice[@xml:id='t-c1']/following-sibling::node()[1]"
                      "[self::note][@type='editorial'][@n='a']"),
            1u);
  // the regularization
  EXPECT_NE(r->xml.find("<choice><orig>commitee</orig><reg resp=\"#ed\">committee</reg></choice>"), std::string::npos)
      << r->xml;
  // the gap, with its default reason, at the end of the paragraph on line 5
  EXPECT_NE(r->xml.find("<gap reason=\"truncated\" resp=\"#ed\"><desc>The lower edge of the page is torn off.</desc>"
                        "</gap></p>"),
            std::string::npos)
      << r->xml;
  EXPECT_EQ(xstr(x, "/TEI/text/body//p[3]/gap/desc"), "The lower edge of the page is torn off.");
  // the editor's note without a correction, lettered after the one before it in the text
  EXPECT_EQ(xstr(x, "/TEI/text/body//note[@type='editorial'][@n='b']"), "The year after the inspection.");
  EXPECT_EQ(xstr(x, "/TEI/text/body//note[@type='editorial'][@n='b']/@target"), "");
  EXPECT_EQ(xcount(x, "/TEI/text/body//note[@type='editorial']"), 2u);
  // the gap confirmed the break of line 5; line 3 (no punctuation at its end) is still reported
  std::size_t truncations = 0;
  for (const auto& d : r->diags.items())
    if (d.message.find("suspected truncation") != std::string::npos) {
      ++truncations;
      EXPECT_EQ(d.pos.line, 3u) << d.format();
    }
  EXPECT_EQ(truncations, 1u) << all_diagnostics(r->diags);
}

// --- the editor's letter lines: applied where a letter has them, else said why ----------

TEST(EditorialLayer, BlockRolesOfALetterApplyAtItsStartAndEnd) {
  Document doc = source_doc(
      "Zenda, May 3, 1901\n\nBrother,\n\nThe commission examined the accounts of the northern depot and found that "
      "the deliveries were recorded twice.\n\nYours ever and always\n\nRudolf\n");
  EditorialLayer l = layer_of(
      "[[block]]\ndocument = \"t\"\ntext = \"Brother,\"\nrole = \"salute\"\n\n"
      "[[block]]\ndocument = \"t\"\ntext = \"Yours ever and always\"\nrole = \"salute\"\n");
  Diagnostics d;
  apply_editorial_structure(doc, l, d);
  StructureOptions o{"en", {}};
  o.editorial_path = "editorial.toml";
  recognize_structure(doc, o, d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  EXPECT_EQ(doc.blocks[1].role, BlockRole::Salute);  // in the opener
  EXPECT_EQ(doc.blocks[3].role, BlockRole::Salute);  // in the closer, above the signature
  EXPECT_EQ(doc.blocks[4].role, BlockRole::Signed);
  EXPECT_EQ(doc.editor_interventions, 2);
}

TEST(EditorialLayer, ALetterLineBetweenParagraphsIsWarnedAtItsEntryAndNotApplied) {
  Document doc = source_doc(
      "The commission examined the accounts of the northern depot and found that the deliveries were recorded "
      "twice.\n\nThe Peter and Paul Fortress\n\nThe inspector arrived at the depot on the first day of the month and "
      "confirmed that the ledger had been kept by two clerks.\n\nYour brother,\n\nF. D.\n");
  EditorialLayer l = layer_of("[[block]]\ndocument = \"t\"\ntext = \"The Peter and Paul Fortress\"\nrole = \"dateline\"\n");
  Diagnostics d;
  apply_editorial_structure(doc, l, d);
  StructureOptions o{"en", {}};
  o.editorial_path = "editorial.toml";
  recognize_structure(doc, o, d);
  ASSERT_EQ(d.items().size(), 1u) << all_diagnostics(d);
  const std::string w = d.items()[0].format();
  EXPECT_NE(w.find("editorial.toml:1:1: warning: [[block]] role = \"dateline\""), std::string::npos) << w;
  EXPECT_NE(w.find("t.txt:3"), std::string::npos) << w;  // where the line stands in the text
  EXPECT_NE(w.find("not applied"), std::string::npos) << w;
  EXPECT_EQ(doc.blocks[1].role, BlockRole::None);  // a paragraph, as the TEI writes it
  EXPECT_EQ(doc.editor_interventions, 0);          // and not counted in editorialDecl
}
