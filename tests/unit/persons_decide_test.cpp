// Persons: right, or flagged. A form that fits several persons gets a
// <persName> without @ref and a warning unless the text (a fuller form, a
// title the person's note uses) or the document's metadata (author, sender,
// addressee) decides; names in capitals, name particles, the declension of
// Russian surnames, and the editor's [[person]] entries.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "annotate/editorial.hpp"
#include "annotate/name_forms.hpp"
#include "annotate/persons.hpp"
#include "convert/pipeline.hpp"
#include "edition/editorial.hpp"
#include "edition/manifest.hpp"
#include "read/segment.hpp"
#include "read/source.hpp"

using namespace editio;

namespace {

const char* kPersons = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
<publicationStmt><p>t</p></publicationStmt><sourceDesc><p>t</p></sourceDesc></fileDesc></teiHeader>
<text><body><listPerson>
  <person xml:id="morris-i" sex="M">
    <persName type="reg" xml:lang="en"><forename>Ira</forename> <surname>Morris</surname></persName>
    <note>Minister in Sweden</note>
  </person>
  <person xml:id="morris-r" sex="M">
    <persName type="reg" xml:lang="en"><forename>Roland</forename> <surname>Morris</surname></persName>
    <note>Ambassador in Japan</note>
  </person>
  <person xml:id="rubin-r" sex="M">
    <persName type="reg" xml:lang="en"><forename>Richard</forename> <surname>Rubin</surname></persName>
  </person>
  <person xml:id="white-h" sex="M">
    <persName type="reg" xml:lang="en"><forename>Hugh</forename> <surname>White</surname></persName>
  </person>
  <person xml:id="dijk-j" sex="M">
    <persName type="reg" xml:lang="en"><forename>Jan</forename> <surname>van Dijk</surname></persName>
  </person>
  <person xml:id="roth-k" sex="M">
    <persName type="reg" xml:lang="en"><forename>Karl</forename> <nameLink>von</nameLink> <surname>Roth</surname></persName>
    <persName type="reg" xml:lang="ru"><forename>Карл</forename> <surname>фон Рот</surname></persName>
  </person>
  <person xml:id="estang-m" sex="M">
    <persName type="reg" xml:lang="en"><forename>Marc</forename> <surname>d’Estang</surname></persName>
  </person>
  <person xml:id="berg-vos" sex="M">
    <persName type="reg" xml:lang="en"><forename>Pieter</forename> <surname>De Berg de Vos</surname></persName>
  </person>
  <person xml:id="sidorov-ip" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Сидоров</surname> <forename>Иван</forename> <forename type="patronymic">Петрович</forename></persName>
  </person>
  <person xml:id="ulrich-vv" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Ульрих</surname> <forename>Василий</forename></persName>
  </person>
  <person xml:id="lesnaya-a" sex="F">
    <persName type="reg" xml:lang="ru"><surname>Лесная</surname> <forename>Анна</forename></persName>
  </person>
  <person xml:id="bely-a" sex="M">
    <persName type="reg" xml:lang="ru"><forename>Андрей</forename> <surname>Белый</surname></persName>
  </person>
  <person xml:id="martinson" sex="M">
    <persName type="reg" xml:lang="ru"><surname type="indeclinable">Мартинсон</surname></persName>
  </person>
  <person xml:id="lyubimets" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Любимец</surname></persName>
    <persName type="inflected" xml:lang="ru">Любимца</persName>
    <persName type="inflected" xml:lang="ru">Любимцу</persName>
  </person>
  <person xml:id="gromov-p" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Громов</surname> <forename>Пётр</forename></persName>
    <note>посол в Японии</note>
  </person>
  <person xml:id="gromov-i" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Громов</surname> <forename>Иван</forename></persName>
    <note>министр</note>
  </person>
  <person xml:id="bliss-t" sex="M">
    <persName type="reg" xml:lang="en"><forename>Tasker</forename> <surname>Bliss</surname></persName>
    <note>Military Representative on the Supreme War Council</note>
  </person>
  <person xml:id="bliss-r" sex="M">
    <persName type="reg" xml:lang="en"><forename>Robert</forename> <surname>Bliss</surname></persName>
    <note>Counselor of the Embassy in France</note>
  </person>
  <person xml:id="page-w" sex="M">
    <persName type="reg" xml:lang="en"><forename>Walter</forename> <surname>Page</surname></persName>
  </person>
  <person xml:id="page-n" sex="M">
    <persName type="reg" xml:lang="en"><forename>Nelson</forename> <surname>Page</surname></persName>
  </person>
  <person xml:id="orlov-p" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Орлов</surname> <forename>Пётр</forename> <forename type="patronymic">Ильич</forename></persName>
    <note>офицер армии</note>
  </person>
  <person xml:id="orlov-a" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Орлов</surname> <forename>Андрей</forename> <forename type="patronymic">Ильич</forename></persName>
    <note>поэт</note>
  </person>
  <person xml:id="law-b" sex="M">
    <persName type="reg" xml:lang="en"><forename>Bonar</forename> <surname>Law</surname></persName>
  </person>
  <person xml:id="lloyd-george" sex="M">
    <persName type="reg" xml:lang="en"><forename>David</forename> <surname>Lloyd George</surname></persName>
  </person>
</listPerson></body></text></TEI>
)";

