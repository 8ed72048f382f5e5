#pragma once
// Russian spelling before the reform of 1917-1918: "Милостивой Государь Петръ Васильевичъ!", "Маія",
// "Гражданскаго губернатора", "Сиятельнѣйшій". Words are compared in today's spelling, so that the vocabulary
// of src/lang/ (written in today's spelling) and the personography's names match older texts too.
#include <string>
#include <string_view>

namespace editio {

// The same text, byte for byte as long, with the letters the reform removed replaced by today's (ѣ -> е,
// і -> и, ѳ -> ф, ѵ -> и, capitals too) and the adjective endings -аго/-яго made -ого/-его. Offsets into the
// text stay valid; the hard sign at a word's end is kept (see modern_spelling).
std::string modern_letters(std::string_view text);

// modern_letters, and the hard sign at the end of a word dropped ("Петръ" -> "Петр"): the form to compare a
// word in. Offsets do not carry over.
std::string modern_spelling(std::string_view text);

// Does the text use the older spelling (one of ѣ, і, ѳ, ѵ, or a word ending in a hard sign)?
bool has_old_spelling(std::string_view text);

}  // namespace editio
