#pragma once
// Dates in running text: what a calendar expression is made of, and the
// grammar that finds one. The grammar is shared; each language supplies its
// words (a DateLexicon: months in all their forms, seasons, parts of a
// period, year words, the words that open and join a range, and the words
// that say a number is not a date). Adding a language means writing its
// lexicon (lang/dates_<lang>.cpp) and registering it in date_grammar().
#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace editio {

// A piece of text as the date grammar sees it: a word, a run of digits, or one
// other character ("." "," "-" "/" ...). Words are compared lower-cased, with
// "ё" read as "е".
struct DateToken {
  enum Kind : std::uint8_t { Word, Number, Mark };
  Kind kind = Mark;
  std::size_t begin = 0, end = 0;  // bytes in the text
  std::string text;                // lower-cased word, digits, or the character
  bool space_before = false;       // white space between this token and the previous one
  bool capitalized = false;        // words: the first letter is upper case
  bool all_caps = false;           // words: every letter is upper case
  int value = 0;                   // numbers: the value (capped at 99999)
  int digits = 0;                  // numbers: how many digits were written
};
std::vector<DateToken> date_tokens(std::string_view text);

enum class PeriodPart : std::uint8_t { None, Early, Mid, Late, FirstHalf, SecondHalf };
enum class Season : std::uint8_t { None, Spring, Summer, Autumn, Winter };
// Where a year that is not written comes from: the narrative (April 16), the
// document's own date ("of this year", "с. г."), or the year just named
// ("того же года"). The references to the document's date: its month
// ("the 3rd instant", "сего месяца"), the month before or after it ("the 29th
// ultimo", "прошлого месяца", "proximo"), the year before or after it ("last
// year", "прошлого года", "будущего года"), and the latest such day on or
// before it ("17th November last"); and the month just named ("the 21st of
// the same month", "того же месяца").
enum class YearSource : std::uint8_t {
  Written, ThisYear, SameYear, ThisMonth, LastMonth, NextMonth, LastYear, NextYear, LastOccurrence, SameMonth
};
// A time of day written after a date (in a dateline): hours and minutes.
struct TimeOfDay {
  int hour = 0, minute = 0;
  std::size_t end = 0;  // bytes in the text: where the time ends
};
enum class CalendarMark : std::uint8_t { None, Julian, Gregorian };

// One calendar expression as written: the components it names, before the
// context fills in what it leaves out. 0 means "not written".
struct DatePoint {
  int year = 0;
  bool short_year = false;  // written with two digits ("5/III-38")
  int year2 = 0;            // a split year: winter 1932/33 -> 1933
  int month = 0;
  int day = 0;
  bool day_month_ambiguous = false;  // "3/4/42": day and month may be swapped
  bool month_first = false;          // written "October 21" rather than "21 October"
  int decade = 0;           // the first year: 1930 for "the 1930s" (30 with short_year)
  int century = 0;          // 20 for "XX век", "the 20th century"
  PeriodPart part = PeriodPart::None;
  Season season = Season::None;
  YearSource year_source = YearSource::Written;
  // A dual date ("May 2/15, 1917", "2/15 мая"): the Old Style day and month
  // as written; day and month above are the New Style ones.
  int old_day = 0, old_month = 0;

  bool has_year() const { return year != 0 || decade != 0 || century != 0; }
};

// A date found in a text: one point, or a range of two.
struct DateMatch {
  std::size_t begin = 0, end = 0;  // bytes in the text
  DatePoint first;
  std::optional<DatePoint> last;   // the end of a range
  bool bracket = false;            // "May or June": not a range but bounds
  CalendarMark calendar = CalendarMark::None;  // "(ст. ст.)", "N.S." after the date
  // A year alone with nothing that says it is one (no year word, no month, no
  // word before it that takes a year, not cited after a comma or in
  // parentheses: "The total was 1850 and 1400 went"): a year only at a
  // plausible distance from the document's date (annotate/dates).
  bool weak = false;
};

