#include "annotate/apparatus.hpp"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <utility>

#include "annotate/editorial.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

using collate::kGap;
using collate::Token;
using Range = std::pair<std::size_t, std::size_t>;

// Whether a span's text is not the work's own: a note call as printed ("[1]"), a later reference to a note.
bool not_the_work(const Span& s) { return (s.is<NoteCall>() || s.is<NoteReference>()) && s.end > s.begin; }

// The stretches of a block's text that are the work's: all of it but the spans above.
std::vector<Range> work_pieces(const Block& b) {
  std::vector<Range> cut;
  for (const Span& s : b.spans)
    if (not_the_work(s)) cut.push_back({s.begin, s.end});
  std::sort(cut.begin(), cut.end());
  std::vector<Range> out;
  std::size_t pos = 0;
  for (const auto& [from, to] : cut) {
    if (from > pos) out.push_back({pos, from});
    pos = std::max(pos, to);
  }
  if (pos < b.text.size()) out.push_back({pos, b.text.size()});
  return out;
}

}  // namespace

std::vector<BaseToken> base_tokens(const Document& doc) {
  std::vector<BaseToken> out;
  for (std::size_t k = 0; k < doc.blocks.size(); ++k) {
    const Block& b = doc.blocks[k];
    for (const auto& [from, to] : work_pieces(b))
      for (Token t : collate::tokenize(std::string_view(b.text).substr(from, to - from))) {
        t.begin += from;
        t.end += from;
        out.push_back({k, std::move(t)});
      }
  }
  return out;
}

std::string witness_text(const Document& witness) {
  std::string out;
  for (const Block& b : witness.blocks) {
    bool first = true;
    for (const auto& [from, to] : work_pieces(b)) {
      const std::string_view piece = utf8::trim(std::string_view(b.text).substr(from, to - from));
      if (piece.empty()) continue;
      if (!out.empty()) out += first ? "\n\n" : " ";
      out += piece;
      first = false;
    }
  }
  return out;
}

namespace {

// The tokens of one witness in one place of variation.
using Reading = std::vector<const Token*>;

// The reading as written: the tokens with a space between those the text separates.
std::string shown(const Reading& r) {
  std::string out;
  for (std::size_t k = 0; k < r.size(); ++k) {
    if (k > 0 && r[k]->begin != r[k - 1]->end) out += ' ';
    out += r[k]->text;
  }
  return out;
}

// What identifies a reading: its tokens' texts (not the spaces between them).
std::string key_of(const Reading& r) {
  std::string out;
  for (const Token* t : r) out += t->text + '\x1f';
  return out;
}

// The words alone (punctuation left out), as written.
std::string words_of(const Reading& r) {
  std::string out;
  for (const Token* t : r)
    if (!collate::is_punctuation(t->text)) out += t->text + '\x1f';
  return out;
}

// The form compared for an orthographic variant: normal forms, no hyphens or spaces.
std::string spelling_of(const Reading& r) {
  std::string out;
  for (const Token* t : r)
    for (char c : collate::normalize(t->text))
      if (c != '-' && c != ' ') out += c;
  return out;
}

// The kind of variant `r` is against the base's reading `base` (they differ).
std::string classify(const Reading& base, const Reading& r, bool moved) {
  if (moved) return "transposition";
  if (words_of(base) == words_of(r)) return "punctuation";
  if (base.empty()) return "addition";
  if (r.empty()) return "omission";
  if (spelling_of(base) == spelling_of(r)) return "orthographic";
  return "substitution";
}

// One place of variation: columns [first, last) of the table, in block `block` of the base.
struct Place {
  std::size_t first, last, block;
};

// A Variant added (the span's block and index) and the transpositions it takes part in.
struct Made {
  std::size_t block, span;
  std::set<int> moved;
};

class ApparatusBuilder {
 public:
  ApparatusBuilder(Document& doc, const std::vector<BaseToken>& base, const std::vector<std::vector<Token>>& others,
                   const collate::Table& table, const std::vector<std::string>& ids,
                   const std::vector<std::size_t>& order)
      : doc_(doc), base_(base), others_(others), table_(table), ids_(ids), order_(order) {}

  void run() {
    if (base_.empty()) return;  // nothing of the base to hang a place on
    std::vector<Made> made;
    for (const Place& p : widened(places()))
      if (add(p)) made.push_back({p.block, doc_.blocks[p.block].spans.size() - 1, moved_numbers(p)});
    link_transpositions(made);
  }

