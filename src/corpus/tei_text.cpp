#include "corpus/tei_text.hpp"

#include <cstring>

namespace editio {
namespace {

// Appends the reading of n's children to out; `at` is called with each child
// and where it begins.
template <class At>
void append(pugi::xml_node n, std::string& out, const At& at) {
  for (pugi::xml_node c : n.children()) {
    at(c, out.size());
    if (c.type() == pugi::node_pcdata) out += c.value();
    else if (c.type() == pugi::node_element && std::strcmp(c.name(), "corr") != 0 &&
             std::strcmp(c.name(), "note") != 0 && std::strcmp(c.name(), "rdg") != 0)  // the base's text
      append(c, out, at);
  }
}

bool contains(pugi::xml_node outer, pugi::xml_node n) {
  for (; n; n = n.parent())
    if (n == outer) return true;
  return false;
}

}  // namespace

bool load_written_tei(pugi::xml_document& doc, const std::string& tei) {
  return doc.load_buffer(tei.data(), tei.size(), pugi::parse_default | pugi::parse_ws_pcdata);
}

std::string source_reading(pugi::xml_node n, pugi::xml_node mark, std::size_t& mark_at) {
  std::string out;
  mark_at = std::string::npos;
  append(n, out, [&](pugi::xml_node c, std::size_t at) {
    if (c == mark) mark_at = at;
  });
  return out;
}

const std::string& UnitReadings::reading(pugi::xml_node unit, pugi::xml_node mark, std::size_t& mark_at) {
  while (!open_.empty() && !contains(open_.back().node, unit)) open_.pop_back();
  if (open_.empty() || open_.back().node != unit) {
    Unit& u = open_.emplace_back();
    u.node = unit;
    append(unit, u.text, [&u](pugi::xml_node c, std::size_t at) {
      if (c.type() == pugi::node_element) u.at.emplace(c.internal_object(), at);
    });
  }
  const Unit& u = open_.back();
  auto found = u.at.find(mark.internal_object());
  mark_at = found == u.at.end() ? std::string::npos : found->second;
  return u.text;
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
