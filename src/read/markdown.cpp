#include "read/markdown.hpp"

#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm.h>

#include <algorithm>
#include <map>
#include <memory>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "read/block_builder.hpp"
#include "read/front_matter.hpp"
#include "util/utf8.hpp"

// Positions. cmark-gfm gives every block and most inline nodes a start line
// and a 1-based byte column; they become the file's line and column in
// characters. Inside a text node, BlockBuilder counts characters from the
// node's start, which is exact unless the node's text differs from the source
// (a backslash escape or an entity inside it, or text nodes cmark-gfm merged
// around an unresolved footnote reference): then the columns after it drift
// by the characters the source has more. Nodes without a position (the
// autolink extension's bare URLs and www. links) are found by searching their
// text in the source from where the previous node ended. Code and HTML blocks:
// each line's column is where its text stands at the end of the source line.

namespace editio {
namespace {

// cmark-gfm's tree of a text, parsed with footnotes, source positions and the
// GFM extensions table, strikethrough and autolink; freed with it.
class Tree {
 public:
  explicit Tree(const std::string& text) {
    static std::once_flag registered;  // the registration itself is not thread-safe
    std::call_once(registered, [] { cmark_gfm_core_extensions_ensure_registered(); });
    cmark_parser* parser = cmark_parser_new(CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS);
    for (const char* name : {"table", "strikethrough", "autolink"})
      if (cmark_syntax_extension* e = cmark_find_syntax_extension(name))
        cmark_parser_attach_syntax_extension(parser, e);
    cmark_parser_feed(parser, text.data(), text.size());
    root_ = cmark_parser_finish(parser);
    cmark_parser_free(parser);
  }
  ~Tree() { cmark_node_free(root_); }
  Tree(const Tree&) = delete;
  Tree& operator=(const Tree&) = delete;

  cmark_node* root() const { return root_; }
  // The footnote definitions, which cmark-gfm moves to the end in the order
  // of their numbers (first reference) and drops when nothing references them.
  std::vector<cmark_node*> definitions() const {
    std::vector<cmark_node*> out;
    for (cmark_node* n = cmark_node_first_child(root_); n; n = cmark_node_next(n))
      if (cmark_node_get_type(n) == CMARK_NODE_FOOTNOTE_DEFINITION) out.push_back(n);
    return out;
  }

 private:
  cmark_node* root_ = nullptr;
};

std::string_view type_name(cmark_node* n) { return cmark_node_get_type_string(n); }
std::string_view literal(cmark_node* n) {
  const char* s = cmark_node_get_literal(n);
  return s ? s : "";
}

// A place in the parsed text, in cmark-gfm's terms: line, 1-based byte column.
struct Cursor {
  int line = 0, col = 0;
  bool operator<(const Cursor& o) const { return line != o.line ? line < o.line : col < o.col; }
};
Cursor start_of(cmark_node* n) { return {cmark_node_get_start_line(n), cmark_node_get_start_column(n)}; }

// The line a code block's text starts on: after the fence of a fenced one.
int code_start(cmark_node* n) {
  int length = 0, offset = 0;
  char fence = 0;
  return cmark_node_get_start_line(n) + (cmark_node_get_fenced(n, &length, &offset, &fence) ? 1 : 0);
}

// The first `max` bytes of `s` at most, not cutting a character.
std::string cut(const std::string& s, std::size_t max) {
  if (s.size() <= max) return s;
  while (max > 0 && (static_cast<unsigned char>(s[max]) & 0xC0) == 0x80) --max;
  return s.substr(0, max) + "…";
}

// The labels of every "[^label]:" in the source, in order, once each: the
// footnote definitions there may be (some may stand in code: no harm, see
// Reader::notes).
std::vector<std::string> definition_labels(const std::vector<std::string>& lines) {
  std::vector<std::string> out;
  std::set<std::string> seen;
  for (const std::string& l : lines) {
    for (std::size_t i = l.find("[^"); i != std::string::npos; i = l.find("[^", i + 2)) {
      const std::size_t close = l.find(']', i + 2);
      if (close == std::string::npos || close == i + 2 || close + 1 >= l.size() || l[close + 1] != ':') continue;
      std::string label = l.substr(i + 2, close - i - 2);
      if (label.find_first_of(" \t[") != std::string::npos) continue;
      if (seen.insert(label).second) out.push_back(std::move(label));
    }
  }
  return out;
}

// What kind a container gives the blocks inside it.
enum class Container { Body, Quote, Note };
BlockKind kind_in(Container c) { return c == Container::Quote ? BlockKind::Quote : BlockKind::Paragraph; }

class Reader {
 public:
  Reader(const SourceText& src, Document& doc, Diagnostics& diags) : src_(src), doc_(doc), diags_(diags) {}

