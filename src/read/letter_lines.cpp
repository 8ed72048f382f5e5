#include "read/letter_lines.hpp"

#include <algorithm>
#include <array>
#include <string>
#include <vector>

#include "lang/date_grammar.hpp"
#include "lang/old_spelling.hpp"
#include "lang/patronymics.hpp"
#include "lang/ranks.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

using utf8::first_char;
using utf8::last_char;
using utf8::lower;
using utf8::words;

using utf8::length;

bool contains(std::string_view s, std::string_view p) { return s.find(p) != std::string_view::npos; }

bool has_digit(std::string_view s) {
  return std::any_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// A word without the punctuation around it, lower case, in today's spelling ("Петръ" -> "петр").
// (whole characters: a byte of "»" is also the last byte of "л", one of "”" the last of "р")
std::string bare(std::string_view w) {
  static constexpr std::array<std::string_view, 6> kOpen{"(", "[", "«", "“", "\"", "'"};
  static constexpr std::array<std::string_view, 12> kClose{".", ",", ";", ":", ")", "]", "»", "”", "\"", "'", "!", "?"};
  for (bool more = true; more;) {
    more = false;
    for (std::string_view p : kOpen)
      if (w.starts_with(p)) w.remove_prefix(p.size()), more = true;
    for (std::string_view p : kClose)
      if (w.ends_with(p)) w.remove_suffix(p.size()), more = true;
  }
  return modern_spelling(lower(w));
}

// The line in lower case and today's spelling, to look for the vocabulary's phrases in.
std::string modern_lower(std::string_view t) { return modern_spelling(lower(t)); }

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

template <std::size_t N>
bool has_any(std::string_view lowered, const std::array<std::string_view, N>& phrases) {
  return std::any_of(phrases.begin(), phrases.end(), [&](std::string_view p) { return contains(lowered, p); });
}

// The text inside one pair of square brackets that holds the whole line.
std::optional<std::string_view> bracketed(std::string_view t) {
  t = utf8::trim(t);
  if (t.size() < 3 || t.front() != '[' || t.back() != ']') return std::nullopt;
  std::string_view in = t.substr(1, t.size() - 2);
  if (contains(in, "[") || contains(in, "]")) return std::nullopt;
  return utf8::trim(in);
}

}  // namespace

std::string_view without_calls(std::string_view t) {
  t = utf8::trim(t);
  while (t.size() >= 3 && t.back() == ']') {
    std::size_t open = t.rfind('[');
    if (open == std::string_view::npos || open + 2 > t.size() - 1) break;
    std::string_view n = t.substr(open + 1, t.size() - open - 2);
    if (n.empty() || n.size() > 6 || !std::all_of(n.begin(), n.end(), [](char c) { return c >= '0' && c <= '9'; }))
      break;
    t = utf8::trim(t.substr(0, open));
  }
  return t;
}

