// The collation (collate/collate.hpp): tokenize and normalize in Latin and
// Cyrillic script, the alignment table's invariants, near matching, and
// CollateX's own test cases (tests/collatex/cases.tsv, see LICENSE-NOTE.md
// there) reproduced table for table.
#include "collate/collate.hpp"

#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace editio::collate {
namespace {

std::vector<std::string> texts(const std::vector<Token>& tokens) {
  std::vector<std::string> out;
  for (const Token& t : tokens) out.push_back(t.text);
  return out;
}

std::vector<std::vector<Token>> witnesses(const std::vector<std::string>& texts) {
  std::vector<std::vector<Token>> out;
  for (const std::string& t : texts) out.push_back(tokenize(t));
  return out;
}

// The row of witness k as CollateX's tests print it: |normal|normal| |...|
std::string row(const Table& table, const std::vector<std::vector<Token>>& w, std::size_t k) {
  std::string out = "|";
  for (const Column& c : table.columns) out += (c.cells[k] == kGap ? std::string(" ") : w[k][c.cells[k]].normal) + "|";
  return out;
}

int transpositions(const Table& table) {
  int most = -1;
  for (const Column& c : table.columns)
    for (int m : c.moved) most = std::max(most, m);
  return most + 1;
}

// Every witness's tokens appear in the table in order, each exactly once;
// `variant` says whether the column's normal forms differ or one is missing;
// a transposition's number is found in at least two columns.
void expect_invariants(const Table& table, const std::vector<std::vector<Token>>& w) {
  std::vector<std::size_t> next(w.size(), 0);
  std::vector<int> places(static_cast<std::size_t>(transpositions(table)), 0);
  for (const Column& c : table.columns) {
    ASSERT_EQ(c.cells.size(), w.size());
    ASSERT_EQ(c.moved.size(), w.size());
    bool gap = false, any = false;
    for (std::size_t k = 0; k < w.size(); ++k) {
      if (c.cells[k] == kGap) {
        gap = true;
        continue;
      }
      EXPECT_EQ(c.cells[k], next[k]) << "witness " << k << " out of order";
      next[k] = c.cells[k] + 1;
      any = true;
    }
    EXPECT_TRUE(any) << "an empty column";
    std::vector<std::string> normals;
    for (std::size_t k = 0; k < w.size(); ++k)
      if (c.cells[k] != kGap) normals.push_back(w[k][c.cells[k]].normal);
    const bool differ =
        std::any_of(normals.begin(), normals.end(), [&](const std::string& n) { return n != normals[0]; });
    EXPECT_EQ(c.variant, gap || differ);
    std::vector<int> seen;
    for (int m : c.moved)
      if (m >= 0 && std::find(seen.begin(), seen.end(), m) == seen.end())
        seen.push_back(m), ++places[static_cast<std::size_t>(m)];
  }
  for (std::size_t k = 0; k < w.size(); ++k) EXPECT_EQ(next[k], w[k].size()) << "witness " << k << " lost tokens";
  for (int p : places) EXPECT_GE(p, 2) << "a transposition with one place";
}

TEST(CollateTokenize, WordsWithInnerApostrophesAndHyphensAndPunctuationRuns) {
  const std::vector<Token> t = tokenize("The wild-duck, don't you see?! \u2014 ‘yes’ 1859.");
  EXPECT_EQ(texts(t), (std::vector<std::string>{"The", "wild-duck", ",", "don't", "you", "see", "?!", "\u2014", "‘",
                                                "yes", "’", "1859", "."}));
  EXPECT_EQ(t[0].normal, "the");
  EXPECT_EQ(t[1].begin, 4u);
  EXPECT_EQ(t[1].end, 13u);
  EXPECT_EQ(tokenize("- well -").size(), 3u) << "a hyphen between spaces is punctuation";
  EXPECT_EQ(texts(tokenize("end- of")), (std::vector<std::string>{"end", "-", "of"}));
}

TEST(CollateTokenize, CyrillicWordsAndOffsets) {
  const std::string text = "Дикая утка, — сказал Л.Н. Толстой: «не-пременно».";
  const std::vector<Token> t = tokenize(text);
  EXPECT_EQ(texts(t), (std::vector<std::string>{"Дикая", "утка", ",", "—", "сказал", "Л", ".", "Н", ".", "Толстой", ":",
                                                "«", "не-пременно", "»."}));
  for (const Token& tok : t) EXPECT_EQ(text.substr(tok.begin, tok.end - tok.begin), tok.text);
  EXPECT_EQ(t[0].normal, "дикая");
  EXPECT_EQ(t[9].normal, "толстой");
}

TEST(CollateNormalize, LowerCaseAndNfc) {
  EXPECT_EQ(normalize("Habit"), "habit");
  EXPECT_EQ(normalize("ПРИВЫЧКА"), "привычка");
  EXPECT_EQ(normalize("e\u0301t\u00C9"), "\u00E9t\u00E9") << "decomposed accents composed (NFC)";
  EXPECT_EQ(normalize("\u0419"), normalize("\u0418\u0306")) << "Й precomposed and decomposed compare equal";
  EXPECT_TRUE(is_punctuation(",;"));
  EXPECT_TRUE(is_punctuation("«»"));
  EXPECT_FALSE(is_punctuation("don't"));
  EXPECT_FALSE(is_punctuation("1859"));
}

TEST(CollateNearMatch, LevenshteinRatio) {
  EXPECT_DOUBLE_EQ(levenshtein_ratio("near", "near"), 1.0);
  EXPECT_DOUBLE_EQ(levenshtein_ratio("nar", "near"), 0.75);
  EXPECT_DOUBLE_EQ(levenshtein_ratio("ёж", "еж"), 0.5) << "code points, not bytes";
  EXPECT_DOUBLE_EQ(levenshtein_ratio("abc", "xyz"), 0.0);
}

TEST(CollateNearMatch, ASpellingVariantTakesItsWordsColumnOnlyWithNearMatching) {
  const auto w = witnesses({"a big black cat", "a blak cat"});
  const Table near = align(w);
  expect_invariants(near, w);
  EXPECT_EQ(row(near, w, 0), "|a|big|black|cat|");
  EXPECT_EQ(row(near, w, 1), "|a| |blak|cat|");
  const Table exact = align(w, Options{.near_match = false, .transpositions = true});
  expect_invariants(exact, w);
  EXPECT_EQ(row(exact, w, 1), "|a|blak| |cat|");
}

TEST(CollateAlign, TranspositionsCanBeTurnedOff) {
  const auto w = witnesses({"a b c d", "c d a b"});
  const Table on = align(w);
  expect_invariants(on, w);
  EXPECT_EQ(transpositions(on), 1);
  const Table off = align(w, Options{.near_match = true, .transpositions = false});
  expect_invariants(off, w);
  EXPECT_EQ(transpositions(off), 0);
}

// One common word found far from its place is a chance match (omission and
// addition), not a transposition; a phrase of three words moved as far is one.
TEST(CollateAlign, ShortPhrasesMovedFarAreNoTranspositions) {
  const auto stray = witnesses({"x1 and x2 x3 x4 x5 x6 x7 x8 x9 x10 x11", "x1 x2 x3 x4 x5 x6 x7 x8 x9 x10 and x11"});
  const Table t = align(stray);
  expect_invariants(t, stray);
  EXPECT_EQ(transpositions(t), 0);
  EXPECT_EQ(row(t, stray, 1), "|x1| |x2|x3|x4|x5|x6|x7|x8|x9|x10|and|x11|");
  const auto moved =
      witnesses({"x1 y z w x2 x3 x4 x5 x6 x7 x8 x9 x10 x11", "x1 x2 x3 x4 x5 x6 x7 x8 x9 x10 y z w x11"});
  const Table m = align(moved);
  expect_invariants(m, moved);
  EXPECT_EQ(transpositions(m), 1);
}

TEST(CollateAlign, MixedScriptsAndEmptyWitnesses) {
  const auto w = witnesses({"Дикая утка летит.", "", "Дикая, утка летела.", "wild duck"});
  const Table t = align(w);
  expect_invariants(t, w);
  EXPECT_EQ(row(t, w, 0), "|дикая| |утка|летит|.|");
  EXPECT_EQ(row(t, w, 2), "|дикая|,|утка|летела|.|");
  EXPECT_TRUE(align({}).columns.empty());
}

// Random witnesses drawn from a small vocabulary (many repeats, moved words):
// the invariants hold whatever the alignment.
TEST(CollateAlign, InvariantsOnRandomWitnesses) {
  std::mt19937 random(25);
  const std::vector<std::string> words{"the", "cat", "cats", "a", "dog", ",", "sat", "on", "mat", "."};
  for (int round = 0; round < 120; ++round) {
    std::vector<std::string> texts;
    for (int k = 0; k < 1 + round % 6; ++k) {
      std::string t;
      for (unsigned n = random() % 30; n > 0; --n) t += words[random() % words.size()] + " ";
      texts.push_back(t);
    }
    const auto w = witnesses(texts);
    expect_invariants(align(w, Options{.near_match = round % 2 == 0, .transpositions = round % 3 != 0}), w);
  }
}

// A long witness against itself with a block moved far: anchored (no full
// match table over 6,000 x 6,000 tokens), every token in the table once, all
// but the moved block aligned, the moved block found as one transposition.
TEST(CollateAlign, LongWitnessesAreAnchored) {
  std::string a, b, moved;
  for (int i = 0; i < 3000; ++i) a += "w" + std::to_string(i) + (i % 7 ? " the " : " , ");
  for (int i = 0; i < 3000; ++i)
    if (i < 100 || i >= 120) b += "w" + std::to_string(i) + (i % 7 ? " the " : " , ");
  for (int i = 100; i < 120; ++i) moved += "w" + std::to_string(i) + (i % 7 ? " the " : " , ");
  b += moved;
  const auto w = witnesses({a, b});
  const Table t = align(w);
  expect_invariants(t, w);
  std::size_t aligned = 0;
  for (const Column& c : t.columns) aligned += !c.variant;
  EXPECT_GE(aligned, w[1].size() - 40 - 2);  // all but the moved block (and its seams)
  EXPECT_EQ(transpositions(t), 1);
  std::size_t marked = 0;
  for (const Column& c : t.columns) marked += c.moved[1] >= 0;
  EXPECT_GE(marked, 36u);  // of its 40 tokens; a repeated word at its edges may stay outside
}

const std::string kCases = std::string(EDITIO_TEST_DATA) + "/../collatex/cases.tsv";

// A long text made of three words only (no word unique anywhere): cut along
// the diagonal; one word omitted in the middle, nearly all the rest aligned.
TEST(CollateAlign, LongRepetitiveWitnessesStillAlign) {
  std::string a, b;
  for (int i = 0; i < 700; ++i) a += "a b c ", b += i == 350 ? "a c " : "a b c ";
  const auto w = witnesses({a, b});
  const Table t = align(w);
  expect_invariants(t, w);
  std::size_t aligned = 0;
  for (const Column& c : t.columns) aligned += !c.variant;
  EXPECT_GE(aligned, w[1].size() * 9 / 10);
}

struct Case {
  std::string name, source;
  std::vector<std::string> witnesses, rows;
  int transpositions = -1;
};

std::vector<Case> read_cases() {
  std::ifstream in(kCases);
  std::vector<Case> cases;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') continue;
    const std::size_t tab = line.find('\t');
    const std::string kind = line.substr(0, tab), value = line.substr(tab + 1);
    if (kind == "case") {
      cases.push_back(Case{value.substr(0, value.find('\t')), value.substr(value.find('\t') + 1), {}, {}, -1});
    } else if (kind == "witness") {
      cases.back().witnesses.push_back(value);
    } else if (kind == "row") {
      cases.back().rows.push_back(value);
    } else if (kind == "transpositions") {
      cases.back().transpositions = std::stoi(value);
    }
  }
  return cases;
}

TEST(CollateCollateX, ExpectedTablesAndTranspositions) {
  const std::vector<Case> cases = read_cases();
  ASSERT_GE(cases.size(), 30u) << kCases;
  for (const Case& c : cases) {
    SCOPED_TRACE(c.name + " (" + c.source + ")");
    const auto w = witnesses(c.witnesses);
    const Table t = align(w);
    expect_invariants(t, w);
    for (std::size_t k = 0; k < c.rows.size(); ++k) EXPECT_EQ(row(t, w, k), c.rows[k]) << "witness " << k;
    if (c.transpositions >= 0) { EXPECT_EQ(transpositions(t), c.transpositions); }
  }
}

}  // namespace
}  // namespace editio::collate