struct Persons {
  Diagnostics diags;
  std::unique_ptr<Personography> persons;
  std::unique_ptr<PersonMatcher> matcher;
  explicit Persons(const char* xml) {
    persons = parse_personography("persons.xml", xml, diags);
    matcher = std::make_unique<PersonMatcher>(*persons);
  }
};

const Persons& fixture() {
  static Persons p(kPersons);
  return p;
}

Document segmented(const std::string& text, const std::string& lang) {
  Diagnostics d;
  auto src = read_source("t.txt", text, d);
  Document doc;
  doc.id = std::string("t");
  doc.source_path = "t.txt";
  doc.lang = lang;
  segment(*src, doc, d);
  return doc;
}

struct Tagged {
  Document doc;
  Diagnostics diags;
  std::vector<std::string> names;  // "form=ref" per persName, in text order; "form=" when unlinked
};

void collect(Tagged& t) {
  for (const Block& b : t.doc.blocks) {
    std::vector<const Span*> spans;
    for (const auto& s : b.spans)
      if (s.is<PersonMention>()) spans.push_back(&s);
    std::sort(spans.begin(), spans.end(), [](const Span* a, const Span* c) { return a->begin < c->begin; });
    for (const Span* s : spans) {
      t.names.push_back(b.text.substr(s->begin, s->end - s->begin) + "=" + s->as<PersonMention>()->person);
    }
  }
}

Tagged tag(const std::string& text, const std::string& lang, PersonOptions options = {}) {
  Tagged t;
  t.doc = segmented(text, lang);
  fixture().matcher->annotate(t.doc, options, t.diags);
  collect(t);
  return t;
}

std::string all(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d.items()) s += x.format() + "\n";
  return s;
}

using V = std::vector<std::string>;

bool has_form(NamePart part, const std::string& lemma, Sex sex, const std::string& form) {
  for (const auto& f : name_language_for(lemma).forms(part, lemma, sex))
    if (f.text == form) return true;
  return false;
}

}  // namespace

// --- ambiguous means no @ref and a warning ------------------------------------------------

TEST(PersonsAmbiguity, BareSharedSurnameHasNoRefAndAWarningWithTheCandidates) {
  Tagged t = tag("We met Morris today.\n", "en");
  EXPECT_EQ(t.names, (V{"Morris="}));
  ASSERT_EQ(t.diags.warnings(), 1u) << all(t.diags);
  const std::string w = t.diags.items()[0].format();
  EXPECT_EQ(w.rfind("t.txt:1:8: warning: 'Morris' may name Ira Morris (morris-i) or Roland Morris (morris-r)", 0), 0u) << w;
  EXPECT_NE(w.find("[[person]] document = \"t\", text = \"Morris\", line = 1"), std::string::npos) << w;
}

TEST(PersonsAmbiguity, RussianBareSharedSurnameHasNoRefAndAWarning) {
  Tagged t = tag("Письмо Громову отправлено.\n", "ru");
  EXPECT_EQ(t.names, (V{"Громову="}));
  ASSERT_EQ(t.diags.warnings(), 1u) << all(t.diags);
  EXPECT_NE(t.diags.items()[0].message.find("Громов Пётр (gromov-p)"), std::string::npos) << all(t.diags);
  EXPECT_NE(t.diags.items()[0].message.find("Громов Иван (gromov-i)"), std::string::npos) << all(t.diags);
}

