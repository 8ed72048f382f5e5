#pragma once
// Persons: finds the mentions of the personography's persons in a document
// (inflected, with initials or first names, garbled) and marks each as a
// PersonMention of that person (the TEI's persName/@ref). The forms come from the personography and the name
// rules of each language (annotate/name_forms); nothing here knows a corpus.
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "annotate/name_forms.hpp"
#include "edition/personography.hpp"
#include "model/document.hpp"

namespace editio {

// A word of running text as the name matcher sees it: letters (with combining
// marks), joined by inner hyphens and apostrophes ("Ter-Vaganian", "O'Brien"),
// but not the English possessive ("Petrov's" -> "Petrov").
struct Word {
  std::size_t begin = 0, end = 0;  // bytes in the text
  bool capitalized = false;        // the first letter is upper case
  bool all_caps = false;           // every letter is upper case
  bool dot_after = false;          // directly followed by "."
};
std::vector<Word> name_words(std::string_view text);

// An initial with its dot ("I.", "Ya.", not "Dr."), or capitals without dots
// that may stand for initials ("IP Petrov").
bool is_dotted_initial(std::string_view text, const Word& w);
bool is_caps_initials(std::string_view text, const Word& w);

// A particle of a name: van, von, de, der, di, la, фон, де... ("Van" too).
bool is_name_particle(std::string_view word);

// The editor's decision about one place of a document ([[person]] in the
// editor's layer): the words [begin, end) of `block` name `person` (an
// xml:id of the personography), or no one when `person` is empty.
struct PersonDecision {
  const Block* block = nullptr;
  std::size_t begin = 0, end = 0;
  std::string person;
  std::string layer_path;  // the editor's layer and the entry, for messages
  SourcePos entry_pos;
};

struct PersonOptions {
  std::string corr_resp;  // the xml:id their @resp points to for corrections of garbled names ("ed"); may be empty
  // The document's author, sender and addressee as the manifest or the
  // editor's layer give them (xml:ids or names as written): a mention that
  // fits several persons, one of them among these, names that one.
  std::vector<std::string> context{};
  std::vector<PersonDecision> decisions{};  // the editor's, applied as they stand
};

class PersonMatcher {
 public:
  // Builds the index of forms once; shared read-only by all documents.
  explicit PersonMatcher(const Personography& persons);

  // Adds person mentions (and corrections of garbled forms) to every block and note
  // of the document and fills Document::persons. Ambiguous mentions are tagged
  // without @ref and warned about.
  void annotate(Document& doc, const PersonOptions& options, Diagnostics& diags) const;

  // The persons that `who` designates: the person with that xml:id, else
  // those with a name written so ("Anna Petrova"; letter case aside).
  std::vector<int> designated(const std::string& who) const;

  // Is this word (as written) a form of some person's name?
  bool is_known_form(std::string_view word) const;
  const Personography& personography() const { return persons_; }

  // Per person (by index in the personography), the words its mentions are
  // found from: every form of every name part and the first word of each
  // name matched as written, as the index keeps them (ё as е). A document
  // whose text holds none of a person's words cannot mention that person
  // (the incremental build relies on it: driver/incremental.cpp).
  std::vector<std::vector<std::string>> index_words() const;

  struct Entry {
    int person = 0;
    NamePart part = NamePart::Surname;
    std::uint8_t gender = 0;
    int slot = 0;
    int name = 0;             // index into the person's names
    bool erroneous = false;
    bool standalone = false;  // a first name or nickname the editor lets stand alone
    bool also_masculine = false;  // NameForm::also_masculine
  };
  struct Literal {
    std::string text;         // as written, matched exactly
    int person = 0;
    int name = 0;
    bool erroneous = false;
  };

 private:
  friend struct MatchRun;
  // Building the index: one name (`name` of the person's names) of a person
  // (an index into the personography), its inflected forms, a form matched
  // as written.
  void index_name(int person, int name);
  void add_forms(int person, int name, NamePart part, const std::string& lemma, bool standalone);
  void add_literal(int person, int name, const std::string& text);

  const Personography& persons_;
  std::unordered_map<std::string, std::vector<Entry>> forms_;      // fold_yo(form) -> entries
  std::unordered_map<std::string, std::vector<Literal>> literals_;  // first word -> literals, longest first
  std::unordered_map<std::string, std::vector<int>> tails_;  // last word of a surname of several words -> persons
  std::vector<std::vector<std::string>> initials_;     // per person: first names (for initials)
  std::vector<std::vector<std::string>> second_initials_;  // per person: patronymics and middle names
  std::vector<std::vector<std::string>> suffixes_;         // per person: "Jr.", "Sr."
  std::vector<std::vector<std::string>> particles_;        // per person: "van", "de" of their names, lower case
  std::vector<std::vector<std::string>> roles_;            // per person: words of the note and role names, sorted
};

}  // namespace editio
