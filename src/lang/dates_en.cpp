// The English words of the date grammar (lang/date_grammar.hpp).
#include <string>
#include <utility>
#include <vector>

#include "lang/date_grammar.hpp"

namespace editio {

// A table of words, longer than a screen: it reads as a list, not as steps.
DateLexicon english_date_lexicon() {
  DateLexicon lex;
  lex.language = "en";
  const std::vector<std::pair<std::string, int>> months = {
      {"january", 1}, {"february", 2}, {"march", 3},     {"april", 4},    {"may", 5},       {"june", 6},
      {"july", 7},    {"august", 8},   {"september", 9}, {"october", 10}, {"november", 11}, {"december", 12}};
  for (const auto& [name, n] : months) lex.months[name] = n;
  const std::vector<std::pair<std::string, int>> abbreviations = {
      {"jan.", 1},  {"feb.", 2},  {"mar.", 3},  {"apr.", 4},  {"jun.", 6},  {"jul.", 7},   {"aug.", 8},
      {"sep.", 9},  {"sept.", 9}, {"oct.", 10}, {"nov.", 11}, {"dec.", 12},
      // older contractions, with or without their dot: "Jany 13th 1823", "Novr. 6"
      {"jany.", 1}, {"feby.", 2}, {"febry.", 2}, {"apl.", 4}, {"augt.", 8}, {"septr.", 9}, {"octr.", 10},
      {"novr.", 11}, {"decr.", 12}};
  for (const auto& [a, n] : abbreviations) lex.months[a] = n;
  lex.months_capitalized = true;
  lex.month_before_day = true;
  lex.slash_month_first = true;

  lex.seasons = {{"spring", Season::Spring}, {"summer", Season::Summer}, {"autumn", Season::Autumn},
                 {"fall", Season::Autumn},   {"winter", Season::Winter}};
  lex.parts = {{"beginning", PeriodPart::Early},   {"start", PeriodPart::Early},
               {"early", PeriodPart::Early},       {"middle", PeriodPart::Mid},
               {"mid", PeriodPart::Mid},           {"end", PeriodPart::Late},
               {"late", PeriodPart::Late},         {"close", PeriodPart::Late},
               {"first half", PeriodPart::FirstHalf}, {"second half", PeriodPart::SecondHalf},
               {"latter half", PeriodPart::SecondHalf}};
  lex.part_prefixes = {"mid", "early", "late"};
  lex.glue = {"of", "the"};
  lex.year_words = {};
  lex.decade_suffixes = {"s"};
  lex.century_words = {"century", "centuries", "c."};
  lex.ordinal_words = {{"first", 1},       {"second", 2},       {"third", 3},       {"fourth", 4},
                       {"fifth", 5},       {"sixth", 6},        {"seventh", 7},     {"eighth", 8},
                       {"ninth", 9},       {"tenth", 10},       {"eleventh", 11},   {"twelfth", 12},
                       {"thirteenth", 13}, {"fourteenth", 14},  {"fifteenth", 15},  {"sixteenth", 16},
                       {"seventeenth", 17}, {"eighteenth", 18}, {"nineteenth", 19}, {"twentieth", 20},
                       {"twenty-first", 21}};
  lex.ordinal_suffixes = {"st", "nd", "rd", "th", "d"};
  lex.year_ordinal_suffixes = lex.ordinal_suffixes;
  lex.day_words = {};
  lex.range_openers = {"from", "between"};
  lex.range_joiners = {"to", "until", "till", "through", "thru"};
  lex.opener_joiner = {{"between", "and"}};
  lex.alternatives = {"or"};
  lex.conjunctions = {"and"};
  lex.anchors = {"in",    "on",    "since", "until", "till",  "by",      "during", "from",  "to",
                 "after", "before", "of",   "early", "late",  "mid",     "through", "between", "around",
                 "about", "circa", "throughout", "into", "beginning", "end", "middle", "and", "or", "year", "years", "for", "c.", "ca."};
  lex.ordinal_nouns = {"congress", "conference", "century", "centuries", "anniversary", "birthday", "division",
                       "brigade", "army", "regiment", "battalion", "corps", "party", "plenum", "session", "time",
                       "times", "day", "days", "year", "years", "floor", "street", "avenue", "place", "edition",
                       "volume", "chapter", "page", "round", "amendment", "infantry", "cavalry", "fleet", "squadron",
                       "international", "district", "ward", "grade", "form", "class", "generation", "row", "line",
                       "part", "item", "point", "article", "paragraph", "issue", "number", "member", "meeting"};
  lex.this_year = {{"of", "this", "year"}, {"this", "year"}, {"of", "the", "current", "year"}};
  lex.same_month = {{"of", "the", "same", "month"}, {"of", "that", "month"}, {"same", "month"}, {"that", "month"}};
  lex.this_month = {{"instant"}, {"inst", "."}, {"inst"}, {"of", "this", "month"}, {"this", "month"}};
  lex.last_month = {{"ultimo"}, {"ult", "."}, {"ulto", "."}, {"of", "last", "month"}, {"last", "month"}};
  lex.next_month = {{"proximo"}, {"prox", "."}, {"of", "next", "month"}, {"next", "month"}};
  lex.last_year = {{"last", "year"}, {"of", "last", "year"}};
  lex.next_year = {{"next", "year"}, {"of", "next", "year"}};
  lex.last_occurrence = {{"last"}};
  lex.future_words = {"will", "shall", "next", "coming", "forthcoming", "tomorrow", "proximo", "ll",
                      "scheduled", "planned", "proposed", "expected", "intends", "intend", "received", "would"};
  lex.hour_words = {"clock"};  // o'clock: the "o" and the apostrophe before it
  lex.day_halves = {{"am", 0}, {"pm", 12}};
  lex.named_times = {{"noon", 12}, {"midday", 12}, {"midnight", 0}};
  lex.same_year = {{"of", "the", "same", "year"}, {"of", "that", "year"}, {"that", "year"}};
  lex.old_style = {{"o", ".", "s", "."}, {"os"}, {"old", "style"}};
  lex.new_style = {{"n", ".", "s", "."}, {"ns"}, {"new", "style"}};
  // An entry with a dot counts only with its dot.
  lex.number_prefixes = {"no.",  "nos.", "number", "p.",    "pp.",   "page",  "pages", "vol.",  "vols.", "volume",
                         "f.",   "ff.",  "fol.",   "fols.", "d.",    "l.",    "ll.",   "op.",   "fond",  "delo",
                         "opis", "list", "art.",   "article", "ch.", "chap.", "chapter", "sec.", "section",
                         "box",  "file", "item",   "issue", "no",    "tel.",  "room",  "apt.",  "house", "route",
                         "flight", "platoon", "regiment", "division", "brigade", "army", "corps", "battalion", "fm", "suite", "extension", "ext.", "highway", "hwy", "interstate", "lot", "ms", "mss", "ms.", "cod.", "inv.", "f", "fol", "p", "pp",
                         "my", "your", "our", "telegram", "telegrams", "despatch", "despatches", "dispatch",
                         "dispatches", "cable", "cables", "circular"};
  lex.units = {"m", "ft", "km", "kg", "years",   "year",  "people",  "men",     "women",  "persons", "members", "copies",
               "dollars", "rubles", "roubles", "pounds", "francs", "marks",   "km",      "miles",
               "kilometres", "kilometers", "metres", "meters", "feet", "hours", "minutes", "days",
               "weeks",   "months", "times",  "percent", "votes",  "delegates", "workers", "soldiers",
               "prisoners", "tons", "tonnes", "pages", "signatures", "rifles", "troops"};
  lex.clock_words = {"midnight", "noon", "hours", "hrs", "gmt", "utc"};
  lex.event_nouns = {"revolution", "revolutions", "days", "day", "theses", "manifesto", "uprising", "insurrection",
                     "bloc", "crisis", "coup", "putsch", "offensive", "strike", "massacre", "events", "movement",
                     "plenum", "conference", "congress", "decree", "decrees", "war", "agreement", "pact"};
  lex.name_heads = {"street", "avenue", "square", "boulevard", "prospekt"};
  return lex;
}

}  // namespace editio
