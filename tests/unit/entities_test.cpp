// Places and organisations: the matcher's rules (annotate/entities) on a
// small gazetteer written for these tests. Each mention is shown as
// "form=place:id" or "form=org:id" ("form=place:" without an id).
#include <gtest/gtest.h>

#include <algorithm>

#include "annotate/editorial.hpp"
#include "annotate/entities.hpp"
#include "annotate/persons.hpp"
#include "edition/editorial.hpp"
#include "read/segment.hpp"
#include "read/source.hpp"

using namespace editio;

namespace {

const char* kGazetteer = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
<publicationStmt><p>t</p></publicationStmt><sourceDesc><p>t</p></sourceDesc></fileDesc></teiHeader>
<text><body>
<listPlace>
  <place xml:id="moscow" type="city">
    <placeName type="reg" xml:lang="ru">Москва</placeName>
    <placeName type="reg" xml:lang="en">Moscow</placeName>
  </place>
  <place xml:id="constantinople" type="city">
    <placeName type="reg" xml:lang="ru">Константинополь</placeName>
    <placeName type="reg" xml:lang="en">Constantinople</placeName>
  </place>
  <place xml:id="kazan" type="city"><placeName type="reg" xml:lang="ru">Казань</placeName></place>
  <place xml:id="red-square"><placeName type="reg" xml:lang="ru">Красная площадь</placeName></place>
  <place xml:id="georgia-country" type="country"><placeName xml:lang="en">Georgia</placeName></place>
  <place xml:id="georgia-state" type="state"><placeName xml:lang="en">Georgia</placeName></place>
  <place xml:id="usa" type="country">
    <placeName type="reg" xml:lang="en">the United States</placeName>
    <placeName type="reg" xml:lang="ru">Соединённые Штаты</placeName>
  </place>
</listPlace>
<listOrg>
  <org xml:id="nkid">
    <orgName type="reg" xml:lang="ru">Народный комиссариат иностранных дел</orgName>
    <orgName type="abbr" xml:lang="ru">НКИД</orgName>
  </org>
  <org xml:id="ogpu">
    <orgName type="reg" xml:lang="en">Joint State Political Directorate</orgName>
    <orgName type="abbr" xml:lang="ru">ОГПУ</orgName>
    <orgName type="abbr" xml:lang="en">OGPU</orgName>
    <orgName type="former" xml:lang="ru">ГПУ</orgName>
  </org>
  <org xml:id="cc">
    <orgName type="reg" xml:lang="en">the Central Committee</orgName>
    <orgName type="abbr" xml:lang="ru">Ц.К.</orgName>
    <orgName type="abbr" xml:lang="ru">ЦК</orgName>
  </org>
  <org xml:id="central-office"><orgName xml:lang="en">Central Office</orgName></org>
  <org xml:id="state-dept">
    <orgName type="reg" xml:lang="en">Department of State</orgName>
    <orgName xml:lang="en">State Department</orgName>
  </org>
  <org xml:id="gpu-georgia"><orgName type="abbr" xml:lang="en">GPU</orgName></org>
  <org xml:id="gpu-other"><orgName type="abbr" xml:lang="en">GPU</orgName></org>
</listOrg>
</body></text></TEI>
)";

struct Fixture {
  Diagnostics diags;
  Gazetteer gazetteer;
  std::unique_ptr<EntityMatcher> matcher;
  Fixture() {
    parse_gazetteer_file("places.xml", kGazetteer, gazetteer, diags);
    matcher = std::make_unique<EntityMatcher>(gazetteer);
  }
};

Fixture& fixture() {
  static Fixture f;
  return f;
}

struct Tagged {
  Document doc;
  Diagnostics diags;
  std::vector<std::string> names;  // "form=place:id" / "form=org:id", in text order
};

void collect(const Block& b, std::vector<std::string>& into) {
  std::vector<const Span*> spans;
  for (const auto& s : b.spans) spans.push_back(&s);
  std::sort(spans.begin(), spans.end(), [](const Span* a, const Span* c) { return a->begin < c->begin; });
  for (const Span* s : spans) {
    const std::string form = b.text.substr(s->begin, s->end - s->begin);
    if (const PlaceName* p = s->as<PlaceName>()) into.push_back(form + "=place:" + p->place);
    if (const OrgName* o = s->as<OrgName>()) into.push_back(form + "=org:" + o->org);
  }
}

