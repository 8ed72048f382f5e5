#pragma once
// How a language writes a title. English capitalizes the words of a title
// ("The Position of the Depot") and leaves in lower case only its minor
// words (articles, prepositions, conjunctions); Russian writes a title as a
// sentence ("Про всех вас" is no evidence either way).
#include <string_view>

namespace editio {

// Does language `lang` (BCP 47: "en", "en-GB", "ru") capitalize the words of its titles?
bool capitalizes_titles(std::string_view lang);

// Is `word` (lower case, without punctuation) a minor word that a title of
// `lang` leaves in lower case ("of", "the", "and")?
bool is_minor_title_word(std::string_view lang, std::string_view word);

// Is `t` written as a title of `lang`: every word outside parentheses and
// quotation marks capitalized, a number, or a minor word? False for a
// language that does not capitalize its titles.
bool is_title_cased(std::string_view lang, std::string_view t);

}  // namespace editio
