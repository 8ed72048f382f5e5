#include "read/html.hpp"

#include <libxml/HTMLparser.h>
#include <libxml/parserInternals.h>

#include <algorithm>
#include <cctype>
#include <climits>
#include <cstdlib>
#include <functional>
#include <map>
#include <memory>
#include <set>
#include <tuple>
#include <utility>

#include "read/block_builder.hpp"
#include "read/html_article.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

using html::attr;
using html::Chrome;
using html::Footnotes;
using html::has_token;
using html::is;
using html::text_of;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

std::string squeeze(std::string_view s) {
  std::string out;
  for (char c : s) {
    if (is_space(c)) {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

std::uint32_t line_of(const xmlNode* n) {
  const long l = xmlGetLineNo(n);
  return l > 0 ? static_cast<std::uint32_t>(l) : 0;
}

// Where a word of the parsed page stands in the source. libxml2 gives each
// node a line but no column, and a text's line is where its first piece
// ended (a text is delivered in pieces, split at entities), so the line of a
// text's first word is known only to lie in a range. The word is looked for
// in the lines of that range, after the previous word found on the same line
// and outside a tag (not in an attribute). A word written otherwise in the
// source ("&amp;", "&rsquo;"), or further than kWindow bytes on, is not
// found: its column is 0, "not known".
class Locator {
 public:
  explicit Locator(const std::vector<std::string>& lines) : lines_(lines) {}

  // The first place of `word` on lines first..last; column 0 when it is not found.
  SourcePos find(std::uint32_t first, std::uint32_t last, std::string_view word) {
    for (std::uint32_t line = std::max(first, 1u); line <= last && line <= lines_.size() && !word.empty(); ++line)
      if (const std::uint32_t column = find_on(line, word)) return {line, column};
    return {first, 0};
  }
  // Words are looked for anew from `line`, after the first `mark` in it
  // (after reading the notes: the article's start tag).
  void restart(std::uint32_t line, std::string_view mark) {
    line_ = line, byte_ = 0, counted_byte_ = 0, counted_ = 0;
    if (line == 0 || line > lines_.size() || mark.empty()) return;
    const std::size_t at = lines_[line - 1].find(mark);
    if (at != std::string::npos) byte_ = at;
  }

 private:
  std::uint32_t find_on(std::uint32_t line, std::string_view word) {
    const std::string& s = lines_[line - 1];
    std::size_t from = line == line_ ? byte_ : 0;
    const std::size_t limit = std::min(s.size(), from + kWindow);
    for (std::size_t f; (f = s.find(word, from)) != std::string::npos && f <= limit; from = f + 1) {
      if (inside_tag(s, f)) continue;
      if (line != line_ || f < counted_byte_) counted_byte_ = 0, counted_ = 0;
      counted_ += utf8::count_code_points(s, counted_byte_, f);
      counted_byte_ = f;
      line_ = line;
      byte_ = f + word.size();
      return static_cast<std::uint32_t>(counted_ + 1);
    }
    return 0;
  }

 private:
  static constexpr std::size_t kWindow = 8192;
  static bool inside_tag(const std::string& s, std::size_t at) {
    const std::size_t stop = at > kWindow ? at - kWindow : 0;
    for (std::size_t i = at; i > stop; --i)
      if (s[i - 1] == '>' || s[i - 1] == '<') return s[i - 1] == '<';
    return false;
  }
  const std::vector<std::string>& lines_;
  std::uint32_t line_ = 0;
  std::size_t byte_ = 0;                      // where the last word found ends
  std::size_t counted_byte_ = 0, counted_ = 0;  // code points before counted_byte_ in line_
};

// The rend of an inline element's Highlight, or null.
const char* rend_of(const xmlNode* n) {
  static const std::map<std::string, const char*> rends = {
      {"em", "italic"},          {"i", "italic"},         {"cite", "italic"},        {"var", "italic"},
      {"dfn", "italic"},         {"strong", "bold"},      {"b", "bold"},             {"code", "code"},
      {"kbd", "code"},           {"samp", "code"},        {"tt", "code"},            {"u", "underline"},
      {"ins", "underline"},      {"s", "strikethrough"},  {"del", "strikethrough"},  {"strike", "strikethrough"},
      {"sup", "superscript"},    {"sub", "subscript"}};
  auto it = rends.find(reinterpret_cast<const char*>(n->name));
  return it == rends.end() ? nullptr : it->second;
}

// Elements that start a block of their own in running text.
bool is_block(const xmlNode* n) {
  static const std::set<std::string> blocks = {
      "p",     "div",     "section", "article",    "main",   "header",  "footer", "aside",   "nav",
      "blockquote", "ul", "ol",      "li",         "dl",     "dt",      "dd",     "table",   "tr",
      "td",    "th",      "thead",   "tbody",      "tfoot",  "caption", "figure", "figcaption", "pre",
      "h1",    "h2",      "h3",      "h4",         "h5",     "h6",      "hr",     "address", "details",
      "summary", "center", "hgroup", "menu",       "dir",    "fieldset", "legend", "body",   "html", "img"};
  return n->type == XML_ELEMENT_NODE && blocks.count(reinterpret_cast<const char*>(n->name));
}

// Blocks that break a list item's text: the list item reads paragraphs as its own text.
bool is_breaking_block(const xmlNode* n) {
  return is(n, "ul") || is(n, "ol") || is(n, "table") || is(n, "blockquote") || is(n, "pre") || is(n, "figure");
}

// Whether an element holds, below it, a block that cannot stand in running
// text (a list, a table, a paragraph), as unclosed inline markup leaves them.
bool has_breaking_block(const xmlNode* n) {
  for (const xmlNode* c = n->children; c; c = c->next)
    if (c->type == XML_ELEMENT_NODE &&
        (is_breaking_block(c) || is(c, "p") || is(c, "div") || html::is_heading(c) || has_breaking_block(c)))
      return true;
  return false;
}

// A link whose words are its address ("https://example.org/x" shown as
// "example.org/x"): no name or date is tagged in it.
bool is_literal_link(std::string_view href, std::string text) {
  auto bare = [](std::string_view s) {
    for (std::string_view scheme : {"mailto:", "https://", "http://", "ftp://", "www."})
      if (s.substr(0, scheme.size()) == scheme) s.remove_prefix(scheme.size());
    while (!s.empty() && s.back() == '/') s.remove_suffix(1);
    return std::string(s);
  };
  text = squeeze(text);
  return !text.empty() && (text == href || bare(text) == bare(href));
}

// The number a note's call shows ("1", "[1]", "(1)"), or "" when it is not a number.
std::string call_number(const xmlNode* a) {
  std::string t = squeeze(text_of(a));
  while (!t.empty() && std::string_view("[(").find(t.front()) != std::string_view::npos) t.erase(0, 1);
  while (!t.empty() && std::string_view("])").find(t.back()) != std::string_view::npos) t.pop_back();
  const bool number = !t.empty() && std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
  return number ? t : "";
}

// b.finish(), less a trailing no-break space (the "&#160;" before a note's
// backlink), at the line of `at` when no text gave a position.
Block finished(BlockBuilder& b, const xmlNode* at) {
  Block block = b.finish();
  std::string& t = block.text;
  while (t.size() >= 2 && t.compare(t.size() - 2, 2, "\xC2\xA0") == 0) {
    t.resize(t.size() - 2);
    while (!t.empty() && t.back() == ' ') t.pop_back();
  }
  for (auto& s : block.spans) s.begin = std::min(s.begin, t.size()), s.end = std::min(s.end, t.size());
  std::erase_if(block.anchors, [&](const Anchor& a) { return a.offset > 0 && a.offset >= t.size(); });
  if (block.anchors.front().pos.line == 0) block.anchors.front().pos = {line_of(at), 0};
  return block;
}

std::string plural(std::size_t n, const std::string& one, const std::string& many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

// Reads the running text and the notes of a page into blocks.
class PageReader {
 public:
  PageReader(const SourceText& src, Document& doc, Diagnostics& diags, const Footnotes& fn)
      : src_(src), doc_(doc), diags_(diags), fn_(fn), locator_(src.lines) {
    for (const xmlNode* a : fn.missing) missing_.insert(a);
  }
  void read_notes();
  void read_article(const xmlNode* article);
  void report_uncalled_notes();
  const std::map<Chrome, std::size_t>& dropped() const { return dropped_; }

 private:
  void blocks(const xmlNode* parent, BlockKind kind, std::string label = "", bool merge = false);
  void children_as_blocks(const xmlNode* parent, BlockBuilder& loose, BlockKind kind, bool merge);
  void block_element(const xmlNode* n, BlockKind kind);
  void inlines(const xmlNode* parent, BlockBuilder& b);
  void inline_node(const xmlNode* n, BlockBuilder& b);
  void inline_element(const xmlNode* n, BlockBuilder& b);
  void text(const xmlNode* t, BlockBuilder& b);
  void call(const xmlNode* a, BlockBuilder& b);
  void heading(const xmlNode* n);
  void list(const xmlNode* n);
  void table(const xmlNode* n);
  void figure(const xmlNode* n);
  void image(const xmlNode* img, const xmlNode* caption, bool run_in);
  void code_block(const xmlNode* n, BlockKind kind);
  void emit(BlockBuilder& b, const xmlNode* at);
  bool skip(const xmlNode* n);
  bool is_backlink(const xmlNode* n) const;
  void span(BlockBuilder& b, std::size_t begin, SpanKind what);

  const SourceText& src_;
  Document& doc_;
  Diagnostics& diags_;
  const Footnotes& fn_;
  Locator locator_;
  std::set<const xmlNode*> missing_;
  std::map<const xmlNode*, std::size_t> note_of_;  // a note body -> its index in doc.notes
  std::vector<std::string> labels_;                 // note_labels(doc), for a note called again
  std::vector<Block>* out_ = &doc_.blocks;
  std::vector<Block> figures_;                      // images met in running text, placed after its block
  std::map<Chrome, std::size_t> dropped_;           // what was left out of the article, by kind
  bool in_note_ = false, in_cell_ = false, in_code_ = false;
  int depth_ = 0;                                   // of inline elements: spans over the same text nest so
};

void PageReader::read_notes() {
  for (const xmlNode* body : fn_.bodies) {
    Note note;
    auto first = fn_.first_call.find(body);
    note.n = first != fn_.first_call.end() ? call_number(first->second) : "";
    if (note.n.empty()) note.n = std::to_string(doc_.notes.size() + 1);
    out_ = &note.blocks;
    in_note_ = true;
    blocks(body, BlockKind::Paragraph);
    in_note_ = false;
    out_ = &doc_.blocks;
    if (note.blocks.empty()) continue;  // nothing to say: a call to it stays text
    note.pos = note.blocks.front().position();
    note_of_[body] = doc_.notes.size();
    doc_.notes.push_back(std::move(note));
  }
  labels_ = note_labels(doc_);
}

// The article's text; in a page of few lines (minified), its words are
// looked for from its start tag, found by its id or name.
void PageReader::read_article(const xmlNode* article) {
  const std::string id = attr(article, "id");
  locator_.restart(line_of(article),
                   id.empty() ? "<" + std::string(reinterpret_cast<const char*>(article->name)) : "\"" + id + "\"");
  blocks(article, BlockKind::Paragraph);
}

void PageReader::report_uncalled_notes() {
  for (const Note& note : doc_.notes)
    if (!note.called)
      diags_.warning(src_.path, note.pos,
                     "note " + note.n + " is not called from the text: it is kept as an end note "
                     "(link a call to it, <a href=\"#its-id\">, to place it)");
}

// Whether `n` stays out of the text: a note or notes section (read apart),
// or the page's chrome, counted when it stands inside the article.
bool PageReader::skip(const xmlNode* n) {
  if (fn_.left_out.count(n)) return true;
  const Chrome kind = html::chrome_kind(n);
  if (kind == Chrome::None) return false;
  if (!in_note_) ++dropped_[kind];
  return true;
}

// Block context: loose text and inline elements gather into blocks of `kind`
// (the first labelled `label`); block elements make their own. `merge`
// (a list item): paragraphs join the item; only nested lists, tables,
// quotations, code blocks and figures break it.
void PageReader::blocks(const xmlNode* parent, BlockKind kind, std::string label, bool merge) {
  BlockBuilder loose(kind);
  loose.block().label = label;
  children_as_blocks(parent, loose, kind, merge);
  emit(loose, parent);
}

// The children of `parent` into `loose` or blocks of their own (see blocks()).
// An inline element holding a block (unclosed HTML: <p><i>text<ul>...) is
// read as a container, so the block still breaks; its emphasis is lost.
void PageReader::children_as_blocks(const xmlNode* parent, BlockBuilder& loose, BlockKind kind, bool merge) {
  for (const xmlNode* c = parent->children; c; c = c->next) {
    const bool breaks = is_block(c) && !(merge && !is_breaking_block(c));
    if (!breaks && c->type == XML_ELEMENT_NODE && html::chrome_kind(c) == Chrome::None && !fn_.left_out.count(c) &&
        !fn_.calls.count(c) && has_breaking_block(c)) {
      children_as_blocks(c, loose, kind, merge);
      continue;
    }
    if (!breaks) {
      inline_node(c, loose);
      continue;
    }
    if (skip(c)) continue;
    emit(loose, parent);
    loose = BlockBuilder(kind);
    block_element(c, kind);
  }
}

void PageReader::block_element(const xmlNode* n, BlockKind kind) {
  if (html::is_heading(n)) return heading(n);
  if (is(n, "blockquote")) return blocks(n, BlockKind::Quote);
  if (is(n, "ul") || is(n, "ol") || is(n, "dir") || is(n, "menu")) return list(n);
  if (is(n, "table")) return table(n);
  if (is(n, "pre")) return code_block(n, kind);
  if (is(n, "figure")) return figure(n);
  if (is(n, "img")) {
    BlockBuilder none;
    image(n, nullptr, true);
    return emit(none, n);
  }
  if (is(n, "hr")) return;
  if (is(n, "p") || is(n, "dt") || is(n, "dd") || is(n, "summary") || is(n, "caption") || is(n, "figcaption") ||
      is(n, "legend") || is(n, "address")) {
    if (has_breaking_block(n)) return blocks(n, kind);  // unclosed HTML: <p>text<i>more<ul>...
    BlockBuilder b(kind);
    inlines(n, b);
    return emit(b, n);
  }
  blocks(n, kind);  // div, section, article, main, the article's header, li out of a list...
}

// A finished block goes out (an empty one is dropped), then the images met in it.
void PageReader::emit(BlockBuilder& b, const xmlNode* at) {
  if (!b.empty()) {
    Block block = finished(b, at);
    if (!block.text.empty() || !block.spans.empty()) out_->push_back(std::move(block));
  }
  for (Block& f : figures_) out_->push_back(std::move(f));
  figures_.clear();
}

void PageReader::inlines(const xmlNode* parent, BlockBuilder& b) {
  for (const xmlNode* c = parent->children; c; c = c->next) inline_node(c, b);
}

void PageReader::inline_node(const xmlNode* n, BlockBuilder& b) {
  if (n->type == XML_TEXT_NODE || n->type == XML_CDATA_SECTION_NODE) return text(n, b);
  if (n->type != XML_ELEMENT_NODE || skip(n)) return;
  if (fn_.calls.count(n)) return call(n, b);
  if (in_note_ && is_backlink(n)) return;
  if (is(n, "br")) return b.text(" ", {});
  if (is(n, "img")) {
    if (!in_note_ && !in_cell_) image(n, nullptr, true);  // placed after the block it stands in
    return;
  }
  if (is(n, "rp") || is(n, "wbr")) return;
  if (missing_.count(n))
    diags_.warning(src_.path, {line_of(n), 0},
                   "note call '" + squeeze(text_of(n)) + "' points to " + attr(n, "href") +
                       ", which is not in the page: it is left as text");
  inline_element(n, b);
}

// Emphasis, code, links and the rest: their text, with a span over it. A
// block element met inside a paragraph or a cell (a list in a table cell)
// is run in, set off by spaces.
void PageReader::inline_element(const xmlNode* n, BlockBuilder& b) {
  const bool block = is_block(n);
  if (block) b.text(" ", {});
  const char* rend = rend_of(n);
  if (rend && in_code_ && std::string_view(rend) == "code") rend = nullptr;  // code inside a code block
  const std::string href = is(n, "a") ? attr(n, "href") : "";
  // Links within the page (other than note calls) point to ids the TEI does not have: kept as text.
  const bool link = !href.empty() && href[0] != '#' && href.rfind("javascript:", 0) != 0;
  const bool was_code = in_code_;
  in_code_ = in_code_ || (rend && std::string_view(rend) == "code");
  const std::size_t begin = b.mark();
  ++depth_;
  inlines(n, b);
  --depth_;
  in_code_ = was_code;
  if (rend) span(b, begin, Highlight{rend});
  if (link) span(b, begin, Link{href, is_literal_link(href, b.block().text.substr(std::min(begin, b.block().text.size())))});
  if (block) b.text(" ", {});
}

void PageReader::span(BlockBuilder& b, std::size_t begin, SpanKind what) {
  const std::size_t before = b.block().spans.size();
  b.span(begin, std::move(what));
  if (b.block().spans.size() > before) b.block().spans.back().depth = depth_;
}

// A text node, word by word, each word at its place in the source. The
// text's first line lies between the line libxml2 gives (where its first
// piece ended) less the text's line breaks, and that line; the first word
// found fixes it.
void PageReader::text(const xmlNode* t, BlockBuilder& b) {
  if (!t->content) return;
  const std::string content = normalize_nfc(reinterpret_cast<const char*>(t->content));
  const std::uint32_t given = line_of(t);
  const auto breaks = static_cast<std::uint32_t>(std::count(content.begin(), content.end(), '\n'));
  std::uint32_t first = given > breaks ? given - breaks : 1, last = std::max(given, 1u), k = 0;
  std::size_t i = 0;
  while (i < content.size()) {
    if (content[i] == '\n') ++k;
    if (is_space(content[i])) {
      b.text(" ", {});
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < content.size() && !is_space(content[e])) ++e;
    const std::string_view word(content.data() + i, e - i);
    SourcePos at = locator_.find(first + k, last + k, word);
    if (at.column) first = last = at.line - k;  // the text's first line, now known
    else at.line = last + k;  // a word not found is most often an entity's, which libxml2 delivers apart
    b.text(word, at);
    i = e;
  }
}

// A note's call: the note there (its first call), or a reference to it (a later one).
void PageReader::call(const xmlNode* a, BlockBuilder& b) {
  auto note = note_of_.find(fn_.calls.at(a));
  if (note == note_of_.end() || in_note_) return inlines(a, b);
  Note& target = doc_.notes[note->second];
  if (!target.called) {
    target.called = true;
    return b.note_call(note->second);
  }
  const std::size_t begin = b.mark();
  inlines(a, b);
  span(b, begin, NoteReference{doc_.id + "-n" + labels_[note->second]});
}

// The arrow back from a note to its call ("↩", "^"), left out of the note.
bool PageReader::is_backlink(const xmlNode* n) const {
  if (has_token(n, "role", "doc-backlink") || has_token(n, "class", "footnote-back") ||
      has_token(n, "class", "footnote-backref") || has_token(n, "class", "mw-cite-backlink"))
    return true;
  if (!is(n, "a")) return false;
  const std::string href = attr(n, "href");
  if (href.size() > 1 && href[0] == '#' && fn_.call_ids.count(href.substr(1))) return true;
  const std::string t = squeeze(text_of(n));
  return t == "↩" || t == "↩︎" || t == "^" || t == "↑";
}

void PageReader::heading(const xmlNode* n) {
  BlockBuilder b(BlockKind::Heading);
  b.block().level = n->name[1] - '0';
  inlines(n, b);
  emit(b, n);
}

// A list's items, labelled "•" or by number ("1.", from <ol start>, <li value>).
void PageReader::list(const xmlNode* n) {
  const bool ordered = is(n, "ol");
  long number = ordered && !attr(n, "start").empty() ? std::strtol(attr(n, "start").c_str(), nullptr, 10) : 1;
  std::vector<Block>& out = *out_;
  const std::size_t first = out.size();
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || skip(c)) continue;
    if (!is(c, "li")) {
      block_element(c, BlockKind::Paragraph);
      continue;
    }
    if (ordered && !attr(c, "value").empty()) number = std::strtol(attr(c, "value").c_str(), nullptr, 10);
    blocks(c, BlockKind::ListItem, ordered ? std::to_string(number++) + "." : "•", true);
  }
  mark_list_start(out, first);
}

// A table: its caption as a paragraph before it, then one TableCell per
// cell, row by row (rows in thead, tbody, tfoot or the table itself).
void PageReader::table(const xmlNode* n) {
  bool first = true;
  std::vector<const xmlNode*> rows;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (is(c, "caption")) block_element(c, BlockKind::Paragraph);
    if (is(c, "tr")) rows.push_back(c);
    if (is(c, "thead") || is(c, "tbody") || is(c, "tfoot"))
      for (const xmlNode* r = c->children; r; r = r->next)
        if (is(r, "tr")) rows.push_back(r);
  }
  for (const xmlNode* row : rows) {
    bool row_first = true;
    for (const xmlNode* cell = row->children; cell; cell = cell->next) {
      if (!is(cell, "td") && !is(cell, "th")) continue;
      BlockBuilder b(BlockKind::TableCell);
      in_cell_ = true;
      inlines(cell, b);
      in_cell_ = false;
      Block block = finished(b, cell);
      block.table_start = std::exchange(first, false);
      block.row_start = std::exchange(row_first, false);
      block.header_cell = is(cell, "th");
      out_->push_back(std::move(block));
    }
  }
}

// <figure>: one Figure per image, the last with the caption (<figcaption>,
// else its alt text). A figure without an image (a quotation, a listing) is
// read as a container.
void PageReader::figure(const xmlNode* n) {
  std::vector<const xmlNode*> images;
  const xmlNode* caption = nullptr;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (is(c, "figcaption")) caption = c;
    else if (is(c, "img")) images.push_back(c);
    else if (c->type == XML_ELEMENT_NODE)
      for (const xmlNode* d = c->children; d; d = d->next)  // <a><img></a>, <picture><img></picture>
        if (is(d, "img")) images.push_back(d);
  }
  if (images.empty()) return blocks(n, BlockKind::Paragraph);
  for (std::size_t i = 0; i < images.size(); ++i)
    image(images[i], i + 1 == images.size() ? caption : nullptr, false);
}