Document read(const std::string& text, const std::string& lang, Diagnostics& diags) {
  Document doc;
  auto src = read_source("t.txt", text, diags);
  doc.id = "t";
  doc.source_path = "t.txt";
  doc.lang = lang;
  segment(*src, doc, diags);
  return doc;
}

// Tags `text` (after `before`, which may add spans first) and lists the mentions.
template <class Before>
Tagged tag_with(const std::string& text, const std::string& lang, Before before, const EntityOptions& options = {}) {
  Tagged t;
  t.doc = read(text, lang, t.diags);
  before(t.doc);
  fixture().matcher->annotate(t.doc, options, t.diags);
  for (const Block& b : t.doc.blocks) collect(b, t.names);
  for (const Note& n : t.doc.notes)
    for (const Block& b : n.blocks) collect(b, t.names);
  return t;
}

Tagged tag(const std::string& text, const std::string& lang = "ru") {
  return tag_with(text, lang, [](Document&) {});
}

using V = std::vector<std::string>;

}  // namespace

TEST(Entities, TheGazetteerOfTheseTestsLoads) {
  EXPECT_EQ(fixture().diags.errors(), 0u);
  EXPECT_EQ(fixture().gazetteer.entities.size(), 14u);
}

TEST(Entities, ARussianPlaceNameInEveryCase) {
  EXPECT_EQ(tag("Москва. Из Москвы, к Москве, в Москву, над Москвой, над Москвою, о Москве.").names,
            (V{"Москва=place:moscow", "Москвы=place:moscow", "Москве=place:moscow", "Москву=place:moscow",
               "Москвой=place:moscow", "Москвою=place:moscow", "Москве=place:moscow"}));
  EXPECT_EQ(tag("Из Константинополя в Константинополь, под Константинополем.").names,
            (V{"Константинополя=place:constantinople", "Константинополь=place:constantinople",
               "Константинополем=place:constantinople"}));
  EXPECT_EQ(tag("Он уехал в Казань и жил в Казани.").names, (V{"Казань=place:kazan", "Казани=place:kazan"}));
}

TEST(Entities, DerivedAdjectivesAreNoMentions) {
  EXPECT_TRUE(tag("Московский комитет и московская печать.").names.empty());
  EXPECT_TRUE(tag("Константинопольский патриарх.").names.empty());
}

TEST(Entities, AdjectiveAndNounNamesInflectTheAdjectivesAndTheHeadOnly) {
  EXPECT_EQ(tag("Письмо Народного комиссариата иностранных дел Народному комиссариату иностранных дел.").names,
            (V{"Народного комиссариата иностранных дел=org:nkid", "Народному комиссариату иностранных дел=org:nkid"}));
  EXPECT_EQ(tag("На Красной площади, через Красную площадь.").names,
            (V{"Красной площади=place:red-square", "Красную площадь=place:red-square"}));
  EXPECT_EQ(tag("Посол Соединённых Штатов писал о Соединенных Штатах.").names,
            (V{"Соединённых Штатов=place:usa", "Соединенных Штатах=place:usa"}));
}

TEST(Entities, AbbreviationsMatchAsWrittenWithAndWithoutDots) {
  EXPECT_EQ(tag("ОГПУ и ГПУ; решение Ц.К. и ЦК.").names,
            (V{"ОГПУ=org:ogpu", "ГПУ=org:ogpu", "Ц.К.=org:cc", "ЦК=org:cc"}));
  EXPECT_EQ(tag("The OGPU agent.", "en").names, (V{"OGPU=org:ogpu"}));
  // Letter case and whole words: no abbreviation inside a word or in other letters.
  EXPECT_TRUE(tag("Ogpu, огпу, ОГПУшник.").names.empty());
}

TEST(Entities, NamesOfSeveralWordsLongestFirstWithoutTheArticle) {
  EXPECT_EQ(tag("A letter of the Central Committee to the State Department and the Department of State.", "en").names,
            (V{"Central Committee=org:cc", "State Department=org:state-dept", "Department of State=org:state-dept"}));
  // "Central Office" and "Central Committee" share their first word: each is read whole.
  EXPECT_EQ(tag("The Central Office wrote.", "en").names, (V{"Central Office=org:central-office"}));
}

