// The shared date grammar: reads calendar expressions out of a token stream
// with the words of one language (DateLexicon). The shapes it knows:
//
//   point  := [part [glue]] core | season [glue] (year | this-year) | core
//   core   := numeric            21.10.1929  5/III-38  1929-10-21
//           | day [glue] month [[,] year]     15 октября 1923 года, 3rd of May
//           | month day [, year]              October 21, 1929   (month_before_day)
//           | month [glue|,] year             July 1933, январе 1924 года
//           | decade | century | year         1920-е годы, the 19th century, 1923 году
//           | month | day                     в июле, on the 15th (only where a date is expected)
//   range  := [opener] point joiner point     с 1923 по 1927 год, from spring to November 1927
//           | point dash point                1930-1932, 5–7 октября
//
// and after a point without a year: "of this year", "с. г.", "того же года".
// Whether a bare number or month is a date is decided by its neighbours:
// prefixes (No., pp., ф.), units (years, человек), names (улица, Revolution).
#include "lang/date_grammar.hpp"

#include <algorithm>

#include "lang/old_spelling.hpp"
#include "util/utf8.hpp"

namespace editio {

std::vector<DateToken> date_tokens(std::string_view text) {
  std::vector<DateToken> out;
  std::size_t i = 0;
  bool space = false;
  while (i < text.size()) {
    const std::size_t start = i;
    char32_t c = utf8::next(text, i);
    if (utf8::is_space(c) || c == 0xAD) {  // soft hyphens are invisible
      space = space || c != 0xAD;
      continue;
    }
    DateToken t;
    t.begin = start;
    t.space_before = space || out.empty();
    space = false;
    if (c >= '0' && c <= '9') {
      t.kind = DateToken::Number;
      std::size_t j = start;
      while (j < text.size() && text[j] >= '0' && text[j] <= '9') {
        if (t.value < 99999) t.value = t.value * 10 + (text[j] - '0');
        ++t.digits;
        ++j;
      }
      t.text.assign(text.substr(start, j - start));
      i = j;
    } else if (utf8::is_letter(c)) {
      t.kind = DateToken::Word;
      t.capitalized = utf8::is_upper(c);
      t.all_caps = true;
      std::size_t j = start;
      while (j < text.size()) {
        std::size_t k = j;
        char32_t d = utf8::next(text, k);
        if (!utf8::is_letter(d) && !utf8::is_mark(d)) break;
        if (utf8::is_letter(d) && !utf8::is_upper(d)) t.all_caps = false;
        char32_t l = utf8::to_lower(d);
        if (l == U'ё') l = U'е';
        utf8::append(t.text, l);
        j = k;
      }
      t.text = modern_spelling(t.text);  // "Маія", "годъ", "прошлаго" read as today's spelling
      i = j;
    } else {
      t.kind = DateToken::Mark;
      t.text.assign(text.substr(start, i - start));
    }
    t.end = i;
    out.push_back(std::move(t));
  }
  return out;
}

int roman_value(std::string_view word) {
  if (word.empty() || word.size() > 12) return 0;
  int total = 0, prev = 0;
  std::size_t i = word.size();
  while (i > 0) {
    char32_t c = utf8::prev(word, i);
    int v = 0;
    switch (c) {
      case 'I': v = 1; break;
      case 'V': v = 5; break;
      case 'X': case U'Х': v = 10; break;  // Latin X or Cyrillic Ха
      case 'L': v = 50; break;
      case 'C': v = 100; break;
      case 'D': v = 500; break;
      case 'M': v = 1000; break;
      default: return 0;
    }
    total += v < prev ? -v : v;
    prev = std::max(prev, v);
  }
  return total;
}

namespace {

using Tokens = std::vector<DateToken>;
constexpr std::size_t kNone = static_cast<std::size_t>(-1);

bool is_dash_text(const std::string& s) {
  return s == "-" || s == "\u2013" || s == "\u2014" || s == "\u2012" || s == "\u2010" || s == "\u2011";
}

struct Parser {
  const DateLexicon& lex;
  const Tokens& t;
  std::string_view text;

  bool word(std::size_t i) const { return i < t.size() && t[i].kind == DateToken::Word; }
  bool num(std::size_t i) const { return i < t.size() && t[i].kind == DateToken::Number; }
  bool mark(std::size_t i, std::string_view m) const {
    return i < t.size() && t[i].kind == DateToken::Mark && t[i].text == m;
  }
  bool dash(std::size_t i) const { return i < t.size() && t[i].kind == DateToken::Mark && is_dash_text(t[i].text); }
  bool attached(std::size_t i) const { return i < t.size() && !t[i].space_before; }

  // The word at i is in `set`, as written or as an abbreviation with its dot;
  // returns the index after it, or kNone.
  template <class Set>
  std::size_t in(const Set& set, std::size_t i) const {
    if (!word(i)) return kNone;
    if (mark(i + 1, ".") && attached(i + 1) && set.count(t[i].text + ".")) return i + 2;
    if (set.count(t[i].text)) return i + 1;
    return kNone;
  }
  // A sequence of words and marks ("с" "." "г" "."); returns the index after it.
  std::size_t sequence(std::size_t i, const std::vector<std::string>& seq) const {
    for (const auto& s : seq) {
      if (i >= t.size() || t[i].text != s) return kNone;
      if (t[i].kind == DateToken::Mark && s == "." && !attached(i)) return kNone;
      ++i;
    }
    return i;
  }
  std::size_t any_sequence(std::size_t i, const std::vector<std::vector<std::string>>& seqs) const {
    std::size_t best = kNone;
    for (const auto& s : seqs) {
      std::size_t e = sequence(i, s);
      if (e != kNone && (best == kNone || e > best)) best = e;
    }
    return best;
  }
  std::size_t skip_glue(std::size_t i) const {
    while (word(i) && lex.glue.count(t[i].text)) ++i;
    return i;
  }

  bool sentence_start(std::size_t i) const {
    while (i > 0 && t[i - 1].kind == DateToken::Mark &&
           (t[i - 1].text == "\u00ab" || t[i - 1].text == "\"" || t[i - 1].text == "\u201c" ||
            t[i - 1].text == "(" || t[i - 1].text == "\u201e" || t[i - 1].text == "'"))
      --i;
    if (i == 0) return true;
    const auto& p = t[i - 1];
    return p.kind == DateToken::Mark && (p.text == "." || p.text == "!" || p.text == "?" ||
                                         p.text == "\u2026" || p.text == ":" || is_dash_text(p.text));
  }