 private:
  Document& doc_;
  const std::vector<BaseToken>& base_;
  const std::vector<std::vector<Token>>& others_;
  const collate::Table& table_;
  const std::vector<std::string>& ids_;
  const std::vector<std::size_t>& order_;
  std::vector<std::size_t> prev_base_;  // per column: the last base token at or before it, or kGap
  int apps_ = 0;

  std::size_t rows() const { return ids_.size(); }

  const Token* token(std::size_t row, std::size_t col) const {
    const auto& cells = table_.columns[col].cells;
    if (row >= cells.size() || cells[row] == kGap) return nullptr;
    return row == 0 ? &base_[cells[row]].token : &others_[row - 1][cells[row]];
  }

  // The witnesses grouped by what they read in a column: each row's label is
  // the first row that reads the same (the same token text, or a gap).
  std::vector<std::size_t> partition(std::size_t col) const {
    std::vector<std::size_t> label(rows());
    for (std::size_t r = 0; r < rows(); ++r) {
      label[r] = r;
      const Token* t = token(r, col);
      for (std::size_t q = 0; q < r; ++q) {
        const Token* u = token(q, col);
        if ((!t && !u) || (t && u && t->text == u->text)) {
          label[r] = q;
          break;
        }
      }
    }
    return label;
  }

  // Whether a witness starts a paragraph with its token in the column (its
  // text, see witness_text, puts a blank line between paragraphs).
  bool starts_paragraph(std::size_t col) const {
    for (std::size_t r = 1; r < rows(); ++r) {
      const std::size_t c = table_.columns[col].cells[r];
      if (c != kGap && c > 0 && others_[r - 1][c].begin >= others_[r - 1][c - 1].end + 2) return true;
    }
    return false;
  }

  // Whether two columns hold one place where an aligner put the readings
  // apart: a witness has a token only in the first, another only in the
  // second (a substitution aligned as omission and addition).
  bool complement(std::size_t a, std::size_t b) const {
    bool ends = false, starts = false;
    for (std::size_t r = 0; r < rows(); ++r) {
      const bool in_a = token(r, a) != nullptr, in_b = token(r, b) != nullptr;
      ends = ends || (in_a && !in_b);
      starts = starts || (!in_a && in_b);
    }
    return ends && starts;
  }

  // Whether two neighbouring columns must stay in one place: nothing of the
  // base stands between them (the base has no word in one of them, or no
  // space between its words), so two places there would be written with
  // nothing between them and a witness's words would run together.
  bool touching(std::size_t a, std::size_t b) const {
    const std::size_t x = table_.columns[a].cells[0], y = table_.columns[b].cells[0];
    return x == kGap || y == kGap || base_[x].token.end == base_[y].token.begin;
  }

  // The runs of columns where the witnesses differ, one per block of the
  // base, split where the grouping of the witnesses changes (unless the
  // columns complement each other or touch).
  std::vector<Place> places() {
    std::vector<Place> out;
    std::vector<std::size_t> last_partition;
    std::size_t block = base_.front().block, prev = kGap;
    prev_base_.assign(table_.columns.size(), kGap);
    for (std::size_t col = 0; col < table_.columns.size(); ++col) {
      if (const std::size_t c = table_.columns[col].cells[0]; c != kGap) {
        block = base_[c].block;
        prev = c;
      } else if (const std::size_t next = prev == kGap ? 0 : prev + 1;
                 next < base_.size() && base_[next].block != block && starts_paragraph(col)) {
        block = base_[next].block;  // words a witness adds at the start of the base's next block
      }
      prev_base_[col] = prev;
      std::vector<std::size_t> part = partition(col);
      const bool differs = std::any_of(part.begin(), part.end(), [](std::size_t l) { return l != 0; });
      if (!differs) continue;
      if (!out.empty() && out.back().last == col && out.back().block == block &&
          (part == last_partition || complement(col - 1, col) || touching(col - 1, col)))
        ++out.back().last;
      else
        out.push_back({col, col + 1, block});
      last_partition = std::move(part);
    }
    return out;
  }

