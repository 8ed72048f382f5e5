#pragma once
// The words that say a name names a place or an institution, not a person:
// "улица Горького", "город Тверь", "Institute of ...", "Harvard University".
// Each language keeps its own table (name_markers_en.cpp, name_markers_ru.cpp)
// of words in their dictionary form; they are matched by their Snowball stem
// (libstemmer), so the inflected forms of running text match too ("на улице",
// "институтом", "Universities").
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

struct sb_stemmer;

namespace editio {

// What a name names. Person is the default: a name with no marker word.
enum class NameKind { Person, Place, Organisation };

// One language's table.
struct NameMarkerTable {
  std::string language;   // BCP 47: "en"
  std::string snowball;   // the Snowball stemmer's name: "english"
  std::vector<std::string> places, organisations;  // dictionary forms, lower case
  // Lower-case words that may stand between a marker and the name it
  // introduces ("University of Chicago", "Committee on Foreign Relations").
  std::vector<std::string> links;
  // For a language whose nouns change only at the end and little (English:
  // plural and possessive), the endings a marker takes, as (what the
  // dictionary form drops, what it adds): {"y", "ies"}. A word then matches a
  // marker only in these forms, since Snowball gives adjectives the nouns'
  // stem ("territorial", "territory": "territori"). Empty: match by stem.
  std::vector<std::pair<std::string, std::string>> endings;
};

NameMarkerTable english_name_markers();
NameMarkerTable russian_name_markers();

class NameMarkers {
 public:
  // All languages above.
  NameMarkers();
  ~NameMarkers();
  NameMarkers(const NameMarkers&) = delete;
  NameMarkers& operator=(const NameMarkers&) = delete;

  // The kind a marker word says ("улице" -> Place, "Institute" -> Organisation),
  // Person when `word` is no marker of any language.
  NameKind kind_of(std::string_view word) const;
  // Is `word` (any case) a link word of some language?
  bool is_link(std::string_view word) const;

 private:
  struct Language;
  std::vector<std::unique_ptr<Language>> languages_;
};

}  // namespace editio
