// Dates in letters and telegrams, in both languages: numbers that are not
// years, references to the letter's own date ("the 29th ultimo", "прошлого
// месяца"), partial dates that stay on or before the letter, dual Old/New
// Style dates, ranges of years, times of day in a dateline, and the
// chronology's mark on the letter's own date.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "annotate/dates.hpp"
#include "corpus/chronology.hpp"
#include "corpus/tei_text.hpp"
#include "dates_tag.hpp"

using namespace editio;

namespace {

using V = std::vector<std::string>;

// A paragraph of a document; `dateline` sets its role (structure recognition does before annotation).
struct Para {
  std::string text;
  bool dateline = false;
};

// Each date of the document as "surface | attr=value ...", in document order.
V tag(const std::string& lang, const std::vector<Para>& paragraphs, DateOptions options = {}) {
  std::vector<test::TaggedPara> ps;
  for (const auto& p : paragraphs) ps.push_back({p.text, p.dateline ? BlockRole::Dateline : BlockRole::None});
  return test::tag_dates(lang, ps, options, {"when", "from", "to", "when-custom", "datingMethod", "cert"});
}

DateOptions dated(int year, int month, int day) {
  DateOptions o;
  o.document_year = year, o.document_month = month, o.document_day = day;
  return o;
}

V en(const std::string& text, DateOptions o = {}) { return tag("en", {{text}}, o); }
V ru(const std::string& text, DateOptions o = {}) { return tag("ru", {{text}}, o); }

}  // namespace

// --- numbers that are not years -------------------------------------------------

TEST(DatesLetters, ATelegramsNumberIsNoYear) {
  EXPECT_EQ(en("1543. Following from the Foreign Office for the Secretary."), V{});
  EXPECT_EQ(en("5958. My 5942, April 4, was sent.", dated(1917, 4, 7)),
            V{"April 4 | when=1917-04-04 cert=low"});
  EXPECT_EQ(en("Your despatch 1917 and No. 1918 came by the same mail."), V{});
  EXPECT_EQ(ru("1543. Из Лондона сообщают следующее."), V{});
  EXPECT_EQ(ru("Ваша телеграмма 1917 и № 1918 получены."), V{});
}

TEST(DatesLetters, AYearWithEvidenceStaysAYear) {
  EXPECT_EQ(en("1543. The treaty was signed in 1783 at Paris."), V{"1783 | when=1783"});
  EXPECT_EQ(ru("1543. Договор подписан в 1783 году."), V{"1783 году | when=1783"});
}

TEST(DatesLetters, ALoneNumberIsAYearOnlyNearTheLettersDate) {
  const DateOptions o = dated(1922, 2, 1);
  EXPECT_EQ(en("The total was 1850 and 1400 went to the army.", o), V{});
  EXPECT_EQ(en("The total was 1850 and 1400 went to the army."), V{});  // no date to measure by: left alone
  EXPECT_EQ(en("The 1921 conference failed; the 1936 conference is far off.", o), V{"1921 | when=1921"});
  EXPECT_EQ(en("The treaty of 1783 and the year 1906 (Pravda, 1850).", o),
            (V{"1783 | when=1783", "1906 | when=1906", "1850 | when=1850"}));
  EXPECT_EQ(en("The treaties of 1783 and 1794 and the years 1816 and 1832.", o),
            (V{"1783 | when=1783", "1794 | when=1794", "1816 | when=1816", "1832 | when=1832"}));
  EXPECT_EQ(ru("Всего 1850 и 1400 человек.", o), V{});
  EXPECT_EQ(ru("Договоры 1783 года и 1794 года.", o), (V{"1783 года | when=1783", "1794 года | when=1794"}));
  EXPECT_EQ(ru("Итоги 1921 и планы.", o), V{"1921 | when=1921"});
  EXPECT_EQ(ru("Договор 1783 года (Правда, 1850).", o), (V{"1783 года | when=1783", "1850 | when=1850"}));
  // near a year the text has named, or after "c.", "for": the narrative's years
  EXPECT_EQ(en("Censorship collapsed in 1641. By c. 1650 the register for 1780 was long.", dated(2026, 1, 1)),
            (V{"1641 | when=1641", "1650 | when=1650", "1780 | when=1780"}));
  EXPECT_EQ(en("Censorship collapsed in 1641 and 1655 saw the end.", dated(2026, 1, 1)),
            (V{"1641 | when=1641", "1655 | when=1655"}));
}

