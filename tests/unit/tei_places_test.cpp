// Places and organisations in the TEI Editio writes: a PlaceName span
// becomes placeName/@ref, an OrgName span orgName/@ref, wherever the text
// has them (heading, dateline, paragraph, inside hi and ref, in a note), and
// the header carries a copy of each entry the document names, once:
// profileDesc/settingDesc/listPlace/place and profileDesc/particDesc/listOrg/org
// (src/tei/header.cpp add_places_and_orgs). The result is valid against the
// project schemas (editio.rng, and editio.sch, whose editio-place-refs and
// editio-org-refs check the pointers) and tei_all.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <pugixml.hpp>

#include "check/validator.hpp"
#include "edition/gazetteer.hpp"
#include "tei/writer.hpp"

using namespace editio;
namespace sfs = std::filesystem;

namespace {

const sfs::path kSource = sfs::path(EDITIO_SOURCE_DIR);

// An editor's gazetteer: a city with a district nested in it (an entry of
// its own) and its desc after its idno (TEI wants it before), a second city
// no text names, and an organisation with its abbreviation and a former name.
const char* kGazetteer = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>Places</title></titleStmt>
    <publicationStmt><p>Test</p></publicationStmt><sourceDesc><p>Test</p></sourceDesc></fileDesc></teiHeader>
  <text><body>
    <listPlace>
      <place xml:id="city" type="city">
        <placeName xml:lang="en" type="reg">City</placeName>
        <placeName xml:lang="ru" type="reg">Город</placeName>
        <location><geo>55.7558 37.6173</geo></location>
        <idno type="wikidata">Q1</idno>
        <note>An invented city.</note>
        <desc>A city on a river.</desc>
        <place xml:id="quarter" type="district">
          <placeName xml:lang="en" type="reg">Old Quarter</placeName>
          <desc>A district of the city.</desc>
        </place>
      </place>
      <place xml:id="elsewhere"><placeName xml:lang="en">Elsewhere</placeName></place>
    </listPlace>
    <listOrg>
      <org xml:id="bureau" type="agency">
        <orgName xml:lang="en" type="reg">Central Bureau</orgName>
        <orgName xml:lang="en" type="abbr">CB</orgName>
        <orgName xml:lang="en" type="former">Bureau of Affairs</orgName>
        <idno type="wikidata">Q2</idno>
        <desc>An invented agency.</desc>
      </org>
    </listOrg>
  </body></text>
</TEI>
)";

Block block(BlockKind kind, const std::string& text, std::vector<Span> spans = {}) {
  Block b;
  b.kind = kind;
  b.text = text;
  b.anchors.push_back({0, {1, 1}});
  b.spans = std::move(spans);
  return b;
}

// A letter naming the city (heading, dateline, a highlighted word, a link,
// a note), its district, the organisation, and a dateline place the
// gazetteer does not know (PlaceName{}: no @ref).
Document letter() {
  Document doc;
  doc.id = "pl";
  doc.lang = "en";
  doc.notes_linked = true;
  doc.blocks.push_back(block(BlockKind::Heading, "From City to the Bureau",
                             {Span{5, 9, PlaceName{"city"}}, Span{17, 23, OrgName{"bureau"}}}));
  Block dateline = block(BlockKind::Paragraph, "City, 1 March 1929", {Span{0, 4, PlaceName{"city"}}});
  dateline.role = BlockRole::Dateline;
  doc.blocks.push_back(dateline);
  Block nowhere = block(BlockKind::Paragraph, "Somewhere", {Span{0, 9, PlaceName{}}});
  nowhere.role = BlockRole::Dateline;
  doc.blocks.push_back(nowhere);
  //                    0         1         2         3         4         5
  //                    0123456789012345678901234567890123456789012345678901234
  const std::string p = "The CB met in the Old Quarter of City, said the bureau.";
  doc.blocks.push_back(block(BlockKind::Paragraph, p,
                             {Span{4, 6, OrgName{"bureau"}}, Span{18, 29, PlaceName{"quarter"}},
                              Span{33, 37, Highlight{"italic"}}, Span{33, 37, PlaceName{"city"}, 1},
                              Span{44, 54, Link{"https://example.org/", false}}, Span{48, 54, OrgName{"bureau"}, 1},
                              Span{55, 55, NoteCall{0}}}));
  Note n;
  n.n = "1";
  n.called = true;
  n.blocks.push_back(block(BlockKind::Paragraph, "In City, the CB.",
                           {Span{3, 7, PlaceName{"city"}}, Span{13, 15, OrgName{"bureau"}}}));
  doc.notes.push_back(n);
  TextPart letter;  // one text, a letter: its dateline lines go into the opener
  letter.type = "letter";
  doc.parts.push_back(letter);
  doc.places = {"city", "quarter"};
  doc.orgs = {"bureau"};
  return doc;
}

