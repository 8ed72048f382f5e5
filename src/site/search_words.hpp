#pragma once
// The words of the HTML edition's search: how a text is split into words,
// how a word is normalized, and how word forms are grouped by stem
// (Snowball stemmers, libstemmer).
#include <map>
#include <string>
#include <string_view>
#include <vector>

struct sb_stemmer;

namespace editio {

// A word as the index keeps it: lower case (Unicode), combining accents
// stripped (ё -> е; й stays й), soft hyphens and joiners removed, NFC.
std::string search_normalize(std::string_view word);

// The words of a text: runs of letters, digits and combining marks (soft
// hyphens and joiners inside them), each normalized. search.js splits the
// same way.
std::vector<std::string> search_words(std::string_view text);

// Snowball stemmers (libstemmer), chosen by the script of the word: Cyrillic
// words get the Russian stemmer, Latin ones the English stemmer, whatever the
// language of the document; other words are their own stem. Not thread-safe.
class SearchStemmer {
 public:
  SearchStemmer();
  ~SearchStemmer();
  SearchStemmer(const SearchStemmer&) = delete;
  SearchStemmer& operator=(const SearchStemmer&) = delete;

  // The stem of a normalized word.
  std::string stem(const std::string& word);

 private:
  sb_stemmer* russian_ = nullptr;
  sb_stemmer* english_ = nullptr;
};

// The forms grouped by stem: stem -> its forms (sorted). With `surnames`,
// Russian surnames in -ов/-ев get one group for all their cases (the stemmer
// alone cuts the nominative shorter); a shard of the index groups without it,
// since the merge needs every form of the edition.
std::map<std::string, std::vector<std::string>> stem_groups(const std::vector<std::string>& forms,
                                                            bool surnames = true);

}  // namespace editio