// --- references to the letter's own date ------------------------------------------

TEST(DatesLetters, LastUltimoAndInstantResolveIntoTheLettersPast) {
  const DateOptions o = dated(1922, 2, 1);
  EXPECT_EQ(en("Your letter of 17th November last reached me.", o),
            V{"17th November last | when=1921-11-17 cert=high"});
  EXPECT_EQ(en("Mine of the 29th ultimo and yours of the 3rd instant.", o),
            (V{"29th ultimo | when=1922-01-29 cert=high", "3rd instant | when=1922-02-03 cert=high"}));
  EXPECT_EQ(en("He came in May of last year.", o), V{"May of last year | when=1921-05 cert=high"});
  EXPECT_EQ(en("He wrote on January 30 and again on the 21st of the same month.", o),
            (V{"January 30 | when=1922-01-30 cert=low", "21st of the same month | when=1922-01-21 cert=high"}));
}

TEST(DatesLetters, RussianReferencesToTheLettersDate) {
  const DateOptions o = dated(1865, 11, 26);
  EXPECT_EQ(ru("Письмо ваше от 29-го прошлого месяца получил.", o),
            V{"29-го прошлого месяца | when=1865-10-29 cert=high"});
  EXPECT_EQ(ru("Заседание 3-го сего месяца отложено.", o), V{"3-го сего месяца | when=1865-11-03 cert=high"});
  EXPECT_EQ(ru("Он был здесь в марте прошлого года.", o), V{"марте прошлого года | when=1864-03 cert=high"});
}

TEST(DatesLetters, TheDatelineAnchorsWhenTheManifestGivesNoDate) {
  EXPECT_EQ(tag("en", {{"London, February 1, 1922.", true}, {"Your telegram of the 29th ultimo."}}),
            (V{"February 1, 1922 | when=1922-02-01", "29th ultimo | when=1922-01-29 cert=high"}));
  EXPECT_EQ(tag("ru", {{"Москва, 26 ноября 1865 г.", true}, {"Письмо от 29-го прошлого месяца получил."}}),
            (V{"26 ноября 1865 г. | when=1865-11-26", "29-го прошлого месяца | when=1865-10-29 cert=high"}));
}

// --- a partial date is not placed after its letter ---------------------------------

TEST(DatesLetters, APartialDateStaysOnOrBeforeTheLetterUnlessTheSentenceSpeaksOfLater) {
  const DateOptions o = dated(1922, 2, 1);
  EXPECT_EQ(en("The conference met on November 9.", o), V{"November 9 | when=1921-11-09 cert=low"});
  EXPECT_EQ(en("The conference met on January 9.", o), V{"January 9 | when=1922-01-09 cert=low"});
  EXPECT_EQ(en("The conference will meet on November 9.", o), V{"November 9 | when=1922-11-09 cert=low"});
  // within three months after the letter it is as likely a plan: the year stays, with cert low
  EXPECT_EQ(en("The report is due by the 25th of March.", dated(1922, 3, 14)),
            V{"25th of March | when=1922-03-25 cert=low"});
  // a date of the letter's own paragraph keeps its year, with cert low
  EXPECT_EQ(en("We met on January 5, 1922, and they on November 9.", o),
            (V{"January 5, 1922 | when=1922-01-05", "November 9 | when=1922-11-09 cert=low"}));
  const DateOptions r = dated(1865, 2, 1);
  EXPECT_EQ(ru("Собрание было 9 ноября.", r), V{"9 ноября | when=1864-11-09 cert=low"});
  EXPECT_EQ(ru("Собрание будет 9 ноября.", r), V{"9 ноября | when=1865-11-09 cert=low"});
}

TEST(DatesLetters, AReceiptIsAfterTheLetter) {
  EXPECT_EQ(en("Cairo, May 19, 1936. [Received June 11.]", dated(1936, 5, 19)),
            (V{"May 19, 1936 | when=1936-05-19", "June 11 | when=1936-06-11 cert=high"}));
}

// --- dual dates ---------------------------------------------------------------------