namespace {

// ---- vocabulary ----------------------------------------------------------

constexpr std::array<std::string_view, 10> kEnclosureWords{
    "enclosure", "inclosure", "subenclosure", "subinclosure", "annex", "attachment",
    "приложение", "вложение", "прилагается", "приложения"};

// Words that make a short line ending in ":", "," or "!" a salute.
constexpr std::array<std::string_view, 33> kSaluteWords{
    "sir", "sirs", "madam", "madame", "dear", "excellency", "gentlemen", "mr", "mrs", "monsieur",
    "president", "secretary", "colleague", "friend", "friends", "comrade", "comrades",
    "милостивый", "милостивая", "государь", "государыня", "дорогой", "дорогая", "дорогие", "милый",
    "милая", "уважаемый", "многоуважаемый", "глубокоуважаемый", "товарищ", "милостивой", "сиятельнейший",
    "превосходительнейший"};

// Words that open a salute without more ("Dear Mother", "Любезный друг").
// ("Милостивой": the older nominative; "Мил. г.": Милостивый государь, shortened)
constexpr std::array<std::string_view, 20> kOpeningWords{
    "dear", "dearest", "милостивый", "милостивая", "любезный", "любезная", "дорогой", "дорогая", "милый",
    "милая", "уважаемый", "уважаемая", "многоуважаемый", "многоуважаемая", "глубокоуважаемый", "любезнейший",
    "милостивой", "мил", "сиятельнейший", "превосходительнейший"};

// Kinds of correspondence, as a manifest's kind or a title's first word names them (lower case).
constexpr std::array<std::string_view, 14> kCorrespondenceKinds{
    "letter", "letters", "telegram", "memorandum", "despatch", "dispatch", "note", "письмо", "письма",
    "телеграмма", "записка", "прошение", "послание", "депеша"};

// Phrases of the formula before a signature (lower case).
constexpr std::array<std::string_view, 58> kClosingPhrases{
    "sincerely", "faithfully", "respectfully", "truly yours", "yours truly", "very truly", "yours ever", "ever yours",
    "obedient servant", "honor to be", "honour to be", "affectionately", "cordially", "your brother",
    "your friend", "your son", "your loving", "best regards", "kind regards", "with regards", "believe me",
    "with love", "as ever", "god bless", "ваш ", "ваша ", "твой ", "твоя ", "преданный", "уважением",
    "уважения", "покорный слуга", "покорнейший слуга", "честь быть", "целую", "целуй", "обнимаю",
    "любящий", "любящая", "прощай", "до свидания", "жму руку", "с приветом", "остаюсь", "avail myself",
    "renew to you", "accept the assurance", "best wishes", "all the best", "warm regards", "warmest regards",
    "with thanks", "yours ever", "love to all", "much love", "истинный друг", "искренний друг",
    "your's"};  // "Ever your's": the apostrophe of older letters
constexpr std::array<std::string_view, 10> kClosingLines{"ваш", "ваша", "твой", "твоя", "yours", "sincerely",
                                                        "faithfully", "cordially", "regards", "greetings"};

// Where a letter's address was copied from (after "на"/"on", lower case): «На 4-й странице:», "On the back:".
constexpr std::array<std::string_view, 8> kEnvelopePlaces{"странице", "обороте", "конверте", "обложке",
                                                          "page", "back", "envelope", "cover"};

// Kinds of documents and their parts: a line that begins with one is a heading, not a name.
constexpr std::array<std::string_view, 34> kDocumentWords{
    "memorandum", "memoranda", "proclamation", "exhibit", "annex", "appendix", "enclosure", "part", "article",
    "section", "chapter", "note", "telegram", "letter", "report", "minutes", "protocol", "declaration",
    "agreement", "treaty", "edict", "petition", "приложение", "записка", "письмо", "телеграмма", "статья", "часть",
    "глава", "меморандум", "протокол", "декларация", "прошение", "указ"};

// Words of a name as signed that are not capitalized.
// ("&": a firm signs as "Green & Co.")
constexpr std::array<std::string_view, 18> kParticles{
    "de", "van", "von", "v", "der", "den", "du", "da", "di", "y", "la", "le", "ter", "&", "и", "фон", "де", "ван"};

// Prepositions that begin an address or a phrase, never a name (as written, capitalized).
// ("By John Green" and "For Green & Co." are how agents sign: not here.)
constexpr std::array<std::string_view, 14> kPrepositions{"В", "Во", "К", "На", "Для", "От", "До", "Из", "По",
                                                         "To", "In", "At", "From", "On"};

// Prepositions before names that do not sign (lower case): "regards from Papa", «поклон от Маши».
constexpr std::array<std::string_view, 10> kNamePrepositions{"from", "to", "of", "for", "with", "от", "к", "для",
                                                             "с", "у"};

// What may stand before the name: "[seal.]", "(Signed)", "(Sgd.)".
// (L. S., locus sigilli: the place of the seal)
constexpr std::array<std::string_view, 10> kSignedMarks{"[seal.]", "[seal]", "[l. s.]", "[l.s.]", "(l. s.)", "(signed)",
                                                        "(sgd.)", "signed:", "(подп.)", "подпись:"};

// Words that begin an addressee written under (or above) a letter.
constexpr std::array<std::string_view, 26> kAddresseeStarts{
    "his excellency", "her excellency", "their excellencies", "hon.", "the hon", "honorable", "его высокоблагородию",
    "его сиятельству", "ее превосходительству", "её превосходительству", "милостивому государю",
    "the honorable", "the right hon", "right hon", "the honourable", "monsieur", "señor", "senor",
    "его превосходительству", "господину", "товарищу", "его высокопревосходительству", "его высокородию",
    "его благородию", "ее сиятельству", "её сиятельству"};

// The title after a gentleman's name on a letter's outer leaf: "B. Green Esqre" (lower case, bare).
constexpr std::array<std::string_view, 4> kEsquires{"esq", "esqr", "esqre", "esquire"};

constexpr std::array<std::string_view, 6> kSigningFor{"for the ", "by the ", "by order of", "за ", "по поручению",
                                                      "in the absence of"};

// Office words: the line under a name is the signer's office when it has one.
constexpr std::array<std::string_view, 36> kOfficeWords{
    "minister", "secretary", "ambassador", "consul", "counselor", "counsellor", "chargé", "charge",
    "envoy", "attaché", "attache", "commissioner", "officer", "director", "chairman", "president",
    "resident", "judge", "governor", "министр", "секретарь", "посол",
    // ranks, which soldiers sign with
    "lieutenant", "captain", "colonel", "sergeant", "corporal", "private", "поручик", "подпоручик", "прапорщик",
    "юнкер", "фейерверкер", "капитан", "полковник", "унтер-офицер"};

// ---- datelines ---------------------------------------------------------------

// t without a trailing "[Received ...]", "(Received July 7.)" or note call "[48]".
std::string_view without_trailing_groups(std::string_view t) {
  for (;;) {
    t = utf8::trim(t);
    while (!t.empty() && t.back() == '.') t = utf8::trim(t.substr(0, t.size() - 1));
    if (t.empty()) return t;
    const char close = t.back();
    if (close != ']' && close != ')') return t;
    const char open = close == ']' ? '[' : '(';
    int depth = 0;
    std::size_t i = t.size();
    while (i > 0) {
      --i;
      if (t[i] == close) ++depth;
      if (t[i] == open && --depth == 0) break;
    }
    if (depth != 0 || i == 0) return t;  // unbalanced, or the whole line in brackets
    t = t.substr(0, i);
  }
}

// "a.m.", "P M", "pm": before or after noon, dotted or spaced as hands write it.
bool is_meridiem(std::string_view t) {
  std::string c;
  for (char ch : lower(t))
    if (ch != '.' && ch != ' ') c.push_back(ch);
  return c == "am" || c == "pm";
}

// ", 4 p.m.", "—7 p.m.", ", 11.45 a.m.", " noon", ", в 11 ч. вечера": a time of day (and nothing else).
bool is_time_of_day(std::string_view rest) {
  std::string l = lower(utf8::trim(rest));
  std::size_t i = 0;
  auto skip = [&](std::string_view chars) {
    while (i < l.size() && (std::string_view(chars).find(l[i]) != std::string_view::npos)) ++i;
  };
  auto skip_dash = [&] {
    for (std::string_view d : {"—", "–"})
      if (l.compare(i, d.size(), d) == 0) i += d.size();
  };
  skip(",- ");
  skip_dash();
  skip(" ");
  if (l.compare(i, 2, "в ") == 0) i += 2;
  std::string_view r = std::string_view(l).substr(i);
  // "a.m.—", "2½P M": a dash after the time, the hour's half, the letters spaced
  for (bool more = true; more;) {
    more = false;
    for (std::string_view d : {"—", "–", "-", " "})
      if (r.size() > d.size() && r.substr(r.size() - d.size()) == d) r.remove_suffix(d.size()), more = true;
  }
  if (is_meridiem(r)) return true;
  for (std::string_view part : {"noon", "midnight", "morning", "afternoon", "evening", "night", "полдень", "полночь",
                                 "утро", "утром", "днем", "днём", "вечер", "вечером", "ночь", "ночью"})
    if (r == part || (r.size() == part.size() + 1 && r.back() == '.' && r.substr(0, part.size()) == part)) return true;
  std::size_t d = 0;
  while (d < r.size() && r[d] >= '0' && r[d] <= '9') ++d;
  if (d == 0 || d > 2) return false;
  auto digit = [&](std::size_t at) { return at < r.size() && r[at] >= '0' && r[at] <= '9'; };
  if (d < r.size() && (r[d] == '.' || r[d] == ':') && digit(d + 1) && digit(d + 2)) d += 3;
  for (std::string_view half : {"½", "¼", "¾"})
    if (r.substr(d, half.size()) == half) d += half.size();
  std::string_view unit = utf8::trim(r.substr(d));
  if (is_meridiem(unit)) return true;
  for (std::string_view u : {"a.m.", "p.m.", "a. m.", "p. m.", "am", "pm", "a.m", "p.m", "o'clock", "ч.",
                             "ч. утра", "ч. дня", "ч. вечера", "ч. ночи", "час.", "часов"})
    if (unit == u) return true;
  return false;
}

// "—Zenda" -> "Zenda": the text without the dashes (em or en) that open it.
std::string_view without_leading_dashes(std::string_view t) {
  t = utf8::trim(t);
  while (t.starts_with("—") || t.starts_with("–")) t = utf8::trim(t.substr(3));
  return t;
}

// "—": a dash or two and nothing else.
bool only_dashes(std::string_view t) {
  return !utf8::trim(t).empty() && without_leading_dashes(t).empty();
}

// "Strelsau,", "Legation of the Republic, Zenda,", "[Strelsau,]": a
// place before a date: up to ten words, capitalized, ending with a comma.
// `full`: the date has its day, month and year; then a place of a few words, each
// capitalized, may stand before it without a comma ("Elm Cottage April 19th 1821"; one word
// could be a verb: "Approved January 13, 1925").
bool is_place_before_date(std::string_view before, bool full) {
  before = utf8::trim(before);
  if (before.empty()) return true;
  std::string_view core = before;
  if (core.front() == '[' && core.back() == ']') core = utf8::trim(core.substr(1, core.size() - 2));
  auto w = words(core);
  if (w.empty() || w.size() > 10 || has_digit(core)) return false;
  if (full && core.back() != ',' && core.back() != '.' && w.size() >= 2 && w.size() <= 4)
    return std::all_of(w.begin(), w.end(), [](std::string_view x) { return utf8::is_upper(first_char(x)); });
  if (core.back() != ',' && core.back() != '.') return false;
  // "Ясная Поляна. 3 мая 1890 г.": a place may end with a full stop when it is a name (every word capitalized)
  if (core.back() == '.' &&
      (w.size() > 4 || !std::all_of(w.begin(), w.end(), [](std::string_view x) { return utf8::is_upper(first_char(x)); })))
    return false;
  return utf8::is_upper(first_char(core));
}

// «15 Января. 1855», «1844 Мая 30»: a day and month and their year, in either order, read as two dates.
bool one_date_in_two(std::string_view core, const DateMatch& a, const DateMatch& b) {
  auto year_only = [](const DatePoint& p) { return p.has_year() && !p.month; };
  auto day_and_month = [](const DatePoint& p) { return !p.has_year() && p.day && p.month; };
  const std::string between = lower(utf8::trim(core.substr(a.end, b.begin - a.end)));
  if (day_and_month(a.first) && year_only(b.first)) return between == "." || between == ",";
  if (year_only(a.first) && day_and_month(b.first))
    return between.empty() || between == "," || between == "." || between == "г." || between == "г.,";
  return false;
}

// «Пятигорск —», ".[4] Zenda": a place after the date (a note call and a dash around it allowed).
bool is_place_after_date(std::string_view after) {
  after = without_calls(after);
  while (after.starts_with("[")) {  // a note call right after the date
    const std::size_t close = after.find(']');
    if (close == std::string_view::npos || close > 7) break;
    after = utf8::trim(after.substr(close + 1));
  }
  while (after.ends_with("—") || after.ends_with("–")) after = utf8::trim(after.substr(0, after.size() - 3));
  return !after.empty() && words(after).size() <= 3 && is_place_line(after, true);
}

// The place of a dateline whose date the grammar found (`found`, in core, a prefix of t).
std::optional<ByteRange> dateline_place_in(std::string_view core, std::string_view t,
                                           const std::vector<DateMatch>& found) {
  if (found.empty()) return std::nullopt;
  const DateMatch& first = found.front();
  const DateMatch& last = found.back();
  // one date (a range counts as one), and a full one: a year, or day and month
  const DatePoint& p = first.first;
  if (found.size() > 1 && !(found.size() == 2 && (is_time_of_day(core.substr(first.end, found[1].begin - first.end)) ||
                                                   one_date_in_two(core, first, found[1]))))
    return std::nullopt;
  if (!p.has_year() && !(p.day && p.month)) return std::nullopt;
  std::string_view after = utf8::trim(core.substr(last.end));
  while (!after.empty() && (after.front() == '.' || after.front() == ',')) after = utf8::trim(after.substr(1));
  std::string la = lower(after);
  if (!after.empty() && la != "г" && la != "г." && la != "года" && !is_time_of_day(after) && !is_place_after_date(after))
    return std::nullopt;
  std::string_view before = core.substr(0, first.begin);
  // "—Oct. 13 1886", "P M Sept: 2 '89": a dash or the time of day before the date, and no place
  if (is_time_of_day(before) || only_dashes(before)) return ByteRange{0, 0};
  if (!is_place_before_date(before, p.has_year() && p.month && p.day && first.end == last.end)) return std::nullopt;
  std::string_view place = utf8::trim(before);
  if (!place.empty() && place.front() == '[') place = utf8::trim(place.substr(1, place.size() - 2));
  while (!place.empty() && (place.back() == ',' || place.back() == '.')) place = utf8::trim(place.substr(0, place.size() - 1));
  if (place.empty()) return ByteRange{0, 0};
  const auto b = static_cast<std::size_t>(place.data() - t.data());
  return ByteRange{b, b + place.size()};
}

}  // namespace