// An image as a Figure: its address, its caption or alt text. Tracking
// pixels (1×1) and images inside the page (data: addresses) are left out.
// `run_in`: met inside a block, it goes out after that block.
void PageReader::image(const xmlNode* img, const xmlNode* caption, bool run_in) {
  const std::string src = attr(img, "src");
  if (src.empty() || attr(img, "width") == "1" || attr(img, "height") == "1") return;
  if (src.rfind("data:", 0) == 0) {
    ++dropped_[Chrome::Embedded];
    return;
  }
  BlockBuilder b(BlockKind::Figure);
  b.block().url = src;
  if (caption) inlines(caption, b);
  else b.text(attr(img, "alt"), {line_of(img), 0});
  Block block = finished(b, img);
  (run_in ? figures_ : *out_).push_back(std::move(block));
}

// <pre>: one block, all of it code (its line breaks become spaces, as in every block).
void PageReader::code_block(const xmlNode* n, BlockKind kind) {
  BlockBuilder b(kind == BlockKind::Quote ? BlockKind::Quote : BlockKind::Paragraph);
  const std::size_t begin = b.mark();
  const bool was = std::exchange(in_code_, true);
  inlines(n, b);
  in_code_ = was;
  span(b, begin, Highlight{"code"});
  emit(b, n);
}

