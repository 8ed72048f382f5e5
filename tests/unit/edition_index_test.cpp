// The edition's own description (corpus/edition_index, output/edition.xml):
// the edition and its documents from the manifest, what each document's TEI
// header says of its source, then the register and the chronology. Tested
// from a manifest and written TEI to the XML it writes.
#include <gtest/gtest.h>

#include <sstream>

#include "corpus/edition_index.hpp"
#include "test_files.hpp"
#include "written_tei.hpp"

using namespace editio;
using test::indented;

namespace {

const char* const kManifest = R"([edition]
title = "Letters"
subtitle = "A test edition"
editors = [{ id = "ed", name = "Test Editor" }]
publisher = "Test Publisher"
date = "2026"
licence = "CC0"
licence_url = "https://creativecommons.org/publicdomain/zero/1.0/"
introduction = """
The first paragraph.

The second."""

[[document]]
id = "a"
file = "a.txt"
title = "A letter"
author = "Anna Bell"
date = "1942-03-10"
language = "en"
kind = "letter"
description = "From Cairo."

[[document]]
id = "b"
file = "b.txt"
title = "Письмо"
language = "ru"
)";

// The manifest above, read from a folder of its own.
Edition edition() {
  const auto dir = test::temp_dir("edition-index");
  test::write(dir / "manifest.toml", kManifest);
  test::write(dir / "a.txt", "Text.\n");
  test::write(dir / "b.txt", "Текст.\n");
  Diagnostics d;
  auto ed = load_manifest((dir / "manifest.toml").string(), d);
  EXPECT_TRUE(ed) << (d.items().empty() ? "" : d.items()[0].format());
  return ed ? *ed : Edition{};
}

// A TEI header's source description: a bibliographic record, its first
// publication, and the archival manuscript.
const char* const kSourceTei = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="a" xml:lang="en">
  <teiHeader>
    <fileDesc>
      <titleStmt><title>A letter</title></titleStmt>
      <sourceDesc>
        <bibl><author>A. Bell</author> <title>Documents</title> <pubPlace>London</pubPlace> <publisher>Sample Press</publisher> <date>2001</date> <biblScope unit="page">10-12</biblScope> <ref target="https://example.org/doc"/> <textLang otherLangs="ru">Russian</textLang> <respStmt><resp key="trl">translated by</resp><name>B. Cole</name></respStmt> <note>Made up.</note></bibl>
        <bibl type="firstPublication">Sample Journal. 1990. No. 1.</bibl>
        <msDesc>
          <msIdentifier><settlement>Moscow</settlement><repository>GARF</repository><idno type="fond">1</idno><idno type="delo">3</idno></msIdentifier>
          <msContents><msItem><locus from="10" to="12">l. 10-12</locus></msItem></msContents>
          <physDesc><p>Typescript</p><p>Carbon copy</p></physDesc>
        </msDesc>
      </sourceDesc>
    </fileDesc>
  </teiHeader>
  <text>
    <body>
      <p n="1" xml:id="a-p1">Text with <foreign xml:lang="ru">слово</foreign>.</p>
    </body>
  </text>
</TEI>
)";

}  // namespace

TEST(EditionIndex, TheSourceIsWhatTheTeiHeaderSaysAndTheLanguagesAreThoseOfTheText) {
  pugi::xml_document tei, out;
  describe_source(test::parsed(tei, kSourceTei), out.append_child("document"));
  std::ostringstream s;
  out.save(s, "", pugi::format_raw);
  EXPECT_EQ(indented(s.str()), R"(<document text-langs="en ru">
  <source>
    <author>A. Bell</author>
    <title>Documents</title>
    <pubPlace>London</pubPlace>
    <publisher>Sample Press</publisher>
    <date>2001</date>
    <pages unit="page">10-12</pages>
    <url>https://example.org/doc</url>
    <original-language code="ru">Russian</original-language>
    <publication>Sample Journal. 1990. No. 1.</publication>
    <archive>
      <settlement>Moscow</settlement>
      <repository>GARF</repository>
      <idno type="fond">1</idno>
      <idno type="delo">3</idno>
      <locus from="10" to="12">l. 10-12</locus>
      <form>Typescript; Carbon copy</form>
    </archive>
    <translator>B. Cole</translator>
    <note>Made up.</note>
  </source>
</document>
)");
}

