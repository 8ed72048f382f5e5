#include "read/segment.hpp"

#include <algorithm>
#include <array>
#include <string_view>
#include <unordered_set>

#include "util/utf8.hpp"

namespace editio {
namespace {

using utf8::first_char;
using utf8::last_char;
using utf8::lower;
using utf8::words;

// A run of source text that becomes one block before classification.
struct RawBlock {
  std::string text;
  std::vector<Anchor> anchors;
  bool blank_before = true;  // preceded by a blank line or the start of the file
  bool blank_after = true;   // followed by a blank line or the end of the file
};

bool is_blank(std::string_view line) { return utf8::trim(line).empty(); }

// Column (1-based, in code points) of the first non-space character.
std::uint32_t first_column(std::string_view line, std::string_view trimmed) {
  auto skipped = static_cast<std::size_t>(trimmed.data() - line.data());
  return static_cast<std::uint32_t>(utf8::count_code_points(line, 0, skipped) + 1);
}

// Hard-wrapped text (paragraphs broken into lines of similar length, separated
// by blank lines) is joined into paragraphs; otherwise every line is a block.
bool looks_hard_wrapped(const std::vector<std::string>& lines) {
  std::size_t longest = 0;
  for (const auto& l : lines) longest = std::max(longest, utf8::count_code_points(l, 0, l.size()));
  if (longest < 40 || longest > 120) return false;
  // Lines that another line follows: in wrapped text most are long and most
  // break off mid-sentence; in a list of short lines they end with punctuation.
  std::size_t followed = 0, long_followed = 0, ended = 0;
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) {
    if (is_blank(lines[i]) || is_blank(lines[i + 1])) continue;
    ++followed;
    if (utf8::count_code_points(lines[i], 0, lines[i].size()) * 10 >= longest * 6) ++long_followed;
    std::string_view t = utf8::trim(lines[i]);
    if (!t.empty() && std::string_view(".;:!?").find(t.back()) != std::string_view::npos) ++ended;
  }
  return followed >= 3 && long_followed * 2 > followed && ended * 2 < followed;
}

std::vector<RawBlock> raw_blocks(const std::vector<std::string>& lines) {
  const bool wrapped = looks_hard_wrapped(lines);
  std::vector<RawBlock> out;
  bool blank_before = true;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines[i];
    std::string_view t = utf8::trim(line);
    if (t.empty()) {
      blank_before = true;
      if (!out.empty()) out.back().blank_after = true;
      continue;
    }
    SourcePos pos{static_cast<std::uint32_t>(i + 1), first_column(line, t)};
    const bool continues = wrapped && !blank_before && !out.empty();
    if (continues) {
      RawBlock& b = out.back();
      // A word broken by a hyphen at the end of a line is joined again.
      bool joined = false;
      if (b.text.size() >= 2 && b.text.back() == '-') {
        std::size_t k = b.text.size() - 1;
        char32_t before = utf8::prev(b.text, k);
        std::size_t j = 0;
        char32_t after = utf8::next(t, j);
        if (utf8::is_letter(before) && utf8::is_letter(after) && !utf8::is_upper(after)) {
          b.text.pop_back();
          joined = true;
        }
      }
      if (!joined) b.text += ' ';
      b.anchors.push_back({b.text.size(), pos});
      b.text += t;
    } else {
      if (!out.empty() && !blank_before) out.back().blank_after = false;
      RawBlock b;
      b.text = std::string(t);
      b.anchors.push_back({0, pos});
      b.blank_before = blank_before;
      b.blank_after = true;
      out.push_back(std::move(b));
    }
    blank_before = false;
  }
  return out;
}

bool has_letter(std::string_view w) {
  for (std::size_t i = 0; i < w.size();) if (utf8::is_letter(utf8::next(w, i))) return true;
  return false;
}