// ---- What the page says about itself -------------------------------------

// <title>, <meta> (author, date: several vocabularies), <html lang>, and a
// byline in a header (pandoc's title block, an article's header): the first
// word found for each field is kept.
void read_metadata(const xmlNode* root, SourceMetadata& meta, std::string& page_title) {
  static const std::set<std::string> author_keys = {"author", "dc.creator", "dcterms.creator", "citation_author",
                                                    "article:author"};
  static const std::set<std::string> date_keys = {"date", "dc.date", "dcterms.date", "dcterms.created",
                                                  "citation_date", "citation_publication_date",
                                                  "article:published_time"};
  meta.lang = attr(root, "lang").empty() ? attr(root, "xml:lang") : attr(root, "lang");
  std::function<void(const xmlNode*, bool)> walk = [&](const xmlNode* n, bool in_header) {
    for (; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE) continue;
      std::string key = attr(n, "name").empty() ? attr(n, "property") : attr(n, "name");
      std::transform(key.begin(), key.end(), key.begin(), [](unsigned char c) { return std::tolower(c); });
      const std::string content = squeeze(attr(n, "content"));
      if (is(n, "title") && page_title.empty()) page_title = squeeze(text_of(n)), meta.pos = {line_of(n), 0};
      if (is(n, "meta") && author_keys.count(key) && !content.empty() &&
          std::find(meta.authors.begin(), meta.authors.end(), content) == meta.authors.end())
        meta.authors.push_back(content);
      if (is(n, "meta") && date_keys.count(key) && meta.date.empty()) meta.date = content;
      if (in_header && is(n, "time") && meta.date.empty()) meta.date = squeeze(attr(n, "datetime"));
      if (in_header && has_token(n, "class", "subtitle") && meta.subtitle.empty()) meta.subtitle = squeeze(text_of(n));
      const bool byline = has_token(n, "class", "author") || has_token(n, "rel", "author") ||
                          has_token(n, "class", "byline");
      if (in_header && byline && meta.authors.empty() && !squeeze(text_of(n)).empty())
        meta.authors.push_back(squeeze(text_of(n)));
      if (in_header && has_token(n, "class", "date") && meta.date.empty()) meta.date = squeeze(text_of(n));
      if (!is(n, "script") && !is(n, "style") && !(in_header && byline))
        walk(n->children, in_header || is(n, "header"));
    }
  };
  walk(root, false);
  if (meta.pos.line == 0) meta.pos = {line_of(root), 0};
}

