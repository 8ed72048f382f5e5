// The apparatus: an alignment table of witnesses becomes Variant spans on the
// base's blocks (annotate/apparatus), the editor's [[reading]] entries change
// them, and the TEI writer makes them <app> with <lem> and <rdg>. Tables are
// built by hand here, so these tests do not depend on the aligner; the round
// trip test runs the real collate::align.
#include <gtest/gtest.h>

#include <filesystem>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "annotate/apparatus.hpp"

#include "convert/pipeline.hpp"
#include "corpus/tei_text.hpp"
#include "site/passages.hpp"
#include "test_files.hpp"
#include "annotate/editorial.hpp"
#include "model/document.hpp"
#include "tei/writer.hpp"

namespace editio {
namespace {

using collate::kGap;

constexpr std::size_t G = kGap;

Document doc_of(const std::vector<std::string>& blocks) {
  Document doc;
  doc.id = "t";
  doc.lang = "en";
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    Block b;
    b.text = blocks[k];
    b.anchors.push_back({0, {static_cast<std::uint32_t>(k + 1), 1}});
    doc.blocks.push_back(b);
  }
  return doc;
}

collate::Column col(std::vector<std::size_t> cells, std::vector<int> moved = {}) {
  collate::Column c;
  if (moved.empty()) moved.assign(cells.size(), -1);
  c.cells = std::move(cells);
  c.moved = std::move(moved);
  return c;
}

// A witness's tokens, as the apparatus takes them.
std::vector<collate::Token> tokens(const std::string& text) { return collate::tokenize(text); }

// The Variant spans of the document, in block order.
std::vector<std::pair<std::size_t, Span>> variants(const Document& doc) {
  std::vector<std::pair<std::size_t, Span>> out;
  for (std::size_t k = 0; k < doc.blocks.size(); ++k)
    for (const Span& s : doc.blocks[k].spans)
      if (s.is<Variant>()) out.push_back({k, s});
  return out;
}

std::string spanned(const Document& doc, std::size_t block, const Span& s) {
  return doc.blocks[block].text.substr(s.begin, s.end - s.begin);
}

Edition test_edition() {
  Edition ed;
  ed.title = "Test Edition";
  ed.editors.push_back({"ed", "The editor", "editor"});
  return ed;
}

// The TEI of the document (the witnesses A, B, C... of the test).
std::string tei_of(const Document& doc, pugi::xml_document& tei) {
  static const Edition ed = test_edition();
  DocumentEntry e;
  e.id = "t";
  e.title = "Test text";
  e.language = "en";
  for (const char* w : {"A", "B", "C"}) {
    Witness wit;
    wit.id = wit.siglum = w;
    e.witnesses.push_back(wit);
  }
  TeiContext ctx;
  ctx.edition = &ed;
  ctx.entry = &e;
  build_tei(doc, ctx, tei);
  std::ostringstream out;
  tei.print(out, "", pugi::format_raw);
  return out.str();
}

// The inside of paragraph n as written.
std::string paragraph(const Document& doc, int n) {
  pugi::xml_document tei;
  tei_of(doc, tei);
  pugi::xml_node p = tei.select_node(("//*[local-name()='p'][@n='" + std::to_string(n) + "']").c_str()).node();
  std::ostringstream out;
  for (pugi::xml_node c : p.children()) c.print(out, "", pugi::format_raw);
  return out.str();
}

TEST(Apparatus, BaseTokensLeaveOutNoteCalls) {
  Document doc = doc_of({"the cat[1] sat."});
  doc.notes.push_back({});
  doc.blocks[0].spans.push_back(Span{7, 10, NoteCall{0}});
  std::vector<std::string> texts;
  for (const auto& t : base_tokens(doc)) texts.push_back(t.token.text);
  EXPECT_EQ(texts, (std::vector<std::string>{"the", "cat", "sat", "."}));
  EXPECT_EQ(witness_text(doc), "the cat sat.");
  EXPECT_EQ(witness_text(doc_of({"one two", "three"})), "one two\n\nthree");
}

TEST(Apparatus, ASubstitutionIsOneVariantOverTheBasesWords) {
  Document doc = doc_of({"the black cat sat"});
  collate::Table t{{col({0, 0}), col({1, 1}), col({2, 2}), col({3, 3})}};
  mark_variants(doc, base_tokens(doc), {tokens("the white cat sat")}, t, {"A", "B"}, {0, 1});
  auto v = variants(doc);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(spanned(doc, 0, v[0].second), "black");
  const Variant& var = *v[0].second.as<Variant>();
  EXPECT_EQ(var.id, "app-1");
  EXPECT_EQ(var.lemma_wits, (std::vector<std::string>{"A"}));
  ASSERT_EQ(var.readings.size(), 1u);
  EXPECT_EQ(var.readings[0].text, "white");
  EXPECT_EQ(var.readings[0].type, "substitution");
  EXPECT_EQ(var.type, "substitution");
  EXPECT_EQ(paragraph(doc, 1), "the <app xml:id=\"app-1\" type=\"substitution\"><lem wit=\"#A\">black</lem>"
                               "<rdg wit=\"#B\" type=\"substitution\">white</rdg></app> cat sat");
}

TEST(Apparatus, ReadingsAreGroupedByTextInListWitOrder) {
  // rows: A (base), C, B; listWit order A, B, C
  Document doc = doc_of({"a parent ."});
  collate::Table t{{col({0, 0, 0}), col({1, 1, 1}), col({2, 2, 2})}};
  mark_variants(doc, base_tokens(doc), {tokens("a parents ."), tokens("a parents .")}, t, {"A", "C", "B"}, {0, 2, 1});
  auto v = variants(doc);
  ASSERT_EQ(v.size(), 1u);
  const Variant& var = *v[0].second.as<Variant>();
  ASSERT_EQ(var.readings.size(), 1u);
  EXPECT_EQ(var.readings[0].wits, (std::vector<std::string>{"B", "C"}));
  EXPECT_EQ(paragraph(doc, 1), "a <app xml:id=\"app-1\" type=\"substitution\"><lem wit=\"#A\">parent</lem>"
                               "<rdg wit=\"#B #C\" type=\"substitution\">parents</rdg></app> .");
}

TEST(Apparatus, AdditionOmissionAndTheirEmptyElements) {
  // A: "I find the duck", B: "Thus I find duck", C: "thus I find the duck"
  Document doc = doc_of({"I find the duck"});
  collate::Table t{{col({G, 0, 0}), col({0, 1, 1}), col({1, 2, 2}), col({2, G, 3}), col({3, 3, 4})}};
  mark_variants(doc, base_tokens(doc), {tokens("Thus I find duck"), tokens("thus I find the duck")}, t,
                {"A", "B", "C"}, {0, 1, 2});
  auto v = variants(doc);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].second.begin, 0u);
  EXPECT_EQ(v[0].second.end, 0u);
  EXPECT_EQ(spanned(doc, 0, v[1].second), "the");
  EXPECT_EQ(paragraph(doc, 1),
            "<app xml:id=\"app-1\" type=\"addition\"><lem wit=\"#A\"/><rdg wit=\"#B\" type=\"addition\">Thus</rdg>"
            "<rdg wit=\"#C\" type=\"addition\">thus</rdg></app> I find "
            "<app xml:id=\"app-2\" type=\"omission\"><lem wit=\"#A #C\">the</lem><rdg wit=\"#B\" type=\"omission\"/>"
            "</app> duck");
}