  // A number that stands alone: not part of 3.5, 1,500, 10:30 or 2-й.
  bool standalone_number(std::size_t i) const {
    if (i > 1 && attached(i) && t[i - 1].kind == DateToken::Mark &&
        (t[i - 1].text == "." || t[i - 1].text == "," || t[i - 1].text == ":" || t[i - 1].text == "/") &&
        num(i - 2) && attached(i - 1))
      return false;  // 3.5, 1,500, 10:30, 4/1187
    if (i > 1 && dash(i - 1) && attached(i - 1) == attached(i) && num(i - 2) && t[i - 2].digits != 4 &&
        t[i].digits == 4)
      return false;  // д. 1–1432, 555-1998: numbers, not years
    if (i > 0 && attached(i) && word(i - 1)) return false;  // "No35", "Б1932"
    if (attached(i + 1) && (mark(i + 1, ":") || mark(i + 1, ".") || mark(i + 1, ",") || mark(i + 1, "/")) &&
        num(i + 2) && attached(i + 2)) {
      const int v = t[i].value, w = t[i + 2].value;
      const bool split_year = mark(i + 1, "/") && t[i].digits == 4 && (w == v + 1 || w == (v + 1) % 100);
      if (!split_year) return false;  // 1946/47 is a winter
    }
    return true;
  }

  // The number at i follows a word such as "No.", "pp.", "ф.", "№".
  bool after_number_prefix(std::size_t i) const {
    if (i == 0) return false;
    std::size_t p = i - 1;
    if (t[p].kind == DateToken::Mark && (t[p].text == "\u2116" || t[p].text == "#" || t[p].text == "\u00a7"))
      return true;
    if (mark(p, ".") && p > 0) return word(p - 1) && (lex.number_prefixes.count(t[p - 1].text + ".") ||
                                                      lex.number_prefixes.count(t[p - 1].text));
    return word(p) && lex.number_prefixes.count(t[p].text);
  }

  // "1543. Following from ...": a number that opens the text with a full stop
  // is the number of a telegram, despatch or section, not a year.
  bool opens_numbered_text(std::size_t i) const {
    return i == 0 && num(i) && mark(i + 1, ".") && attached(i + 1) && i + 2 < t.size();
  }

  // --- components -------------------------------------------------------

  struct Read {
    int value = 0;
    std::size_t next = kNone;
    bool flag = false;  // year: with a year word; day: with an ordinal suffix
    bool is_short = false;
    int second = 0;     // year: the second of a split year
    std::size_t word = kNone;  // year: where its year word is
  };

  std::optional<Read> month(std::size_t i) const {
    if (!word(i)) return std::nullopt;
    std::size_t next = kNone;
    int m = 0;
    // "Aug." and, as older letters write it, "Aug:"
    if ((mark(i + 1, ".") || mark(i + 1, ":")) && attached(i + 1)) {
      auto it = lex.months.find(t[i].text + ".");
      if (it != lex.months.end()) m = it->second, next = i + 2;
    }
    if (!m) {
      auto it = lex.months.find(t[i].text);
      if (it != lex.months.end()) m = it->second, next = i + 1;
    }
    // "Mar 18th 1870", "Jan 5, 1865": an abbreviation without its dot, as older letters
    // write it, only before a day that is plainly one (an ordinal, or a year after it)
    if (!m) {
      auto it = lex.months.find(t[i].text + ".");
      if (it == lex.months.end() || !plain_day_after(i + 1)) return std::nullopt;
      m = it->second, next = i + 1;
    }
    if (lex.months_capitalized ? !t[i].capitalized
                               : (t[i].capitalized && !sentence_start(i) && !old_style_capital(i, next)))
      return std::nullopt;
    if (word(next) && lex.event_nouns.count(t[next].text)) return std::nullopt;
    return Read{m, next};
  }

  std::size_t year_word(std::size_t i) const { return in(lex.year_words, i); }

  bool day_number(std::size_t i) const {
    return num(i) && t[i].digits <= 2 && t[i].value >= 1 && t[i].value <= 31 && standalone_number(i);
  }
  // A day at i that is plainly one: with an ordinal suffix ("18th"), or followed by a year ("5, 1865").
  bool plain_day_after(std::size_t i) const {
    if (!day_number(i)) return false;
    if (word(i + 1) && attached(i + 1) && lex.ordinal_suffixes.count(t[i + 1].text)) return true;
    const std::size_t y = mark(i + 1, ",") ? i + 2 : i + 1;
    return num(y) && t[y].digits == 4 && !attached(y);
  }
  // A month written with a capital where the language writes it lower case, as older
  // datelines do ("18 Ноября 1850 г.", "Мая 29"): a month beside a day number.
  bool old_style_capital(std::size_t i, std::size_t next) const {
    return (i > 0 && day_number(i - 1) && t[i].space_before) || (day_number(next) && !attached(next));
  }

  std::optional<Read> year(std::size_t i) const {
    // "May 25 '87", "March 19th /64": a year of two digits after an apostrophe or a slash set apart
    // (its century comes from the context)
    if ((mark(i, "'") || mark(i, "\u2019") || (mark(i, "/") && !attached(i))) && num(i + 1) && attached(i + 1) && t[i + 1].digits == 2 &&
        !(word(i + 2) && attached(i + 2))) {
      Read r;
      r.value = t[i + 1].value;
      r.is_short = true;
      r.next = i + 2;
      return r;
    }
    if (!num(i) || !standalone_number(i)) return std::nullopt;
    Read r;
    r.value = t[i].value;
    std::size_t next = i + 1;
    // 1932-м (году): a year written as an ordinal
    bool ordinal = false;
    if (dash(next) && attached(next) && word(next + 1) && attached(next + 1) &&
        lex.year_ordinal_suffixes.count(t[next + 1].text) && t[i].digits == 4) {
      next += 2;
      ordinal = true;
    }
    // 1932/33
    if (mark(next, "/") && attached(next) && num(next + 1) && attached(next + 1)) {
      const int d = t[next + 1].digits, v = t[next + 1].value;
      const int second = d == 2 ? r.value / 100 * 100 + v : (d == 4 ? v : 0);
      if (second == r.value + 1) r.second = second, next += 2;
    }
    if (std::size_t w = year_word(next); w != kNone) {
      r.flag = true;
      r.word = next;
      next = w;
    }
    if (ordinal) r.flag = true;
    const int digits = t[i].digits;
    if (digits == 4 && r.value >= 1000 && r.value <= 2100) {
    } else if (r.flag && digits == 2 && in(lex.short_year_words, r.word) != kNone) {
      r.is_short = true;  // в 38 году (not "22 года", twenty-two years)
    } else if (r.flag && digits == 3) {
    } else {
      return std::nullopt;
    }
    r.next = next;
    return r;
  }