// The page's title without the site's name: "Title | Site" is split at " | ",
// " – " and " — ". The article's first h1 wins when it is one of the parts
// (or the whole); else the longest part (a site's name is most often the
// shorter), else the whole title. Without a <title>, the h1.
std::string choose_title(const std::string& page_title, const std::string& h1) {
  if (page_title.empty()) return h1;
  std::vector<std::string> parts;
  std::size_t from = 0;
  while (true) {
    std::size_t best = std::string::npos, width = 0;
    for (std::string_view sep : {" | ", " – ", " — "}) {
      const std::size_t at = page_title.find(sep, from);
      if (at < best) best = at, width = sep.size();
    }
    parts.push_back(page_title.substr(from, best == std::string::npos ? std::string::npos : best - from));
    if (best == std::string::npos) break;
    from = best + width;
  }
  if (!h1.empty() && (h1 == page_title || std::find(parts.begin(), parts.end(), h1) != parts.end())) return h1;
  return *std::max_element(parts.begin(), parts.end(),
                           [](const std::string& a, const std::string& b) { return a.size() < b.size(); });
}

// The article's first h1 is its Title when it repeats the page's title, or
// when it opens the article and the page's header (left out) held no h1 of
// its own (pandoc's title block: there, the article's h1 is a section's). The
// other headings' levels shift so the shallowest is 1.
void settle_headings(Document& doc, const std::string& page_title, bool header_h1) {
  auto h1 = std::find_if(doc.blocks.begin(), doc.blocks.end(),
                         [](const Block& b) { return b.kind == BlockKind::Heading && b.level == 1; });
  const std::string h1_text = h1 != doc.blocks.end() ? h1->text : "";
  if (doc.metadata.title.empty()) doc.metadata.title = choose_title(page_title, h1_text);
  if (h1 != doc.blocks.end() && (h1->text == doc.metadata.title || h1->text == page_title ||
                                 (h1 == doc.blocks.begin() && !header_h1)))
    h1->kind = BlockKind::Title;
  int shallowest = INT_MAX;
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::Heading) shallowest = std::min(shallowest, b.level);
  for (Block& b : doc.blocks)
    if (b.kind == BlockKind::Heading) b.level -= shallowest - 1;
}

