#include "read/structure.hpp"

#include <algorithm>
#include <array>
#include <string_view>

#include "lang/date_grammar.hpp"
#include "lang/title_case.hpp"
#include "read/letter_lines.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

using utf8::first_char;
using utf8::last_char;
using utf8::lower;
using utf8::words;

using utf8::length;

bool ends_with_sentence(std::string_view s) {
  char32_t c = last_char(s);
  return c == U'.' || c == U'!' || c == U'?' || c == U'…';
}

// A word without the punctuation around it, lower case: "Comrade." -> "comrade."
// keeps an abbreviation's dot; `strip_dot` drops it too.
std::string bare(std::string_view w, bool strip_dot = false) {
  while (!w.empty() && std::string_view("([«“\"").find(w.front()) != std::string_view::npos) w.remove_prefix(1);
  while (!w.empty() && std::string_view(",;:)]»”\"!?").find(w.back()) != std::string_view::npos) w.remove_suffix(1);
  if (strip_dot)
    while (!w.empty() && w.back() == '.') w.remove_suffix(1);
  return lower(w);
}

bool is_number_token(std::string_view w) {
  std::string b = bare(w, true);
  if (b.empty() || !(b[0] >= '0' && b[0] <= '9')) return false;
  // 94, 94-126, 94–126, 12/с, 3a, 94об
  return b.size() <= 16;
}

// ---- vocabulary ----------------------------------------------------------

constexpr std::array<std::string_view, 14> kClassifications{
    "top secret", "secret", "strictly secret", "confidential", "strictly confidential", "personal",
    "совершенно секретно", "секретно", "строго секретно", "строго доверительно", "доверительно",
    "лично", "особая папка", "для служебного пользования"};

// Words that make a short line at the start of a text its addressee.
constexpr std::array<std::string_view, 16> kAddresseeWords{
    "comrade", "comrade.", "tov.", "mr.", "mrs.", "herr", "frau", "monsieur", "madame",
    "тов.", "товарищу", "товарищ", "господину", "г-ну", "гражданину", "секретарю"};
constexpr std::array<std::string_view, 4> kAddresseeFirstWords{"to", "кому", "в", "dear"};

constexpr std::array<std::string_view, 12> kSalutes{
    "greetings", "greetings.", "yours", "yours sincerely", "sincerely", "with greetings", "regards",
    "с приветом", "привет", "ваш", "жму руку", "с товарищеским приветом"};
constexpr std::array<std::string_view, 5> kOpeningSalutes{"dear", "уважаемый", "уважаемая", "дорогой", "дорогая"};

constexpr std::array<std::string_view, 8> kPublicationMarks{
    "published:", "first published:", "опубликовано:", "опубл.:", "публикуется по:", "source:", "источник:",
    "цит. по:"};
constexpr std::array<std::string_view, 8> kTranslatorStarts{
    "translated by", "translation by", "translated from", "translator:", "перевод ", "перевёл ", "перевел ",
    "пер. с "};
constexpr std::array<std::string_view, 3> kArchivePrefixes{"archive:", "архив:", "арх.:"};
constexpr std::array<std::string_view, 6> kPostscripts{"p.s.", "p. s.", "ps.", "п.с.", "р.s.", "постскриптум"};
// Street words of postal addresses (lower case, as whole words).
constexpr std::array<std::string_view, 22> kStreetWords{
    "rue", "str", "str.", "strasse", "straße", "gasse", "boulevard", "bd", "avenue", "av.", "street", "st.",
    "road", "platz", "allee", "weg", "ул.", "улица", "пер.", "переулок", "пр.", "проспект"};

// Markers of an archival reference, lower case without the dot. "on" is how
// machine translation renders the Russian "оп." (opis).
enum class Mark { Fond, Opis, Delo, Folios, None };
Mark shelf_mark(std::string_view w) {
  std::string b = bare(w, true);
  static const std::pair<std::string_view, Mark> marks[] = {
      {"f", Mark::Fond},    {"ф", Mark::Fond},     {"fond", Mark::Fond},   {"фонд", Mark::Fond},
      {"op", Mark::Opis},   {"on", Mark::Opis},    {"оп", Mark::Opis},     {"opis", Mark::Opis},
      {"опись", Mark::Opis}, {"inv", Mark::Opis},  {"d", Mark::Delo},      {"д", Mark::Delo},
      {"delo", Mark::Delo}, {"дело", Mark::Delo},  {"file", Mark::Delo},   {"l", Mark::Folios},
      {"ll", Mark::Folios}, {"л", Mark::Folios},   {"лл", Mark::Folios},   {"fol", Mark::Folios},
      {"ff", Mark::Folios}, {"лист", Mark::Folios}, {"листы", Mark::Folios}};
  for (const auto& [k, m] : marks)
    if (b == k) return m;
  return Mark::None;
}

template <std::size_t N>
bool in(const std::array<std::string_view, N>& list, std::string_view s) {
  return std::find(list.begin(), list.end(), s) != list.end();
}

std::string trim_punct(std::string_view s) {
  s = utf8::trim(s);
  if (s.size() >= 2 && s.front() == '(' && s.back() == ')') s = utf8::trim(s.substr(1, s.size() - 2));
  while (!s.empty() && std::string_view(".,;: ").find(s.back()) != std::string_view::npos) s.remove_suffix(1);
  while (!s.empty() && std::string_view(".,;: ").find(s.front()) != std::string_view::npos) s.remove_prefix(1);
  return std::string(s);
}

// ---- roles of single blocks ----------------------------------------------

bool is_classification(std::string_view t) {
  std::string l = bare(utf8::trim(t), true);
  if (in(kClassifications, l)) return true;
  // "Совершенно секретно. Экз. № 2"
  for (auto c : kClassifications)
    if (l.starts_with(c) && l.size() > c.size() && (l[c.size()] == '.' || l[c.size()] == ',') && words(t).size() <= 6)
      return true;
  return false;
}

bool is_reference(std::string_view t) {
  auto w = words(t);
  if (w.empty() || w.size() > 3) return false;
  std::string first = lower(w[0]);
  std::string_view num;
  if (first == "no." || first == "nr." || first == "№" || first == "n" || first == "ref.") {
    if (w.size() < 2) return false;
    num = w[1];
  } else if (first.starts_with("№")) {
    num = std::string_view(w[0]).substr(std::string_view("№").size());
  } else {
    return false;
  }
  return is_number_token(num);
}

// "(I. Petrov)", "(A.B. Petrova)": a name in parentheses.
bool is_bracketed_name(std::string_view t) {
  if (t.size() < 4 || t.front() != '(' || t.back() != ')') return false;
  std::string_view in = utf8::trim(t.substr(1, t.size() - 2));
  auto w = words(in);
  if (w.empty() || w.size() > 5 || !utf8::is_upper(first_char(in))) return false;
  for (auto x : w) {
    char32_t f = first_char(x);
    if (!utf8::is_upper(f)) return false;
  }
  return in.find('(') == std::string_view::npos;
}

// "Deputy head: Petrov", "Начальник отдела: Петров".
bool is_titled_signature(std::string_view t) {
  std::size_t colon = t.rfind(':');
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view name = utf8::trim(t.substr(colon + 1));
  std::string_view title = utf8::trim(t.substr(0, colon));
  auto nw = words(name);
  if (nw.empty() || nw.size() > 4 || words(title).size() > 10) return false;
  if (ends_with_sentence(name)) return false;
  for (auto x : nw)
    if (!utf8::is_upper(first_char(x))) return false;
  return true;
}


