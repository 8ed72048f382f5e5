// The Russian words of the date grammar (lang/date_grammar.hpp).
#include <string>
#include <utility>
#include <vector>

#include "lang/date_grammar.hpp"

namespace editio {

namespace {

// The case forms of a month name: январь -> января, январе, январю, январем.
void add_month(DateLexicon& lex, const std::string& nominative, int number) {
  const std::string soft = "ь", short_i = "й";
  std::vector<std::string> endings;
  std::string stem = nominative;
  if (stem.size() >= soft.size() && stem.compare(stem.size() - soft.size(), soft.size(), soft) == 0) {
    stem.erase(stem.size() - soft.size());
    endings = {"ь", "я", "е", "ю", "ем"};
  } else if (stem.size() >= short_i.size() && stem.compare(stem.size() - short_i.size(), short_i.size(), short_i) == 0) {
    stem.erase(stem.size() - short_i.size());
    endings = {"й", "я", "е", "ю", "ем"};
  } else {
    endings = {"", "а", "е", "у", "ом"};
  }
  for (const auto& e : endings) lex.months[stem + e] = number;
}

}  // namespace

// A table of words, longer than a screen: it reads as a list, not as steps.
DateLexicon russian_date_lexicon() {
  DateLexicon lex;
  lex.language = "ru";
  const std::vector<std::pair<std::string, int>> months = {
      {"январь", 1}, {"февраль", 2}, {"март", 3},    {"апрель", 4},   {"май", 5},     {"июнь", 6},
      {"июль", 7},   {"август", 8},  {"сентябрь", 9}, {"октябрь", 10}, {"ноябрь", 11}, {"декабрь", 12}};
  for (const auto& [name, n] : months) add_month(lex, name, n);
  const std::vector<std::pair<std::string, int>> abbreviations = {
      {"янв.", 1},  {"фев.", 2},  {"февр.", 2}, {"мар.", 3},   {"апр.", 4},  {"авг.", 8},  {"сен.", 9},
      {"сент.", 9}, {"окт.", 10}, {"ноя.", 11}, {"нояб.", 11}, {"дек.", 12}};
  for (const auto& [a, n] : abbreviations) lex.months[a] = n;
  for (const char* may : {"маия", "маии", "маий"}) lex.months[may] = 5;  // the older spelling: "Маія", "въ Маіи"
  lex.months_capitalized = false;
  lex.month_before_day = false;
  lex.slash_month_first = false;

  for (const char* w : {"весна", "весны", "весне", "весну", "весной", "весною"}) lex.seasons[w] = Season::Spring;
  for (const char* w : {"лето", "лету", "летом"}) lex.seasons[w] = Season::Summer;
  for (const char* w : {"осень", "осени", "осенью"}) lex.seasons[w] = Season::Autumn;
  for (const char* w : {"зима", "зимы", "зиме", "зиму", "зимой", "зимою"}) lex.seasons[w] = Season::Winter;

  for (const char* w : {"начало", "начала", "началу", "началом", "начале"}) lex.parts[w] = PeriodPart::Early;
  for (const char* w : {"середина", "середины", "середине", "середину", "серединой"}) lex.parts[w] = PeriodPart::Mid;
  for (const char* w : {"конец", "конца", "концу", "концом", "конце", "исход", "исхода", "исходе"})
    lex.parts[w] = PeriodPart::Late;
  for (const char* a : {"первая", "первой", "первую"})
    for (const char* h : {"половина", "половины", "половине", "половину", "половиной"})
      lex.parts[std::string(a) + " " + h] = PeriodPart::FirstHalf;
  for (const char* a : {"вторая", "второй", "вторую"})
    for (const char* h : {"половина", "половины", "половине", "половину", "половиной"})
      lex.parts[std::string(a) + " " + h] = PeriodPart::SecondHalf;

  lex.year_words = {"год",  "года",  "году", "годом", "годе",  "годы", "годов",
                    "годам", "годами", "годах", "г.",   "гг.",  "г",    "гг"};
  lex.short_year_words = {"году", "г.", "гг.", "годах"};
  // "г" and "гг" without their dot are typed in a hurry ("1929 г"); with a
  // number before them they are still the year word.
  lex.decade_suffixes = {"е", "х", "ые", "ых", "м", "ми", "ее", "ие"};
  lex.century_words = {"век", "века", "веке", "веку", "веком", "веков", "векам", "веках", "в.", "вв."};
  lex.ordinal_suffixes = {"го", "е", "ое", "ого", "м", "ом", "му"};  // число is neuter: 15-го, 10-е, к 1-му
  lex.year_ordinal_suffixes = {"й", "м", "го", "ого", "ом", "ый", "му"};  // 1932-й, в 1912-м, 20-го века
  lex.day_words = {"числа", "число", "числу"};
  lex.day_nouns = {"дня", "числа"};
  lex.range_openers = {"с", "со", "от", "между"};
  lex.opener_joiner = {{"между", "и"}};
  lex.bare_year_followers = {"и", "или", "а", "но", "по", "до", "от", "в", "во", "на", "с", "со", "к", "из", "за",
                             "—", "г", "гг", "годы", "год", "года", "году", "годов", "годах"};
  lex.range_joiners = {"по", "до"};
  lex.alternatives = {"или"};
  lex.conjunctions = {"и"};
  lex.anchors = {"ок.", "в", "во", "с", "со", "до", "к", "ко", "по", "от", "на", "за", "после", "около", "между",
                 "начале", "середине", "конце", "числа"};
  lex.this_year = {{"с", ".", "г", "."}, {"с", ".", "г"}, {"сего", "года"}, {"сего", "г", "."},
                   {"текущего", "года"}, {"текущего", "г", "."}, {"этого", "года"}, {"нынешнего", "года"}};
  lex.same_year = {{"того", "же", "года"}, {"того", "же", "г", "."}};
  lex.same_month = {{"того", "же", "месяца"}};
  lex.this_month = {{"сего", "месяца"}, {"с", ".", "м", "."}, {"текущего", "месяца"}, {"этого", "месяца"}};
  lex.last_month = {{"прошлого", "месяца"}, {"прошедшего", "месяца"}, {"минувшего", "месяца"}};
  lex.next_month = {{"будущего", "месяца"}, {"следующего", "месяца"}};
  lex.last_year = {{"прошлого", "года"}, {"прошлого", "г", "."}, {"прошедшего", "года"}, {"минувшего", "года"}};
  lex.next_year = {{"будущего", "года"}, {"следующего", "года"}, {"будущего", "г", "."}};
  lex.future_words = {"будет", "будут", "буду", "будем", "будете", "будешь", "следующего", "следующей",
                      "следующем", "будущего", "будущей", "будущем", "предстоящего", "предстоит", "состоится",
                      "завтра", "послезавтра", "получено", "получена", "получен"};
  lex.hour_words = {"ч.", "час", "часа", "часов"};
  // "ночи" is the small hours (1 ч. ночи) or the late evening (11 ч. ночи): -1 says so
  lex.day_halves = {{"утра", 0}, {"дня", 12}, {"вечера", 12}, {"ночи", -1}};
  lex.named_times = {{"полдень", 12}, {"полночь", 0}, {"полдня", 12}};
  lex.old_style = {{"по", "ст", ".", "ст", "."}, {"ст", ".", "ст", "."}, {"по", "старому", "стилю"},
                   {"старого", "стиля"}, {"по", "ст", ".", "стилю"}};
  lex.new_style = {{"по", "н", ".", "ст", "."}, {"н", ".", "ст", "."}, {"по", "новому", "стилю"},
                   {"нового", "стиля"}, {"по", "нов", ".", "ст", "."}};
  // An entry with a dot counts only with its dot: "с. 45" is a page, "с 1923" is not.
  lex.number_prefixes = {"№",   "ф.",    "фонд",   "оп.",    "опись", "д.",    "дело",   "л.",     "лл.",
                         "лист", "листы", "с.",     "стр.",   "т.",    "том",   "вып.",   "выпуск", "ст.",
                         "статья", "статьи", "статье", "статьей", "п.",  "пп.",   "пункт",  "гл.",    "глава",
                         "кн.",  "ч.",    "арх.",   "инв.",   "ед.",   "хр.",   "к.",     "кор.",   "номер",
                         "номера", "номере", "тел.",  "дом",    "д.",    "кв.",   "корп.",  "отд.",
                         "телеграмма", "телеграммы", "телеграмме", "телеграмму", "телеграммой", "депеша",
                         "депеши", "депеше", "депешу", "депешей"};
  lex.units = {"лет", "человек", "человека", "рублей", "рубля", "руб", "копеек", "коп", "экземпляров",
               "штук", "км", "верст", "вёрст", "метров", "м", "часов", "минут", "дней", "недель", "месяцев", "раз",
               "процентов", "пудов", "тонн", "т", "десятин", "голосов", "членов", "рабочих", "крестьян"};
  lex.clock_words = {"часов", "часа", "час", "ч", "полуночи", "полудня", "мин", "минут"};
  lex.event_nouns = {};
  lex.name_heads = {"улица", "улице", "улицу", "улицы", "ул", "проспект", "проспекте", "пр", "площадь",
                    "площади", "пл", "переулок", "переулке", "пер", "завод", "завода", "заводе", "фабрика",
                    "фабрики", "колхоз", "колхоза", "колхозе", "совхоз", "имени", "им"};
  return lex;
}

}  // namespace editio
