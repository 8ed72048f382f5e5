// What `editio init` writes, piece by piece: ids made from file names and
// names (edition/xml_ids), the starter manifest with its TODO values (and the
// parser's warning for each), the starter personography (it loads, its persons
// by frequency), and a [[document]] without a title (its text's first line).
#include <gtest/gtest.h>

#include <filesystem>
#include <set>
#include <string>

#include "edition/manifest.hpp"
#include "edition/personography.hpp"
#include "edition/starter_manifest.hpp"
#include "edition/starter_personography.hpp"
#include "edition/xml_ids.hpp"
#include "test_files.hpp"
#include "util/paths.hpp"

using namespace editio;

TEST(XmlIds, FromAFileNameOrAName) {
  EXPECT_EQ(xml_id_from("letter-to-smith", "d-"), "letter-to-smith");
  EXPECT_EQ(xml_id_from("Letter to Smith (1920)", "d-"), "Letter-to-Smith-1920");
  EXPECT_EQ(xml_id_from("1920 letter", "d-"), "d-1920-letter");  // a name starts with a letter
  EXPECT_EQ(xml_id_from("письмо №3", "d-"), "письмо-3");         // letters of any script are kept
  EXPECT_EQ(xml_id_from("minutes.1936.08", "d-"), "minutes.1936.08");
  EXPECT_EQ(xml_id_from("i. n. smirnov", "p-"), "i-n-smirnov");  // ". " is a separator, not a dot
  EXPECT_EQ(xml_id_from(" -- ", "d-"), "d");
  EXPECT_TRUE(is_ncname(xml_id_from("__«Ωμέγα» 2", "d-")));
  EXPECT_LE(xml_id_from(std::string(500, 'a'), "d-").size(), kMaxIdBytes);
}

TEST(XmlIds, DocumentIdsAreUniqueAndNameNoEditionFile) {
  std::set<std::string> taken;
  EXPECT_EQ(document_id_from_file("a", taken), "a");
  EXPECT_EQ(document_id_from_file("a", taken), "a-2");
  EXPECT_EQ(document_id_from_file("A!", taken), "A");
  EXPECT_EQ(document_id_from_file("index", taken), "index-text");    // not html/index.html
  EXPECT_EQ(document_id_from_file("notes.body", taken), "notes.body-text");
  EXPECT_EQ(taken.size(), 5u);
}

namespace {

std::vector<StarterDocument> two_documents() {
  return {{"a", "texts/a.txt", "ru", "Письмо \"первое\"", ""}, {"b", "texts/b.txt", "en", "A letter", "windows-1251"}};
}

}  // namespace

TEST(StarterManifest, ParsesWithOneWarningPerTodoValue) {
  const std::string text = starter_manifest(two_documents(), "ru", "personography.xml");
  Diagnostics d;
  auto ed = parse_manifest("/ed/manifest.toml", text, d);
  ASSERT_TRUE(ed) << text;
  EXPECT_EQ(d.errors(), 0u);
  std::set<std::string> todo;
  for (const auto& x : d.items()) {
    EXPECT_NE(x.message.find("is still to be filled in"), std::string::npos) << x.format();
    EXPECT_GT(x.pos.line, 0u);
    todo.insert(x.message.substr(0, x.message.find("' ") + 1));
  }
  EXPECT_EQ(todo, (std::set<std::string>{"'edition.title'", "'edition.editors[1].name'", "'edition.publisher'",
                                         "'edition.licence'"}));
  EXPECT_EQ(ed->language, "ru");
  EXPECT_EQ(ed->personography, "personography.xml");
  ASSERT_EQ(ed->documents.size(), 2u);
  EXPECT_EQ(ed->documents[0].title, "Письмо \"первое\"");  // quoted in TOML, read back as written
  EXPECT_FALSE(ed->documents[0].title_from_text);
  EXPECT_EQ(ed->documents[1].file, "texts/b.txt");
  EXPECT_EQ(ed->documents[1].language, "en");
  EXPECT_EQ(ed->documents[1].encoding, "windows-1251");
}

TEST(StarterManifest, TodoWarningSaysWhere) {
  Diagnostics d;
  parse_manifest("m.toml", starter_manifest(two_documents(), "en", ""), d);
  bool title = false;
  for (const auto& x : d.items())
    if (x.message.rfind("'edition.title'", 0) == 0) {
      title = true;
      EXPECT_EQ(x.format().rfind("m.toml:8:9: warning: 'edition.title' is still to be filled in", 0), 0u) << x.format();
    }
  EXPECT_TRUE(title);
}

