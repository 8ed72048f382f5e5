// Dates: every form the grammars know, in both languages, their values, the
// context resolver, the Julian calendar and the things that are not dates.
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "lang/date_grammar.hpp"
#include "annotate/date_value.hpp"
#include "annotate/dates.hpp"
#include "annotate/editorial.hpp"
#include "dates_tag.hpp"
#include "edition/editorial.hpp"

using namespace editio;

namespace {

// Tags the paragraphs (one per string) of a document and returns each date
// as "surface | attr=value attr=value" in document order.
std::vector<std::string> tag(const std::string& lang, const std::vector<std::string>& paragraphs,
                             DateOptions options = {}) {
  std::vector<test::TaggedPara> ps;
  for (const auto& p : paragraphs) ps.push_back({p});
  return test::tag_dates(lang, ps, options,
                         {"when", "from", "to", "notBefore", "notAfter", "when-custom", "from-custom", "to-custom",
                          "cert", "calendar"});
}

std::vector<std::string> ru(const std::string& text, DateOptions o = {}) { return tag("ru", {text}, o); }
std::vector<std::string> en(const std::string& text, DateOptions o = {}) { return tag("en", {text}, o); }
using V = std::vector<std::string>;

}  // namespace

// --- full dates -------------------------------------------------------------

TEST(DatesRu, FullDates) {
  EXPECT_EQ(ru("15 октября 1923 года 46 видных партийцев подписали письмо."),
            V{"15 октября 1923 года | when=1923-10-15"});
  EXPECT_EQ(ru("Приговор вынесен 24 августа 1936 г. в Москве."), V{"24 августа 1936 г. | when=1936-08-24"});
  EXPECT_EQ(ru("Письмо от 21.10.1929 и записка от 02.07.37."),
            (V{"21.10.1929 | when=1929-10-21", "02.07.37 | when=1937-07-02"}));
  EXPECT_EQ(ru("Резолюция: доложить. 5/III-38"), V{"5/III-38 | when=1938-03-05"});
  EXPECT_EQ(ru("Отпечатано 13.III.57 в 3 экз."), V{"13.III.57 | when=1957-03-13"});
}

TEST(DatesEn, FullDates) {
  EXPECT_EQ(en("Memorandum of October 21, 1929, to the Politburo."), V{"October 21, 1929 | when=1929-10-21"});
  EXPECT_EQ(en("He wrote on 21 October 1929 and again on the 3rd of May 1933."),
            (V{"21 October 1929 | when=1929-10-21", "3rd of May 1933 | when=1933-05-03"}));
  EXPECT_EQ(en("(May 23, 1933, Bulletin of the Opposition, No.35.)"), V{"May 23, 1933 | when=1933-05-23"});
  EXPECT_EQ(en("Dated 1929-10-21 in the register and 21.10.1929 on the copy."),
            (V{"1929-10-21 | when=1929-10-21", "21.10.1929 | when=1929-10-21"}));
  EXPECT_EQ(en("Cairo, 28.viii.42. Dear all,"), V{"28.viii.42 | when=1942-08-28"});
}

// --- months and years -------------------------------------------------------

TEST(DatesRu, MonthsAndYears) {
  EXPECT_EQ(ru("В январе 1924 года состоялась конференция."), V{"январе 1924 года | when=1924-01"});
  EXPECT_EQ(ru("В 1923 году его назначили наркомом."), V{"1923 году | when=1923"});
  EXPECT_EQ(ru("Статья вышла (Правда, 1932) без подписи."), V{"1932 | when=1932"});
  EXPECT_EQ(ru("В 1912-м он уехал."), V{"1912-м | when=1912"});
}

TEST(DatesEn, MonthsAndYears) {
  EXPECT_EQ(en("The letter arrived in July 1933."), V{"July 1933 | when=1933-07"});
  EXPECT_EQ(en("(Pravda, 1932). In 1934 the tendencies grew."), (V{"1932 | when=1932", "1934 | when=1934"}));
  EXPECT_EQ(en("Published in Sept. 1932 and Jan. 1933."),
            (V{"Sept. 1932 | when=1932-09", "Jan. 1933 | when=1933-01"}));
}

// --- ranges -----------------------------------------------------------------