  std::optional<Read> day(std::size_t i) const {
    if (!num(i) || t[i].digits > 2 || t[i].value < 1 || t[i].value > 31 || !standalone_number(i))
      return std::nullopt;
    Read r{t[i].value, i + 1};
    if (word(i + 1) && attached(i + 1) && lex.ordinal_suffixes.count(t[i + 1].text)) {
      r.next = i + 2, r.flag = true;
    } else if (dash(i + 1) && attached(i + 1) && word(i + 2) && attached(i + 2) &&
               lex.ordinal_suffixes.count(t[i + 2].text)) {
      r.next = i + 3, r.flag = true;
    } else if (word(i + 1) && attached(i + 1)) {
      return std::nullopt;  // "5th" handled above; "5a" is not a day
    }
    return r;
  }

  // Past "дня" in "4го дня 1798 года": the index after a day noun at i, or i.
  std::size_t after_day_noun(std::size_t i) const {
    std::size_t w = in(lex.day_nouns, i);
    return w == kNone ? i : w;
  }

  std::optional<std::pair<PeriodPart, std::size_t>> part(std::size_t i) const {
    if (!word(i)) return std::nullopt;
    if (word(i + 1)) {
      auto it = lex.parts.find(t[i].text + " " + t[i + 1].text);
      if (it != lex.parts.end()) return std::make_pair(it->second, i + 2);
    }
    auto it = lex.parts.find(t[i].text);
    if (it != lex.parts.end()) return std::make_pair(it->second, i + 1);
    return std::nullopt;
  }

  // 1920-е, 1920-х годов, 1930s, 1930's, '30s
  std::optional<std::pair<DatePoint, std::size_t>> decade(std::size_t i) const {
    std::size_t n = i;
    bool apostrophe = false;
    if ((mark(i, "'") || mark(i, "\u2019")) && num(i + 1) && attached(i + 1) && t[i + 1].digits == 2) {
      n = i + 1;
      apostrophe = true;
    }
    if (!num(n) || t[n].value % 10 != 0 || (t[n].digits != 4 && t[n].digits != 2)) return std::nullopt;
    if (!apostrophe && !standalone_number(n)) return std::nullopt;
    std::size_t next = kNone;
    if (word(n + 1) && attached(n + 1) && lex.decade_suffixes.count(t[n + 1].text)) {
      next = n + 2;
    } else if ((mark(n + 1, "'") || mark(n + 1, "\u2019")) && attached(n + 1) && word(n + 2) &&
               attached(n + 2) && lex.decade_suffixes.count(t[n + 2].text)) {
      next = n + 3;
    } else if (dash(n + 1) && attached(n + 1) && word(n + 2) && attached(n + 2) &&
               lex.decade_suffixes.count(t[n + 2].text)) {
      next = n + 3;
    }
    if (next == kNone) return std::nullopt;
    if (word(next) && attached(next)) return std::nullopt;
    DatePoint p;
    p.decade = t[n].value;
    p.short_year = t[n].digits == 2;
    if (p.decade >= 100 && (p.decade < 1000 || p.decade > 2100)) return std::nullopt;
    const std::size_t w = year_word(next);
    // "20-е годы", the '30s; but "на 10-е" is the tenth of a month
    if (p.short_year && !apostrophe && w == kNone) return std::nullopt;
    if (w != kNone) next = w;
    return std::make_pair(p, next);
  }

  // XX век, XIX в., the 19th century, twentieth century, 20-го века
  std::optional<std::pair<DatePoint, std::size_t>> century(std::size_t i) const {
    int c = 0;
    std::size_t next = kNone;
    if (word(i) && t[i].all_caps) {
      std::string_view w(text.substr(t[i].begin, t[i].end - t[i].begin));
      c = roman_value(w);
      next = i + 1;
    } else if (word(i) && lex.ordinal_words.count(t[i].text)) {
      c = lex.ordinal_words.at(t[i].text);
      next = i + 1;
    } else if (num(i) && t[i].digits <= 2 && standalone_number(i)) {
      c = t[i].value;
      next = i + 1;
      if (word(next) && attached(next) && lex.year_ordinal_suffixes.count(t[next].text)) {
        next += 1;
      } else if (dash(next) && attached(next) && word(next + 1) && attached(next + 1) &&
                 lex.year_ordinal_suffixes.count(t[next + 1].text)) {
        next += 2;
      }
    }
    if (c < 1 || c > 21) return std::nullopt;
    if (dash(next) && attached(next) && attached(next + 1)) ++next;  // 19th-century
    std::size_t w = in(lex.century_words, next);
    if (w == kNone) return std::nullopt;
    DatePoint p;
    p.century = c;
    return std::make_pair(p, w);
  }

  // A month in Roman numerals, upper or lower case: III, viii.
  int roman_month(std::size_t i) const {
    if (!word(i)) return 0;
    std::string upper;
    for (char c : t[i].text) {
      if (c != 'i' && c != 'v' && c != 'x') return 0;
      upper += static_cast<char>(c - 'a' + 'A');
    }
    const int m = roman_value(upper);
    return m >= 1 && m <= 12 ? m : 0;
  }

  // 25.III (no year)
  std::optional<std::pair<DatePoint, std::size_t>> day_roman_month(std::size_t i) const {
    if (!num(i) || t[i].digits > 2 || t[i].value < 1 || t[i].value > 31) return std::nullopt;
    if (!(mark(i + 1, ".") || mark(i + 1, "/")) || !attached(i + 1) || !attached(i + 2)) return std::nullopt;
    const int m = roman_month(i + 2);
    if (!m || (i > 0 && attached(i) && (num(i - 1) || word(i - 1)))) return std::nullopt;
    std::size_t next = i + 3;
    if (attached(next) && (num(next) || word(next))) return std::nullopt;
    if ((mark(next, ".") || mark(next, "-") || mark(next, "/")) && attached(next) && num(next + 1) && attached(next + 1))
      return std::nullopt;  // with a year: numeric()
    DatePoint p;
    p.day = t[i].value;
    p.month = m;
    return std::make_pair(p, next);
  }