  // The columns of the base's tokens in [begin, end) of a block, as [first, last), or none.
  std::optional<Range> columns_of(std::size_t block, std::size_t begin, std::size_t end) const {
    std::optional<Range> out;
    for (std::size_t col = 0; col < table_.columns.size(); ++col) {
      const std::size_t c = table_.columns[col].cells[0];
      if (c == kGap || base_[c].block != block || base_[c].token.begin < begin || base_[c].token.end > end) continue;
      if (!out) out = Range{col, col + 1};
      out->second = col + 1;
    }
    return out;
  }

  // A span of the reader's (emphasis, a link) that the place's words cross, or none.
  const Span* crossed(const Place& p) const {
    const Range r = extent(p, reading(0, p));
    for (const Span& s : doc_.blocks[p.block].spans) {
      if (s.begin == s.end || s.is<Variant>()) continue;
      const bool overlap = s.begin < r.second && r.first < s.end;
      const bool nested = (s.begin <= r.first && r.second <= s.end) || (r.first <= s.begin && s.end <= r.second);
      if (overlap && !nested) return &s;
    }
    return nullptr;
  }

  // The places grown over the spans they would cross (the writer could not
  // nest them), merged where they then meet: the readings grow with them.
  std::vector<Place> widened(std::vector<Place> places) const {
    for (std::size_t k = 0; k < places.size(); ++k) {
      Place& p = places[k];
      for (const Span* s = crossed(p); s; s = crossed(p)) {
        const Range r = extent(p, reading(0, p));
        const auto cols = columns_of(p.block, std::min(r.first, s->begin), std::max(r.second, s->end));
        if (!cols || (cols->first >= p.first && cols->second <= p.last)) break;  // nothing more to take in
        p.first = std::min(p.first, cols->first);
        p.last = std::max(p.last, cols->second);
      }
      // merged with the places it now meets, before and after
      auto meet = [&](std::size_t a, std::size_t b) {
        return places[a].block == places[b].block && places[a].last > places[b].first;
      };
      while (k > 0 && meet(k - 1, k)) {
        places[k - 1].first = std::min(places[k - 1].first, places[k].first);
        places[k - 1].last = std::max(places[k - 1].last, places[k].last);
        places.erase(places.begin() + static_cast<std::ptrdiff_t>(k--));
      }
      while (k + 1 < places.size() && meet(k, k + 1)) {
        places[k].last = std::max(places[k].last, places[k + 1].last);
        places.erase(places.begin() + static_cast<std::ptrdiff_t>(k + 1));
      }
    }
    return places;
  }

  Reading reading(std::size_t row, const Place& p) const {
    Reading r;
    for (std::size_t col = p.first; col < p.last; ++col)
      if (const Token* t = token(row, col)) r.push_back(t);
    return r;
  }

  bool moved(std::size_t row, const Place& p) const {
    for (std::size_t col = p.first; col < p.last; ++col) {
      const auto& m = table_.columns[col].moved;
      if ((row < m.size() && m[row] >= 0) || (!m.empty() && m[0] >= 0)) return true;
    }
    return false;
  }

  std::set<int> moved_numbers(const Place& p) const {
    std::set<int> out;
    for (std::size_t col = p.first; col < p.last; ++col)
      for (int m : table_.columns[col].moved)
        if (m >= 0) out.insert(m);
    return out;
  }

  // Where in its block the place stands: the base's words, or (none) the
  // end of the base's word before it in the block, else the start of the next.
  Range extent(const Place& p, const Reading& base) const {
    if (!base.empty()) return {base.front()->begin, base.back()->end};
    const std::size_t prev = prev_base_[p.first];
    if (prev != kGap && base_[prev].block == p.block) return {base_[prev].token.end, base_[prev].token.end};
    const std::size_t next = prev == kGap ? 0 : prev + 1;
    return {base_[next].token.begin, base_[next].token.begin};
  }