TEST(Apparatus, OrthographicAndPunctuationVariants) {
  // B: punctuation; C: the case of a word, and "to day" written as one word
  Document doc = doc_of({"the Wild duck; to day"});
  collate::Table t{{col({0, 0, 0}), col({1, 1, 1}), col({2, 2, 2}), col({3, 3, 3}), col({4, 4, 4}),
                    col({5, 5, G})}};
  mark_variants(doc, base_tokens(doc), {tokens("the Wild duck, to day"), tokens("the wild duck; today")}, t,
                {"A", "B", "C"}, {0, 1, 2});
  auto v = variants(doc);
  ASSERT_EQ(v.size(), 3u);
  EXPECT_EQ(spanned(doc, 0, v[0].second), "Wild");
  EXPECT_EQ(v[0].second.as<Variant>()->type, "orthographic");
  EXPECT_EQ(v[0].second.as<Variant>()->lemma_wits, (std::vector<std::string>{"A", "B"}));
  EXPECT_EQ(spanned(doc, 0, v[1].second), ";");
  EXPECT_EQ(v[1].second.as<Variant>()->type, "punctuation");
  EXPECT_EQ(v[1].second.as<Variant>()->lemma_wits, (std::vector<std::string>{"A", "C"}));
  EXPECT_EQ(spanned(doc, 0, v[2].second), "to day");
  EXPECT_EQ(v[2].second.as<Variant>()->readings[0].text, "today");
  EXPECT_EQ(v[2].second.as<Variant>()->type, "orthographic");
}

