#include "lang/title_case.hpp"

#include <algorithm>
#include <array>

#include "util/utf8.hpp"

namespace editio {
namespace {

// English minor words: articles, conjunctions and prepositions (Chicago style).
constexpr std::array<std::string_view, 55> kEnglishMinorWords{
    "a",      "an",     "the",     "and",    "but",     "or",      "nor",    "for",    "so",      "yet",
    "as",     "at",     "by",      "in",     "of",      "off",     "on",     "per",    "to",      "up",
    "via",    "with",   "from",    "into",   "onto",    "upon",    "over",   "under",  "about",   "above",
    "across", "after",  "against", "along",  "among",   "around",  "before", "behind", "below",   "beneath",
    "beside", "between", "beyond", "during", "except",  "inside",  "near",   "outside", "since",  "than",
    "through", "toward", "towards", "until", "within"};

bool english(std::string_view lang) { return lang == "en" || lang.starts_with("en-") || lang.starts_with("en_"); }

}  // namespace

bool capitalizes_titles(std::string_view lang) { return english(lang); }

bool is_minor_title_word(std::string_view lang, std::string_view word) {
  return english(lang) &&
         std::find(kEnglishMinorWords.begin(), kEnglishMinorWords.end(), word) != kEnglishMinorWords.end();
}

bool is_title_cased(std::string_view lang, std::string_view t) {
  if (!capitalizes_titles(lang)) return false;
  auto opening = [](char32_t c) { return c == U'(' || c == U'[' || c == U'“' || c == U'«'; };
  auto closing = [](char32_t c) { return c == U')' || c == U']' || c == U'”' || c == U'»'; };
  int aside = 0;  // inside parentheses or a quotation: the words are the text's, not the title's
  for (auto w : utf8::words(t)) {
    std::size_t i = 0;
    while (i < w.size()) {
      std::size_t j = i;
      if (!opening(utf8::next(w, j))) break;
      ++aside;
      i = j;
    }
    std::size_t end = w.size();
    int closes = 0;
    while (end > i) {
      std::size_t j = end;
      const char32_t c = utf8::prev(w, j);
      if (closing(c)) ++closes;
      else if (std::u32string_view(U".,;:!?'’").find(c) == std::u32string_view::npos) break;
      end = j;
    }
    const std::string_view core = w.substr(i, end - i);
    const char32_t f = utf8::first_char(core);
    if (aside == 0 && utf8::is_letter(f) && !utf8::is_upper(f) && !is_minor_title_word(lang, utf8::lower(core)))
      return false;
    aside = std::max(0, aside - closes);
  }
  return true;
}

}  // namespace editio