  void notes(const Tree& tree, const std::string& text);
  void body(const Tree& tree);
  void note_bodies();

 private:
  const SourceText& src_;
  Document& doc_;
  Diagnostics& diags_;
  std::vector<Block>* out_ = nullptr;  // where blocks go: doc.blocks, or a note's blocks
  int shift_ = 0;                      // lines the parsed text has before the file's line 1
  // The note each footnote number of the tree being read is (index into
  // doc.notes); the tree of all definitions numbers them otherwise.
  const std::vector<std::size_t>* numbering_ = nullptr;
  std::vector<std::size_t> body_numbers_, all_numbers_;
  std::vector<cmark_node*> definitions_;    // in the order of doc.notes
  std::vector<int> definition_shift_;       // the shift_ of each
  std::unique_ptr<Tree> all_;               // the tree in which every definition is referenced
  std::vector<std::string> note_ids_;       // note_labels(doc) once the notes are known
  bool html_warned_ = false;                // the block being built has had its warning on raw HTML

  SourcePos at(Cursor c) const;
  std::optional<Cursor> locate(std::string_view text, Cursor from) const;
  bool stands_at(std::string_view text, Cursor c) const;
  Cursor where(cmark_node* n, std::string_view text, Cursor cur) const;
  std::string definition_label(cmark_node* def) const;
  std::size_t add_note(cmark_node* def, int shift);

  void blocks(cmark_node* parent, Container c);
  void block(cmark_node* n, Container c);
  void paragraph(cmark_node* n, Container c);
  void figure(cmark_node* image);
  void list(cmark_node* n, Container c);
  void list_item(cmark_node* item, const std::string& label, Container c);
  void table(cmark_node* n, Container c);
  void verbatim(cmark_node* n, int first_line, BlockBuilder& b);
  void html_block(cmark_node* n, BlockBuilder& b);
  void emit(BlockBuilder& b);