TEST(Apparatus, APlaceAcrossABlockBoundaryIsSplit) {
  Document doc = doc_of({"one two", "three four"});
  // B: "one TWO THREE four" -> the place "two three" crosses the blocks
  collate::Table t{{col({0, 0}), col({1, 1}), col({2, 2}), col({3, 3})}};
  mark_variants(doc, base_tokens(doc), {tokens("one TOO TREE four")}, t, {"A", "B"}, {0, 1});
  auto v = variants(doc);
  ASSERT_EQ(v.size(), 2u);
  EXPECT_EQ(v[0].first, 0u);
  EXPECT_EQ(spanned(doc, 0, v[0].second), "two");
  EXPECT_EQ(v[0].second.as<Variant>()->readings[0].text, "TOO");
  EXPECT_EQ(v[1].first, 1u);
  EXPECT_EQ(spanned(doc, 1, v[1].second), "three");
  EXPECT_EQ(v[1].second.as<Variant>()->readings[0].text, "TREE");
  EXPECT_EQ(v[1].second.as<Variant>()->id, "app-2");
  EXPECT_EQ(paragraph(doc, 2), "<app xml:id=\"app-2\" type=\"substitution\"><lem wit=\"#A\">three</lem>"
                               "<rdg wit=\"#B\" type=\"substitution\">TREE</rdg></app> four");
}

TEST(Apparatus, AnAdditionAtABlocksEndStaysInThatBlock) {
  Document doc = doc_of({"one two", "three"});
  collate::Table t{{col({0, 0}), col({1, 1}), col({G, 2}), col({2, 3})}};
  mark_variants(doc, base_tokens(doc), {tokens("one two more three")}, t, {"A", "B"}, {0, 1});
  auto v = variants(doc);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].first, 0u);
  EXPECT_EQ(v[0].second.begin, 7u);
  EXPECT_EQ(paragraph(doc, 1), "one two <app xml:id=\"app-1\" type=\"addition\"><lem wit=\"#A\"/>"
                               "<rdg wit=\"#B\" type=\"addition\">more</rdg></app>");
}

TEST(Apparatus, WordsAWitnessStartsAParagraphWithGoToTheNextBlock) {
  Document doc = doc_of({"one two", "three"});
  collate::Table t{{col({0, 0}), col({1, 1}), col({G, 2}), col({2, 3})}};
  mark_variants(doc, base_tokens(doc), {tokens("one two\n\nThus three")}, t, {"A", "B"}, {0, 1});
  auto v = variants(doc);
  ASSERT_EQ(v.size(), 1u);
  EXPECT_EQ(v[0].first, 1u);
  EXPECT_EQ(paragraph(doc, 2), "<app xml:id=\"app-1\" type=\"addition\"><lem wit=\"#A\"/>"
                               "<rdg wit=\"#B\" type=\"addition\">Thus</rdg></app> three");
}

TEST(Apparatus, AnAdditionRightBeforeAPlaceIsOnePlaceWithIt) {
  // A: "more wing", B: "; wing" (more -> ;), C: "flying more wing": two places with nothing of the base between
  // them would give C "flyingmore"; they are one place, whose readings keep each witness's words apart
  Document doc = doc_of({"more wing"});
  collate::Table t{{col({G, G, 0}), col({0, 0, 1}), col({1, 1, 2})}};
  mark_variants(doc, base_tokens(doc), {tokens("; wing"), tokens("flying more wing")}, t, {"A", "B", "C"}, {0, 1, 2});
  ASSERT_EQ(variants(doc).size(), 1u);
  EXPECT_EQ(paragraph(doc, 1), "<app xml:id=\"app-1\" type=\"substitution\"><lem wit=\"#A\">more</lem>"
                               "<rdg wit=\"#B\" type=\"substitution\">;</rdg>"
                               "<rdg wit=\"#C\" type=\"substitution\">flying more</rdg></app> wing");
}