TEST(PersonsAmbiguity, AFullerFormEarlierDecides) {
  Tagged t = tag("Roland Morris arrived. Later Morris left.\n", "en");
  EXPECT_EQ(t.names, (V{"Roland Morris=morris-r", "Morris=morris-r"}));
  EXPECT_EQ(t.diags.warnings(), 0u) << all(t.diags);
  Tagged r = tag("Приехал Иван Громов. Потом Громов уехал.\n", "ru");
  EXPECT_EQ(r.names, (V{"Иван Громов=gromov-i", "Громов=gromov-i"}));
}

TEST(PersonsAmbiguity, TheDocumentsSenderOrAddresseeDecides) {
  PersonOptions by_id;
  by_id.context = {"", "morris-i", ""};  // author, sender, addressee
  Tagged t = tag("Morris reports.\n", "en", by_id);
  EXPECT_EQ(t.names, (V{"Morris=morris-i"}));
  EXPECT_EQ(t.diags.warnings(), 0u) << all(t.diags);
  PersonOptions by_name;
  by_name.context = {"Громов Пётр"};  // a name as written, not an id
  Tagged r = tag("Громов сообщает.\n", "ru", by_name);
  EXPECT_EQ(r.names, (V{"Громов=gromov-p"}));
}

TEST(PersonsAmbiguity, MetadataAndAnEarlierMentionThatDisagreeDecideNothing) {
  PersonOptions o;
  o.context = {"morris-i"};
  Tagged t = tag("Roland Morris arrived. Later Morris left.\n", "en", o);
  EXPECT_EQ(t.names, (V{"Roland Morris=morris-r", "Morris="}));
  EXPECT_EQ(t.diags.warnings(), 1u) << all(t.diags);
}

TEST(PersonsAmbiguity, ATitleThatOnlyOneCandidatesNoteUsesDecides) {
  Tagged t = tag("The Ambassador Morris wrote.\n", "en");
  EXPECT_EQ(t.names, (V{"Morris=morris-r"}));
  Tagged s = tag("Senator Morris did not.\n", "en");
  EXPECT_EQ(s.names, (V{"Morris="}));  // no candidate's note says senator
  Tagged r = tag("Об этом сообщил посол Громов.\n", "ru");
  EXPECT_EQ(r.names, (V{"Громов=gromov-p"}));
}

TEST(PersonsAmbiguity, AFullNameAnywhereInTheDocumentDecides) {
  // The heading's bare "Page" is decided by the signature below it, and a
  // bare surname in a paragraph by a full name in a note.
  Tagged t = tag("The Ambassador (Page) to the Secretary\n\nPage reports.\n\nWalter Page\n", "en");
  EXPECT_EQ(t.names, (V{"Page=page-w", "Page=page-w", "Walter Page=page-w"}));
  EXPECT_EQ(t.diags.warnings(), 0u) << all(t.diags);
  Tagged r = tag("Громов пишет из Токио.\n\nПодписал Иван Громов.\n", "ru");
  EXPECT_EQ(r.names, (V{"Громов=gromov-i", "Иван Громов=gromov-i"}));
  EXPECT_EQ(r.diags.warnings(), 0u) << all(r.diags);
}

TEST(PersonsAmbiguity, TwoCandidatesNamedInFullDecideNothing) {
  Tagged t = tag("Page reports.\n\nWalter Page and Nelson Page\n", "en");
  EXPECT_EQ(t.names, (V{"Page=", "Walter Page=page-w", "Nelson Page=page-n"}));
  EXPECT_EQ(t.diags.warnings(), 1u) << all(t.diags);
  Tagged r = tag("Громов пишет.\n\nИван Громов и Пётр Громов.\n", "ru");
  EXPECT_EQ(r.names, (V{"Громов=", "Иван Громов=gromov-i", "Пётр Громов=gromov-p"}));
  EXPECT_EQ(r.diags.warnings(), 1u) << all(r.diags);
  // Nor where an earlier mention and the document's sender disagree.
  PersonOptions o;
  o.context = {"page-n"};
  Tagged m = tag("Walter Page came. Page reports.\n\nWalter Page\n", "en", o);
  EXPECT_EQ(m.names, (V{"Walter Page=page-w", "Page=", "Walter Page=page-w"}));
  EXPECT_EQ(m.diags.warnings(), 1u) << all(m.diags);
  // Nor where the other was mentioned before (decided by a title).
  EXPECT_EQ(tag("The Ambassador Morris wrote. Ira Morris replied. Morris left.\n", "en").names,
            (V{"Morris=morris-r", "Ira Morris=morris-i", "Morris="}));
  // (A form of two surnames, "Петрову" before "Анна Петрова", stays
  // undecided: Persons.SharedSurnameIsDecidedByFormAndFullerMention.)
}

