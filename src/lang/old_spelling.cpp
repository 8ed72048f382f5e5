#include "lang/old_spelling.hpp"

#include <array>
#include <utility>

#include "util/utf8.hpp"

namespace editio {
namespace {

// Each pair has the same number of UTF-8 bytes, so offsets survive the replacement.
constexpr std::array<std::pair<std::string_view, std::string_view>, 8> kLetters{{
    {"ѣ", "е"}, {"Ѣ", "Е"}, {"і", "и"}, {"І", "И"}, {"ѳ", "ф"}, {"Ѳ", "Ф"}, {"ѵ", "и"}, {"Ѵ", "И"}}};
constexpr std::array<std::pair<std::string_view, std::string_view>, 4> kEndings{{
    {"аго", "ого"}, {"яго", "его"}, {"АГО", "ОГО"}, {"ЯГО", "ЕГО"}}};

bool word_end(std::string_view text, std::size_t at) {
  if (at >= text.size()) return true;
  return !utf8::is_letter(utf8::next(text, at));
}

// The letters of the word before byte `at` (counted back to a non-letter).
std::size_t letters_before(std::string_view text, std::size_t at) {
  std::size_t n = 0;
  while (at > 0 && utf8::is_letter(utf8::prev(text, at))) ++n;
  return n;
}

void replace_all(std::string& s, std::string_view from, std::string_view to, bool at_word_end) {
  for (std::size_t i = s.find(from); i != std::string::npos; i = s.find(from, i + to.size())) {
    // an adjective's ending ("новаго", "Гражданскаго"), not a short word that ends so today ("благо")
    if (at_word_end && (!word_end(s, i + from.size()) || letters_before(s, i) < 3)) continue;
    s.replace(i, from.size(), to);
  }
}

}  // namespace

std::string modern_letters(std::string_view text) {
  std::string s(text);
  for (auto [from, to] : kLetters) replace_all(s, from, to, false);
  for (auto [from, to] : kEndings) replace_all(s, from, to, true);
  return s;
}

std::string modern_spelling(std::string_view text) {
  std::string s = modern_letters(text);
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    const bool hard = s.compare(i, 2, "ъ") == 0 || s.compare(i, 2, "Ъ") == 0;
    if (hard && i > 0 && word_end(s, i + 2)) {
      i += 2;
      continue;
    }
    out += s[i++];
  }
  return out;
}

bool has_old_spelling(std::string_view text) {
  for (auto [from, to] : kLetters)
    if (text.find(from) != std::string_view::npos) return true;
  return modern_spelling(text).size() != modern_letters(text).size();
}

}  // namespace editio
