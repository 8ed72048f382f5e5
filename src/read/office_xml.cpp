#include "read/office_xml.hpp"

#include <libxml/parser.h>
#include <libxml/xmlerror.h>

#include <algorithm>
#include <charconv>
#include <cstring>

#include "read/source.hpp"
#include "util/utf8.hpp"

namespace editio {

bool OfficePackage::open(std::string_view bytes) {
  std::string why;
  zip = ZipArchive::open(bytes, why);
  if (!zip) error(why);
  return zip != nullptr;
}

void OfficePackage::error(const std::string& message) {
  diags->error(path, {}, message);
  failed = true;
}

XmlDoc OfficePackage::part(const std::string& name, bool required) {
  if (!zip->has(name)) {
    if (required) error("part " + name + " is missing: this is not a complete file of its kind; save it again");
    return nullptr;
  }
  std::string why;
  const auto bytes = zip->read(name, why);
  if (!bytes) {
    error("part " + name + " " + why);
    return nullptr;
  }
  // No network, no DTD loaded, entities not substituted (XML_PARSE_NOENT off),
  // libxml2's default limits on depth and size (no XML_PARSE_HUGE).
  xmlParserCtxtPtr ctxt = xmlNewParserCtxt();
  if (!ctxt) {
    error("part " + name + ": out of memory");
    return nullptr;
  }
  XmlDoc doc(xmlCtxtReadMemory(ctxt, bytes->data(), static_cast<int>(bytes->size()), name.c_str(), nullptr,
                               XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING));
  if (!doc) {
    const xmlError* e = xmlCtxtGetLastError(ctxt);
    std::string message = e && e->message ? e->message : "not well-formed XML";
    while (!message.empty() && (message.back() == '\n' || message.back() == ' ')) message.pop_back();
    error("part " + name + ": line " + std::to_string(e ? e->line : 0) + ": " + message +
          " (the file is damaged: open it in the word processor and save it again)");
  }
  xmlFreeParserCtxt(ctxt);
  return doc;
}

bool is_element(const xmlNode* n, const char* ns, const char* local) {
  return n && n->type == XML_ELEMENT_NODE && n->ns && n->ns->href &&
         std::strcmp(reinterpret_cast<const char*>(n->name), local) == 0 &&
         std::strcmp(reinterpret_cast<const char*>(n->ns->href), ns) == 0;
}

xmlNode* child(const xmlNode* n, const char* ns, const char* local) {
  if (!n) return nullptr;
  for (xmlNode* c = n->children; c; c = c->next)
    if (is_element(c, ns, local)) return c;
  return nullptr;
}

std::string attribute(const xmlNode* n, const char* ns, const char* local) {
  if (!n) return "";
  xmlChar* v = ns ? xmlGetNsProp(n, BAD_CAST local, BAD_CAST ns) : xmlGetNoNsProp(n, BAD_CAST local);
  if (!v) return "";
  std::string s(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return s;
}

xmlNode* root_children(const xmlDoc* doc) {
  const xmlNode* root = doc ? xmlDocGetRootElement(doc) : nullptr;
  return root ? root->children : nullptr;
}

int leading_int(const std::string& s, int lo, int hi) {
  long long v = 0;
  const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec == std::errc::result_out_of_range) v = s[0] == '-' ? lo : hi;
  (void)end;
  return static_cast<int>(std::clamp<long long>(v, lo, hi));
}

std::string text_content(const xmlNode* n) {
  std::string out;
  for (const xmlNode* c = n ? n->children : nullptr; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) out += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE) {
      out += text_content(c);
    }
  }
  return out;
}

const char* rend_name(int rend) {
  static const char* const names[kRendCount] = {"italic",      "bold",      "underline", "strikethrough",
                                                "superscript", "subscript", "smallcaps"};
  return names[rend];
}

SourcePos OfficeBlock::pos() const {
  if (frozen) return at;
  SourcePos p;
  p.paragraph = true;
  p.line = paragraph;
  p.column = chars + 1;
  return p;
}

void OfficeBlock::start_paragraph(std::uint32_t n) {
  close_highlights();
  if (!b.empty()) b.text(" ", pos());  // the paragraphs of one cell are joined by a space
  paragraph = n;
  chars = 0;
}

void OfficeBlock::text(std::string_view t, const CharStyle& style) {
  if (t.empty()) return;
  for (int r = 0; r < kRendCount; ++r) {
    if (open[r] && !style[r]) {
      b.span(*open[r], Highlight{rend_name(r)});
      open[r].reset();
    } else if (!open[r] && style[r]) {
      open[r] = b.mark();
    }
  }
  const std::string nfc = normalize_nfc(t);
  b.text(nfc, pos());
  chars += static_cast<std::uint32_t>(utf8::length(t));
  if (t.find_first_not_of(" \t\r\n") != std::string_view::npos) image_only = false;
}

void OfficeBlock::close_highlights() {
  for (int r = 0; r < kRendCount; ++r) {
    if (open[r]) b.span(*open[r], Highlight{rend_name(r)});
    open[r].reset();
  }
}

std::size_t OfficeBlock::begin_link() {
  close_highlights();
  return b.mark();
}

void OfficeBlock::end_link(std::size_t begin, const std::string& target) {
  close_highlights();
  if (target.empty()) return;
  const std::string& t = b.block().text;
  const bool literal = begin < t.size() && t.compare(begin, std::string::npos, target) == 0;
  b.span(begin, Link{target, literal});
}

bool add_figure(Document& doc, OfficeBlock& out, const std::string& url, const std::string& text) {
  if (!out.image_only || url.empty() || !out.b.block().spans.empty()) return false;
  OfficeBlock figure(BlockKind::Figure);
  figure.start_paragraph(out.paragraph);
  figure.text(text, CharStyle{});
  figure.b.block().url = url;
  doc.blocks.push_back(figure.b.finish());
  return true;
}

void add_cell(Document& doc, OfficeBlock& cell, bool header, bool& first_cell, bool& row_start) {
  cell.close_highlights();
  Block block = cell.b.finish();
  block.table_start = first_cell;
  block.row_start = row_start;
  block.header_cell = header;
  doc.blocks.push_back(std::move(block));
  first_cell = row_start = false;
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

std::string count_phrase(std::size_t n, const std::string& one, const std::string& what) {
  return std::to_string(n) + " " + one + (n == 1 ? "" : "s") + " " + what;
}

}  // namespace editio
