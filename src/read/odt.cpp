#include "read/odt.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <vector>

#include "read/office_xml.hpp"
#include "read/source.hpp"
#include "util/text.hpp"

namespace editio {
namespace {

constexpr const char* OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr const char* STYLE = "urn:oasis:names:tc:opendocument:xmlns:style:1.0";
constexpr const char* TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr const char* TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0";
constexpr const char* DRAW = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr const char* FO = "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0";
constexpr const char* XLINK = "http://www.w3.org/1999/xlink";
constexpr const char* SVG = "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0";
constexpr const char* META = "urn:oasis:names:tc:opendocument:xmlns:meta:1.0";
constexpr const char* DC = "http://purl.org/dc/elements/1.1/";
constexpr const char* kTextMime = "application/vnd.oasis.opendocument.text";

// Sets in `s` the formatting that style:text-properties `props` state.
void apply_text_properties(const xmlNode* props, CharStyle& s) {
  if (!props) return;
  const auto set = [&](const char* ns, const char* name, auto decide) {
    const std::string v = attribute(props, ns, name);
    if (!v.empty()) decide(v);
  };
  set(FO, "font-style", [&](const std::string& v) { s[kItalic] = v == "italic" || v == "oblique"; });
  set(FO, "font-weight", [&](const std::string& v) { s[kBold] = v == "bold" || leading_int(v, 0, 1000) >= 600; });
  set(STYLE, "text-underline-style", [&](const std::string& v) { s[kUnderline] = v != "none"; });
  set(STYLE, "text-line-through-style", [&](const std::string& v) { s[kStrike] = v != "none"; });
  set(FO, "font-variant", [&](const std::string& v) { s[kSmallCaps] = v == "small-caps"; });
  set(STYLE, "text-position", [&](const std::string& v) {  // "super 58%", "-33% 58%", "0% 100%"
    s[kSuper] = v.rfind("super", 0) == 0 || leading_int(v, -100, 100) > 0;
    s[kSub] = v.rfind("sub", 0) == 0 || leading_int(v, -100, 100) < 0;
  });
}

struct OdtStyle {
  std::string parent;
  std::string names;  // its name and display name, lower case, with " | " between
  const xmlNode* text_properties = nullptr;
  bool automatic = false;  // direct formatting (office:automatic-styles of content.xml)
};

class OdtReader {
 public:
  OdtReader(OfficePackage& pkg, Document& doc) : pkg_(pkg), doc_(doc) {}
  bool read();

 private:
  bool check_mimetype();
  void load_styles(const xmlNode* container, bool automatic);
  void read_metadata(const xmlDoc* meta);
  void body(const xmlNode* parent);
  void paragraph(const xmlNode* p, BlockKind kind, const std::string& label);
  BlockKind kind_from_style(const std::string& name, BlockKind fallback) const;
  void list(const xmlNode* l, std::string style, int level);
  std::string list_label(const std::string& style, int level, int n) const;
  void table(const xmlNode* t);
  void rows(const xmlNode* parent, bool header, bool& first_cell);
  template <class F> void each_paragraph(const xmlNode* n, F f);
  CharStyle text_style(const std::string& family, const std::string& name, CharStyle base, int depth = 0) const;
  void inline_content(const xmlNode* parent, const CharStyle& style, OfficeBlock& out);
  void link(const xmlNode* a, const CharStyle& style, OfficeBlock& out);
  void note(const xmlNode* n, OfficeBlock& out);
  void image(const xmlNode* frame);