  // The Variant of a place, added to its block (false when every witness reads as the base there).
  bool add(const Place& p) {
    const Reading base = reading(0, p);
    const std::string base_key = key_of(base);
    Variant v;
    std::map<std::string, std::size_t> by_key;
    std::vector<std::size_t> by_order(rows());
    for (std::size_t r = 0; r < rows(); ++r) by_order[r] = r;
    std::sort(by_order.begin(), by_order.end(), [&](std::size_t a, std::size_t b) { return order_[a] < order_[b]; });
    v.lemma_wits.push_back(ids_[0]);
    for (std::size_t r : by_order) {
      if (r == 0) continue;
      const Reading rd = reading(r, p);
      const std::string key = key_of(rd);
      if (key == base_key) {
        v.lemma_wits.push_back(ids_[r]);
        continue;
      }
      auto [it, fresh] = by_key.insert({key, v.readings.size()});
      if (fresh) v.readings.push_back({{}, shown(rd), classify(base, rd, moved(r, p))});
      v.readings[it->second].wits.push_back(ids_[r]);
    }
    if (v.readings.empty()) return false;
    v.type = v.readings.front().type;
    for (const auto& r : v.readings)
      if (r.type != v.type) v.type.clear();
    v.id = "app-" + std::to_string(++apps_);
    const auto [begin, end] = extent(p, base);
    doc_.blocks[p.block].spans.push_back(Span{begin, end, std::move(v)});
    return true;
  }

  Variant& variant(const Made& m) { return *doc_.blocks[m.block].spans[m.span].as<Variant>(); }

  // Apps that share a transposition point to each other (the first other found).
  void link_transpositions(const std::vector<Made>& made) {
    std::map<int, std::vector<std::size_t>> by_number;  // transposition -> the apps it touches
    for (std::size_t k = 0; k < made.size(); ++k)
      for (int m : made[k].moved) by_number[m].push_back(k);
    for (std::size_t k = 0; k < made.size(); ++k)
      for (int m : made[k].moved) {
        const auto& apps = by_number[m];
        auto other = std::find_if(apps.begin(), apps.end(), [&](std::size_t j) { return j != k; });
        if (other == apps.end()) continue;
        variant(made[k]).transposed_with = variant(made[*other]).id;
        break;
      }
  }
};

}  // namespace

void mark_variants(Document& doc, const std::vector<BaseToken>& base, const std::vector<std::vector<Token>>& others,
                   const collate::Table& table, const std::vector<std::string>& ids,
                   const std::vector<std::size_t>& order) {
  ApparatusBuilder(doc, base, others, table, ids, order).run();
}

void annotate_apparatus(Document& doc, const std::vector<std::string>& ids, std::size_t base,
                        const std::vector<std::string>& texts, const collate::Options& options) {
  if (ids.size() < 2 || base >= ids.size()) return;
  const std::vector<BaseToken> base_toks = base_tokens(doc);
  std::vector<std::vector<Token>> rows{{}};
  std::vector<std::string> row_ids{ids[base]};
  std::vector<std::size_t> order{base};
  for (const BaseToken& t : base_toks) rows[0].push_back(t.token);
  for (std::size_t w = 0; w < ids.size(); ++w) {
    if (w == base) continue;
    rows.push_back(collate::tokenize(w < texts.size() ? texts[w] : std::string()));
    row_ids.push_back(ids[w]);
    order.push_back(w);
  }
  const collate::Table table = collate::align(rows, options);
  rows.erase(rows.begin());
  mark_variants(doc, base_toks, rows, table, row_ids, order);
}

namespace {

std::string times(std::size_t n) { return n == 1 ? "once" : n == 2 ? "twice" : std::to_string(n) + " times"; }

// The place of variation at the words `p`: one that holds them, else one
// they overlap, else an empty one (an addition) where they start or end.
Span* variant_at(const TextPlace& p) {
  Span *overlap = nullptr, *beside = nullptr;
  for (Span& s : p.block->spans) {
    if (!s.is<Variant>()) continue;
    if (s.begin <= p.begin && p.end <= s.end && s.begin < s.end) return &s;
    if (!overlap && s.begin < p.end && p.begin < s.end) overlap = &s;
    if (!beside && s.begin == s.end && (s.begin == p.begin || s.begin == p.end)) beside = &s;
  }
  return overlap ? overlap : beside;
}

struct Found {
  Block* block;
  std::size_t span;
};

class ReadingEntries {
 public:
  ReadingEntries(Document& doc, const EditorialLayer& layer, const std::string& resp, Diagnostics& diags)
      : doc_(doc), layer_(layer), resp_(resp), diags_(diags) {}

