// Witnesses of a collated document: [[document.witness]] in the manifest
// (keys, defaults, the base, the checks and their positions), [print]
// orthographic_variants, [[reading]] in the editor's layer (parsed, checked
// against the document's witnesses), and the header Editio writes for them
// (sourceDesc/listWit, encodingDesc/variantEncoding), valid against the
// project's schemas and tei_all.
#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include <pugixml.hpp>

#include "check/validator.hpp"
#include "edition/manifest.hpp"
#include "test_files.hpp"
#include "tei/writer.hpp"

using namespace editio;
namespace sfs = std::filesystem;

namespace {

const char* const kEdition = R"([edition]
title = "T"
editors = [{ id = "ed", name = "E" }]
publisher = "P"
licence = "CC0"
language = "en"
)";

// A manifest of kEdition and `rest` (its first line is line 8).
std::string manifest(const std::string& rest) { return std::string(kEdition) + "\n" + rest; }

const char* const kThree = R"([[document]]
id = "habit"
title = "Effects of Habit"
language = "en"
[[document.witness]]
id = "w1"
file = "habit/1.txt"
description = "First edition"
printing = "London: A Press"
date = "1859"
[[document.witness]]
id = "w2"
siglum = "B"
file = "habit/2.txt"
base = true
date = { when = "1860", cert = "high" }
[[document.witness]]
id = "w3"
siglum = "F"
file = "habit/3.txt"
archive = "A University Library"
shelfmark = "MS 6.1"
)";

std::string all(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d.items()) s += x.format() + "\n";
  return s;
}

std::optional<Edition> parse(const std::string& text, Diagnostics& d) {
  return parse_manifest("manifest.toml", manifest(text), d);
}

}  // namespace

TEST(Witnesses, TheManifestGivesEachWitnessItsKeys) {
  Diagnostics d;
  auto ed = parse(kThree, d);
  ASSERT_TRUE(ed) << all(d);
  EXPECT_EQ(d.items().size(), 0u) << all(d);
  const DocumentEntry& doc = ed->documents.at(0);
  ASSERT_EQ(doc.witnesses.size(), 3u);
  const Witness& a = doc.witnesses[0];
  EXPECT_EQ(a.id, "w1");
  EXPECT_EQ(a.siglum, "w1");  // no siglum: the id
  EXPECT_EQ(a.description, "First edition");
  EXPECT_EQ(a.printing, "London: A Press");
  EXPECT_EQ(a.date.when, "1859");
  EXPECT_FALSE(a.base);
  EXPECT_EQ(a.path, ed->resolve("habit/1.txt"));
  EXPECT_EQ(a.pos.line, 12);
  EXPECT_EQ(doc.witnesses[1].siglum, "B");
  EXPECT_EQ(doc.witnesses[1].date.cert, "high");
  EXPECT_EQ(doc.witnesses[2].archive, "A University Library");
  EXPECT_EQ(doc.witnesses[2].shelfmark, "MS 6.1");
  // The document's file is the base's (base = true: the second).
  EXPECT_EQ(doc.base_witness(), 1u);
  EXPECT_EQ(doc.file, "habit/2.txt");
  EXPECT_EQ(doc.path, ed->resolve("habit/2.txt"));
  EXPECT_EQ(doc.file_pos.line, doc.witnesses[1].file_pos.line);
  EXPECT_EQ(doc.file_pos.line, 21);
}

TEST(Witnesses, OneWitnessIsADocumentOfOneText) {
  Diagnostics d;
  auto ed = parse("[[document]]\nid = \"a\"\nlanguage = \"en\"\ntitle = \"A\"\n"
                  "[[document.witness]]\nid = \"wa\"\nfile = \"a.txt\"\n",
                  d);
  ASSERT_TRUE(ed) << all(d);
  EXPECT_EQ(ed->documents[0].witnesses.size(), 1u);
  EXPECT_EQ(ed->documents[0].file, "a.txt");
  EXPECT_EQ(d.items().size(), 0u) << all(d);
}