// "328 Green Street", "Zenda, Ruritania", "Near Zenda N.R.", "—Zenda": a line of the writer's address or place
// above (or under) the date: a few capitalized words, a house number first, no sentence.
bool is_place_line(std::string_view t, bool full_stop) {
  t = without_leading_dashes(without_calls(t));
  auto w = words(t);
  if (w.empty() || length(t) > 60 || w.size() > 8) return false;
  if (!utf8::is_upper(first_char(t)) && !utf8::is_digit(first_char(t))) return false;
  const char32_t end = last_char(t);
  // a full stop only after an abbreviation: "N.C.", "St."
  const std::string_view last = w.back();
  const bool abbreviation = (last.size() >= 2 && last.find('.') < last.size() - 1) ||
                            (length(last) <= 3 && utf8::is_upper(first_char(last)));
  if (end == U'?' || end == U'!' || end == U':' || end == U';' || (end == U'.' && !abbreviation && !full_stop))
    return false;
  for (std::size_t i = 1; i < w.size(); ++i)
    if (has_digit(w[i])) return false;  // a number only as the house's, first
  if (contains(t, " to ")) return false;
  // "Daily Political Notes": a line that names a kind of document heads it
  for (auto x : w) {
    std::string b = bare(x);
    if (in(kDocumentWords, b) || (b.size() > 1 && b.back() == 's' && in(kDocumentWords, b.substr(0, b.size() - 1))))
      return false;
  }
  return !is_office_line(t) && !is_addressee_line(t) && !is_closing_formula(t) && !is_opening_salute_line(t);
}

