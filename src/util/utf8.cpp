#include "util/utf8.hpp"

#include <unicode/uchar.h>
#include <unicode/uscript.h>

namespace editio::utf8 {

char32_t next(std::string_view s, std::size_t& i) {
  auto b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) { ++i; return b; }
  int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
  char32_t c = b & (0xFF >> (len + 1));
  for (int k = 1; k < len && i + k < s.size(); ++k)
    c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += len;
  return c;
}

char32_t prev(std::string_view s, std::size_t& i) {
  std::size_t j = i;
  do { --j; } while (j > 0 && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80);
  std::size_t k = j;
  char32_t c = next(s, k);
  i = j;
  return c;
}

void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::size_t count_code_points(std::string_view s, std::size_t from, std::size_t to) {
  std::size_t n = 0;
  for (std::size_t i = from; i < to && i < s.size(); ++i)
    n += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return n;
}

std::size_t find_invalid(std::string_view s) {
  std::size_t i = 0;
  const std::size_t n = s.size();
  while (i < n) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) { ++i; continue; }
    int len;
    char32_t min;
    if (b >= 0xC2 && b <= 0xDF) { len = 2; min = 0x80; }
    else if (b >= 0xE0 && b <= 0xEF) { len = 3; min = 0x800; }
    else if (b >= 0xF0 && b <= 0xF4) { len = 4; min = 0x10000; }
    else return i;
    if (i + len > n) return i;
    char32_t c = b & (0xFF >> (len + 1));
    for (int k = 1; k < len; ++k) {
      auto cb = static_cast<unsigned char>(s[i + k]);
      if ((cb & 0xC0) != 0x80) return i;
      c = (c << 6) | (cb & 0x3F);
    }
    if (c < min || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) return i;
    i += len;
  }
  return std::string_view::npos;
}

bool is_letter(char32_t c) { return u_isalpha(static_cast<UChar32>(c)); }
bool is_upper(char32_t c) { return u_isupper(static_cast<UChar32>(c)); }
bool is_space(char32_t c) { return u_isUWhiteSpace(static_cast<UChar32>(c)); }
bool is_cyrillic(char32_t c) {
  UErrorCode err = U_ZERO_ERROR;
  return uscript_getScript(static_cast<UChar32>(c), &err) == USCRIPT_CYRILLIC;
}

bool is_mark(char32_t c) {
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & U_GC_M_MASK) != 0;
}
bool is_digit(char32_t c) { return u_isdigit(static_cast<UChar32>(c)); }
char32_t to_lower(char32_t c) { return static_cast<char32_t>(u_tolower(static_cast<UChar32>(c))); }
char32_t to_upper(char32_t c) { return static_cast<char32_t>(u_toupper(static_cast<UChar32>(c))); }

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += next(s, i);
  return out;
}

std::string encode(std::u32string_view s) {
  std::string out;
  for (char32_t c : s) append(out, c);
  return out;
}

bool is_blank(std::string_view s) {
  for (std::size_t i = 0; i < s.size();)
    if (!is_space(next(s, i))) return false;
  return true;
}

std::string_view trim(std::string_view s) {
  std::size_t b = 0, e = s.size();
  while (b < e) {
    std::size_t i = b;
    if (!is_space(next(s, i))) break;
    b = i;
  }
  while (e > b) {
    std::size_t i = e;
    if (!is_space(prev(s, i))) break;
    e = i;
  }
  return s.substr(b, e - b);
}

std::vector<std::string_view> words(std::string_view s) {
  std::vector<std::string_view> w;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
    std::size_t b = i;
    while (i < s.size() && s[i] != ' ' && s[i] != '\t') ++i;
    if (i > b) w.push_back(s.substr(b, i - b));
  }
  return w;
}

std::string lower(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) append(out, to_lower(next(s, i)));
  return out;
}

char32_t first_char(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t i = 0;
  return next(s, i);
}

char32_t last_char(std::string_view s) {
  if (s.empty()) return 0;
  std::size_t i = s.size();
  return prev(s, i);
}

}  // namespace editio::utf8