TEST(PersonsAmbiguity, ATitleOfOneSexLeavesOutCandidatesOfTheOther) {
  // Roland Morris is named in full, but "Miss Morris" is not he.
  Tagged t = tag("Roland Morris came. Miss Morris stayed; Mr. Morris left.\n", "en");
  EXPECT_EQ(t.names, (V{"Roland Morris=morris-r", "Morris=", "Morris=morris-r"}));
  ASSERT_EQ(t.diags.warnings(), 1u) << all(t.diags);
  EXPECT_NE(t.diags.items()[0].message.find("the title before it is of the other sex"), std::string::npos) << all(t.diags);
  Tagged r = tag("Приехал Иван Громов. Приехала и княгиня Громова.\n", "ru");
  EXPECT_EQ(r.names, (V{"Иван Громов=gromov-i", "Громова="}));
  EXPECT_EQ(r.diags.warnings(), 1u) << all(r.diags);
}

TEST(PersonsAmbiguity, ANameInBracketsAfterAnOfficeHoldsIt) {
  EXPECT_EQ(tag("The Ambassador in Japan (Morris) to the Secretary of State\n", "en").names, (V{"Morris=morris-r"}));
  EXPECT_EQ(tag("The Senator from Ohio (Morris) to the Secretary of State\n", "en").names, (V{"Morris="}));
  EXPECT_EQ(tag("Посол в Японии (Громов) министру\n", "ru").names, (V{"Громов=gromov-p"}));
}

TEST(PersonsAmbiguity, AMilitaryRankNamesTheCandidateWhoseNoteSaysTheyServed) {
  EXPECT_EQ(tag("General Bliss agreed.\n", "en").names, (V{"Bliss=bliss-t"}));
  EXPECT_EQ(tag("Senator Bliss agreed.\n", "en").names, (V{"Bliss="}));  // no note says senator
  EXPECT_EQ(tag("Приехал полковник Орлов.\n", "ru").names, (V{"Орлов=orlov-p"}));
  EXPECT_EQ(tag("Приехал профессор Орлов.\n", "ru").names, (V{"Орлов="}));
}

TEST(PersonsAmbiguity, ATitleAbbreviatedAsAnInitialIsNoInitial) {
  // "Г. И. П. Сидоров" is "граф (господин) И. П. Сидоров"; "Гр." and "Кн." are titles.
  Tagged t = tag("Г. И. П. Сидоров. Гр. И. П. Сидорову. Кн. И. Сидорова.\n", "ru");
  EXPECT_EQ(t.names, (V{"И. П. Сидоров=sidorov-ip", "И. П. Сидорову=sidorov-ip", "И. Сидорова=sidorov-ip"}));
  EXPECT_EQ(t.diags.warnings(), 0u) << all(t.diags);
  // Where the rest fits no one either, they name someone the personography lacks.
  Tagged p = tag("Г. И. Орлов пришёл.\n", "ru");
  EXPECT_EQ(p.names, (V{"Г. И. Орлов="}));
}

TEST(PersonsAmbiguity, AnUnknownFirstNameBeforeAPatronymicAndSurnameIsSomeoneElse) {
  // "Валериан" is no Сидоров's first name: not Иван Петрович, though the
  // patronymic and surname are his.
  Tagged t = tag("Приехал Иван Сидоров. Потом Валериан Петрович Сидоров.\n", "ru");
  EXPECT_EQ(t.names, (V{"Иван Сидоров=sidorov-ip", "Валериан Петрович Сидоров="}));
  ASSERT_EQ(t.diags.warnings(), 1u) << all(t.diags);
  EXPECT_NE(t.diags.items()[0].message.find("fit no person of that name"), std::string::npos) << all(t.diags);
}