bool has_digit(std::string_view w) {
  return std::any_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// The punctuation that ends `s`, behind closing quotation marks and brackets:
// "Repeated to the Department.”" ends with a full stop.
bool ends_sentence_or_clause(std::string_view s) {
  std::size_t end = s.size();
  char32_t c = 0;
  while (end > 0) {
    c = utf8::prev(s, end);
    if (c != U'”' && c != U'»' && c != U'"' && c != U'’' && c != U')' && c != U']') break;
  }
  return c == U'.' || c == U',' || c == U';' || c == U':' || c == U'!' || c == U'?' || c == U'…';
}

// Heading keywords, lower case, with the division type and rank they give.
struct HeadingKeyword {
  std::string_view word;
  std::string_view type;
  int rank;
};
constexpr std::array<HeadingKeyword, 16> kHeadingKeywords{{
    {"part", "part", 1},       {"часть", "part", 1},     {"book", "book", 1},
    {"книга", "book", 1},      {"chapter", "chapter", 2}, {"глава", "chapter", 2},
    {"section", "section", 3}, {"раздел", "section", 3},  {"§", "section", 3},
    {"appendix", "appendix", 2}, {"приложение", "appendix", 2},
    {"introduction", "introduction", 2}, {"введение", "introduction", 2},
    {"preface", "preface", 2}, {"предисловие", "preface", 2}, {"epilogue", "epilogue", 2},
}};

// "Chapter 7: ...", "Глава VII", "§ 3": a keyword, then a number or numeral.
const HeadingKeyword* heading_keyword(std::string_view text) {
  auto w = words(text);
  if (w.empty()) return nullptr;
  std::string first = lower(w[0]);
  while (!first.empty() && (first.back() == '.' || first.back() == ':')) first.pop_back();
  if (w.size() == 1) {  // "Appendix", "Introduction": a keyword of a division that has no number, alone
    for (const auto& k : kHeadingKeywords)
      if (first == k.word && k.rank == 2 && k.type != "chapter") return &k;
    return nullptr;
  }
  std::string_view num = w[1];
  while (!num.empty() && (num.back() == '.' || num.back() == ':')) num.remove_suffix(1);
  bool numeral = !num.empty() && std::all_of(num.begin(), num.end(), [](char c) {
    return (c >= '0' && c <= '9') || std::string_view("IVXLCDM").find(c) != std::string_view::npos;
  });
  for (const auto& k : kHeadingKeywords)
    if (first == k.word && (numeral || k.rank == 2)) return &k;
  return nullptr;
}

bool looks_like_navigation(std::string_view text) {
  std::size_t bars = 0;
  for (char c : text) bars += c == '|';
  if (bars < 2 || text.size() > 300) return false;
  // every part short
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t e = text.find('|', start);
    if (e == std::string_view::npos) e = text.size();
    if (words(text.substr(start, e - start)).size() > 5) return false;
    start = e + 1;
  }
  return true;
}

bool short_line(std::string_view text, std::size_t max_chars, std::size_t max_words) {
  return utf8::count_code_points(text, 0, text.size()) <= max_chars && words(text).size() <= max_words;
}

// A short, isolated line that reads as a title rather than as a sentence.
bool looks_like_heading(const RawBlock& b) {
  const std::string_view t = b.text;
  if (!b.blank_before || !b.blank_after) return false;
  if (!short_line(t, 120, 16)) return false;
  if (heading_keyword(t)) return true;
  if (ends_sentence_or_clause(t)) return false;
  char32_t f = first_char(t);
  if (!utf8::is_letter(f) || !utf8::is_upper(f)) return false;
  if (t.find('|') != std::string_view::npos || t.find(':') != std::string_view::npos) return false;
  auto w = words(t);
  std::size_t alpha = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    if (has_letter(w[i]) && utf8::count_code_points(w[i], 0, w[i].size()) >= 3) ++alpha;
    if (has_digit(w[i]) && i + 1 != w.size()) return false;  // numbers only at the end
  }
  return alpha >= 3;
}

bool looks_like_title(const RawBlock& b) {
  const std::string_view t = b.text;
  if (!b.blank_after || !short_line(t, 200, 30)) return false;
  if (t.find('|') != std::string_view::npos) return false;
  char32_t l = last_char(t);
  if (l == U',' || l == U';' || l == U':' || l == U'.') return false;
  if (t.find("[") != std::string_view::npos) return false;  // a note call: running text
  char32_t f = first_char(t);
  return words(t).size() >= 2 && (utf8::is_upper(f) || f == U'«' || f == U'“' || f == U'"' ||
                                  f == U'[' || (f >= U'0' && f <= U'9'));
}

bool is_open_quote(char32_t c) { return c == U'“' || c == U'«' || c == U'„' || c == U'"'; }