  // 21.10.1929, 02.07.37, 5/III-38, 12.III.54, 1929-10-21
  std::optional<std::pair<DatePoint, std::size_t>> numeric(std::size_t i) const {
    if (!num(i) || !attached(i + 1) || !attached(i + 2) || !attached(i + 3) || !attached(i + 4)) return std::nullopt;
    if (i + 4 >= t.size() || t[i + 1].kind != DateToken::Mark || t[i + 3].kind != DateToken::Mark ||
        !num(i + 4))
      return std::nullopt;
    if (i > 0 && attached(i) && (num(i - 1) || word(i - 1) || mark(i - 1, ".") || mark(i - 1, "/")))
      return std::nullopt;
    const std::string& s1 = t[i + 1].text;
    const std::string& s2 = t[i + 3].text;
    DatePoint p;
    if (t[i].digits == 4 && s1 == "-" && s2 == "-" && num(i + 2) && t[i + 2].digits == 2 &&
        t[i + 4].digits == 2) {
      p.year = t[i].value, p.month = t[i + 2].value, p.day = t[i + 4].value;
    } else {
      if (t[i].digits > 2) return std::nullopt;
      int m = 0;
      bool roman = false;
      if (num(i + 2) && t[i + 2].digits <= 2) {
        m = t[i + 2].value;
      } else if (word(i + 2)) {
        m = roman_month(i + 2);
        roman = true;
      }
      if (m < 1) return std::nullopt;
      const bool seps_ok = roman ? ((s1 == "." || s1 == "/") && (s2 == "." || s2 == "-" || s2 == "/"))
                                 : ((s1 == "." || s1 == "/") && s2 == s1);
      if (!seps_ok) return std::nullopt;
      const int yd = t[i + 4].digits;
      if (yd != 2 && yd != 4) return std::nullopt;
      p.year = t[i + 4].value;
      p.short_year = yd == 2;
      const int n1 = t[i].value;
      if (!roman && s1 == "/") {
        // 21/10/1929, 10/21/1929, and 3/4/42, which the document's habits decide
        if (n1 > 12 && m <= 12) p.day = n1, p.month = m;
        else if (m > 12 && n1 <= 12) p.month = n1, p.day = m;
        else if (n1 <= 12 && m <= 12) {
          p.month_first = lex.slash_month_first;
          if (p.month_first) p.month = n1, p.day = m;
          else p.day = n1, p.month = m;
          p.day_month_ambiguous = n1 != m;
        } else {
          return std::nullopt;
        }
      } else {
        p.day = n1, p.month = m;
      }
    }
    if (p.month < 1 || p.month > 12 || p.day < 1 || p.day > 31) return std::nullopt;
    std::size_t next = i + 5;
    if (attached(next) && (num(next) || word(next))) return std::nullopt;
    if (attached(next) && (mark(next, ".") || mark(next, "/")) && num(next + 1) && attached(next + 1))
      return std::nullopt;  // a longer number: 1.2.3.4
    if (std::size_t w = year_word(next); w != kNone) next = w;
    return std::make_pair(p, next);
  }

  // "of this year", "с. г.", "того же года", "ultimo", "прошлого года", "last"
  // after a point without a year: the longest that is written.
  std::size_t year_reference(std::size_t i, DatePoint& p) const {
    const std::pair<const std::vector<std::vector<std::string>>*, YearSource> refs[] = {
        {&lex.this_year, YearSource::ThisYear},   {&lex.same_year, YearSource::SameYear},
        {&lex.this_month, YearSource::ThisMonth}, {&lex.last_month, YearSource::LastMonth},
        {&lex.next_month, YearSource::NextMonth}, {&lex.last_year, YearSource::LastYear},
        {&lex.next_year, YearSource::NextYear},   {&lex.last_occurrence, YearSource::LastOccurrence},
        {&lex.same_month, YearSource::SameMonth}};
    std::size_t best = kNone;
    YearSource found = YearSource::Written;
    for (const auto& [seqs, source] : refs) {
      const std::size_t e = any_sequence(i, *seqs);
      if (e != kNone && (best == kNone || e > best)) best = e, found = source;
    }
    // "the 3rd instant" names no month: only a reference to a month completes it
    if (best == kNone || (p.day && !p.month && !month_reference(found))) return kNone;
    p.year_source = found;
    return best;
  }
  static bool month_reference(YearSource s) {
    return s == YearSource::ThisMonth || s == YearSource::LastMonth || s == YearSource::NextMonth ||
           s == YearSource::SameMonth;
  }

  // "May 2/15, 1917", "2/15 мая 1917 г.", "August 19/September 1": the Old
  // Style day, a slash, the New Style day, 10 to 13 days later (the
  // calendars' difference from 1582 to 2100).
  std::optional<std::pair<DatePoint, std::size_t>> dual(std::size_t i) const {
    DatePoint p;
    std::size_t k = i;
    auto day_at = [&](std::size_t j) { return num(j) && t[j].digits <= 2 && t[j].value >= 1 && t[j].value <= 31; };
    auto slash = [&](std::size_t j) { return mark(j, "/") && attached(j) && attached(j + 1); };
    if (lex.month_before_day) {  // May 2/15, August 19/September 1
      auto m1 = month(k);
      if (!m1 || !day_at(m1->next) || !slash(m1->next + 1)) return std::nullopt;
      p.old_month = m1->value, p.old_day = t[m1->next].value;
      k = m1->next + 2;
      if (auto m2 = month(k); m2 && day_at(m2->next)) p.month = m2->value, k = m2->next;
      else p.month = p.old_month;
      if (!day_at(k)) return std::nullopt;
      p.day = t[k].value;
      k += 1;
    } else {  // 2/15 мая, 19 августа/1 сентября
      if (!day_at(k) || (k > 0 && attached(k) && (num(k - 1) || word(k - 1)))) return std::nullopt;
      p.old_day = t[k].value;
      k += 1;
      if (auto m1 = month(k)) p.old_month = m1->value, k = m1->next;
      if (!slash(k) || !day_at(k + 1)) return std::nullopt;
      p.day = t[k + 1].value;
      auto m2 = month(k + 2);
      if (!m2) return std::nullopt;
      p.month = m2->value;
      if (!p.old_month) p.old_month = p.month;
      k = m2->next;
    }
    const int gap = (p.month - p.old_month) * 31 + p.day - p.old_day;  // within a month or across one
    const int gap_days = p.month == p.old_month ? gap : p.day + days_in_old_month(p.old_month) - p.old_day;
    if (gap_days < 10 || gap_days > 13 || gap < 0 || (p.month != p.old_month && p.month != p.old_month % 12 + 1))
      return std::nullopt;
    p.month_first = lex.month_before_day;
    bool bare_year = false;
    if (std::size_t e = year_after(k, p, true, bare_year); e != kNone) k = e;
    return std::make_pair(p, k);
  }
  static int days_in_old_month(int month) {
    static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return days[month - 1];
  }