// ---- the office's and the archive's lines -------------------------------

std::optional<ByteRange> file_number_in(std::string_view t) {
  auto w = words(t);
  for (std::size_t i = w.size(); i-- > 0;) {
    std::string_view x = w[i];
    while (!x.empty() && (x.back() == ':' || x.back() == ',' || x.back() == '.')) x.remove_suffix(1);
    const std::size_t slash = x.find('/');
    if (slash == std::string_view::npos || slash + 1 >= x.size()) continue;
    if (!(x[slash + 1] >= '0' && x[slash + 1] <= '9')) continue;
    // the number may begin a word or two earlier: "711.221 P 4/12", "600.12 Trade Program/7"
    std::size_t first = i;
    for (std::size_t back = 1; back <= 2 && back <= i; ++back) {
      std::string_view y = w[i - back];
      if (utf8::is_digit(first_char(y)) && y.find('.') != std::string_view::npos) {
        first = i - back;
        break;
      }
    }
    const auto b = static_cast<std::size_t>(w[first].data() - t.data());
    const auto e = static_cast<std::size_t>(x.data() + x.size() - t.data());
    return ByteRange{b, e};
  }
  return std::nullopt;
}

bool is_source_line(std::string_view t) {
  t = without_calls(t);
  t = utf8::trim(t);
  if (t.empty() || length(t) > 300) return false;
  if (auto in = bracketed(t)) {
    auto w = words(*in);
    // "[Telegram]", "[Extract.]", "[Enclosure 2]", "[Telegram.—Paraphrase.]"; a long
    // bracketed remark of the editors is theirs, not the office's
    return !w.empty() && w.size() <= 6 && utf8::is_upper(first_char(*in));
  }
  auto w = words(t);
  if (w.size() > 8 || length(t) > 90) return false;
  const char32_t end = last_char(t);
  if (end == U'?' || end == U'!') return false;
  std::string l = lower(t);
  if (l.starts_with("file no.") || l.starts_with("file no ")) return w.size() <= 4 && has_digit(t);
  auto number = file_number_in(t);
  if (!number) return false;
  // the number is the line, apart from a repository before it and a word
  // after a colon: "Peace Conf. 18/3", "500.B12c/66: Telegram"
  std::string_view after = utf8::trim(t.substr(number->end));
  while (!after.empty() && (after.front() == ':' || after.front() == '.')) after.remove_prefix(1);
  if (words(after).size() > 2) return false;
  std::string_view before = t.substr(0, number->begin);
  for (auto x : words(before))
    if (!utf8::is_upper(first_char(x)) && !utf8::is_digit(first_char(x))) return false;
  return true;
}