// doc.left_out: the page's chrome (navigation, header, footer, sidebars,
// forms: named once), and the scripts, styles and embedded objects dropped
// from the article (counted).
void summarize_left_out(const xmlNode* root, const std::map<Chrome, std::size_t>& dropped, const Footnotes& fn,
                        Document& doc) {
  std::set<Chrome> around;
  std::function<void(const xmlNode*)> walk = [&](const xmlNode* n) {
    for (; n; n = n->next) {
      if (n->type != XML_ELEMENT_NODE || fn.left_out.count(n)) continue;
      const Chrome kind = html::chrome_kind(n);
      if (kind == Chrome::None) walk(n->children);
      else around.insert(kind);
    }
  };
  walk(root);
  static const std::vector<std::pair<Chrome, const char*>> kinds = {
      {Chrome::Navigation, "navigation"}, {Chrome::Header, "header"}, {Chrome::Footer, "footer"},
      {Chrome::Sidebar, "sidebars"},      {Chrome::Form, "forms"}};
  std::vector<std::string> names;
  for (const auto& [kind, name] : kinds)
    if (around.count(kind)) names.push_back(name);
  if (!names.empty()) {
    std::string phrase = "the page's " + names.front();
    for (std::size_t i = 1; i < names.size(); ++i) phrase += (i + 1 == names.size() ? " and " : ", ") + names[i];
    doc.left_out.push_back(phrase);
  }
  static const std::vector<std::tuple<Chrome, const char*, const char*>> counted = {
      {Chrome::Script, "script", "scripts"},
      {Chrome::Style, "style sheet", "style sheets"},
      {Chrome::Embedded, "embedded object (frame, SVG, media, inline image)",
       "embedded objects (frames, SVG, media, inline images)"}};
  for (const auto& [kind, one, many] : counted) {
    auto it = dropped.find(kind);
    if (it != dropped.end()) doc.left_out.push_back(plural(it->second, one, many));
  }
}