  // "June 13 and 17, 1890", "Nov. 2, 9 and 23, 1917": the days after a month's
  // first day (at k, after it) that share the year written after the last.
  struct SharedDays {
    std::vector<std::size_t> days;  // the tokens of the days
    Read year;                      // its next: the end of the last
  };
  std::optional<SharedDays> shared_days(std::size_t k) const {
    SharedDays s;
    while (true) {
      std::size_t j = mark(k, ",") ? k + 1 : k;
      if (word(j) && (lex.conjunctions.count(t[j].text) || lex.alternatives.count(t[j].text))) ++j;
      auto d = j != k ? day(j) : std::nullopt;
      if (!d) break;
      s.days.push_back(j);
      k = d->next;
    }
    auto y = s.days.empty() ? std::nullopt : year(mark(k, ",") ? k + 1 : k);
    if (!y || y->is_short) return std::nullopt;
    s.year = *y;
    return s;
  }

  // --- a point --------------------------------------------------------

  struct Found {
    DatePoint p;
    std::size_t next = kNone;
    bool bare = false;  // a month, day or season alone: a date only where one is expected
    bool bare_year = false;  // a year without a year word
  };

  // The year after a month or season: "1933", ", 1929", "of 1933".
  std::size_t year_after(std::size_t i, DatePoint& p, bool allow_comma, bool& bare_year) const {
    std::size_t j = i;
    // "March 19th /64": two digits after a slash, that cannot be a day or stand apart from it
    if (allow_comma && mark(j, "/") && num(j + 1) && attached(j + 1) && t[j + 1].digits == 2 &&
        (t[j].space_before || t[j + 1].value > 31) && !(attached(j + 2) && (num(j + 2) || word(j + 2) || mark(j + 2, "/")))) {
      p.year = t[j + 1].value;
      p.short_year = true;
      bare_year = false;
      return j + 2;
    }
    if (allow_comma && mark(j, ",")) ++j;
    j = skip_glue(j);
    if (auto y = year(j)) {
      p.year = y->value;
      p.short_year = y->is_short;
      p.year2 = y->second;
      bare_year = !y->flag;
      return y->next;
    }
    return kNone;
  }

  std::optional<Found> core(std::size_t i) const {
    if (auto n = numeric(i)) return Found{n->first, n->second};
    if (auto n = dual(i)) return Found{n->first, n->second};
    if (auto n = day_roman_month(i)) return Found{n->first, n->second};
    Found f;
    // day [of] month [[,] year]
    if (auto d = day(i)) {
      std::size_t j = skip_glue(after_day_noun(d->next));
      if (auto m = month(j)) {
        f.p.day = d->value, f.p.month = m->value;
        f.next = m->next;
        bool bare_year = false;
        if (std::size_t e = year_after(m->next, f.p, true, bare_year); e != kNone) f.next = e;
        else if (std::size_t e2 = year_reference(m->next, f.p); e2 != kNone) f.next = e2;
        return f;
      }
    }
    if (auto m = month(i)) {
      // month day [, year]; "Ноября 18" where months are lower case but this one is written old style
      // or "марта 18 дня", where the day noun says the number is the day
      auto d = day(m->next);
      const bool noun = d && after_day_noun(d->next) != d->next;
      if (lex.month_before_day || (t[i].capitalized && !lex.months_capitalized) || noun) {
        if (d) {
          f.p.month = m->value, f.p.day = d->value;
          f.p.month_first = true;
          f.next = d->next = after_day_noun(d->next);
          bool bare_year = false;
          if (std::size_t e = year_after(d->next, f.p, true, bare_year); e != kNone) f.next = e;
          else if (std::size_t e2 = year_reference(d->next, f.p); e2 != kNone) f.next = e2;
          else if (auto shared = shared_days(d->next)) f.p.year = shared->year.value;  // June 13 and 17, 1890
          return f;
        }
      }
      // month [,|of] year
      f.p.month = m->value;
      bool bare_year = false;
      if (std::size_t e = year_after(m->next, f.p, true, bare_year); e != kNone) {
        f.next = e;
        return f;
      }
      if (std::size_t e = year_reference(m->next, f.p); e != kNone) {
        f.next = e;
        return f;
      }
      f.next = m->next;
      f.bare = true;
      return f;
    }
    if (auto d = decade(i)) return Found{d->first, d->second};
    if (auto c = century(i)) return Found{c->first, c->second};
    if (auto y = year(i)) {
      f.p.year = y->value;
      f.p.short_year = y->is_short;
      f.p.year2 = y->second;
      f.next = y->next;
      f.bare_year = !y->flag;
      return f;
    }
    // a day alone: "the 15th", "20-го числа"
    if (auto d = day(i)) {
      std::size_t next = d->next;
      std::size_t w = in(lex.day_words, next);
      if (!d->flag && w == kNone) return std::nullopt;
      f.p.day = d->value;
      f.next = w != kNone ? w : next;
      f.bare = w == kNone;
      // the 29th ultimo, the 3rd instant, 29-го прошлого месяца
      if (std::size_t r = year_reference(skip_glue(f.next), f.p); r != kNone) f.next = r, f.bare = false;
      return f;
    }
    return std::nullopt;
  }

  std::optional<Found> point(std::size_t i) const {
    // part of a period: в начале 1928 года, the beginning of October 1932, mid-1930s
    std::size_t after_part = kNone;
    PeriodPart pp = PeriodPart::None;
    if (auto pr = part(i)) {
      pp = pr->first;
      after_part = pr->second;
      if (dash(after_part) && attached(after_part) && attached(after_part + 1)) ++after_part;  // mid-June
      after_part = skip_glue(after_part);
    } else if (word(i) && lex.part_prefixes.count(t[i].text) && dash(i + 1) && attached(i + 1) &&
               attached(i + 2)) {
      pp = lex.parts.count(t[i].text) ? lex.parts.at(t[i].text) : PeriodPart::Mid;
      after_part = i + 2;
    }
    if (after_part != kNone) {
      if (auto c = core(after_part)) {
        const DatePoint& q = c->p;
        const bool period = (q.month && !q.day) || (q.year && !q.month) || q.decade || q.century;
        if (period) {
          Found f = *c;
          f.p.part = pp;
          f.bare = false;
          f.bare_year = false;
          return f;
        }
      }
      return std::nullopt;
    }
    // a season: осенью 1932 года, the spring of 1933, winter 1946/47
    if (word(i) && lex.seasons.count(t[i].text)) {
      Found f;
      f.p.season = lex.seasons.at(t[i].text);
      bool bare_year = false;
      if (std::size_t e = year_after(i + 1, f.p, false, bare_year); e != kNone) {
        f.next = e;
        return f;
      }
      if (std::size_t e = year_reference(i + 1, f.p); e != kNone) {
        f.next = e;
        return f;
      }
      f.next = i + 1;
      f.bare = true;
      return f;
    }
    return core(i);
  }

