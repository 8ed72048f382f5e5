#include "edition/tei_file.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>

namespace editio {
namespace {

// pugixml reads no DTD, so entities it declares are never expanded: say so
// rather than let "&name;" pass into the edition as literal text.
void warn_about_entities(const std::string& path, const std::string& text, const LineMap& lines,
                         Diagnostics& diags) {
  std::size_t from = 0;
  if (std::size_t d = text.find("<!DOCTYPE"); d != std::string::npos) {
    const std::size_t open = text.find('[', d), close = text.find('>', d);
    from = open < close ? text.find("]>", open) : close;
    from = from == std::string::npos ? text.size() : from;
    diags.warning(path, lines.at(static_cast<std::ptrdiff_t>(d)),
                  "the DOCTYPE is ignored: Editio reads no DTD and expands no entities it declares (nor "
                  "loads external ones); remove it and write the characters themselves");
  }
  for (std::size_t i = text.find('&', from); i != std::string::npos; i = text.find('&', i + 1)) {
    std::size_t e = i + 1;
    while (e < text.size() && e - i < 64 && (std::isalnum(static_cast<unsigned char>(text[e])) || text[e] == '_' ||
                                             text[e] == '-' || text[e] == '.' || text[e] == ':'))
      ++e;
    if (e >= text.size() || text[e] != ';' || e == i + 1) continue;
    const std::string name = text.substr(i + 1, e - i - 1);
    if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos") continue;
    diags.warning(path, lines.at(static_cast<std::ptrdiff_t>(i)),
                  "the entity reference &" + name + "; is not expanded (Editio reads no DTD); it stays as the text \"&" +
                      name + ";\": write the character itself, or &#...; for its code point");
    return;  // one is enough
  }
}

}  // namespace

LineMap::LineMap(const std::string& text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
      if (text[i] == '\n') starts_.push_back(i + 1);
}

SourcePos LineMap::at(std::ptrdiff_t offset) const {
    if (offset < 0) return {};
    auto it = std::upper_bound(starts_.begin(), starts_.end(), static_cast<std::size_t>(offset));
    std::size_t line = static_cast<std::size_t>(it - starts_.begin());
    std::size_t col = static_cast<std::size_t>(offset) - starts_[line - 1] + 1;
    return {static_cast<std::uint32_t>(line), static_cast<std::uint32_t>(col)};
}

std::string local(const char* name) {
  const char* c = std::strchr(name, ':');
  return c ? c + 1 : name;
}

std::string normalize_space(const std::string& s) {
  std::string out;
  bool space = false;
  for (char ch : s) {
    if (ch == ' ' || ch == '\n' || ch == '\t' || ch == '\r') {
      space = !out.empty();
    } else {
      if (space) out += ' ';
      space = false;
      out += ch;
    }
  }
  return out;
}

std::string text_of(pugi::xml_node n) {
  std::string out;
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    else if (c.type() == pugi::node_element) out += text_of(c);
  }
  return out;
}

// Whitespace with a line break between elements is layout; a space alone
// ("<surname>A</surname> <forename>B</forename>") is content. Comments go too:
// entries are copied into each document's header.
void drop_indentation(pugi::xml_node n) {
  for (pugi::xml_node c = n.first_child(); c;) {
    pugi::xml_node next = c.next_sibling();
    if (c.type() == pugi::node_comment) {
      n.remove_child(c);
    } else if (c.type() == pugi::node_pcdata) {
      std::string v = c.value();
      if (v.find_first_not_of(" \t\r\n") == std::string::npos && v.find('\n') != std::string::npos) n.remove_child(c);
    } else if (c.type() == pugi::node_element) {
      drop_indentation(c);
    }
    c = next;
  }
}


// Parses `text` into `doc`: false (reported) when it is not well-formed XML
// or nests too deep to walk; an entity it will not expand is warned about.
bool load_xml(pugi::xml_document& doc, const std::string& path, const std::string& text, const LineMap& lines,
              const std::string& what, Diagnostics& diags) {
  // pugixml reads no DTD and resolves no external entity: a hostile file
  // cannot make it read other files or the network.
  pugi::xml_parse_result r = doc.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata);
  if (!r) {
    diags.error(path, lines.at(r.offset),
                what + " is not well-formed XML: " + r.description() +
                    "; fix the file (an editor with XML checking helps)");
    return false;
  }
  warn_about_entities(path, text, lines, diags);
  // The walks below recurse: nesting far deeper than TEI needs would overflow the stack.
  struct DepthCheck : pugi::xml_tree_walker {
    bool for_each(pugi::xml_node&) override { return depth() < 256; }
  } depth_check;
  if (!doc.traverse(depth_check)) {
    diags.error(path, {}, what + " nests elements more than 256 levels deep: it cannot be a TEI file Editio reads");
    return false;
  }
  return true;
}


}  // namespace editio
