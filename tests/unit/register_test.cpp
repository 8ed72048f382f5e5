// The register of persons (corpus/register): every mention of a person of
// the personography in the written TEI's text, the persons in the order of
// the reader's language. Tested from a personography and written TEI to the
// XML it writes into edition.xml, through collect_mentions and RegisterIndex.
#include <gtest/gtest.h>

#include "corpus/register.hpp"
#include "test_files.hpp"
#include "written_tei.hpp"

using namespace editio;
using test::indented;

namespace {

// Three persons whose surnames sort differently by bytes (Ё before А) and by
// the Russian alphabet (А, Ё, Я).
const char* const kPersons = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0">
  <teiHeader><fileDesc><titleStmt><title>Persons</title></titleStmt>
    <publicationStmt><p>Test data.</p></publicationStmt><sourceDesc><p>Made up.</p></sourceDesc></fileDesc></teiHeader>
  <text><body>
<listPerson>
  <person xml:id="yakovlev" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Яковлев</surname> <forename>Иван</forename></persName>
  </person>
  <person xml:id="yolkin" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Ёлкин</surname> <forename>Пётр</forename></persName>
    <birth when="1890"/>
  </person>
  <person xml:id="andreeva" sex="F">
    <persName type="reg" xml:lang="ru"><surname>Андреева</surname> <forename>Анна</forename></persName>
    <persName type="reg" xml:lang="en"><forename>Anna</forename> <surname>Andreeva</surname></persName>
  </person>
</listPerson>
  </body></text>
</TEI>
)";

// Document "a": a name of two persons, one of a person the personography
// lacks, one in a note.
const std::string kA = test::written_tei("a", "ru", R"(      <div>
        <p n="1" xml:id="a-p1"><persName ref="#yakovlev #yolkin">Яковлевы и Ёлкины</persName> и <persName ref="#nobody">Никто</persName>.<note place="foot" n="1" xml:id="a-n1"><p>Писал <persName ref="#yolkin">Ёлкин</persName>.</p></note></p>
      </div>
)");

// Document "b": the second mention of Яковлев in manifest order, though added first.
const std::string kB = test::written_tei("b", "ru", R"(      <div>
        <p n="2" xml:id="b-p2">Письмо <persName ref="#yakovlev">Яковлеву</persName>.</p>
      </div>
)");

struct Register {
  Diagnostics d;
  std::unique_ptr<Personography> persons = parse_personography("persons.xml", kPersons, d);
  Scratch scratch{test::temp_dir("register").string()};
  std::unique_ptr<RegisterIndex> index;
  Register() {
    EXPECT_TRUE(persons) << (d.items().empty() ? "" : d.items()[0].format());
    index = std::make_unique<RegisterIndex>(*persons, scratch);
    pugi::xml_document a, b;
    index->add(1, collect_mentions(test::parsed(b, kB), "b"));  // manifest position 1, done first
    index->add(0, collect_mentions(test::parsed(a, kA), "a"));
  }
  std::vector<std::string> ids(const std::vector<int>& order) const {
    std::vector<std::string> out;
    for (int i : order) out.push_back(persons->persons[static_cast<std::size_t>(i)].id);
    return out;
  }
};

}  // namespace

TEST(Register, PersonsGoInTheOrderOfTheReadersAlphabetNotOfTheBytes) {
  Register r;
  EXPECT_EQ(r.ids(register_order(*r.persons, "ru")), (std::vector<std::string>{"andreeva", "yolkin", "yakovlev"}));
}

TEST(Register, EachPersonWithTheirMentionsInManifestAndDocumentOrder) {
  Register r;
  EXPECT_EQ(r.index->size(), 4u);  // "#nobody" is not in the personography
  test::Gathered out;
  ASSERT_TRUE(r.index->write(out.sink(), "ru"));
  EXPECT_EQ(indented(out.text), R"(<persons>
  <person id="andreeva" sort="1" sex="F" mentions="0">
    <sort-name>Андреева, Анна</sort-name>
    <name type="reg" lang="ru">Андреева Анна</name>
    <name type="reg" lang="en">Anna Andreeva</name>
  </person>
  <person id="yolkin" sort="2" sex="M" birth="1890" mentions="2">
    <sort-name>Ёлкин, Пётр</sort-name>
    <name type="reg" lang="ru">Ёлкин Пётр</name>
    <mention doc="a" target="a-p1" n="1">Яковлевы и Ёлкины</mention>
    <mention doc="a" target="a-n1" n="n1">Ёлкин</mention>
  </person>
  <person id="yakovlev" sort="3" sex="M" mentions="2">
    <sort-name>Яковлев, Иван</sort-name>
    <name type="reg" lang="ru">Яковлев Иван</name>
    <mention doc="a" target="a-p1" n="1">Яковлевы и Ёлкины</mention>
    <mention doc="b" target="b-p2" n="2">Яковлеву</mention>
  </person>
</persons>
)");
}

TEST(Register, ALongRegisterGoesInPartsAndAPersonMayGoOnIntoTheNext) {
  Register r;
  // Parts of at most 3 mentions: Ёлкин's two and Яковлев's first, then Яковлев's second.
  const std::vector<PagePart> parts = r.index->plan("ru", 3);
  ASSERT_EQ(parts.size(), 2u);
  EXPECT_EQ(parts[0].first, "Ёлкин, Пётр");
  EXPECT_EQ(parts[0].last, "Яковлев, Иван");
  EXPECT_EQ(parts[1].first, "Яковлев, Иван");
  test::Gathered second;
  ASSERT_TRUE(r.index->write_part(second.sink(), "ru", parts[1]));
  EXPECT_EQ(indented(second.text), R"(<persons>
  <person id="yakovlev" sort="3" sex="M" mentions="2" continued="true">
    <sort-name>Яковлев, Иван</sort-name>
    <name type="reg" lang="ru">Яковлев Иван</name>
    <mention doc="b" target="b-p2" n="2">Яковлеву</mention>
  </person>
</persons>
)");
  test::Gathered overview;
  ASSERT_TRUE(r.index->write_overview(overview.sink(), "ru", parts, "register.html"));
  // The overview: every person, without mentions, with the part where theirs begin.
  EXPECT_EQ(indented(overview.text), R"(<persons>
  <person id="andreeva" sort="1" sex="F" mentions="0">
    <sort-name>Андреева, Анна</sort-name>
    <name type="reg" lang="ru">Андреева Анна</name>
    <name type="reg" lang="en">Anna Andreeva</name>
  </person>
  <person id="yolkin" sort="2" sex="M" birth="1890" mentions="2" part="register-1.html">
    <sort-name>Ёлкин, Пётр</sort-name>
    <name type="reg" lang="ru">Ёлкин Пётр</name>
  </person>
  <person id="yakovlev" sort="3" sex="M" mentions="2" part="register-1.html">
    <sort-name>Яковлев, Иван</sort-name>
    <name type="reg" lang="ru">Яковлев Иван</name>
  </person>
</persons>
)");
}