bool is_enclosure_line(std::string_view t) {
  t = without_calls(t);
  auto inside = bracketed(t);
  if (!inside || !is_source_line(t)) return false;
  auto w = words(*inside);
  std::string first = bare(w.front());
  // "Enclosure—Translation": the first word up to a dash
  for (std::string_view d : {"—", "–", "-"})
    if (std::size_t at = first.find(d); at != std::string::npos) first.resize(at);
  while (!first.empty() && first.back() == '.') first.pop_back();
  return in(kEnclosureWords, first);
}

// The days of the week, and the parts of a day a writer puts after one ("Monday night").
constexpr std::array<std::string_view, 14> kWeekdays{"monday",  "tuesday", "wednesday",   "thursday", "friday",
                                                     "saturday", "sunday", "понедельник", "вторник",  "среда",
                                                     "четверг", "пятница", "суббота",     "воскресенье"};
constexpr std::array<std::string_view, 10> kDayParts{"morning", "afternoon", "evening", "night", "noon",
                                                     "утро",    "утром",     "вечер",   "вечером", "ночь"};

// "Tuesday", "Monday night", "Elm Cottage Friday.", "Wednesday. [20 Jan. 1819]": a letter dated by the day of
// the week, after a few capitalized words of its place; an editor's date in brackets may follow.
std::optional<ByteRange> weekday_in_dateline(std::string_view t) {
  const std::string_view core = without_trailing_groups(without_calls(t));
  auto w = words(core);
  if (w.empty() || w.size() > 6 || length(core) > 60) return std::nullopt;
  std::size_t k = w.size() - 1;
  if (k > 0 && in(kDayParts, bare(w[k]))) --k;
  if (!in(kWeekdays, bare(w[k])) || !utf8::is_upper(first_char(w[k]))) return std::nullopt;
  for (std::size_t j = 0; j < k; ++j)
    if (!utf8::is_upper(first_char(w[j])) || has_digit(w[j])) return std::nullopt;
  const auto b = static_cast<std::size_t>(w[k].data() - t.data());
  std::size_t e = static_cast<std::size_t>(w.back().data() - t.data()) + w.back().size();
  while (e > b && (t[e - 1] == '.' || t[e - 1] == ',')) --e;
  return ByteRange{b, e};
}

