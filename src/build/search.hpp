#pragma once
// Full-text search of the HTML edition: the passages of every document,
// gathered from the written TEI, and the index the search page reads
// (html/search-index.js, a script: the site works from file:// too, where
// pages cannot fetch() data).
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include <pugixml.hpp>

struct sb_stemmer;

namespace editio {

// One addressable unit of a document's text: a paragraph, heading, list item,
// note (a passage of its own, not part of the text around its call), verse
// line... anything that carries an xml:id, which the HTML page keeps as the id
// of the same unit.
struct Passage {
  std::string doc;     // document id
  std::string anchor;  // the unit's xml:id: the fragment of its place in the HTML page ("" for none)
  std::string label;   // kind and number for display: "p5" paragraph 5, "n41" note 41, "h" heading,
                       // "i3" item 3, "o" opener, "c" closer, "t" division ("t2" with a number),
                       // "x" any other unit ("x2" with a number)
  std::string lang;    // its language (xml:lang in scope)
  std::string text;    // the corrected reading (corr, reg, expan), white space collapsed
};

// The passages of one TEI document's <text>, in document order; units with no
// text are left out.
// (`tei` as load_written_tei parsed it; the string form parses it first.)
std::vector<Passage> collect_passages(const pugi::xml_document& tei, const std::string& doc_id);
std::vector<Passage> collect_passages(const std::string& tei, const std::string& doc_id);

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

// The forms grouped by stem: stem -> its forms (sorted). Russian surnames in
// -ов/-ев get one group for all their cases (the stemmer alone cuts the
// nominative shorter).
std::map<std::string, std::vector<std::string>> stem_groups(const std::vector<std::string>& forms);

struct SearchDocument {
  std::string id;
  std::string title;
  std::string lang;
};

// The text of html/search-index.js: one assignment of a JSON object to
// window.EDITIO_SEARCH_INDEX (format: see search.cpp). Passages of documents
// not listed are left out. Deterministic: the same input gives the same bytes.
std::string search_index_js(const std::vector<SearchDocument>& docs, const std::vector<Passage>& passages);

// `s` as a JSON string literal that is also safe inside an HTML <script>:
// quotes, backslashes, control characters, U+2028/U+2029 and '<' escaped.
std::string js_string(std::string_view s);

}  // namespace editio
