#pragma once
// Small UTF-8 helpers. Text is validated when read, so these assume valid UTF-8.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace editio::utf8 {

// Decodes the code point at `i` and advances `i` past it.
char32_t next(std::string_view s, std::size_t& i);
// The code point that ends just before `i`; moves `i` back to its start.
char32_t prev(std::string_view s, std::size_t& i);
void append(std::string& out, char32_t c);
std::size_t count_code_points(std::string_view s, std::size_t from, std::size_t to);
inline std::size_t length(std::string_view s) { return count_code_points(s, 0, s.size()); }  // in code points

// The first invalid byte sequence in `s`, or npos. Overlong forms, surrogates
// and values above U+10FFFF are invalid.
std::size_t find_invalid(std::string_view s);

// Unicode letter/space tests (via ICU).
bool is_letter(char32_t c);
bool is_upper(char32_t c);
bool is_space(char32_t c);
bool is_cyrillic(char32_t c);
bool is_mark(char32_t c);       // combining marks (Mn, Mc, Me)
bool is_digit(char32_t c);
char32_t to_lower(char32_t c);
char32_t to_upper(char32_t c);

// UTF-8 <-> UTF-32, for code that works on letters.
std::u32string decode(std::string_view s);
std::string encode(std::u32string_view s);

std::string_view trim(std::string_view s);
// The words of a line: runs of characters between spaces and tabs.
std::vector<std::string_view> words(std::string_view s);
std::string lower(std::string_view s);    // every character to lower case
char32_t first_char(std::string_view s);  // 0 for an empty string
char32_t last_char(std::string_view s);   // 0 for an empty string
// Only white space (true for the empty string).
bool is_blank(std::string_view s);

}  // namespace editio::utf8
