// The personography parser, as a specification: what an entry of the
// editor's TEI personography gives (names per language and their parts,
// variants, idno, sex, dates), and what is wrong with a file, reported at
// file:line:column. An entry with an error is left out and the rest is read;
// a file that is not XML gives no personography at all.
// (The matcher that uses the names: persons_test.cpp; ids that clash with
// ids Editio writes: input_errors_test.cpp.)
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "edition/personography.hpp"
#include "test_files.hpp"

using namespace editio;

namespace {

// `entries` inside a TEI file's listPerson; the first entry is on line 3.
std::string tei(const std::string& entries) {
  return "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n"
         "<listPerson>\n" +
         entries + "</listPerson></body></text></TEI>\n";
}

std::vector<std::string> formatted(const Diagnostics& d) {
  std::vector<std::string> out;
  for (const auto& x : d.items()) out.push_back(x.format());
  return out;
}

// The personography of `entries`, which must read without a diagnostic.
std::unique_ptr<Personography> read_cleanly(const std::string& entries) {
  Diagnostics d;
  auto p = parse_personography("p.xml", tei(entries), d);
  EXPECT_TRUE(d.empty()) << formatted(d).front();
  return p;
}

}  // namespace

TEST(Personography, ARegularizedNamePerLanguageAndItsParts) {
  auto p = read_cleanly(R"(<person xml:id="petrov-pi" sex="M">
  <persName type="reg" xml:lang="ru"><surname>Петров</surname> <forename>Пётр</forename> <forename type="patronymic">Ильич</forename></persName>
  <persName type="reg" xml:lang="en"><forename>Pyotr</forename> <forename type="patronymic">Ilyich</forename> <surname>Petrov</surname></persName>
</person>
)");
  ASSERT_TRUE(p);
  ASSERT_EQ(p->persons.size(), 1u);
  const Person& petrov = p->persons[0];
  EXPECT_EQ(petrov.id, "petrov-pi");
  EXPECT_EQ(petrov.sex, Sex::Male);
  EXPECT_FALSE(petrov.group);
  ASSERT_EQ(petrov.names.size(), 2u);
  const PersonName& ru = petrov.names[0];
  EXPECT_EQ(ru.type, "reg");
  EXPECT_EQ(ru.lang, "ru");
  EXPECT_EQ(ru.text, "Петров Пётр Ильич");
  EXPECT_EQ(ru.surnames, std::vector<std::string>{"Петров"});
  EXPECT_EQ(ru.forenames, std::vector<std::string>{"Пётр"});
  EXPECT_EQ(ru.patronymics, std::vector<std::string>{"Ильич"});
  // Each language has its regularized name; another language takes the first.
  EXPECT_EQ(petrov.display_name("en"), "Pyotr Ilyich Petrov");
  EXPECT_EQ(petrov.display_name("ru"), "Петров Пётр Ильич");
  EXPECT_EQ(petrov.display_name("de"), "Петров Пётр Ильич");
  EXPECT_EQ(petrov.sort_name("en"), "Petrov, Pyotr Ilyich");
  EXPECT_EQ(p->find("petrov-pi"), &petrov);
  EXPECT_EQ(p->index_of("petrov-pi"), 0);
  EXPECT_EQ(p->find("nobody"), nullptr);
  EXPECT_EQ(p->index_of("nobody"), -1);
}

TEST(Personography, VariantsTakeTheEntrysLanguageAndNameTheirParts) {
  auto p = read_cleanly(R"(<person xml:id="gogh" xml:lang="en">
  <persName type="reg"><forename>Vincent</forename> <nameLink>van</nameLink> <surname type="indeclinable">Gogh</surname></persName>
  <persName>  Vincent
      van   Gogh </persName>
  <persName type="pseudonym" xml:lang="fr"><roleName>le peintre</roleName></persName>
  <persName type="variant"><forename>John</forename> <surname>Smith</surname> <genName>Jr.</genName> <addName>Jack</addName></persName>
  <persName type="erroneous"><surname>Goch</surname></persName>
  <persName type="variant"> </persName>
</person>
)");
  ASSERT_TRUE(p);
  ASSERT_EQ(p->persons.size(), 1u);
  const std::vector<PersonName>& names = p->persons[0].names;
  ASSERT_EQ(names.size(), 5u) << "a persName without text is no name";
  EXPECT_EQ(names[0].links, std::vector<std::string>{"van"});
  EXPECT_EQ(names[0].indeclinable, std::vector<std::string>{"Gogh"});
  EXPECT_EQ(names[0].lang, "en");
  // No @type is a variant; the text has its spaces normalized.
  EXPECT_EQ(names[1].type, "variant");
  EXPECT_EQ(names[1].text, "Vincent van Gogh");
  EXPECT_FALSE(names[1].has_parts());
  EXPECT_EQ(names[2].type, "pseudonym");
  EXPECT_EQ(names[2].lang, "fr");
  EXPECT_EQ(names[2].addnames, std::vector<std::string>{"le peintre"});
  EXPECT_EQ(names[3].suffixes, std::vector<std::string>{"Jr."});
  EXPECT_EQ(names[3].addnames, std::vector<std::string>{"Jack"});
  EXPECT_TRUE(names[4].erroneous());
}