  void inlines(cmark_node* parent, BlockBuilder& b, Cursor& cur);
  void inline_node(cmark_node* n, BlockBuilder& b, Cursor& cur);
  void text(cmark_node* n, BlockBuilder& b, Cursor& cur, SpanKind* what = nullptr);
  void wrapped(cmark_node* n, BlockBuilder& b, Cursor& cur, SpanKind what);
  void link(cmark_node* n, BlockBuilder& b, Cursor& cur);
  void footnote_reference(cmark_node* n, BlockBuilder& b, Cursor& cur);
  void unresolved_references(std::string_view text, Cursor at);
  void shortcodes(Block& block);
};

// The file's line and column (in characters) of a place in the parsed text.
SourcePos Reader::at(Cursor c) const {
  const int line = c.line - shift_;
  if (line < 1 || c.col < 1 || line > static_cast<int>(src_.lines.size())) return {};
  const std::string& l = src_.lines[static_cast<std::size_t>(line - 1)];
  const std::size_t bytes = std::min(static_cast<std::size_t>(c.col - 1), l.size());
  return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(1 + utf8::count_code_points(l, 0, bytes))};
}

// Where `text` stands from `from` on: on its line, else at the next line's
// start; nothing when it is not there.
std::optional<Cursor> Reader::locate(std::string_view text, Cursor from) const {
  for (int k = 0; k < 2 && !text.empty(); ++k) {
    const int line = from.line + k - shift_;
    if (line < 1 || line > static_cast<int>(src_.lines.size())) break;
    const std::string& s = src_.lines[static_cast<std::size_t>(line - 1)];
    const std::size_t begin = k == 0 ? static_cast<std::size_t>(std::max(from.col - 1, 0)) : 0;
    const std::size_t found = begin <= s.size() ? s.find(text, begin) : std::string::npos;
    if (found != std::string::npos) return Cursor{from.line + k, static_cast<int>(found) + 1};
  }
  return std::nullopt;
}

// Whether the source has `text` at `c`.
bool Reader::stands_at(std::string_view text, Cursor c) const {
  const int line = c.line - shift_;
  if (line < 1 || line > static_cast<int>(src_.lines.size()) || c.col < 1) return false;
  const std::string_view s = src_.lines[static_cast<std::size_t>(line - 1)];
  const auto at = static_cast<std::size_t>(c.col - 1);
  return at <= s.size() && s.substr(at).substr(0, text.size()) == text;
}

// An inline node's start: as cmark-gfm gives it when its text stands there;
// else (no position: bare URLs; one column early: www. links; an escape) its
// text searched from the cursor; else cmark-gfm's position, else the cursor.
Cursor Reader::where(cmark_node* n, std::string_view text, Cursor cur) const {
  const Cursor c = start_of(n);
  const bool known = c.line > 0 && c.col > 0;
  if (known && (text.empty() || stands_at(text, c))) return c;
  if (auto found = locate(text, cur)) return *found;
  return known ? c : cur;
}

// "x" of the "[^x]:" that opens a definition, read from the source line.
std::string Reader::definition_label(cmark_node* def) const {
  const int line = cmark_node_get_start_line(def) - shift_;
  if (line < 1 || line > static_cast<int>(src_.lines.size())) return "?";
  const std::string& l = src_.lines[static_cast<std::size_t>(line - 1)];
  const std::size_t col = static_cast<std::size_t>(std::max(cmark_node_get_start_column(def), 1));
  std::size_t open = l.rfind("[^", std::min(col - 1, l.size()));
  if (open == std::string::npos) open = l.find("[^");
  const std::size_t close = open == std::string::npos ? open : l.find(']', open);
  return close == std::string::npos ? "?" : l.substr(open + 2, close - open - 2);
}

// ---- Notes ----------------------------------------------------------------

// The notes: one per definition cmark-gfm keeps (the referenced ones, numbered
// 1, 2... in order of first reference), then one per definition nothing
// references. cmark-gfm drops those; they are found in a second parse of the
// text preceded by a paragraph that references every "[^label]:" of the
// source (labels that name no definition stay text there, and that paragraph
// is not read), and matched to the first parse's definitions by position.
void Reader::notes(const Tree& tree, const std::string& text) {
  std::map<Cursor, std::size_t> referenced;  // a kept definition's place -> its note
  for (cmark_node* def : tree.definitions()) {
    referenced[start_of(def)] = add_note(def, 0);
    body_numbers_.push_back(referenced[start_of(def)]);
  }
  const std::vector<std::string> labels = definition_labels(src_.lines);
  if (!labels.empty()) {
    std::string calls;
    for (const auto& l : labels) calls += "[^" + l + "] ";
    all_ = std::make_unique<Tree>(calls + "\n\n" + text);
    const int shift = 2;
    for (cmark_node* def : all_->definitions()) {
      const Cursor c = start_of(def);
      if (auto it = referenced.find({c.line - shift, c.col}); it != referenced.end()) {
        all_numbers_.push_back(it->second);
        continue;
      }
      all_numbers_.push_back(add_note(def, shift));
      shift_ = shift;
      diags_.warning(src_.path, doc_.notes.back().pos,
                     "footnote [^" + definition_label(def) +
                         "] is defined but never referenced: it is kept as an end note (" +
                         doc_.notes.back().n + "); reference it where it belongs, or remove it");
      shift_ = 0;
    }
  }
  note_ids_ = note_labels(doc_);
}

// A note for the definition `def` of a tree whose text has `shift` lines
// before the file's line 1; numbered in order; returns its index.
std::size_t Reader::add_note(cmark_node* def, int shift) {
  shift_ = shift;
  Note note;
  note.n = std::to_string(doc_.notes.size() + 1);
  note.pos = at(start_of(def));
  shift_ = 0;
  doc_.notes.push_back(std::move(note));
  definitions_.push_back(def);
  definition_shift_.push_back(shift);
  return doc_.notes.size() - 1;
}

void Reader::body(const Tree& tree) {
  out_ = &doc_.blocks;
  numbering_ = &body_numbers_;
  blocks(tree.root(), Container::Body);
}

// The notes' blocks: each definition's content, read in the tree it is from.
void Reader::note_bodies() {
  for (std::size_t i = 0; i < definitions_.size(); ++i) {
    shift_ = definition_shift_[i];
    numbering_ = shift_ ? &all_numbers_ : &body_numbers_;
    out_ = &doc_.notes[i].blocks;
    blocks(definitions_[i], Container::Note);
    if (out_->empty())
      diags_.warning(src_.path, doc_.notes[i].pos,
                     "footnote " + doc_.notes[i].n + " is empty: write its text after \"[^" +
                         definition_label(definitions_[i]) + "]:\"");
  }
  shift_ = 0;
}

// ---- Blocks ---------------------------------------------------------------

void Reader::blocks(cmark_node* parent, Container c) {
  for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) block(n, c);
}