struct Written {
  Edition ed;
  DocumentEntry entry;
  Gazetteer gazetteer;
  std::string tei;
  pugi::xml_document xml;
};

void write(Written& w, const Document& doc) {
  Diagnostics d;
  ASSERT_TRUE(parse_gazetteer_file("places.xml", kGazetteer, w.gazetteer, d));
  ASSERT_TRUE(d.items().empty()) << d.items()[0].format();
  w.ed.title = "Test Edition";
  w.ed.publisher = "Test";
  w.entry.id = doc.id;
  w.entry.title = "A letter";
  w.entry.language = doc.lang;
  TeiContext ctx;
  ctx.edition = &w.ed;
  ctx.entry = &w.entry;
  ctx.places = &w.gazetteer;
  w.tei = write_tei(doc, ctx);
  ASSERT_TRUE(w.xml.load_string(w.tei.c_str()));
}

std::size_t count(const pugi::xml_document& x, const char* xpath) { return x.select_nodes(xpath).size(); }

std::string first_problem(const Diagnostics& d) { return d.items().empty() ? "" : d.items()[0].format(); }

// editio.rng with editio.sch, compiled once.
const Validator& project_schemas() {
  static Diagnostics setup;
  static const Validator v((kSource / "schemas" / "editio.rng").string(), (kSource / "schemas" / "editio.sch").string(),
                           setup);
  EXPECT_TRUE(v.ok()) << first_problem(setup);
  return v;
}

TEST(TeiPlaces, TheNamesInTheTextPointAtTheirEntries) {
  Written w;
  write(w, letter());
  // heading, dateline, paragraph (in hi), note: the city; the district once
  EXPECT_EQ(count(w.xml, "//text//placeName[@ref='#city']"), 4u) << w.tei;
  EXPECT_EQ(count(w.xml, "//text//head/placeName[@ref='#city']"), 1u);
  EXPECT_EQ(count(w.xml, "//text//dateline/placeName[@ref='#city']"), 1u) << w.tei;
  EXPECT_EQ(count(w.xml, "//text//hi/placeName[@ref='#city']"), 1u);
  EXPECT_EQ(count(w.xml, "//text//note//placeName[@ref='#city']"), 1u);
  EXPECT_EQ(count(w.xml, "//text//placeName[@ref='#quarter']"), 1u);
  // heading, paragraph, inside a link, note
  EXPECT_EQ(count(w.xml, "//text//orgName[@ref='#bureau']"), 4u);
  EXPECT_EQ(count(w.xml, "//text//ref/orgName[@ref='#bureau']"), 1u);
  // a place no entry is known for: named, not pointed
  EXPECT_EQ(count(w.xml, "//text//placeName[not(@ref)][. = 'Somewhere']"), 1u);
}