  // A point that is a date by itself (not only inside a range).
  bool stands_alone(const Found& f, std::size_t i) const {
    const DatePoint& p = f.p;
    if (f.bare_year) {
      if (after_number_prefix(i) || opens_numbered_text(i)) return false;
      if (word(f.next) && lex.units.count(t[f.next].text)) return false;
      if (clock_time(i, f.next)) return false;
      if (p.year2) return true;  // 1925/26 учебный год
      // a Russian year without "год" is followed by punctuation or a conjunction, not by a noun (1114 больных)
      if (!lex.bare_year_followers.empty() && word(f.next) && !t[f.next].capitalized &&
          !lex.bare_year_followers.count(t[f.next].text))
        return false;
      if (dash(f.next) && attached(f.next) && word(f.next + 1) && lex.units.count(t[f.next + 1].text))
        return false;  // a 1000-year history
      return true;
    }
    if (!f.bare) return true;
    // a bare month or day is a date after an anchor word (в июле, in August, on the 15th)
    std::size_t a = i;
    while (a > 0 && word(a - 1) && lex.glue.count(t[a - 1].text)) --a;
    const bool anchored = a > 0 && word(a - 1) && lex.anchors.count(t[a - 1].text);
    if (p.season != Season::None) return false;
    if (p.month) return anchored;
    if (p.day) {
      // a diary's or log's entry: "14-го." "12th," at the start of a paragraph
      const bool entry = i == 0 && f.next < t.size() && (mark(f.next, ".") || mark(f.next, ",")) &&
                         (t[i].kind == DateToken::Number);
      if (entry) return true;
      if (!anchored) return false;
      if (f.next >= t.size()) return true;
      if (t[f.next].kind == DateToken::Mark) return !dash(f.next) || !attached(f.next);
      // "on the 15th he left", not "the 15th Congress", "by the 20th century"
      // "the 15th Hussars": a capitalized word after it is a name, except "I"
      if (t[f.next].capitalized && t[f.next].text != "i") return false;
      return word(f.next) && !lex.ordinal_nouns.count(t[f.next].text);
    }
    return false;
  }

  // "0800 to 1600", "1600 to midnight", "1600 hours": a time of day.
  bool clock_time(std::size_t i, std::size_t next) const {
    auto joiner_word = [&](std::size_t k) { return dash(k) || (word(k) && lex.range_joiners.count(t[k].text)); };
    if (i > 1 && joiner_word(i - 1) && num(i - 2) && t[i - 2].digits == 4 && t[i - 2].text[0] == '0') return true;
    if (joiner_word(next) && num(next + 1) && t[next + 1].digits == 4 && t[next + 1].text[0] == '0') return true;
    if (joiner_word(next) && word(next + 1) && lex.clock_words.count(t[next + 1].text)) return true;
    return word(next) && lex.clock_words.count(t[next].text);
  }

  // --- a date ---------------------------------------------------------

  std::size_t joiner(std::size_t i, const std::string& opener, bool& alternative, bool& conjunction) const {
    alternative = conjunction = false;
    if (!opener.empty()) {
      auto oj = lex.opener_joiner.find(opener);
      if (oj != lex.opener_joiner.end()) return word(i) && t[i].text == oj->second ? i + 1 : kNone;
      if (dash(i)) return dash(i + 1) && attached(i + 1) ? i + 2 : i + 1;
      if (word(i) && lex.range_joiners.count(t[i].text)) return i + 1;
      return kNone;
    }
    if (dash(i)) {
      // "1930-1932" or "1930 - 1932", not "1930 -1932"; "1933--1940" typed with two hyphens
      const std::size_t last = dash(i + 1) && attached(i + 1) ? i + 1 : i;
      if (attached(i) != attached(last + 1)) return kNone;
      return last + 1;
    }
    if (word(i) && lex.alternatives.count(t[i].text)) {
      alternative = true;
      return i + 1;
    }
    if (word(i) && lex.conjunctions.count(t[i].text)) {
      conjunction = true;
      return i + 1;
    }
    return kNone;
  }

  static bool plain_year(const DatePoint& p) {
    return p.year && !p.month && !p.day && !p.year2 && p.season == Season::None && p.part == PeriodPart::None;
  }

  // The second end of a range borrows what the first leaves out and back.
  static bool complete_range(DatePoint& a, DatePoint& b) {
    const bool wraps = a.month && b.month && a.month > b.month && !a.has_year();  // с ноября по март 1920 года
    if (b.short_year && b.year < 100 && a.year >= 100) {
      b.year = a.year / 100 * 100 + b.year;
      b.short_year = false;
      if (b.year < a.year) return false;
    }
    if (!a.has_year() && b.year) {
      a.year = wraps ? b.year - 1 : b.year;
      a.short_year = b.short_year;
      if (a.year_source == YearSource::Written) a.year_source = b.year_source;
      if (a.day && !a.month) a.month = b.month;
    } else if (!a.has_year() && !b.has_year()) {
      a.year_source = b.year_source;
      if (a.day && !a.month) a.month = b.month;
    }
    if (!b.has_year() && a.year && !b.decade && !b.century) {
      b.year = a.year;
      b.short_year = a.short_year;
    }
    if (a.day && !a.month && !b.month) return false;
    return true;
  }

  // The date that starts at token i: a range ([opener] point joiner point)
  // or one point.
  std::optional<DateMatch> date_at(std::size_t i) const {
    std::string opener;
    std::size_t j = i;
    if (std::size_t o = in(lex.range_openers, i); o != kNone && o < t.size()) {
      opener = t[i].text;
      j = skip_glue(o);
    }
    const std::size_t begin = t[opener.empty() ? j : i].begin;
    auto p1 = point(j);
    if (p1) {
      if (auto r = range_from(*p1, false, begin, j, opener)) return r;
    }
    if (!p1 || p1->bare || !p1->p.has_year()) {
      if (auto incomplete = incomplete_end(j)) {
        if (auto r = range_from(*incomplete, true, begin, j, opener)) return r;
      }
    }
    if (!p1 || !stands_alone(*p1, j)) return std::nullopt;
    return single(*p1, j);
  }

