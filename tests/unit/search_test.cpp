// Full-text search: passages from the written TEI, normalization of words,
// stems, and the index script (escaping, format, determinism).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "build/search.hpp"

using namespace editio;

namespace {

const char* kTei = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:lang="en"><teiHeader><fileDesc><titleStmt><title>Header title</title></titleStmt>
<publicationStmt><p>Header text</p></publicationStmt><sourceDesc><p>Header source</p></sourceDesc></fileDesc></teiHeader>
<text>
  <front>
    <div type="headnote">
      <head xml:id="doc-h1">A heading with a <note place="foot" n="1" xml:id="doc-n1">Heading note.</note>note</head>
    </div>
  </front>
  <body>
    <div type="letter" xml:id="doc-t1">
      <head type="supplied">Letter of Petrov</head>
      <opener xml:id="doc-open1"><dateline>Moscow, <date when="1929-10-21">October 21, 1929</date></dateline><salute>Dear comrade,</salute></opener>
      <p n="1" xml:id="doc-p1">Deputy chief: <persName ref="#x"><choice><sic>Berry</sic><corr resp="#ed">Yagoda</corr></choice></persName> and <choice><orig>IV Petrov</orig><reg resp="#ed">I. V. Petrov</reg></choice> wrote<note place="foot" n="41" xml:id="doc-n41"><p>The note's first paragraph.</p><p>Its second, by <choice><abbr>L.S.</abbr><expan>Lev S.</expan></choice></p></note> to him (Petrov - <note type="insertion" place="inline" resp="#om">OM</note>).</p>
      <p n="2" xml:id="doc-p2" xml:lang="ru">Петрова видели<lb/>в Москве; Пет<lb break="no"/>ров уехал.</p>
      <list xml:id="doc-l1"><item xml:id="doc-i1" n="1">First item</item><item xml:id="doc-i2">Second item</item></list>
      <p n="3" xml:id="doc-p3"><figure><figDesc>Not shown</figDesc></figure>Visible text.</p>
      <p n="4" xml:id="doc-p4"> </p>
      <closer><signed>I. Petrov</signed></closer>
    </div>
  </body>
</text></TEI>)";

const Passage* find(const std::vector<Passage>& ps, const std::string& anchor) {
  for (const auto& p : ps)
    if (p.anchor == anchor) return &p;
  return nullptr;
}

}  // namespace

TEST(SearchPassages, OnePerUnitWithItsIdLabelAndLanguage) {
  auto ps = collect_passages(kTei, "doc");
  std::vector<std::string> anchors;
  for (const auto& p : ps) anchors.push_back(p.anchor);
  // document order; a note right after the unit that calls it; no empty units,
  // nothing from the header
  EXPECT_EQ(anchors, (std::vector<std::string>{"doc-h1", "doc-n1", "doc-t1", "doc-open1", "doc-p1", "doc-n41", "doc-p2",
                                               "doc-i1", "doc-i2", "doc-p3"}));
  for (const auto& p : ps) {
    EXPECT_EQ(p.doc, "doc");
    EXPECT_EQ(p.text.find("Header"), std::string::npos);
  }
  EXPECT_EQ(find(ps, "doc-p1")->label, "p1");
  EXPECT_EQ(find(ps, "doc-n41")->label, "n41");
  EXPECT_EQ(find(ps, "doc-h1")->label, "h");
  EXPECT_EQ(find(ps, "doc-i1")->label, "i1");
  EXPECT_EQ(find(ps, "doc-i2")->label, "i");
  EXPECT_EQ(find(ps, "doc-t1")->label, "t");
  EXPECT_EQ(find(ps, "doc-open1")->label, "o");
  EXPECT_EQ(find(ps, "doc-p1")->lang, "en");
  EXPECT_EQ(find(ps, "doc-p2")->lang, "ru");
}