TEST(Apparatus, ATranspositionLinksBothPlaces) {
  // A: "a b c d", B: "a d b c": B's "d" moved (transposition 0)
  Document doc = doc_of({"a b c d"});
  collate::Table t{{col({0, 0}), col({G, 1}, {-1, 0}), col({1, 2}), col({2, 3}), col({3, G}, {0, -1})}};
  mark_variants(doc, base_tokens(doc), {tokens("a d b c")}, t, {"A", "B"}, {0, 1});
  auto v = variants(doc);
  ASSERT_EQ(v.size(), 2u);
  const Variant& first = *v[0].second.as<Variant>();
  const Variant& second = *v[1].second.as<Variant>();
  EXPECT_EQ(first.type, "transposition");
  EXPECT_EQ(second.type, "transposition");
  EXPECT_EQ(first.transposed_with, "app-2");
  EXPECT_EQ(second.transposed_with, "app-1");
  EXPECT_EQ(paragraph(doc, 1),
            "a <app xml:id=\"app-1\" type=\"transposition\" corresp=\"#app-2\"><lem wit=\"#A\"/>"
            "<rdg wit=\"#B\" type=\"transposition\">d</rdg></app> b c "
            "<app xml:id=\"app-2\" type=\"transposition\" corresp=\"#app-1\"><lem wit=\"#A\">d</lem>"
            "<rdg wit=\"#B\" type=\"transposition\"/></app>");
}

TEST(Apparatus, NamesInsideTheBasesReadingStayTagged) {
  Document doc = doc_of({"then Anna Bell came"});
  collate::Table t{{col({0, 0}), col({1, G}), col({2, G}), col({G, 1}), col({3, 2})}};
  mark_variants(doc, base_tokens(doc), {tokens("then she came")}, t, {"A", "B"}, {0, 1});
  doc.blocks[0].spans.push_back(Span{5, 14, PersonMention{"p-bell"}});
  EXPECT_EQ(paragraph(doc, 1), "then <app xml:id=\"app-1\" type=\"substitution\"><lem wit=\"#A\"><persName "
                               "ref=\"#p-bell\">Anna Bell</persName></lem><rdg wit=\"#B\" type=\"substitution\">she</rdg>"
                               "</app> came");
}

TEST(Apparatus, APlaceThatWouldCrossEmphasisTakesItIn) {
  Document doc = doc_of({"a very good day"});
  doc.blocks[0].spans.push_back(Span{7, 15, Highlight{"italic"}});
  collate::Table t{{col({0, 0}), col({1, 1}), col({2, 2}), col({3, 3})}};
  mark_variants(doc, base_tokens(doc), {tokens("a so fine day")}, t, {"A", "B"}, {0, 1});
  EXPECT_EQ(paragraph(doc, 1), "a <app xml:id=\"app-1\" type=\"substitution\"><lem wit=\"#A\">very <hi "
                               "rend=\"italic\">good day</hi></lem><rdg wit=\"#B\" type=\"substitution\">so fine "
                               "day</rdg></app>");
}

EditorialReading reading_entry(const std::string& text, const std::string& lemma, int line = 7) {
  EditorialReading e;
  e.at.document = "t";
  e.at.text = text;
  e.lemma = lemma;
  e.pos = {static_cast<std::uint32_t>(line), 1};
  e.lemma_pos = {static_cast<std::uint32_t>(line + 1), 9};
  return e;
}

