// Persons: the Russian name forms, and the matcher's rules on a small
// personography written for these tests.
#include <gtest/gtest.h>

#include <algorithm>

#include "annotate/name_candidates.hpp"
#include "annotate/name_forms.hpp"
#include "annotate/persons.hpp"
#include "read/segment.hpp"
#include "read/source.hpp"

using namespace editio;

namespace {

bool has_form(NamePart part, const std::string& lemma, Sex sex, const std::string& form) {
  for (const auto& f : name_language_for(lemma).forms(part, lemma, sex))
    if (f.text == form) return true;
  return false;
}

const char* kPersons = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
<publicationStmt><p>t</p></publicationStmt><sourceDesc><p>t</p></sourceDesc></fileDesc></teiHeader>
<text><body><listPerson>
  <person xml:id="petrov-pi" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Петров</surname> <forename>Пётр</forename> <forename type="patronymic">Ильич</forename></persName>
    <persName type="reg" xml:lang="en"><forename>Pyotr</forename> <forename type="patronymic">Ilyich</forename> <surname>Petrov</surname></persName>
    <persName type="erroneous" xml:lang="en"><surname>Petrof</surname></persName>
    <persName type="signature">P.P.</persName>
  </person>
  <person xml:id="petrova-as" sex="F">
    <persName type="reg" xml:lang="ru"><surname>Петрова</surname> <forename>Анна</forename> <forename type="patronymic">Сергеевна</forename></persName>
    <persName type="reg" xml:lang="en"><forename>Anna</forename> <surname>Petrova</surname></persName>
  </person>
  <person xml:id="belinsky-vg" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Белинский</surname> <forename>Виссарион</forename> <forename type="patronymic">Григорьевич</forename></persName>
    <persName type="reg" xml:lang="en"><forename>Vissarion</forename> <surname>Belinsky</surname></persName>
  </person>
  <person xml:id="ter-arutyunyan" sex="M">
    <persName type="reg" xml:lang="en"><forename>Vagan</forename> <surname>Ter-Arutyunyan</surname></persName>
  </person>
  <person xml:id="ivanov-ya" sex="M">
    <persName type="reg" xml:lang="en"><forename>Yakov</forename> <forename type="patronymic">Aronovich</forename> <surname>Ivanov</surname></persName>
    <persName type="reg" xml:lang="ru"><surname>Иванов</surname> <forename>Яков</forename> <forename type="patronymic">Аронович</forename></persName>
  </person>
  <person xml:id="kobzar" sex="M">
    <persName type="reg" xml:lang="en"><surname>Kobzar</surname></persName>
    <persName type="pseudonym" xml:lang="en"><addName>Bard</addName></persName>
  </person>
  <person xml:id="fedorov-io" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Ѳедоровъ</surname> <forename>Іосифъ</forename></persName>
  </person>
  <personGrp xml:id="belinsky-family">
    <persName type="reg" xml:lang="ru"><surname>Белинский</surname></persName>
  </personGrp>
</listPerson></body></text></TEI>
)";

struct Fixture {
  Diagnostics diags;
  std::unique_ptr<Personography> persons;
  std::unique_ptr<PersonMatcher> matcher;
  Fixture() {
    persons = parse_personography("persons.xml", kPersons, diags);
    matcher = std::make_unique<PersonMatcher>(*persons);
  }
};

struct Tagged {
  Document doc;
  Diagnostics diags;
  // "form=ref" for every persName in the first block, in order; "form=" when unlinked.
  std::vector<std::string> names;
  std::vector<std::string> corrections;  // "sic>corr"
};

Tagged tag(const std::string& text, const std::string& lang = "ru") {
  static Fixture f;
  Tagged t;
  auto src = read_source("t.txt", text, t.diags);
  t.doc.id = "t";
  t.doc.source_path = "t.txt";
  t.doc.lang = lang;
  segment(*src, t.doc, t.diags);
  f.matcher->annotate(t.doc, {"ed"}, t.diags);
  for (const Block& b : t.doc.blocks) {
    std::vector<const Span*> spans;
    for (const auto& s : b.spans) spans.push_back(&s);
    std::sort(spans.begin(), spans.end(), [](const Span* a, const Span* c) { return a->begin < c->begin; });
    for (const Span* s : spans) {
      std::string form = b.text.substr(s->begin, s->end - s->begin);
      if (const Correction* c = s->as<Correction>()) {
        t.corrections.push_back(form + ">" + c->corr);
        continue;
      }
      if (const PersonMention* name = s->as<PersonMention>()) t.names.push_back(form + "=" + name->person);
    }
  }
  return t;
}

using V = std::vector<std::string>;

}  // namespace