std::optional<ByteRange> dateline_place(std::string_view t, const DateGrammar* grammar) {
  if (!grammar || length(t) > 200) return std::nullopt;
  std::string_view core = without_trailing_groups(t);
  if (core.empty() || length(core) > 120) return std::nullopt;
  if (auto place = dateline_place_in(core, t, grammar->find(core))) return place;
  // "18 Ноября 1850 г.": months capitalized as older letters write them (same bytes in lower case)
  const std::string lowered = lower(core);
  if (lowered.size() != core.size() || lowered == core) return std::nullopt;
  return dateline_place_in(core, t, grammar->find(lowered));
}

// ---- the opening and the closing ----------------------------------------

bool is_opening_salute_line(std::string_view t) {
  t = without_calls(t);
  t = utf8::trim(t);
  auto w = words(t);
  if (w.empty() || w.size() > 6 || length(t) > 60) return false;
  const char32_t end = last_char(t);
  if (!utf8::is_upper(first_char(t))) return false;
  // "Dear Mother", "Милостивый Государь.": an opening word needs no colon
  std::string first = bare(w[0]);
  if (first == "my" && w.size() > 1) first = bare(w[1]);
  if (in(kOpeningWords, first) && end != U'?' && end != U';') return true;
  if (end != U':' && end != U',' && end != U'!') return false;
  return std::any_of(w.begin(), w.end(), [](std::string_view x) { return in(kSaluteWords, bare(x)); });
}

bool is_vocative_line(std::string_view t) {
  t = without_calls(t);
  auto w = words(t);
  if (w.size() < 2 || w.size() > 4 || length(t) > 50 || has_digit(t)) return false;
  const char32_t end = last_char(t);
  // «Андрей Ильич»: a name and patronymic need no mark after them
  if (end != U'!' && end != U',' && end != U'.' && !is_patronymic(w.back())) return false;
  return std::all_of(w.begin(), w.end(), [](std::string_view x) { return utf8::is_upper(first_char(x)); });
}

bool names_correspondence(std::string_view title, std::string_view kind) {
  const std::string k = modern_lower(kind), l = modern_lower(title);
  if (has_any(k, kCorrespondenceKinds)) return true;
  auto w = words(title);
  if (w.empty()) return false;
  if (in(kCorrespondenceKinds, bare(w[0]))) return true;
  // "John Green to Anna Black, 25 May 1887"
  for (std::size_t i = 1; i + 1 < w.size(); ++i)
    if (w[i] == "to" && utf8::is_upper(first_char(w[i - 1])) && utf8::is_upper(first_char(w[i + 1]))) return true;
  // "Ректору университета ...", "Н. А. Петрову": a Russian title names the addressee in the dative
  for (auto x : w) {
    std::string b = bare(x);
    if (length(b) <= 2) continue;  // initials
    const char32_t last = utf8::last_char(b);
    return utf8::is_cyrillic(first_char(b)) && utf8::is_upper(first_char(x)) && (last == U'у' || last == U'ю');
  }
  return false;
}

bool is_closing_formula(std::string_view t) {
  t = without_calls(t);
  t = utf8::trim(t);
  if (t.empty() || length(t) > 220 || words(t).size() > 30) return false;
  std::string l = modern_lower(t) + " ";
  std::string b = bare(t);
  if (in(kClosingLines, b)) return true;
  // "I am [etc.]", "Accept, etc.,", "I avail myself [etc.]": a formula the edition shortened
  if (words(t).size() <= 8 && (contains(l, "[etc.]") || contains(l, "etc.,") || contains(l, "и т. д.")))
    return true;
  // a formula ends its sentence with a comma, or is short
  const char32_t end = last_char(t);
  if (end != U',' && words(t).size() > 8) return false;
  return has_any(l, kClosingPhrases);
}

bool names_a_document_part(std::string_view t) {
  auto w = words(t);
  if (w.empty()) return false;
  std::string first = bare(w.front());
  if (in(kDocumentWords, first)) return true;
  if (w.size() <= 3 && in(kDocumentWords, bare(w.back()))) return true;  // "Imperial Edict."
  return (first == "a" || first == "an" || first == "the") && w.size() > 1 && in(kDocumentWords, bare(w[1]));
}