TEST(Apparatus, AReadingEntryMakesAnotherWitnessTheLemma) {
  Document doc = doc_of({"the black cat"});
  collate::Table t{{col({0, 0, 0}), col({1, 1, 1}), col({2, 2, 2})}};
  mark_variants(doc, base_tokens(doc), {tokens("the white cat"), tokens("the black cat")}, t, {"A", "B", "C"},
                {0, 1, 2});
  EditorialLayer layer;
  layer.path = "editorial.toml";
  EditorialReading e = reading_entry("black", "B");
  e.reason = "B is the author's correction.";
  layer.readings.push_back(e);
  Diagnostics diags;
  apply_editorial_readings(doc, layer, "ed", diags);
  apply_editorial_changes(doc, layer, "ed", diags);
  EXPECT_TRUE(diags.items().empty());
  const Variant v = *variants(doc)[0].second.as<Variant>();  // a copy: variants() returns a temporary
  EXPECT_EQ(v.lemma_reading, 0);
  EXPECT_EQ(v.resp, "ed");
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_EQ(doc.notes[0].target, "app-1");
  EXPECT_EQ(doc.notes[0].n, "a");
  EXPECT_EQ(paragraph(doc, 1),
            "the <app xml:id=\"app-1\" type=\"substitution\"><lem wit=\"#B\" resp=\"#ed\">white</lem>"
            "<rdg wit=\"#A #C\" type=\"substitution\">black</rdg></app><note type=\"editorial\" place=\"foot\" "
            "n=\"a\" resp=\"#ed\" target=\"#app-1\" xml:id=\"t-ea\"><p>B is the author's correction.</p></note> cat");
}

TEST(Apparatus, AReadingEntryByTheWordsOfAnAdditionAndWithAType) {
  Document doc = doc_of({"I find"});
  collate::Table t{{col({G, 0}), col({0, 1}), col({1, 2})}};
  mark_variants(doc, base_tokens(doc), {tokens("Thus I find")}, t, {"A", "B"}, {0, 1});
  EditorialLayer layer;
  layer.path = "editorial.toml";
  EditorialReading e = reading_entry("", "");
  e.reading = "Thus";
  e.type = "punctuation";
  layer.readings.push_back(e);
  Diagnostics diags;
  apply_editorial_readings(doc, layer, "ed", diags);
  EXPECT_TRUE(diags.items().empty());
  const Variant v = *variants(doc)[0].second.as<Variant>();  // a copy: variants() returns a temporary
  EXPECT_EQ(v.type, "punctuation");
  EXPECT_EQ(v.readings[0].type, "punctuation");
  EXPECT_EQ(v.resp, "ed");
}

TEST(Apparatus, AReadingEntryThatMatchesNoPlaceIsWarnedAboutAtItsLine) {
  Document doc = doc_of({"the black cat"});
  collate::Table t{{col({0, 0}), col({1, 1}), col({2, 2})}};
  mark_variants(doc, base_tokens(doc), {tokens("the white cat")}, t, {"A", "B"}, {0, 1});
  EditorialLayer layer;
  layer.path = "editorial.toml";
  layer.readings.push_back(reading_entry("cat", "", 4));      // the witnesses agree there
  layer.readings.push_back(reading_entry("dog", "", 9));      // not in the text
  layer.readings.push_back(reading_entry("black", "Z", 12));  // no such witness
  EditorialReading add = reading_entry("", "", 20);
  add.reading = "grey";  // no witness reads it
  layer.readings.push_back(add);
  Diagnostics diags;
  apply_editorial_readings(doc, layer, "ed", diags);
  ASSERT_EQ(diags.items().size(), 4u);
  EXPECT_EQ(diags.items()[0].file, "editorial.toml");
  EXPECT_EQ(diags.items()[0].pos.line, 4u);
  EXPECT_NE(diags.items()[0].message.find("no place of variation"), std::string::npos);
  EXPECT_EQ(diags.items()[1].pos.line, 9u);
  EXPECT_NE(diags.items()[1].message.find("not in t"), std::string::npos);
  EXPECT_EQ(diags.items()[2].pos.line, 13u);  // at lemma =
  EXPECT_NE(diags.items()[2].message.find("'Z' is not a witness"), std::string::npos);
  EXPECT_EQ(diags.items()[3].pos.line, 20u);
  const Variant v = *variants(doc)[0].second.as<Variant>();  // a copy: variants() returns a temporary
  EXPECT_EQ(v.lemma_reading, -1);
  EXPECT_TRUE(v.resp.empty());
}