TEST(NameForms, RussianSurnamesInOv) {
  for (const char* f : {"Смирнов", "Смирнова", "Смирнову", "Смирновым", "Смирнове", "Смирновы", "Смирновых"})
    EXPECT_TRUE(has_form(NamePart::Surname, "Смирнов", Sex::Male, f)) << f;
  EXPECT_FALSE(has_form(NamePart::Surname, "Смирнов", Sex::Male, "Смирновой"));  // a woman's form
  for (const char* f : {"Смирнова", "Смирновой", "Смирнову"})
    EXPECT_TRUE(has_form(NamePart::Surname, "Смирнова", Sex::Female, f)) << f;
  EXPECT_FALSE(has_form(NamePart::Surname, "Смирнова", Sex::Female, "Смирнове"));  // his prepositional
}

TEST(NameForms, RussianAdjectivalSurnames) {
  for (const char* f : {"Троцкий", "Троцкого", "Троцкому", "Троцким", "Троцком", "Троцкие", "Троцких"})
    EXPECT_TRUE(has_form(NamePart::Surname, "Троцкий", Sex::Male, f)) << f;
  for (const char* f : {"Мрачковского", "Мрачковским"})
    EXPECT_TRUE(has_form(NamePart::Surname, "Мрачковский", Sex::Male, f)) << f;
  for (const char* f : {"Крупская", "Крупской", "Крупскую"})
    EXPECT_TRUE(has_form(NamePart::Surname, "Крупская", Sex::Female, f)) << f;
  EXPECT_FALSE(has_form(NamePart::Surname, "Троцкий", Sex::Male, "Троцкистский"));
}

TEST(NameForms, RussianSurnamesInAAndConsonants) {
  for (const char* f : {"Ягода", "Ягоды", "Ягоде", "Ягоду", "Ягодой"})
    EXPECT_TRUE(has_form(NamePart::Surname, "Ягода", Sex::Male, f)) << f;
  for (const char* f : {"Радека", "Радеку", "Радеком", "Радеке"})
    EXPECT_TRUE(has_form(NamePart::Surname, "Радек", Sex::Male, f)) << f;
  EXPECT_FALSE(has_form(NamePart::Surname, "Радек", Sex::Female, "Радека"));  // a woman's does not decline
  EXPECT_TRUE(has_form(NamePart::Surname, "Тер-Ваганян", Sex::Male, "Тер-Ваганяна"));
  EXPECT_TRUE(has_form(NamePart::Surname, "Дурново", Sex::Male, "Дурново"));
  EXPECT_FALSE(has_form(NamePart::Surname, "Дурново", Sex::Male, "Дурновом"));
}

TEST(NameForms, RussianFirstNamesAndPatronymics) {
  for (const char* f : {"Льва", "Льву", "Львом", "Льве"}) EXPECT_TRUE(has_form(NamePart::Forename, "Лев", Sex::Male, f)) << f;
  EXPECT_TRUE(has_form(NamePart::Forename, "Пётр", Sex::Male, "Петра"));  // ё is read as е
  for (const char* f : {"Натальи", "Наталье", "Наталью", "Натальей"})
    EXPECT_TRUE(has_form(NamePart::Forename, "Наталья", Sex::Female, f)) << f;
  EXPECT_TRUE(has_form(NamePart::Forename, "Дмитрий", Sex::Male, "Дмитрием"));
  for (const char* f : {"Никитича", "Никитичу", "Никитичем"})
    EXPECT_TRUE(has_form(NamePart::Patronymic, "Никитич", Sex::Male, f)) << f;
  EXPECT_TRUE(has_form(NamePart::Patronymic, "Сергеевна", Sex::Female, "Сергеевной"));
}

TEST(Persons, PersonographyErrorsHaveLineAndColumn) {
  Diagnostics d;
  auto p = parse_personography("p.xml", "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><listPerson>\n"
                                        "<person xml:id=\"a\"><persName>A</persName></person>\n"
                                        "<person xml:id=\"a\"><persName>B</persName></person>\n</listPerson></TEI>", d);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->persons.size(), 1u);
  ASSERT_EQ(d.errors(), 1u);
  const Diagnostic& e = d.items().back();
  EXPECT_EQ(e.severity, Severity::Error);
  EXPECT_EQ(e.pos.line, 3u);
  EXPECT_NE(e.message.find("used twice"), std::string::npos);
  Diagnostics d2;
  EXPECT_FALSE(parse_personography("p.xml", "<TEI>\n<listPerson><person></listPerson>", d2));
  ASSERT_EQ(d2.errors(), 1u);
  EXPECT_EQ(d2.items()[0].pos.line, 2u);
}