void Reader::block(cmark_node* n, Container c) {
  switch (cmark_node_get_type(n)) {
    case CMARK_NODE_PARAGRAPH: paragraph(n, c); return;
    case CMARK_NODE_HEADING: {
      BlockBuilder b(c == Container::Body ? BlockKind::Heading : kind_in(c));
      b.block().level = cmark_node_get_heading_level(n);
      Cursor cur = start_of(n);
      inlines(n, b, cur);
      emit(b);
      return;
    }
    case CMARK_NODE_BLOCK_QUOTE: blocks(n, c == Container::Note ? c : Container::Quote); return;
    case CMARK_NODE_LIST: list(n, c); return;
    case CMARK_NODE_CODE_BLOCK: {
      BlockBuilder b(kind_in(c));
      verbatim(n, code_start(n), b);
      emit(b);
      return;
    }
    case CMARK_NODE_HTML_BLOCK: {
      BlockBuilder b(kind_in(c));
      html_block(n, b);
      emit(b);
      return;
    }
    case CMARK_NODE_THEMATIC_BREAK:        // dropped: the model has no rule
    case CMARK_NODE_FOOTNOTE_DEFINITION:   // read as notes
      return;
    default:
      if (type_name(n) == "table") table(n, c);
      else blocks(n, c);  // a container of another kind: its blocks
  }
}

void Reader::paragraph(cmark_node* n, Container c) {
  cmark_node* only = cmark_node_first_child(n);
  if (c == Container::Body && only && !cmark_node_next(only) && cmark_node_get_type(only) == CMARK_NODE_IMAGE)
    return figure(only);
  BlockBuilder b(kind_in(c));
  Cursor cur = start_of(n);
  inlines(n, b, cur);
  emit(b);
}

// An image alone in its paragraph: a Figure whose text is the alt text (else
// the title) and whose url is the path, never text.
void Reader::figure(cmark_node* image) {
  BlockBuilder b(BlockKind::Figure);
  Cursor cur = start_of(image);
  inlines(image, b, cur);
  const char* title = cmark_node_get_title(image);
  if (b.empty() && title && *title) b.text(title, at(start_of(image)));
  const char* url = cmark_node_get_url(image);
  b.block().url = url ? url : "";
  if (b.block().anchors.empty()) b.block().anchors.push_back({0, at(start_of(image))});
  out_->push_back(b.finish());
  html_warned_ = false;
}

void Reader::list(cmark_node* n, Container c) {
  const bool ordered = cmark_node_get_list_type(n) == CMARK_ORDERED_LIST;
  const char* delim = cmark_node_get_list_delim(n) == CMARK_PAREN_DELIM ? ")" : ".";
  int number = cmark_node_get_list_start(n);
  const std::size_t first = out_->size();
  for (cmark_node* item = cmark_node_first_child(n); item; item = cmark_node_next(item)) {
    std::string label = ordered ? std::to_string(number++) + delim : "•";
    const int line = cmark_node_get_start_line(item) - shift_, col = cmark_node_get_start_column(item);
    if (!ordered && line >= 1 && line <= static_cast<int>(src_.lines.size()) && col >= 1 &&
        static_cast<std::size_t>(col) <= src_.lines[static_cast<std::size_t>(line - 1)].size())
      label = src_.lines[static_cast<std::size_t>(line - 1)].substr(static_cast<std::size_t>(col - 1), 1);
    list_item(item, label, c);
  }
  mark_list_start(*out_, first);
}