TEST(Personography, IdnoDatesNoteSexAndGroups) {
  auto p = read_cleanly(R"(<person xml:id="a">
  <persName type="reg">A</persName>
  <sex value="F"/>
  <birth when="1879-11-07"/><death when="1940-08-21"/>
  <idno type="VIAF">  12345 </idno><idno type="GND">678</idno>
  <note>First  note.</note><note>Second note.</note>
</person>
<person xml:id="b"><persName type="reg">B</persName><sex>female</sex></person>
<person xml:id="c" sex="2"><persName type="reg">C</persName></person>
<person xml:id="d"><persName type="reg">D</persName></person>
<personGrp xml:id="family"><persName type="reg">The Family</persName></personGrp>
)");
  ASSERT_TRUE(p);
  ASSERT_EQ(p->persons.size(), 5u);
  const Person& a = p->persons[0];
  EXPECT_EQ(a.birth, "1879-11-07");
  EXPECT_EQ(a.death, "1940-08-21");
  EXPECT_EQ(a.idnos, (std::vector<std::pair<std::string, std::string>>{{"VIAF", "12345"}, {"GND", "678"}}));
  EXPECT_EQ(a.note, "First note.");
  EXPECT_EQ(a.sex, Sex::Female);
  EXPECT_EQ(p->persons[1].sex, Sex::Female);
  EXPECT_EQ(p->persons[2].sex, Sex::Female);
  EXPECT_EQ(p->persons[3].sex, Sex::Unknown);
  EXPECT_TRUE(p->persons[4].group);
  EXPECT_EQ(p->persons[4].pos.line, 13u);
}

TEST(Personography, OnlyEntriesOfAListPersonAreRead) {
  Diagnostics d;
  auto p = parse_personography("p.xml",
                               "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body>\n"
                               "<p><person xml:id=\"outside\"><persName type=\"reg\">O</persName></person></p>\n"
                               "<listPerson><listPerson>\n"
                               "<person xml:id=\"nested\"><persName type=\"reg\">N</persName></person>\n"
                               "</listPerson></listPerson></body></text></TEI>\n",
                               d);
  ASSERT_TRUE(p);
  ASSERT_EQ(p->persons.size(), 1u);
  EXPECT_EQ(p->persons[0].id, "nested");
}

TEST(Personography, AnEntryCopiedIntoAHeaderHasNoCommentsNorIndentation) {
  auto p = read_cleanly("<person xml:id=\"a\">\n  <!-- checked -->\n  <persName type=\"reg\">"
                        "<forename>A</forename> <surname>B</surname></persName>\n</person>\n");
  ASSERT_TRUE(p);
  ASSERT_EQ(p->persons.size(), 1u);
  pugi::xml_node node = p->persons[0].node;
  ASSERT_TRUE(node.first_child());
  EXPECT_STREQ(node.first_child().name(), "persName");
  EXPECT_FALSE(node.first_child().next_sibling());
  // The space between two name parts is content, not layout.
  EXPECT_EQ(p->persons[0].names[0].text, "A B");
}