TEST(Witnesses, TheDocumentsOwnFileMustBeTheBases) {
  Diagnostics d;
  EXPECT_FALSE(parse("[[document]]\nid = \"a\"\nlanguage = \"en\"\ntitle = \"A\"\nfile = \"other.txt\"\n"
                     "[[document.witness]]\nid = \"wa\"\nfile = \"a.txt\"\n",
                     d));
  EXPECT_EQ(all(d), "manifest.toml:12:8: error: [[document]] 'a': file 'other.txt' is not the base witness's "
                    "('a.txt', witness 'wa'): with [[document.witness]] tables, leave file out or make it the base's\n");
  Diagnostics same;  // the same file, written otherwise, is fine
  EXPECT_TRUE(parse("[[document]]\nid = \"a\"\nlanguage = \"en\"\ntitle = \"A\"\nfile = \"./a.txt\"\n"
                    "[[document.witness]]\nid = \"wa\"\nfile = \"a.txt\"\n",
                    same))
      << all(same);
}

TEST(Witnesses, ADocumentNeedsAFileOrWitnesses) {
  Diagnostics d;
  EXPECT_FALSE(parse("[[document]]\nid = \"a\"\nlanguage = \"en\"\ntitle = \"A\"\n", d));
  EXPECT_NE(all(d).find("missing key 'file'"), std::string::npos) << all(d);
}

TEST(Witnesses, OneBaseAtMost) {
  Diagnostics d;
  EXPECT_FALSE(parse("[[document]]\nid = \"a\"\nlanguage = \"en\"\ntitle = \"A\"\n"
                     "[[document.witness]]\nid = \"wa\"\nfile = \"a.txt\"\nbase = true\n"
                     "[[document.witness]]\nid = \"wb\"\nfile = \"b.txt\"\nbase = true\n",
                     d));
  EXPECT_EQ(all(d), "manifest.toml:19:8: error: [[document]] 'a' witness 'wb': base = true, but witness 'wa' is "
                    "already the base; a document has one base witness: remove one of them\n");
}

TEST(Witnesses, EachSiglumOnceInADocument) {
  Diagnostics d;
  EXPECT_FALSE(parse("[[document]]\nid = \"a\"\nlanguage = \"en\"\ntitle = \"A\"\n"
                     "[[document.witness]]\nid = \"wa\"\nsiglum = \"A\"\nfile = \"a.txt\"\n"
                     "[[document.witness]]\nid = \"wb\"\nsiglum = \"A\"\nfile = \"b.txt\"\n",
                     d));
  EXPECT_EQ(all(d), "manifest.toml:18:10: error: [[document]] 'a' witness 'wb': siglum 'A' is witness 'wa''s "
                    "already; give each witness of the document its own siglum\n");
}

TEST(Witnesses, IdAndFileAreRequiredAndTheIdIsAnXmlName) {
  Diagnostics d;
  EXPECT_FALSE(parse("[[document]]\nid = \"a\"\nlanguage = \"en\"\ntitle = \"A\"\n"
                     "[[document.witness]]\nsiglum = \"A\"\nfile = \"a.txt\"\n"
                     "[[document.witness]]\nid = \"2nd\"\n",
                     d));
  const std::string s = all(d);
  EXPECT_NE(s.find("manifest.toml:12:1: error: [[document]] 'a' [[document.witness]]: missing key 'id'"),
            std::string::npos)
      << s;
  EXPECT_NE(s.find("error: [[document]] 'a' witness '2nd': missing key 'file'"), std::string::npos) << s;
  EXPECT_NE(s.find("manifest.toml:16:6: error: [[document]] 'a' witness '2nd': id must be an XML name"),
            std::string::npos)
      << s;
}

