#include "corpus/parts.hpp"

#include <pugixml.hpp>

#include "tei/serialize.hpp"

namespace editio {

std::vector<PagePart> split_parts(std::size_t count, std::size_t max) {
  std::vector<PagePart> parts;
  if (max == 0 || count <= max) {
    parts.push_back({0, count, {}, {}});
    return parts;
  }
  for (std::size_t from = 0; from < count; from += max) parts.push_back({from, std::min(count, from + max), {}, {}});
  return parts;
}

std::string part_file(const std::string& page, std::size_t n) {
  const std::size_t dot = page.rfind('.');
  const std::string stem = dot == std::string::npos ? page : page.substr(0, dot);
  const std::string ext = dot == std::string::npos ? "" : page.substr(dot);
  return stem + "-" + std::to_string(n) + ext;
}

std::string parts_xml(const std::string& page, const std::vector<PagePart>& parts, std::size_t current) {
  pugi::xml_document x;
  pugi::xml_node root = x.append_child("parts");
  root.append_attribute("page") = page.c_str();
  root.append_attribute("current") = static_cast<unsigned long long>(current);
  for (std::size_t i = 0; i < parts.size(); ++i) {
    pugi::xml_node p = root.append_child("part");
    p.append_attribute("n") = static_cast<unsigned long long>(i + 1);
    p.append_attribute("href") = part_file(page, i + 1).c_str();
    p.append_attribute("first") = parts[i].first.c_str();
    p.append_attribute("last") = parts[i].last.c_str();
    p.append_attribute("count") = static_cast<unsigned long long>(parts[i].to - parts[i].from);
  }
  std::string out;
  serialize_node(out, root, 0, true);
  return out;
}

}  // namespace editio