TEST(DatesRu, Ranges) {
  EXPECT_EQ(ru("Он работал там с 1923 по 1927 год."), V{"с 1923 по 1927 год | from=1923 to=1927"});
  EXPECT_EQ(ru("События 1927–1928 годов изменили всё."), V{"1927–1928 годов | from=1927 to=1928"});
  EXPECT_EQ(ru("Съезд заседал 5–7 октября 1929 г."), V{"5–7 октября 1929 г. | from=1929-10-05 to=1929-10-07"});
  EXPECT_EQ(ru("Между 1908 и 1913 годами он писал."), V{"Между 1908 и 1913 годами | from=1908 to=1913"});
  EXPECT_EQ(ru("Описи за 1867–1917 гг. проверены."), V{"1867–1917 гг. | from=1867 to=1917"});
}

TEST(DatesEn, Ranges) {
  EXPECT_EQ(en("The following years (1930-1932) were hard."), V{"1930-1932 | from=1930 to=1932"});
  EXPECT_EQ(en("Between 1930 and 1932 he was abroad."), V{"Between 1930 and 1932 | from=1930 to=1932"});
  EXPECT_EQ(en("The period from spring to November 1927 was decisive."),
            V{"from spring to November 1927 | from=1927-03 to=1927-11"});
  EXPECT_EQ(en("From October 1928 to February 1929 he lived there."),
            V{"From October 1928 to February 1929 | from=1928-10 to=1929-02"});
  EXPECT_EQ(en("The war of 1914-18 ended."), V{"1914-18 | from=1914 to=1918"});
  EXPECT_EQ(en("In 1927 they met, at the end of November - December, twice."),
            (V{"1927 | when=1927", "end of November - December | from=1927-11-21 to=1927-12 cert=high"}));
}

// --- decades, centuries, seasons, parts --------------------------------------

TEST(DatesRu, DecadesCenturiesSeasonsParts) {
  EXPECT_EQ(ru("Под левой оппозицией в 1920-е годы понималась группа."), V{"1920-е годы | from=1920 to=1929"});
  EXPECT_EQ(ru("В конце XIX века город рос."), V{"конце XIX века | notBefore=1870 notAfter=1900"});
  EXPECT_EQ(ru("Культура XIX–XX вв. изучена."), V{"XIX–XX вв. | from=1801 to=2000"});
  EXPECT_EQ(ru("Осенью 1932 года Смирнов писал."), V{"Осенью 1932 года | notBefore=1932-09 notAfter=1932-11"});
  EXPECT_EQ(ru("Зимой 1932/33 г. был голод."), V{"Зимой 1932/33 г. | notBefore=1932-12 notAfter=1933-02"});
  EXPECT_EQ(ru("В начале 1928 года его выслали."), V{"начале 1928 года | notBefore=1928-01 notAfter=1928-04"});
  EXPECT_EQ(ru("В конце 1932 года всё открылось."), V{"конце 1932 года | notBefore=1932-09 notAfter=1932-12"});
  EXPECT_EQ(ru("В первой половине 1931 года он болел."),
            V{"первой половине 1931 года | notBefore=1931-01 notAfter=1931-06"});
  EXPECT_EQ(ru("В середине 1930-х годов всё изменилось."),
            V{"середине 1930-х годов | notBefore=1934 notAfter=1936"});
}

TEST(DatesEn, DecadesCenturiesSeasonsParts) {
  EXPECT_EQ(en("In the 1930s the trials began."), V{"1930s | from=1930 to=1939"});
  EXPECT_EQ(en("By the mid-1930s it was over."), V{"mid-1930s | notBefore=1934 notAfter=1936"});
  EXPECT_EQ(en("Houses of the 19th century stand."), V{"19th century | from=1801 to=1900"});
  EXPECT_EQ(en("Already by the spring of 1933 they capitulated."),
            V{"spring of 1933 | notBefore=1933-03 notAfter=1933-05"});
  EXPECT_EQ(en("At the beginning of October 1932, they were expelled."),
            V{"beginning of October 1932 | notBefore=1932-10-01 notAfter=1932-10-10"});
  EXPECT_EQ(en("In early 1933 and late 1934."),
            (V{"early 1933 | notBefore=1933-01 notAfter=1933-04", "late 1934 | notBefore=1934-09 notAfter=1934-12"}));
  EXPECT_EQ(en("In the winter of 1946/47 the camp froze."),
            V{"winter of 1946/47 | notBefore=1946-12 notAfter=1947-02"});
}