TEST(Witnesses, WitnessIdsAreUniqueInTheEdition) {
  Diagnostics d;
  EXPECT_FALSE(parse("[[document]]\nid = \"a\"\nlanguage = \"en\"\ntitle = \"A\"\n"
                     "[[document.witness]]\nid = \"b\"\nfile = \"a1.txt\"\n"
                     "[[document.witness]]\nid = \"ed\"\nfile = \"a2.txt\"\n"
                     "[[document]]\nid = \"b\"\nlanguage = \"en\"\ntitle = \"B\"\n"
                     "[[document.witness]]\nid = \"wb\"\nfile = \"b1.txt\"\n"
                     "[[document.witness]]\nid = \"wb\"\nfile = \"b2.txt\"\n",
                     d));
  const std::string s = all(d);
  EXPECT_NE(s.find("manifest.toml:12:1: error: [[document]] 'a' witness 'b': the id is already that of document 'b'"),
            std::string::npos)
      << s;
  EXPECT_NE(s.find("manifest.toml:15:1: error: [[document]] 'a' witness 'ed': the id is already that of an editor"),
            std::string::npos)
      << s;
  EXPECT_NE(s.find("manifest.toml:25:1: error: [[document]] 'b' witness 'wb': the id is already that of witness 'wb' "
                   "of document 'b'"),
            std::string::npos)
      << s;
  EXPECT_EQ(s.find("siglum"), std::string::npos) << s;  // the same id, not a second error on its default siglum
}

TEST(Witnesses, AWitnessIdIsNoneOfTheIdsTheWriterGives) {
  Diagnostics d;
  EXPECT_FALSE(parse("[[document]]\nid = \"a\"\nlanguage = \"en\"\ntitle = \"A\"\n"
                     "[[document.witness]]\nid = \"a-p1\"\nfile = \"a1.txt\"\n"
                     "[[document.witness]]\nid = \"julian\"\nfile = \"a2.txt\"\n"
                     "[[document.witness]]\nid = \"a_p1\"\nfile = \"a3.txt\"\n"
                     "[[document.witness]]\nid = \"a-1859\"\nfile = \"a4.txt\"\n",  // a year is no part's number
                     d));
  EXPECT_EQ(all(d), "manifest.toml:12:1: error: [[document]] 'a' witness 'a-p1': the id looks like the ids Editio "
                    "gives the parts of document 'a' ('a-p1', 'a-n1', ...); witness ids are xml:ids and must be "
                    "unique in the edition: choose another\n"
                    "manifest.toml:15:1: error: [[document]] 'a' witness 'julian': the id is the id of the header's "
                    "Julian calendar; witness ids are xml:ids and must be unique in the edition: choose another\n");
}

TEST(Witnesses, AFileOutsideTheSourcesIsRefusedAsADocumentsIs) {
  Diagnostics d;
  auto ed = parse("[[document]]\nid = \"a\"\nlanguage = \"en\"\ntitle = \"A\"\n"
                  "[[document.witness]]\nid = \"wa\"\nfile = \"a.txt\"\n"
                  "[[document.witness]]\nid = \"wb\"\nfile = \"/etc/passwd\"\nbase = true\n",
                  d);
  ASSERT_TRUE(ed) << all(d);
  const DocumentEntry& doc = ed->documents[0];
  EXPECT_TRUE(doc.witnesses[0].refused.empty());
  EXPECT_TRUE(doc.witnesses[1].path.empty());
  EXPECT_EQ(doc.witnesses[1].refused.rfind("[[document]] 'a' witness 'wb': file '/etc/passwd' ", 0), 0u)
      << doc.witnesses[1].refused;
  // The base's refusal is the document's: it is skipped.
  EXPECT_TRUE(doc.path.empty());
  EXPECT_EQ(doc.refused, doc.witnesses[1].refused + "; the document is skipped");
  EXPECT_EQ(doc.file_pos.line, 17);
}

