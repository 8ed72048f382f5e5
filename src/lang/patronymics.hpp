#pragma once
// Patronymics: "Ильич", "Васильевич", "Алексеевна". A first name and a patronymic are how a Russian letter calls
// on its addressee («Андрей Ильич»), so such a pair above the first paragraph is the salute.
#include <string_view>

namespace editio {

// Is `word` (capitalized, punctuation after it allowed) a patronymic?
bool is_patronymic(std::string_view word);

}  // namespace editio