TEST(SearchPassages, CorrectedReading) {
  auto ps = collect_passages(kTei, "doc");
  const std::string& p1 = find(ps, "doc-p1")->text;
  EXPECT_NE(p1.find("Deputy chief: Yagoda and I. V. Petrov wrote to him (Petrov - OM)."), std::string::npos) << p1;
  EXPECT_EQ(p1.find("Berry"), std::string::npos);
  EXPECT_EQ(p1.find("IV Petrov"), std::string::npos);
  EXPECT_EQ(find(ps, "doc-n41")->text, "The note's first paragraph. Its second, by Lev S.");
}

TEST(SearchPassages, NotesArePassagesOfTheirOwn) {
  auto ps = collect_passages(kTei, "doc");
  EXPECT_EQ(find(ps, "doc-h1")->text, "A heading with a note");
  EXPECT_EQ(find(ps, "doc-n1")->text, "Heading note.");
  EXPECT_EQ(find(ps, "doc-p1")->text.find("paragraph"), std::string::npos);
}

TEST(SearchPassages, TextOutsideUnitsGoesToTheEnclosingOne) {
  auto ps = collect_passages(kTei, "doc");
  // the supplied head and the closer (no id) of the letter: the division's passage
  EXPECT_EQ(find(ps, "doc-t1")->text, "Letter of Petrov I. Petrov");
  EXPECT_EQ(find(ps, "doc-open1")->text, "Moscow, October 21, 1929 Dear comrade,");
  // line breaks: a space, except inside a word; figure descriptions left out
  EXPECT_EQ(find(ps, "doc-p2")->text, "Петрова видели в Москве; Петров уехал.");
  EXPECT_EQ(find(ps, "doc-p3")->text, "Visible text.");
  EXPECT_TRUE(collect_passages("<not-tei", "x").empty());
}

TEST(SearchWords, Normalization) {
  EXPECT_EQ(search_normalize("ПЕТРОВ"), "петров");
  EXPECT_EQ(search_normalize("Petrov"), "petrov");
  EXPECT_EQ(search_normalize("Ёлкин"), "елкин");
  EXPECT_EQ(search_normalize("Йошкар"), "йошкар");                    // й keeps its breve
  EXPECT_EQ(search_normalize("И\u0306ошкар"), "йошкар");               // decomposed й too
  EXPECT_EQ(search_normalize("Петро\u0301ва"), "петрова");             // stress accent
  EXPECT_EQ(search_normalize("Пет\u00ADрова"), "петрова");             // soft hyphen
  EXPECT_EQ(search_normalize("Café"), "cafe");
  EXPECT_EQ(search_normalize("ΟΔΟΣ"), "οδος");                         // final sigma, as JS toLowerCase
}

TEST(SearchWords, Splitting) {
  EXPECT_EQ(search_words("Petrov's book, 1929—Ter-Vaganian «Пет\u00ADров» ¶ 5"),
            (std::vector<std::string>{"petrov", "s", "book", "1929", "ter", "vaganian", "петров", "5"}));
  EXPECT_TRUE(search_words(" .,;— ").empty());
}

TEST(SearchStems, RussianSurnameInItsCases) {
  SearchStemmer st;
  const std::string stem = st.stem("петрова");
  EXPECT_EQ(st.stem("петрову"), stem);
  EXPECT_EQ(st.stem("петровым"), stem);
  EXPECT_EQ(st.stem("петровых"), stem);
  // the nominative is cut shorter by the stemmer; the groups put it back
  auto groups = stem_groups({"петров", "петрова", "петрову", "петровым", "петровых", "москва", "москве"});
  ASSERT_EQ(groups.count("петров"), 1u);
  EXPECT_EQ(groups["петров"],
            (std::vector<std::string>{"петров", "петрова", "петрову", "петровым", "петровых"}));
  EXPECT_EQ(groups["москв"], (std::vector<std::string>{"москва", "москве"}));
  EXPECT_EQ(groups.size(), 2u);
}