TEST(Witnesses, AnUnknownKeyIsAWarning) {
  Diagnostics d;
  auto ed = parse("[[document]]\nid = \"a\"\nlanguage = \"en\"\ntitle = \"A\"\n"
                  "[[document.witness]]\nid = \"wa\"\nfile = \"a.txt\"\nsigil = \"A\"\n",
                  d);
  ASSERT_TRUE(ed);
  EXPECT_EQ(all(d), "manifest.toml:15:9: warning: [[document]] 'a' witness 'wa': unknown key 'sigil' is ignored "
                    "(see docs/manual/manifest.md for the manifest's keys)\n");
}

TEST(Witnesses, WitnessMustBeTables) {
  Diagnostics d;
  EXPECT_FALSE(parse("[[document]]\nid = \"a\"\nlanguage = \"en\"\ntitle = \"A\"\nwitness = \"a.txt\"\n", d));
  EXPECT_EQ(all(d), "manifest.toml:12:11: error: [[document]] 'a': 'witness' must be one or more "
                    "[[document.witness]] tables, each with id and file\n");
}

TEST(Witnesses, OrthographicVariantsIsAPrintKey) {
  Diagnostics d;
  auto ed = parse("[[document]]\nid = \"a\"\nfile = \"a.txt\"\nlanguage = \"en\"\ntitle = \"A\"\n"
                  "[print]\northographic_variants = \"omit\"\n",
                  d);
  ASSERT_TRUE(ed) << all(d);
  EXPECT_EQ(ed->print.at("orthographic-variants"), "omit");
  Diagnostics bad;
  EXPECT_FALSE(parse("[[document]]\nid = \"a\"\nfile = \"a.txt\"\nlanguage = \"en\"\ntitle = \"A\"\n"
                     "[print]\northographic_variants = \"hide\"\n",
                     bad));
  EXPECT_EQ(all(bad), "manifest.toml:14:25: error: [print]: orthographic_variants 'hide' is not known: write "
                      "\"show\" or \"omit\" (the first is the default)\n");
}

// ---- [[reading]] in the editor's layer

TEST(WitnessReadings, AReadingIsParsed) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml",
                           "[[reading]]\ndocument = \"habit\"\ntext = \"wild-duck\"\nline = 3\nlemma = \"w3\"\n"
                           "type = \"orthographic\"\nreason = \"The later spelling.\"\n"
                           "[[reading]]\ndocument = \"habit\"\nreading = \"Thus\"\noccurrence = 2\ntype = \"addition\"\n",
                           d);
  ASSERT_TRUE(l);
  EXPECT_EQ(d.items().size(), 0u) << all(d);
  ASSERT_EQ(l->readings.size(), 2u);
  const EditorialReading& r = l->readings[0];
  EXPECT_EQ(r.at.document, "habit");
  EXPECT_EQ(r.at.text, "wild-duck");
  EXPECT_EQ(r.at.line, 3);
  EXPECT_EQ(r.lemma, "w3");
  EXPECT_EQ(r.type, "orthographic");
  EXPECT_EQ(r.reason, "The later spelling.");
  EXPECT_EQ(r.pos.line, 1);
  EXPECT_EQ(r.lemma_pos.line, 5);
  EXPECT_EQ(r.lemma_pos.column, 9);
  EXPECT_EQ(l->readings[1].reading, "Thus");
  EXPECT_TRUE(l->readings[1].at.text.empty());
  EXPECT_EQ(l->readings[1].at.occurrence, 2);
}

TEST(WitnessReadings, AnEntryThatDecidesNothingIsAnError) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml", "\n[[reading]]\ndocument = \"habit\"\ntext = \"duck\"\nreason = \"why\"\n", d);
  ASSERT_TRUE(l);
  EXPECT_TRUE(l->readings.empty());
  EXPECT_EQ(d.items().at(0).format(),
            "ed.toml:2:1: error: [[reading]] 'duck' decides nothing: give lemma = \"witness id\" (whose reading is "
            "the lemma here) and/or type = \"...\" (the kind of variant)");
}

