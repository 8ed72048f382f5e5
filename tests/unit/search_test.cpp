// Full-text search: passages from the written TEI, normalization of words,
// stems, the index script (escaping, format, determinism) and its shards.
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <string>
#include <thread>
#include <vector>

#include "site/search_index.hpp"
#include "site/search_words.hpp"
#include "test_files.hpp"

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

// ---------------------------------------------------------------- the index in shards

namespace {

namespace sfs = std::filesystem;

// Six documents, 100 bytes each by estimate; surname forms spread over them.
const std::vector<SearchDocument> kDocs{{"a", "Doc A", "en"}, {"b", "Doc B", "ru"}, {"c", "Doc C", "ru"},
                                        {"d", "Doc D", "en"}, {"e", "Doc E", "ru"}, {"f", "Doc F", "en"}};
const std::vector<std::size_t> kBytes(6, 100);

std::vector<Passage> passages_of(std::size_t doc) {
  const std::string id = kDocs[doc].id;
  const std::vector<std::string> texts[] = {
      {"Petrov wrote to the committee.", "A note on the letter."},
      {"Петров уехал.", "Письмо Петрову."},
      {"Петрова видели в Москве.", "Петровым писали."},
      {"The committee met; reports were read.", "Reporting continued."},
      {"Москва и Петров.", "Ещё одно письмо."},
      {"Final report of the committee."}};
  std::vector<Passage> out;
  int n = 0;
  for (const auto& t : texts[doc]) {
    std::string label(1, 'p');
    label += std::to_string(++n);
    out.push_back({id, id + '-' + label, label, kDocs[doc].lang, t});
  }
  return out;
}

// Every file under `dir`: relative path -> contents.
std::map<std::string, std::string> files_in(const sfs::path& dir) {
  std::map<std::string, std::string> out;
  for (const auto& e : sfs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) out[sfs::relative(e.path(), dir).string()] = editio::test::read(e.path());
  return out;
}

// The elements of a list member of an index script ("docs", "passages",
// "shards"), one a line.
std::vector<std::string> member_lines(const std::string& js, const std::string& name) {
  std::vector<std::string> out;
  const std::string head = "\"" + name + "\":[\n";
  std::size_t at = js.find(head);
  if (at == std::string::npos) return out;
  at += head.size();
  for (bool last = false; !last && at < js.size();) {
    const std::size_t e = js.find('\n', at);
    std::string line = js.substr(at, e - at);
    if (!line.empty() && line.back() == ',') line.pop_back();
    if (line.size() >= 3 && line.compare(line.size() - 3, 3, "]};") == 0) {
      line.resize(line.size() - 3);
      last = true;
    } else if (line.size() >= 2 && line.compare(line.size() - 2, 2, "]]") == 0) {
      line.pop_back();
      last = true;
    }
    out.push_back(line);
    at = e + 1;
  }
  return out;
}

// The passages of an index script, their doc numbers replaced by doc ids.
std::vector<std::string> passages_in(const std::string& js) {
  std::vector<std::string> ids;
  for (const auto& d : member_lines(js, "docs")) ids.push_back(d.substr(2, d.find('"', 2) - 2));
  std::vector<std::string> out;
  for (const auto& p : member_lines(js, "passages")) {
    const std::size_t comma = p.find(',');
    out.push_back(ids.at(std::stoul(p.substr(1, comma - 1))) + p.substr(comma));
  }
  return out;
}

}  // namespace

TEST(SearchIndexWriter, GroupsConsecutiveDocumentsBySize) {
  const auto dir = editio::test::temp_dir("search-groups");
  EXPECT_EQ(SearchIndexWriter(dir.string(), kDocs, kBytes, 1000).groups(), 1u);
  EXPECT_EQ(SearchIndexWriter(dir.string(), kDocs, kBytes, 250).groups(), 3u);
  EXPECT_EQ(SearchIndexWriter(dir.string(), kDocs, kBytes, 1).groups(), 6u);  // larger documents: one each
  EXPECT_EQ(SearchIndexWriter(dir.string(), kDocs, {100, 500, 100, 100, 100, 100}, 300).groups(), 4u);
}

TEST(SearchIndexWriter, OneGroupWritesTheSingleIndex) {
  const auto dir = editio::test::temp_dir("search-one");
  SearchIndexWriter w(dir.string(), kDocs, kBytes, 1000);
  std::vector<Passage> all;
  for (std::size_t i = 0; i < kDocs.size(); ++i) {
    auto ps = passages_of(i);
    all.insert(all.end(), ps.begin(), ps.end());
    w.add(i, ps);
  }
  Diagnostics d;
  w.finish(d);
  EXPECT_EQ(d.errors(), 0u);
  const auto files = files_in(dir);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_EQ(files.at("search-index.js"), search_index_js(kDocs, all));
}