TEST(Personography, AnEntryWithAnErrorIsLeftOutAndTheRestIsRead) {
  Diagnostics d;
  auto p = parse_personography("p.xml", tei(R"(<person><persName type="reg">No id</persName></person>
<person xml:id="1st"><persName type="reg">Not a name</persName></person>
<person xml:id="a"><persName type="reg">A</persName></person>
  <person xml:id="a"><persName type="reg">A again</persName></person>
<person xml:id="nameless"><birth when="1900"/></person>
<person xml:id="b"><persName>B</persName></person>
)"),
                               d);
  ASSERT_TRUE(p) << "errors in entries leave the rest usable";
  ASSERT_EQ(p->persons.size(), 2u);
  EXPECT_EQ(p->persons[0].id, "a");
  EXPECT_EQ(p->persons[1].id, "b");
  EXPECT_EQ(d.errors(), 4u);
  EXPECT_EQ(formatted(d),
            (std::vector<std::string>{
                "p.xml:3:2: error: a <person> has no xml:id: give it one (such as surname and initials, "
                "\"petrov-ia\") so that mentions can point to it",
                "p.xml:4:2: error: xml:id \"1st\" is not an XML name (letters, digits, '-', '_', '.', not starting "
                "with a digit)",
                "p.xml:6:4: error: xml:id \"a\" is used twice (first at line 5): each person needs its own id",
                "p.xml:7:2: error: person \"nameless\" has no <persName>: it could never be matched; add its "
                "regularized name",
                "p.xml:8:2: warning: person \"b\" has no <persName type=\"reg\">: its first name is used as the "
                "regular form",
            }));
  // Without a regularized name the first name is the regular form.
  EXPECT_EQ(p->persons[1].display_name("en"), "B");
}

TEST(Personography, AFileThatIsNotXmlGivesNoPersonography) {
  Diagnostics d;
  EXPECT_FALSE(parse_personography("p.xml", "<TEI>\n<listPerson>\n<person xml:id=\"a\"></listPerson>\n</TEI>\n", d));
  ASSERT_EQ(d.errors(), 1u);
  const Diagnostic& e = d.items()[0];
  EXPECT_EQ(e.file, "p.xml");
  EXPECT_EQ(e.pos.line, 3u);
  EXPECT_GT(e.pos.column, 0u);
  EXPECT_EQ(e.message.rfind("the personography is not well-formed XML: ", 0), 0u) << e.message;
}

TEST(Personography, NestingDeeperThanTeiNeedsGivesNoPersonography) {
  std::string deep;
  for (int i = 0; i < 300; ++i) deep += "<div>";
  for (int i = 0; i < 300; ++i) deep += "</div>";
  Diagnostics d;
  EXPECT_FALSE(parse_personography("p.xml", tei(deep), d));
  EXPECT_EQ(formatted(d), std::vector<std::string>{"p.xml: error: the personography nests elements more than 256 "
                                                   "levels deep: it cannot be a TEI file Editio reads"});
}

TEST(Personography, AFileThatCannotBeReadGivesNoPersonography) {
  Diagnostics d;
  const auto dir = test::temp_dir("personography-missing");
  EXPECT_FALSE(load_personography((dir / "missing.xml").string(), d));
  ASSERT_EQ(d.errors(), 1u);
  EXPECT_EQ(d.items()[0].message.rfind("cannot read the personography: ", 0), 0u) << d.items()[0].message;
}

TEST(Personography, AFileNotShapedLikeTeiIsReadWithWarnings) {
  Diagnostics d;
  auto p = parse_personography("p.xml", "<persons>\n<listPerson><person xml:id=\"a\"><persName type=\"reg\">A"
                                        "</persName></person></listPerson>\n</persons>\n",
                               d);
  ASSERT_TRUE(p);
  EXPECT_EQ(p->persons.size(), 1u);
  EXPECT_EQ(formatted(d),
            (std::vector<std::string>{
                "p.xml:1:2: warning: the personography's root element is <persons>, not <TEI> or <listPerson>; "
                "reading its <person> entries anyway",
                "p.xml:1:2: warning: the personography is not in the TEI namespace "
                "(xmlns=\"http://www.tei-c.org/ns/1.0\")",
            }));
  Diagnostics empty;
  ASSERT_TRUE(parse_personography("p.xml", tei(""), empty));
  EXPECT_EQ(formatted(empty), std::vector<std::string>{"p.xml:1:2: warning: the personography has no <person> in a "
                                                       "<listPerson>: no names will be linked"});
}

TEST(Personography, EntitiesAreNotExpandedAndSaySo) {
  Diagnostics d;
  auto p = parse_personography("p.xml",
                               "<!DOCTYPE TEI [<!ENTITY ouml \"ö\">]>\n" +
                                   tei("<person xml:id=\"a\"><persName type=\"reg\">M&amp;M &ouml;</persName>"
                                       "</person>\n"),
                               d);
  ASSERT_TRUE(p);
  EXPECT_EQ(formatted(d),
            (std::vector<std::string>{
                "p.xml:1:1: warning: the DOCTYPE is ignored: Editio reads no DTD and expands no entities it "
                "declares (nor loads external ones); remove it and write the characters themselves",
                "p.xml:4:49: warning: the entity reference &ouml; is not expanded (Editio reads no DTD); it stays "
                "as the text \"&ouml;\": write the character itself, or &#...; for its code point",
            }));
}