TEST(StarterPersonography, LoadsWithThePersonsMostFrequentFirst) {
  std::vector<StarterPerson> persons{
      {"Иванов", "ru", {{"Иванов", 2}, {"Иванова", 1}}, 3},
      {"Smirnov", "en", {{"Smirnov", 7}, {"Smirnov's", 1}}, 8},
      {"Ed", "en", {{"Ed", 1}}, 1},
  };
  std::set<std::string> taken{"ed"};  // the editor's id
  const std::string xml = starter_personography(persons, taken);
  Diagnostics d;
  auto p = parse_personography("persons.xml", xml, d);
  ASSERT_TRUE(p) << xml;
  EXPECT_EQ(d.items().size(), 0u) << (d.items().empty() ? "" : d.items()[0].format());
  ASSERT_EQ(p->persons.size(), 3u);
  EXPECT_EQ(p->persons[0].id, "smirnov");
  EXPECT_EQ(p->persons[1].id, "иванов");
  EXPECT_EQ(p->persons[2].id, "ed-2");  // not the editor's
  const Person& ivanov = p->persons[1];
  ASSERT_EQ(ivanov.names.size(), 2u);
  EXPECT_EQ(ivanov.names[0].type, "reg");
  EXPECT_EQ(ivanov.names[0].text, "Иванов");
  EXPECT_EQ(ivanov.names[0].lang, "ru");
  EXPECT_EQ(ivanov.names[1].type, "variant");
  EXPECT_EQ(ivanov.names[1].text, "Иванова");
  EXPECT_NE(xml.find("<!-- 8 occurrences: Smirnov ×7, Smirnov's ×1 -->"), std::string::npos) << xml;
  EXPECT_LT(xml.find("8 occurrences"), xml.find("3 occurrences"));
}

TEST(StarterPersonography, WithoutNamesIsStillTei) {
  std::set<std::string> taken;
  const std::string xml = starter_personography({}, taken);
  EXPECT_EQ(xml.find("<listPerson"), std::string::npos);  // an empty listPerson is not valid TEI
  Diagnostics d;
  auto p = parse_personography("persons.xml", xml, d);
  ASSERT_TRUE(p);
  EXPECT_TRUE(p->persons.empty());
}

TEST(ManifestTitle, ADocumentWithoutTitleTakesItsFirstLine) {
  const auto dir = test::temp_dir("manifest-title");
  test::write(dir / "texts/a.txt", "\n  The first line  \n\nThe text.\n");
  const std::string m = R"([edition]
title = "T"
editors = [{ id = "ed", name = "E" }]
publisher = "P"
licence = "CC0"

[[document]]
id = "a"
file = "texts/a.txt"
language = "en"

[[document]]
id = "missing"
file = "texts/missing.txt"
language = "en"
)";
  Diagnostics d;
  auto ed = parse_manifest((dir / "manifest.toml").string(), m, d);
  ASSERT_TRUE(ed);
  EXPECT_EQ(d.items().size(), 0u);
  EXPECT_EQ(ed->documents[0].title, "The first line");
  EXPECT_TRUE(ed->documents[0].title_from_text);  // the text's own title, not the editor's
  EXPECT_EQ(ed->documents[1].title, "missing");   // never empty: the build reports the missing file
  std::filesystem::remove_all(dir);
}

// An edition's folder (what `editio init` makes) holds its output/ beside its
// texts: allowed when no file the edition reads lies in the output or in one
// of its entries, refused otherwise.
TEST(EditionFolderOutput, AllowedWhenItHoldsNoSource) {
  namespace sfs = std::filesystem;
  const sfs::path dir = test::temp_dir("edition-output");
  test::write(dir / "ed" / "manifest.toml", "");
  test::write(dir / "ed" / "texts" / "a.txt", "A\n");
  const std::vector<std::string> roots{paths::real((dir / "ed").string())};
  const std::vector<std::string> inputs{(dir / "ed" / "manifest.toml").string(), (dir / "ed" / "texts" / "a.txt").string()};
  const std::string out = (dir / "ed" / "output").string();
  EXPECT_NE(paths::output_conflict(out, roots), "");  // without the inputs: any folder inside may hold one
  EXPECT_EQ(paths::output_conflict(out, roots, &inputs), "");
  EXPECT_NE(paths::output_conflict((dir / "ed" / "texts").string(), roots, &inputs), "");  // holds a.txt
  EXPECT_NE(paths::output_conflict((dir / "ed").string(), roots, &inputs), "");            // the folder itself
  sfs::create_directories(out);
  sfs::create_symlink(dir / "ed" / "texts", dir / "ed" / "output" / "tei");  // an entry that is the texts
  EXPECT_NE(paths::output_conflict(out, roots, &inputs), "");
  sfs::remove_all(dir);
}