TEST(DatesLetters, DualDatesGiveTheNewStyleWithTheOldInWhenCustom) {
  EXPECT_EQ(en("The decree of May 2/15, 1917, was read."),
            V{"May 2/15, 1917 | when=1917-05-15 when-custom=1917-05-02 datingMethod=#julian"});
  EXPECT_EQ(en("Signed August 19/September 1, 1917."),
            V{"August 19/September 1, 1917 | when=1917-09-01 when-custom=1917-08-19 datingMethod=#julian"});
  EXPECT_EQ(ru("Указ от 2/15 мая 1917 г. прочитан."),
            V{"2/15 мая 1917 г. | when=1917-05-15 when-custom=1917-05-02 datingMethod=#julian"});
  EXPECT_EQ(ru("Подписано 19 августа/1 сентября 1917 г."),
            V{"19 августа/1 сентября 1917 г. | when=1917-09-01 when-custom=1917-08-19 datingMethod=#julian"});
}

TEST(DatesLetters, TwoDaysThatAreNotOneDayInBothCalendarsAreNoDualDate) {
  // 2 May (Old Style) is 15 May (New Style) in 1917, not 14 May
  EXPECT_EQ(en("The decree of May 2/14, 1917, was read."), V{});  // left untagged, with a warning
  EXPECT_EQ(ru("Пункты 2/25 мая 1917 г."), V{"мая 1917 г. | when=1917-05"});  // what is certain: the month
}

// --- ranges -------------------------------------------------------------------------

TEST(DatesLetters, RangesOfYears) {
  EXPECT_EQ(en("The plan ran 1933--1940."), V{"1933--1940 | from=1933 to=1940"});
  EXPECT_EQ(en("Harvests failed in 1937 and 1938."), V{"1937 and 1938 | from=1937 to=1938"});
  EXPECT_EQ(en("Harvests failed in 1930 and 1932."), (V{"1930 | when=1930", "1932 | when=1932"}));
  EXPECT_EQ(en("In German possession since 1884–5; Secretary of State, 1905–9."),
            (V{"1884–5 | from=1884 to=1885", "1905–9 | from=1905 to=1909"}));
  EXPECT_EQ(ru("Кампания 1830—1 гг."), V{"1830—1 гг. | from=1830 to=1831"});
  EXPECT_EQ(en("The loan ran from 1933 to 1940."), V{"from 1933 to 1940 | from=1933 to=1940"});
  EXPECT_EQ(ru("Он жил там в 1933—1940 годах."), V{"1933—1940 годах | from=1933 to=1940"});
  EXPECT_EQ(ru("Заём с 1933 по 1940 г."), V{"с 1933 по 1940 г. | from=1933 to=1940"});
  EXPECT_EQ(en("It lasted from May 3 to May 9, 1917."), V{"from May 3 to May 9, 1917 | from=1917-05-03 to=1917-05-09"});
  EXPECT_EQ(ru("Неурожаи были в 1937 и 1938 годах."), V{"1937 и 1938 годах | from=1937 to=1938"});
  EXPECT_EQ(ru("План на 1933--1940 гг."), V{"1933--1940 гг. | from=1933 to=1940"});
  EXPECT_EQ(ru("Съезд шёл с 3 по 9 мая 1917 г."), V{"с 3 по 9 мая 1917 г. | from=1917-05-03 to=1917-05-09"});
}

// --- times of day in a dateline -----------------------------------------------------