TEST(PersonsAmbiguity, TheLastWordOfASurnameOfSeveralWordsAfterTheFullOne) {
  Tagged t = tag("Lloyd George came. George agreed. King George did not, nor George Washington.\n", "en");
  EXPECT_EQ(t.names, (V{"Lloyd George=lloyd-george", "George=lloyd-george"}));
  Tagged n = tag("George agreed.\n", "en");  // not named in full before: no one
  EXPECT_EQ(n.names, (V{}));
}

TEST(PersonsAmbiguity, InitialsThatFitNoOneNameSomeoneThePersonographyLacks) {
  // "Р. Ф. Громов" is neither Пётр nor Иван Громов: no @ref, a warning; and
  // after him a bare "Громов" could be him too.
  Tagged t = tag("Приехал Пётр Громов. Потом Р. Ф. Громов. Громов уехал.\n", "ru");
  EXPECT_EQ(t.names, (V{"Пётр Громов=gromov-p", "Р. Ф. Громов=", "Громов="}));
  ASSERT_EQ(t.diags.warnings(), 2u) << all(t.diags);
  EXPECT_NE(t.diags.items()[0].message.find("the first names or initials fit no person of that name"), std::string::npos)
      << all(t.diags);
  Tagged e = tag("Then T. F. Rubin spoke; Rubin left.\n", "en");
  EXPECT_EQ(e.names, (V{"T. F. Rubin=", "Rubin="}));
  // A first name of the personography, but of no Morris: another Morris.
  Tagged g = tag("Hugh Morris came.\n", "en");
  EXPECT_EQ(g.names, (V{"Hugh Morris="}));
  ASSERT_EQ(g.diags.warnings(), 1u) << all(g.diags);
}

TEST(PersonsAmbiguity, SirOrLordWithAFirstNameNamesThePersonOfThatFirstName) {
  Tagged t = tag("Sir Hugh agreed. Richard did not.\n", "en");
  EXPECT_EQ(t.names, (V{"Hugh=white-h"}));  // a first name alone, without such a title, is none
}

// --- capitals -------------------------------------------------------------------------------

TEST(PersonsCapitals, NamesInCapitalsMatchLikeTheirTitleCaseForms) {
  Tagged t = tag("Signed: RICHARD RUBIN\n", "en");
  EXPECT_EQ(t.names, (V{"RICHARD RUBIN=rubin-r"}));
  Tagged r = tag("ТЕЛЕГРАММА СИДОРОВУ. Подписано ИВАНОМ СИДОРОВЫМ.\n", "ru");
  EXPECT_EQ(r.names, (V{"СИДОРОВУ=sidorov-ip", "ИВАНОМ СИДОРОВЫМ=sidorov-ip"}));
}

TEST(PersonsCapitals, AWordTheDocumentUsesInLowerCaseIsNoNameInCapitals) {
  Tagged t = tag("THE WHITE PAPER\n\nThe white paper was printed. Hugh White read it.\n", "en");
  EXPECT_EQ(t.names, (V{"Hugh White=white-h"}));
}

TEST(PersonsCapitals, ACommonWordInACapitalizedPhraseIsNoName) {
  // "white" is a common word of this document: "White House" names a
  // building; "Mr. White" and "White" alone stay mentions.
  Tagged t = tag("The white flag flew over the White House. Mr. White agreed; White left.\n", "en");
  EXPECT_EQ(t.names, (V{"White=white-h", "White=white-h"}));
  Tagged r = tag("Подняли белый флаг над Белым Домом. Белый уехал.\n", "ru");
  EXPECT_EQ(r.names, (V{"Белый=bely-a"}));
}

TEST(PersonsCapitals, ASurnameThatIsACommonWordHeadingACompoundIsNoName) {
  // The dictionary has "white" and "law" as common words; a capitalized word
  // (or "of" and one) after them makes the name of a thing.
  EXPECT_EQ(tag("The White Nile rose. Mr. White came; the White Paper was printed.\n", "en").names, (V{"White=white-h"}));
  EXPECT_EQ(tag("Bonar Law spoke of the Law of Nations. Law left.\n", "en").names,
            (V{"Bonar Law=law-b", "Law=law-b"}));
  // Russian word order puts any word after a surname: "Белый Москву покинул" is Белый.
  EXPECT_EQ(tag("Андрей Белый приехал. Белый Москву покинул.\n", "ru").names, (V{"Андрей Белый=bely-a", "Белый=bely-a"}));
}

// --- particles ------------------------------------------------------------------------------

