// The words of lang/place_prepositions.hpp. Left out on purpose: English "to"
// and "by" ("a letter to Smith", "by Smith") and Russian "на" and "к", which
// introduce persons as often as places.
#include "lang/place_prepositions.hpp"

#include <algorithm>
#include <string>

#include "util/utf8.hpp"

namespace editio {

bool introduces_place(std::string_view word) {
  static const std::string_view words[] = {
      "in", "at", "from", "near", "via",  // English
      "в", "во", "из", "изо", "под", "близ",  // Russian
  };
  const std::string w = utf8::lower(word);
  return std::find(std::begin(words), std::end(words), w) != std::end(words);
}

}  // namespace editio
