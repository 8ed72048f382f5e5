// One long paragraph (issue 19, case 15): what the stages that were
// quadratic in it now guarantee. Their speed is measured in
// bench/gen_long_paragraph.py; these tests pin the results and the
// structures that keep the work per span bounded.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include <pugixml.hpp>

#include "annotate/dates.hpp"
#include "annotate/notes.hpp"
#include "corpus/chronology.hpp"
#include "driver/stats.hpp"
#include "util/stage_times.hpp"
#include "corpus/tei_text.hpp"
#include "read/segment.hpp"
#include "tei/writer.hpp"
#include "util/utf8.hpp"

using namespace editio;

namespace {

Document seg(const std::string& text, Diagnostics& d) {
  auto src = read_source("t.txt", text, d);
  Document doc;
  doc.id = "t";
  doc.lang = "en";
  doc.source_path = "t.txt";
  segment(*src, doc, d);
  return doc;
}

// About `bytes` of words, Cyrillic and Latin (two-byte and one-byte
// characters), on one line.
std::string mixed_line(std::size_t bytes) {
  std::string s;
  for (int i = 0; s.size() < bytes; ++i) s += i % 3 ? "слово word " : "Петров, ";
  return s;
}

const char* kTeiHead = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>T</title></titleStmt>
<publicationStmt><p>P</p></publicationStmt><sourceDesc><p>S</p></sourceDesc></fileDesc></teiHeader>
<text><body><div>)";
const char* kTeiTail = "</div></body></text></TEI>";

}  // namespace

TEST(LongParagraph, AnchorsAtMostAKilobyteApartKeepColumnsExact) {
  Diagnostics d;
  const std::string line = mixed_line(300 * 1024);
  Document doc = seg("Title of the text\n\n" + line + "\n", d);
  ASSERT_EQ(doc.blocks.size(), 2u);
  const Block& b = doc.blocks[1];
  // A warning's line:column counts from the nearest anchor before it.
  for (std::size_t k = 1; k < b.anchors.size(); ++k) EXPECT_LE(b.anchors[k].offset - b.anchors[k - 1].offset, 1024u);
  EXPECT_LE(b.text.size() - b.anchors.back().offset, 1024u);
  for (std::size_t at = 0; at < b.text.size(); at = b.text.find(' ', at + 7919)) {
    if (at == std::string::npos) break;
    const SourcePos p = b.position_of(at);
    EXPECT_EQ(p.line, 3u);
    EXPECT_EQ(p.column, utf8::count_code_points(b.text, 0, at) + 1) << "at byte " << at;
  }
}

TEST(LongParagraph, ANoteBodyOnALongLineCountsColumnsFromItsMarker) {
  Diagnostics d;
  const std::string body = mixed_line(10 * 1024);
  Document doc = seg("Text with a call.[1]\n\n[1]    " + body + "\n", d);
  ASSERT_EQ(doc.notes.size(), 1u);
  const Block& b = doc.notes[0].blocks[0];
  EXPECT_EQ(b.anchors.front().offset, 0u);
  EXPECT_EQ(b.position_of(0).column, 8u);  // after "[1]" and four spaces
  const std::size_t at = b.text.rfind("Петров");
  EXPECT_EQ(b.position_of(at).column, 8 + utf8::count_code_points(b.text, 0, at));
}

TEST(LongParagraph, EveryWarningOfALongLineHasItsColumn) {
  Diagnostics d;
  std::string line;
  std::vector<std::size_t> columns;
  for (int i = 0; line.size() < 64 * 1024; ++i) {
    columns.push_back(utf8::count_code_points(line, 0, line.size()) + 1);
    line += i % 2 ? "31 June 1930, слово, " : "30 February 1931, ";
  }
  Document doc = seg(line + "\n", d);
  annotate_dates(doc, {}, d);
  ASSERT_EQ(d.warnings(), columns.size());
  for (std::size_t i = 0; i < columns.size(); ++i) {
    EXPECT_EQ(d.items()[i].pos.line, 1u);
    EXPECT_EQ(d.items()[i].pos.column, columns[i]) << "warning " << i;
  }
}

