// Letters: what the manifest's [[document]] (sender, addressee, place, date,
// calendar) and the editor's [[text]] say, and what the text's dateline
// says, in the header's correspDesc; the edition's letters in CMIF
// (corpus/cmif); the Old Style dates of the editor (old_style_value).
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include <pugixml.hpp>

#include "annotate/date_value.hpp"
#include "convert/pipeline.hpp"
#include "corpus/cmif.hpp"
#include "corpus/tei_text.hpp"
#include "edition/gazetteer.hpp"
#include "edition/manifest.hpp"
#include "edition/personography.hpp"
#include "read/source.hpp"
#include "tei/serialize.hpp"
#include "tei/writer.hpp"

namespace editio {
namespace {

std::string all_diagnostics(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d.items()) s += x.format() + "\n";
  return s;
}

const char* kPersons = R"(<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPerson>
<person xml:id="green-a"><persName type="reg">Anna Green</persName><idno type="Wikidata">Q42</idno></person>
<person xml:id="black-b"><persName type="reg">Boris Black</persName></person>
</listPerson></body></text></TEI>
)";

const char* kPlaces = R"(<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPlace>
<place xml:id="vienna"><placeName type="reg" xml:lang="en">Vienna</placeName><idno type="GeoNames">2761369</idno></place>
</listPlace></body></text></TEI>
)";

// A manifest with one [[document]] whose keys are `keys`.
const char* kManifestHead = R"([edition]
id = "e"
title = "Letters"
editors = [{ id = "ed", name = "Test Editor" }]
publisher = "Test"
date = "2026"
licence = "CC BY 4.0"
licence_url = "https://creativecommons.org/licenses/by/4.0/"

[[document]]
id = "l"
file = "l.txt"
title = "A letter"
language = "en"
kind = "letter"
)";

struct Letter {
  Diagnostics diags;
  std::optional<Edition> edition;
  std::unique_ptr<Personography> persons;
  Gazetteer places;
  pugi::xml_document tei;
};

// The text `text` built as document "l" of a manifest with `keys`, with the
// two persons and the one place above; its TEI in `tei`.
std::unique_ptr<Letter> build(const std::string& keys, const std::string& text) {
  auto r = std::make_unique<Letter>();
  r->edition = parse_manifest("manifest.toml", std::string(kManifestHead) + keys, r->diags);
  if (!r->edition) return r;
  r->persons = parse_personography("persons.xml", kPersons, r->diags);
  parse_gazetteer_file("places.xml", kPlaces, r->places, r->diags);
  check_persons(*r->edition, r->persons.get(), r->diags);
  check_letter_places(*r->edition, &r->places, r->diags);
  const DocumentEntry& e = r->edition->documents.at(0);
  auto src = read_source("l.txt", text, r->diags);
  if (!src) return r;
  Document doc = prepare_document(*src, *r->edition, e, r->diags, nullptr);
  TeiContext ctx;
  ctx.edition = &*r->edition;
  ctx.entry = &e;
  ctx.persons = r->persons.get();
  ctx.places = &r->places;
  build_tei(doc, ctx, r->tei);
  return r;
}

std::string str(const pugi::xml_document& x, const std::string& xpath) {
  return pugi::xpath_query(("string(" + xpath + ")").c_str()).evaluate_string(x);
}
double count(const pugi::xml_document& x, const std::string& xpath) {
  return pugi::xpath_query(("count(" + xpath + ")").c_str()).evaluate_number(x);
}

const char* kBody = "A letter\n\nDear friend, I write to you at last.\n";

TEST(Letters, TheManifestsKeysMakeADocumentALetter) {
  auto r = build("sender = \"green-a\"\naddressee = \"black-b\"\nplace = \"vienna\"\ndate = \"1929-05-02\"\n", kBody);
  ASSERT_TRUE(r->edition);
  const pugi::xml_document& x = r->tei;
  const std::string sent = "//correspDesc/correspAction[@type='sent']";
  EXPECT_EQ(count(x, "//correspDesc"), 1) << all_diagnostics(r->diags);
  EXPECT_EQ(str(x, sent + "/persName[@ref='#green-a']"), "Anna Green");
  EXPECT_EQ(str(x, sent + "/placeName[@ref='#vienna']"), "Vienna");
  EXPECT_EQ(str(x, sent + "/date/@when"), "1929-05-02");
  EXPECT_EQ(str(x, "//correspDesc/correspAction[@type='received']/persName[@ref='#black-b']"), "Boris Black");
  // the entries the pointers resolve to travel with the document
  EXPECT_EQ(count(x, "//particDesc/listPerson/person[@xml:id='green-a' or @xml:id='black-b']"), 2);
  EXPECT_EQ(count(x, "//settingDesc/listPlace/place[@xml:id='vienna']"), 1);
  EXPECT_TRUE(r->diags.items().empty()) << all_diagnostics(r->diags);
}

