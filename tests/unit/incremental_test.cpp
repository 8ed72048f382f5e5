// Incremental builds (driver/incremental.hpp): when a document's outputs are
// reused, and when it is built again. A document is reused only when the
// record of the build that wrote its outputs names the hash of the inputs it
// has now, and every output is still there.
#include "driver/incremental.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>
#include <vector>

#include "annotate/persons.hpp"
#include "corpus/register.hpp"
#include "driver/build.hpp"
#include "edition/manifest.hpp"
#include "edition/personography.hpp"
#include "test_files.hpp"
#include "util/fs.hpp"

namespace editio {
namespace {

namespace sfs = std::filesystem;

// An edition of two texts with every shared input a build hashes: the
// manifest, a personography, an editor's layer, the schemas and the stylesheets.
class IncrementalTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir = test::temp_dir(::testing::UnitTest::GetInstance()->current_test_info()->name());
    const sfs::path home = dir / "home", sources = dir / "sources";
    test::write(home / "schemas" / "editio.rng", "<grammar/>\n");
    test::write(home / "schemas" / "editio.sch", "<schema/>\n");
    test::write(home / "xslt" / "html" / "document.xsl", "<xsl:stylesheet/>\n");
    test::write(home / "xslt" / "html" / "labels.xml", "<labels/>\n");
    test::write(home / "xslt" / "latex" / "document.xsl", "<xsl:stylesheet/>\n");
    test::write(home / "xslt" / "latex" / "editio.sty", "\\ProvidesPackage{editio}\n");
    test::write(sources / "manifest.toml", "[edition]\ntitle = \"Letters\"\n");
    write_persons("");
    test::write(sources / "editorial.toml", kLayer);
    test::write(sources / "texts" / "a.txt", "The first letter, to Petrov.\n");
    test::write(sources / "texts" / "b.txt", "The second letter, from Zy-\nkov.\n");
    options.home = home.string();
    options.sources_dir = sources.string();
    options.out_dir = (dir / "out").string();
    edition.base_dir = sources.string();
    edition.personography = "persons.xml";
    edition.editorial = "editorial.toml";
    edition.documents = {entry("a"), entry("b")};
    manifest = (sources / "manifest.toml").string();
  }
  void TearDown() override { sfs::remove_all(dir); }

  DocumentEntry entry(const std::string& id) const {
    DocumentEntry e;
    e.id = id;
    e.file = "texts/" + id + ".txt";
    e.path = (dir / "sources" / e.file).string();
    return e;
  }
  // The personography: Petrov, then `more` persons, in a TEI file whose header says `header`.
  void write_persons(const std::string& more, const std::string& header = "Persons",
                     const std::string& petrov_note = "") const {
    test::write(dir / "sources" / "persons.xml",
                "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><teiHeader><fileDesc><titleStmt><title>" + header +
                    "</title></titleStmt></fileDesc></teiHeader><text><body><listPerson>\n" + person("petrov", "Petrov", petrov_note) +
                    more + "</listPerson></body></text></TEI>\n");
  }
  static std::string person(const std::string& id, const std::string& surname, const std::string& note = "") {
    return "<person xml:id=\"" + id + "\"><persName type=\"reg\"><surname>" + surname +
           "</surname></persName>" + (note.empty() ? "" : "<note>" + note + "</note>") + "</person>\n";
  }
  // A correction in document a and one in b.
  static constexpr const char* kLayer =
      "[[correction]]\ndocument = \"a\"\ntext = \"frist\"\ncorr = \"first\"\n\n"
      "[[correction]]\ndocument = \"b\"\ntext = \"secnod\"\ncorr = \"second\"\n";
  void write_layer(const std::string& text) const { test::write(dir / "sources" / "editorial.toml", text); }