// Witness W's text read back from the TEI: the text outside apps, and in
// each app the lem or rdg whose @wit names W; notes left out.
void read_back(pugi::xml_node node, const std::string& w, std::string& out) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_pcdata) {
      out += c.value();
    } else if (std::string(c.name()) == "app") {
      for (pugi::xml_node r : c.children()) {
        const std::string wit = " " + std::string(r.attribute("wit").value()) + " ";
        if (wit.find(" #" + w + " ") != std::string::npos) {
          read_back(r, w, out);  // no space added: the TEI itself must keep each witness's words apart
        }
      }
    } else if (std::string(c.name()) != "note") {
      read_back(c, w, out);
    }
  }
}

std::vector<std::string> texts_of(const std::vector<collate::Token>& toks) {
  std::vector<std::string> out;
  for (const auto& t : toks) out.push_back(t.text);
  return out;
}

// A random text and its variants: words replaced, left out, added, moved,
// spelled in other case, punctuation changed.
std::vector<std::string> random_witnesses(std::mt19937& rng, std::size_t count) {
  static const std::vector<std::string> words = {"the", "duck", "wing", "bones", "weigh", "less", "wild", "domestic",
                                                 "habit", "flying", ",", ";", ".", "Duck", "more"};
  auto pick = [&](std::size_t n) { return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); };
  std::vector<std::string> base;
  for (std::size_t k = 0; k < 12 + pick(10); ++k) base.push_back(words[pick(words.size())]);
  std::vector<std::string> out;
  for (std::size_t w = 0; w < count; ++w) {
    std::vector<std::string> v = base;
    if (w > 0)
      for (std::size_t edits = 1 + pick(5); edits-- > 0 && !v.empty();) {
        const std::size_t at = pick(v.size());
        switch (pick(4)) {
          case 0: v[at] = words[pick(words.size())]; break;
          case 1: v.erase(v.begin() + static_cast<std::ptrdiff_t>(at)); break;
          case 2: v.insert(v.begin() + static_cast<std::ptrdiff_t>(at), words[pick(words.size())]); break;
          default: std::swap(v[at], v[pick(v.size())]);
        }
      }
    std::string text;  // a witness's paragraphs: a blank line between them
    const std::size_t paragraph = w > 0 ? pick(v.size() + 1) : v.size();
    for (std::size_t k = 0; k < v.size(); ++k) text += (k == 0 ? "" : k == paragraph ? "\n\n" : " ") + v[k];
    out.push_back(text);
  }
  return out;
}

TEST(Apparatus, EveryWitnessReadsBackFromTheTeiTokenForToken) {
  std::mt19937 rng(25);
  for (int round = 0; round < 500; ++round) {
    const std::size_t count = 2 + static_cast<std::size_t>(round % 2);
    const std::vector<std::string> texts = random_witnesses(rng, count);
    // the base in three blocks, cut at word boundaries
    const std::vector<collate::Token> base = tokens(texts[0]);
    const std::size_t cut1 = base[base.size() / 3].begin, cut2 = base[2 * base.size() / 3].begin;
    Document doc = doc_of({texts[0].substr(0, cut1 - 1), texts[0].substr(cut1, cut2 - 1 - cut1), texts[0].substr(cut2)});
    const std::vector<std::string> ids = {"A", "B", "C"};
    annotate_apparatus(doc, {ids.begin(), ids.begin() + static_cast<std::ptrdiff_t>(count)}, 0, texts);
    pugi::xml_document tei;
    tei_of(doc, tei);
    pugi::xml_node body = tei.select_node("//*[local-name()='body']").node();
    for (std::size_t w = 0; w < count; ++w) {
      std::string back;
      for (pugi::xpath_node p : body.select_nodes(".//*[local-name()='p']")) {
        read_back(p.node(), ids[w], back);
        back += ' ';
      }
      EXPECT_EQ(texts_of(tokens(back)), texts_of(tokens(texts[w]))) << "round " << round << ", witness " << ids[w];
    }
  }
}