TEST(Letters, AJulianLettersDateIsConvertedAsTheTextsDatesAre) {
  auto r = build("sender = \"green-a\"\ncalendar = \"julian\"\ndate = \"1917-10-25\"\n", kBody);
  ASSERT_TRUE(r->edition);
  const pugi::xml_document& x = r->tei;
  const std::string date = "//correspAction[@type='sent']/date";
  EXPECT_EQ(str(x, date + "/@when"), "1917-11-07");
  EXPECT_EQ(str(x, date + "/@when-custom"), "1917-10-25");
  EXPECT_EQ(str(x, date + "/@datingMethod"), "#julian");
  EXPECT_EQ(count(x, "//calendarDesc/calendar[@xml:id='julian']"), 1);
}

TEST(Letters, NamesAsWrittenAreKeptWithoutALink) {
  auto r = build("sender = \"green-a\"\naddressee = \"the comrades in Moscow\"\nplace = \"Büyükada, Princes' Islands\"\n", kBody);
  ASSERT_TRUE(r->edition);
  const pugi::xml_document& x = r->tei;
  EXPECT_EQ(str(x, "//correspAction[@type='received']/persName[not(@ref)]"), "the comrades in Moscow");
  EXPECT_EQ(str(x, "//correspAction[@type='sent']/placeName[not(@ref)]"), "Büyükada, Princes' Islands");
  EXPECT_TRUE(r->diags.items().empty()) << all_diagnostics(r->diags);
}

TEST(Letters, AnIdTheGazetteerLacksIsWarnedAtItsKeyAndWrittenAsAName) {
  auto r = build("sender = \"green-a\"\nplace = \"prague\"\n", kBody);
  ASSERT_TRUE(r->edition);
  EXPECT_EQ(str(r->tei, "//correspAction[@type='sent']/placeName[not(@ref)]"), "prague");
  ASSERT_EQ(r->diags.items().size(), 1u) << all_diagnostics(r->diags);
  EXPECT_EQ(r->diags.items()[0].format(),
            "manifest.toml:17:9: warning: [[document]] 'l': place 'prague' is not the xml:id of a place in the list "
            "of places; it is given as a name, without a link: add the place to the list, or write its name");
}

TEST(Letters, AnUnknownPersonIdInTheManifestIsWarnedAndNotPrinted) {
  auto r = build("sender = \"grene-a\"\naddressee = \"black-b\"\n", kBody);
  ASSERT_TRUE(r->edition);
  ASSERT_EQ(r->diags.items().size(), 1u) << all_diagnostics(r->diags);
  EXPECT_NE(r->diags.items()[0].format().find("manifest.toml:16:10: warning: [[document]] 'l': sender 'grene-a' is not"),
            std::string::npos)
      << r->diags.items()[0].format();
  EXPECT_EQ(count(r->tei, "//correspAction//*[contains(., 'grene')]"), 0);
  EXPECT_EQ(str(r->tei, "//correspAction[@type='received']/persName/@ref"), "#black-b");
}

TEST(Letters, TheDatelineFillsWhatTheManifestLeavesOpen) {
  auto r = build("sender = \"green-a\"\n", "A letter\n\nCairo, 10 March 1942\n\nDear Mother, we docked at Suez.\n");
  ASSERT_TRUE(r->edition);
  const pugi::xml_document& x = r->tei;
  EXPECT_EQ(str(x, "//correspAction[@type='sent']/placeName"), "Cairo");
  EXPECT_EQ(str(x, "//correspAction[@type='sent']/date/@when"), "1942-03-10");
  EXPECT_EQ(count(x, "//correspAction[@type='received']"), 0);
}

TEST(Letters, TheManifestsDateWinsOverTheDatelines) {
  auto r = build("sender = \"green-a\"\ndate = \"1942-03-12\"\nplace = \"vienna\"\n",
                 "A letter\n\nCairo, 10 March 1942\n\nDear Mother, we docked at Suez.\n");
  ASSERT_TRUE(r->edition);
  EXPECT_EQ(str(r->tei, "//correspAction[@type='sent']/date/@when"), "1942-03-12");
  EXPECT_EQ(str(r->tei, "//correspAction[@type='sent']/placeName/@ref"), "#vienna");
}