// The words of one language. All entries are lower case, "ё" as "е".
struct DateLexicon {
  std::string language;                              // BCP 47 primary subtag: "ru"
  // Every form of every month -> 1..12. In this and the other word lists, an
  // entry ending in "." is an abbreviation that counts only with its dot ("окт.").
  std::unordered_map<std::string, int> months;
  bool months_capitalized = false;  // months are written with a capital (English); else lower case
  bool month_before_day = false;    // "October 21, 1929" is a way to write a date
  bool slash_month_first = false;   // "3/4/42" reads month first unless the document says otherwise
  std::unordered_map<std::string, Season> seasons;
  // Parts of a period, one or two words ("начале", "первой половине",
  // "beginning", "first half"); `part_glue` words may follow ("of").
  std::unordered_map<std::string, PeriodPart> parts;
  std::unordered_set<std::string> part_prefixes;     // parts written before a hyphen: "mid" (mid-1930s)
  std::unordered_set<std::string> glue;              // "of", "the" between the pieces of a date
  std::unordered_set<std::string> year_words;        // года, году, г (with its dot)
  std::unordered_set<std::string> short_year_words;  // year words that make two digits a year: в 38 году
  std::unordered_set<std::string> decade_suffixes;   // after a hyphen or attached: "е", "х", "s"
  std::unordered_set<std::string> century_words;     // век, века, century, в (with its dot)
  std::unordered_map<std::string, int> ordinal_words;  // twentieth -> 20 (for centuries)
  std::unordered_set<std::string> ordinal_suffixes;  // of days: st nd rd th; го, е (15-го, 10-е)
  std::unordered_set<std::string> year_ordinal_suffixes;  // of years and centuries: 1932-й, 1912-м, 20-го века
  std::unordered_set<std::string> day_words;         // "числа": "20-го числа"
  // A noun after a day that a month or year follows ("Декабря 4го дня 1798 года", "10 числа марта").
  std::unordered_set<std::string> day_nouns;
  std::unordered_set<std::string> range_openers;     // с, от, from, between
  std::unordered_set<std::string> range_joiners;     // по, до, to, until (and the dashes, always)
  std::unordered_map<std::string, std::string> opener_joiner;  // between -> and: an opener that needs its own joiner
  std::unordered_set<std::string> alternatives;      // "or", "или": "May or June" gives bounds
  std::unordered_set<std::string> conjunctions;      // "and", "и": "spring and summer of 1927" is one period
  std::unordered_set<std::string> anchors;           // words after which a bare month or day is a date: в, in, on, since
  // Nouns an ordinal counts rather than a day being meant ("the 15th Congress", "the 20th anniversary").
  std::unordered_set<std::string> ordinal_nouns;
  std::vector<std::vector<std::string>> this_year;   // {"of","this","year"}, {"с",".","г","."}
  std::vector<std::vector<std::string>> same_year;   // {"того","же","года"}, {"of","the","same","year"}
  // References to the document's date (YearSource): "instant", "ultimo", "proximo",
  // "last year", "next year", and "last" after a day and month.
  std::vector<std::vector<std::string>> same_month, this_month, last_month, next_month, last_year, next_year, last_occurrence;
  // Words that make a sentence speak of a time after the document: will, shall,
  // next, received (a telegram's "[Received June 11.]"); будет, следующего, получено.
  std::unordered_set<std::string> future_words;
  // The words of a time of day after a date: "p.m.", "noon"; "ч.", "вечера".
  std::unordered_set<std::string> hour_words;                 // o'clock, ч., час, часов
  std::unordered_map<std::string, int> day_halves;            // "p.m." -> 12, "a.m." -> 0, "вечера" -> 12
  std::unordered_map<std::string, int> named_times;           // "noon" -> 12, "midnight" -> 0, "полдень" -> 12
  std::vector<std::vector<std::string>> old_style;   // {"ст",".","ст","."}, {"o",".","s","."}
  std::vector<std::vector<std::string>> new_style;
  // Words before a number that make it something else: No., pp., ф., д.; a
  // message's number: "my 1542", "despatch 1917", "телеграмма 1543".
  std::unordered_set<std::string> number_prefixes;
  // When not empty: the only lower-case words that may follow a year written
  // without a year word (Russian writes "в 1897 году", so "1114 больных" is a count).
  std::unordered_set<std::string> bare_year_followers;
  // Words after a number that make it a quantity: years, лет, people, рублей.
  std::unordered_set<std::string> units;
  // Words of the clock: "1600 hours", "1600 to midnight" are times, not years.
  std::unordered_set<std::string> clock_words;
  // Words after a month that make it part of a name: Revolution, Days, Theses.
  std::unordered_set<std::string> event_nouns;
  // Words before a date that make it part of a name: улица, проспект, street.
  std::unordered_set<std::string> name_heads;
};

class DateGrammar {
 public:
  explicit DateGrammar(DateLexicon lexicon);
  const std::string& language() const { return lex_.language; }
  const DateLexicon& lexicon() const { return lex_; }
  // The dates of a text, left to right, not overlapping.
  std::vector<DateMatch> find(std::string_view text) const;
  std::vector<DateMatch> find(std::string_view text, const std::vector<DateToken>& tokens) const;
  // A time of day written right after `end` (a date's end): ", 4 p.m.",
  // "—7 p.m.", "11.45 p.m.", "noon", "в 11 ч. вечера". nullopt when none.
  std::optional<TimeOfDay> time_after(std::string_view text, std::size_t end) const;
  // Whether the sentence around [begin, end) of `text` speaks of the future.
  bool future_sentence(std::string_view text, std::size_t begin, std::size_t end) const;

 private:
  DateLexicon lex_;
};

// The grammar for a language ("ru", "en-GB" -> "en"), or nullptr when Editio
// has no date module for it.
const DateGrammar* date_grammar(std::string_view language);

DateLexicon russian_date_lexicon();
DateLexicon english_date_lexicon();

// Roman numerals (I..MMM, Latin letters or the Cyrillic "Х" typed for "X"); 0 when not one.
int roman_value(std::string_view word);

}  // namespace editio