TEST(DatesLetters, ADatelinesTimeOfDayBelongsToItsDate) {
  EXPECT_EQ(tag("en", {{"London, April 7, 1917, 4 p.m. [Received 11.45 p.m.]", true}}),
            V{"April 7, 1917, 4 p.m. | when=1917-04-07T16:00:00"});
  EXPECT_EQ(tag("en", {{"Washington, November 26, 1918—7 p.m.", true}}),
            V{"November 26, 1918—7 p.m. | when=1918-11-26T19:00:00"});
  EXPECT_EQ(tag("en", {{"London, February 5, 1930—5 p.m. [Received February 5—1:55 p.m.]", true}}),
            (V{"February 5, 1930—5 p.m. | when=1930-02-05T17:00:00",
               "February 5—1:55 p.m. | when=1930-02-05T13:55:00 cert=medium"}));
  EXPECT_EQ(tag("en", {{"Paris, May 4, 1917, noon.", true}}), V{"May 4, 1917, noon | when=1917-05-04T12:00:00"});
  EXPECT_EQ(tag("en", {{"Paris, May 4, 1917, 12 midnight.", true}}),
            V{"May 4, 1917, 12 midnight | when=1917-05-04T00:00:00"});
  EXPECT_EQ(tag("ru", {{"Москва, 26 ноября 1865 г., в 11 ч. вечера", true}}),
            V{"26 ноября 1865 г., в 11 ч. вечера | when=1865-11-26T23:00:00"});
  EXPECT_EQ(tag("ru", {{"Петроград, 3 марта 1918 г., 1 ч. 30 мин. ночи", true}}),
            V{"3 марта 1918 г., 1 ч. 30 мин. ночи | when=1918-03-03T01:30:00"});
}

TEST(DatesLetters, OutsideADatelineATimeIsNotPartOfTheDate) {
  EXPECT_EQ(en("We met on April 7, 1917, 4 p.m. being the hour."), V{"April 7, 1917 | when=1917-04-07"});
  EXPECT_EQ(ru("Встреча 26 ноября 1865 г., в 11 ч. вечера."), V{"26 ноября 1865 г. | when=1865-11-26"});
}

// --- the chronology knows the letter's own date -------------------------------------

TEST(DatesLetters, TheChronologyMarksTheDateOfTheDateline) {
  const std::string tei = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
<text><body><div><opener><dateline xml:id="t-d1">London, <date when="1917-04-07T16:00:00">April 7, 1917, 4 p.m.</date></dateline></opener>
<p n="1" xml:id="t-p1">The treaty of <date when="1783">1783</date> stands.</p></div></body></text></TEI>)";
  pugi::xml_document x;
  ASSERT_TRUE(load_written_tei(x, tei));
  const auto dates = collect_dates(x, "t");
  ASSERT_EQ(dates.size(), 2u);
  EXPECT_TRUE(dates[0].dateline);
  EXPECT_EQ(dates[0].start, "1917-04-07");
  EXPECT_FALSE(dates[1].dateline);
}

TEST(DatesLetters, OlderLettersShortYearsAndAbbreviatedMonths) {
  // "May 25 '87", "Aug: 30 '87": an apostrophe year takes the century of the letter's date
  EXPECT_EQ(tag("en", {{"Camden, May 25 '87", true}}, dated(1887, 5, 25)),
            (V{"May 25 '87 | when=1887-05-25"}));
  EXPECT_EQ(tag("en", {{"Aug: 30 '87", true}}, dated(1887, 8, 30)), (V{"Aug: 30 '87 | when=1887-08-30"}));
  // "the '30s" stays a decade
  EXPECT_EQ(tag("en", {{"Prices fell in the '30s and rose again.", false}}, dated(1945, 1, 1)),
            (V{"'30s | from=1930 to=1939"}));
}

TEST(DatesLetters, OlderLettersDatelinesWithoutTheDotOrWithASlashYear) {
  // "Mar 18th 1870": an abbreviated month without its dot, before a day that is plainly one
  EXPECT_EQ(tag("en", {{"Mar 18th 1870", true}}, dated(1870, 3, 18)), (V{"Mar 18th 1870 | when=1870-03-18"}));
  EXPECT_EQ(tag("en", {{"Jan 5, 1865", true}}), (V{"Jan 5, 1865 | when=1865-01-05"}));
  // older contractions: "Jany 13th 1823", "Novr. 6"
  EXPECT_EQ(tag("en", {{"Jany 13th 1823", true}}), (V{"Jany 13th 1823 | when=1823-01-13"}));
  EXPECT_EQ(tag("en", {{"Octr. 2d 1821", true}}), (V{"Octr. 2d 1821 | when=1821-10-02"}));
  EXPECT_EQ(en("Do not mar 18 pages.", dated(1870, 3, 18)), V{});  // no capital, no month
  // "March 19th /64": two digits after a slash are the year, its century from the letter's date
  EXPECT_EQ(tag("en", {{"March 19th /64", true}}, dated(1864, 3, 19)), (V{"March 19th /64 | when=1864-03-19"}));
  // a slash with two days is a dual date or nothing, never a year
  EXPECT_EQ(en("The decree of May 2/14, 1917, was read."), V{});
}