// The whole block is one quotation: it opens with a quotation mark and the
// mark opened first closes only at the end (after it at most punctuation or a
// reference in parentheses).
bool looks_like_quotation(std::string_view t) {
  const char32_t open = first_char(t);
  if (!is_open_quote(open)) return false;
  const bool low_high = open == U'„';  // „German“ style: “ closes
  int depth = 0;
  bool straight_open = false;
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = utf8::next(t, i);
    int delta = 0;
    if (c == U'"') {
      delta = straight_open ? -1 : 1;
      straight_open = !straight_open;
    } else if (c == U'«' || c == U'„' || (c == U'“' && !low_high)) {
      delta = 1;
    } else if (c == U'»' || c == U'”' || (c == U'“' && low_high)) {
      delta = -1;
    }
    depth += delta;
    if (delta < 0 && depth <= 0) {
      // The first quotation closed: only punctuation, note calls ("[5]")
      // or "(...)" may follow.
      std::string_view rest = utf8::trim(t.substr(i));
      for (std::size_t e = 0; !rest.empty(); rest.remove_prefix(e)) {
        e = std::string_view(".,;").find(rest.front()) != std::string_view::npos ? 1 : bracketed_number(rest, 0);
        if (e == 0) break;
      }
      rest = utf8::trim(rest);
      if (!rest.empty() && rest.back() == '.') rest.remove_suffix(1);
      return rest.empty() || (rest.front() == '(' && rest.back() == ')');
    }
  }
  return false;
}

// "- item", "• item", "1. item", "2) item": the marker's length, or 0.
std::size_t bullet_marker(std::string_view t, bool& numbered) {
  numbered = false;
  std::size_t i = 0;
  char32_t c = utf8::next(t, i);
  if ((c == U'-' || c == U'–' || c == U'—' || c == U'•' || c == U'*' || c == U'·') &&
      i < t.size() && t[i] == ' ')
    return i + 1;
  std::size_t d = 0;
  while (d < t.size() && d < 3 && t[d] >= '0' && t[d] <= '9') ++d;
  if (d > 0 && d + 1 < t.size() && (t[d] == '.' || t[d] == ')') && t[d + 1] == ' ') {
    numbered = true;
    return d + 2;
  }
  return 0;
}

// A long line gets an anchor every kColumnStep bytes (its position counted
// once here), so that Block::position_of (the line and column of a warning)
// counts at most that many bytes, not the line's length: a megabyte line
// with a warning at every date would otherwise cost time quadratic in it.
constexpr std::size_t kColumnStep = 1024;

std::vector<Anchor> with_column_steps(const std::vector<Anchor>& anchors, std::string_view text) {
  std::vector<Anchor> out;
  out.reserve(anchors.size() + text.size() / kColumnStep);
  for (std::size_t k = 0; k < anchors.size(); ++k) {
    out.push_back(anchors[k]);
    const std::size_t end = k + 1 < anchors.size() ? anchors[k + 1].offset : text.size();
    Anchor step = anchors[k];
    while (step.offset + kColumnStep < end) {
      step.pos.column += static_cast<std::uint32_t>(utf8::count_code_points(text, step.offset, step.offset + kColumnStep));
      step.offset += kColumnStep;
      out.push_back(step);
    }
  }
  return out;
}

Block make_block(BlockKind kind, RawBlock&& r) {
  Block b;
  b.kind = kind;
  b.text = std::move(r.text);
  b.anchors = with_column_steps(r.anchors, b.text);
  return b;
}

void drop_prefix(Block& b, std::size_t n) {
  std::vector<Anchor> kept{{0, b.position_of(n)}};
  for (const auto& a : b.anchors)
    if (a.offset > n) kept.push_back({a.offset - n, a.pos});
  b.text.erase(0, n);
  b.anchors = std::move(kept);
}

}  // namespace

namespace {

// "[41]" at the start of `text`, then white space or the end: its number, and
// where what follows the marker begins.
bool note_marker(std::string_view text, std::string& n, std::size_t& rest) {
  std::size_t i = bracketed_number(text, 0);
  if (i == 0 || i - 2 > kNoteDigits) return false;
  if (i < text.size() && text[i] != ' ' && text[i] != '\t') return false;
  n = std::string(text.substr(1, i - 2));
  while (i < text.size() && (text[i] == ' ' || text[i] == '\t')) ++i;
  rest = i;
  return true;
}

// A paragraph that starts like a note body but is none: why not, or empty.
// In the running text "[41]Text" starts with a call, which is no mistake.
std::string almost_note_marker(std::string_view text, bool in_notes) {
  const std::size_t end = bracketed_number(text, 0);
  if (end == 0 || end == text.size()) return "";
  const std::string marker(text.substr(0, end));
  if (end - 2 > kNoteDigits)
    return "'" + marker + "' looks like a note marker, but a note number has at most " + std::to_string(kNoteDigits) +
           " digits";
  if (in_notes && text[end] != ' ' && text[end] != '\t')
    return "'" + marker + "' looks like a note marker, but no space follows it";
  return "";
}

}  // namespace