TEST(EditionIndex, TheEditionItsDocumentsAndItsChronology) {
  const Edition ed = edition();
  ASSERT_EQ(ed.documents.size(), 2u);
  pugi::xml_document tei, described;
  describe_source(test::parsed(tei, kSourceTei), described.append_child("document"));
  std::ostringstream s;
  described.save(s, "", pugi::format_raw | pugi::format_no_declaration);
  const std::string source = s.str();
  // "a" is built, with its PDF; "b" failed: listed without links.
  const std::vector<IndexedDocument> docs{{&ed.documents[0], true, &source, true}, {&ed.documents[1], false}};
  const std::string head = edition_index_head(ed, docs, {Format::Tei, Format::Html, Format::Pdf});

  Scratch scratch(test::temp_dir("edition-index-dates").string());
  ChronologyIndex dates(scratch);
  pugi::xml_document letter;
  dates.add(0, collect_dates(test::parsed(letter, test::written_tei("a", "en",
                                 "<p n=\"1\" xml:id=\"a-p1\">On <date when=\"1942-02-24\">24 February</date>.</p>\n")),
                             "a"));
  test::Gathered out;
  ASSERT_TRUE(write_edition_index(out.sink(), head, nullptr, "en", &dates));
  // (<edition> is written on one line, as serialize_xml writes TEI's <edition>.)
  EXPECT_EQ(out.text,
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<edition xmlns=\"urn:x-editio\" lang=\"en\" pdf=\"print/edition.pdf\">"
            "<title>Letters</title><subtitle>A test edition</subtitle><editor>Test Editor</editor>"
            "<publisher>Test Publisher</publisher><date when=\"2026\">2026</date>"
            "<licence target=\"https://creativecommons.org/publicdomain/zero/1.0/\">CC0</licence>"
            "<introduction><p>The first paragraph.</p><p>The second.</p></introduction>"
            "<document id=\"a\" html=\"a.html\" tei=\"tei/a.xml\" pdf=\"print/a.pdf\" lang=\"en\" "
            "language=\"English\" kind=\"letter\" text-langs=\"en ru\">"
            "<title>A letter</title><author>Anna Bell</author><date when=\"1942-03-10\">1942-03-10</date>"
            "<description>From Cairo.</description>"
            "<source><author>A. Bell</author><title>Documents</title><pubPlace>London</pubPlace>"
            "<publisher>Sample Press</publisher><date>2001</date><pages unit=\"page\">10-12</pages>"
            "<url>https://example.org/doc</url><original-language code=\"ru\">Russian</original-language>"
            "<publication>Sample Journal. 1990. No. 1.</publication><archive><settlement>Moscow</settlement>"
            "<repository>GARF</repository><idno type=\"fond\">1</idno><idno type=\"delo\">3</idno>"
            "<locus from=\"10\" to=\"12\">l. 10-12</locus><form>Typescript; Carbon copy</form></archive>"
            "<translator>B. Cole</translator><note>Made up.</note></source></document>"
            "<document id=\"b\" lang=\"ru\" language=\"Russian\"><title>Письмо</title><date/></document>"
            "<chronology><dated start=\"1942-02-24\" end=\"1942-02-24\" when=\"1942-02-24\" doc=\"a\" "
            "target=\"a-p1\" n=\"1\"><text>24 February</text><context>On 24 February.</context></dated></chronology>"
            "</edition>\n");
}

TEST(EditionIndex, WithoutDatesThereIsNoChronologyAndWithoutPdfNoBook) {
  const Edition ed = edition();
  const std::vector<IndexedDocument> docs{{&ed.documents[0], true}, {&ed.documents[1], true}};
  const std::string head = edition_index_head(ed, docs, {Format::Html});
  Scratch scratch(test::temp_dir("edition-index-none").string());
  ChronologyIndex dates(scratch);
  test::Gathered out;
  ASSERT_TRUE(write_edition_index(out.sink(), head, nullptr, "en", &dates));
  EXPECT_EQ(out.text.find("<chronology"), std::string::npos);
  EXPECT_EQ(out.text.find("pdf="), std::string::npos);
  EXPECT_NE(out.text.find("<document id=\"b\" html=\"b.html\" lang=\"ru\""), std::string::npos) << out.text;
}