TEST(PersonsParticles, WithOrWithoutTheParticle) {
  Tagged t = tag("Jan van Dijk came; van Dijk stayed; Dijk left. Karl von Roth and Baron von Roth.\n", "en");
  EXPECT_EQ(t.names, (V{"Jan van Dijk=dijk-j", "van Dijk=dijk-j", "Dijk=dijk-j", "Karl von Roth=roth-k",
                        "von Roth=roth-k"}));
  Tagged d = tag("Marc d’Estang wrote to d’Estang; Estang replied.\n", "en");
  EXPECT_EQ(d.names, (V{"Marc d’Estang=estang-m", "d’Estang=estang-m", "Estang=estang-m"}));
  Tagged c = tag("De Berg de Vos spoke.\n", "en");
  EXPECT_EQ(c.names, (V{"De Berg de Vos=berg-vos"}));
  Tagged r = tag("Карл фон Рот приехал, фон Рота встретили.\n", "ru");
  EXPECT_EQ(r.names, (V{"Карл фон Рот=roth-k", "фон Рота=roth-k"}));
}

// --- Russian declension and gender ----------------------------------------------------------

TEST(PersonsDeclension, ConsonantFinalMaleSurnamesDecline) {
  for (const char* f : {"Ульриха", "Ульриху", "Ульрихом", "Ульрихе"})
    EXPECT_TRUE(has_form(NamePart::Surname, "Ульрих", Sex::Male, f)) << f;
  for (const char* f : {"Генриха", "Генрихом"}) EXPECT_TRUE(has_form(NamePart::Surname, "Генрих", Sex::Male, f)) << f;
  // Surnames that are adjectives' genitive plural do not decline.
  EXPECT_FALSE(has_form(NamePart::Surname, "Долгих", Sex::Male, "Долгиха"));
  EXPECT_FALSE(has_form(NamePart::Surname, "Седых", Sex::Male, "Седыха"));
  Tagged t = tag("Дело Ульриха передали Ульриху, а с Ульрихом спорили.\n", "ru");
  EXPECT_EQ(t.names, (V{"Ульриха=ulrich-vv", "Ульриху=ulrich-vv", "Ульрихом=ulrich-vv"}));
}

TEST(PersonsDeclension, HerObliqueFormThatIsAMansNominativeIsNotSilentlyHers) {
  // "Лесной" is Лесная's genitive and a man's nominative (a man of the family
  // the personography may not list): without evidence, no @ref and a warning.
  Tagged t = tag("Лесной написал письмо.\n", "ru");
  EXPECT_EQ(t.names, (V{"Лесной="}));
  ASSERT_EQ(t.diags.warnings(), 1u) << all(t.diags);
  EXPECT_NE(t.diags.items()[0].message.find("another person of that name"), std::string::npos) << all(t.diags);
  // "Лесного" is a man's form only: never hers.
  Tagged m = tag("У Лесного были гости.\n", "ru");
  EXPECT_EQ(m.names, V{});
  // After "Анна Лесная", "Лесной" is hers.
  Tagged a = tag("Приехала Анна Лесная. Письмо Лесной пришло.\n", "ru");
  EXPECT_EQ(a.names, (V{"Анна Лесная=lesnaya-a", "Лесной=lesnaya-a"}));
}

TEST(PersonsDeclension, AdjectivalSurnamesInOyAndIyDecline) {
  for (const char* f : {"Лесного", "Лесному", "Лесным", "Лесном"})
    EXPECT_TRUE(has_form(NamePart::Surname, "Лесной", Sex::Male, f)) << f;
  for (const char* f : {"Горького", "Горькому", "Горьким"})
    EXPECT_TRUE(has_form(NamePart::Surname, "Горький", Sex::Male, f)) << f;
  for (const char* f : {"Лесной", "Лесную"}) EXPECT_TRUE(has_form(NamePart::Surname, "Лесная", Sex::Female, f)) << f;
  EXPECT_FALSE(has_form(NamePart::Surname, "Лесная", Sex::Female, "Лесного"));  // his, not hers
}

