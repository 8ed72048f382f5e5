#include "lang/name_markers.hpp"

#include <libstemmer.h>

#include <set>

#include "util/utf8.hpp"

namespace editio {

// One language: its stemmer and the stems of its marker and link words.
struct NameMarkers::Language {
  sb_stemmer* stemmer = nullptr;
  std::set<std::string> places, organisations, links;

  bool by_endings = false;  // places and organisations hold the forms, not stems

  explicit Language(const NameMarkerTable& t) : stemmer(sb_stemmer_new(t.snowball.c_str(), "UTF_8")) {
    by_endings = !t.endings.empty();
    for (const auto& w : t.places) add(places, w, t);
    for (const auto& w : t.organisations) add(organisations, w, t);
    links.insert(t.links.begin(), t.links.end());
  }
  // A marker's stem, or its forms by the table's endings.
  void add(std::set<std::string>& into, const std::string& w, const NameMarkerTable& t) {
    if (!by_endings) {
      into.insert(stem(w));
      return;
    }
    into.insert(w);
    for (const auto& [drop, add] : t.endings)
      if (w.ends_with(drop)) into.insert(w.substr(0, w.size() - drop.size()) + add);
  }
  // What the marker sets hold for lower-case `word`.
  std::string key(const std::string& word) const { return by_endings ? word : stem(word); }
  ~Language() {
    if (stemmer) sb_stemmer_delete(stemmer);
  }
  // The Snowball stem of lower-case `word`; the word itself without a stemmer.
  std::string stem(const std::string& word) const {
    if (!stemmer) return word;
    const sb_symbol* r = sb_stemmer_stem(stemmer, reinterpret_cast<const sb_symbol*>(word.data()),
                                         static_cast<int>(word.size()));
    if (!r) return word;
    return std::string(reinterpret_cast<const char*>(r), static_cast<std::size_t>(sb_stemmer_length(stemmer)));
  }
};

NameMarkers::NameMarkers() {
  for (const auto& t : {english_name_markers(), russian_name_markers()})
    languages_.push_back(std::make_unique<Language>(t));
}

NameMarkers::~NameMarkers() = default;

NameKind NameMarkers::kind_of(std::string_view word) const {
  const std::string lower = utf8::lower(word);
  for (const auto& l : languages_) {
    const std::string s = l->key(lower);
    if (l->places.count(s)) return NameKind::Place;
    if (l->organisations.count(s)) return NameKind::Organisation;
  }
  return NameKind::Person;
}

bool NameMarkers::is_link(std::string_view word) const {
  const std::string lower = utf8::lower(word);
  for (const auto& l : languages_)
    if (l->links.count(lower)) return true;
  return false;
}

}  // namespace editio