TEST(TeiPlaces, TheHeaderCarriesEachNamedEntryOnceAndFlat) {
  Written w;
  write(w, letter());
  EXPECT_EQ(count(w.xml, "/TEI/teiHeader/profileDesc/settingDesc/listPlace/place"), 2u) << w.tei;
  // the city's copy keeps its names, location, idno and note, not the nested district
  const pugi::xml_node city = w.xml.select_node("//settingDesc/listPlace/place[@xml:id='city']").node();
  ASSERT_TRUE(city);
  EXPECT_STREQ(city.attribute("type").value(), "city");
  EXPECT_EQ(city.select_nodes("placeName").size(), 2u);
  EXPECT_STREQ(city.select_node("placeName[@xml:lang='ru'][@type='reg']").node().child_value(), "Город");
  EXPECT_STREQ(city.select_node("location/geo").node().child_value(), "55.7558 37.6173");
  EXPECT_STREQ(city.select_node("idno[@type='wikidata']").node().child_value(), "Q1");
  EXPECT_FALSE(city.child("place"));
  // in the order TEI requires: names, location, desc, then idno and note
  std::string order;
  for (pugi::xml_node c : city.children()) order += std::string(c.name()) + " ";
  EXPECT_EQ(order, "placeName placeName location desc idno note ");
  // the district is an entry of its own, once
  EXPECT_EQ(count(w.xml, "//*[@xml:id='quarter']"), 1u);
  EXPECT_EQ(count(w.xml, "//settingDesc/listPlace/place[@xml:id='quarter']/desc"), 1u);
  // what the text does not name is not copied
  EXPECT_EQ(count(w.xml, "//*[@xml:id='elsewhere']"), 0u);
  EXPECT_EQ(count(w.xml, "/TEI/teiHeader/profileDesc/particDesc/listOrg/org[@xml:id='bureau']"), 1u);
  EXPECT_EQ(count(w.xml, "//listOrg/org/orgName"), 3u);
  EXPECT_EQ(count(w.xml, "//listOrg/org/orgName[@type='abbr'][. = 'CB']"), 1u);
}

TEST(TeiPlaces, AnIdOfTheWrongKindOrUnknownIsNotCopied) {
  Document doc = letter();
  doc.places = {"city", "bureau", "nowhere"};  // an organisation and an unknown id among the places
  doc.orgs = {"bureau", "city"};
  Written w;
  write(w, doc);
  EXPECT_EQ(count(w.xml, "//listPlace/*"), 1u) << w.tei;
  EXPECT_EQ(count(w.xml, "//listPlace/place[@xml:id='city']"), 1u);
  EXPECT_EQ(count(w.xml, "//listOrg/*"), 1u);
  EXPECT_EQ(count(w.xml, "//listOrg/org[@xml:id='bureau']"), 1u);
}

TEST(TeiPlaces, NoEntryNamedNoLists) {
  Document doc;
  doc.id = "pl";
  doc.lang = "en";
  doc.blocks.push_back(block(BlockKind::Paragraph, "Nothing named here."));
  Written w;
  write(w, doc);
  EXPECT_EQ(count(w.xml, "//settingDesc"), 0u);
  EXPECT_EQ(count(w.xml, "//particDesc"), 0u);
}

TEST(TeiPlaces, TheLetterIsValidForEditioAndTeiAll) {
  Written w;
  write(w, letter());
  Diagnostics v;
  EXPECT_TRUE(project_schemas().validate(w.tei, "pl.xml", v)) << first_problem(v) << "\n" << w.tei;
  if (!sfs::exists(EDITIO_TEI_ALL)) GTEST_SKIP() << EDITIO_TEI_ALL << " is absent";
  Diagnostics setup;
  const Validator tei_all(EDITIO_TEI_ALL, "", setup);
  Diagnostics t;
  EXPECT_TRUE(tei_all.validate(w.tei, "pl.xml", t)) << first_problem(t);
}

TEST(TeiPlaces, ThePatternsRejectAPointerAtAnEntryOfTheWrongKind) {
  Document doc = letter();
  doc.blocks[3].spans[0] = Span{4, 6, OrgName{"city"}};  // an organisation's name pointing at a place
  Written w;
  write(w, doc);
  Diagnostics v;
  EXPECT_FALSE(project_schemas().validate(w.tei, "pl.xml", v));
  EXPECT_NE(first_problem(v).find("does not point at an <org>"), std::string::npos) << first_problem(v);
}

}  // namespace