TEST(PersonsDeclension, ThePersonographySaysHowANameDeclinesWhereTheGrammarCannot) {
  // <surname type="indeclinable">: the nominative in every case.
  Tagged t = tag("Письмо Мартинсон получил. Мартинсона нет.\n", "ru");
  EXPECT_EQ(t.names, (V{"Мартинсон=martinson"}));
  // A fleeting vowel the grammar cannot know: the forms, as <persName type="inflected">.
  Tagged f = tag("Письмо Любимца дошло до Любимцу.\n", "ru");
  EXPECT_EQ(f.names, (V{"Любимца=lyubimets", "Любимцу=lyubimets"}));
}

// --- the editor's [[person]] -----------------------------------------------------------------

namespace {

EditorialLayer layer_of(const std::string& toml, Diagnostics& d) {
  auto layer = parse_editorial("ed.toml", toml, d);
  EXPECT_TRUE(layer.has_value()) << all(d);
  return layer ? *layer : EditorialLayer{};
}

// Locates the layer's [[person]] entries in the text and runs the matcher with them.
Tagged tag_with(const std::string& text, const std::string& toml, Diagnostics& layer_diags, const std::string& lang = "en") {
  EditorialLayer layer = layer_of(toml, layer_diags);
  Edition ed;
  ed.editorial_layer = layer;
  check_persons(ed, fixture().persons.get(), layer_diags);
  Tagged t;
  t.doc = segmented(text, lang);
  PersonOptions o;
  o.decisions = locate_editorial_persons(t.doc, ed.editorial_layer, layer_diags);
  fixture().matcher->annotate(t.doc, o, t.diags);
  collect(t);
  return t;
}

}  // namespace

TEST(EditorialPerson, ReadsEveryFormOfTheEntry) {
  Diagnostics d;
  EditorialLayer l = layer_of(R"([[person]]
document = "t"
text = "Morris"
line = 3
column = 5
person = "morris-r"

[[person]]
document = "t"
text = "Morris"
none = true
)",
                              d);
  EXPECT_TRUE(d.empty()) << all(d);  // [[person]] is no unknown table
  ASSERT_EQ(l.persons.size(), 2u);
  EXPECT_EQ(l.persons[0].at.line, 3);
  EXPECT_EQ(l.persons[0].column, 5);
  EXPECT_EQ(l.persons[0].person, "morris-r");
  EXPECT_TRUE(l.persons[1].none);
}

TEST(EditorialPerson, NeedsAPersonOrNone) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml", "[[person]]\ndocument = \"t\"\ntext = \"Morris\"\n", d);
  ASSERT_TRUE(l);
  EXPECT_TRUE(l->persons.empty());
  ASSERT_GE(d.errors(), 1u);
  EXPECT_EQ(d.items()[0].format().rfind("ed.toml:1:1: error: [[person]] 'Morris' needs person =", 0), 0u) << all(d);
}

TEST(EditorialPerson, AtALineItDecidesThatMentionOnly) {
  Diagnostics d;
  Tagged t = tag_with("Morris wrote.\n\nMorris answered.\n",
                      "[[person]]\ndocument = \"t\"\ntext = \"Morris\"\nline = 3\nperson = \"morris-i\"\n", d);
  EXPECT_EQ(t.names, (V{"Morris=", "Morris=morris-i"}));
  EXPECT_TRUE(d.empty()) << all(d);
  EXPECT_EQ(t.diags.warnings(), 1u) << all(t.diags);  // line 1 stays undecided
  EXPECT_EQ(t.doc.editor_interventions, 1);
}

TEST(EditorialPerson, AColumnOrOccurrenceChoosesOneOnTheLine) {
  Diagnostics d;
  Tagged t = tag_with("Morris and Morris.\n",
                      "[[person]]\ndocument = \"t\"\ntext = \"Morris\"\nline = 1\ncolumn = 12\nperson = \"morris-r\"\n"
                      "[[person]]\ndocument = \"t\"\ntext = \"Morris\"\noccurrence = 1\nperson = \"morris-i\"\n",
                      d);
  EXPECT_EQ(t.names, (V{"Morris=morris-i", "Morris=morris-r"}));
  EXPECT_TRUE(d.empty()) << all(d);
  EXPECT_EQ(t.diags.warnings(), 0u) << all(t.diags);
}

TEST(EditorialPerson, WithoutALineEverywhereInTheDocument) {
  Diagnostics d;
  Tagged t = tag_with("Громову писали. Громов ответил.\n",
                      "[[person]]\ndocument = \"t\"\ntext = \"Громову\"\nperson = \"gromov-i\"\n", d, "ru");
  // the decided mention makes the later bare one his as well
  EXPECT_EQ(t.names, (V{"Громову=gromov-i", "Громов=gromov-i"}));
  EXPECT_EQ(t.diags.warnings(), 0u) << all(t.diags);
}