TEST(WitnessReadings, TheTypeIsAKindOfVariant) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml", "[[reading]]\ndocument = \"habit\"\ntext = \"duck\"\ntype = \"spelling\"\n", d);
  ASSERT_TRUE(l);
  EXPECT_TRUE(l->readings.empty());
  EXPECT_EQ(d.items().at(0).format(),
            "ed.toml:4:8: error: [[reading]] 'duck': type = \"spelling\" is not one of addition, omission, "
            "substitution, transposition, orthographic, punctuation");
}

TEST(WitnessReadings, TextOrReadingNotBoth) {
  Diagnostics neither;
  parse_editorial("ed.toml", "[[reading]]\ndocument = \"habit\"\ntype = \"addition\"\n", neither);
  EXPECT_NE(all(neither).find("ed.toml:1:1: error: [[reading]] '' needs text = \"...\" (words of the base text) or "
                              "reading = \"...\""),
            std::string::npos)
      << all(neither);
  Diagnostics both;
  parse_editorial("ed.toml", "[[reading]]\ndocument = \"habit\"\ntext = \"a\"\nreading = \"b\"\ntype = \"addition\"\n",
                  both);
  EXPECT_NE(all(both).find("ed.toml:1:1: error: [[reading]] 'a' has both; keep one of text"), std::string::npos)
      << all(both);
}

TEST(WitnessReadings, TheLemmaMustBeAWitnessOfTheDocument) {
  const sfs::path dir = test::temp_dir("witness-readings");
  test::write(dir / "editorial.toml",
              "[[reading]]\ndocument = \"habit\"\ntext = \"duck\"\nlemma = \"w9\"\n"
              "[[reading]]\ndocument = \"plain\"\ntext = \"duck\"\ntype = \"addition\"\n"
              "[[reading]]\ndocument = \"habit\"\ntext = \"wing\"\nlemma = \"w3\"\n");
  const std::string text = manifest(std::string(kThree) +
                                    "[[document]]\nid = \"plain\"\nfile = \"p.txt\"\nlanguage = \"en\"\ntitle = \"P\"\n")
                               .insert(std::string(kEdition).size(), "editorial = \"editorial.toml\"\n");
  Diagnostics d;
  const std::string path = (dir / "manifest.toml").string();
  auto ed = parse_manifest(path, text, d);
  ASSERT_TRUE(ed) << all(d);
  const std::string layer = (dir / "editorial.toml").string();
  EXPECT_EQ(all(d), layer + ":4:9: warning: [[reading]] 'duck': lemma 'w9' is no witness of document 'habit': write "
                            "one of 'w1', 'w2', 'w3'; the entry is not used\n" +
                        layer + ":5:1: warning: [[reading]] 'duck': document 'plain' has no witnesses "
                                "([[document.witness]] in the manifest), hence no variants; the entry is not used\n");
  ASSERT_EQ(ed->editorial_layer.readings.size(), 1u);  // the usable one
  EXPECT_EQ(ed->editorial_layer.readings[0].at.text, "wing");
  sfs::remove_all(dir);
}

// ---- the header

namespace {

// The TEI of a one-paragraph document of `entry` in `ed`.
std::string tei_of(const Edition& ed, const DocumentEntry& entry) {
  Document doc;
  doc.id = entry.id;
  doc.lang = "en";
  Block b;
  b.kind = BlockKind::Paragraph;
  b.text = "Habit also has a decided influence.";
  doc.blocks.push_back(b);
  TeiContext ctx;
  ctx.edition = &ed;
  ctx.entry = &entry;
  return write_tei(doc, ctx);
}

std::string first_problem(const Diagnostics& d) { return d.items().empty() ? "" : d.items()[0].format(); }

}  // namespace