TEST(Persons, RussianCasesOfOnePerson) {
  Tagged t = tag("Петрову писали. С Петровым спорили, о Петрове говорили, у Белинского были.\n");
  EXPECT_EQ(t.names, (V{"Петрову=", "Петровым=petrov-pi", "Петрове=petrov-pi", "Белинского=belinsky-vg"}));
}

TEST(Persons, SharedSurnameIsDecidedByFormAndFullerMention) {
  // "Петрову" is his dative or her accusative: ambiguous at first (warned,
  // no @ref); "Петровой" is only hers; after "Анна Петрова", "Петрова" is her.
  Tagged t = tag("Петрову писали. Петровой писали. Анна Петрова пришла. Потом Петрова ушла.\n");
  EXPECT_EQ(t.names, (V{"Петрову=", "Петровой=petrova-as", "Анна Петрова=petrova-as", "Петрова=petrova-as"}));
  ASSERT_EQ(t.diags.warnings(), 1u);
  EXPECT_NE(t.diags.items()[0].message.find("may name"), std::string::npos);
  EXPECT_EQ(t.diags.items()[0].pos.column, 1u);
}

TEST(Persons, InitialsBeforeAndAfter) {
  Tagged t = tag("П. И. Петров и П.И.Петрова брат; Петрова П. И. нет. Об Иванове Я. А. тоже.\n");
  EXPECT_EQ(t.names, (V{"П. И. Петров=petrov-pi", "П.И.Петрова=petrov-pi", "Петрова П. И.=petrov-pi", "Иванове Я. А.=ivanov-ya"}));
  Tagged e = tag("Ya. A. Ivanov met I.N. Petrov and LD Ivanov.\n", "en");
  // "I.N." fits no Petrov: someone the personography lacks, no @ref and a
  // warning; "LD" fits no Ivanov (capitals without dots are no sure initials).
  EXPECT_EQ(e.names, (V{"Ya. A. Ivanov=ivanov-ya", "I.N. Petrov=", "Ivanov=ivanov-ya"}));
  EXPECT_EQ(e.diags.warnings(), 1u);
}

TEST(Persons, FirstNamePatronymicAndFullForms) {
  Tagged t = tag("Пётр Ильич приехал к Виссариону Григорьевичу Белинскому; Белинский Виссарион ждал.\n");
  EXPECT_EQ(t.names, (V{"Пётр Ильич=petrov-pi", "Виссариону Григорьевичу Белинскому=belinsky-vg", "Белинский Виссарион=belinsky-vg"}));
  Tagged alone = tag("Анна пришла.\n");  // a first name alone is not listed as a variant
  EXPECT_TRUE(alone.names.empty());
  Tagged nick = tag("The Bard wrote.\n", "en");  // a nickname the personography lists stands alone
  EXPECT_EQ(nick.names, (V{"Bard=kobzar"}));
}

TEST(Persons, EnglishPossessivesHyphensAndDashes) {
  Tagged t = tag("Petrov's letter, Belinsky’s reply, Ter-Arutyunyan's note, the Petrov-Ivanov bloc.\n", "en");
  EXPECT_EQ(t.names, (V{"Petrov=petrov-pi", "Belinsky=belinsky-vg", "Ter-Arutyunyan=ter-arutyunyan",
                        "Petrov=petrov-pi", "Ivanov=ivanov-ya"}));
}

TEST(Persons, TitlesStayOutside) {
  Tagged t = tag("Comrade Petrov and Dr. Ivanov.\n", "en");
  EXPECT_EQ(t.names, (V{"Petrov=petrov-pi", "Ivanov=ivanov-ya"}));
}

TEST(Persons, NotPersons) {
  // Adjectives and group words from names; institutions named after people.
  Tagged t = tag("Петровский завод, белинские традиции, петровцы. Библиотека имени Белинского.\n");
  EXPECT_TRUE(t.names.empty());
  Tagged e = tag("Petrovist views. The Petrov Institute and Ivanovism.\n", "en");
  EXPECT_TRUE(e.names.empty());
}

TEST(Persons, GarbledFormIsACorrection) {
  Tagged t = tag("Petrof arrived.\n", "en");
  EXPECT_EQ(t.names, (V{"Petrof=petrov-pi"}));
  EXPECT_EQ(t.corrections, (V{"Petrof>Petrov"}));
}

TEST(Persons, SignatureAndFamily) {
  Tagged t = tag("Signed (P.P.).\n", "en");
  EXPECT_EQ(t.names, (V{"P.P.=petrov-pi"}));
  Tagged f = tag("Белинские жили в Москве; Петровы тоже.\n");  // a family: its personGrp; no group: not a mention
  EXPECT_EQ(f.names, (V{"Белинские=belinsky-family"}));
}