TEST(DatesLetters, OlderRussianDatelinesWriteTheMonthWithACapital) {
  // "18 Ноября 1850 г.", "Мая 29": a capitalized month beside a day number is a month
  EXPECT_EQ(tag("ru", {{"18 Ноября 1850 г.", true}}), (V{"18 Ноября 1850 г. | when=1850-11-18"}));
  EXPECT_EQ(tag("ru", {{"Москва. 1850 г. Ноября 18.", true}}),
            (V{"1850 г. | when=1850", "Ноября 18 | when=1850-11-18 cert=high"}));
  EXPECT_EQ(ru("Марта 20—21 писал.", dated(1874, 3, 21)), (V{"Марта 20—21 | from=1874-03-20 to=1874-03-21 cert=low"}));
  // without a day beside it a capitalized word is a name
  EXPECT_EQ(ru("Приехала Августа Петровна.", dated(1874, 3, 21)), V{});
}

TEST(DatesLetters, AMonthsRangeOfDaysWithTheMonthFirst) {
  EXPECT_EQ(en("The conference held in Christiania, November 28–30, 1917."),
            (V{"November 28–30, 1917 | from=1917-11-28 to=1917-11-30"}));
  EXPECT_EQ(en("Held in Washington, May 24--29, 1915."), (V{"May 24--29, 1915 | from=1915-05-24 to=1915-05-29"}));
  // a second day before the first is no range
  EXPECT_EQ(en("Held on May 24–3, 1915.", dated(1915, 6, 1)), (V{"May 24 | when=1915-05-24 cert=low", "1915 | when=1915"}));
}

TEST(DatesLetters, DaysOfOneMonthShareTheYearWrittenAfterTheLast) {
  const DateOptions o = dated(1897, 6, 19);
  EXPECT_EQ(en("The notes exchanged on June 13 and 17, 1890, set the policy.", o),
            (V{"June 13 | when=1890-06-13", "17, 1890 | when=1890-06-17"}));
  EXPECT_EQ(en("Nos. 7586 and 7792, Nov. 2, 9 and 23, 1917, ante.", o),
            (V{"Nov. 2 | when=1917-11-02", "9 | when=1917-11-09", "23, 1917 | when=1917-11-23"}));
  // without a year after them the days are no dates; the first takes its year from the context
  EXPECT_EQ(en("We met on June 13 and 17 members came.", o), V{"June 13 | when=1897-06-13 cert=low"});
}

TEST(DatesLetters, DatesAsOlderHandsWriteThem) {
  // a month without its dot, a year of two digits after a slash set apart
  EXPECT_EQ(en("We came on Mar 18th 1870 to the city."), V{"Mar 18th 1870 | when=1870-03-18"});
  EXPECT_EQ(en("He wrote on March 19th /64 from camp.", dated(1864, 3, 20)), V{"March 19th /64 | when=1864-03-19"});
  EXPECT_EQ(en("We shipped 3/64 of the load."), V{});  // a fraction is no year
  // a capitalized month beside its day is still the month; alone, it may be a name
  EXPECT_EQ(ru("Прошение подано 18 Ноября 1850 г. в собрание."), V{"18 Ноября 1850 г. | when=1850-11-18"});
}

// The spelling before 1918: "Маія", a day with "дня" between it and the month or year, "года"/"Года".
TEST(DatesLetters, TheOlderSpelling) {
  EXPECT_EQ(ru("Писано Маія 12го дня 1797 года."), V{"Маія 12го дня 1797 года | when=1797-05-12"});
  EXPECT_EQ(ru("Получено Ноября 3го дня 1796 года."), V{"Ноября 3го дня 1796 года | when=1796-11-03"});
  EXPECT_EQ(ru("Отправлено 21го апрѣля 1797 году."), V{"21го апрѣля 1797 году | when=1797-04-21"});
  EXPECT_EQ(ru("Подано апрѣля 7 дня 1797 года."), V{"апрѣля 7 дня 1797 года | when=1797-04-07"});
  EXPECT_EQ(ru("Черезъ 2 дня 1797 годъ кончится."), V{"1797 годъ | when=1797"});
}
