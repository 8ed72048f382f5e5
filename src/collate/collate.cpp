// Collation of witnesses: Dekker's algorithm as CollateX implements it
// (R. H. Dekker and G. Middell, "Computer-Supported Collation with CollateX:
// Managing Textual Variance in an Environment with Varying Requirements",
// Supporting Digital Humanities 2011; CollateX, github.com/interedition/collatex,
// eu.interedition.collatex.dekker: DekkerAlgorithm, island.IslandConflictResolver,
// PhraseMatchDetector, TranspositionDetector, util.VariantGraphRanking).
// Written anew from that description; no code is copied.
//
// Takes the witnesses as token sequences; gives the alignment table. Steps, for
// each witness after the first (progressive merging into a variant graph):
//  1. rank the graph (longest path from the start): rank = column;
//  2. match the witness's tokens to the graph's vertices of equal normal form.
//     Large inputs are first cut at anchors: normal forms found exactly once
//     in the witness and once in the graph, kept in order by a longest
//     increasing subsequence (patience sorting); the match table is built only
//     in the windows between anchors (at most kWindowCells cells each, else
//     cut again), so no O(n*m) table over whole witnesses;
//  3. islands (diagonal runs in the match table) are chosen largest first, as
//     CollateX's IslandConflictResolver does: among islands of one size, those
//     continuing a chosen island's diagonal, then the other competing ones by
//     their distance from the ideal line |log2((column+1)/(row+1))|, then the
//     rest; a token and a vertex are linked at most once; an island cut by an
//     earlier choice competes again with its free parts. Unique matches left
//     out of the anchors' order are grown into diagonal runs (3 tokens or more)
//     and linked too: blocks moved farther than a window;
//  4. linked tokens are grouped into phrase matches (PhraseMatchDetector) and
//     the phrases out of order are transpositions (TranspositionDetector:
//     graph order ranks only the linked vertices; repeatedly the phrase
//     farthest from its place in graph order, the
//     shorter one on a tie, with its partner when they moved equally far);
//  5. near matching: the tokens left unlinked between two linked ones are
//     aligned to the unlinked vertices ranked between them by a small
//     Needleman-Wunsch over the Levenshtein ratio (kNearRatio and above);
//  6. links that would close a cycle in the graph are dropped (they stay
//     additions and omissions), so the graph stays a DAG;
//  7. the witness is merged: linked tokens join their vertex, the others get
//     new vertices; a transposed phrase gets new vertices marked with the
//     transposition's number, as is the phrase of the graph it matched.
// Finally the graph is ranked once more; column r holds the tokens of the
// vertices of rank r (several vertices, of different witnesses, may share one).
// Cost: about linear in the witnesses' length between anchors; see
// bench/collation/RESULTS.md for where it is not.
#include "collate/collate.hpp"

#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numeric>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "util/utf8.hpp"