namespace {

// «Подписалъ Иван Петров.», «тайный советник Иван Петров»: the name after "signed" (as a clerk copies a signature)
// or after the signer's rank, which may be written in lower case; the name itself must follow.
std::string_view without_rank(std::string_view t) {
  auto w = words(t);
  std::size_t i = 0;
  if (!w.empty()) {
    const std::string first = bare(w[0]);
    if (first == "подписал" || first == "подписала" || first == "подписали") i = 1;
  }
  // «Литовский гражданский губернатор»: an adjective of a place may stand before the rank
  auto place_adjective = [](const std::string& b) {
    return b.ends_with("ский") || b.ends_with("цкий") || b.ends_with("ской") || b.ends_with("цкой");
  };
  std::size_t ranks = 0, j = i;
  for (; j + 1 < w.size(); ++j) {
    const std::string b = bare(w[j]);
    if (is_rank_word(b)) ++ranks;
    else if (!place_adjective(b)) break;
  }
  if (ranks > 0) i = j;
  if (i == 0 || i >= w.size() || !utf8::is_upper(first_char(w[i]))) return t;
  return t.substr(static_cast<std::size_t>(w[i].data() - t.data()));
}

}  // namespace

bool is_signed_name(std::string_view t) {
  t = without_calls(t);
  t = utf8::trim(t);
  if (t.empty() || length(t) > 80) return false;
  std::string l = lower(t);
  for (auto m : kSignedMarks)
    if (l.starts_with(m)) {
      t = utf8::trim(t.substr(m.size()));
      break;
    }
  t = without_rank(t);
  // "Jas. R. Green, Probate Judge.": a name, then its office after a comma
  // (one comma: "Mailed London, Berlin, Rome." is a list, "Yours truly," a formula)
  if (std::count(t.begin(), t.end(), ',') > 1 || is_closing_formula(t)) return false;
  if (names_a_document_part(t) || is_opening_salute_line(t)) return false;  // "Милостивый Государь"
  std::string_view name = t.substr(0, std::min(t.find(','), t.size()));
  if (name.size() < t.size() && words(t.substr(name.size() + 1)).size() > 5) return false;
  if (contains(name, "—") || contains(name, "–")) return false;  // "VI.—Open Diplomacy"
  auto w = words(name);
  if (w.empty() || w.size() > 6 || has_digit(name)) return false;
  const char32_t end = last_char(t);
  if (end == U':' || end == U'?' || end == U'!' || end == U';') return false;
  if (in(kPrepositions, w.front())) return false;  // "В С. Петербург", "To Chinese": no initial has no dot
  int names = 0;
  for (std::size_t i = 0; i < w.size(); ++i) {
    std::string_view x = w[i];
    if (i > 0 && in(kParticles, bare(x))) continue;
    if (!utf8::is_upper(first_char(x))) return false;
    ++names;
  }
  return names >= 1;
}

bool is_marked_signature(std::string_view t) {
  t = utf8::trim(without_calls(t));
  const std::string_view name = without_rank(t);
  return name.size() < t.size() && words(name).size() <= 4 && is_signed_name(name);
}

bool is_place_under_date(std::string_view t) {
  t = utf8::trim(without_calls(t));
  if (is_place_line(t, true)) return true;
  auto w = words(t);
  if (w.size() != 1 || length(t) > 30) return false;
  const std::string b = bare(t);
  const std::u32string cs = utf8::decode(b);
  return !cs.empty() && std::all_of(cs.begin(), cs.end(), [](char32_t c) { return utf8::is_letter(c); });
}

bool is_register_number(std::string_view t) {
  t = utf8::trim(without_calls(t));
  if (!t.starts_with("№")) return false;
  t = utf8::trim(t.substr(std::string_view("№").size()));
  if (t.starts_with(".")) t = utf8::trim(t.substr(1));
  std::size_t d = 0;
  while (d < t.size() && t[d] >= '0' && t[d] <= '9') ++d;
  return d > 0 && length(t.substr(d)) <= 3 && words(t).size() == 1;  // «928й», «8мъ»
}

bool is_dative_line(std::string_view t) {
  t = utf8::trim(without_calls(t));
  auto w = words(t);
  if (w.empty() || w.size() > 14 || length(t) > 160 || has_digit(t)) return false;
  auto dative = [](std::string_view x) {
    const std::string b = bare(x);
    if (length(b) <= 2 || !utf8::is_cyrillic(first_char(b))) return false;
    const char32_t last = last_char(b);
    return last == U'у' || last == U'ю';
  };
  // «Его превосходительству»: the possessive before a title does not change
  const std::string first = bare(w.front());
  const bool possessive = w.size() >= 2 && (first == "его" || first == "ее" || first == "её" || first == "их");
  return dative(w[possessive ? 1 : 0]) && dative(w.back());
}