  // The editor's files as a build reads them: the layer, the manifest, and
  // the personography with its register order and its index of name forms.
  std::string common() const {
    std::string layer, manifest_text, xml, why;
    fs::read_file((dir / "sources" / "editorial.toml").string(), layer, why);
    fs::read_file(manifest, manifest_text, why);
    fs::read_file((dir / "sources" / "persons.xml").string(), xml, why);
    Diagnostics d;
    persons = parse_personography("persons.xml", xml, d);
    EXPECT_TRUE(persons) << "the fixture's personography";
    persons->set_sort_order(register_order(*persons, "en"));
    matcher = std::make_unique<PersonMatcher>(*persons);
    editor = std::make_unique<EditorInputs>(layer, manifest_text, matcher.get());
    return common_inputs_key(options, edition, manifest, editor->common());
  }
  std::string key_of(std::size_t doc) const {
    const std::string c = common();
    return document_key(c, edition.documents[doc], editor.get());
  }
  mutable std::unique_ptr<Personography> persons;
  mutable std::unique_ptr<PersonMatcher> matcher;
  mutable std::unique_ptr<EditorInputs> editor;
  // The outputs of document a, written; its record says they were made from `key`.
  std::vector<std::string> write_outputs_of_a(const std::string& key) {
    std::vector<std::string> outputs{(dir / "out" / "tei" / "a.xml").string(), (dir / "out" / "html" / "a.html").string()};
    for (const auto& f : outputs) test::write(f, "<TEI/>\n");
    std::string why;
    EXPECT_TRUE(write_state(state_path(), DocumentState{key, 3, 7, 1}, why)) << why;
    return outputs;
  }
  std::string state_path() const { return (dir / "out" / ".editio" / "state" / "a.state").string(); }

  sfs::path dir;
  BuildOptions options;
  Edition edition;
  std::string manifest;
};

TEST_F(IncrementalTest, ADocumentIsReusedWhenNothingItIsMadeFromChanged) {
  const std::string key = key_of(0);
  const auto outputs = write_outputs_of_a(key);
  const std::string again = key_of(0);  // the next build's
  EXPECT_EQ(again, key);
  DocumentState state;
  EXPECT_TRUE(outputs_current(state_path(), again, outputs, &state));
  EXPECT_EQ(state.notes, 3u);
  EXPECT_EQ(state.paragraphs, 7u);
  EXPECT_EQ(state.warnings, 1u);
}

TEST_F(IncrementalTest, ADocumentIsRebuiltWhenItsTextChanged) {
  const std::string before = key_of(0);
  const auto outputs = write_outputs_of_a(before);
  test::write(dir / "sources" / "texts" / "a.txt", "The first letter, corrected.\n");
  EXPECT_NE(key_of(0), before);
  EXPECT_FALSE(outputs_current(state_path(), key_of(0), outputs));
}

TEST_F(IncrementalTest, ADocumentIsRebuiltWhenOneOfItsWitnessesChanged) {
  for (const char* w : {"a", "a2"}) {
    Witness wit;
    wit.id = w;
    wit.file = std::string("texts/") + w + ".txt";
    wit.path = (dir / "sources" / wit.file).string();
    edition.documents[0].witnesses.push_back(wit);
  }
  test::write(dir / "sources" / "texts" / "a2.txt", "The first letter, to Ivanov.\n");
  const std::string before = key_of(0), other = key_of(1);
  test::write(dir / "sources" / "texts" / "a2.txt", "The first letter, to Sidorov.\n");
  EXPECT_NE(key_of(0), before);
  EXPECT_EQ(key_of(1), other);
}

TEST_F(IncrementalTest, AChangedTextRebuildsOnlyItsDocument) {
  const std::string a = key_of(0), b = key_of(1);
  test::write(dir / "sources" / "texts" / "a.txt", "Another first letter.\n");
  EXPECT_NE(key_of(0), a);
  EXPECT_EQ(key_of(1), b);
}

TEST_F(IncrementalTest, ADocumentIsRebuiltWhenItsManifestEntryNamesAnotherIdOrFile) {
  const std::string before = key_of(0);
  edition.documents[0].id = "a2";
  EXPECT_NE(key_of(0), before);
  edition.documents[0] = entry("a");
  EXPECT_EQ(key_of(0), before);
  // Another file with the same text is another input.
  test::write(dir / "sources" / "texts" / "c.txt", "The first letter.\n");
  edition.documents[0].path = (dir / "sources" / "texts" / "c.txt").string();
  EXPECT_NE(key_of(0), before);
}

TEST_F(IncrementalTest, EveryDocumentIsRebuiltWhenTheManifestChanged) {
  const std::string a = key_of(0), b = key_of(1);
  test::write(dir / "sources" / "manifest.toml", "[edition]\ntitle = \"Letters, second edition\"\n");
  EXPECT_NE(key_of(0), a);
  EXPECT_NE(key_of(1), b);
}