TEST(Entities, NamesInCapitalsAndLowerCaseWords) {
  EXPECT_EQ(tag("MOSCOW, the CENTRAL COMMITTEE.", "en").names, (V{"MOSCOW=place:moscow", "CENTRAL COMMITTEE=org:cc"}));
  EXPECT_EQ(tag("ИЗ МОСКВЫ.").names, (V{"МОСКВЫ=place:moscow"}));
  // A lower-case word equal to a capitalized name is no mention.
  EXPECT_TRUE(tag("the central committee of georgia", "en").names.empty());
}

TEST(Entities, AFormOfSeveralEntriesHasNoIdAndOneWarningWithTheCandidates) {
  const Tagged t = tag("Georgia, and again Georgia.\n\nAnd Georgia.", "en");
  EXPECT_EQ(t.names, (V{"Georgia=place:", "Georgia=place:", "Georgia=place:"}));
  ASSERT_EQ(t.diags.warnings(), 1u);
  const std::string msg = t.diags.items().back().format();
  EXPECT_NE(msg.find("t.txt:1:1"), std::string::npos) << msg;
  EXPECT_NE(msg.find("georgia-country"), std::string::npos) << msg;
  EXPECT_NE(msg.find("georgia-state"), std::string::npos) << msg;
  EXPECT_NE(msg.find("[[place]]"), std::string::npos) << msg;
  EXPECT_TRUE(t.doc.places.empty());
  // Two organisations with one abbreviation: the same rule.
  const Tagged o = tag("The GPU.", "en");
  EXPECT_EQ(o.names, (V{"GPU=org:"}));
  EXPECT_EQ(o.diags.warnings(), 1u);
}

TEST(Entities, PlacesAndOrgsAreListedInOrderOfFirstMention) {
  const Tagged t = tag("ЦК в Москве. ОГПУ и Константинополь. Снова Москва и ЦК.");
  EXPECT_EQ(t.doc.places, (V{"moscow", "constantinople"}));
  EXPECT_EQ(t.doc.orgs, (V{"cc", "ogpu"}));
}

TEST(Entities, NeverInsideASpanThatKeepsAnnotationsOffNorOverAPersonsName) {
  auto code_and_person = [](Document& doc) {
    Block& b = doc.blocks.at(0);
    const std::size_t code = b.text.find("Moscow");
    b.spans.push_back(Span{code, code + 6, Highlight{"code"}});
    const std::size_t person = b.text.find("Georgia");
    b.spans.push_back(Span{person, person + 7, PersonMention{"georgia-smith"}});
  };
  const Tagged t = tag_with("Moscow is code; Georgia Smith is a person; Constantinople is a place.", "en", code_and_person);
  EXPECT_EQ(t.names, (V{"Constantinople=place:constantinople"}));
  EXPECT_EQ(t.diags.warnings(), 0u);
  // Emphasis holds names as running text does.
  auto italic = [](Document& doc) { doc.blocks.at(0).spans.push_back(Span{0, 6, Highlight{"italic"}}); };
  EXPECT_EQ(tag_with("Moscow.", "en", italic).names, (V{"Moscow=place:moscow"}));
}

TEST(Entities, TheDatelinePlaceGetsTheIdOfTheEntryItNames) {
  auto dateline = [](Document& doc) {
    for (Block& b : doc.blocks) {
      const std::size_t comma = b.text.find(',');
      b.spans.push_back(Span{0, comma, PlaceName{}});
    }
  };
  const Tagged t = tag_with("Moscow, May 3, 1931.\n\nPrinkipo, May 4, 1931.", "en", dateline);
  EXPECT_EQ(t.names, (V{"Moscow=place:moscow", "Prinkipo=place:"}));  // no entry: no id, and no warning
  EXPECT_EQ(t.diags.warnings(), 0u);
  EXPECT_EQ(t.doc.places, (V{"moscow"}));
  // A dateline that names an office and its city: the first part that is a place's name gives the id.
  auto office = [](Document& doc) {
    Block& b = doc.blocks.at(0);
    b.spans.push_back(Span{0, b.text.find(", May"), PlaceName{}});
  };
  EXPECT_EQ(tag_with("Embassy of the United States, Moscow, May 3, 1931.", "en", office).names,
            (V{"Embassy of the United States, Moscow=place:moscow"}));
}