TEST(SearchStems, ByScriptNotByDocument) {
  SearchStemmer st;
  EXPECT_EQ(st.stem("capitulated"), st.stem("capitulators"));  // English
  EXPECT_EQ(st.stem("reports"), "report");
  EXPECT_EQ(st.stem("доклады"), st.stem("докладов"));          // Russian
  EXPECT_EQ(st.stem("1929"), "1929");                           // no script: itself
}

TEST(SearchIndex, JsEscaping) {
  EXPECT_EQ(js_string("a\"b\\c</script>\u2028d\u2029\n\x01"),
            "\"a\\\"b\\\\c\\u003c/script>\\u2028d\\u2029\\n\\u0001\"");
  EXPECT_EQ(js_string("Петров"), "\"Петров\"");
  std::vector<Passage> ps{{"d", "d-p1", "p1", "en", "He said \"</script><!-- x\\y\u2028z\" — Петров"}};
  const std::string js = search_index_js({{"d", "Title \"q\"", "en"}}, ps);
  EXPECT_EQ(js.find("</"), std::string::npos);
  EXPECT_EQ(js.find("<!--"), std::string::npos);
  EXPECT_EQ(js.find("\u2028"), std::string::npos);
  EXPECT_NE(js.find("\"He said \\\"\\u003c/script>\\u003c!-- x\\\\y\\u2028z\\\" — Петров\""), std::string::npos);
  EXPECT_NE(js.find("\"Title \\\"q\\\"\""), std::string::npos);
}

TEST(SearchIndex, Format) {
  std::vector<Passage> ps{{"a", "a-p1", "p1", "en", "Petrov wrote to Petrov."},
                          {"b", "b-n41", "n41", "ru", "Петрова и Петрову"},
                          {"a", "a-p2", "p2", "ru", "Петров"},
                          {"gone", "gone-p1", "p1", "en", "Not listed"}};
  const std::string js = search_index_js({{"a", "Doc A", "en"}, {"b", "Doc B", "ru"}}, ps);
  EXPECT_EQ(js.rfind("window.EDITIO_SEARCH_INDEX={\"version\":1,", js.find('\n') + 1), js.find('\n') + 1);
  EXPECT_NE(js.find("[\"a\",\"Doc A\",\"en\"]"), std::string::npos);
  // anchors abbreviated, language only where it differs from the document's
  EXPECT_NE(js.find("[0,\"-p1\",\"p1\",\"Petrov wrote to Petrov.\"]"), std::string::npos);
  EXPECT_NE(js.find("[1,\"-n41\",\"n41\",\"Петрова и Петрову\"]"), std::string::npos);
  EXPECT_NE(js.find("[0,\"-p2\",\"p2\",\"Петров\",\"ru\"]"), std::string::npos);
  EXPECT_EQ(js.find("Not listed"), std::string::npos);
  // one group for the surname's forms, its stem given by length; passages once each
  EXPECT_NE(js.find("[6,\"петров\",[2],\"петрова\",[1],\"петрову\",[1]]"), std::string::npos) << js;
  EXPECT_NE(js.find("[\"petrov\",[0]]"), std::string::npos) << js;
  EXPECT_NE(js.find("[\"wrote\",[0]]"), std::string::npos) << js;
  // one-letter words are not indexed
  EXPECT_EQ(js.find("[\"и\","), std::string::npos);
  EXPECT_EQ(js.substr(js.size() - 4), "]};\n");
}

TEST(SearchIndex, Deterministic) {
  auto ps = collect_passages(kTei, "doc");
  const std::vector<SearchDocument> docs{{"doc", "Document", "en"}};
  const std::string a = search_index_js(docs, ps), b = search_index_js(docs, ps);
  EXPECT_EQ(a, b);
  // groups sorted by stem: "deputi" (deputy) before "yagoda"
  EXPECT_LT(a.find("\"deputy\""), a.find("\"yagoda\""));
}