TEST(NameCandidates, UnknownNamesGroupedByStem) {
  Diagnostics d;
  auto src = read_source("u.txt", "Радек пришёл к Радеку. Он видел К. Радека. Москва была тиха, и он ушёл.\n", d);
  Document doc;
  doc.id = "u";
  doc.source_path = "u.txt";
  doc.lang = "ru";
  segment(*src, doc, d);
  NameCandidates c;
  c.add(doc);
  auto ranked = c.ranked();
  ASSERT_FALSE(ranked.empty());
  EXPECT_EQ(ranked[0].count(), 3);
  EXPECT_EQ(ranked[0].forms.count("К. Радека"), 1u);
  EXPECT_EQ(ranked[0].occurrences[0].pos.column, 1u);
  for (const auto& x : ranked) EXPECT_NE(x.label, "Он");  // "он" is written in lower case elsewhere
}

TEST(Persons, AFirstNameSharedByThousandsOfPersons) {
  // The matcher looks only at the persons whose name can go on after a first
  // name (or whose first name stands alone), so the one meant is found among
  // 3,000 namesakes: by surname, by middle initial and surname, by suffix.
  std::string xml = R"(<TEI xmlns="http://www.tei-c.org/ns/1.0"><text><body><listPerson>)";
  for (int i = 0; i < 3000; ++i) {
    const std::string n = std::to_string(i);
    std::string middle = i == 7 ? " <forename>Michael</forename>" : "";
    std::string suffix = i == 9 ? " <genName>Jr.</genName>" : "";
    xml += "<person xml:id=\"p" + n + "\" sex=\"M\"><persName type=\"reg\" xml:lang=\"en\"><forename>Peter</forename>" +
           middle + " <surname>Surname" + std::string(1, char('a' + i % 26)) + std::string(1, char('a' + i / 26 % 26)) +
           std::string(1, char('a' + i / 676)) + "</surname>" + suffix + "</persName></person>";
  }
  xml += R"(<person xml:id="pan" sex="M"><persName type="reg" xml:lang="en"><forename>Peter</forename> <surname>Pan</surname></persName>
    <persName type="variant" xml:lang="en"><forename>Peter</forename></persName></person>)";
  xml += "</listPerson></body></text></TEI>";
  Diagnostics diags;
  auto persons = parse_personography("many.xml", xml, diags);
  PersonMatcher matcher(*persons);
  EXPECT_EQ(persons->index_of("p2999"), 2999);
  EXPECT_EQ(persons->index_of("nobody"), -1);
  Document doc;
  doc.id = "t";
  doc.source_path = "t.txt";
  doc.lang = "en";
  // p1528 is "Surname" + (a + 1528 % 26) (a + 1528 / 26 % 26) (a + 1528 / 676) = "Surnameugc".
  auto src = read_source("t.txt", "Peter Surnameugc wrote to Peter M. Surnamehaa and Peter Surnamejaa Jr.; Peter smiled.\n",
                         diags);
  segment(*src, doc, diags);
  matcher.annotate(doc, {"ed"}, diags);
  std::vector<std::string> names;
  std::vector<const Span*> spans;
  for (const auto& s : doc.blocks[0].spans) spans.push_back(&s);
  std::sort(spans.begin(), spans.end(), [](const Span* a, const Span* c) { return a->begin < c->begin; });
  for (const Span* s : spans)
    names.push_back(doc.blocks[0].text.substr(s->begin, s->end - s->begin) + "=" + s->as<PersonMention>()->person);
  EXPECT_EQ(names, (V{"Peter Surnameugc=p1528", "Peter M. Surnamehaa=p7", "Peter Surnamejaa Jr.=p9", "Peter=pan"}));
  EXPECT_EQ(doc.persons, (V{"p1528", "p7", "p9", "pan"}));
}

// The spelling before 1918 is compared in today's, either way round: a text in the older spelling against a
// personography in today's, and the other way; the older declension ("-аго", "-омъ") too.
TEST(Persons, OlderSpellingMatchesTodays) {
  EXPECT_EQ(tag("Писалъ Петръ Ильичъ Петровъ.").names, V{"Петръ Ильичъ Петровъ=petrov-pi"});
  EXPECT_EQ(tag("Статья Виссаріона Бѣлинскаго.").names, V{"Виссаріона Бѣлинскаго=belinsky-vg"});
  EXPECT_EQ(tag("Говорил с Иосифом Федоровым.").names, V{"Иосифом Федоровым=fedorov-io"});
  EXPECT_EQ(tag("Говорилъ съ Іосифомъ Ѳедоровымъ.").names, V{"Іосифомъ Ѳедоровымъ=fedorov-io"});
}