namespace editio::collate {

namespace {

bool word_char(char32_t c) { return utf8::is_letter(c) || utf8::is_digit(c) || utf8::is_mark(c); }
bool joiner(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'-' || c == U'\u2010'; }

}  // namespace

std::string normalize(std::string_view token) {
  std::string low = utf8::lower(token);
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return low;
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(low);
  if (nfc->isNormalized(s, status) && U_SUCCESS(status)) return low;
  status = U_ZERO_ERROR;
  icu::UnicodeString n = nfc->normalize(s, status);
  if (U_FAILURE(status)) return low;
  std::string out;
  n.toUTF8String(out);
  return out;
}

bool is_punctuation(std::string_view token) {
  for (std::size_t i = 0; i < token.size();)
    if (word_char(utf8::next(token, i))) return false;
  return true;
}

namespace {

// The end of the token that starts at `start` with character `c` (ending at `i`).
std::size_t token_end(std::string_view text, std::size_t i, bool word) {
  std::size_t end = i;
  while (end < text.size()) {
    std::size_t j = end;
    char32_t d = utf8::next(text, j);
    if (utf8::is_space(d)) break;
    if (word && joiner(d) && j < text.size()) {  // "don't", "wild-duck": a joiner between word characters
      std::size_t k = j;
      if (word_char(utf8::next(text, k))) {
        end = j;
        continue;
      }
    }
    if (word_char(d) != word) break;
    end = j;
  }
  return end;
}

}  // namespace

std::vector<Token> tokenize(std::string_view text) {
  std::vector<Token> out;
  std::size_t i = 0;
  while (i < text.size()) {
    const std::size_t start = i;
    const char32_t c = utf8::next(text, i);
    if (utf8::is_space(c)) continue;
    i = token_end(text, i, word_char(c));
    Token t;
    t.text = std::string(text.substr(start, i - start));
    t.normal = normalize(t.text);
    t.begin = start;
    t.end = i;
    out.push_back(std::move(t));
  }
  return out;
}

double levenshtein_ratio(std::string_view a, std::string_view b) {
  const std::u32string x = utf8::decode(a), y = utf8::decode(b);
  if (x.empty() && y.empty()) return 1.0;
  std::vector<std::size_t> row(y.size() + 1);
  std::iota(row.begin(), row.end(), std::size_t{0});
  for (std::size_t i = 1; i <= x.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= y.size(); ++j) {
      const std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (x[i - 1] == y[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return 1.0 - static_cast<double>(row[y.size()]) / static_cast<double>(std::max(x.size(), y.size()));
}

namespace {

constexpr std::size_t kWindowCells = 250000;  // the largest match table built at once
constexpr std::size_t kNearCells = 10000;     // the largest near-matching DP
constexpr std::size_t kCycleBudget = 20000;   // vertices a cycle check may visit
constexpr double kNearRatio = 0.6;
constexpr std::size_t kShortPhrase = 3;  // a transposed phrase this long is always a move
constexpr int kShortMoveReach = 6;       // the farthest (in ranks) a shorter one may move
constexpr std::size_t kMovedBlock = 3;   // the shortest far move found beyond the windows
constexpr int kNone = -1;

struct Vertex {
  std::vector<std::pair<std::size_t, std::size_t>> tokens;  // (witness, token index)
  std::vector<std::string> normals;                         // the distinct normal forms
  std::vector<int> out, in;
  std::uint64_t witnesses = 0;  // bit set of the first 64 witnesses (for phrase matching)
  int transposition = -1;
};

struct Graph {
  std::vector<Vertex> v;  // 0 = start, 1 = end
  std::vector<int> rank;
  Graph() : v(2) {}
  void edge(int a, int b) {
    auto& o = v[a].out;
    if (std::find(o.begin(), o.end(), b) == o.end()) o.push_back(b), v[b].in.push_back(a);
  }
  bool has_edge(int a, int b) const { return std::find(v[a].out.begin(), v[a].out.end(), b) != v[a].out.end(); }
  // Longest path from the start (Kahn's order).
  void rank_all() {
    rank.assign(v.size(), 0);
    std::vector<std::size_t> indeg(v.size());
    for (std::size_t i = 0; i < v.size(); ++i) indeg[i] = v[i].in.size();
    std::vector<int> ready{0};
    while (!ready.empty()) {
      int a = ready.back();
      ready.pop_back();
      for (int b : v[a].out) {
        rank[b] = std::max(rank[b], rank[a] + 1);
        if (--indeg[b] == 0) ready.push_back(b);
      }
    }
  }
};

struct Match {
  std::size_t row;  // token index in the witness
  int vertex;
};

// One diagonal run of the match table: tokens row..row+size-1 matched to
// vertices of ranks rank..rank+size-1.
struct Island {
  std::size_t row;
  int rank;
  std::vector<int> vertices;
};

// The vertices of each normal form, by rank.
using VertexIndex = std::unordered_map<std::string, std::vector<int>>;

VertexIndex index_vertices(const Graph& g) {
  VertexIndex index;
  for (std::size_t i = 2; i < g.v.size(); ++i)
    for (const std::string& n : g.v[i].normals) index[n].push_back(static_cast<int>(i));
  for (auto& [n, list] : index)
    std::sort(list.begin(), list.end(), [&](int a, int b) { return g.rank[a] < g.rank[b]; });
  return index;
}

// A window of the match table: witness tokens [row0, row1), ranks (rank0, rank1).
struct Window {
  std::size_t row0, row1;
  int rank0, rank1;
};

struct Aligner {
  const Graph& g;
  const std::vector<Token>& w;
  const VertexIndex& index;
  std::vector<int> link;    // token -> vertex or kNone
  std::vector<char> taken;  // vertex -> linked to a token already
  std::vector<Match> outliers = {};

  // The vertices of `normal` ranked inside the window.
  std::pair<const int*, const int*> candidates(const std::string& normal, const Window& win) const {
    auto it = index.find(normal);
    if (it == index.end()) return {nullptr, nullptr};
    const auto& list = it->second;
    auto lo = std::partition_point(list.begin(), list.end(), [&](int x) { return g.rank[x] <= win.rank0; });
    auto hi = std::partition_point(lo, list.end(), [&](int x) { return g.rank[x] < win.rank1; });
    return {list.data() + (lo - list.begin()), list.data() + (hi - list.begin())};
  }

  void align(const Window& win) {
    if (win.row0 >= win.row1 || win.rank0 + 1 >= win.rank1) return;
    const std::size_t cells = (win.row1 - win.row0) * static_cast<std::size_t>(win.rank1 - win.rank0 - 1);
    if (cells <= kWindowCells) return resolve_islands(win);
    std::vector<Match> anchors = unique_anchors(win);  // and the unique matches out of order, in `outliers`
    if (anchors.empty()) return align_diagonal(win);
    std::size_t row = win.row0;
    int rank = win.rank0;
    for (const Match& a : anchors) {
      align(Window{row, a.row, rank, g.rank[a.vertex]});
      link[a.row] = a.vertex, taken[a.vertex] = 1;
      row = a.row + 1, rank = g.rank[a.vertex];
    }
    align(Window{row, win.row1, rank, win.rank1});
  }

  // A large window without a word unique on both sides (a text repeating
  // itself): cut along its diagonal into k x k blocks, the k on the diagonal
  // small enough to be resolved; what falls off the diagonal stays unaligned.
  void align_diagonal(const Window& win) {
    const std::size_t rows = win.row1 - win.row0, ranks = static_cast<std::size_t>(win.rank1 - win.rank0 - 1);
    const auto k = static_cast<std::size_t>(std::ceil(std::sqrt(static_cast<double>(rows * ranks) / kWindowCells)));
    for (std::size_t i = 0; i < k; ++i) {
      const int rank_lo = win.rank0 + static_cast<int>(ranks * i / k),
                rank_hi = win.rank0 + 1 + static_cast<int>(ranks * (i + 1) / k);
      resolve_islands(Window{win.row0 + rows * i / k, win.row0 + rows * (i + 1) / k, rank_lo, rank_hi});
    }
  }

  // Normal forms found once in the window on both sides, the longest chain in order.
  std::vector<Match> unique_anchors(const Window& win) {
    std::unordered_map<std::string_view, std::size_t> seen;  // normal -> row, or npos when repeated
    for (std::size_t r = win.row0; r < win.row1; ++r) {
      auto [it, fresh] = seen.emplace(w[r].normal, r);
      if (!fresh) it->second = static_cast<std::size_t>(-1);
    }
    std::vector<Match> unique;
    for (std::size_t r = win.row0; r < win.row1; ++r) {
      if (seen[w[r].normal] != r) continue;
      auto [lo, hi] = candidates(w[r].normal, win);
      if (hi - lo == 1) unique.push_back(Match{r, *lo});
    }
    std::vector<Match> chain = increasing_by_rank(unique);
    for (std::size_t i = 0, j = 0; i < unique.size(); ++i) {
      if (j < chain.size() && chain[j].row == unique[i].row) {
        ++j;
        continue;
      }
      outliers.push_back(unique[i]);
    }
    return chain;
  }

  // Blocks moved far (beyond any window): around each unique match left out of
  // the anchors' order, the diagonal run of free equal tokens; runs of at least
  // kMovedBlock tokens are linked, for the transposition detector to judge.
  void link_outliers() {
    for (const Match& m : outliers) {
      if (!free_cell(m.row, m.vertex)) continue;
      auto vertex_at = [&](std::size_t row, int rank) -> int {  // the free vertex of w[row]'s form at rank
        auto it = index.find(w[row].normal);
        if (it == index.end()) return kNone;
        const std::vector<int>& at = it->second;
        auto p = std::partition_point(at.begin(), at.end(), [&](int x) { return g.rank[x] < rank; });
        return p != at.end() && g.rank[*p] == rank && free_cell(row, *p) ? *p : kNone;
      };
      std::size_t lo = m.row, hi = m.row + 1;
      const int rank = g.rank[m.vertex];
      while (lo > 0 && rank - static_cast<int>(m.row - lo) > 1 &&
             vertex_at(lo - 1, rank - static_cast<int>(m.row - lo) - 1) != kNone)
        --lo;
      while (hi < w.size() && vertex_at(hi, rank + static_cast<int>(hi - m.row)) != kNone) ++hi;
      if (hi - lo < kMovedBlock) continue;
      for (std::size_t r = lo; r < hi; ++r) {
        const int v = vertex_at(r, rank + static_cast<int>(r) - static_cast<int>(m.row));
        link[r] = v, taken[v] = 1;
      }
    }
  }

  // The longest subsequence of matches (in row order) with increasing ranks.
  std::vector<Match> increasing_by_rank(const std::vector<Match>& m) const {
    std::vector<std::size_t> tails, prev(m.size(), static_cast<std::size_t>(-1));
    for (std::size_t i = 0; i < m.size(); ++i) {
      auto pos = std::partition_point(tails.begin(), tails.end(),
                                      [&](std::size_t t) { return g.rank[m[t].vertex] < g.rank[m[i].vertex]; });
      if (pos != tails.begin()) prev[i] = *(pos - 1);
      if (pos == tails.end())
        tails.push_back(i);
      else
        *pos = i;
    }
    std::vector<Match> out;
    for (std::size_t i = tails.empty() ? prev.size() : tails.back(); i != static_cast<std::size_t>(-1) && i < m.size();
         i = prev[i])
      out.push_back(m[i]);
    std::reverse(out.begin(), out.end());
    return out;
  }

  // The diagonal runs of the window's match table: the matches sorted by
  // diagonal (row - rank), then row; a run breaks where rows stop following.
  std::vector<Island> islands(const Window& win) const {
    struct Cell {
      long diag;
      std::size_t row;
      int vertex;
    };
    std::vector<Cell> cells;
    for (std::size_t r = win.row0; r < win.row1; ++r) {
      auto [lo, hi] = candidates(w[r].normal, win);
      for (const int* p = lo; p != hi; ++p)
        if (p == lo || g.rank[*p] != g.rank[*(p - 1)])  // one vertex per cell: the first of its rank
          cells.push_back(Cell{static_cast<long>(r) - g.rank[*p], r, *p});
    }
    std::sort(cells.begin(), cells.end(),
              [](const Cell& x, const Cell& y) { return x.diag != y.diag ? x.diag < y.diag : x.row < y.row; });
    std::vector<Island> out;
    for (std::size_t i = 0; i < cells.size(); ++i) {
      const bool starts = i == 0 || cells[i - 1].diag != cells[i].diag || cells[i - 1].row + 1 != cells[i].row;
      if (starts) out.push_back(Island{cells[i].row, g.rank[cells[i].vertex], {}});
      out.back().vertices.push_back(cells[i].vertex);
    }
    return out;
  }

  bool free_cell(std::size_t row, int v) const { return link[row] == kNone && !taken[v]; }

  // The free runs of an island (the parts no chosen island has taken).
  void free_parts(const Island& isl, std::vector<Island>& out) const {
    std::size_t k = 0;
    while (k < isl.vertices.size()) {
      while (k < isl.vertices.size() && !free_cell(isl.row + k, isl.vertices[k])) ++k;
      const std::size_t s = k;
      while (k < isl.vertices.size() && free_cell(isl.row + k, isl.vertices[k])) ++k;
      if (k > s)
        out.push_back(Island{isl.row + s, isl.rank + static_cast<int>(s),
                             std::vector<int>(isl.vertices.begin() + static_cast<long>(s),
                                              isl.vertices.begin() + static_cast<long>(k))});
    }
  }

  // Largest first: a heap of islands by size; an island found shrunk by the
  // choices made since it was pushed goes back as its free parts.
  void resolve_islands(const Window& win) {
    auto smaller = [](const Island& x, const Island& y) { return x.vertices.size() < y.vertices.size(); };
    std::vector<Island> heap = islands(win);
    std::make_heap(heap.begin(), heap.end(), smaller);
    std::unordered_set<long> committed;  // the diagonals (row - rank) of the chosen islands
    std::vector<Island> parts;
    while (!heap.empty()) {
      const std::size_t size = heap.front().vertices.size();
      std::vector<Island> best;
      while (!heap.empty() && heap.front().vertices.size() == size) {
        std::pop_heap(heap.begin(), heap.end(), smaller);
        Island isl = std::move(heap.back());
        heap.pop_back();
        parts.clear();
        free_parts(isl, parts);
        for (Island& p : parts) {
          if (p.vertices.size() == size) {
            best.push_back(std::move(p));
          } else {
            heap.push_back(std::move(p));
            std::push_heap(heap.begin(), heap.end(), smaller);
          }
        }
      }
      if (best.empty()) continue;
      choose(best, committed);
      for (Island& isl : best) {
        parts.clear();
        free_parts(isl, parts);
        for (Island& p : parts) heap.push_back(std::move(p)), std::push_heap(heap.begin(), heap.end(), smaller);
      }
    }
  }

  void choose(const std::vector<Island>& best, std::unordered_set<long>& committed) {
    std::unordered_map<std::size_t, int> rows;
    std::unordered_map<int, int> vertices;
    for (const Island& isl : best)
      for (std::size_t k = 0; k < isl.vertices.size(); ++k) ++rows[isl.row + k], ++vertices[isl.vertices[k]];
    std::vector<int> group(best.size(), 2);  // 0 competing on a chosen diagonal, 1 competing, 2 not competing
    for (std::size_t i = 0; i < best.size(); ++i)
      for (std::size_t k = 0; k < best[i].vertices.size(); ++k)
        if (rows[best[i].row + k] > 1 || vertices[best[i].vertices[k]] > 1) group[i] = 1;
    for (std::size_t i = 0; i < best.size(); ++i) {
      if (group[i] != 1) continue;
      const long diag = static_cast<long>(best[i].row) - best[i].rank;
      if (committed.count(diag)) group[i] = 0;
    }
    auto distance = [](const Island& isl) {
      return std::fabs(std::log2(static_cast<double>(isl.rank) / static_cast<double>(isl.row + 1)));
    };
    std::vector<std::size_t> order(best.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      if (group[a] != group[b]) return group[a] < group[b];
      return group[a] < 2 && distance(best[a]) < distance(best[b]);
    });
    for (std::size_t i : order) {
      const Island& isl = best[i];
      bool ok = true;
      for (std::size_t k = 0; k < isl.vertices.size() && ok; ++k) ok = free_cell(isl.row + k, isl.vertices[k]);
      if (!ok) continue;
      for (std::size_t k = 0; k < isl.vertices.size(); ++k)
        link[isl.row + k] = isl.vertices[k], taken[isl.vertices[k]] = 1;
      committed.insert(static_cast<long>(isl.row) - isl.rank);
    }
  }
};

// A phrase match: tokens [row, row + vertices.size()) linked to `vertices`.
struct Phrase {
  std::size_t row;
  std::vector<int> vertices;
  std::size_t chars = 0;
};

std::vector<Phrase> phrases(const Graph& g, const std::vector<Token>& w, const std::vector<int>& link) {
  std::vector<Phrase> out;
  int previous = 0;
  bool open = false;
  for (std::size_t r = 0; r < w.size(); ++r) {
    const int v = link[r];
    if (v == kNone) {
      open = false;
      continue;
    }
    const Vertex& p = g.v[previous];
    const Vertex& c = g.v[v];
    const bool near = open && p.witnesses == c.witnesses && p.transposition == c.transposition &&
                      g.has_edge(previous, v) && (p.out.size() == 1 || c.in.size() == 1);
    if (!near) out.push_back(Phrase{r, {}, 0});
    out.back().vertices.push_back(v);
    out.back().chars += utf8::length(w[r].normal);
    previous = v, open = true;
  }
  return out;
}

// The rank of each vertex counting only the linked vertices on the way (as
// CollateX's TranspositionDetector ranks: vertices no token of the witness
// matched do not push the others apart).
std::vector<int> linked_rank(const Graph& g, const std::vector<int>& link) {
  std::vector<char> linked(g.v.size(), 0);
  for (int v : link)
    if (v != kNone) linked[v] = 1;
  std::vector<int> order(g.v.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) { return g.rank[a] < g.rank[b]; });
  std::vector<int> r(g.v.size(), 0);
  for (int a : order) {
    for (int u : g.v[a].in) r[a] = std::max(r[a], r[u]);
    r[a] += linked[a];
  }
  return r;
}

// The phrases (indices into `ph`, witness order) that are transposed.
std::vector<std::size_t> transposed(const Graph& g, const std::vector<Phrase>& ph, const std::vector<int>& link) {
  const std::vector<int> rank = linked_rank(g, link);
  std::vector<std::size_t> by_graph(ph.size());
  std::iota(by_graph.begin(), by_graph.end(), std::size_t{0});
  std::stable_sort(by_graph.begin(), by_graph.end(),
                   [&](std::size_t a, std::size_t b) { return rank[ph[a].vertices[0]] < rank[ph[b].vertices[0]]; });
  std::vector<std::size_t> graph_index(ph.size());
  for (std::size_t i = 0; i < by_graph.size(); ++i) graph_index[by_graph[i]] = i;
  std::vector<std::size_t> kept(ph.size()), out;  // witness order
  std::iota(kept.begin(), kept.end(), std::size_t{0});
  std::vector<std::size_t> sorted(ph.size());  // the graph indices of the phrases kept, ascending
  std::iota(sorted.begin(), sorted.end(), std::size_t{0});
  std::vector<std::size_t> dist(ph.size(), 0);
  for (;;) {
    std::size_t worst = 0, far = 0;
    for (std::size_t i = 0; i < kept.size(); ++i) {
      const std::size_t p = kept[i], gi = graph_index[p];
      dist[p] = gi > sorted[i] ? gi - sorted[i] : sorted[i] - gi;
      if (dist[p] > far || (dist[p] == far && far > 0 && ph[p].chars < ph[kept[worst]].chars)) far = dist[p], worst = i;
    }
    if (far == 0) return out;
    const std::size_t moved = kept[worst];
    // its partner: the phrase standing in the witness where `moved` stands in the graph
    const auto at = std::lower_bound(sorted.begin(), sorted.end(), graph_index[moved]) - sorted.begin();
    const std::size_t partner = kept[static_cast<std::size_t>(at)];
    const bool both = partner != moved && dist[partner] == far && far > 1;
    out.push_back(moved);
    if (both) out.push_back(partner);
    std::erase_if(kept, [&](std::size_t p) { return p == moved || (both && p == partner); });
    std::erase_if(sorted,
                  [&](std::size_t gi) { return gi == graph_index[moved] || (both && gi == graph_index[partner]); });
  }
}

// Needleman-Wunsch of tokens [s, s + n) against the candidate vertices (by
// rank): the order-keeping pairs of greatest total Levenshtein ratio, each
// pair at least kNearRatio, no two picks at one rank.
void align_near(const Graph& g, const std::vector<Token>& w, std::size_t s, const std::vector<int>& cand,
                std::vector<int>& link, std::vector<char>& used, const std::vector<char>& blocked) {
  std::size_t n = 0;
  while (s + n < link.size() && link[s + n] == kNone) ++n;
  const std::size_t m = cand.size();
  std::vector<std::size_t> next(m, m);  // the first candidate of a higher rank
  for (std::size_t j = m; j-- > 0;)
    next[j] = j + 1 < m && g.rank[cand[j + 1]] > g.rank[cand[j]] ? j + 1 : (j + 1 < m ? next[j + 1] : m);
  std::vector<std::vector<double>> ratio(n, std::vector<double>(m, 0.0)), score(n + 1, std::vector<double>(m + 1, 0.0));
  for (std::size_t i = 0; i < n; ++i) {
    if (blocked[s + i] || is_punctuation(w[s + i].normal)) continue;
    for (std::size_t j = 0; j < m; ++j) {
      double best = 0;
      for (const std::string& norm : g.v[cand[j]].normals) {
        const std::size_t x = w[s + i].normal.size(), y = norm.size();  // bytes: a bound good enough to skip
        if (std::min(x, y) * 2 >= std::max(x, y)) best = std::max(best, levenshtein_ratio(w[s + i].normal, norm));
      }
      ratio[i][j] = best >= kNearRatio ? best : 0.0;
    }
  }
  for (std::size_t i = n; i-- > 0;)
    for (std::size_t j = m; j-- > 0;) {
      const double take = ratio[i][j] > 0 ? ratio[i][j] + score[i + 1][next[j]] : 0;
      score[i][j] = std::max({take, score[i + 1][j], score[i][j + 1]});
    }
  for (std::size_t i = 0, j = 0; i < n && j < m;) {
    if (ratio[i][j] > 0 && score[i][j] == ratio[i][j] + score[i + 1][next[j]]) {
      link[s + i] = cand[j], used[cand[j]] = 1, ++i, j = next[j];
    } else if (score[i][j] == score[i + 1][j]) {
      ++i;
    } else {
      ++j;
    }
  }
}

// Tokens left unlinked between two linked ones: aligned to the free vertices
// ranked between those two by Needleman-Wunsch on the Levenshtein ratio.
// `blocked`: the tokens of transposed phrases, which keep their place.
// `used`: vertices no token may near-match (those of transposed phrases).
void near_match(const Graph& g, const std::vector<Token>& w, std::vector<int>& link, const std::vector<char>& blocked,
                std::vector<char> used) {
  std::vector<std::vector<int>> by_rank;
  for (std::size_t i = 2; i < g.v.size(); ++i) {
    const auto r = static_cast<std::size_t>(g.rank[i]);
    if (by_rank.size() <= r) by_rank.resize(r + 1);
    by_rank[r].push_back(static_cast<int>(i));
  }
  for (int v : link)
    if (v != kNone) used[v] = 1;
  int before = 0;
  for (std::size_t r = 0; r <= w.size();) {
    if (r < w.size() && link[r] != kNone) {
      before = link[r++];
      continue;
    }
    std::size_t s = r;
    while (r < w.size() && link[r] == kNone) ++r;
    const int hi = r < w.size() ? g.rank[link[r]] : g.rank[1];
    std::vector<int> cand;
    for (int k = g.rank[before] + 1; k < hi && k < static_cast<int>(by_rank.size()); ++k)
      for (int v : by_rank[k])
        if (!used[v]) cand.push_back(v);
    const std::size_t n = r - s, m = cand.size();
    if (n > 0 && m > 0 && n * m <= kNearCells) align_near(g, w, s, cand, link, used, blocked);
    if (r < w.size()) before = link[r];
    ++r;
  }
}

// Drops the links that would close a cycle in the graph, so that it stays
// acyclic: a link to v after links to u1..uk closes one when v reaches some ui.
// Edges raise the rank, so only a v ranked at most max(rank(ui)) can, and the
// search from v never needs to pass that rank; the witness's own new edges
// start at some ui, which the search stops at anyway.
void keep_acyclic(const Graph& g, std::vector<int>& link) {
  std::vector<char> on_path(g.v.size(), 0);
  std::vector<int> seen(g.v.size(), -1), stack;
  int max_rank = 0, stamp = 0;
  for (int& v : link) {
    if (v == kNone) continue;
    bool ok = !on_path[v];
    if (ok && g.rank[v] <= max_rank) {
      ++stamp;
      stack.assign(1, v);
      std::size_t visits = 0;
      while (!stack.empty() && ok) {
        const int a = stack.back();
        stack.pop_back();
        if (seen[a] == stamp || g.rank[a] > max_rank) continue;
        seen[a] = stamp;
        if (on_path[a] || ++visits > kCycleBudget) ok = false;
        for (int b : g.v[a].out) stack.push_back(b);
      }
    }
    if (!ok) {
      v = kNone;
      continue;
    }
    on_path[v] = 1, max_rank = std::max(max_rank, g.rank[v]);
  }
}

struct Collation {
  Graph g;
  int transpositions = 0;
  const std::vector<std::vector<Token>>& w;
  explicit Collation(const std::vector<std::vector<Token>>& witnesses) : w(witnesses) {}

  int add_vertex(std::size_t wit, std::size_t tok) {
    g.v.emplace_back();
    g.v.back().normals.push_back(w[wit][tok].normal);
    g.rank.push_back(0);
    return static_cast<int>(g.v.size() - 1);
  }

  void join(int v, std::size_t wit, std::size_t tok) {
    Vertex& x = g.v[v];
    x.tokens.emplace_back(wit, tok);
    if (wit < 64) x.witnesses |= std::uint64_t{1} << wit;
    if (std::find(x.normals.begin(), x.normals.end(), w[wit][tok].normal) == x.normals.end())
      x.normals.push_back(w[wit][tok].normal);
  }

  using Moves = std::vector<std::pair<std::size_t, std::vector<int>>>;  // transposed phrases: first token, vertices

  // Steps 1-6: the vertex each token of witness `wit` joins (or kNone), and
  // the transposed phrases.
  std::vector<int> link_tokens(std::size_t wit, const Options& options, Moves& moved) {
    const std::vector<Token>& t = w[wit];
    const VertexIndex index = index_vertices(g);
    Aligner a{g, t, index, std::vector<int>(t.size(), kNone), std::vector<char>(g.v.size(), 0)};
    a.align(Window{0, t.size(), 0, g.rank[1]});
    a.link_outliers();
    std::vector<int> link = std::move(a.link);
    const std::vector<Phrase> ph = phrases(g, t, link);
    // transposed tokens and the vertices they matched keep their places: no near match
    std::vector<char> blocked(t.size(), 0), used(g.v.size(), 0);
    for (std::size_t p : transposed(g, ph, link)) {
      for (std::size_t k = 0; k < ph[p].vertices.size(); ++k)
        link[ph[p].row + k] = kNone, blocked[ph[p].row + k] = 1, used[ph[p].vertices[k]] = 1;
      if (options.transpositions) moved.emplace_back(ph[p].row, ph[p].vertices);
    }
    keep_acyclic(g, link);
    if (options.near_match) {
      near_match(g, t, link, blocked, used);
      keep_acyclic(g, link);
    }
    std::erase_if(moved, [&](const auto& m) { return stray_match(m.first, m.second, link); });
    return link;
  }

  // A short phrase (fewer than kShortPhrase tokens) matched far from where the
  // witness has it is a chance match of common words ("and", ";"), not a
  // moved phrase: it stays an omission and an addition. CollateX's tests move
  // short phrases only within a few words.
  bool stray_match(std::size_t row, const std::vector<int>& vertices, const std::vector<int>& link) const {
    if (vertices.size() >= kShortPhrase) return false;
    int land = 0;               // the rank where the witness has the phrase: that of its last linked token before it
    std::size_t between = row;  // plus the tokens between those two
    for (std::size_t r = row; r-- > 0;)
      if (link[r] != kNone) {
        land = g.rank[link[r]], between = row - r - 1;
        break;
      }
    return std::abs(g.rank[vertices.front()] - land) + static_cast<int>(between) > kShortMoveReach;
  }

  // Step 7: both places of each move get one transposition number (a vertex
  // moved before keeps its number, which the new move then shares).
  void mark_moves(const Moves& moved, const std::vector<int>& link, const std::vector<int>& path) {
    for (const auto& [row, vertices] : moved) {
      int number = -1;
      for (int v : vertices)
        if (number < 0) number = g.v[v].transposition;
      if (number < 0) number = transpositions++;
      for (std::size_t k = 0; k < vertices.size(); ++k) {
        if (g.v[vertices[k]].transposition < 0) g.v[vertices[k]].transposition = number;
        if (link[row + k] == kNone && g.v[path[row + k]].transposition < 0) g.v[path[row + k]].transposition = number;
      }
    }
  }

  void merge(std::size_t wit, const Options& options) {
    g.rank_all();
    const std::vector<Token>& t = w[wit];
    Moves moved;
    const std::vector<int> link = wit > 0 ? link_tokens(wit, options, moved) : std::vector<int>(t.size(), kNone);
    std::vector<int> path(t.size());
    for (std::size_t k = 0; k < t.size(); ++k) {
      path[k] = link[k] != kNone ? link[k] : add_vertex(wit, k);
      join(path[k], wit, k);
    }
    mark_moves(moved, link, path);
    int prev = 0;
    for (int v : path) g.edge(prev, v), prev = v;
    g.edge(prev, 1);
  }

  // Numbers 0, 1, ... in column order; a transposition whose places all fell
  // into one column (nothing moved, after all) is none.
  static void renumber_transpositions(Table& t) {
    std::unordered_map<int, std::pair<std::size_t, std::size_t>> span;  // number -> first, last column
    for (std::size_t i = 0; i < t.columns.size(); ++i)
      for (int m : t.columns[i].moved)
        if (m >= 0) span.try_emplace(m, i, i).first->second.second = i;
    std::unordered_map<int, int> renamed;
    for (Column& c : t.columns)
      for (int& m : c.moved) {
        if (m < 0) continue;
        const auto [first, last] = span[m];
        if (first == last) {
          m = -1;
          continue;
        }
        m = renamed.try_emplace(m, static_cast<int>(renamed.size())).first->second;
      }
  }

  Table table() {
    g.rank_all();
    const std::size_t n = w.size();
    Table out;
    const int columns = g.rank[1] - 1;
    out.columns.resize(static_cast<std::size_t>(std::max(columns, 0)));
    for (Column& c : out.columns) c.cells.assign(n, kGap), c.moved.assign(n, -1);
    for (std::size_t i = 2; i < g.v.size(); ++i) {
      Column& c = out.columns[static_cast<std::size_t>(g.rank[i] - 1)];
      for (auto [wit, tok] : g.v[i].tokens) c.cells[wit] = tok, c.moved[wit] = g.v[i].transposition;
    }
    renumber_transpositions(out);
    for (Column& c : out.columns) {
      const std::string* first = nullptr;
      for (std::size_t k = 0; k < n && !c.variant; ++k) {
        if (c.cells[k] == kGap) {
          c.variant = true;
          break;
        }
        const std::string& norm = w[k][c.cells[k]].normal;
        if (first && norm != *first) c.variant = true;
        first = &norm;
      }
    }
    return out;
  }
};

}  // namespace

Table align(const std::vector<std::vector<Token>>& witnesses, const Options& options) {
  Collation c(witnesses);
  for (std::size_t k = 0; k < witnesses.size(); ++k) c.merge(k, options);
  return c.table();
}

}  // namespace editio::collate
