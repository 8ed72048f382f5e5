#pragma once
// Help for the editor who completes a personography: the name-like sequences
// of the texts that no person of the personography accounts for, with the
// inflected forms of one name grouped, ranked by frequency.
#include <map>
#include <string>
#include <vector>

#include "model/document.hpp"

namespace editio {

struct NameOccurrence {
  std::string file;
  SourcePos pos;
  std::string form;  // as written: "И. П. Сидорова"
};

struct NameCandidate {
  std::string key;                       // the grouping key (the last word's stem)
  std::string label;                     // the most frequent form
  std::map<std::string, int> forms;      // form -> count
  std::vector<NameOccurrence> occurrences;
  int count() const { return static_cast<int>(occurrences.size()); }
};

class NameCandidates {
 public:
  // Adds a document's name-like sequences that are not inside a person mention
  // (so run the person matcher first to leave out what is already known).
  void add(const Document& doc);
  // Candidates ranked by frequency (then key). Single words that the texts
  // also write in lower case ("The", "Он") are common words, not names, and
  // are left out.
  std::vector<NameCandidate> ranked() const;

 private:
  std::map<std::string, NameCandidate> groups_;
  std::map<std::string, int> lower_words_;    // words seen in lower case anywhere
};

}  // namespace editio