// --- partial dates and the context resolver ----------------------------------

TEST(DatesResolver, YearFromTheSameParagraph) {
  EXPECT_EQ(ru("В 1931 году он возглавил группу. В том же году, в июле, он был в Берлине."),
            (V{"1931 году | when=1931", "июле | when=1931-07 cert=high"}));
}

TEST(DatesResolver, YearFromAnEarlierParagraphPrefersDatesWithMonths) {
  // "since 1926" is a reference: April goes with the narrative's April 1929
  auto got = tag("en", {"I arrived in Constantinople in April 1929.", "I had known him since 1926.",
                        "In April, two months after his expulsion, we met."});
  EXPECT_EQ(got, (V{"April 1929 | when=1929-04", "1926 | when=1926", "April | when=1929-04 cert=medium"}));
}

TEST(DatesResolver, ThisYearIsTheDocumentsYear) {
  DateOptions o;
  o.document_year = 1929;
  o.document_month = 10;
  EXPECT_EQ(en("He was arrested on October 15 of this year.", o),
            V{"October 15 of this year | when=1929-10-15 cert=high"});
  o.document_year = 1957;
  EXPECT_EQ(ru("С 10 по 25 января с. г. шла проверка.", o),
            V{"С 10 по 25 января с. г. | from=1957-01-10 to=1957-01-25 cert=high"});
}

TEST(DatesResolver, DocumentDateWhenTheTextNamesNoYear) {
  DateOptions o;
  o.document_year = 1942;
  o.document_month = 3;
  EXPECT_EQ(en("We sailed in February and arrived on the 24th, tired.", o),
            (V{"February | when=1942-02 cert=low", "24th | when=1942-02-24 cert=high"}));
}

TEST(DatesResolver, DayOfTheMonthNamedBefore) {
  EXPECT_EQ(en("On August 10, 1929, I left Constantinople and on the 14th arrived in Moscow."),
            (V{"August 10, 1929 | when=1929-08-10", "14th | when=1929-08-14 cert=high"}));
  // nothing names a month: the day alone, no year
  EXPECT_EQ(en("On the 15th I put my papers in order."), V{"15th | when=---15"});
}

TEST(DatesResolver, NarrativeTurnsTheYear) {
  auto got = tag("en", {"In December 1927 the congress met.", "In January the exiles left."});
  EXPECT_EQ(got, (V{"December 1927 | when=1927-12", "January | when=1928-01 cert=medium"}));
}

TEST(DatesResolver, RangeOfYearsContinuesFromItsStart) {
  EXPECT_EQ(ru("Революция 1905–1907 годов. Известие о событиях 9 января дошло поздно."),
            (V{"1905–1907 годов | from=1905 to=1907", "9 января | when=1905-01-09 cert=high"}));
}

TEST(DatesResolver, TwoDigitYearsTakeTheCenturyOfTheContext) {
  EXPECT_EQ(tag("ru", {"В 1938 году.", "Резолюция 5/III-38."}),
            (V{"1938 году | when=1938", "5/III-38 | when=1938-03-05"}));
  DateOptions o;
  o.document_year = 1842;
  EXPECT_EQ(ru("Письмо 12.III.41 получено.", o), V{"12.III.41 | when=1841-03-12"});
}

TEST(DatesResolver, SlashDatesFollowTheDocumentsHabit) {
  // the document writes day before month, so 10/3/42 is 10 March
  EXPECT_EQ(tag("en", {"Cairo, 3 March 1942.", "Cairo, 10/3/42."}),
            (V{"3 March 1942 | when=1942-03-03", "10/3/42 | when=1942-03-10"}));
  // the document writes month before day
  EXPECT_EQ(tag("en", {"Boston, March 3, 1942.", "Boston, 10/3/42."}),
            (V{"March 3, 1942 | when=1942-03-03", "10/3/42 | when=1942-10-03"}));
}

