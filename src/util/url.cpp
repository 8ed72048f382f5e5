#include "util/url.hpp"

#include <cctype>

namespace editio {
namespace {

bool is_control_or_space(unsigned char c) { return c <= 0x20 || c == 0x7F; }

// "&#58;", "&#x3A;", "&colon;": '&', then '#' or letters and digits up to ';'.
bool has_character_reference(std::string_view u) {
  for (std::size_t p = u.find('&'); p != std::string_view::npos; p = u.find('&', p + 1)) {
    std::size_t q = p + 1;
    if (q < u.size() && u[q] == '#') return true;
    while (q < u.size() && std::isalnum(static_cast<unsigned char>(u[q]))) ++q;
    if (q > p + 1 && q < u.size() && u[q] == ';') return true;
  }
  return false;
}

// A '%' that does not begin an escape such as "%20" makes the URL invalid
// (an xsd:anyURI in the TEI).
bool has_bad_percent(std::string_view u) {
  for (std::size_t p = u.find('%'); p != std::string_view::npos; p = u.find('%', p + 1))
    if (p + 2 >= u.size() || !std::isxdigit(static_cast<unsigned char>(u[p + 1])) ||
        !std::isxdigit(static_cast<unsigned char>(u[p + 2])))
      return true;
  return false;
}

}  // namespace

std::string url_problem(std::string_view url) {
  for (unsigned char c : url)
    if (is_control_or_space(c) && c != ' ')
      return "it contains a control character (a tab or a line end, say): write the URL on one line, without them";
  if (!url.empty() && (url.front() == ' ' || url.back() == ' '))
    return "it begins or ends with a space: write the URL without";
  if (has_character_reference(url))
    return "it contains an HTML character reference (such as '&#58;'): write the character itself";
  if (has_bad_percent(url))
    return "a '%' in it does not begin an escape such as '%20': write '%25' for a percent sign";
  // The scheme: what comes before the first ':', when no '/', '?' or '#' does.
  const std::size_t colon = url.find(':');
  if (colon == std::string_view::npos) return {};
  const std::string_view head = url.substr(0, colon);
  if (head.find_first_of("/?#") != std::string_view::npos) return {};
  std::string scheme;
  for (char c : head) scheme += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (const char* ok : {"http", "https", "mailto"})
    if (scheme == ok) return {};
  return "its scheme '" + std::string(head) +
         ":' is not allowed (only http, https, mailto or a relative reference): it could run a script in the reader's "
         "browser";
}

}  // namespace editio
