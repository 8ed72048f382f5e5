#include "build/tei_text.hpp"

#include <cstring>

namespace editio {
namespace {

void append(pugi::xml_node n, std::string& out, pugi::xml_node mark, std::size_t& mark_at) {
  for (pugi::xml_node c : n.children()) {
    if (c == mark) mark_at = out.size();
    if (c.type() == pugi::node_pcdata) out += c.value();
    else if (c.type() == pugi::node_element && std::strcmp(c.name(), "corr") != 0 &&
             std::strcmp(c.name(), "note") != 0)
      append(c, out, mark, mark_at);
  }
}

}  // namespace

bool load_written_tei(pugi::xml_document& doc, const std::string& tei) {
  return doc.load_buffer(tei.data(), tei.size(), pugi::parse_default | pugi::parse_ws_pcdata);
}

std::string source_reading(pugi::xml_node n, pugi::xml_node mark, std::size_t& mark_at) {
  std::string out;
  mark_at = std::string::npos;
  append(n, out, mark, mark_at);
  return out;
}

pugi::xml_node enclosing_unit(pugi::xml_node n, std::string& number) {
  for (pugi::xml_node a = n.parent(); a; a = a.parent())
    if (a.attribute("xml:id")) {
      number = a.attribute("n").value();
      if (std::strcmp(a.name(), "note") == 0) number = "n" + number;
      return a;
    }
  return {};
}

std::string source_reading(pugi::xml_node n) {
  std::size_t unused = 0;
  return source_reading(n, pugi::xml_node(), unused);
}

}  // namespace editio