// The editor's layer and the personography count per document (EditorInputs).
TEST_F(IncrementalTest, AChangedCorrectionRebuildsOnlyItsDocument) {
  const std::string a = key_of(0), b = key_of(1);
  write_layer(std::string(kLayer).replace(std::string(kLayer).find("\"first\""), 7, "\"fist\""));
  EXPECT_NE(key_of(0), a);
  EXPECT_EQ(key_of(1), b);
}

TEST_F(IncrementalTest, AnEntryForADocumentAddedOrRemovedRebuildsOnlyThatDocument) {
  const std::string a = key_of(0), b = key_of(1);
  write_layer(std::string(kLayer) + "\n[[note]]\ndocument = \"b\"\nline = 1\nnote = \"A draft.\"\n");
  EXPECT_EQ(key_of(0), a);
  EXPECT_NE(key_of(1), b);
  write_layer(kLayer);
  EXPECT_EQ(key_of(1), b);
}

TEST_F(IncrementalTest, AnEntryThatNamesNoDocumentRebuildsEveryDocument) {
  const std::string a = key_of(0), b = key_of(1);
  write_layer(std::string(kLayer) + "\n[[note]]\nline = 1\nnote = \"For all.\"\n");
  EXPECT_NE(key_of(0), a);
  EXPECT_NE(key_of(1), b);
}

TEST_F(IncrementalTest, ALayerThatIsNotTomlRebuildsEveryDocument) {
  const std::string a = key_of(0), b = key_of(1);
  write_layer(std::string(kLayer) + "[[note\n");
  EXPECT_NE(key_of(0), a);
  EXPECT_NE(key_of(1), b);
}

// Zykov sorts after Petrov, so Petrov's place in the register (@sortKey) stays.
TEST_F(IncrementalTest, APersonAddedRebuildsOnlyTheDocumentsWhoseTextHoldsTheirName) {
  const std::string a = key_of(0), b = key_of(1);
  write_persons(person("zykov", "Zykov"));  // b writes "Zy-" at a line's end, "kov" on the next
  EXPECT_EQ(key_of(0), a);
  EXPECT_NE(key_of(1), b);
}

TEST_F(IncrementalTest, APersonChangedRebuildsTheDocumentsThatCouldMentionThem) {
  const std::string a = key_of(0), b = key_of(1);
  write_persons("", "Persons", "A clerk.");
  EXPECT_NE(key_of(0), a);
  EXPECT_EQ(key_of(1), b);
}

TEST_F(IncrementalTest, APersonTheLayerNamesByIdCountsForThatDocument) {
  write_persons(person("orlov", "Orlov"));
  const std::string a = key_of(0), b = key_of(1);
  write_layer(std::string(kLayer) + "\n[[person]]\ndocument = \"a\"\ntext = \"first letter\"\nperson = \"orlov\"\n");
  const std::string a_named = key_of(0);
  EXPECT_NE(a_named, a);
  write_persons(person("orlov", "Orlov", "A judge."));
  EXPECT_NE(key_of(0), a_named);
  EXPECT_EQ(key_of(1), b);
}

// Abramov sorts before Petrov: Petrov's rank in the register, written in
// every document that mentions him, moves, so a is rebuilt too.
TEST_F(IncrementalTest, APersonAddedBeforeAnotherInTheRegisterRebuildsThatOnesDocuments) {
  const std::string a = key_of(0);
  write_persons(person("abramov", "Abramov"));
  EXPECT_NE(key_of(0), a);
}

TEST_F(IncrementalTest, ThePersonographysHeaderRebuildsEveryDocument) {
  const std::string a = key_of(0), b = key_of(1);
  write_persons("", "The persons of the letters");
  EXPECT_NE(key_of(0), a);
  EXPECT_NE(key_of(1), b);
}

TEST(LettersKey, KeepsLettersInLowerCaseWithYoAsYe) {
  EXPECT_EQ(letters_key("Pet-\nrov's"), "petrovs");
  EXPECT_EQ(letters_key("ЁЖИКОВ, 1921"), "ежиков");
}

