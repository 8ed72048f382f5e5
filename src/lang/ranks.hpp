#pragma once
// Ranks and offices a Russian signer writes before the name: «тайный советник Петр Иванов», «Губернатор Зенин»,
// «Секретарь Иван Петров». The words are compared in today's spelling, lower case (modern_spelling), so the older
// spelling matches too («тайный совѣтникъ»).
#include <string_view>

namespace editio {

// Is `word` (bare: lower case, today's spelling, no punctuation) a word of a rank or an office, or an adjective of
// one («тайный», «статский», «гражданский»)?
bool is_rank_word(std::string_view word);

}  // namespace editio