// An edition of one document with three witnesses, as files.
struct WitnessFiles {
  std::filesystem::path dir = test::temp_dir("apparatus-pipeline");
  Edition edition = test_edition();
  WitnessFiles() {
    edition.manifest_path = (dir / "manifest.toml").string();
    DocumentEntry e;
    e.id = "habit";
    e.title = "Habit";
    e.language = "en";
    const std::vector<std::pair<std::string, std::string>> texts = {
        {"w1", "Habit also has a decided influence.\n\nI find the wild duck.\n\nWritten 3 May 1859."},
        {"w2", "Habit also has a decided influence.\n\nThus I find the wild duck.\n\nWritten 3 May 1859."},
        {"w3", "Changed habits produce an inherited effect.\n\nThus I find the duck.\n\nWritten in the spring."}};
    for (std::size_t k = 0; k < texts.size(); ++k) {
      Witness w;
      w.id = texts[k].first;
      w.file = w.id + ".txt";
      w.path = (dir / w.file).string();
      w.pos = {static_cast<std::uint32_t>(10 + 5 * k), 1};
      w.file_pos = {static_cast<std::uint32_t>(12 + 5 * k), 1};
      test::write(w.path, texts[k].second + "\n");
      e.witnesses.push_back(w);
    }
    e.file = e.witnesses[0].file;
    e.path = e.witnesses[0].path;
    edition.documents.push_back(e);
  }
  ~WitnessFiles() { std::filesystem::remove_all(dir); }
};

TEST(ApparatusPipeline, ADocumentWithWitnessesIsWrittenWithItsApparatus) {
  WitnessFiles f;
  Diagnostics diags;
  Converted c = convert_entry(f.edition, f.edition.documents[0], diags);
  ASSERT_TRUE(c.ok);
  EXPECT_NE(c.tei.find("<lem wit=\"#w1 #w2\">Habit also has a decided influence</lem>"), std::string::npos) << c.tei;
  EXPECT_NE(c.tei.find("<rdg wit=\"#w3\" type=\"substitution\">Changed habits produce an inherited effect</rdg>"),
            std::string::npos)
      << c.tei;
  EXPECT_NE(c.tei.find("<rdg wit=\"#w2 #w3\" type=\"addition\">Thus</rdg>"), std::string::npos) << c.tei;
  EXPECT_NE(c.tei.find("<rdg wit=\"#w3\" type=\"omission\"/>"), std::string::npos) << c.tei;
  // the apparatus comes first: a date in the base's reading is still tagged, inside the lemma
  EXPECT_NE(c.tei.find("<lem wit=\"#w1 #w2\"><date when=\"1859-05-03\">3 May 1859</date></lem>"), std::string::npos)
      << c.tei;
  // the words two witnesses start the second paragraph with stand at its start
  EXPECT_NE(c.tei.find("xml:id=\"habit-p2\"><app xml:id=\"app-2\" type=\"addition\">"), std::string::npos) << c.tei;
}

TEST(ApparatusPipeline, TheSearchAndTheIndexesReadTheLemma) {
  WitnessFiles f;
  Diagnostics diags;
  Converted c = convert_entry(f.edition, f.edition.documents[0], diags);
  ASSERT_TRUE(c.ok);
  std::vector<std::string> texts;
  for (const Passage& p : collect_passages(c.tei, "habit")) texts.push_back(p.text);
  ASSERT_GE(texts.size(), 3u);
  EXPECT_EQ(texts[0], "Habit also has a decided influence.");
  EXPECT_EQ(texts[1], "I find the wild duck.");
  pugi::xml_document tei;
  ASSERT_TRUE(load_written_tei(tei, c.tei));
  EXPECT_EQ(source_reading(tei.select_node("//*[local-name()='p'][@n='2']").node()), " I find the wild duck.");  // with the space the addition before it needs
}

TEST(ApparatusPipeline, AWitnessThatCannotBeReadIsAnErrorAtItsEntry) {
  WitnessFiles f;
  std::filesystem::remove(f.edition.documents[0].witnesses[2].path);
  Diagnostics diags;
  Converted c = convert_entry(f.edition, f.edition.documents[0], diags);
  EXPECT_FALSE(c.ok);
  ASSERT_EQ(diags.items().size(), 1u);
  EXPECT_EQ(diags.items()[0].severity, Severity::Error);
  EXPECT_EQ(diags.items()[0].file, f.edition.manifest_path);
  EXPECT_EQ(diags.items()[0].pos.line, 20u);
  EXPECT_NE(diags.items()[0].message.find("[[document.witness]] 'w3'"), std::string::npos) << diags.items()[0].message;
  EXPECT_NE(diags.items()[0].message.find("does not exist"), std::string::npos);
}

}  // namespace
}  // namespace editio
