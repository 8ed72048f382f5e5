#pragma once
// Collation: the witnesses of a text, as sequences of tokens, aligned against
// each other (which words of each witness stand for the same words of the
// others), as CollateX does it (Dekker and Middell, "Computer-Supported
// Collation with CollateX", 2011; the Gothenburg model: tokenize, normalize,
// align, analyse). The result is CollateX's alignment table: one row per
// witness, one column per rank of the variant graph; a column holds at most
// one token of each witness, and tokens of several witnesses stand in one
// column when they match (equal normal forms, or near matches).
//
// This stage knows nothing of documents or TEI: annotate/apparatus turns the
// table into the places of variation of a document.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace editio::collate {

// One token of a witness: a word with the punctuation that sticks to it
// split off as tokens of their own ("species," -> "species" ","), in any
// script. `text` is as written (without the white space after it); `normal`
// is the form compared (lower case, NFC; see normalize); [begin, end) is
// where `text` stands in the witness's text (UTF-8 byte offsets).
struct Token {
  std::string text;
  std::string normal;
  std::size_t begin = 0, end = 0;
};

// The tokens of a witness's text: words (letters, digits, marks, inner
// apostrophes and hyphens: "don't", "wild-duck") and each run of other
// non-space characters (punctuation), as CollateX's default tokenizer
// (\w+|[^\w\s]+) does; white space separates and is no token.
std::vector<Token> tokenize(std::string_view text);

// The form of a token that collation compares: lower case, NFC.
std::string normalize(std::string_view token);

// Whether a token is punctuation only (no letter or digit).
bool is_punctuation(std::string_view token);

// 1 - (Levenshtein distance in code points / length of the longer): 1 for
// equal strings, 0 for strings with nothing in common; what near matching
// compares.
double levenshtein_ratio(std::string_view a, std::string_view b);

struct Options {
  bool near_match = true;      // align different tokens of similar spelling (edit distance) in one column
  bool transpositions = true;  // detect moved blocks of words (else they align as omission + addition)
};

inline constexpr std::size_t kGap = static_cast<std::size_t>(-1);

// A column of the alignment table: cells[w] is the index of witness w's
// token in this column, or kGap.
struct Column {
  std::vector<std::size_t> cells;
  // For each witness, the number of the transposition its token takes part
  // in (a block of words that the witnesses order differently), or -1.
  std::vector<int> moved;
  bool variant = false;  // whether the witnesses' tokens here differ (by normal form) or one has a gap
};

struct Table {
  std::vector<Column> columns;  // in order; every witness's tokens appear in order, each exactly once
};

// Aligns the witnesses (at least one); witness 0 is the base only for the
// order of columns where the others disagree, never for what matches.
Table align(const std::vector<std::vector<Token>>& witnesses, const Options& options = {});

}  // namespace editio::collate