  OfficePackage& pkg_;
  Document& doc_;
  std::map<std::string, OdtStyle> styles_;            // "family:name" -> style
  std::map<std::string, const xmlNode*> list_styles_;  // name -> text:list-style
  std::uint32_t paragraphs_ = 0;
  std::size_t comments_ = 0, changes_ = 0;
  bool in_note_ = false;
  std::string figure_url_, figure_text_;
};

bool OdtReader::check_mimetype() {
  if (!pkg_.zip->has("mimetype")) return true;  // optional in ODF; content.xml decides
  std::string why;
  const auto mime = pkg_.zip->read("mimetype", why);
  if (!mime) {
    pkg_.error("part mimetype " + why);
    return false;
  }
  if (mime->rfind(kTextMime, 0) != 0) {
    std::string shown;  // the type as written, printable ASCII only
    for (char c : mime->substr(0, 80)) shown += (c >= 0x20 && c < 0x7f) ? c : '?';
    pkg_.error("is an OpenDocument file of type \"" + shown + "\", not a text document (" +
               kTextMime + "): save the text as .odt from a word processor");
    return false;
  }
  return true;
}

void OdtReader::load_styles(const xmlNode* container, bool automatic) {
  for (const xmlNode* s = container ? container->children : nullptr; s; s = s->next) {
    const std::string name = attribute(s, STYLE, "name");
    if (is_element(s, TEXT, "list-style")) {
      list_styles_[name] = s;
    } else if (is_element(s, STYLE, "style")) {
      OdtStyle& st = styles_[attribute(s, STYLE, "family") + ":" + name];
      st.parent = attribute(s, STYLE, "parent-style-name");
      st.names = lower_ascii(name) + " | " + lower_ascii(attribute(s, STYLE, "display-name"));
      st.text_properties = child(s, STYLE, "text-properties");
      st.automatic = automatic;
    }
  }
}

void OdtReader::read_metadata(const xmlDoc* meta) {
  const xmlNode* m = meta ? child(xmlDocGetRootElement(meta), OFFICE, "meta") : nullptr;
  std::string initial_creator;
  for (const xmlNode* n = m ? m->children : nullptr; n; n = n->next) {
    const std::string value = normalize_nfc(squeeze_space(text_content(n)));
    if (value.empty()) continue;
    if (is_element(n, DC, "title")) doc_.metadata.title = value;
    else if (is_element(n, DC, "creator")) doc_.metadata.authors = {value};
    else if (is_element(n, META, "initial-creator")) initial_creator = value;
    else if (is_element(n, DC, "language")) doc_.metadata.lang = value;
  }
  if (doc_.metadata.authors.empty() && !initial_creator.empty()) doc_.metadata.authors.push_back(initial_creator);
}

// The formatting of text in style `name` of `family`: its parents' first, then its own, over `base`.
CharStyle OdtReader::text_style(const std::string& family, const std::string& name, CharStyle base, int depth) const {
  const auto it = styles_.find(family + ":" + name);
  if (name.empty() || it == styles_.end() || depth > 16) return base;
  CharStyle s = text_style(family, it->second.parent, base, depth + 1);
  apply_text_properties(it->second.text_properties, s);
  return s;
}

// Title, Quote or `fallback`, from the names of paragraph style `name` and its parents.
BlockKind OdtReader::kind_from_style(const std::string& name, BlockKind fallback) const {
  std::string at = name;
  for (int depth = 0; depth < 16 && !at.empty(); ++depth) {
    const auto it = styles_.find("paragraph:" + at);
    const std::string names = it == styles_.end() ? lower_ascii(at) : it->second.names;
    for (const char* title : {"title", "subtitle"})
      if (names.rfind(std::string(title) + " |", 0) == 0 || names == title) return BlockKind::Title;
    for (const char* quote : {"quotations", "quote", "quotation"})
      if (names.rfind(std::string(quote) + " |", 0) == 0 || names == quote) return BlockKind::Quote;
    if (it == styles_.end()) break;
    at = it->second.parent;
  }
  return fallback;
}

void OdtReader::body(const xmlNode* parent) {
  for (const xmlNode* c = parent ? parent->children : nullptr; c; c = c->next) {
    if (is_element(c, TEXT, "p")) paragraph(c, BlockKind::Paragraph, "");
    else if (is_element(c, TEXT, "h")) paragraph(c, BlockKind::Heading, "");
    else if (is_element(c, TEXT, "list")) list(c, "", 1);
    else if (is_element(c, TABLE, "table")) table(c);
    else if (is_element(c, TEXT, "section")) body(c);
    else if (is_element(c, TEXT, "tracked-changes")) {
      for (const xmlNode* r = c->children; r; r = r->next) changes_ += is_element(r, TEXT, "changed-region");
    }
  }
}

void OdtReader::paragraph(const xmlNode* p, BlockKind kind, const std::string& label) {
  const std::string style = attribute(p, TEXT, "style-name");
  if (kind == BlockKind::Paragraph) kind = kind_from_style(style, kind);
  OfficeBlock out(kind);
  out.start_paragraph(++paragraphs_);
  figure_url_.clear();
  figure_text_.clear();
  // Direct formatting of the whole paragraph: its automatic style's own text properties.
  CharStyle base{};
  if (const auto it = styles_.find("paragraph:" + style); it != styles_.end() && it->second.automatic)
    apply_text_properties(it->second.text_properties, base);
  inline_content(p, base, out);
  out.close_highlights();
  if (add_figure(doc_, out, figure_url_, figure_text_)) return;
  if (out.b.empty()) return;
  Block block = out.b.finish();
  if (kind == BlockKind::Heading) block.level = leading_int(attribute(p, TEXT, "outline-level"), 1, 10);
  block.label = label;
  doc_.blocks.push_back(std::move(block));
}

// Each item's first paragraph a labelled ListItem, its others unlabelled; nested lists one level deeper.
void OdtReader::list(const xmlNode* l, std::string style, int level) {
  if (const std::string own = attribute(l, TEXT, "style-name"); !own.empty()) style = own;
  int n = 0;
  const std::size_t first = doc_.blocks.size();
  for (const xmlNode* item = l->children; item; item = item->next) {
    if (!is_element(item, TEXT, "list-item") && !is_element(item, TEXT, "list-header")) continue;
    std::string label = is_element(item, TEXT, "list-item") ? list_label(style, level, ++n) : "";
    for (const xmlNode* c = item->children; c; c = c->next) {
      if (is_element(c, TEXT, "p") || is_element(c, TEXT, "h")) {
        paragraph(c, BlockKind::ListItem, label);
        label.clear();
      } else if (is_element(c, TEXT, "list")) {
        list(c, style, level + 1);
      }
    }
  }
  mark_list_start(doc_.blocks, first);
}

// "•" (the style's bullet) or "3." (a number in digits) for item `n` at `level` of list style `style`.
std::string OdtReader::list_label(const std::string& style, int level, int n) const {
  const auto it = list_styles_.find(style);
  for (const xmlNode* l = it == list_styles_.end() ? nullptr : it->second->children; l; l = l->next) {
    if (leading_int(attribute(l, TEXT, "level"), 0, 1000) != level) continue;
    if (is_element(l, TEXT, "list-level-style-bullet")) return attribute(l, TEXT, "bullet-char");
    if (is_element(l, TEXT, "list-level-style-number") && attribute(l, STYLE, "num-format") == "1")
      return attribute(l, STYLE, "num-prefix") + std::to_string(n) + attribute(l, STYLE, "num-suffix");
    return "";
  }
  return "";
}

// Calls f on each text:p and text:h under `n` (through lists and sections), in order.
template <class F> void OdtReader::each_paragraph(const xmlNode* n, F f) {
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (is_element(c, TEXT, "p") || is_element(c, TEXT, "h")) f(c);
    else if (is_element(c, TEXT, "list") || is_element(c, TEXT, "list-item") || is_element(c, TEXT, "list-header") ||
             is_element(c, TEXT, "section"))
      each_paragraph(c, f);
  }
}

void OdtReader::table(const xmlNode* t) {
  bool first_cell = true;
  rows(t, false, first_cell);
}

void OdtReader::rows(const xmlNode* parent, bool header, bool& first_cell) {
  for (const xmlNode* row = parent->children; row; row = row->next) {
    if (is_element(row, TABLE, "table-header-rows")) rows(row, true, first_cell);
    else if (is_element(row, TABLE, "table-rows") || is_element(row, TABLE, "table-row-group")) rows(row, header, first_cell);
    if (!is_element(row, TABLE, "table-row")) continue;
    bool row_start = true;
    for (const xmlNode* tc = row->children; tc; tc = tc->next) {
      if (!is_element(tc, TABLE, "table-cell")) continue;
      OfficeBlock cell(BlockKind::TableCell);
      each_paragraph(tc, [&](const xmlNode* p) {
        cell.start_paragraph(++paragraphs_);
        inline_content(p, CharStyle{}, cell);
      });
      for (const xmlNode* c = tc->children; c; c = c->next)
        if (is_element(c, TABLE, "table")) table(c);  // a nested table: its cells follow as cells
      add_cell(doc_, cell, header, first_cell, row_start);
    }
  }
}

void OdtReader::inline_content(const xmlNode* parent, const CharStyle& style, OfficeBlock& out) {
  for (const xmlNode* c = parent->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) out.text(reinterpret_cast<const char*>(c->content), style);
    } else if (c->type != XML_ELEMENT_NODE || !c->ns) {
      continue;
    } else if (is_element(c, TEXT, "span")) {
      inline_content(c, text_style("text", attribute(c, TEXT, "style-name"), style), out);
    } else if (is_element(c, TEXT, "a")) {
      link(c, text_style("text", attribute(c, TEXT, "style-name"), style), out);
    } else if (is_element(c, TEXT, "s") || is_element(c, TEXT, "tab") || is_element(c, TEXT, "line-break")) {
      out.text(" ", style);
    } else if (is_element(c, TEXT, "note")) {
      note(c, out);
    } else if (is_element(c, OFFICE, "annotation")) {
      ++comments_;
    } else if (is_element(c, DRAW, "frame")) {
      image(c);
    } else if (is_element(c, DRAW, "a")) {
      inline_content(c, style, out);
    } else if (is_element(c, TEXT, "meta") || is_element(c, TEXT, "ruby") || is_element(c, TEXT, "ruby-base") ||
               std::string_view(reinterpret_cast<const char*>(c->ns->href)) == TEXT) {
      inline_content(c, style, out);  // fields and marks: what they show is the text
    }
  }
}

