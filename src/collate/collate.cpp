// STUB (contract of issue 25): a plain pairwise LCS of each witness against
// witness 0, O(n*m), no near matching, no transpositions. To be replaced by
// the real collation.
#include "collate/collate.hpp"

#include <algorithm>

#include "util/utf8.hpp"

namespace editio::collate {

namespace {
bool word_char(char32_t c) { return utf8::is_letter(c) || utf8::is_digit(c) || utf8::is_mark(c); }
}  // namespace

std::string normalize(std::string_view token) { return utf8::lower(token); }

bool is_punctuation(std::string_view token) {
  for (std::size_t i = 0; i < token.size();)
    if (word_char(utf8::next(token, i))) return false;
  return true;
}

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t start = i;
    char32_t c = utf8::next(text, i);
    if (utf8::is_space(c)) continue;
    const bool word = word_char(c);
    std::size_t end = i;
    while (end < text.size()) {
      std::size_t j = end;
      char32_t d = utf8::next(text, j);
      if (utf8::is_space(d) || word_char(d) != word) break;
      end = j;
    }
    i = end;
    Token t;
    t.text = std::string(text.substr(start, end - start));
    t.normal = normalize(t.text);
    t.begin = start;
    t.end = end;
    out.push_back(std::move(t));
  }
  return out;
}

Table align(const std::vector<std::vector<Token>>& w, const Options&) {
  Table table;
  if (w.empty()) return table;
  const std::size_t n = w.size(), b = w[0].size();
  // For each other witness: match[k][i] = its token matched to base token i, or kGap.
  std::vector<std::vector<std::size_t>> match(n, std::vector<std::size_t>(b, kGap));
  for (std::size_t k = 1; k < n; ++k) {
    const std::size_t m = w[k].size();
    std::vector<std::vector<int>> l(b + 1, std::vector<int>(m + 1, 0));
    for (std::size_t i = b; i-- > 0;)
      for (std::size_t j = m; j-- > 0;)
        l[i][j] = w[0][i].normal == w[k][j].normal ? l[i + 1][j + 1] + 1 : std::max(l[i + 1][j], l[i][j + 1]);
    for (std::size_t i = 0, j = 0; i < b && j < m;) {
      if (w[0][i].normal == w[k][j].normal) {
        match[k][i++] = j++;
      } else if (l[i + 1][j] >= l[i][j + 1]) {
        ++i;
      } else {
        ++j;
      }
    }
  }
  std::vector<std::size_t> next(n, 0);
  auto column = [&](std::size_t base_token) {
    Column c;
    c.cells.assign(n, kGap);
    c.moved.assign(n, -1);
    c.cells[0] = base_token;
    return c;
  };
  auto flush_before = [&](std::size_t i) {  // the other witnesses' tokens before base token i's match
    std::vector<std::vector<std::size_t>> pending(n);
    for (std::size_t k = 1; k < n; ++k) {
      // before a matched base token: k's tokens up to its match; after the
      // last base token: all the rest; before an unmatched one: none yet
      std::size_t until = i == b ? w[k].size() : match[k][i] != kGap ? match[k][i] : next[k];
      while (next[k] < until) pending[k].push_back(next[k]++);
    }
    std::size_t rows = 0;
    for (auto& p : pending) rows = std::max(rows, p.size());
    for (std::size_t r = 0; r < rows; ++r) {
      Column c = column(kGap);
      for (std::size_t k = 1; k < n; ++k)
        if (r < pending[k].size()) c.cells[k] = pending[k][r];
      table.columns.push_back(std::move(c));
    }
  };
  for (std::size_t i = 0; i <= b; ++i) {
    flush_before(i);
    if (i == b) break;
    Column c = column(i);
    for (std::size_t k = 1; k < n; ++k)
      if (match[k][i] != kGap) c.cells[k] = next[k]++;
    table.columns.push_back(std::move(c));
  }
  for (Column& c : table.columns) {
    std::string first;
    bool have = false;
    for (std::size_t k = 0; k < n; ++k) {
      if (c.cells[k] == kGap) { c.variant = true; break; }
      const std::string& norm = w[k][c.cells[k]].normal;
      if (have && norm != first) { c.variant = true; break; }
      first = norm, have = true;
    }
  }
  return table;
}

}  // namespace editio::collate
