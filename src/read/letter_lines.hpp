#pragma once
// What one line of a letter, telegram or memorandum is, read by itself: the
// office's and the archive's lines, datelines, salutes, closing formulas,
// signatures and the addressee written under them. Each test looks at the
// line alone; where the line stands (at the top of a text, at its end) is
// decided by read/structure.cpp, which alone makes a role of it.
//
// The words these tests know are the general vocabulary of correspondence in
// English and Russian ("Sir:", "I have the honor to be", "Милостивый
// государь!", "Ваш", "His Excellency", "[Telegram]", "File No."), never names
// of a corpus.
#include <cstddef>
#include <optional>
#include <string_view>

namespace editio {

class DateGrammar;

// t without the note calls at its end: "[Enclosure—Translation][39]" -> "[Enclosure—Translation]".
std::string_view without_calls(std::string_view t);

// "File No. 711.221/3468", "500.B12c/66: Telegram", "861b.63/135",
// "[Telegram]", "[Paraphrase]", "[Extract.]", "[Enclosure 2]": a line of the
// office or the archive, not of the text.
bool is_source_line(std::string_view t);

// "[Enclosure 1]", "[Inclosure.—Translation.]", "[Приложение]": a source line
// that begins a new text inside the document.
bool is_enclosure_line(std::string_view t);

// The filing number inside a source line ("711.221/3468"), as bytes of t;
// nullopt when there is none.
struct ByteRange {
  std::size_t begin = 0, end = 0;
};
std::optional<ByteRange> file_number_in(std::string_view t);

// A dateline: a place (optional) and a date, possibly with the time of day
// and the office's note of receipt after it, and nothing else:
//   "Strelsau, April 7, 1901, 4 p.m. [Received 11.45 p.m.]"
//   "Legation of the Republic, Zenda, May 15, 1861."
//   "[Washington,] July 1, 1925."   "Москва, 3 мая 1931 г."
// Returns the place's bytes (empty when the line names none).
std::optional<ByteRange> dateline_place(std::string_view t, const DateGrammar* grammar);
// "Tuesday", "Elm Cottage Monday night.": where the day of the week stands in a dateline that gives no
// other date (the editor's date in brackets may follow).
std::optional<ByteRange> weekday_in_dateline(std::string_view t);

// "Sir:", "My Dear Ambassador:", "Dear Anna,", "Mr. President:",
// "Милостивый государь!", "Дорогой брат!": a salute that opens a letter.
bool is_opening_salute_line(std::string_view t);

// "328 Green Street", "Zenda, Ruritania", "Near Zenda N.R.": a line of the writer's address or place, which
// belongs to the dateline when it stands next to the date at a text's start.
// `full_stop`: the line may end with a full stop (under a date at a letter's end: «Ст. Зенда.»).
bool is_place_line(std::string_view t, bool full_stop = false);

// «От Ивана Петрова», "From John Green": the sender named above a petition or a letter; no heading.
bool is_sender_line(std::string_view t);

// "Андрей Ильич!", "Nikolai Alekseevich.", "Anna Petrovna,": a name called
// on, a salute where it stands above the first paragraph of a letter.
bool is_vocative_line(std::string_view t);

// The document is correspondence by its manifest's kind ("letter",
// "telegram", "письмо") or title ("John Green to Anna Black",
// "Письмо ...", a Russian title naming the addressee: "Н. А. Петрову").
bool names_correspondence(std::string_view title, std::string_view kind);

// "I have the honor to be, sir, your obedient servant,", "Yours very
// sincerely,", "Your brother,", "Ваш преданный", "Жму руку.": the formula
// before a signature.
bool is_closing_formula(std::string_view t);

// "Brown", "JOHN A. GREEN.", "W. W. Black.", "D. H. M[iller]",
// "De Vries de Haan.", "[seal.] Jas. R. Green, Probate Judge.",
// "И. Петров": a name as it is signed (its place decides whether it is
// a signature).
bool is_signed_name(std::string_view t);

// «Подписалъ Иван Петров.», «тайный советник Иван Петров», «Секретарь Иван Петров»: a name after the word
// "signed" or after the signer's rank (src/lang/ranks.hpp), even in lower case: a signature wherever it stands.
bool is_marked_signature(std::string_view t);

// «Ст. Зенда.», «Зенда.», «зенда»: a line under a date at a text's end that is the dateline's place (a place
// line, or one word of letters, in lower case too), never the signer.
bool is_place_under_date(std::string_view t);

// «№ 210», «№. 226», «№ 928й»: the office's number of an outgoing letter, written under it.
bool is_register_number(std::string_view t);

// «Господину действительному статскому советнику», «Ивану Петровичу Зенину»: a line of an addressee in the
// dative (Russian), its first and last words in the dative ending -у/-ю.
bool is_dative_line(std::string_view t);

// "Memorandum I", "A PROCLAMATION", "Exhibit A", "Приложение 2", "Imperial Edict": a line that
// names a document or a part of one (a heading, never a signature).
bool names_a_document_part(std::string_view t);

// "For the Secretary of State:", "By the President:", "За наркома:": the
// line above a signature that says for whom it is signed.
// "affectionately Jeff", "Yours truly J. Green", «Ваш И. Петров»: the formula and the name on one line,
// which signs the letter as a whole (TEI's signed holds the closing salutation with the name).
bool is_formula_and_name(std::string_view t);

// «Л. Петров. 1844 Мая 30.», "J. Green, May 3 1862": a name and the date on one line.
bool is_signed_and_dated(std::string_view t, const DateGrammar* grammar);

bool is_signing_for(std::string_view t);

// "Minister Resident.", "Counselor of Embassy", "Acting Secretary of State":
// the signer's office on a line of its own under the name.
bool is_office_line(std::string_view t);

// "Адрес: В г. Зенда, Господину ...", "Address: ...": the envelope's address
// copied under a letter.
bool is_envelope_line(std::string_view t);

// "His Excellency Hon. James Black, Secretary of State, Strelsau.",
// "The Right Hon. Earl Green, &c., &c., &c.", "Господину министру": the
// addressee as written under a letter (or above it).
bool is_addressee_line(std::string_view t);

// "To" (alone, or before a name), "B. Green Esqre": the first line of the address an English
// letter's outer leaf bears, copied under the signature.
bool opens_superscription(std::string_view t);

// «На 4-й странице:», "On the back:": the line above the address copied from the envelope or the last page.
bool is_envelope_marker(std::string_view t);

// «Прошение.», "Memorandum": one word naming the document's kind, the heading of what follows.
bool names_only_a_kind(std::string_view t);

}  // namespace editio