// One item: its paragraphs (and code) join into one block; a nested list or
// quotation ends it and is read after it; what follows them in the item is a
// block of its own, without a label.
void Reader::list_item(cmark_node* item, const std::string& label, Container c) {
  const BlockKind kind = c == Container::Body ? BlockKind::ListItem : kind_in(c);
  BlockBuilder b(kind);
  b.block().label = c == Container::Body ? label : "";
  for (cmark_node* n = cmark_node_first_child(item); n; n = cmark_node_next(n)) {
    const cmark_node_type t = cmark_node_get_type(n);
    b.text(" ", {});  // between two paragraphs of the item
    if (t == CMARK_NODE_PARAGRAPH || t == CMARK_NODE_HEADING) {
      Cursor cur = start_of(n);
      inlines(n, b, cur);
    } else if (t == CMARK_NODE_CODE_BLOCK) {
      verbatim(n, code_start(n), b);
    } else if (t == CMARK_NODE_HTML_BLOCK) {
      html_block(n, b);
    } else {
      emit(b);
      b = BlockBuilder(kind);
      block(n, c);
    }
  }
  emit(b);
}

// A table: a TableCell per cell, row by row, the header row's cells marked.
// Inside a quotation or a note a cell is a block of that container's kind.
void Reader::table(cmark_node* n, Container c) {
  bool first = true;
  for (cmark_node* row = cmark_node_first_child(n); row; row = cmark_node_next(row)) {
    const bool header = type_name(row) == "table_header";
    bool row_first = true;
    for (cmark_node* cell = cmark_node_first_child(row); cell; cell = cmark_node_next(cell)) {
      BlockBuilder b(c == Container::Body ? BlockKind::TableCell : kind_in(c));
      Cursor cur = start_of(cell);
      inlines(cell, b, cur);
      if (c != Container::Body) {
        emit(b);
        continue;
      }
      Block& blk = b.block();
      blk.table_start = std::exchange(first, false);
      blk.row_start = std::exchange(row_first, false);
      blk.header_cell = header;
      if (blk.anchors.empty())  // an empty cell; one cmark-gfm added to a short row has no position: the row's
        blk.anchors.push_back({0, at(start_of(cell).line > 0 ? start_of(cell) : start_of(row))});
      out_->push_back(b.finish());  // an empty cell too: it holds its place in the row
      html_warned_ = false;
    }
  }
}

// A code or HTML block's text, line by line from `first_line`, as code. A
// line's column is where it stands at the end of its source line (a
// container's prefix and the indentation come before it), else the block's.
void Reader::verbatim(cmark_node* n, int first_line, BlockBuilder& b) {
  const std::string_view text = literal(n);
  const std::size_t begin = b.mark();
  int line = first_line;
  for (std::size_t i = 0; i < text.size(); ++line) {
    std::size_t e = text.find('\n', i);
    if (e == std::string_view::npos) e = text.size();
    const std::string_view piece = text.substr(i, e - i);
    Cursor c{line, cmark_node_get_start_column(n)};
    const int file_line = line - shift_;
    if (file_line >= 1 && file_line <= static_cast<int>(src_.lines.size())) {
      const std::string& s = src_.lines[static_cast<std::size_t>(file_line - 1)];
      if (!piece.empty() && s.size() >= piece.size() && std::string_view(s).substr(s.size() - piece.size()) == piece)
        c.col = static_cast<int>(s.size() - piece.size()) + 1;
    }
    b.text(piece, at(c));
    b.text("\n", {});  // the line end: a space before the next line
    i = e + 1;
  }
  b.span(begin, Highlight{"code"});
}

void Reader::html_block(cmark_node* n, BlockBuilder& b) {
  if (!html_warned_)
    diags_.warning(src_.path, at(start_of(n)), "raw HTML is kept as text; write it as Markdown");
  html_warned_ = true;
  verbatim(n, cmark_node_get_start_line(n), b);
}