TEST(Letters, ADocumentWithoutCorrespondentsHasNoCorrespDesc) {
  auto r = build("place = \"vienna\"\n", kBody);
  ASSERT_TRUE(r->edition);
  EXPECT_EQ(count(r->tei, "//correspDesc"), 0);
}

TEST(OldStyle, EachValueBeforeTheReformIsConverted) {
  DateValue d;
  d.when = "1917-10-25";
  DateValue g = old_style_value(d);
  EXPECT_TRUE(g.julian);
  EXPECT_EQ(g.when, "1917-11-07");
  EXPECT_EQ(g.when_custom, "1917-10-25");

  DateValue month;
  month.when = "1917-02";  // a Julian month: its Gregorian days
  g = old_style_value(month);
  EXPECT_EQ(g.when, "");
  EXPECT_EQ(g.from, "1917-02-14");
  EXPECT_EQ(g.to, "1917-03-13");
  EXPECT_EQ(g.when_custom, "1917-02");

  DateValue bounds;
  bounds.not_before = "1905-01-09";
  bounds.not_after = "1929-08-10";  // after the reform: as written
  g = old_style_value(bounds);
  EXPECT_EQ(g.not_before, "1905-01-22");
  EXPECT_EQ(g.not_before_custom, "1905-01-09");
  EXPECT_EQ(g.not_after, "1929-08-10");
  EXPECT_EQ(g.not_after_custom, "");

  DateValue year;
  year.when = "1917";  // the calendars' difference is below a year's precision
  EXPECT_FALSE(old_style_value(year).julian);
}

TEST(Cmif, AuthorityUris) {
  EXPECT_EQ(authority_uri("Wikidata", "Q33391"), "http://www.wikidata.org/entity/Q33391");
  EXPECT_EQ(authority_uri("VIAF", "59878606"), "http://viaf.org/viaf/59878606");
  EXPECT_EQ(authority_uri("GND", "118623761"), "http://d-nb.info/gnd/118623761");
  EXPECT_EQ(authority_uri("geonames", "745044"), "http://www.geonames.org/745044");
  EXPECT_EQ(authority_uri("other", "https://example.org/p/1"), "https://example.org/p/1");
  EXPECT_EQ(authority_uri("local", "x1"), "");
}

TEST(Cmif, ALettersPersonsAndPlaceGoByTheirAuthorityUris) {
  auto r = build("sender = \"green-a\"\naddressee = \"black-b\"\nplace = \"vienna\"\ncalendar = \"julian\"\n"
                 "date = \"1917-10-25\"\n",
                 kBody);
  ASSERT_TRUE(r->edition);
  r->edition->base_url = "https://example.org/letters/";
  pugi::xml_document written;  // as the build reads it back
  ASSERT_TRUE(load_written_tei(written, serialize_xml(r->tei)));
  CmifWriter cmif(*r->edition);
  cmif.add_document("l", written);
  EXPECT_EQ(cmif.letters(), 1u);
  pugi::xml_document x;
  ASSERT_TRUE(x.load_string(cmif.xml().c_str()));
  const std::string cd = "/TEI/teiHeader/profileDesc/correspDesc";
  EXPECT_EQ(str(x, cd + "/@ref"), "https://example.org/letters/l.html");
  EXPECT_EQ(str(x, cd + "/@source"), "#edition");
  EXPECT_EQ(str(x, "//sourceDesc/bibl[@type='online'][@xml:id='edition']/ref/@target"), "https://example.org/letters/");
  EXPECT_EQ(str(x, "//publicationStmt/idno[@type='url']"), "https://example.org/letters/cmif.xml");
  EXPECT_EQ(str(x, cd + "/correspAction[@type='sent']/persName[@ref='http://www.wikidata.org/entity/Q42']"), "Anna Green");
  EXPECT_EQ(str(x, cd + "/correspAction[@type='sent']/placeName/@ref"), "http://www.geonames.org/2761369");
  // the Gregorian day only: CMIF's date has no *-custom attributes
  EXPECT_EQ(str(x, cd + "/correspAction[@type='sent']/date/@when"), "1917-11-07");
  EXPECT_EQ(count(x, "//date/@when-custom | //date/@datingMethod"), 0);
  // a person without an authority id keeps the name alone
  EXPECT_EQ(str(x, cd + "/correspAction[@type='received']/persName[not(@ref)]"), "Boris Black");
}

}  // namespace
}  // namespace editio