void OdtReader::link(const xmlNode* a, const CharStyle& style, OfficeBlock& out) {
  const std::string target = attribute(a, XLINK, "href");
  const std::size_t begin = out.begin_link();
  inline_content(a, style, out);
  out.end_link(begin, target);
}

void OdtReader::note(const xmlNode* n, OfficeBlock& out) {
  const xmlNode* body = child(n, TEXT, "note-body");
  if (in_note_ || !body) return;
  const std::string citation = normalize_nfc(squeeze_space(text_content(child(n, TEXT, "note-citation"))));
  add_note(doc_, out, citation, [&](SourcePos at) {
    in_note_ = true;
    std::vector<Block> blocks;
    each_paragraph(body, [&](const xmlNode* p) {
      OfficeBlock para(BlockKind::Paragraph);
      para.frozen = true;
      para.at = at;
      inline_content(p, CharStyle{}, para);
      para.close_highlights();
      if (!para.b.empty()) blocks.push_back(para.b.finish());
    });
    in_note_ = false;
    return blocks;
  });
}

// An image: its address (draw:image xlink:href) and its title or description.
void OdtReader::image(const xmlNode* frame) {
  const xmlNode* img = child(frame, DRAW, "image");
  if (!img) return;
  figure_url_ = attribute(img, XLINK, "href");
  figure_text_ = text_content(child(frame, SVG, "title"));
  if (figure_text_.empty()) figure_text_ = text_content(child(frame, SVG, "desc"));
}