TEST(DatesResolver, NoteTakesTheContextOfItsCallSite) {
  Document doc;
  doc.id = "t";
  doc.lang = "en";
  Block a;
  a.text = "In March 1932 he wrote[1] a letter. In June 1935 he died.";
  a.anchors.push_back({0, {1, 1}});
  const std::size_t call = a.text.find("[1]");
  a.spans.push_back(Span{call, call + 3, NoteCall{0}});
  doc.blocks.push_back(a);
  Note n;
  n.n = "1";
  Block nb;
  nb.text = "The letter is dated April 2 in the copy.";
  nb.anchors.push_back({0, {5, 1}});
  n.blocks.push_back(nb);
  doc.notes.push_back(n);
  Diagnostics d;
  annotate_dates(doc, {}, d);
  ASSERT_EQ(doc.notes[0].blocks[0].spans.size(), 1u);
  EXPECT_EQ(doc.notes[0].blocks[0].spans[0].as<DateMention>()->value.when, "1932-04-02");
}

// --- Julian calendar --------------------------------------------------------

TEST(DatesJulian, Conversion) {
  EXPECT_EQ(julian_to_gregorian({1917, 10, 25}).str(), "1917-11-07");
  EXPECT_EQ(julian_to_gregorian({1918, 1, 31}).str(), "1918-02-13");
  EXPECT_EQ(julian_to_gregorian({1899, 5, 6}).str(), "1899-05-18");
  EXPECT_EQ(julian_to_gregorian({1900, 3, 1}).str(), "1900-03-14");
  EXPECT_EQ(julian_to_gregorian({1582, 10, 5}).str(), "1582-10-15");
}

TEST(DatesJulian, DocumentsDeclaredJulian) {
  DateOptions o;
  o.julian = true;
  EXPECT_EQ(ru("Переворот 25 октября 1917 года.", o),
            V{"25 октября 1917 года | when=1917-11-07 when-custom=1917-10-25 calendar=#julian"});
  EXPECT_EQ(ru("В октябре 1917 года.", o),
            V{"октябре 1917 года | from=1917-10-14 to=1917-11-13 when-custom=1917-10 calendar=#julian"});
  EXPECT_EQ(ru("В 1905 году.", o), V{"1905 году | when=1905 when-custom=1905 calendar=#julian"});
  // after the reform the calendar is Gregorian
  EXPECT_EQ(ru("С 1 марта 1918 года.", o), V{"1 марта 1918 года | when=1918-03-01"});
  // a date marked New Style stays Gregorian
  EXPECT_EQ(ru("Съезд открылся 10 января 1910 г. (н. ст.).", o), V{"10 января 1910 г. | when=1910-01-10"});
}

TEST(DatesJulian, OldStyleMarkInAGregorianDocument) {
  EXPECT_EQ(ru("Он родился 6 мая 1899 года (по ст. ст.) в Ветлуге."),
            V{"6 мая 1899 года | when=1899-05-18 when-custom=1899-05-06 calendar=#julian"});
  EXPECT_EQ(en("Born on 6 May 1899 O.S. at home."),
            V{"6 May 1899 | when=1899-05-18 when-custom=1899-05-06 calendar=#julian"});
}

// --- not dates ---------------------------------------------------------------

TEST(DatesNegatives, DurationsAgesTimesAndRelatives) {
  EXPECT_EQ(ru("Смирнова приговорили к 5 годам лишения свободы; через 3 года, в 55 лет."), V{});
  EXPECT_EQ(ru("В 11 часов вечера, спустя четыре года."), V{});
  EXPECT_EQ(en("After a 13-year struggle, four years later, eleven years ago, at 10:30, aged 55."), V{});
  EXPECT_EQ(en("We work 0800 to 1600 one week and 1600 to midnight the next."), V{});
}

TEST(DatesNegatives, NumbersOfPagesIssuesArchivesAndQuantities) {
  EXPECT_EQ(en("Bulletin of the Opposition, No. 1932, pp. 242-266, F. 17, D. 136, L. 94-126."), V{});
  EXPECT_EQ(ru("РГАСПИ. Ф. 17. Оп. 171. Д. 136. Л. 94–126; д. 1–1432; № 4/1187."), V{});
  EXPECT_EQ(ru("Выдано 1500 рублей, принято 1114 больных."), V{});
  EXPECT_EQ(en("There were 1,500 people and a peak of 1950 m."), V{});
}

