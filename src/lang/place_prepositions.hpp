#pragma once
// The prepositions after which a capitalized word is likely a place's name
// ("in Berlin", "from Riga", "в Берлине", "из Риги"), per language. Used by
// `editio names` to list places the gazetteer lacks; a hint, never a rule
// of the matcher (which finds only the gazetteer's names).
#include <string_view>

namespace editio {

// Is `word` (any letter case) such a preposition in some language?
bool introduces_place(std::string_view word);

}  // namespace editio
