#include "read/title_line.hpp"

#include <string_view>

#include "util/utf8.hpp"

namespace editio {

std::string first_line_title(const std::vector<std::string>& lines) {
  for (const auto& l : lines) {
    std::string_view t = utf8::trim(l);
    if (t.empty()) continue;
    std::size_t cut = t.size();
    if (utf8::count_code_points(t, 0, t.size()) > 100) {
      std::size_t i = 0, cps = 0;
      while (i < t.size() && cps < 80) {
        utf8::next(t, i);
        ++cps;
      }
      std::size_t sp = t.rfind(' ', i);
      cut = (sp != std::string_view::npos && sp > 0) ? sp : i;
    }
    return std::string(t.substr(0, cut)) + (cut < t.size() ? "…" : "");
  }
  return "";
}

}  // namespace editio
