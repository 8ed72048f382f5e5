// The registers of places and organisations (corpus/entity_register): the
// entries each written TEI carries in its header (settingDesc/listPlace,
// particDesc/listOrg) and the placeName/orgName[@ref] of its text, the
// entries in the collation order of the edition's language. Tested from
// written TEI to the XML the pages are made from.
#include <gtest/gtest.h>

#include "corpus/entity_register.hpp"
#include "test_files.hpp"
#include "written_tei.hpp"

using namespace editio;
using test::indented;

namespace {

// A document as the TEI writer lays it out: the entries it names in its
// header, its mentions in the text.
std::string document(const std::string& id, const std::string& profile, const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"" + id + "\" xml:lang=\"en\">\n"
         "  <teiHeader><profileDesc>" + profile + "</profileDesc></teiHeader>\n"
         "  <text>\n    <body>\n" + body + "    </body>\n  </text>\n</TEI>\n";
}

const char* const kMoscow = R"(<place xml:id="moscow" type="city"><placeName type="reg" xml:lang="en">Moscow</placeName><placeName type="reg" xml:lang="ru">Москва</placeName><location><geo>55.7558 37.6173</geo></location><idno type="wikidata">Q649</idno></place>)";
const char* const kLodz = R"(<place xml:id="lodz"><placeName type="reg" xml:lang="en">Łódź</placeName><location><geo>51.7767 19.4547</geo></location></place>)";
const char* const kBuenosAires = R"(<place xml:id="buenos-aires"><placeName type="reg" xml:lang="en">Buenos Aires</placeName><location><geo>-34.6033 -58.3817</geo></location></place>)";
const char* const kComintern = R"(<org xml:id="comintern"><orgName type="reg" xml:lang="en">Communist International</orgName><orgName type="abbr">Comintern</orgName></org>)";

// "a" names Moscow, Łódź and the Comintern; "b" Buenos Aires and Moscow.
const std::string kA = document(
    "a",
    std::string("<settingDesc><listPlace>") + kMoscow + kLodz + "</listPlace></settingDesc><particDesc><listOrg>" +
        kComintern + "</listOrg></particDesc>",
    R"(      <div>
        <p n="1" xml:id="a-p1">From <placeName ref="#moscow">Moscow</placeName> to <placeName ref="#lodz">Łódź</placeName>.</p>
        <p n="2" xml:id="a-p2">The <orgName ref="#comintern">Comintern</orgName> wrote.</p>
      </div>
)");
const std::string kB = document(
    "b", std::string("<settingDesc><listPlace>") + kBuenosAires + kMoscow + "</listPlace></settingDesc>",
    R"(      <div>
        <p n="4" xml:id="b-p4">In <placeName ref="#buenos-aires">Buenos Aires</placeName> and <placeName ref="#moscow">Moscow</placeName>.</p>
      </div>
)");

struct Registers {
  Scratch scratch{test::temp_dir("entity-register").string()};
  EntityRegister places{EntityKind::Place, scratch}, orgs{EntityKind::Org, scratch};
  Registers() {
    pugi::xml_document a, b;
    add(1, test::parsed(b, kB), "b");  // manifest position 1, done first
    add(0, test::parsed(a, kA), "a");
  }
  void add(std::uint32_t i, const pugi::xml_document& tei, const std::string& id) {
    const Gazetteer carried = carried_entities(tei);
    places.add(i, carried, collect_mentions(tei, id, mention_element(EntityKind::Place)));
    orgs.add(i, carried, collect_mentions(tei, id, mention_element(EntityKind::Org)));
  }
};

}  // namespace

TEST(EntityRegister, ADocumentCarriesTheEntriesItNamesAsTheGazetteerReadsThem) {
  pugi::xml_document a;
  const Gazetteer carried = carried_entities(test::parsed(a, kA));
  ASSERT_EQ(carried.entities.size(), 3u);
  const Entity* moscow = carried.find("moscow");
  ASSERT_TRUE(moscow);
  EXPECT_EQ(moscow->reg("ru")->text, "Москва");
  EXPECT_EQ(moscow->geo, "55.7558 37.6173");
  EXPECT_EQ(carried.find("comintern")->kind, EntityKind::Org);
}

TEST(EntityRegister, PlacesGoInTheOrderOfTheEditionsLanguageEachWithItsCoordinatesAndPassages) {
  Registers r;
  EXPECT_EQ(r.places.entries(), 3u);
  EXPECT_EQ(r.places.size(), 4u);
  test::Gathered out;
  ASSERT_TRUE(r.places.write(out.sink(), "en"));
  // Ł sorts with L (before M) in English, not after every ASCII letter as its bytes would.
  EXPECT_EQ(indented(out.text), R"(<places>
  <place id="buenos-aires" sort="1" lat="-34.6033" lon="-58.3817" mentions="1">
    <sort-name>Buenos Aires</sort-name>
    <name type="reg" lang="en">Buenos Aires</name>
    <mention doc="b" target="b-p4" n="4">Buenos Aires</mention>
  </place>
  <place id="lodz" sort="2" lat="51.7767" lon="19.4547" mentions="1">
    <sort-name>Łódź</sort-name>
    <name type="reg" lang="en">Łódź</name>
    <mention doc="a" target="a-p1" n="1">Łódź</mention>
  </place>
  <place id="moscow" sort="3" type="city" lat="55.7558" lon="37.6173" mentions="2">
    <sort-name>Moscow</sort-name>
    <name type="reg" lang="en">Moscow</name>
    <name type="reg" lang="ru">Москва</name>
    <idno type="wikidata">Q649</idno>
    <mention doc="a" target="a-p1" n="1">Moscow</mention>
    <mention doc="b" target="b-p4" n="4">Moscow</mention>
  </place>
</places>
)");
}

TEST(EntityRegister, AnOrganisationWithItsAbbreviationAndTheRegularNameOfTheLanguageAsSortName) {
  Registers r;
  test::Gathered out;
  ASSERT_TRUE(r.orgs.write(out.sink(), "ru"));  // no Russian name: the regular name there is
  EXPECT_EQ(indented(out.text), R"(<orgs>
  <org id="comintern" sort="1" mentions="1">
    <sort-name>Communist International</sort-name>
    <name type="reg" lang="en">Communist International</name>
    <name type="abbr">Comintern</name>
    <mention doc="a" target="a-p2" n="2">Comintern</mention>
  </org>
</orgs>
)");
}