TEST(SearchIndexWriter, ShardsHoldTheSinglesPassages) {
  const auto dir = editio::test::temp_dir("search-shards");
  SearchIndexWriter w(dir.string(), kDocs, kBytes, 250);
  std::vector<Passage> all;
  for (std::size_t i = 0; i < kDocs.size(); ++i) {
    auto ps = passages_of(i);
    all.insert(all.end(), ps.begin(), ps.end());
    w.add(i, ps);
    if (i == 1) {  // the first group is written once complete
      EXPECT_TRUE(sfs::exists(dir / "search" / "0001.js"));
      EXPECT_FALSE(sfs::exists(dir / "search" / "0002.js"));
    }
  }
  Diagnostics d;
  w.finish(d);
  EXPECT_EQ(d.errors(), 0u);
  const auto files = files_in(dir);
  ASSERT_EQ(files.size(), 4u);
  const std::string& index = files.at("search-index.js");
  EXPECT_EQ(index.find("\"passages\""), std::string::npos);
  EXPECT_NE(index.find("\"shards\":[\n\"search/0001.js\",\n\"search/0002.js\",\n\"search/0003.js\"]};\n"),
            std::string::npos) << index;
  EXPECT_EQ(member_lines(index, "docs").size(), kDocs.size());
  std::vector<std::string> sharded;
  for (const char* name : {"search/0001.js", "search/0002.js", "search/0003.js"}) {
    const std::string& shard = files.at(name);
    EXPECT_EQ(shard.find("(window.EDITIO_SEARCH_SHARDS=window.EDITIO_SEARCH_SHARDS||{})[\"" + std::string(name) +
                         "\"]={\"version\":1,\n\"docs\":["),
              shard.find('\n') + 1);
    EXPECT_EQ(member_lines(shard, "docs").size(), 2u);
    const auto ps = passages_in(shard);
    sharded.insert(sharded.end(), ps.begin(), ps.end());
  }
  const auto single = passages_in(search_index_js(kDocs, all));
  EXPECT_EQ(single.size(), all.size());
  EXPECT_EQ(sharded, single);
  // Word groups by stem alone in shards: the nominative is apart from the
  // other cases (search.js merges them); the single index merges them.
  EXPECT_NE(files.at("search/0001.js").find("\n[4,\"петров\",[2]],\n[6,\"петрову\",[3]],"), std::string::npos)
      << files.at("search/0001.js");
  EXPECT_NE(search_index_js(kDocs, all).find("\n[6,\"петров\",[2,8],\"петрова\",[4],\"петрову\",[3],\"петровым\",[5]],"),
            std::string::npos)
      << search_index_js(kDocs, all);
}

TEST(SearchIndexWriter, DeterministicWhateverTheOrder) {
  const auto one = editio::test::temp_dir("search-order-1"), two = editio::test::temp_dir("search-order-2");
  {
    SearchIndexWriter w(one.string(), kDocs, kBytes, 250);
    for (std::size_t i = 0; i < kDocs.size(); ++i) w.add(i, passages_of(i));
    Diagnostics d;
    w.finish(d);
  }
  {
    SearchIndexWriter w(two.string(), kDocs, kBytes, 250);
    std::vector<std::thread> threads;
    for (std::size_t i = kDocs.size(); i-- > 0;) threads.emplace_back([&w, i] { w.add(i, passages_of(i)); });
    for (auto& t : threads) t.join();
    Diagnostics d;
    w.finish(d);
  }
  const auto a = files_in(one), b = files_in(two);
  EXPECT_EQ(a.size(), 4u);
  EXPECT_EQ(a, b);
}

TEST(SearchIndexWriter, SkippedDocumentsAreLeftOut) {
  const auto dir = editio::test::temp_dir("search-skip");
  editio::test::write(dir / "search" / "0009.js", "stale");  // from an earlier build
  {
    SearchIndexWriter w(dir.string(), kDocs, kBytes, 250);
    for (std::size_t i = 0; i < kDocs.size(); ++i) {
      if (i == 2 || i == 3) w.skip(i);  // the whole second group
      else if (i == 4) w.skip(i);
      else w.add(i, passages_of(i));
    }
    w.add(4, passages_of(4));  // once reported, a document stays as it was
    Diagnostics d;
    w.finish(d);
    EXPECT_EQ(d.errors(), 0u);
  }
  auto files = files_in(dir);
  ASSERT_EQ(files.size(), 3u);  // no shard for a group without documents; the stale one removed
  EXPECT_TRUE(files.count("search/0001.js") && files.count("search/0003.js"));
  const std::string& index = files.at("search-index.js");
  EXPECT_EQ(member_lines(index, "docs").size(), 3u);
  for (const char* gone : {"\"c\"", "\"d\"", "\"e\""}) EXPECT_EQ(index.find(gone), std::string::npos) << gone;
  EXPECT_EQ(member_lines(index, "shards"), (std::vector<std::string>{"\"search/0001.js\"", "\"search/0003.js\""}));
  EXPECT_EQ(files.at("search/0003.js").find("Москва"), std::string::npos);
  EXPECT_EQ(passages_in(files.at("search/0003.js")).size(), 1u);

  // One group, and a document never reported: the single index without it;
  // the shards of the earlier build go.
  {
    SearchIndexWriter w(dir.string(), kDocs, kBytes, 1000);
    for (std::size_t i = 1; i < kDocs.size(); ++i) w.add(i, passages_of(i));
    Diagnostics d;
    w.finish(d);
  }
  files = files_in(dir);
  ASSERT_EQ(files.size(), 1u);
  std::vector<Passage> rest;
  for (std::size_t i = 1; i < kDocs.size(); ++i) {
    auto ps = passages_of(i);
    rest.insert(rest.end(), ps.begin(), ps.end());
  }
  EXPECT_EQ(files.at("search-index.js"),
            search_index_js(std::vector<SearchDocument>(kDocs.begin() + 1, kDocs.end()), rest));
  EXPECT_FALSE(sfs::exists(dir / "search"));
}