// Ends a block: kept when it has text or a note call, with its shortcodes marked.
void Reader::emit(BlockBuilder& b) {
  html_warned_ = false;
  if (b.empty()) return;
  const BlockKind kind = b.block().kind;
  Block block = b.finish();
  shortcodes(block);
  out_->push_back(std::move(block));
  b = BlockBuilder(kind);
}

// ---- Inlines --------------------------------------------------------------

void Reader::inlines(cmark_node* parent, BlockBuilder& b, Cursor& cur) {
  for (cmark_node* n = cmark_node_first_child(parent); n; n = cmark_node_next(n)) inline_node(n, b, cur);
}

void Reader::inline_node(cmark_node* n, BlockBuilder& b, Cursor& cur) {
  switch (cmark_node_get_type(n)) {
    case CMARK_NODE_TEXT: return text(n, b, cur);
    case CMARK_NODE_SOFTBREAK:
    case CMARK_NODE_LINEBREAK:
      b.text(" ", {});
      cur = {cur.line + 1, 1};
      return;
    case CMARK_NODE_CODE: {
      SpanKind code = Highlight{"code"};
      return text(n, b, cur, &code);
    }
    case CMARK_NODE_HTML_INLINE: {
      if (!html_warned_)
        diags_.warning(src_.path, at(where(n, literal(n), cur)), "raw HTML is kept as text; write it as Markdown");
      html_warned_ = true;
      SpanKind code = Highlight{"code"};  // a tag's attributes (paths, URLs) are no running text
      return text(n, b, cur, &code);
    }
    case CMARK_NODE_EMPH: return wrapped(n, b, cur, Highlight{"italic"});
    case CMARK_NODE_STRONG: return wrapped(n, b, cur, Highlight{"bold"});
    case CMARK_NODE_LINK: return link(n, b, cur);
    case CMARK_NODE_IMAGE: return inlines(n, b, cur);  // its alt text; the path is no text
    case CMARK_NODE_FOOTNOTE_REFERENCE: return footnote_reference(n, b, cur);
    default:
      if (type_name(n) == "strikethrough") return wrapped(n, b, cur, Highlight{"strikethrough"});
      inlines(n, b, cur);  // an inline of another kind: its text
  }
}

// A node's literal text at its position, inside a span of kind `what` if given.
void Reader::text(cmark_node* n, BlockBuilder& b, Cursor& cur, SpanKind* what) {
  const std::string_view t = literal(n);
  const Cursor c = where(n, t, cur);
  const std::size_t begin = b.mark();
  b.text(t, at(c));
  if (what) b.span(begin, std::move(*what));
  else unresolved_references(t, c);
  cur = {c.line, c.col + static_cast<int>(t.size())};
}

void Reader::wrapped(cmark_node* n, BlockBuilder& b, Cursor& cur, SpanKind what) {
  const std::size_t begin = b.mark();
  inlines(n, b, cur);
  b.span(begin, std::move(what));
}

// A link over its words; literal when the words are the address itself (an
// autolink, a bare URL, a www. link, an e-mail address).
void Reader::link(cmark_node* n, BlockBuilder& b, Cursor& cur) {
  const std::size_t begin = b.mark();
  inlines(n, b, cur);
  const char* u = cmark_node_get_url(n);
  const std::string url = u ? u : "";
  const std::string& t = b.block().text;
  const std::string words = begin < t.size() ? t.substr(begin) : "";
  const bool literal = words == url || "http://" + words == url || "mailto:" + words == url;
  b.span(begin, Link{url, literal});
}

// A footnote reference: the call of its note the first time, else "[n]" as
// a reference to it.
void Reader::footnote_reference(cmark_node* n, BlockBuilder& b, Cursor& cur) {
  const std::string_view number = literal(n);  // cmark-gfm's number, not the label as written
  const Cursor c = start_of(n).line > 0 ? start_of(n) : cur;
  cur = {c.line, std::max(cmark_node_get_end_column(n) + 1, c.col)};
  const long k = std::strtol(std::string(number).c_str(), nullptr, 10);
  if (k < 1 || static_cast<std::size_t>(k) > numbering_->size()) {  // not expected from cmark-gfm: kept as text
    b.text("[^" + std::string(number) + "]", at(c));
    return;
  }
  const std::size_t note = (*numbering_)[static_cast<std::size_t>(k - 1)];
  if (!doc_.notes[note].called) {
    doc_.notes[note].called = true;
    b.note_call(note);
    return;
  }
  const std::size_t begin = b.mark();
  b.text("[" + doc_.notes[note].n + "]", at(c));
  b.span(begin, NoteReference{doc_.id + "-n" + note_ids_[note]});
}

