#pragma once
// Which of many byte patterns occur in a text, in one pass over it
// (Aho–Corasick). The incremental build asks it which persons' name forms a
// document's text holds (driver/incremental.cpp): thousands of forms against
// every text, where one search per form would read each text thousands of times.
#include <cstddef>
#include <map>
#include <string>
#include <string_view>
#include <vector>

namespace editio {

class PatternSet {
 public:
  // Adds a pattern with a tag (any number; several patterns may share one).
  // An empty pattern occurs in every text.
  void add(std::string_view pattern, std::size_t tag);
  // Readies the set for searching, after the last add(); then tags_in() may
  // be called from any number of threads at once.
  void link();
  // The tags of the patterns that occur in `text`, each once, ascending.
  std::vector<std::size_t> tags_in(std::string_view text) const;

 private:
  struct Node {
    std::map<unsigned char, std::size_t> next;
    std::size_t fail = 0;
    std::vector<std::size_t> tags;  // of the patterns ending here
  };
  std::vector<Node> nodes_{Node{}};
  bool linked_ = false;
};

}  // namespace editio
