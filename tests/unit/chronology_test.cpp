// The chronology (corpus/chronology): every date of the written TEI's text
// with a known year, in time order, as edition.xml holds it. Tested from
// written TEI to the XML it writes, through collect_dates and ChronologyIndex.
#include <gtest/gtest.h>

#include "corpus/chronology.hpp"
#include "test_files.hpp"
#include "written_tei.hpp"

using namespace editio;
using test::indented;

namespace {

// A letter: its dateline, dates in a paragraph and in a note, a range, a
// bounded date, and a day without a year.
const std::string kLetter = test::written_tei("a", "en", R"(      <div>
        <opener xml:id="a-open1">
          <dateline>Cairo, <date when="1942-03-10">10 March 1942</date></dateline>
        </opener>
        <p n="1" xml:id="a-p1">We docked on the <date cert="medium" when="1942-02-24">24th of February</date>; the war of <date from="1914" to="1918">1914-18</date> seems far.</p>
        <p n="2" xml:id="a-p2">On <date when="--04-16">April 16</date> nothing; by <date notBefore="1942-02" notAfter="1942-03">early 1942</date> all.<note place="foot" n="1" xml:id="a-n1"><p>Since <date when="1905-01-22" when-custom="1905-01-09" datingMethod="#julian">9 January 1905</date>.</p></note></p>
      </div>
)");

// A second document: the same day as the letter's, and a month.
const std::string kReport = test::written_tei("b", "en", R"(      <div>
        <p n="1" xml:id="b-p1">On <date when="1942-02-24">24 February 1942</date> and in <date when="1942-02">February 1942</date>.</p>
      </div>
)");

// The chronology of the letter (manifest position 0) and the report (1),
// the report's dates added first, as a build may finish it first.
struct TwoDocuments {
  Scratch scratch{test::temp_dir("chronology").string()};
  ChronologyIndex index{scratch};
  TwoDocuments() {
    pugi::xml_document a, b;
    index.add(1, collect_dates(test::parsed(b, kReport), "b"));
    index.add(0, collect_dates(test::parsed(a, kLetter), "a"));
  }
};

}  // namespace

TEST(Chronology, DatesGoInTimeOrderWithTheirDaysTheirPlaceAndTheirWords) {
  TwoDocuments c;
  EXPECT_EQ(c.index.size(), 7u);  // "April 16" has no year: nowhere in time
  test::Gathered out;
  ASSERT_TRUE(c.index.write(out.sink()));
  // Sorted by first day, then by last day (the more precise first), then by
  // manifest and document order; a date in a dateline is the letter's own.
  EXPECT_EQ(indented(out.text), R"(<chronology>
  <dated start="1905-01-22" end="1905-01-22" when="1905-01-22" when-custom="1905-01-09" doc="a" target="a-n1" n="n1">
    <text>9 January 1905</text>
    <context>Since 9 January 1905.</context>
  </dated>
  <dated start="1914-01-01" end="1918-12-31" from="1914" to="1918" doc="a" target="a-p1" n="1">
    <text>1914-18</text>
    <context>We docked on the 24th of February; the war of 1914-18 seems far.</context>
  </dated>
  <dated start="1942-02-01" end="1942-02-28" when="1942-02" doc="b" target="b-p1" n="1">
    <text>February 1942</text>
    <context>On 24 February 1942 and in February 1942.</context>
  </dated>
  <dated start="1942-02-01" end="1942-03-31" notBefore="1942-02" notAfter="1942-03" doc="a" target="a-p2" n="2">
    <text>early 1942</text>
    <context>On April 16 nothing; by early 1942 all.</context>
  </dated>
  <dated start="1942-02-24" end="1942-02-24" when="1942-02-24" cert="medium" doc="a" target="a-p1" n="1">
    <text>24th of February</text>
    <context>We docked on the 24th of February; the war of 1914-18 seems far.</context>
  </dated>
  <dated start="1942-02-24" end="1942-02-24" when="1942-02-24" doc="b" target="b-p1" n="1">
    <text>24 February 1942</text>
    <context>On 24 February 1942 and in February 1942.</context>
  </dated>
  <dated start="1942-03-10" end="1942-03-10" when="1942-03-10" type="dateline" doc="a" target="a-open1">
    <text>10 March 1942</text>
    <context>Cairo, 10 March 1942</context>
  </dated>
</chronology>
)");
}

TEST(Chronology, ALongChronologyGoesInPartsNamedByTheirFirstAndLastDays) {
  TwoDocuments c;
  const std::vector<PagePart> parts = c.index.plan(3);
  ASSERT_EQ(parts.size(), 3u);
  EXPECT_EQ(parts[0].from, 0u);
  EXPECT_EQ(parts[0].to, 3u);
  EXPECT_EQ(parts[0].first, "1905-01-22");
  EXPECT_EQ(parts[0].last, "1942-02-01");
  EXPECT_EQ(parts[1].first, "1942-02-01");
  EXPECT_EQ(parts[1].last, "1942-02-24");
  EXPECT_EQ(parts[2].from, 6u);
  EXPECT_EQ(parts[2].to, 7u);
  EXPECT_EQ(parts[2].first, "1942-03-10");
  test::Gathered out;
  ASSERT_TRUE(c.index.write_part(out.sink(), parts[2]));
  EXPECT_EQ(indented(out.text), R"(<chronology>
  <dated start="1942-03-10" end="1942-03-10" when="1942-03-10" type="dateline" doc="a" target="a-open1">
    <text>10 March 1942</text>
    <context>Cairo, 10 March 1942</context>
  </dated>
</chronology>
)");
}

TEST(Chronology, ADocumentWithoutDatesAddsNothing) {
  Scratch scratch(test::temp_dir("chronology-none").string());
  ChronologyIndex index(scratch);
  pugi::xml_document d;
  index.add(0, collect_dates(test::parsed(d, test::written_tei("c", "en", "<p n=\"1\" xml:id=\"c-p1\">No date.</p>\n")), "c"));
  EXPECT_EQ(index.size(), 0u);
  test::Gathered out;
  ASSERT_TRUE(index.write(out.sink()));
  EXPECT_EQ(out.text, "<chronology></chronology>");
}
