#include "edition/xml_ids.hpp"

#include "edition/manifest.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

// Kept as they are: letters (with their marks), digits and '_', in any script
// (and only those an XML name allows: the others end up as "-").
bool kept(char32_t c) {
  if (c == '_' || (c >= '0' && c <= '9')) return true;
  if (!utf8::is_letter(c) && !utf8::is_mark(c) && !utf8::is_digit(c)) return false;
  std::string s;
  utf8::append(s, c);
  return is_ncname("a" + s);
}

}  // namespace

std::string xml_id_from(std::string_view name, std::string_view prefix) {
  std::string id, run;  // run: the characters between two kept ones
  for (std::size_t i = 0; i < name.size();) {
    const std::size_t at = i;
    const char32_t c = utf8::next(name, i);
    if (!kept(c)) {
      run += std::string(name.substr(at, i - at));
      continue;
    }
    if (id.size() + 5 > kMaxIdBytes - 8) break;  // room for a character, "d-" and "-2" or the like
    if (!id.empty() && !run.empty()) id += run == "." ? "." : "-";
    run.clear();
    utf8::append(id, c);
  }
  if (id.empty()) {  // nothing of `name` is left: the prefix without its "-"
    const std::size_t end = prefix.find_last_not_of('-');
    return end == std::string_view::npos ? "id" : std::string(prefix.substr(0, end + 1));
  }
  if (!is_ncname(id)) id = std::string(prefix) + id;  // it starts with a digit or a mark
  return id;
}

std::string unique_id(const std::string& base, std::set<std::string>& taken) {
  std::string id = base;
  for (int n = 2; taken.count(id); ++n) id = base + "-" + std::to_string(n);
  taken.insert(id);
  return id;
}

std::string document_id_from_file(std::string_view stem, std::set<std::string>& taken) {
  std::string id = xml_id_from(stem, "d-");
  if (!reserved_document_id(id).empty()) id += "-text";  // "index-text": not html/index.html
  return unique_id(id, taken);
}

}  // namespace editio