// "I. Petrov", "И. И. Петров", "Petrov I. I.": initials and a surname alone.
bool is_initials_signature(std::string_view t) {
  if (names_a_document_part(t)) return false;  // "Memorandum I", "Part II"
  auto w = words(t);
  if (w.size() < 2 || w.size() > 4) return false;
  int initials = 0, names = 0;
  for (auto x : w) {
    std::string_view y = x;
    while (!y.empty() && (y.back() == '.' || y.back() == ',')) y.remove_suffix(1);
    if (y.empty() || !utf8::is_upper(first_char(y))) return false;
    const std::size_t cps = length(y);
    if (x.find("—") != std::string_view::npos || x.find("–") != std::string_view::npos) return false;  // "VI.—Open"
    // "I", "Ya", "I.I" (initials, possibly joined) or a name
    if (cps <= 2 || (x.find('.') != std::string_view::npos && x.find('.') + 1 < x.size())) ++initials;
    else ++names;
  }
  return initials >= 1 && names == 1;
}

bool is_closing_salute(std::string_view t) {
  if (length(t) > 60) return false;
  std::string l = lower(utf8::trim(t));
  while (!l.empty() && std::string_view(".,!").find(l.back()) != std::string_view::npos) l.pop_back();
  return in(kSalutes, l);
}

bool is_opening_salute(std::string_view t) {
  auto w = words(t);
  if (w.empty() || w.size() > 8) return false;
  char32_t l = last_char(t);
  return in(kOpeningSalutes, bare(w[0])) && (l == U',' || l == U'!' || l == U':');
}

bool is_postscript(std::string_view t) {
  std::string l = lower(t.substr(0, std::min<std::size_t>(t.size(), 32)));
  for (auto p : kPostscripts)
    if (l.starts_with(p)) return true;
  return l.starts_with("ps ") || l.starts_with("p.p.s.");
}

// "Frau Anna Bell Hauptstr 7 Wien": a short line with a number and a street word.
bool is_address(std::string_view t, bool in_run) {
  if (length(t) > 90 || ends_with_sentence(t) || last_char(t) == U':') return false;
  auto w = words(t);
  if (w.size() < 3 || w.size() > 12) return false;
  bool number = false, street = false;
  for (auto x : w) {
    std::string b = bare(x);
    if (!b.empty() && b[0] >= '0' && b[0] <= '9') number = true;
    if (in(kStreetWords, b) || in(kStreetWords, bare(x, true))) street = true;
    // compounds: "Hauptstr", "Liechtensteinstrasse", "Stanislausgasse"
    for (auto s : {std::string_view("str"), std::string_view("strasse"), std::string_view("gasse")})
      if (b.size() > s.size() + 3 && b.compare(b.size() - s.size(), s.size(), s) == 0) street = true;
  }
  return number && (street || in_run);
}

// The bibliographic part of a publication line, or "" when it is none.
std::string publication_of(std::string_view t) {
  if (length(t) > 400) return {};
  std::string l = lower(t);
  for (auto m : kPublicationMarks) {
    std::size_t at = l.find(m);
    // the mark at the start, or after a short first sentence ("Typescript. Published: ...")
    if (at == std::string::npos || (at > 0 && (at > 40 || l[at - 1] != ' '))) continue;
    return trim_punct(t.substr(at + m.size()));
  }
  // "Documents of the Sample Archive, pp. 10-12": a title ending with its pages
  auto w = words(t);
  if (w.size() >= 4 && w.size() <= 40) {
    std::string p = bare(w[w.size() - 2]);
    if ((p == "pp." || p == "p." || p == "с." || p == "сс.") && is_number_token(w.back())) return trim_punct(t);
  }
  return {};
}

bool is_translator_line(std::string_view t) {
  if (length(t) > 200) return false;
  std::string l = lower(t);
  for (auto s : kTranslatorStarts)
    if (l.starts_with(s)) return true;
  return false;
}

}  // namespace

bool parse_shelfmark(std::string_view text, ShelfMark& out) {
  std::string_view t = utf8::trim(text);
  if (t.empty() || length(t) > 240) return false;
  std::string l = lower(t);
  for (auto p : kArchivePrefixes)
    if (l.starts_with(p)) {
      t = utf8::trim(t.substr(p.size()));
      break;
    }
  auto w = words(t);
  ShelfMark s;
  std::size_t first_mark = w.size(), last_number = 0;
  int kinds = 0;
  for (std::size_t i = 0; i + 1 < w.size(); ++i) {
    Mark m = shelf_mark(w[i]);
    if (m == Mark::None || !is_number_token(w[i + 1])) continue;
    std::string v = bare(w[i + 1], true);
    std::string* slot = m == Mark::Fond ? &s.fond : m == Mark::Opis ? &s.opis : m == Mark::Delo ? &s.delo : &s.folios;
    if (!slot->empty()) continue;
    *slot = v;
    ++kinds;
    first_mark = std::min(first_mark, i);
    last_number = i + 1;
    ++i;
  }
  if (kinds < 2 || (s.fond.empty() && s.delo.empty())) return false;
  if (first_mark > 4) return false;  // prose that happens to mention "f. 2"
  // marks and numbers only, from the first mark to the last number
  for (std::size_t i = first_mark; i <= last_number; ++i)
    if (shelf_mark(w[i]) == Mark::None && !is_number_token(w[i])) return false;
  // the repository: names and abbreviations, not the start of a sentence
  for (std::size_t i = 0; i < first_mark; ++i)
    if (!utf8::is_upper(first_char(w[i])) && !utf8::is_digit(first_char(w[i]))) return false;
  const char* begin = w.front().data();
  const char* end = w[last_number].data() + w[last_number].size();
  std::string_view ref(begin, static_cast<std::size_t>(end - begin));
  while (!ref.empty() && (ref.back() == '.' || ref.back() == ',')) ref.remove_suffix(1);
  s.text = std::string(ref);
  std::string_view repo(begin, static_cast<std::size_t>(w[first_mark].data() - begin));
  s.repository = trim_punct(repo);
  std::string_view rest(end, static_cast<std::size_t>(t.data() + t.size() - end));
  s.form = trim_punct(rest);
  if (words(s.form).size() > 3) return false;  // the reference is part of a sentence
  for (char c : s.repository)
    if (c >= '0' && c <= '9') return false;
  out = std::move(s);
  return true;
}