  void apply(const EditorialReading& e) {
    std::optional<Found> f = e.reading.empty() ? by_base_words(e) : by_reading(e);
    if (!f) return;
    Span& s = f->block->spans[f->span];
    Variant& v = *s.as<Variant>();
    if (!e.lemma.empty() && !choose_lemma(v, e)) return;
    if (!e.type.empty()) {
      v.type = e.type;
      for (auto& r : v.readings) r.type = e.type;
    }
    v.resp = resp_;
    ++doc_.editor_interventions;
    const std::string id = v.id;
    const std::size_t end = s.end;
    if (!e.reason.empty()) add_editor_note(doc_, *f->block, end, e.reason, id, resp_);  // s and v end here
  }

 private:
  Document& doc_;
  const EditorialLayer& layer_;
  const std::string& resp_;
  Diagnostics& diags_;

  std::string what(const EditorialReading& e) const {
    return "[[reading]] '" + (e.reading.empty() ? e.at.text : e.reading) + "'";
  }

  std::optional<Found> by_base_words(const EditorialReading& e) {
    auto p = locate_entry(doc_, e.at, "reading", layer_.path, e.pos, diags_);
    if (!p) return std::nullopt;
    if (Span* s = variant_at(*p)) return Found{p->block, static_cast<std::size_t>(s - p->block->spans.data())};
    diags_.warning(layer_.path, e.pos, what(e) + " is in " + doc_.id +
                                           " at no place of variation (its witnesses agree there): the entry was "
                                           "not applied; address words where they differ");
    return std::nullopt;
  }

  // A place where the base has no words, by the words of another witness's reading.
  std::optional<Found> by_reading(const EditorialReading& e) {
    std::vector<Found> found;
    for (Block& b : doc_.blocks)
      for (std::size_t k = 0; k < b.spans.size(); ++k) {
        const Variant* v = b.spans[k].as<Variant>();
        if (!v || (e.at.line && static_cast<int>(b.position_of(b.spans[k].begin).line) != e.at.line)) continue;
        if (std::any_of(v->readings.begin(), v->readings.end(),
                        [&](const VariantReading& r) { return r.text.find(e.reading) != std::string::npos; }))
          found.push_back({&b, k});
      }
    const std::string where = e.at.line ? " on line " + std::to_string(e.at.line) : std::string();
    if (found.empty())
      diags_.warning(layer_.path, e.pos, what(e) + " is no witness's reading at a place of variation of " + doc_.id +
                                             where + ": the entry was not applied; check the words and the line");
    else if (!e.at.occurrence && found.size() > 1)
      diags_.warning(layer_.path, e.pos, what(e) + " is a reading at " + times(found.size()) + " places of " +
                                             doc_.id + where +
                                             ": the entry was not applied; add line = or occurrence = to choose one");
    else if (e.at.occurrence > static_cast<int>(found.size()))
      diags_.warning(layer_.path, e.pos, what(e) + ": occurrence " + std::to_string(e.at.occurrence) +
                                             " asked, but it is a reading at " + times(found.size()) + " places of " +
                                             doc_.id + where + ": the entry was not applied");
    else
      return found[e.at.occurrence ? static_cast<std::size_t>(e.at.occurrence - 1) : 0];
    return std::nullopt;
  }

  // Makes witness e.lemma's reading the lemma; false (and a warning) when it has none here.
  bool choose_lemma(Variant& v, const EditorialReading& e) {
    if (std::find(v.lemma_wits.begin(), v.lemma_wits.end(), e.lemma) != v.lemma_wits.end()) {
      v.lemma_reading = -1;
      return true;
    }
    for (std::size_t k = 0; k < v.readings.size(); ++k) {
      const auto& wits = v.readings[k].wits;
      if (std::find(wits.begin(), wits.end(), e.lemma) != wits.end()) {
        v.lemma_reading = static_cast<int>(k);
        return true;
      }
    }
    diags_.warning(layer_.path, e.lemma_pos, what(e) + ": lemma '" + e.lemma + "' is not a witness of " + doc_.id +
                                                 " (" + v.id + "): the entry was not applied; give the id of one of "
                                                 "its [[document.witness]] entries");
    return false;
  }
};

}  // namespace

void apply_editorial_readings(Document& doc, const EditorialLayer& layer, const std::string& resp,
                              Diagnostics& diags) {
  ReadingEntries entries(doc, layer, resp, diags);
  for (const auto& e : layer.readings)
    if (e.at.document == doc.id) entries.apply(e);
}

}  // namespace editio