std::size_t bracketed_number(std::string_view text, std::size_t at) {
  if (at >= text.size() || text[at] != '[') return 0;
  std::size_t i = at + 1;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') ++i;
  return i > at + 1 && i < text.size() && text[i] == ']' ? i + 1 : 0;
}

bool parse_note_marker(std::string_view text, std::string& n, std::size_t& rest) {
  return note_marker(text, n, rest) && rest < text.size();
}

bool is_bare_note_marker(std::string_view text, std::string& n) {
  std::string_view t = utf8::trim(text);
  std::size_t rest = 0;
  return note_marker(t, n, rest) && rest == t.size();
}

namespace {

bool starts_note(std::string_view text) {
  std::string n;
  std::size_t rest = 0;
  return note_marker(text, n, rest);
}

// The notes region: from the first block (after the first) that starts
// with a note marker ("[41] ...") to the end; raw.size() when there is none.
std::size_t notes_region_start(const std::vector<RawBlock>& raw) {
  for (std::size_t i = 1; i < raw.size(); ++i)
    if (starts_note(raw[i].text)) return i;
  return raw.size();
}

Note new_note(const std::string& n, SourcePos pos, Block first) {
  Note note;
  note.n = n;
  note.pos = pos;
  note.blocks.push_back(std::move(first));
  return note;
}

// The notes region into doc.notes. Blocks without a marker continue the note
// before them. A marker alone on its line ("[41]") takes the next block as
// its text.
void read_notes(std::vector<RawBlock>& raw, std::size_t notes_from, const std::string& path, Document& doc,
                Diagnostics& diags) {
  for (std::size_t i = notes_from; i < raw.size(); ++i) {
    std::string n;
    std::size_t rest = 0;
    const SourcePos pos = raw[i].anchors.front().pos;
    if (parse_note_marker(raw[i].text, n, rest)) {
      Block b = make_block(BlockKind::Paragraph, std::move(raw[i]));
      drop_prefix(b, rest);
      doc.notes.push_back(new_note(n, pos, std::move(b)));
    } else if (is_bare_note_marker(raw[i].text, n)) {
      if (i + 1 >= raw.size() || starts_note(raw[i + 1].text)) {
        diags.warning(path, pos,
                      "note marker [" + n + "] has no text after it; it is left out: write the note's text after "
                      "the marker (\"[" + n + "] text\") or delete the marker");
        continue;
      }
      doc.notes.push_back(new_note(n, pos, make_block(BlockKind::Paragraph, std::move(raw[++i]))));
    } else {
      // The region starts with a marker, and a marker without text is
      // followed by another marker or nothing: there is a note before this.
      if (std::string why = almost_note_marker(raw[i].text, true); !why.empty())
        diags.warning(path, pos,
                      why + ": this paragraph is kept as part of note [" + doc.notes.back().n +
                          "] before it; if it is a note of its own, write its marker as \"[N] \" (at most " +
                          std::to_string(kNoteDigits) + " digits, then a space) here and in its call");
      doc.notes.back().blocks.push_back(make_block(BlockKind::Paragraph, std::move(raw[i])));
    }
  }
}

// Paragraphs of the running text that start almost like a note body.
void warn_about_almost_notes(const std::vector<RawBlock>& raw, std::size_t notes_from, const std::string& path,
                             Diagnostics& diags) {
  for (std::size_t i = 0; i < notes_from; ++i)
    if (std::string why = almost_note_marker(raw[i].text, false); !why.empty())
      diags.warning(path, raw[i].anchors.front().pos,
                    why + ": this paragraph is kept as text; if it is a note, write its marker as \"[N] \" (at "
                          "most " + std::to_string(kNoteDigits) + " digits, then a space) here and in its call");
}

// A heading such as "Notes" just before the notes is dropped.
void drop_notes_heading(std::vector<RawBlock>& raw, const Document& doc) {
  if (raw.empty() || doc.notes.empty()) return;
  std::string last = lower(raw.back().text);
  if (last == "notes" || last == "примечания" || last == "сноски" || last == "endnotes") raw.pop_back();
}

// Whether block `i` of the running text is the web page's rather than the
// text's (site navigation, the page's title repeated); if so, it goes to
// doc.omitted.
bool is_web_chrome(const RawBlock& r, std::size_t i, const std::unordered_set<std::string>& titles_seen,
                   Document& doc) {
  if (looks_like_navigation(r.text)) {
    doc.omitted.push_back(r.text);
    return true;
  }
  // A title the page repeats at its top (before any text) is the web
  // page's title, not the text's: the first line, when it is that title,
  // goes as well. Further down, a repeated line is the text's own (the
  // same signature under two letters, the same heading twice).
  if (!titles_seen.count(r.text) || doc.blocks.size() > 1 || i >= 8) return false;
  if (!doc.blocks.empty() && doc.blocks.front().kind == BlockKind::Title && doc.blocks.front().text == r.text) {
    doc.omitted.insert(doc.omitted.begin(), doc.blocks.front().text);
    doc.blocks.erase(doc.blocks.begin());
  } else {
    doc.omitted.push_back(r.text);
  }
  return true;
}

// Block `i` of the running text as a title (the first only), a heading (not
// the last), a quotation or a paragraph; a title's or heading's text goes
// into `titles_seen`.
Block classify(std::vector<RawBlock>& raw, std::size_t i, bool first, std::unordered_set<std::string>& titles_seen) {
  RawBlock& r = raw[i];
  if (first && i == 0 && looks_like_title(r)) {
    titles_seen.insert(r.text);
    return make_block(BlockKind::Title, std::move(r));
  }
  // A heading heads something: the last block of a text is not one.
  if (i + 1 < raw.size() && looks_like_heading(r)) {
    const HeadingKeyword* k = heading_keyword(r.text);
    titles_seen.insert(r.text);
    Block b = make_block(BlockKind::Heading, std::move(r));
    b.level = k ? k->rank : 2;
    b.division_type = k ? std::string(k->type) : std::string();
    return b;
  }
  if (looks_like_quotation(r.text)) return make_block(BlockKind::Quote, std::move(r));
  return make_block(BlockKind::Paragraph, std::move(r));
}

// The running text into doc.blocks.
void classify_running_text(std::vector<RawBlock>& raw, const SegmentOptions& options, Document& doc) {
  std::unordered_set<std::string> titles_seen;  // the title and the headings (a set: there may be thousands)
  for (std::size_t i = 0; i < raw.size(); ++i) {
    if (options.drop_web_chrome && is_web_chrome(raw[i], i, titles_seen, doc)) continue;
    doc.blocks.push_back(classify(raw, i, doc.blocks.empty(), titles_seen));
  }
}

// Runs of two or more bulleted or numbered lines become list items.
void mark_bulleted_lists(std::vector<Block>& blocks) {
  for (std::size_t i = 0; i < blocks.size();) {
    bool numbered = false;
    std::size_t j = i;
    std::vector<std::size_t> markers;
    while (j < blocks.size() && blocks[j].kind == BlockKind::Paragraph) {
      bool num = false;
      std::size_t m = bullet_marker(blocks[j].text, num);
      if (m == 0 || (j > i && num != numbered)) break;
      if (j == i) numbered = num;
      markers.push_back(m);
      ++j;
    }
    if (j - i >= 2) {
      for (std::size_t k = i; k < j; ++k) {
        Block& b = blocks[k];
        b.kind = BlockKind::ListItem;
        b.label = std::string(utf8::trim(std::string_view(b.text).substr(0, markers[k - i])));
        drop_prefix(b, markers[k - i]);
      }
      i = j;
    } else {
      ++i;
    }
  }
}

// An introduction ending with ":" followed by items ending with ";" (the last
// may end with "."): the enumerations of running prose become list items.
void mark_enumerations(std::vector<Block>& blocks) {
  for (std::size_t i = 0; i + 2 < blocks.size(); ++i) {
    if (blocks[i].kind == BlockKind::ListItem || last_char(blocks[i].text) != U':') continue;
    std::size_t j = i + 1;
    while (j < blocks.size() && blocks[j].kind == BlockKind::Paragraph && last_char(blocks[j].text) == U';') ++j;
    if (j - (i + 1) < 2) continue;  // one line ending with ";" is just prose
    if (j < blocks.size() && blocks[j].kind == BlockKind::Paragraph && last_char(blocks[j].text) == U'.') ++j;
    for (std::size_t k = i + 1; k < j; ++k) {
      blocks[k].kind = BlockKind::ListItem;
    }
    i = j - 1;
  }
}

}  // namespace

void segment(const SourceText& src, Document& doc, Diagnostics& diags,
             const SegmentOptions& options) {
  std::vector<RawBlock> raw = raw_blocks(src.lines);
  const std::size_t notes_from = notes_region_start(raw);
  read_notes(raw, notes_from, src.path, doc, diags);
  warn_about_almost_notes(raw, notes_from, src.path, diags);
  raw.resize(notes_from);
  drop_notes_heading(raw, doc);
  classify_running_text(raw, options, doc);
  mark_bulleted_lists(doc.blocks);
  mark_enumerations(doc.blocks);
}

}  // namespace editio
