#include "tei/serialize.hpp"

#include <cstring>

namespace editio {
namespace {

bool holds_text(const pugi::xml_node& n) {
  for (auto c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) return true;
  return false;
}

// Elements whose content is text (mixed content), even when they happen to
// hold only elements ("<head><persName>X</persName></head>"): layout
// whitespace inside them would become part of the text.
bool text_content(const char* name) {
  static const char* const names[] = {
      "p", "head", "item", "l", "ab", "label", "salute", "signed", "dateline", "byline", "docAuthor",
      "titlePart", "cell", "persName", "placeName", "orgName", "name", "roleName", "addName", "forename",
      "surname", "genName", "nameLink", "choice", "sic", "corr", "reg", "orig", "abbr", "expan", "date",
      "time", "title", "hi", "emph", "term", "foreign", "ref", "rs", "q", "num", "measure", "unclear",
      "supplied", "add", "del", "resp", "author", "editor", "publisher", "pubPlace", "idno", "language",
      "licence", "edition", "biblScope", "change"};
  for (const char* n : names)
    if (std::strcmp(n, name) == 0) return true;
  return false;
}

void write_node(std::string& out, const pugi::xml_node& n, int depth, bool inline_mode) {
  auto indent = [&](int d) {
    if (!inline_mode) out.append(static_cast<std::size_t>(d) * 2, ' ');
  };
  switch (n.type()) {
    case pugi::node_pcdata:
    case pugi::node_cdata:
      append_escaped(out, n.value(), false);
      return;
    case pugi::node_comment:
      indent(depth);
      out += "<!--";
      out += n.value();
      out += "-->";
      if (!inline_mode) out += '\n';
      return;
    case pugi::node_pi:
      indent(depth);
      out += "<?";
      out += n.name();
      if (*n.value()) {
        out += ' ';
        out += n.value();
      }
      out += "?>";
      if (!inline_mode) out += '\n';
      return;
    case pugi::node_element: {
      indent(depth);
      out += '<';
      out += n.name();
      for (auto a = n.first_attribute(); a; a = a.next_attribute()) {
        out += ' ';
        out += a.name();
        out += "=\"";
        append_escaped(out, a.value(), true);
        out += '"';
      }
      if (!n.first_child()) {
        out += "/>";
        if (!inline_mode) out += '\n';
        return;
      }
      out += '>';
      const bool child_inline = inline_mode || holds_text(n) || text_content(n.name());
      if (!child_inline) out += '\n';
      for (auto c = n.first_child(); c; c = c.next_sibling()) write_node(out, c, depth + 1, child_inline);
      if (!child_inline) indent(depth);
      out += "</";
      out += n.name();
      out += '>';
      if (!inline_mode) out += '\n';
      return;
    }
    default:
      return;
  }
}

// Whitespace that write_node puts between indented children: a line break,
// then spaces.
bool is_layout(const char* s) {
  bool line = false;
  for (; *s; ++s) {
    if (*s == '\n') line = true;
    else if (*s != ' ') return false;
  }
  return line;
}

}  // namespace

void strip_layout(pugi::xml_node n) {
  if (n.type() == pugi::node_document) {
    for (pugi::xml_node c : n.children()) strip_layout(c);
    return;
  }
  if (n.type() != pugi::node_element || text_content(n.name())) return;
  for (pugi::xml_node c : n.children())
    if (c.type() == pugi::node_cdata || (c.type() == pugi::node_pcdata && !is_layout(c.value()))) return;
  for (pugi::xml_node c = n.first_child(); c;) {
    const pugi::xml_node next = c.next_sibling();
    if (c.type() == pugi::node_pcdata) n.remove_child(c);
    else strip_layout(c);
    c = next;
  }
}

void serialize_node(std::string& out, const pugi::xml_node& node, int depth, bool inline_mode) {
  write_node(out, node, depth, inline_mode);
}

void append_escaped(std::string& out, const char* text, bool attribute) {
  for (const char* p = text; *p; ++p) {
    switch (*p) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"':
        if (attribute) out += "&quot;";
        else out += '"';
        break;
      case '\t':
      case '\n':
        if (attribute) out += *p == '\t' ? "&#9;" : "&#10;";
        else out += *p;
        break;
      default:
        out += *p;
    }
  }
}

std::string serialize_xml(const pugi::xml_document& doc) {
  std::string out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  for (auto c = doc.first_child(); c; c = c.next_sibling()) {
    if (c.type() == pugi::node_declaration) continue;
    write_node(out, c, 0, false);
  }
  return out;
}

namespace xml {

pugi::xml_node add(pugi::xml_node parent, const char* name, const std::string& text) {
  pugi::xml_node n = parent.append_child(name);
  if (!text.empty()) n.append_child(pugi::node_pcdata).set_value(text.c_str());
  return n;
}

void set(pugi::xml_node n, const char* attr, const std::string& value) {
  if (!value.empty()) n.append_attribute(attr).set_value(value.c_str());
}

}  // namespace xml

}  // namespace editio
