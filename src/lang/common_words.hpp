#pragma once
// A language's lexicon of common words, read from the Hunspell dictionary
// Debian installs for it (hunspell-en-us, hunspell-ru...: /usr/share/hunspell/
// <ll>_<CC>.aff and .dic). `editio names` asks it whether a capitalized word at
// a sentence start is an ordinary word of the language ("According" ->
// "according") rather than a name. Hunspell knows the inflected forms through
// the dictionary's affix rules ("разумеется", "институтом").
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

class Hunspell;

namespace editio {

class CommonWords {
 public:
  // Dictionaries are looked for in `dictionary_dir` (see default_dir()).
  explicit CommonWords(std::string dictionary_dir = default_dir());
  ~CommonWords();
  CommonWords(const CommonWords&) = delete;
  CommonWords& operator=(const CommonWords&) = delete;

  // $EDITIO_HUNSPELL_DIR when set and not empty, else /usr/share/hunspell.
  static std::string default_dir();
  // One lexicon shared by the whole run (default_dir()), so each dictionary is
  // loaded once per process.
  static CommonWords& shared();

  // Is `word` (as given: pass it in lower case to ask about the common word)
  // a word of language `lang` (BCP 47: "ru", "en", "en-GB")? False when the
  // language has no dictionary. Loads the dictionary on first use.
  bool is_word(std::string_view lang, std::string_view word);
  // Is `written` (capitalized, as the text writes it) a common word of `lang`
  // and not also a proper name: the dictionary has its lower-case form
  // ("According": "according") and none of its stems is capitalized (Hunspell
  // stems "John" to "john" and "John", "Miller" to "miller" and "Miller": the
  // dictionary lists them as names too). False when there is no dictionary.
  bool is_common_word(std::string_view lang, std::string_view written);
  // The dictionary used for `lang` ("en_US"), or "" when there is none.
  std::string dictionary_name(std::string_view lang);
  // The languages asked about that have no dictionary, in the order asked.
  std::vector<std::string> missing() const;
  const std::string& dir() const { return dir_; }

 private:
  struct Dictionary;
  Dictionary* load(std::string_view lang);  // under mutex_; null when none

  std::string dir_;
  mutable std::mutex mutex_;
  std::map<std::string, std::unique_ptr<Dictionary>> by_lang_;  // null entry: none found
  std::vector<std::string> missing_;
};

}  // namespace editio
