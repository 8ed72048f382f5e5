#include "read/docx.hpp"

#include <map>
#include <set>
#include <vector>

#include "read/office_xml.hpp"
#include "read/source.hpp"
#include "util/text.hpp"

namespace editio {
namespace {

constexpr const char* W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
constexpr const char* R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
constexpr const char* WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing";
constexpr const char* A = "http://schemas.openxmlformats.org/drawingml/2006/main";
constexpr const char* REL = "http://schemas.openxmlformats.org/package/2006/relationships";
constexpr const char* MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";
constexpr const char* DC = "http://purl.org/dc/elements/1.1/";

// An on/off property (<w:b/>, <w:b w:val="false"/>).
bool on(const xmlNode* n) {
  const std::string v = attribute(n, W, "val");
  return v != "0" && v != "false" && v != "off" && v != "none";
}

// Sets in `s` the formatting that run properties `rpr` state (on or off).
void apply_rpr(const xmlNode* rpr, CharStyle& s) {
  for (const xmlNode* c = rpr ? rpr->children : nullptr; c; c = c->next) {
    if (is_element(c, W, "i")) s[kItalic] = on(c);
    else if (is_element(c, W, "b")) s[kBold] = on(c);
    else if (is_element(c, W, "u")) s[kUnderline] = on(c);
    else if (is_element(c, W, "strike") || is_element(c, W, "dstrike")) s[kStrike] = on(c);
    else if (is_element(c, W, "smallCaps")) s[kSmallCaps] = on(c);
    else if (is_element(c, W, "vertAlign")) {
      const std::string v = attribute(c, W, "val");
      s[kSuper] = v == "superscript";
      s[kSub] = v == "subscript";
    }
  }
}

// "xiv" for 14: how Word numbers endnotes by default.
std::string roman(std::size_t n) {
  static const std::pair<std::size_t, const char*> digits[] = {
      {1000, "m"}, {900, "cm"}, {500, "d"}, {400, "cd"}, {100, "c"}, {90, "xc"}, {50, "l"},
      {40, "xl"},  {10, "x"},   {9, "ix"},  {5, "v"},    {4, "iv"},  {1, "i"}};
  std::string out;
  for (const auto& [value, text] : digits)
    for (; n >= value; n -= value) out += text;
  return out;
}

struct WordStyle {
  std::string name, based_on;
  const xmlNode* ppr = nullptr;
  const xmlNode* rpr = nullptr;
};

// What a paragraph is, from its style and its own properties.
struct ParagraphKind {
  BlockKind kind = BlockKind::Paragraph;
  int level = 1;
  std::string num_id;  // numbering instance (list items), or empty
  int ilvl = 0;
};

class DocxReader {
 public:
  DocxReader(OfficePackage& pkg, Document& doc) : pkg_(pkg), doc_(doc) {}
  bool read();

 private:
  void load_styles(const xmlDoc* styles);
  void load_numbering(const xmlDoc* numbering);
  void load_relationships(const xmlDoc* rels);
  void load_notes(const xmlDoc* notes, const char* element, std::map<std::string, const xmlNode*>& into);
  void read_metadata(const xmlDoc* core);
  void body(const xmlNode* parent);
  void paragraph(const xmlNode* p);
  void table(const xmlNode* tbl);
  ParagraphKind kind_of(const xmlNode* ppr) const;
  bool kind_from_style(const std::string& id, ParagraphKind& k, int depth) const;
  bool kind_from_ppr(const xmlNode* ppr, ParagraphKind& k) const;
  std::string list_label(const ParagraphKind& k);
  CharStyle char_style(const std::string& id, int depth) const;
  void inline_content(const xmlNode* parent, OfficeBlock& out);
  void run(const xmlNode* r, OfficeBlock& out);
  void hyperlink(const xmlNode* h, OfficeBlock& out);
  void note_reference(const xmlNode* ref, bool endnote, OfficeBlock& out);
  void image(const xmlNode* drawing, OfficeBlock& out);
  std::vector<Block> note_blocks(const xmlNode* note, SourcePos at);