TEST(Entities, TheEditorsPlaceEntriesSetOrRemoveTheId) {
  Diagnostics d;
  auto layer = parse_editorial("ed.toml", R"([[place]]
document = "t"
text = "Georgia"
occurrence = 1
place = "georgia-state"

[[place]]
document = "t"
text = "Moscow"
none = true

[[org]]
document = "t"
text = "Office"
org = "central-office"
)", d);
  ASSERT_TRUE(layer);
  ASSERT_EQ(d.errors(), 0u) << (d.items().empty() ? "" : d.items().front().format());
  Edition edition;
  edition.editorial_layer = *layer;
  check_places_and_orgs(edition, &fixture().gazetteer, nullptr, d);
  EXPECT_EQ(d.errors(), 0u);
  Tagged t;
  t.doc = read("Georgia and Moscow; the Office; Georgia again.", "en", t.diags);
  const auto decisions = locate_editorial_entities(t.doc, edition.editorial_layer, t.diags);
  fixture().matcher->annotate(t.doc, {decisions}, t.diags);
  collect(t.doc.blocks.at(0), t.names);
  EXPECT_EQ(t.names, (V{"Georgia=place:georgia-state", "Office=org:central-office", "Georgia=place:"}));
  EXPECT_EQ(t.doc.places, (V{"georgia-state"}));
}

TEST(Entities, AnEditorsEntryWithAnUnknownIdIsAnErrorAtItsLine) {
  Diagnostics d;
  auto layer = parse_editorial("ed.toml", "[[place]]\ndocument = \"t\"\ntext = \"Georgia\"\nplace = \"atlantis\"\n\n"
                                          "[[org]]\ndocument = \"t\"\ntext = \"Moscow\"\norg = \"moscow\"\n", d);
  ASSERT_TRUE(layer);
  Edition edition;
  edition.editorial_layer = *layer;
  check_places_and_orgs(edition, &fixture().gazetteer, nullptr, d);
  ASSERT_EQ(d.errors(), 2u);
  EXPECT_NE(d.items()[0].format().find("ed.toml:4:"), std::string::npos) << d.items()[0].format();
  EXPECT_NE(d.items()[1].format().find("moscow' is not the xml:id of an organisation"), std::string::npos)
      << d.items()[1].format();
  EXPECT_TRUE(edition.editorial_layer.entities.empty());
}

TEST(Entities, AGazetteerIdThatIsAlsoAPersonsOrAGeneratedIdIsAnError) {
  Diagnostics d;
  Gazetteer g;
  parse_gazetteer_file("places.xml", R"(<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPlace>
<place xml:id="julian"><placeName>Julian</placeName></place>
<place xml:id="letter1"><placeName>Letter</placeName></place>
<place xml:id="ok"><placeName>Fine</placeName></place>
</listPlace></body></text></TEI>)", g, d);
  ASSERT_EQ(d.errors(), 0u);
  Edition edition;
  edition.documents.push_back({});
  edition.documents.back().id = "letter1";
  check_places_and_orgs(edition, &g, nullptr, d);
  ASSERT_EQ(d.errors(), 2u);
  const auto first = std::find_if(d.items().begin(), d.items().end(),
                                  [](const Diagnostic& x) { return x.severity == Severity::Error; });
  EXPECT_NE(first->format().find("places.xml:2:"), std::string::npos) << first->format();
}

TEST(Entities, IndexWordsAreTheFirstWordsOfEveryForm) {
  const auto words = fixture().matcher->index_words();
  const auto& moscow = words.at(static_cast<std::size_t>(fixture().gazetteer.index_of("moscow")));
  for (const char* w : {"москва", "москвы", "москвою", "moscow"})
    EXPECT_NE(std::find(moscow.begin(), moscow.end(), w), moscow.end()) << w;
  EXPECT_EQ(fixture().matcher->entries_named("Москвой"), (std::vector<int>{fixture().gazetteer.index_of("moscow")}));
  EXPECT_TRUE(fixture().matcher->entries_named("Москвой и").empty());
}