  // An incomplete first end of a range at token j: the day of "5–7 октября",
  // the century of "XIX–XX вв.", the decade of "20–30-е годы" (read as a day).
  std::optional<Found> incomplete_end(std::size_t j) const {
    if (!num(j) && !(word(j) && t[j].all_caps)) return std::nullopt;
    Found f;
    f.next = j + 1;
    if (num(j)) f.p.day = t[j].value; else f.p.century = roman_value(text.substr(t[j].begin, t[j].end - t[j].begin));
    if (!f.p.day && !f.p.century) return std::nullopt;
    return f;
  }

  // A range whose first end is `first` (at token j; the match starts at byte
  // `begin`, its opener's), or nothing when no second end follows that makes one.
  std::optional<DateMatch> range_from(const Found& first, bool is_incomplete, std::size_t begin, std::size_t j,
                                      const std::string& opener) const {
    bool alt = false, conj = false;
    std::size_t k = joiner(first.next, opener, alt, conj);
    if (k == kNone) return std::nullopt;
    // "spring and summer of 1927" and "in 1937 and 1938" (two years in a row) are one period;
    // "1930 and 1932", "10 июля и 25 августа" are two dates
    const bool year_pair = conj && plain_year(first.p) && num(k) && t[k].value == first.p.year + 1;
    if (conj && first.p.has_year() && !year_pair) return std::nullopt;
    k = skip_glue(k);
    auto p2 = point(k);
    DatePoint a = first.p, b;
    DateMatch m;
    m.begin = begin;
    // 1930-32, 1884–5: the second year's last digits
    if (!p2 && num(k) && t[k].digits <= 2 && attached(k) && first.p.year && !first.p.month && !is_incomplete &&
        !(attached(k + 1) && (num(k + 1) || word(k + 1) || mark(k + 1, "/") || (mark(k + 1, ".") && num(k + 2))))) {
      const int scale = t[k].digits == 2 ? 100 : 10;
      b.year = first.p.year / scale * scale + t[k].value;
      std::size_t e = k + 1;
      if (std::size_t w = year_word(e); w != kNone) e = w;
      if (b.year <= first.p.year) return std::nullopt;
      m.end = t[e - 1].end;
      m.first = a;
      m.last = b;
      return m;
    }
    // "November 28–30, 1917": the second day of the first's month
    if (!p2 && !conj && !alt && first.p.month_first && first.p.day && !first.p.has_year() && day_number(k) &&
        t[k].value > first.p.day && !(attached(k + 1) && (word(k + 1) || num(k + 1)))) {
      Found second;
      second.p.month = first.p.month, second.p.day = t[k].value;
      bool bare_year = false;
      const std::size_t e = year_after(k + 1, second.p, true, bare_year);
      second.next = e != kNone ? e : k + 1;
      p2 = second;
    }
    if (!p2) return std::nullopt;
    b = p2->p;
    if (is_incomplete && !complete_first_end(a, b)) return std::nullopt;
    if (year_pair && (!(plain_year(b) && b.year == a.year + 1) || (p2->bare_year && !stands_alone(*p2, k))))
      return std::nullopt;
    if (conj && !year_pair &&
        (!(a.season != Season::None || a.month) || !(b.season != Season::None || b.month) || !b.has_year() ||
         a.day || b.day))
      return std::nullopt;
    if (alt && p2->bare_year != first.bare_year) return std::nullopt;
    if (!complete_range(a, b)) return std::nullopt;
    m.end = t[p2->next - 1].end;
    m.first = a;
    m.last = b;
    m.bracket = alt;
    // two bare ends ("May or June") need an anchor, like a bare month
    if (first.bare && p2->bare && !stands_alone(first, j)) return std::nullopt;
    return m;
  }

  // Reads an incomplete first end `a` by the second `b`: a century before
  // b's, a decade before b's (20–30-е годы, 1920–1930-х), a day before b's
  // in its month (5–7 октября). False when it cannot be.
  static bool complete_first_end(DatePoint& a, const DatePoint& b) {
    if (a.century) return b.century && a.century < b.century;
    if (b.decade) {
      if (a.day % 10 != 0 || (b.short_year ? a.day >= 100 : a.day < 1000)) return false;
      a.decade = a.day;
      a.short_year = b.short_year;
      a.day = 0;
      return a.decade < b.decade;
    }
    return b.day && b.month && a.day <= 31 && a.day < b.day;
  }

  // One point at token j as a date, weak when nothing says a bare year is one.
  DateMatch single(const Found& p1, std::size_t j) const {
    DateMatch m;
    m.begin = t[j].begin;
    std::size_t end = p1.next;
    m.end = t[end - 1].end;
    m.first = p1.p;
    // "in 1917", "of 1783", "the year 1906" say it is a year, and so do a citation's
    // "(Pravda, 1932)" and "(1919)"
    const bool anchored = (j > 0 && word(j - 1) && lex.anchors.count(t[j - 1].text) &&
                           !lex.conjunctions.count(t[j - 1].text) && !lex.alternatives.count(t[j - 1].text)) ||
                          (j > 1 && mark(j - 1, ".") && word(j - 2) && lex.anchors.count(t[j - 2].text + "."));
    const bool cited = j > 0 && (mark(j - 1, ",") || mark(j - 1, "(") || mark(end, ")"));
    m.weak = p1.bare_year && !p1.p.year2 && !anchored && !cited;
    return m;
  }

  CalendarMark calendar_after(std::size_t i) const {
    std::size_t j = i;
    if (mark(j, "(") || mark(j, "[")) ++j;
    if (any_sequence(j, lex.old_style) != kNone) return CalendarMark::Julian;
    if (any_sequence(j, lex.new_style) != kNone) return CalendarMark::Gregorian;
    return CalendarMark::None;
  }

