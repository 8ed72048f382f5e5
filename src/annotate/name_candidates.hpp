#pragma once
// Help for the editor who completes a personography: the name-like sequences
// of the texts that no person of the personography accounts for, with the
// inflected forms of one name grouped, ranked by frequency. Names that a
// marker word says are a place's or an institution's ("улица Горького",
// "Harvard University") are grouped apart; capitalized common words are left
// out (see ranked() and left_out()).
#include <map>
#include <set>
#include <string>
#include <vector>

#include "lang/common_words.hpp"
#include "lang/name_markers.hpp"
#include "model/document.hpp"

namespace editio {

struct NameOccurrence {
  std::string file;
  SourcePos pos;
  std::string form;               // as written: "И. П. Сидорова"
  bool sentence_initial = false;  // the form starts a sentence (or a block)
};

struct NameCandidate {
  std::string key;                       // the grouping key (the last word's stem)
  std::string label;                     // the most frequent form
  std::map<std::string, int> forms;      // form -> count
  std::vector<NameOccurrence> occurrences;
  NameKind kind = NameKind::Person;      // Place, Organisation: a marker word says so
  int count() const { return static_cast<int>(occurrences.size()); }
};

// How many candidates ranked() leaves out, and why.
struct NamesLeftOut {
  int lower_case = 0;                     // single words the texts also write in lower case ("The", "Он")
  int sentence_initial = 0;               // single words only at sentence starts, in the dictionary
  std::vector<std::string> dictionaries;  // the dictionaries consulted ("en_US", "ru_RU")
};

class NameCandidates {
 public:
  // With the lexicon shared by the run (CommonWords::shared(): Debian's
  // Hunspell dictionaries, loaded once per process).
  NameCandidates();
  // With the dictionaries of `lexicon`, which must outlive this object.
  explicit NameCandidates(CommonWords& lexicon);

  // Adds a document's name-like sequences that are not inside a person mention
  // (so run the person matcher first to leave out what is already known).
  // The document's `lang` chooses the dictionary for its sentence-initial words.
  void add(const Document& doc);
  // The person candidates ranked by frequency (then key), without the common
  // words left_out() counts.
  std::vector<NameCandidate> ranked() const { return ranked(NameKind::Person); }
  // The candidates of one kind, ranked and filtered the same way.
  std::vector<NameCandidate> ranked(NameKind kind) const;
  NamesLeftOut left_out() const;
  // One line per language of the added documents that has no dictionary:
  // "no Hunspell dictionary for 'de' in /usr/share/hunspell; ...".
  std::vector<std::string> notes() const;

 private:
  enum class Common { No, LowerCase, SentenceInitial };
  Common common(const std::string& group, const NameCandidate& c) const;
  void add_block(const Document& doc, const Block& b);

  CommonWords* lexicon_;
  std::map<std::string, NameCandidate> groups_;  // by kind and key
  std::map<std::string, int> lower_words_;       // words seen in lower case anywhere
  std::map<std::string, int> initial_common_;    // group -> its sentence-initial dictionary-word occurrences
  std::set<std::string> dictionaries_;           // the dictionaries of the added documents' languages
  std::set<std::string> missing_;                // languages of added documents without one
};

}  // namespace editio
