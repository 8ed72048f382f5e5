#include "lang/patronymics.hpp"

#include <array>
#include <string>

#include "lang/old_spelling.hpp"
#include "util/utf8.hpp"

namespace editio {

bool is_patronymic(std::string_view word) {
  while (!word.empty() && std::string_view(".,!;:").find(word.back()) != std::string_view::npos) word.remove_suffix(1);
  if (utf8::length(word) < 5 || !utf8::is_upper(utf8::first_char(word))) return false;
  const std::string w = modern_spelling(utf8::lower(word));
  // the endings of the nominative (and the older "-ичъ"); "Ильич", "Кузьмич", "Никитич" end in "ич" too
  static constexpr std::array<std::string_view, 6> kEndings{"ович", "евич", "ич", "овна", "евна", "ична"};
  for (std::string_view e : kEndings)
    if (w.size() > e.size() && w.compare(w.size() - e.size(), e.size(), e) == 0) return true;
  return false;
}

}  // namespace editio