  bool inside_name(std::size_t i) const {
    std::size_t p = i;
    while (p > 0 && t[p - 1].kind == DateToken::Mark && (t[p - 1].text == "." || t[p - 1].text == "\u00ab"))
      --p;
    return p > 0 && word(p - 1) && lex.name_heads.count(t[p - 1].text);
  }
};

std::size_t token_at(const Tokens& t, std::size_t byte) {
  auto it = std::lower_bound(t.begin(), t.end(), byte, [](const DateToken& a, std::size_t b) { return a.begin < b; });
  return static_cast<std::size_t>(it - t.begin());
}

}  // namespace

DateGrammar::DateGrammar(DateLexicon lexicon) : lex_(std::move(lexicon)) {}

std::vector<DateMatch> DateGrammar::find(std::string_view text) const {
  return find(text, date_tokens(text));
}

std::vector<DateMatch> DateGrammar::find(std::string_view text, const std::vector<DateToken>& tokens) const {
  Parser p{lex_, tokens, text};
  std::vector<DateMatch> out;
  std::size_t i = 0;
  while (i < tokens.size()) {
    const auto& tk = tokens[i];
    const bool may_start = tk.kind != DateToken::Mark || tk.text == "'" || tk.text == "\u2019";
    std::optional<DateMatch> m;
    if (may_start) m = p.date_at(i);
    if (m) {
      const std::size_t first = token_at(tokens, m->begin);
      // "ф. 17", "pp. 242-266", but not "Н. Ф. 13.III.57": a date with its month is no archival number
      const bool numbered = tokens[first].kind == DateToken::Number && !m->first.month && p.after_number_prefix(first);
      if (p.inside_name(first) || numbered) {
        m.reset();
      }
    }
    if (!m) {
      ++i;
      continue;
    }
    std::size_t next = token_at(tokens, m->end);
    m->calendar = p.calendar_after(next);
    if (auto shared = m->first.month_first && m->first.day && !m->last ? p.shared_days(next) : std::nullopt) {
      out.push_back(*m);
      for (std::size_t d : shared->days) {
        DateMatch day = *m;
        day.begin = tokens[d].begin;
        day.end = d == shared->days.back() ? tokens[shared->year.next - 1].end : tokens[d].end;
        day.first.day = tokens[d].value;
        out.push_back(day);
      }
      i = shared->year.next;
      continue;
    }
    // "the treaties of 1783 and 1794": a year joined to a year that is one is one too
    const std::size_t first = token_at(tokens, m->begin);
    if (m->weak && !out.empty() && !out.back().weak && out.back().first.year && first >= 2 &&
        tokens[first - 2].end == out.back().end && p.word(first - 1) &&
        (lex_.conjunctions.count(tokens[first - 1].text) || lex_.alternatives.count(tokens[first - 1].text)))
      m->weak = false;
    out.push_back(*m);
    i = std::max(next, i + 1);
  }
  return out;
}

namespace {

// The hour of "4 p.m.", "11 ч. вечера", "12 midnight" on a 24-hour clock; -1 when impossible.
int clock_hour(int hour, int half) {
  if (half < 0) return hour > 12 ? -1 : (hour < 6 ? hour : (hour == 12 ? 0 : hour + 12));  // ночи
  if (hour > 12) return half == 0 && hour < 24 ? hour : -1;
  if (half == 12) return hour == 12 ? 12 : hour + 12;
  return hour == 12 ? 0 : hour;
}

}  // namespace

std::optional<TimeOfDay> DateGrammar::time_after(std::string_view text, std::size_t end) const {
  const std::string_view rest = text.substr(end);
  const Tokens t = date_tokens(rest);
  const Parser p{lex_, t, rest};
  std::size_t i = 0;
  if (p.mark(i, ",")) ++i;
  while (p.dash(i)) ++i;
  if (p.word(i) && (t[i].text == "at" || t[i].text == "в")) ++i;
  auto done = [&](int hour, int minute, std::size_t last) -> std::optional<TimeOfDay> {
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59) return std::nullopt;
    return TimeOfDay{hour, minute, end + t[last].end};
  };
  auto named = [&](std::size_t k) { return p.word(k) && lex_.named_times.count(t[k].text); };
  if (named(i)) return done(lex_.named_times.at(t[i].text), 0, i);
  if (!p.num(i) || t[i].digits > 2) return std::nullopt;
  const int hour = t[i].value;
  int minute = 0;
  std::size_t k = i + 1;
  bool clock = false;  // 1:55, 11.45
  if ((p.mark(k, ":") || p.mark(k, ".")) && p.attached(k) && p.num(k + 1) && p.attached(k + 1) && t[k + 1].digits == 2)
    minute = t[k + 1].value, k += 2, clock = true;
  if (named(k)) return done(lex_.named_times.at(t[k].text), 0, k);  // 12 noon
  std::size_t last = k - 1;
  bool hour_word = false;
  if (std::size_t h = p.in(lex_.hour_words, k); h != kNone) {
    hour_word = true, last = h - 1, k = h;
    // 11 ч. 45 м., 11 час. 45 мин.
    if (p.num(k) && t[k].digits <= 2 && p.word(k + 1) && (t[k + 1].text == "м" || t[k + 1].text == "мин"))
      minute = t[k].value, k += p.mark(k + 2, ".") ? 3 : 2, last = k - 1;
  } else if (p.word(k) && t[k].text == "o" && p.word(k + 2) && t[k + 2].text == "clock") {
    hour_word = true, last = k + 2, k += 3;
  }
  // a.m., p.m., am, pm; утра, вечера
  std::string half;
  std::size_t after_half = k;
  if (p.word(k) && (t[k].text == "a" || t[k].text == "p") && p.mark(k + 1, ".") && p.word(k + 2) &&
      t[k + 2].text == "m") {
    half = t[k].text + "m";
    after_half = p.mark(k + 3, ".") ? k + 4 : k + 3;
  } else if (p.word(k) && lex_.day_halves.count(t[k].text)) {
    half = t[k].text;
    after_half = k + 1;
  }
  if (!half.empty()) return done(clock_hour(hour, lex_.day_halves.at(half)), minute, after_half - 1);
  if (hour_word || (clock && !p.num(k))) return done(hour, minute, last);
  return std::nullopt;
}

bool DateGrammar::future_sentence(std::string_view text, std::size_t begin, std::size_t end) const {
  auto boundary = [&](std::size_t k) {
    return (text[k] == '.' || text[k] == '!' || text[k] == '?' || text[k] == ';') && k + 1 < text.size() &&
           text[k + 1] == ' ';
  };
  std::size_t b = begin;
  while (b > 0 && !boundary(b - 1)) --b;
  std::size_t e = end;
  while (e < text.size() && !boundary(e)) ++e;
  for (const auto& tok : date_tokens(text.substr(b, e - b)))
    if (tok.kind == DateToken::Word && lex_.future_words.count(tok.text)) return true;
  return false;
}

const DateGrammar* date_grammar(std::string_view language) {
  static const DateGrammar ru(russian_date_lexicon());
  static const DateGrammar en(english_date_lexicon());
  const std::string_view primary = language.substr(0, language.find('-'));
  if (primary == "ru") return &ru;
  if (primary == "en") return &en;
  return nullptr;
}

}  // namespace editio