namespace {

bool is_metadata(BlockRole r) {
  return r == BlockRole::ShelfMark || r == BlockRole::Publication || r == BlockRole::Translator;
}

bool has_addressee_word(std::string_view t) {
  auto w = words(t);
  if (w.empty() || w.size() > 18 || length(t) > 200) return false;
  if (in(kAddresseeFirstWords, bare(w[0])) && w.size() >= 2 && utf8::is_upper(first_char(w[1]))) return true;
  for (auto x : w)
    if (in(kAddresseeWords, lower(x)) || in(kAddresseeWords, bare(x))) return true;
  return false;
}

// "Comrade Petrov", "To Mr. Ivanov" above a dateline: the addressee; "Mr.
// Green to Mr. Black" names a sender too, and heads the letter.
bool addressee_above(std::string_view t) {
  if (!has_addressee_word(t)) return false;
  const std::string l = lower(t);
  const std::size_t to = l.find(" to ");
  return to == std::string::npos && l.find(" к ") == std::string::npos;
}

bool heading_like(const Block& b) { return b.kind == BlockKind::Title || b.kind == BlockKind::Heading; }

bool signature_like(const Block& b) {
  if (b.role_fixed) return b.role == BlockRole::Signed;
  if (b.kind == BlockKind::Heading || b.kind == BlockKind::Title) return false;  // "Chapter 2: The Clerks"
  const std::string_view t = b.text;
  if (length(t) > 120) return false;
  return is_bracketed_name(t) || is_titled_signature(t) || is_initials_signature(t) || is_marked_signature(t);
}

// Insertions of earlier hands: "(Petrov - AB)" where "AB" is a declared mark.
void mark_insertions(Block& b, const std::vector<InsertionMark>& marks) {
  if (marks.empty()) return;
  const std::string& t = b.text;
  for (std::size_t open = t.find('('); open != std::string::npos; open = t.find('(', open + 1)) {
    std::size_t close = t.find(')', open);
    if (close == std::string::npos) break;
    if (t.find('(', open + 1) < close) continue;  // nested: take the inner one next time
    std::string_view inside(t.data() + open + 1, close - open - 1);
    std::string_view body = utf8::trim(inside);
    for (const auto& m : marks) {
      std::string_view mark = m.mark;
      std::string_view b2 = body;
      if (b2.size() > 0 && b2.back() == '.' && (mark.empty() || mark.back() != '.')) b2.remove_suffix(1);
      if (b2.size() <= mark.size() || b2.substr(b2.size() - mark.size()) != mark) continue;
      std::string_view before = utf8::trim(b2.substr(0, b2.size() - mark.size()));
      // a dash (hyphen, en or em dash) separates the words from the mark
      bool dash = false;
      for (std::string_view d : {"-", "–", "—"})
        if (before.size() >= d.size() && before.substr(before.size() - d.size()) == d) dash = true;
      if (!dash) continue;
      const auto begin = static_cast<std::size_t>(body.data() - t.data());
      b.spans.push_back(Span{begin, begin + body.size(), InlineNote{m.resp}});
      break;
    }
  }
}

// "Note follows by mail.", "I beg, therefore, to submit a revised formula.":
// a sentence (words mostly in lower case, a full stop) is no heading.
bool is_sentence(std::string_view t) {
  if (!ends_with_sentence(t)) return false;
  auto w = words(t);
  if (w.size() < 3) return false;
  std::size_t low = 0;
  for (auto x : w) low += utf8::is_letter(first_char(x)) && !utf8::is_upper(first_char(x));
  return low * 2 >= w.size();
}

// "IV.—Principles of the Survey", "II. Duties of the Clerks": a Roman
// numeral numbering a section ("I." or "V." alone is an initial: only with a dash).
bool section_numbered(std::string_view t) {
  std::size_t d = 0;
  while (d < t.size() && std::string_view("IVXLC").find(t[d]) != std::string_view::npos) ++d;
  if (d == 0) return false;
  const std::string_view rest = t.substr(d);
  for (auto dash : {"—", ".—", "–", ".–"})
    if (rest.starts_with(dash)) return true;
  return d >= 2 && rest.starts_with(". ");
}

// "Imperial Edict.", "Прошение.": up to three capitalized words, the last naming a kind of document.
bool names_a_document_kind(std::string_view t) {
  auto w = words(t);
  if (w.empty() || w.size() > 3) return false;
  const char32_t end = last_char(t);
  if (end != U'.' && !utf8::is_letter(end)) return false;
  for (auto x : w)
    if (!utf8::is_upper(first_char(x))) return false;
  return names_a_document_part(w.back());
}

// "Directive letter from the Committee", "Memorandum on the Depot": a line
// whose first words name a kind of document, in sentence case or not.
bool opens_with_a_document_kind(std::string_view t) {
  auto w = words(t);
  if (w.size() < 2) return names_a_document_part(t);
  const auto two = static_cast<std::size_t>(w[1].data() + w[1].size() - w[0].data());
  return names_a_document_part(std::string_view(w[0].data(), two));
}

// ---- the phases of recognize_structure -------------------------------------

// "Mr. Green to Mr. Black.[1]" -> "mr green to mr black": a title as compared.
std::string title_key(std::string_view t) {
  std::string out;
  for (std::size_t i = 0; i < t.size();) {
    if (t[i] == '[') {  // a note call
      std::size_t j = i + 1;
      while (j < t.size() && t[j] >= '0' && t[j] <= '9') ++j;
      if (j > i + 1 && j < t.size() && t[j] == ']') {
        i = j + 1;
        continue;
      }
    }
    char32_t c = utf8::next(t, i);
    if (utf8::is_letter(c) || utf8::is_digit(c)) utf8::append(out, utf8::to_lower(c));
    else if (!out.empty() && out.back() != ' ') out.push_back(' ');
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

struct Shaper {
  Document& doc;
  std::vector<Block>& blocks;
  const StructureOptions& opt;
  Diagnostics& diags;
  const DateGrammar* grammar;
  std::vector<bool> fixed;
  std::vector<bool> placed;  // in an opener or a closer, where a letter's lines stand
  std::size_t front_end = 0, back_begin = 0;
  bool letter_seen = false;  // a text before had an opener: the document holds letters

  Shaper(Document& d, const StructureOptions& o, Diagnostics& dg)
      : doc(d), blocks(d.blocks), opt(o), diags(dg), grammar(date_grammar(o.lang)), fixed(d.blocks.size()),
        placed(d.blocks.size()) {}

  bool free(std::size_t i) const {
    return !fixed[i] && blocks[i].kind != BlockKind::ListItem && blocks[i].kind != BlockKind::Quote;
  }

  // 1. Roles a block has by itself (the editor's roles stay).
  void classify() {
    for (std::size_t i = 0; i < blocks.size(); ++i) {
      Block& b = blocks[i];
      // A table's cell, a figure's caption, and any block but a paragraph of a structured format
      // (Markdown, Word...) are what the format says they are: no rule re-kinds them or gives them a letter's role.
      const bool structured = b.kind == BlockKind::TableCell || b.kind == BlockKind::Figure ||
                              (doc.format != "text" && b.kind != BlockKind::Paragraph);
      fixed[i] = b.role != BlockRole::None || b.role_fixed || structured;
      if (fixed[i] || b.kind == BlockKind::ListItem) continue;
      const std::string_view t = b.text;
      ShelfMark sm;
      if (names_only_a_kind(t)) b.kind = BlockKind::Heading;  // «Прошение.»
      if (parse_shelfmark(t, sm)) b.role = BlockRole::ShelfMark;
      else if (!publication_of(t).empty()) b.role = BlockRole::Publication;
      else if (is_translator_line(t)) b.role = BlockRole::Translator;
      else if (is_classification(t)) b.role = BlockRole::Classification;
      else if (is_reference(t)) b.role = BlockRole::Reference;
      else if (dateline_place(t, grammar)) b.role = BlockRole::Dateline;
      else if (dated_by_weekday(i)) b.role = BlockRole::Dateline;
      else if (is_source_line(t)) b.role = BlockRole::Source;
      else if (is_postscript(t)) b.role = BlockRole::Postscript;
      else if (is_opening_salute(t) || is_closing_salute(t) || is_opening_salute_line(t)) b.role = BlockRole::Salute;
      // a line of the office is no heading: "File No. 711.221/3468"; nor is a salute, though it stands
      // first: "Милостивой Государь Петръ Васильевичъ!"
      if (b.role == BlockRole::Source || b.role == BlockRole::Dateline || b.role == BlockRole::Salute)
        b.kind = BlockKind::Paragraph;
    }
  }

  // "Tuesday" / "Dear Jane": a day of the week dates a letter at its top (first, or above the salute) or at
  // its bottom (under the signature)
  bool dated_by_weekday(std::size_t i) const {
    if (!weekday_in_dateline(blocks[i].text)) return false;
    return i == 0 || (i + 1 < blocks.size() && is_opening_salute_line(blocks[i + 1].text)) ||
           signature_like(blocks[i - 1]) || is_signed_name(blocks[i - 1].text);
  }

  // 1b. Headings by their evidence (see heading_evidence).
  void heading_evidence();
  bool heads_something(std::size_t k) const;
  bool correspondence() const;

  // 2, 3. Front matter (the publication's heading and references before the
  // first text, only when there is such a reference) and back matter.
  void matter();

  // The document's title as the manifest gives it, where the text repeats it
  // among its first lines: that line heads the text, and the office's lines
  // above it are its source lines.
  void title() {
    const std::string key = title_key(opt.title);
    if (key.empty()) return;
    for (std::size_t i = front_end; i < std::min(back_begin, front_end + 6); ++i) {
      if (title_key(blocks[i].text) != key) continue;
      if (!fixed[i]) {
        blocks[i].kind = BlockKind::Title;
        blocks[i].role = BlockRole::None;
      }
      for (std::size_t k = front_end; k < i; ++k)
        if (free(k) && length(blocks[k].text) <= 120) blocks[k].role = BlockRole::Source;
      return;
    }
  }

  // 4. Texts: a run of signatures ends one; what follows starts the next.
  std::vector<std::size_t> text_starts();
  bool postscript_under_signature(std::size_t j, const std::vector<std::size_t>& prose_before) const;
  // 5. Each text's heading, opener and closer; roles elsewhere are prose.
  void shape(std::size_t a, std::size_t e);
  std::size_t head_and_opener(std::size_t a, std::size_t e);
  std::size_t closer(std::size_t from, std::size_t end, bool letter, bool need_text = true);
  std::size_t superscription(std::size_t from, std::size_t k) const;
  struct Signature {
    std::size_t run, name;  // the run's first line and the name's line (== the end: none)
    bool formula;           // a closing formula stands above the run
  };
  Signature signature(std::size_t from, std::size_t k) const;
  void addresses(std::size_t from, std::size_t end);
  void false_headings(std::size_t from, std::size_t to);
  std::size_t unmarked_postscript(std::size_t from, std::size_t e);
  void place_lines(std::size_t from, std::size_t e);
  // 6. The places of datelines and the numbers of source lines, tagged.
  void tag_lines();
  // 7. The editor's roles the text's shape could not take, reported.
  void report_unplaced();
};

void Shaper::matter() {
  const std::size_t n = blocks.size();
  front_end = 0;
  for (std::size_t i = 0; i < n; ++i) {
    const Block& b = blocks[i];
    if (is_metadata(b.role)) {
      front_end = i + 1;
      continue;
    }
    // besides references, only a title-like line (the first, or short and
    // without a full stop) may stand in the front matter
    const bool title_like = heading_like(b) || (b.role == BlockRole::None && b.kind == BlockKind::Paragraph &&
                                                (i == 0 ? length(b.text) <= 250 : length(b.text) <= 150) &&
                                                !ends_with_sentence(b.text));
    if (!title_like || i >= 8) break;
  }
  back_begin = n;
  while (back_begin > front_end && is_metadata(blocks[back_begin - 1].role)) --back_begin;
  for (std::size_t i = 0; i < n; ++i) {
    Block& b = blocks[i];
    if (i < front_end) b.region = Region::Front;
    else if (i >= back_begin) b.region = Region::Back;
    else if (is_metadata(b.role) && !fixed[i]) b.role = BlockRole::None;  // a reference inside a text is prose
    if (b.region == Region::Body) continue;
    // The archival reference and the publication, tagged where they stand.
    auto tag = [&](const std::string& what, SpanKind kind) {
      std::size_t at = what.empty() ? std::string::npos : b.text.find(what);
      if (at == std::string::npos) return;
      b.spans.push_back(Span{at, at + what.size(), std::move(kind)});
    };
    if (b.role == BlockRole::ShelfMark || b.role == BlockRole::None) {
      ShelfMark sm;
      if (parse_shelfmark(b.text, sm)) {
        if (doc.shelfmark.empty()) doc.shelfmark = sm;
        tag(sm.text, ArchivalReference{});
      }
    }
    if (b.role == BlockRole::Publication) tag(publication_of(b.text), PublicationReference{});
    if (b.role == BlockRole::Publication && b.region == Region::Back) {
      std::string l = lower(b.text);
      bool marked = false;
      for (auto m : kPublicationMarks) marked = marked || l.find(m) != std::string::npos;
      if (marked) doc.publications.push_back(publication_of(b.text));
    }
    if (!is_metadata(b.role) && !fixed[i]) b.role = BlockRole::None;  // front and back matter are no letter
  }
  // The front's first line, when it reads as a title, heads it.
  if (front_end > 0 && blocks[0].role == BlockRole::None && length(blocks[0].text) <= 250 &&
      !ends_with_sentence(blocks[0].text))
    blocks[0].kind = BlockKind::Title;
}

// What a heading heads: prose (a block over 80 characters) or a heading
// under it, perhaps after a letter's opening lines (a dateline, a salute) or
// an editor's headnote. A
// line naming the document's kind ("A PROCLAMATION") heads the document: what
// stands above it ("By the Regent", the petitioner's name) heads nothing.
bool Shaper::heads_something(std::size_t k) const {
  std::size_t n = k + 1;
  auto opening = [&](BlockRole r) {
    return r == BlockRole::Dateline || r == BlockRole::Reference || r == BlockRole::Classification ||
           r == BlockRole::Source || r == BlockRole::Salute || r == BlockRole::Headnote;
  };
  while (n < blocks.size() && opening(blocks[n].role)) ++n;
  if (n >= blocks.size()) return false;
  if (n > k + 1) return true;  // the opening lines and a text under them
  const Block& b = blocks[n];
  if (heading_like(b)) return !names_a_document_kind(b.text);
  return is_metadata(b.role) || (b.role == BlockRole::None && length(b.text) > 80);
}

// Letters, telegrams, memoranda, proclamations: the manifest or an earlier text says so, a line has a letter's
// role or names the document's kind ("A PROCLAMATION", "Memorandum").
bool Shaper::correspondence() const {
  if (letter_seen) return true;
  for (const Block& b : blocks)
    if (names_a_document_kind(b.text) || b.role == BlockRole::Dateline || b.role == BlockRole::Salute || b.role == BlockRole::Signed ||
        b.role == BlockRole::Addressee || b.role == BlockRole::Source || b.role == BlockRole::Reference)
      return true;
  return false;
}

// A short line standing alone is taken for a heading by the segmenter; where
// the source has no markup, it stays one on evidence: the document's first
// line (it heads the document), a keyword ("Chapter 7", "Appendix") or a
// section number ("IV.—Open Roads"); else it heads something and, in a
// language that capitalizes titles, is written as a title or opens by naming
// a kind of document ("Directive letter from ..."). A name in a list ("J.
// Green, Chairman (History)"), an address line, a fragment of a sentence
// ("Everything going on as usual") is a paragraph. A line naming the
// document's kind ("Imperial Edict.", "Прошение.") above prose heads it, and
// so does a section's number and title too long for the segmenter.
void Shaper::heading_evidence() {
  // "III.—Preamble Stating the Rules To Be Observed by All the Clerks of the Northern Depot": a section's
  // number and its title, too long for the segmenter's heading
  auto numbered_title = [&](std::string_view t) {
    const char32_t end = last_char(t);
    return section_numbered(t) && length(t) <= 200 && (utf8::is_letter(end) || utf8::is_digit(end)) &&
           (!capitalizes_titles(opt.lang) || is_title_cased(opt.lang, t));
  };
  // in letters and telegrams a sentence-case line is a fragment of prose ("All going on as usual"); an essay's
  // headings may be written in sentence case ("Background and context")
  const bool title_case_needed = capitalizes_titles(opt.lang) && correspondence();
  for (std::size_t k = blocks.size(); k-- > 1;) {
    Block& b = blocks[k];
    if (fixed[k] || b.role != BlockRole::None) continue;
    if (b.kind == BlockKind::Heading && b.division_type.empty() && !section_numbered(b.text) &&
        (!heads_something(k) ||
         (title_case_needed && !is_title_cased(opt.lang, b.text) && !opens_with_a_document_kind(b.text))))
      b.kind = BlockKind::Paragraph;
    else if (b.kind == BlockKind::Paragraph &&
             ((names_a_document_kind(b.text) && k + 1 < blocks.size() && blocks[k + 1].role == BlockRole::None &&
               length(blocks[k + 1].text) > 80) ||
              (numbered_title(b.text) && heads_something(k)))) {
      b.kind = BlockKind::Heading;
      b.level = 2;
    }
  }
}

// "Love to Jane." under "Ever yours" / "A. B.": a paragraph or two under a signature with no opener of their own
// (heading, dateline, salute) and no signature of their own are the letter's postscript; a new letter opens
// or signs. `prose_before`: the count of prose blocks before each block.
bool Shaper::postscript_under_signature(std::size_t j, const std::vector<std::size_t>& prose_before) const {
  const Block& b = blocks[j];
  if (fixed[j] || b.role != BlockRole::None || b.kind != BlockKind::Paragraph || heading_like(b) ||
      prose_before[back_begin] - prose_before[j] > 2)
    return false;
  for (std::size_t k = j; k < back_begin; ++k)
    if (heading_like(blocks[k]) || is_opener_role(blocks[k].role) || blocks[k].role == BlockRole::Source ||
        (k > j && (signature_like(blocks[k]) || blocks[k].role == BlockRole::Signed)))
      return false;
  return true;
}

std::vector<std::size_t> Shaper::text_starts() {
  std::vector<std::size_t> starts;
  if (front_end < back_begin) starts.push_back(front_end);
  // Prose of a text's own (over 80 characters, no role, no heading, no signature) before each block,
  // counted once: "has [from, to) text of its own?" in constant time, however many signatures (linear time).
  std::vector<std::size_t> prose_before(blocks.size() + 1, 0);
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    const bool prose = b.role == BlockRole::None && !heading_like(b) && length(b.text) > 80 && !signature_like(b);
    prose_before[k + 1] = prose_before[k] + (prose ? 1 : 0);
  }
  auto has_text = [&](std::size_t from, std::size_t to) { return prose_before[to] > prose_before[from]; };
  // "12 Elm Row" under "To" / "B. Green Esqre": a short line of the outer leaf's address
  auto in_leaf_address = [&](std::size_t j) {
    for (std::size_t m = j; m > front_end && j - m < 5; --m) {
      if (words(blocks[m].text).size() > 6 || length(blocks[m].text) > 60) return false;
      if (opens_superscription(blocks[m - 1].text)) return true;
    }
    return false;
  };
  // the lines under a signature: the signer's office, the addressee, a
  // dateline (unless the next letter's opener follows it)
  auto under_signature = [&](std::size_t j) {
    if (blocks[j].role == BlockRole::Dateline) {  // "15 Сентября" / "1852.": a dateline on several lines
      std::size_t n = j + 1;
      while (n < back_begin && blocks[n].role == BlockRole::Dateline) ++n;
      return !(n < back_begin && is_opener_role(blocks[n].role));
    }
    // «Ст. Зенда.» under the date, «№ 210» under the name
    if (j > 0 && blocks[j - 1].role == BlockRole::Dateline && is_place_under_date(blocks[j].text)) return true;
    return is_office_line(blocks[j].text) || is_addressee_line(blocks[j].text) || is_envelope_line(blocks[j].text) ||
           is_register_number(blocks[j].text) || opens_superscription(blocks[j].text) || in_leaf_address(j);
  };
  for (std::size_t i = front_end; i < back_begin; ++i) {
    // "[Enclosure 1]": the text it introduces starts there
    if (blocks[i].role == BlockRole::Source && is_enclosure_line(blocks[i].text) && has_text(starts.back(), i)) {
      starts.push_back(i);
      continue;
    }
    // "I have the honor to be, ... servant," and a name under it end a letter
    if (free(i) && i + 1 < back_begin && free(i + 1) && is_closing_formula(blocks[i].text) &&
        is_signed_name(blocks[i + 1].text) && has_text(starts.back(), i)) {
      std::size_t j = i + 2;
      while (j < back_begin && free(j) && j - i < 10 && blocks[j].role != BlockRole::Postscript &&
             (is_signed_name(blocks[j].text) || under_signature(j)))
        ++j;
      if (j < back_begin && postscript_under_signature(j, prose_before)) blocks[j].role = BlockRole::Postscript;
      else if (j < back_begin && blocks[j].role != BlockRole::Postscript) starts.push_back(j);
      i = j - 1;
      continue;
    }
    // "John Green" / "The Palace, May 22, 1901." and more text: a text signed and dated at its end
    if (free(i) && i + 2 < back_begin && is_signed_name(blocks[i].text) && words(blocks[i].text).size() <= 4 &&
        blocks[i + 1].role == BlockRole::Dateline && has_text(starts.back(), i) &&
        has_text(i + 2, back_begin)) {  // (the dateline's place or an address under it starts nothing)
      starts.push_back(i + 2);
      ++i;
      continue;
    }
    if (!signature_like(blocks[i]) && blocks[i].role != BlockRole::Signed) continue;
    // «Ст. Зенда.» under a date: the dateline's place, not initials and a name
    if (i > front_end && blocks[i - 1].role == BlockRole::Dateline && is_place_under_date(blocks[i].text)) continue;
    std::size_t j = i;
    while (j < back_begin && (signature_like(blocks[j]) || blocks[j].role == BlockRole::Signed ||
                              (j > i && blocks[j].role == BlockRole::Salute)))
      ++j;
    // a signature ends a text that has some text of its own
    if (!has_text(starts.back(), i)) {
      i = j - 1;
      continue;
    }
    for (std::size_t k = i; k < j; ++k)
      if (!fixed[k] && (blocks[k].role == BlockRole::None || blocks[k].role == BlockRole::Signed) &&
          signature_like(blocks[k]))
        blocks[k].role = BlockRole::Signed;
    // a postscript (and what signs it) after the signatures stays in the text
    while (j < back_begin && (blocks[j].role == BlockRole::Postscript ||
                              (j > i && blocks[j - 1].role == BlockRole::Postscript && signature_like(blocks[j]))))
      ++j;
    // "PS." alone on its line: the postscript is the paragraph under it
    if (j > i && j < back_begin && blocks[j - 1].role == BlockRole::Postscript && words(blocks[j - 1].text).size() <= 2 &&
        blocks[j].role == BlockRole::None)
      ++j;
    // and so do the lines under a signature: the signer's office, the addressee, a dateline
    while (j < back_begin && !fixed[j] && under_signature(j)) ++j;
    if (j < back_begin && postscript_under_signature(j, prose_before)) blocks[j].role = BlockRole::Postscript;
    else if (j < back_begin) starts.push_back(j);
    i = j - 1;
  }
  std::sort(starts.begin(), starts.end());
  starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
  return starts;
}

// The heading (a line above the opener, or the title) and the opener of the
// text [a, e); returns where the opener ends.
// "328 Green Street" / "Zenda, Ruritania" / "May 25 1887", "The Peter and
// Paul Fortress" / "December 22, 1849": short lines of a place above the
// date at a text's start (after its heading) are lines of the dateline.
void Shaper::place_lines(std::size_t from, std::size_t e) {
  auto place = [&](std::size_t k) {
    const std::string_view t = blocks[k].text;
    return free(k) && blocks[k].role == BlockRole::None && is_place_line(t) && !addressee_above(t);
  };
  std::size_t k = from;
  while (k < e && k < from + 3 && place(k)) ++k;
  if (k == from || k >= e || blocks[k].role != BlockRole::Dateline) return;
  // "328 Green Street" / "May 25 '87" / "—Zenda, Ruritania": the address may go on under the date
  std::size_t end = k + 1;
  if (end + 1 < e && place(end) && !is_vocative_line(blocks[end].text) &&
      length(blocks[end + 1].text) > length(blocks[end].text))
    ++end;
  for (std::size_t j = from; j < end; ++j) {
    blocks[j].role = BlockRole::Dateline;
    blocks[j].kind = BlockKind::Paragraph;
  }
}

std::size_t Shaper::head_and_opener(std::size_t a, std::size_t e) {
  std::size_t i = a;
  while (i < e && blocks[i].role == BlockRole::Source) ++i;
  // «Его превосходительству» / «Господину статскому советнику» / «Ивану Петровичу Зенину»: lines in the
  // dative at the top are one addressee, not a heading and paragraphs
  std::size_t dative = i;
  while (dative < e && dative < i + 6 && free(dative) && blocks[dative].role == BlockRole::None &&
         blocks[dative].kind != BlockKind::ListItem && is_dative_line(blocks[dative].text))
    ++dative;
  if (dative >= i + 2)
    for (std::size_t k = i; k < dative; ++k) {
      blocks[k].role = BlockRole::Addressee;
      blocks[k].kind = BlockKind::Paragraph;
    }
  // the line that repeats the manifest's title heads the text; any other may be the writer's address
  place_lines(i < e && title_key(blocks[i].text) == title_key(opt.title) ? i + 1 : i, e);
  auto next_opener = [&](std::size_t k) {
    while (k < e && blocks[k].role == BlockRole::Source) ++k;
    return k < e && (blocks[k].role == BlockRole::Dateline || blocks[k].role == BlockRole::Reference ||
                     blocks[k].role == BlockRole::Salute || (free(k) && is_vocative_line(blocks[k].text)));
  };
  // "66. To John Black. Strelsau, May 3, 1852.", "12. Н. А. Петрову. 1852 г. Мая 30.": the numbered
  // heading a collected edition gives each letter, on the document's first line
  auto numbered_heading = [&](std::size_t k) {
    std::string_view t = utf8::trim(blocks[k].text);
    if (k != front_end || k + 1 >= e || length(t) > 200) return false;
    while (!t.empty() && (t.front() == '*' || t.front() == ' ')) t.remove_prefix(1);
    std::size_t d = 0;
    while (d < t.size() && t[d] >= '0' && t[d] <= '9') ++d;
    if (d == 0 || d > 4 || d >= t.size() || t[d] != '.') return false;
    const std::string_view rest = t.substr(d + 1);
    for (std::size_t x = 0; x + 4 <= rest.size(); ++x)  // a year of four digits after the number
      if (std::all_of(rest.begin() + x, rest.begin() + x + 4, [](char c) { return c >= '0' && c <= '9'; }))
        return true;
    return false;
  };
  // "Mr. Green to Mr. Black.", "The Consul at Zenda (Brown) to ...": a line above the opener
  // "Draft of Declaration.": a short first line of a text that follows another
  auto short_title = [&](std::size_t k) {
    return k > front_end && k + 1 < e && length(blocks[k].text) <= 150 && words(blocks[k].text).size() <= 15 &&
           blocks[k + 1].role == BlockRole::None && length(blocks[k + 1].text) > length(blocks[k].text);
  };
  // "Minutes of a Meeting Held at the Office of the Depot, on June 21, 1901": a long first line of a text that follows
  // another, written as a title
  auto long_title = [&](std::size_t k) {
    const std::string_view t = without_calls(blocks[k].text);
    return k > front_end && k + 1 < e && words(t).size() >= 4 && words(t).size() <= 40 && !ends_with_sentence(t) &&
           is_title_cased(opt.lang, t);
  };
  // "[Inclosure.—Translated from the Gazette of May 25.]": an editor's line in brackets is no title
  const bool bracketed = i < e && blocks[i].text.front() == '[' && last_char(blocks[i].text) == U']';
  if (i < e && !bracketed && free(i) && blocks[i].role == BlockRole::None && blocks[i].kind == BlockKind::Paragraph &&
      length(blocks[i].text) <= 300 && last_char(blocks[i].text) != U':' &&
      (!addressee_above(blocks[i].text) || names_a_document_part(blocks[i].text)) &&
      !(length(blocks[i].text) > 100 && is_sentence(without_calls(blocks[i].text))) &&
      (next_opener(i + 1) || short_title(i) || numbered_heading(i) || long_title(i)))
    blocks[i].kind = BlockKind::Title;
  if (i < e && heading_like(blocks[i])) {
    const bool next_dateline = i + 1 < e && blocks[i + 1].role == BlockRole::Dateline;
    // "Memorandum by Mr. Green of a Conversation", "Mr. Green to the Ambassador": no addressee
    if (!fixed[i] && blocks[i].kind == BlockKind::Heading && addressee_above(blocks[i].text) &&
        !names_a_document_part(blocks[i].text) &&
        (next_dateline || i + 1 < e)) {
      blocks[i].kind = BlockKind::Paragraph;
      blocks[i].role = BlockRole::Addressee;
    } else {
      ++i;
    }
  } else if (i > a) {
    i = a;  // no heading: the source lines open the opener
  }
  while (i < e && blocks[i].role == BlockRole::Headnote) ++i;
  // "Андрей Ильич!" above the first paragraph of a letter: the salute
  for (std::size_t k = i; k < e && k < i + 4; ++k) {
    if (!free(k) || blocks[k].role != BlockRole::None) {
      if (is_opener_role(blocks[k].role)) continue;
      break;
    }
    if ((letter_seen || k > a) && is_vocative_line(blocks[k].text) && k + 1 < e &&
        length(blocks[k + 1].text) > length(blocks[k].text))
      blocks[k].role = BlockRole::Salute;
    break;
  }
  std::size_t opener_end = i;
  for (std::size_t k = i; k < e; ++k) {
    Block& b = blocks[k];
    if (!fixed[k] && b.role == BlockRole::None && b.kind != BlockKind::ListItem && has_addressee_word(b.text) &&
        !ends_with_sentence(b.text) && b.kind != BlockKind::Quote) {
      b.kind = BlockKind::Paragraph;
      b.role = BlockRole::Addressee;
    }
    if (!is_opener_role(b.role) || b.kind != BlockKind::Paragraph) break;
    if (b.role == BlockRole::Salute && !fixed[k] && !is_opening_salute(b.text) && !is_opening_salute_line(b.text) &&
        !is_vocative_line(b.text))
      break;
    opener_end = k + 1;
  }
  return opener_end;
}

// The signature at the end of blocks [from, k): a run of short lines, with
// the name, "For ...:" above it and the signer's office under it. Co-signers
// above the name count only under a closing formula (else a list of names in
// the text would be taken for signatures).
Shaper::Signature Shaper::signature(std::size_t from, std::size_t k) const {
  auto editors_name = [&](std::size_t i) { return fixed[i] && blocks[i].role == BlockRole::Signed; };
  auto a_name = [&](std::size_t i) {
    return editors_name(i) || (free(i) && (is_signed_name(blocks[i].text) || signature_like(blocks[i]) ||
                                           is_formula_and_name(blocks[i].text) ||
                                           is_signed_and_dated(blocks[i].text, grammar)));
  };
  auto formula_before = [&](std::size_t r) {
    if (r <= from) return false;
    if (fixed[r - 1]) return blocks[r - 1].role == BlockRole::Salute;  // the editor's formula
    return free(r - 1) && (is_closing_formula(blocks[r - 1].text) || is_closing_salute(blocks[r - 1].text));
  };
  Signature s{k, k, false};
  std::size_t& run = s.run;
  while (run > from && k - run < 8 && (free(run - 1) || editors_name(run - 1)) &&
         blocks[run - 1].role != BlockRole::Dateline &&
         (a_name(run - 1) || is_office_line(blocks[run - 1].text) || is_signing_for(blocks[run - 1].text)))
    --run;
  // the name: the last in the run that is no office ("Acting Secretary."), else the last
  std::size_t any_name = k;
  for (std::size_t i = run; i < k; ++i) {
    if (!a_name(i)) continue;
    any_name = i;
    if (!is_office_line(blocks[i].text)) s.name = i;
  }
  if (s.name == k) s.name = any_name;
  if (s.name == k) return s;
  // the rank or office right above the name stays («Фейерверкер 4-го класса» / «Граф Иван Петров»)
  auto rank_above = [&](std::size_t i) { return i + 1 == s.name && is_office_line(blocks[i].text); };
  while (run < s.name && !is_signing_for(blocks[run].text) && !a_name(run) && !rank_above(run)) ++run;
  if (!formula_before(run)) {
    const std::size_t first = run;
    run = s.name;
    while (run > first && (signature_like(blocks[run - 1]) || is_signing_for(blocks[run - 1].text) ||
                           rank_above(run - 1)))
      --run;
  }
  s.formula = formula_before(run);
  return s;
}

// "To" / "B. Green Esqre" / "22 Green Street" / "Zenda": the address of the
// letter's outer leaf, copied at the end of [from, k) in short lines; returns
// where it begins (k when there is none).
std::size_t Shaper::superscription(std::size_t from, std::size_t k) const {
  std::size_t begin = k;
  for (std::size_t m = k; m > from + 1 && k - m < 6; --m) {
    const std::string_view t = blocks[m - 1].text;
    const BlockRole r = blocks[m - 1].role;
    if (!free(m - 1) || (r != BlockRole::None && r != BlockRole::Signed) || words(t).size() > 6 || length(t) > 60) break;
    if (opens_superscription(t)) begin = m - 1;
  }
  return begin;
}

// The closing lines of blocks [from, end), from the end backwards: the
// editor's closing lines; the addressee, a dateline and remarks written under
// the letter; the signature; the formula before it. `letter`: the text has an
// opener (else only an evident signature makes a closer). Returns where the
// closer begins.
std::size_t Shaper::closer(std::size_t from, std::size_t end, bool letter, bool need_text) {
  std::size_t k = end;
  while (k > from && fixed[k - 1] && is_closer_role(blocks[k - 1].role)) --k;
  const std::size_t editors = k;
  std::vector<std::pair<std::size_t, BlockRole>> under;
  // «На 4-й странице:» and the address copied under it, on as many lines as it takes
  for (std::size_t m = k; m > from + 1 && k - m < 4; --m) {
    if (!free(m - 1) || !is_envelope_marker(blocks[m - 1].text)) continue;
    bool all_free = true;
    for (std::size_t j = m; j < k; ++j) all_free = all_free && free(j);
    if (!all_free) break;
    for (std::size_t j = m; j < k; ++j) under.push_back({j, BlockRole::Addressee});
    under.push_back({m - 1, BlockRole::Closing});
    k = m - 1;
    break;
  }
  for (std::size_t m = superscription(from, k); m < k; --k) under.push_back({k - 1, BlockRole::Addressee});
  while (k > from && editors - k < 6 && free(k - 1) && length(blocks[k - 1].text) <= 240) {
    const Block& b = blocks[k - 1];
    BlockRole r = BlockRole::None;
    if (b.role == BlockRole::Dateline) r = BlockRole::Dateline;
    // «30 мая 1853 года.» / «Ст. Зенда.», «зенда»: the place under the date
    else if (k >= 2 && blocks[k - 2].role == BlockRole::Dateline && is_place_under_date(b.text)) r = BlockRole::Dateline;
    else if (is_register_number(b.text)) r = BlockRole::Closing;  // «№ 210» under the signature
    else if (b.role == BlockRole::Source && b.text.front() == '[') r = BlockRole::Source;
    else if (is_addressee_line(b.text) || is_envelope_line(b.text)) r = BlockRole::Addressee;
    // "На 4 странице:", "On the back:" above the address copied from the envelope
    else if (!under.empty() && under.back().second == BlockRole::Addressee && last_char(b.text) == U':' &&
             words(b.text).size() <= 5)
      r = BlockRole::Closing;
    if (r == BlockRole::None) break;
    under.push_back({--k, r});
  }
  const Signature s = signature(from, k);
  const bool signed_here = s.name < k && (s.name > from || !need_text) &&
                           (s.formula || letter || letter_seen || signature_like(blocks[s.name]));
  // "Yours very truly," / "[No signature indicated]": a formula closes a letter without a name under it
  const bool formula_alone = !signed_here && k > from + 1 && free(k - 1) && is_closing_formula(blocks[k - 1].text);
  if (!signed_here && !letter && !formula_alone) return editors;
  for (auto [i, r] : under) blocks[i].role = r;
  if (formula_alone) {
    blocks[k - 1].role = BlockRole::Salute;
    blocks[k - 1].kind = BlockKind::Paragraph;
    return k - 1;
  }
  if (!signed_here) return k;
  // several names signed one above the other are all signatures
  for (std::size_t i = s.run; i < k; ++i) {
    if (fixed[i]) continue;
    const bool name = i == s.name || (i < s.name && (is_signed_name(blocks[i].text) || signature_like(blocks[i])));
    blocks[i].role = name ? BlockRole::Signed : BlockRole::Closing;
    blocks[i].kind = BlockKind::Paragraph;
  }
  if (!s.formula) return s.run;
  std::size_t first = s.run - 1;
  // a formula on several lines: "С совершенным уважением" / "имею честь быть," / "Ваш покорный слуга",
  // "With love," / "Yours ever,"
  while (first > from && s.run - first < 4 && free(first - 1) && length(blocks[first - 1].text) <= 80 &&
         (is_closing_formula(blocks[first - 1].text) || is_opening_salute_line(blocks[first - 1].text)))
    --first;
  for (std::size_t i = first; i < s.run; ++i)
    if (!fixed[i]) {
      blocks[i].role = BlockRole::Salute;
      blocks[i].kind = BlockKind::Paragraph;
    }
  return first;
}

// Postal addresses: runs of address-like lines.
void Shaper::addresses(std::size_t from, std::size_t end) {
  for (std::size_t k = from; k < end; ++k) {
    if (fixed[k] || blocks[k].role != BlockRole::None || blocks[k].kind == BlockKind::ListItem) continue;
    if (!is_address(blocks[k].text, false)) continue;
    std::size_t x = k, y = k + 1;
    while (x > from && !fixed[x - 1] && blocks[x - 1].role == BlockRole::None && is_address(blocks[x - 1].text, true)) --x;
    while (y < end && !fixed[y] && blocks[y].role == BlockRole::None && is_address(blocks[y].text, true)) ++y;
    for (std::size_t z = x; z < y; ++z) {
      blocks[z].role = BlockRole::Address;
      blocks[z].kind = BlockKind::Paragraph;
    }
    k = y - 1;
  }
}

void Shaper::shape(std::size_t a, std::size_t e) {
  const std::size_t opener_end = head_and_opener(a, e);
  bool letter = false;
  for (std::size_t k = a; k < opener_end; ++k) letter = letter || blocks[k].role != BlockRole::None;
  letter_seen = letter_seen || letter;
  auto prose = [&](std::size_t from, std::size_t end) {
    for (std::size_t k = from; k < end; ++k)
      if (!fixed[k] && (is_opener_role(blocks[k].role) || is_closer_role(blocks[k].role)))
        blocks[k].role = BlockRole::None;
  };
  std::size_t ps = opener_end;
  while (ps < e && blocks[ps].role != BlockRole::Postscript) ++ps;
  if (ps == e) ps = unmarked_postscript(opener_end, e);
  const std::size_t closer_begin = closer(opener_end, ps, letter);
  prose(opener_end, closer_begin);
  std::fill(placed.begin() + static_cast<std::ptrdiff_t>(a), placed.begin() + static_cast<std::ptrdiff_t>(opener_end), true);
  std::fill(placed.begin() + static_cast<std::ptrdiff_t>(closer_begin), placed.begin() + static_cast<std::ptrdiff_t>(ps), true);
  if (ps < e) {
    const std::size_t second = closer(ps + 1, e, true, false);
    prose(ps + 1, second);
    std::fill(placed.begin() + static_cast<std::ptrdiff_t>(second), placed.begin() + static_cast<std::ptrdiff_t>(e), true);
  }
  addresses(opener_end, closer_begin);
  if (letter_seen) false_headings(opener_end, closer_begin);
}

// "Love to all J. Green" and a paragraph or two after it: what a letter says after
// its formula and signature is a postscript, marked "P.S." or not; so is what
// stands between two signatures («И. Петров.» / ... / «И. П. 1850 Мая 3.»).
// Returns where it begins (`e`: none).
std::size_t Shaper::unmarked_postscript(std::size_t from, std::size_t e) {
  const bool signed_at_end = e > from && free(e - 1) &&
                             (is_signed_name(blocks[e - 1].text) || is_formula_and_name(blocks[e - 1].text) ||
                              is_signed_and_dated(blocks[e - 1].text, grammar));
  for (std::size_t k = std::max(from + 1, e < 4 ? 0 : e - 4); k + 1 < e; ++k) {
    // (a name under prose, not the last of a list of names)
    const bool signature = is_formula_and_name(blocks[k].text) ||
                           (signed_at_end && is_signed_name(blocks[k].text) && length(blocks[k - 1].text) > 80);
    if (!free(k) || !signature) continue;
    Block& next = blocks[k + 1];
    if (!free(k + 1) || next.role != BlockRole::None || is_signed_name(next.text) ||
        is_formula_and_name(next.text) || length(next.text) <= length(blocks[k].text) ||
        words(next.text).size() < 4 || last_char(next.text) == U':')
      continue;
    // paragraphs only: a heading or an address under it is no postscript
    bool prose = true;
    for (std::size_t j = k + 1; j < e; ++j) prose = prose && blocks[j].kind == BlockKind::Paragraph;
    if (!prose) continue;
    next.role = BlockRole::Postscript;
    next.kind = BlockKind::Paragraph;
    blocks[k].role = BlockRole::Signed;
    blocks[k].kind = BlockKind::Paragraph;
    return k + 1;
  }
  return e;
}

// In a letter, what the segmenter took for headings and is none: a sentence
// ("Note follows by mail."), a line that leads into what follows ("... between—",
// "as follows:"), and runs of three or more short lines (a list of names).
void Shaper::false_headings(std::size_t from, std::size_t to) {
  auto heading = [&](std::size_t k) { return k < to && !fixed[k] && blocks[k].kind == BlockKind::Heading; };
  for (std::size_t k = from; k < to; ++k) {
    if (!heading(k)) continue;
    const std::string_view t = without_calls(blocks[k].text);
    const char32_t end = last_char(t);
    // (and the line right above the closer, which heads nothing: "All going on about as usual")
    if (is_sentence(t) || end == U':' || end == U'—' || end == U'–' || is_sender_line(t) || k + 1 == to)
      blocks[k].kind = BlockKind::Paragraph;
  }
  for (std::size_t k = from; k < to; ++k) {
    std::size_t run = k;
    while (heading(run)) ++run;
    if (run - k >= 3)
      for (std::size_t j = k; j < run; ++j) blocks[j].kind = BlockKind::ListItem;
    k = std::max(k, run);
  }
}

void Shaper::tag_lines() {
  for (std::size_t i = front_end; i < back_begin; ++i) {
    Block& b = blocks[i];
    std::optional<ByteRange> r;
    if (b.role == BlockRole::Dateline && (r = dateline_place(b.text, grammar)) && r->end > r->begin)
      b.spans.push_back(Span{r->begin, r->end, PlaceName{}});
    else if (b.role == BlockRole::Source && (r = file_number_in(b.text)))
      b.spans.push_back(Span{r->begin, r->end, FileNumber{}});
  }
}

// The editor's name of a letter's role (annotate/editorial.cpp reads these names).
const char* role_name(BlockRole r) {
  switch (r) {
    case BlockRole::Dateline: return "dateline";
    case BlockRole::Salute: return "salute";
    case BlockRole::Addressee: return "addressee";
    case BlockRole::Reference: return "reference";
    case BlockRole::Classification: return "classification";
    default: return "signed";
  }
}

// An editor's dateline, salute, addressee, reference, classification or
// signature between two paragraphs: TEI has no place for it there (a letter's lines
// stand at the start of a text or at its end), so it is not applied, and the
// editor is told where it was asked for and what to do instead.
void Shaper::report_unplaced() {
  for (std::size_t i = 0; i < blocks.size(); ++i) {
    Block& b = blocks[i];
    if (!b.role_fixed || placed[i] || b.region != Region::Body || doc.parts.empty()) continue;
    if (!is_opener_role(b.role) && !is_closer_role(b.role)) continue;
    diags.warning(opt.editorial_path, b.role_entry,
                  std::string("[[block]] role = \"") + role_name(b.role) + "\" (" + doc.source_path + ":" +
                      std::to_string(b.position().line) +
                      ") stands between paragraphs, where a letter has no such line: the entry was not applied; "
                      "start a text there with a [[text]] entry, or give the line role = \"paragraph\"");
    b.role = BlockRole::None;
    if (doc.editor_interventions > 0) --doc.editor_interventions;
  }
}

}  // namespace

void recognize_structure(Document& doc, const StructureOptions& options, Diagnostics& diags) {
  Shaper s(doc, options, diags);
  s.letter_seen = names_correspondence(options.title, options.kind);
  s.classify();
  s.heading_evidence();
  s.matter();
  s.title();
  std::vector<TextPart> declared = std::move(doc.parts);
  doc.parts.clear();
  std::vector<std::size_t> starts = s.text_starts();
  for (const auto& d : declared)
    if (d.first >= s.front_end && d.first < s.back_begin && std::find(starts.begin(), starts.end(), d.first) == starts.end())
      starts.push_back(d.first);
  std::sort(starts.begin(), starts.end());
  for (std::size_t p = 0; p < starts.size(); ++p) {
    const std::size_t a = starts[p];
    s.shape(a, p + 1 < starts.size() ? starts[p + 1] : s.back_begin);
    TextPart part;
    part.first = a;
    for (const auto& d : declared)
      if (d.first == a) part = d;
    doc.parts.push_back(std::move(part));
  }
  // One text with nothing of a letter about it is no part: the writer keeps
  // its divisions as they are.
  if (doc.parts.size() == 1 && !doc.parts.front().declared) {
    bool letter = false;
    for (const auto& b : doc.blocks) letter = letter || (b.region == Region::Body && b.role != BlockRole::None);
    if (!letter) doc.parts.clear();
  }
  s.tag_lines();
  s.report_unplaced();

  // 8. Insertions of earlier hands, in the text and in the notes.
  for (auto& b : doc.blocks) mark_insertions(b, options.insertions);
  for (auto& note : doc.notes)
    for (auto& b : note.blocks) mark_insertions(b, options.insertions);
}

void report_truncations(const Document& doc, Diagnostics& diags, const std::string& editorial_path) {
  for (const auto& b : doc.blocks) {
    if (b.region != Region::Body || b.role != BlockRole::None) continue;
    if (b.kind != BlockKind::Paragraph && b.kind != BlockKind::Quote) continue;
    // the text's end, before a note call or an editor's gap standing there
    std::size_t end = b.text.size();
    bool confirmed = false;
    for (const auto& s : b.spans) {
      if (s.is<NoteCall>() && s.end == end) end = s.begin;
      if (s.is<Gap>() && s.begin >= utf8::trim(b.text).size())
        confirmed = true;
    }
    if (confirmed || b.intact) continue;
    std::string_view t = utf8::trim(std::string_view(b.text).substr(0, end));
    if (length(t) < 80) continue;
    char32_t c = last_char(t);
    const bool comma = c == U',' || c == U'—' || c == U'–' || c == U'-';
    if (!comma && !(utf8::is_letter(c) || utf8::is_digit(c))) continue;
    // the last words, to find the place
    std::size_t from = t.size() > 40 ? t.size() - 40 : 0;
    while (from > 0 && (static_cast<unsigned char>(t[from]) & 0xC0) == 0x80) --from;
    std::string tail(t.substr(from));
    SourcePos pos = b.position_of(t.size() - 1);
    diags.warning(doc.source_path, pos,
                  "suspected truncation: the paragraph breaks off mid-sentence (\"…" + tail +
                      "\"); if text is missing, confirm it with a [[gap]] entry (document = \"" + doc.id +
                      "\", line = " + std::to_string(b.position().line) + ") in " +
                      (editorial_path.empty() ? std::string("the editor's layer") : editorial_path) +
                      ", or dismiss it there with none = true");
  }
}

}  // namespace editio