// libxml2's HTML parser, once per process before any thread uses it.
void init_libxml() {
  static const bool done = (xmlInitParser(), true);
  (void)done;
}

// The page's tree, or null. Through a parser context rather than
// htmlReadMemory, because libxml2 (2.9) keeps line numbers past 65535 only
// when the context's options say so (XML_PARSE_BIG_LINES), which
// htmlCtxtUseOptions does not set.
xmlDoc* parse_page(const std::string& page, const std::string& path) {
  htmlParserCtxtPtr ctxt =
      htmlCreateMemoryParserCtxt(page.data(), static_cast<int>(std::min<std::size_t>(page.size(), INT_MAX)));
  if (!ctxt) return nullptr;
  htmlCtxtUseOptions(ctxt, HTML_PARSE_NONET | HTML_PARSE_NOERROR | HTML_PARSE_NOWARNING | HTML_PARSE_RECOVER |
                               HTML_PARSE_IGNORE_ENC);
  ctxt->options |= XML_PARSE_BIG_LINES;
  ctxt->linenumbers = 1;
  // The text is UTF-8 already (read/source decoded it): a <meta charset> of the page must not decode it again.
  if (xmlCharEncodingHandlerPtr utf8 = xmlFindCharEncodingHandler("UTF-8")) xmlSwitchToEncoding(ctxt, utf8);
  if (ctxt->input && !ctxt->input->encoding)
    ctxt->input->encoding = xmlStrdup(reinterpret_cast<const xmlChar*>("UTF-8"));
  if (ctxt->input && !ctxt->input->filename)
    ctxt->input->filename = reinterpret_cast<char*>(xmlStrdup(reinterpret_cast<const xmlChar*>(path.c_str())));
  htmlParseDocument(ctxt);
  xmlDoc* tree = ctxt->myDoc;
  ctxt->myDoc = nullptr;
  htmlFreeParserCtxt(ctxt);
  return tree;
}

}  // namespace