TEST(WitnessHeader, ListWitAndVariantEncoding) {
  Diagnostics d;
  auto ed = parse(kThree, d);
  ASSERT_TRUE(ed) << all(d);
  const std::string tei = tei_of(*ed, ed->documents[0]);
  pugi::xml_document x;
  ASSERT_TRUE(x.load_string(tei.c_str()));
  const pugi::xpath_node_set wits = x.select_nodes("/TEI/teiHeader/fileDesc/sourceDesc/listWit/witness");
  ASSERT_EQ(wits.size(), 3u) << tei;
  // In the manifest's order, @n the siglum.
  EXPECT_STREQ(wits[0].node().attribute("xml:id").value(), "w1");
  EXPECT_STREQ(wits[0].node().attribute("n").value(), "w1");
  EXPECT_STREQ(wits[1].node().attribute("n").value(), "B");
  EXPECT_STREQ(wits[2].node().attribute("n").value(), "F");
  // A printing: bibl; a witness in an archive: msDesc.
  EXPECT_EQ(x.select_node("//witness[@xml:id='w1']/bibl/title").node().text().as_string(), std::string("First edition"));
  EXPECT_EQ(x.select_node("//witness[@xml:id='w1']/bibl/publisher").node().text().as_string(),
            std::string("London: A Press"));
  EXPECT_STREQ(x.select_node("//witness[@xml:id='w1']/bibl/date").node().attribute("when").value(), "1859");
  EXPECT_EQ(x.select_node("//witness[@xml:id='w3']/msDesc/msIdentifier/repository").node().text().as_string(),
            std::string("A University Library"));
  EXPECT_EQ(x.select_node("//witness[@xml:id='w3']/msDesc/msIdentifier/idno").node().text().as_string(),
            std::string("MS 6.1"));
  EXPECT_FALSE(x.select_node("//witness[@xml:id='w3']/bibl"));
  // The source's own bibl stays, before listWit.
  EXPECT_TRUE(x.select_node("//sourceDesc/bibl/following-sibling::listWit"));
  const pugi::xpath_node ve = x.select_node("/TEI/teiHeader/encodingDesc/variantEncoding");
  ASSERT_TRUE(ve) << tei;
  EXPECT_STREQ(ve.node().attribute("method").value(), "parallel-segmentation");
  EXPECT_STREQ(ve.node().attribute("location").value(), "internal");
}

TEST(WitnessHeader, OneWitnessHasAListWitAndNoVariantEncoding) {
  Edition ed;
  DocumentEntry e;
  e.id = "a";
  Witness w;
  w.id = "wa";
  w.siglum = "A";
  e.witnesses.push_back(w);
  pugi::xml_document x;
  const std::string tei = tei_of(ed, e);
  ASSERT_TRUE(x.load_string(tei.c_str()));
  EXPECT_EQ(x.select_nodes("//listWit/witness").size(), 1u) << tei;
  EXPECT_FALSE(x.select_node("//variantEncoding"));
  DocumentEntry none;
  none.id = "b";
  pugi::xml_document y;
  ASSERT_TRUE(y.load_string(tei_of(ed, none).c_str()));
  EXPECT_FALSE(y.select_node("//listWit"));
}

TEST(WitnessHeader, TheHeaderIsValidForEditioAndTeiAll) {
  Diagnostics d;
  auto ed = parse(kThree, d);
  ASSERT_TRUE(ed) << all(d);
  const std::string tei = tei_of(*ed, ed->documents[0]);
  const sfs::path schemas = sfs::path(EDITIO_SOURCE_DIR) / "schemas";
  Diagnostics setup;
  const Validator project((schemas / "editio.rng").string(), (schemas / "editio.sch").string(), setup);
  ASSERT_TRUE(project.ok()) << first_problem(setup);
  Diagnostics v;
  EXPECT_TRUE(project.validate(tei, "habit.xml", v)) << first_problem(v) << "\n" << tei;
  if (!sfs::exists(EDITIO_TEI_ALL)) GTEST_SKIP() << EDITIO_TEI_ALL << " is absent";
  const Validator tei_all(EDITIO_TEI_ALL, "", setup);
  Diagnostics t;
  EXPECT_TRUE(tei_all.validate(tei, "habit.xml", t)) << first_problem(t);
}