// "[^x]" left as text by cmark-gfm: a reference to a footnote never defined.
void Reader::unresolved_references(std::string_view text, Cursor at_text) {
  for (std::size_t i = text.find("[^"); i != std::string_view::npos; i = text.find("[^", i + 2)) {
    const std::size_t close = text.find(']', i + 2);
    if (close == std::string_view::npos || close == i + 2) return;
    const std::string_view label = text.substr(i + 2, close - i - 2);
    if (label.find_first_of(" \t[") != std::string_view::npos) continue;
    diags_.warning(src_.path, at({at_text.line, at_text.col + static_cast<int>(i)}),
                   "footnote reference [^" + std::string(label) +
                       "] has no definition: it is kept as text; add a line \"[^" + std::string(label) +
                       "]: ...\" with the note");
  }
}

// Hugo and Jekyll shortcodes in a block's text ("{{< figure src=... >}}",
// "{{% ... %}}", "{% ... %}"), outside code: kept as written, marked as code
// (no name or date is tagged in their paths and parameters), a warning each.
void Reader::shortcodes(Block& block) {
  static constexpr std::pair<std::string_view, std::string_view> kKinds[] = {
      {"{{<", ">}}"}, {"{{%", "%}}"}, {"{%", "%}"}};
  const std::string& t = block.text;
  for (std::size_t i = t.find('{'); i != std::string::npos; i = t.find('{', i)) {
    std::size_t end = std::string::npos;
    for (const auto& [open, close] : kKinds) {
      if (t.compare(i, open.size(), open) != 0) continue;
      const std::size_t c = t.find(close, i + open.size());
      if (c != std::string::npos) end = c + close.size();
      break;
    }
    if (end == std::string::npos) {
      ++i;
      continue;
    }
    const bool in_code = std::any_of(block.spans.begin(), block.spans.end(), [&](const Span& s) {
      const Highlight* h = s.as<Highlight>();
      return h && h->rend == "code" && s.begin < end && i < s.end;
    });
    if (!in_code) {
      block.spans.push_back(Span{i, end, Highlight{"code"}});
      diags_.warning(src_.path, block.position_of(i),
                     "shortcode " + cut(t.substr(i, end - i), 60) +
                         " is kept as text (Editio runs no Hugo or Jekyll): write it as Markdown, move what it "
                         "says into the editor's layer, or remove it");
    }
    i = end;
  }
}

// The first block, an H1, is the Title when the front matter names none; the
// shallowest heading level left becomes 1.
void title_and_levels(Document& doc) {
  auto& blocks = doc.blocks;
  if (doc.metadata.title.empty() && !blocks.empty() && blocks[0].kind == BlockKind::Heading && blocks[0].level == 1)
    blocks[0].kind = BlockKind::Title;
  int top = 7;
  for (const Block& b : blocks)
    if (b.kind == BlockKind::Heading) top = std::min(top, b.level);
  for (Block& b : blocks)
    if (b.kind == BlockKind::Heading) b.level -= top - 1;
}

}  // namespace

void read_markdown(const SourceText& src, Document& doc, Diagnostics& diags) {
  doc.format = "markdown";
  doc.notes_linked = true;
  if (doc.source_path.empty()) doc.source_path = src.path;
  // The front matter's lines are parsed as blank lines: never text, and
  // every other line keeps its number.
  const std::size_t front = read_front_matter(src, doc, diags);
  std::string text;
  for (std::size_t i = 0; i < src.lines.size(); ++i) {
    if (i >= front) text += src.lines[i];
    text += '\n';
  }
  const Tree tree(text);
  Reader reader(src, doc, diags);
  reader.notes(tree, text);
  reader.body(tree);
  reader.note_bodies();
  title_and_levels(doc);
}

}  // namespace editio
