#pragma once
// How names change in running text, one module per language: the inflected
// forms of a surname, first name or patronymic given in the nominative, and
// the words around a name that say it names an institution, not a person.
// Adding a language means adding a NameLanguage and registering it below.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "edition/personography.hpp"

namespace editio {

enum class NamePart : std::uint8_t { Surname, Forename, Patronymic };

// Gender and number a form can express; a form may express several.
enum : std::uint8_t { kMasc = 1, kFem = 2, kPlural = 4 };

struct NameForm {
  std::string text;
  std::uint8_t gender = kMasc | kFem;
  int slot = 0;  // the grammatical case and gender, so that a correction can use the same form
  // A woman's form that is also the nominative of a man's surname of her
  // family ("Крутой": Крутая's genitive, Крутой's nominative).
  bool also_masculine = false;
};

class NameLanguage {
 public:
  virtual ~NameLanguage() = default;
  virtual std::string_view code() const = 0;
  // Does this module inflect names written like `lemma` (decided by script)?
  virtual bool handles(std::string_view lemma) const = 0;
  // All forms of a name part, the nominative first (slot 0).
  virtual std::vector<NameForm> forms(NamePart part, const std::string& lemma, Sex sex) const = 0;
  // A key shared by the inflected forms of one name, for grouping unknown
  // names ("Радека", "Радеку" -> "радек").
  virtual std::string group_key(std::string_view word) const = 0;
  // A word just before a name that makes it part of an institution's or
  // place's name ("имени Ленина"); a word just after it ("Lenin Library").
  virtual bool institution_before(std::string_view word) const = 0;
  virtual bool institution_after(std::string_view word) const = 0;
  // A title or form of address that precedes names and is not one
  // ("Comrade", "Dr", "Товарищ").
  virtual bool title_word(std::string_view word) const = 0;
  // A title that names a person by the first name alone ("Sir Richard").
  virtual bool title_before_forename(std::string_view) const { return false; }
  // Is this capital, written as an initial ("Г."), also the abbreviation of
  // a title ("граф", "господин")?
  virtual bool title_initial(std::string_view) const { return false; }
  // The sex a title gives its bearer ("Miss", "Sir", "Княгиня"), or Unknown.
  virtual Sex title_sex(std::string_view) const { return Sex::Unknown; }
  // Does the language name things by capitalized compounds whose first word
  // may be a common word ("Green River", "Court of Appeal")? Not where free
  // word order puts any capitalized word after a surname (Russian).
  virtual bool capitalized_compounds() const { return false; }
  // A word that joins such a compound ("of": "Court of Appeal").
  virtual bool linking_word(std::string_view) const { return false; }
  // Is this title ("General", "Полковник") a military rank?
  virtual bool military_rank(std::string_view) const { return false; }
  // Does this word of a person's note (lower case) say they served in arms
  // ("military", "officer", "армии")?
  virtual bool military_word(std::string_view) const { return false; }
};

// The module for a word's script; English rules (no inflection) when none.
const NameLanguage& name_language_for(std::string_view word);
const NameLanguage& russian_names();
const NameLanguage& english_names();

// "ё" -> "е": Russian texts write both; names are compared without it. The spelling before 1918 is compared
// in today's ("Петръ Алексѣевичъ" -> "Петр Алексеевич", "Гражданскаго" -> "Гражданского"), so that a
// personography in either spelling matches a text in the other. The result may be shorter than `s`.
std::string fold_yo(std::string_view s);

}  // namespace editio