TEST(DatesNegatives, OrdinalsCongressesAndNames) {
  EXPECT_EQ(ru("На XV съезде по 58-й статье."), V{});
  EXPECT_EQ(en("At the 15th Congress, after the October Revolution and the July Days."), V{});
  EXPECT_EQ(ru("Он жил на улице 25 Октября, после Октября."), V{});
  EXPECT_EQ(en("It may be so; they march on."), V{});
}

TEST(DatesNegatives, ImpossibleDatesAreNotTagged) {
  EXPECT_EQ(en("On 31 June 1930 nothing happened."), V{});
  // a range that ends before it begins is left to the editor, with a warning
  Document doc;
  doc.lang = "ru";
  doc.source_path = "t.txt";
  Block b;
  b.text = "С 1930 по 1920 год.";
  b.anchors.push_back({0, {3, 1}});
  doc.blocks.push_back(b);
  Diagnostics d;
  EXPECT_EQ(annotate_dates(doc, {}, d), 0u);
  ASSERT_EQ(d.warnings(), 1u);
  EXPECT_NE(d.items()[0].format().find("t.txt:3:1:"), std::string::npos) << d.items()[0].format();
}

TEST(DatesGrammar, LanguagesWithoutAModuleAreLeftAlone) {
  EXPECT_EQ(date_grammar("fr"), nullptr);
  EXPECT_NE(date_grammar("en-GB"), nullptr);
  EXPECT_EQ(tag("fr", {"Le 14 juillet 1789."}), V{});
}

// --- the editor's dates ------------------------------------------------------

TEST(DatesEditorial, AppliedNotFoundAndAmbiguous) {
  Diagnostics d;
  auto layer = parse_editorial("ed.toml", R"([[date]]
document = "t"
text = "September 28"
when = "1928-09"

[[date]]
document = "t"
text = "no such words"
when = "1930"

[[date]]
document = "t"
text = "May"
when = "1929-05"
)", d);
  ASSERT_TRUE(layer) << (d.items().empty() ? "" : d.items()[0].format());
  Document doc;
  doc.id = "t";
  doc.lang = "en";
  doc.source_path = "t.txt";
  Block b;
  b.text = "I left in September 28 and came back in May, in late May.";
  b.anchors.push_back({0, {4, 1}});
  doc.blocks.push_back(b);
  annotate_dates(doc, {}, d);
  apply_editorial_dates(doc, *layer, "ed", d);
  const auto& spans = doc.blocks[0].spans;
  auto it = std::find_if(spans.begin(), spans.end(), [&](const Span& s) {
    return doc.blocks[0].text.substr(s.begin, s.end - s.begin) == "September 28";
  });
  ASSERT_NE(it, spans.end());
  const DateMention* date = it->as<DateMention>();
  ASSERT_NE(date, nullptr);
  EXPECT_EQ(date->value.when, "1928-09");  // the grammar's day 28 is replaced
  EXPECT_EQ(date->resp, "ed");
  ASSERT_EQ(d.warnings(), 2u);
  EXPECT_NE(d.items()[0].format().find("ed.toml:6:1: warning: [[date]] 'no such words' is not in t"), std::string::npos)
      << d.items()[0].format();
  EXPECT_NE(d.items()[1].format().find("ed.toml:11:1: warning: [[date]] 'May' occurs twice"), std::string::npos)
      << d.items()[1].format();
}

TEST(DatesEditorial, BadEntriesAreErrorsWithTheirPosition) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml", "[[date]]\ndocument = \"t\"\ntext = \"x\"\nwhen = \"1942-13\"\n", d);
  ASSERT_TRUE(l);
  EXPECT_TRUE(l->dates.empty());  // the entry is left out
  ASSERT_EQ(d.errors(), 1u);
  EXPECT_EQ(d.items()[0].format(),
            "ed.toml:4:8: error: [[date]]: when = \"1942-13\" is not an ISO 8601 date: write YYYY, YYYY-MM or YYYY-MM-DD");
}