bool is_formula_and_name(std::string_view t) {
  t = utf8::trim(without_calls(t));
  auto w = words(t);
  if (w.size() < 2 || w.size() > 14 || length(t) > 120) return false;
  // "Kind regards from Papa & Mama": names after a preposition send the regards, they do not sign
  for (std::size_t i = 1; i < w.size(); ++i)
    if (in(kNamePrepositions, bare(w[i - 1])) && utf8::is_upper(first_char(w[i]))) return false;
  for (std::size_t i = 1; i < w.size() && i <= 8; ++i) {
    const auto at = static_cast<std::size_t>(w[i].data() - t.data());
    if (is_closing_formula(t.substr(0, at)) && is_signed_name(t.substr(at))) return true;
  }
  return false;
}

bool is_signed_and_dated(std::string_view t, const DateGrammar* grammar) {
  t = utf8::trim(t);
  for (auto x : words(t)) {
    if (!utf8::is_digit(first_char(x))) continue;
    const auto at = static_cast<std::size_t>(x.data() - t.data());
    return at > 0 && is_signed_name(t.substr(0, at)) && dateline_place(t.substr(at), grammar).has_value();
  }
  return false;
}

bool is_signing_for(std::string_view t) {
  t = without_calls(t);
  t = utf8::trim(t);
  if (t.empty() || length(t) > 90 || words(t).size() > 10) return false;
  const char32_t end = last_char(t);
  std::string l = modern_lower(t);
  if (l.starts_with("(in the absence") && end == U')') return true;
  if (end != U':' && end != U',') return false;
  return std::any_of(kSigningFor.begin(), kSigningFor.end(), [&](std::string_view p) { return l.starts_with(p); });
}

bool is_office_line(std::string_view t) {
  t = without_calls(t);
  t = utf8::trim(t);
  auto w = words(t);
  if (w.empty() || w.size() > 10 || length(t) > 100) return false;
  if (!utf8::is_upper(first_char(t)) && first_char(t) != U',') return false;
  const char32_t end = last_char(t);
  if (end == U':' || end == U'?' || end == U'!') return false;
  if (contains(t, " to ")) return false;  // "The Secretary of State to the Minister": a heading
  return std::any_of(w.begin(), w.end(), [](std::string_view x) { return in(kOfficeWords, bare(x)); });
}

bool is_envelope_line(std::string_view t) {
  std::string l = modern_lower(utf8::trim(t));
  for (std::string_view p : {"адрес:", "address:", "addressed:", "на конверте:", "on the envelope:", "на обороте:"})
    if (l.starts_with(p)) return true;
  // «В С. Петербург, в редакцию ...», «В г. Зенда»: a destination written on the envelope
  auto w = words(t);
  return w.size() >= 2 && w.size() <= 14 && (w[0] == "В" || w[0] == "Во") &&
         (utf8::is_upper(first_char(w[1])) || w[1] == "г.");
}

bool is_sender_line(std::string_view t) {
  auto w = words(utf8::trim(t));
  return w.size() >= 2 && w.size() <= 12 && (w[0] == "От" || w[0] == "From") && utf8::is_upper(first_char(w[1]));
}

bool is_envelope_marker(std::string_view t) {
  t = utf8::trim(without_calls(t));
  if (last_char(t) != U':' || words(t).size() > 6) return false;
  const std::string l = modern_lower(t);
  if (!l.starts_with("на ") && !l.starts_with("on ")) return false;
  return has_any(l, kEnvelopePlaces);
}

bool names_only_a_kind(std::string_view t) {
  t = utf8::trim(without_calls(t));
  auto w = words(t);
  if (w.size() != 1 || !utf8::is_upper(first_char(t))) return false;
  const std::string b = bare(w[0]);
  return in(kCorrespondenceKinds, b) || in(kDocumentWords, b);
}

bool opens_superscription(std::string_view t) {
  t = utf8::trim(without_calls(t));
  auto w = words(t);
  if (w.empty() || w.size() > 8 || length(t) > 80) return false;
  if (w.front() == "To" || w.front() == "To:")  // "To" alone, or before a capitalized name
    return w.size() == 1 || utf8::is_upper(first_char(w[1]));
  return w.size() >= 2 && utf8::is_upper(first_char(t)) && in(kEsquires, bare(w.back()));
}

bool is_addressee_line(std::string_view t) {
  t = without_calls(t);
  t = utf8::trim(t);
  if (t.empty() || length(t) > 240 || words(t).size() > 30) return false;
  std::string l = modern_lower(t);
  if ((contains(l, "&c.") || contains(l, ", esq.") || contains(l, ", esquire")) && words(t).size() <= 20 &&
      utf8::is_upper(first_char(t)))
    return true;
  return std::any_of(kAddresseeStarts.begin(), kAddresseeStarts.end(),
                     [&](std::string_view p) { return l.starts_with(p); });
}

}  // namespace editio