TEST(EditorialPerson, NoneLeavesTheWordsUntagged) {
  Diagnostics d;
  Tagged t = tag_with("Hugh White came.\n\nThe White Paper.\n",
                      "[[person]]\ndocument = \"t\"\ntext = \"White\"\nline = 3\nnone = true\n", d);
  EXPECT_EQ(t.names, (V{"Hugh White=white-h"}));
  EXPECT_EQ(t.doc.editor_interventions, 1);
}

TEST(EditorialPerson, AFormNotFoundThereIsWarnedAtTheEntry) {
  Diagnostics d;
  Tagged t = tag_with("Morris wrote.\n\nMorrison answered.\n",
                      "[[person]]\ndocument = \"t\"\ntext = \"Morris\"\nline = 3\nperson = \"morris-i\"\n", d);
  ASSERT_EQ(d.warnings(), 1u) << all(d);
  EXPECT_EQ(d.items()[0].format().rfind("ed.toml:1:1: warning: [[person]] 'Morris' is not in t on line 3", 0), 0u)
      << all(d);
  EXPECT_EQ(t.doc.editor_interventions, 0);
}

TEST(EditorialPerson, AnUnknownPersonIsWarnedAtTheEntry) {
  Diagnostics d;
  Tagged t = tag_with("Morris wrote.\n", "[[person]]\ndocument = \"t\"\ntext = \"Morris\"\nperson = \"nobody\"\n", d);
  ASSERT_EQ(d.warnings(), 1u) << all(d);
  EXPECT_EQ(d.items()[0].format().rfind("ed.toml:4:10: warning: [[person]] 'Morris': person 'nobody' is not the xml:id", 0),
            0u)
      << all(d);
  EXPECT_EQ(t.names, (V{"Morris="}));  // not applied: still undecided
}

TEST(EditorialPerson, ANameThePersonographyDoesNotMatchCanBeTagged) {
  Diagnostics d;
  Tagged t = tag_with("The Minister, Ira, came.\n",
                      "[[person]]\ndocument = \"t\"\ntext = \"Ira\"\nperson = \"morris-i\"\n", d);
  EXPECT_EQ(t.names, (V{"Ira=morris-i"}));
}

// --- through the conversion: the manifest's sender and the layer's [[person]] -----------------

TEST(PersonsContext, TheManifestsSenderAndAddresseeAreRead) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", R"([edition]
title = "T"
editors = [{ id = "ed", name = "Test Editor" }]
publisher = "P"
licence = "CC0"
[[document]]
id = "t"
file = "t.txt"
title = "A telegram"
language = "en"
sender = "morris-r"
addressee = "Hugh White"
)",
                           d);
  ASSERT_TRUE(ed) << all(d);
  ASSERT_EQ(ed->documents.size(), 1u);
  EXPECT_EQ(ed->documents[0].sender, "morris-r");
  EXPECT_EQ(ed->documents[0].addressee, "Hugh White");
  for (const auto& x : d.items()) EXPECT_EQ(x.message.find("unknown key"), std::string::npos) << x.format();
}

TEST(PersonsContext, PreparedDocumentUsesTheSenderAndTheEditorsEntries) {
  Diagnostics d;
  Edition ed;
  ed.editors.push_back({"ed", "Test Editor", ""});
  ed.editorial_layer = layer_of("[[person]]\ndocument = \"t\"\ntext = \"White\"\nnone = true\n", d);
  DocumentEntry e;
  e.id = "t";
  e.file = e.path = "t.txt";
  e.title = "A telegram";
  e.language = "en";
  e.sender = "morris-r";
  auto src = read_source("t.txt", "Morris to White.\n\nMorris\n", d);
  ASSERT_TRUE(src);
  Document doc = prepare_document(*src, ed, e, d, fixture().matcher.get());
  Tagged t;
  t.doc = std::move(doc);
  collect(t);
  EXPECT_EQ(t.names, (V{"Morris=morris-r", "Morris=morris-r"}));
  EXPECT_EQ(t.doc.editor_interventions, 1);
  EXPECT_EQ(d.warnings(), 0u) << all(d);
}