void read_html(const SourceText& src, Document& doc, Diagnostics& diags) {
  init_libxml();
  doc.format = "html";
  doc.notes_linked = true;
  std::string page;
  for (std::size_t i = 0; i < src.lines.size(); ++i) page += (i ? "\n" : "") + src.lines[i];
  std::unique_ptr<xmlDoc, void (*)(xmlDoc*)> tree(parse_page(page, src.path), xmlFreeDoc);
  const xmlNode* root = tree ? xmlDocGetRootElement(tree.get()) : nullptr;
  if (!root) {
    diags.error(src.path, {}, "no HTML found in " + src.path + ": the file is empty or is not an HTML page");
    return;
  }
  const Footnotes fn = html::find_footnotes(root);
  const xmlNode* article = html::find_article(root, fn.left_out);
  std::string page_title;
  read_metadata(root, doc.metadata, page_title);
  PageReader reader(src, doc, diags, fn);
  reader.read_notes();
  if (article) reader.read_article(article);
  reader.report_uncalled_notes();
  settle_headings(doc, page_title, html::header_has_h1(root));
  summarize_left_out(root, reader.dropped(), fn, doc);
  if (doc.blocks.empty())
    diags.error(src.path, {}, "no text found in " + src.path +
                                  " (is it a page that needs JavaScript? Save it from a browser once it has "
                                  "loaded, or copy its text)");
}

}  // namespace editio