TEST_F(IncrementalTest, EveryDocumentIsRebuiltWhenASchemaChanged) {
  for (const char* schema : {"editio.rng", "editio.sch"}) {
    const std::string before = common();
    test::write(dir / "home" / "schemas" / schema, "<changed/>\n");
    EXPECT_NE(common(), before) << schema;
  }
}

TEST_F(IncrementalTest, EveryDocumentIsRebuiltWhenAStylesheetOrItsDataChanged) {
  for (const char* file : {"html/document.xsl", "html/labels.xml", "latex/document.xsl", "latex/editio.sty"}) {
    const std::string before = common();
    test::write(dir / "home" / "xslt" / file, "<!-- changed -->\n");
    EXPECT_NE(common(), before) << file;
  }
}

TEST_F(IncrementalTest, ANewStyleFileRebuildsEveryDocumentAndAnUnrelatedFileDoesNot) {
  const std::string before = common();
  test::write(dir / "home" / "xslt" / "html" / "README.md", "notes for the designer\n");
  EXPECT_EQ(common(), before);
  test::write(dir / "home" / "xslt" / "latex" / "fonts.tex", "\\setmainfont{X}\n");
  EXPECT_NE(common(), before);
}

TEST_F(IncrementalTest, EveryDocumentIsRebuiltWhenOtherFormatsAreAskedFor) {
  const std::string all = common();
  options.formats = {Format::Tei, Format::Html};
  EXPECT_NE(common(), all);
}

TEST_F(IncrementalTest, ADocumentIsRebuiltWhenOneOfItsOutputsIsMissing) {
  const auto outputs = write_outputs_of_a(key_of(0));
  sfs::remove(outputs[1]);
  EXPECT_FALSE(outputs_current(state_path(), key_of(0), outputs));
}

TEST_F(IncrementalTest, ADocumentWithoutARecordIsRebuilt) {
  const auto outputs = write_outputs_of_a(key_of(0));
  remove_state(state_path());
  DocumentState state;
  EXPECT_FALSE(read_state(state_path(), state));
  EXPECT_FALSE(outputs_current(state_path(), key_of(0), outputs));
}

TEST_F(IncrementalTest, TheRecordIsWrittenAndReadBack) {
  std::string why;
  ASSERT_TRUE(write_state(state_path(), DocumentState{"0123abcd", 12, 345, 6}, why)) << why;
  DocumentState state;
  ASSERT_TRUE(read_state(state_path(), state));
  EXPECT_EQ(state.key, "0123abcd");
  EXPECT_EQ(state.notes, 12u);
  EXPECT_EQ(state.paragraphs, 345u);
  EXPECT_EQ(state.warnings, 6u);
}

TEST_F(IncrementalTest, ADamagedRecordMeansARebuildNotACrash) {
  const std::string key = key_of(0);
  const auto outputs = write_outputs_of_a(key);
  const std::string good = test::read(state_path());
  const std::vector<std::string> damaged{
      "",                                             // empty
      "garbage\n",                                    // no header
      "editio-state 2\nkey " + key + "\n",            // another format
      "editio-state 1\nnotes 3\n",                    // no key
      "editio-state 1\nkey " + key + "\nnotes x\n",  // a number that is not one
      "editio-state 1\nkey " + key + "\nnotes 99999999999999999999999\n",  // too large a number
      "editio-state 1\nkey " + key + "\nwarnings -1\n",
      std::string("\0\0\0\xff\xfe", 5),
  };
  ASSERT_TRUE(outputs_current(state_path(), key, outputs));
  for (const auto& record : damaged) {
    test::write(state_path(), record);
    DocumentState state;
    EXPECT_FALSE(read_state(state_path(), state)) << record;
    EXPECT_FALSE(outputs_current(state_path(), key, outputs, &state)) << record;
  }
  // Cut short in its key, a record still reads, but names no inputs a build has.
  test::write(state_path(), good.substr(0, good.size() / 2));
  EXPECT_FALSE(outputs_current(state_path(), key, outputs));
}

TEST_F(IncrementalTest, ARecordOfOtherInputsIsNotCurrent) {
  const auto outputs = write_outputs_of_a("an older key");
  EXPECT_FALSE(outputs_current(state_path(), key_of(0), outputs));
}

}  // namespace
}  // namespace editio