TEST(LongParagraph, UnitReadingsAgreeWithTheReadingOfEachMark) {
  std::string p = R"(<p n="1" xml:id="t-p1">)";
  for (int i = 0; i < 300; ++i)
    p += "On <date when=\"1929\">" + std::to_string(1929) + "</date> and <choice><sic>x</sic><corr><date when=\"1930\">"
         "1930</date></corr></choice> he wrote" +
         (i % 50 ? std::string() : "<note xml:id=\"t-n" + std::to_string(i) + "\">see <date when=\"1931\">1931</date></note>") +
         (i % 70 ? std::string() : "<note>unnumbered <date when=\"1932\">1932</date></note>") + ". ";
  p += "</p>";
  pugi::xml_document x;
  ASSERT_TRUE(load_written_tei(x, kTeiHead + p + kTeiTail));
  UnitReadings units;
  std::size_t marks = 0, placed = 0;
  for (const auto& xn : x.select_nodes("//*[local-name()='date']")) {
    pugi::xml_node date = xn.node();
    std::string n;
    pugi::xml_node unit = enclosing_unit(date, n);
    ASSERT_TRUE(unit);
    std::size_t expected_at = 0, at = 0;
    const std::string expected = source_reading(unit, date, expected_at);
    EXPECT_EQ(units.reading(unit, date, at), expected);
    EXPECT_EQ(at, expected_at) << "date " << marks;
    ++marks;
    placed += at != std::string::npos;
  }
  EXPECT_EQ(marks, 300u * 2 + 6 + 5);
  EXPECT_EQ(placed, 300u + 6);  // a corrected reading's and an unnumbered note's dates are not in the source's reading
}

TEST(LongParagraph, DatesOfALongParagraphGetTheSentenceAroundThem) {
  std::string p = R"(<p n="1" xml:id="t-p1">)";
  for (int i = 0; i < 2000; ++i) p += "In <date when=\"" + std::to_string(1900 + i % 90) + "\">" + std::to_string(1900 + i % 90) + "</date> it rained. ";
  p += std::string(5000, 'x') + " <date when=\"1999\">1999</date> " + std::string(5000, 'y') + "</p>";
  pugi::xml_document x;
  ASSERT_TRUE(load_written_tei(x, kTeiHead + p + kTeiTail));
  const auto dates = collect_dates(x, "t");
  ASSERT_EQ(dates.size(), 2001u);
  // Words up to about 110 bytes on either side, cut at word boundaries.
  EXPECT_EQ(dates[0].context,
            "In 1900 it rained. In 1901 it rained. In 1902 it rained. In 1903 it rained. In 1904 it rained. "
            "In 1905 it rained. In …");
  EXPECT_EQ(dates[1000].target, "t-p1");
  EXPECT_EQ(dates[1000].context,
            "… it rained. In 1905 it rained. In 1906 it rained. In 1907 it rained. In 1908 it rained. In 1909 it rained. "
            "In 1910 it rained. In 1911 it rained. In 1912 it rained. In 1913 it rained. In 1914 it rained. In 1915 it "
            "rained. In …");
  // A word longer than the reach: the context starts at the date, and ends
  // within the word after it.
  EXPECT_EQ(dates[2000].context, "… 1999 " + std::string(109, 'y') + " …");
}

TEST(LongParagraph, NotesWithARepeatedNumberAreLabelledInOrder) {
  Diagnostics d;
  std::string text = "Calls";
  for (int i = 0; i < 3; ++i) text += " a[1] b[2]";
  text += ".\n\n[1] One.\n\n[2] Two.\n\n[1] One again.\n\n[2] Two again.\n\n[1] One once more.\n\n[2] Two once more.\n";
  Document doc = seg(text, d);
  link_notes(doc, {}, d);
  Edition ed;
  ed.title = "Test Edition";
  ed.editors.push_back({"ed", "Test Editor", "editor"});
  DocumentEntry e;
  e.id = "t";
  e.file = e.path = "t.txt";
  e.title = "Test text";
  e.language = "en";
  TeiContext ctx;
  ctx.edition = &ed;
  ctx.entry = &e;
  pugi::xml_document x;
  build_tei(doc, ctx, x);
  std::vector<std::string> labels, ids;
  for (const auto& xn : x.select_nodes("//text//note")) {
    labels.push_back(xn.node().attribute("n").value());
    ids.push_back(xn.node().attribute("xml:id").value());
  }
  EXPECT_EQ(labels, (std::vector<std::string>{"1", "2", "1", "2", "1", "2"}));  // as printed
  EXPECT_EQ(ids, (std::vector<std::string>{"t-n1", "t-n2", "t-n1.2", "t-n2.2", "t-n1.3", "t-n2.3"}));
}

TEST(LongParagraph, StageTimesHoldTheThreadsCpuTime) {
  StageTimes t;
  {
    StageTimer timer(&t, Stage::Annotate);
    volatile double x = 0;
    const double until = thread_cpu_seconds() + 0.05;
    while (thread_cpu_seconds() < until) x = x + 1;
  }
  EXPECT_GE(t.cpu_seconds[static_cast<std::size_t>(Stage::Annotate)], 0.05);
  EXPECT_GE(t[Stage::Annotate], t.cpu_seconds[static_cast<std::size_t>(Stage::Annotate)] - 0.01);
  BuildStats s;
  s.stages = t;
  const std::string json = stats_json(s);
  EXPECT_NE(json.find("\"stages_cpu\": {\"read\": 0.0000, \"annotate\": 0.05"), std::string::npos) << json;
}