bool OdtReader::read() {
  if (!check_mimetype()) return false;
  XmlDoc content = pkg_.part("content.xml", true);
  XmlDoc styles = pkg_.part("styles.xml", false);
  XmlDoc meta = pkg_.part("meta.xml", false);
  if (pkg_.failed) return false;
  const xmlNode* root = xmlDocGetRootElement(content.get());
  const xmlNode* text = child(child(root, OFFICE, "body"), OFFICE, "text");
  if (!text) {
    pkg_.error("part content.xml holds no text (office:body/office:text): not an OpenDocument text; "
               "save it as .odt from a word processor");
    return false;
  }
  if (styles) load_styles(child(xmlDocGetRootElement(styles.get()), OFFICE, "styles"), false);
  load_styles(child(root, OFFICE, "automatic-styles"), true);
  read_metadata(meta.get());
  body(text);
  if (comments_) doc_.left_out.push_back(count_phrase(comments_, "comment", "of the OpenDocument file"));
  if (changes_) doc_.left_out.push_back(count_phrase(changes_, "tracked change", "of the OpenDocument file"));
  return true;
}

}  // namespace

bool read_odt(const std::string& path, std::string_view bytes, Document& doc, Diagnostics& diags) {
  return read_package(path, bytes, doc, diags, "odt", [&](OfficePackage& pkg) { return OdtReader(pkg, doc).read(); });
}

}  // namespace editio