  OfficePackage& pkg_;
  Document& doc_;
  std::map<std::string, WordStyle> styles_;
  std::string last_num_id_;  // the numbering of the last list item read
  std::map<std::string, std::string> num_abstract_;                // numId -> abstractNumId
  std::map<std::pair<std::string, int>, std::string> num_format_;  // (abstractNumId, ilvl) -> numFmt
  std::map<std::pair<std::string, int>, int> counters_;            // (numId, ilvl) -> items so far
  std::map<std::string, std::string> rels_;                        // rId -> target ("#" prefix: internal)
  std::map<std::string, const xmlNode*> footnotes_, endnotes_;
  std::set<const xmlNode*> notes_read_;
  std::uint32_t paragraphs_ = 0;   // body paragraphs so far
  std::size_t footnote_count_ = 0, endnote_count_ = 0, deletions_ = 0;
  bool in_note_ = false;
  std::string figure_url_, figure_text_;  // the last image of the paragraph being read
};

void DocxReader::load_styles(const xmlDoc* styles) {
  for (const xmlNode* s = root_children(styles); s; s = s->next) {
    if (!is_element(s, W, "style")) continue;
    WordStyle& st = styles_[attribute(s, W, "styleId")];
    st.name = lower_ascii(attribute(child(s, W, "name"), W, "val"));
    st.based_on = attribute(child(s, W, "basedOn"), W, "val");
    st.ppr = child(s, W, "pPr");
    st.rpr = child(s, W, "rPr");
  }
}

void DocxReader::load_numbering(const xmlDoc* numbering) {
  for (const xmlNode* n = root_children(numbering); n; n = n->next) {
    if (is_element(n, W, "num")) {
      num_abstract_[attribute(n, W, "numId")] = attribute(child(n, W, "abstractNumId"), W, "val");
    } else if (is_element(n, W, "abstractNum")) {
      const std::string id = attribute(n, W, "abstractNumId");
      for (const xmlNode* l = n->children; l; l = l->next)
        if (is_element(l, W, "lvl"))
          num_format_[{id, leading_int(attribute(l, W, "ilvl"), 0, 9)}] = attribute(child(l, W, "numFmt"), W, "val");
    }
  }
}

void DocxReader::load_relationships(const xmlDoc* rels) {
  for (const xmlNode* r = root_children(rels); r; r = r->next) {
    if (!is_element(r, REL, "Relationship")) continue;
    std::string target = attribute(r, nullptr, "Target");
    // A part's target is relative to word/; an external one (a URL) is as written.
    if (attribute(r, nullptr, "TargetMode") != "External" && !target.empty() && target[0] != '/')
      target = "word/" + target;
    rels_[attribute(r, nullptr, "Id")] = target;
  }
}

void DocxReader::load_notes(const xmlDoc* notes, const char* element, std::map<std::string, const xmlNode*>& into) {
  for (const xmlNode* n = root_children(notes); n; n = n->next) {
    const std::string type = attribute(n, W, "type");
    if (is_element(n, W, element) && type != "separator" && type != "continuationSeparator" &&
        type != "continuationNotice")
      into[attribute(n, W, "id")] = n;
  }
}

void DocxReader::read_metadata(const xmlDoc* core) {
  for (const xmlNode* n = root_children(core); n; n = n->next) {
    const std::string value = normalize_nfc(squeeze_space(text_content(n)));
    if (value.empty()) continue;
    if (is_element(n, DC, "title")) doc_.metadata.title = value;
    else if (is_element(n, DC, "creator")) doc_.metadata.authors.push_back(value);
    else if (is_element(n, DC, "language")) doc_.metadata.lang = value;
  }
}

// Whether style `id` (or a style it is based on) decides the paragraph's kind.
bool DocxReader::kind_from_style(const std::string& id, ParagraphKind& k, int depth) const {
  const auto it = styles_.find(id);
  if (it == styles_.end() || depth > 16) return false;
  const std::string& name = it->second.name;
  if (name == "title" || name == "subtitle") {
    k.kind = BlockKind::Title;
    return true;
  }
  if (name.rfind("heading ", 0) == 0 && name.size() == 9 && name[8] >= '1' && name[8] <= '9') {
    k.kind = BlockKind::Heading;
    k.level = name[8] - '0';
    return true;
  }
  if (name == "quote" || name == "intense quote" || name == "block text") {
    k.kind = BlockKind::Quote;
    return true;
  }
  if (kind_from_ppr(it->second.ppr, k)) return true;
  if (name.rfind("list", 0) == 0) {
    k.kind = BlockKind::ListItem;
    return true;
  }
  return kind_from_style(it->second.based_on, k, depth + 1);
}

// Whether paragraph properties (direct or a style's) make it a heading or a list item.
bool DocxReader::kind_from_ppr(const xmlNode* ppr, ParagraphKind& k) const {
  if (const xmlNode* o = child(ppr, W, "outlineLvl")) {
    const int level = leading_int(attribute(o, W, "val"), -1, 9);
    if (level >= 0 && level < 9) {
      k.kind = BlockKind::Heading;
      k.level = level + 1;
      return true;
    }
  }
  if (const xmlNode* num = child(ppr, W, "numPr")) {
    const std::string id = attribute(child(num, W, "numId"), W, "val");
    if (id.empty() || id == "0") return false;
    k.kind = BlockKind::ListItem;
    k.num_id = id;
    k.ilvl = leading_int(attribute(child(num, W, "ilvl"), W, "val"), 0, 9);
    return true;
  }
  return false;
}

ParagraphKind DocxReader::kind_of(const xmlNode* ppr) const {
  ParagraphKind k;
  if (!kind_from_ppr(ppr, k)) kind_from_style(attribute(child(ppr, W, "pStyle"), W, "val"), k, 0);
  return k;
}

// "1." for the n-th decimal item, "•" for a bullet, else empty.
std::string DocxReader::list_label(const ParagraphKind& k) {
  if (k.num_id.empty()) return "";
  const auto abstract = num_abstract_.find(k.num_id);
  if (abstract == num_abstract_.end()) return "";
  const auto format = num_format_.find({abstract->second, k.ilvl});
  if (format == num_format_.end()) return "";
  // A shallower item starts the deeper levels' count again.
  for (auto it = counters_.lower_bound({k.num_id, k.ilvl + 1}); it != counters_.end() && it->first.first == k.num_id;)
    it = counters_.erase(it);
  const int n = ++counters_[{k.num_id, k.ilvl}];
  if (format->second == "bullet") return "•";
  if (format->second == "decimal") return std::to_string(n) + ".";
  return "";
}

CharStyle DocxReader::char_style(const std::string& id, int depth) const {
  const auto it = styles_.find(id);
  if (it == styles_.end() || depth > 16) return CharStyle{};
  CharStyle s = char_style(it->second.based_on, depth + 1);
  apply_rpr(it->second.rpr, s);
  return s;
}

void DocxReader::body(const xmlNode* parent) {
  for (const xmlNode* c = parent ? parent->children : nullptr; c; c = c->next) {
    if (is_element(c, W, "p")) paragraph(c);
    else if (is_element(c, W, "tbl")) table(c);
    else if (is_element(c, W, "sdt")) body(child(c, W, "sdtContent"));
    else if (is_element(c, W, "customXml") || is_element(c, W, "ins") || is_element(c, W, "moveTo")) body(c);
  }
}

void DocxReader::paragraph(const xmlNode* p) {
  const xmlNode* ppr = child(p, W, "pPr");
  const ParagraphKind k = kind_of(ppr);
  OfficeBlock out(k.kind);
  out.start_paragraph(++paragraphs_);
  figure_url_.clear();
  figure_text_.clear();
  inline_content(p, out);
  out.close_highlights();
  if (add_figure(doc_, out, figure_url_, figure_text_)) return;
  if (out.b.empty()) return;
  Block block = out.b.finish();
  block.level = k.level;
  if (k.kind == BlockKind::ListItem) {
    block.label = list_label(k);
    const Block* before = doc_.blocks.empty() ? nullptr : &doc_.blocks.back();
    block.list_start = !before || before->kind != BlockKind::ListItem || k.num_id != last_num_id_;
    last_num_id_ = k.num_id;  // Word numbers each list apart: another numbering is another list
  }
  doc_.blocks.push_back(std::move(block));
}

// Each cell one TableCell block (its paragraphs joined); rows marked
// header when Word repeats them as the table's header (w:tblHeader).
void DocxReader::table(const xmlNode* tbl) {
  bool first_cell = true;
  for (const xmlNode* tr = tbl->children; tr; tr = tr->next) {
    if (!is_element(tr, W, "tr")) continue;
    const xmlNode* header = child(child(tr, W, "trPr"), W, "tblHeader");
    bool row_start = true;
    for (const xmlNode* tc = tr->children; tc; tc = tc->next) {
      if (!is_element(tc, W, "tc")) continue;
      OfficeBlock cell(BlockKind::TableCell);
      for (const xmlNode* p = tc->children; p; p = p->next) {
        if (is_element(p, W, "tbl")) table(p);  // a nested table: its cells follow as cells
        if (!is_element(p, W, "p")) continue;
        cell.start_paragraph(++paragraphs_);
        inline_content(p, cell);
      }
      add_cell(doc_, cell, header && on(header), first_cell, row_start);
    }
  }
}

// The runs, links, insertions... of a paragraph, in order.
void DocxReader::inline_content(const xmlNode* parent, OfficeBlock& out) {
  for (const xmlNode* c = parent->children; c; c = c->next) {
    if (c->type != XML_ELEMENT_NODE || !c->ns) continue;
    if (is_element(c, W, "r")) run(c, out);
    else if (is_element(c, W, "hyperlink")) hyperlink(c, out);
    else if (is_element(c, W, "del") || is_element(c, W, "moveFrom")) ++deletions_;
    else if (is_element(c, W, "ins") || is_element(c, W, "moveTo") || is_element(c, W, "smartTag") ||
             is_element(c, W, "customXml") || is_element(c, W, "fldSimple") || is_element(c, W, "bdo") ||
             is_element(c, W, "dir"))
      inline_content(c, out);
    else if (is_element(c, W, "sdt")) {
      if (const xmlNode* content = child(c, W, "sdtContent")) inline_content(content, out);
    } else if (is_element(c, MC, "AlternateContent")) {
      if (const xmlNode* choice = child(c, MC, "Choice")) inline_content(choice, out);
    }
  }
}

void DocxReader::run(const xmlNode* r, OfficeBlock& out) {
  const xmlNode* rpr = child(r, W, "rPr");
  CharStyle style = char_style(attribute(child(rpr, W, "rStyle"), W, "val"), 0);
  apply_rpr(rpr, style);
  for (const xmlNode* c = r->children; c; c = c->next) {
    if (is_element(c, W, "t")) out.text(text_content(c), style);
    else if (is_element(c, W, "tab") || is_element(c, W, "br") || is_element(c, W, "cr")) out.text(" ", style);
    else if (is_element(c, W, "noBreakHyphen")) out.text("\u2011", style);
    else if (is_element(c, W, "footnoteReference")) note_reference(c, false, out);
    else if (is_element(c, W, "endnoteReference")) note_reference(c, true, out);
    else if (is_element(c, W, "drawing")) image(c, out);
    else if (is_element(c, MC, "AlternateContent")) run(child(c, MC, "Choice") ? child(c, MC, "Choice") : c, out);
  }
}

void DocxReader::hyperlink(const xmlNode* h, OfficeBlock& out) {
  std::string target;
  const std::string anchor = attribute(h, W, "anchor");
  if (const auto it = rels_.find(attribute(h, R, "id")); it != rels_.end()) target = it->second;
  if (!anchor.empty()) target += "#" + anchor;
  const std::size_t begin = out.begin_link();
  inline_content(h, out);
  out.end_link(begin, target);
}

void DocxReader::note_reference(const xmlNode* ref, bool endnote, OfficeBlock& out) {
  const auto& notes = endnote ? endnotes_ : footnotes_;
  const auto it = notes.find(attribute(ref, W, "id"));
  // A note is read at its first reference only: Word refers to each once, and a
  // forged file that refers to one big note many times must not multiply it.
  if (in_note_ || it == notes.end() || !notes_read_.insert(it->second).second) return;
  const std::string n = endnote ? roman(++endnote_count_) : std::to_string(++footnote_count_);
  const xmlNode* note = it->second;
  add_note(doc_, out, n, [&](SourcePos at) { return note_blocks(note, at); });
}

std::vector<Block> DocxReader::note_blocks(const xmlNode* note, SourcePos at) {
  in_note_ = true;
  std::vector<Block> blocks;
  for (const xmlNode* p = note->children; p; p = p->next) {
    if (!is_element(p, W, "p")) continue;
    OfficeBlock out(BlockKind::Paragraph);
    out.frozen = true;
    out.at = at;
    inline_content(p, out);
    out.close_highlights();
    if (!out.b.empty()) blocks.push_back(out.b.finish());
  }
  in_note_ = false;
  return blocks;
}

// An image: its description (wp:docPr/@descr, else its title) and the part it is stored in.
void DocxReader::image(const xmlNode* drawing, OfficeBlock&) {
  for (const xmlNode* anchor = drawing->children; anchor; anchor = anchor->next) {
    const xmlNode* pr = child(anchor, WP, "docPr");
    if (!pr) continue;
    figure_text_ = attribute(pr, nullptr, "descr");
    if (figure_text_.empty()) figure_text_ = attribute(pr, nullptr, "title");
    const xmlNode* graphic = child(anchor, A, "graphic");
    const xmlNode* data = child(graphic, A, "graphicData");
    for (const xmlNode* n = data ? data->children : nullptr; n; n = n->next) {
      // pic:pic/pic:blipFill/a:blip r:embed: the first blip found under the graphic.
      for (const xmlNode* m = n->children; m; m = m->next)
        if (const xmlNode* blip = child(m, A, "blip"))
          if (const auto it = rels_.find(attribute(blip, R, "embed")); it != rels_.end()) figure_url_ = it->second;
    }
  }
}

bool DocxReader::read() {
  XmlDoc document = pkg_.part("word/document.xml", true);
  XmlDoc styles = pkg_.part("word/styles.xml", false);
  XmlDoc numbering = pkg_.part("word/numbering.xml", false);
  XmlDoc rels = pkg_.part("word/_rels/document.xml.rels", false);
  XmlDoc footnotes = pkg_.part("word/footnotes.xml", false);
  XmlDoc endnotes = pkg_.part("word/endnotes.xml", false);
  XmlDoc comments = pkg_.part("word/comments.xml", false);
  XmlDoc core = pkg_.part("docProps/core.xml", false);
  if (pkg_.failed) return false;
  load_styles(styles.get());
  load_numbering(numbering.get());
  load_relationships(rels.get());
  load_notes(footnotes.get(), "footnote", footnotes_);
  load_notes(endnotes.get(), "endnote", endnotes_);
  read_metadata(core.get());
  const xmlNode* root = xmlDocGetRootElement(document.get());
  const xmlNode* b = child(root, W, "body");
  if (!is_element(root, W, "document") || !b) {
    pkg_.error("part word/document.xml holds no Word document body (w:document/w:body): not a Word file");
    return false;
  }
  body(b);
  std::size_t comment_count = 0;
  for (const xmlNode* c = root_children(comments.get()); c; c = c->next)
    comment_count += is_element(c, W, "comment");
  if (comment_count) doc_.left_out.push_back(count_phrase(comment_count, "comment", "of the Word file"));
  if (deletions_) doc_.left_out.push_back(count_phrase(deletions_, "tracked deletion", "of the Word file"));
  return true;
}

}  // namespace

bool read_docx(const std::string& path, std::string_view bytes, Document& doc, Diagnostics& diags) {
  return read_package(path, bytes, doc, diags, "docx", [&](OfficePackage& pkg) { return DocxReader(pkg, doc).read(); });
}

}  // namespace editio
