// The Word (.docx) and OpenDocument (.odt) readers (read/docx, read/odt) and
// the ZIP parts under them (read/zip_archive), as examples: the same Markdown
// made into a .docx and an .odt by pandoc (tests/data/office/make.sh) gives
// the same blocks, spans, notes and positions; variants with a comment, a
// tracked change, a broken part or a ZIP bomb are written here with libzip.
#include <gtest/gtest.h>
#include <zip.h>

#include <algorithm>
#include <cstring>
#include <map>

#include "read/docx.hpp"
#include "read/odt.hpp"
#include "read/zip_archive.hpp"
#include "test_files.hpp"

using namespace editio;

namespace {

std::string fixture(const std::string& name) { return test::read(std::string(EDITIO_TEST_DATA) + "/office/" + name); }

// `package` with parts replaced or added ({name, bytes}), written by libzip.
std::string with_parts(const std::string& package, const std::map<std::string, std::string>& parts) {
  const auto dir = test::temp_dir("office");
  const std::string path = (dir / "package.zip").string();
  test::write(path, package);
  int err = 0;
  zip_t* z = zip_open(path.c_str(), 0, &err);
  EXPECT_TRUE(z);
  for (const auto& [name, bytes] : parts) {
    zip_source_t* src = zip_source_buffer(z, bytes.data(), bytes.size(), 0);
    EXPECT_GE(zip_file_add(z, name.c_str(), src, ZIP_FL_OVERWRITE), 0);
  }
  EXPECT_EQ(zip_close(z), 0);  // copies the buffers while `parts` is alive
  return test::read(path);
}

constexpr const char* kWordHead =
    R"(<?xml version="1.0" encoding="UTF-8"?>)"
    R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>)";

// The pandoc-made sample.docx with `body` as its document's w:body.
std::string docx_with_body(const std::string& body, std::map<std::string, std::string> parts = {}) {
  parts["word/document.xml"] = kWordHead + body + "</w:body></w:document>";
  return with_parts(fixture("sample.docx"), parts);
}

struct Read {
  bool ok = false;
  Document doc;
  Diagnostics diags;
};

Read docx(const std::string& bytes, const std::string& path = "letter.docx") {
  Read r;
  r.ok = read_docx(path, bytes, r.doc, r.diags);
  return r;
}

Read odt(const std::string& bytes, const std::string& path = "letter.odt") {
  Read r;
  r.ok = read_odt(path, bytes, r.doc, r.diags);
  return r;
}

// The text of the spans of `kind` in `b`: "rend:text" for highlights, "target:text" for links.
template <class Kind> std::vector<std::string> spans(const Block& b) {
  std::vector<std::string> out;
  for (const auto& s : b.spans) {
    if (const auto* k = s.as<Kind>()) {
      std::string key;
      if constexpr (std::is_same_v<Kind, Highlight>) key = k->rend;
      if constexpr (std::is_same_v<Kind, Link>) key = k->target;
      out.push_back(key + ":" + b.text.substr(s.begin, s.end - s.begin));
    }
  }
  return out;
}

// Where each note is called: "block text|offset".
std::vector<std::size_t> note_calls(const Block& b) {
  std::vector<std::size_t> out;
  for (const auto& s : b.spans)
    if (s.is<NoteCall>()) out.push_back(s.begin);
  return out;
}

std::string first_error(const Read& r) {
  for (const auto& d : r.diags.items())
    if (d.severity == Severity::Error) return d.format();
  return "";
}

// sample.md, as both readers must give it.
void expect_sample(const Read& r, const std::string& format) {
  ASSERT_TRUE(r.ok) << first_error(r);
  const Document& doc = r.doc;
  EXPECT_EQ(doc.format, format);
  EXPECT_TRUE(doc.notes_linked);
  EXPECT_EQ(doc.metadata.title, "A Letter from the Coast");
  EXPECT_EQ(doc.metadata.authors, std::vector<std::string>{"Anna Marsh"});
  EXPECT_EQ(doc.metadata.lang, "en");

  std::vector<std::pair<BlockKind, std::string>> kinds;
  for (const auto& b : doc.blocks) kinds.push_back({b.kind, b.text});
  using K = BlockKind;
  const std::vector<std::pair<BlockKind, std::string>> expected = {
      {K::Title, "A Letter from the Coast"},
      {K::Paragraph, "Anna Marsh"},  // pandoc's "Author" paragraph: text like any other
      {K::Heading, "The Voyage"},
      {K::Paragraph, "We sailed on Tuesday with all hands aboard."},
      {K::Heading, "At Sea"},
      {K::Paragraph, "The log is kept at the museum to this day."},
      {K::ListItem, "Salt pork"},
      {K::ListItem, "Ship\u2019s biscuit"},
      {K::ListItem, "Weigh anchor"},
      {K::ListItem, "Set sail"},
      {K::Quote, "The sea was calm, and the wind was fair."},
      {K::TableCell, "Port"}, {K::TableCell, "Days"},
      {K::TableCell, "Lisbon"}, {K::TableCell, "4"},
      {K::TableCell, "Madeira"}, {K::TableCell, "2"},
      {K::Paragraph, "Later we reached land."},
  };
  ASSERT_EQ(kinds, expected);
  const auto& b = doc.blocks;
  EXPECT_EQ(b[2].level, 1);
  EXPECT_EQ(b[4].level, 2);
  EXPECT_EQ(spans<Highlight>(b[3]), (std::vector<std::string>{"italic:Tuesday", "bold:all hands"}));
  EXPECT_EQ(spans<Link>(b[5]), std::vector<std::string>{"https://example.org/log:the museum"});
  EXPECT_EQ(b[6].label, "•");
  EXPECT_EQ(b[8].label, "1.");
  EXPECT_EQ(b[9].label, "2.");
  // The table: a header row of two cells, then two rows.
  EXPECT_TRUE(b[11].table_start && b[11].row_start && b[11].header_cell);
  EXPECT_TRUE(!b[12].table_start && !b[12].row_start && b[12].header_cell);
  EXPECT_TRUE(!b[13].table_start && b[13].row_start && !b[13].header_cell);

  // Two footnotes, each called where its reference stood: after "aboard." and "land.".
  ASSERT_EQ(doc.notes.size(), 2u);
  EXPECT_EQ(doc.notes[0].n, "1");
  EXPECT_EQ(doc.notes[1].n, "2");
  EXPECT_TRUE(doc.notes[0].called && doc.notes[1].called);
  ASSERT_EQ(doc.notes[0].blocks.size(), 1u);
  EXPECT_EQ(doc.notes[0].blocks[0].text, "The crew numbered twelve.");
  EXPECT_EQ(doc.notes[1].blocks[0].text, "See the second log book.");
  EXPECT_EQ(spans<Highlight>(doc.notes[1].blocks[0]), std::vector<std::string>{"italic:second"});
  EXPECT_EQ(note_calls(b[3]), std::vector<std::size_t>{b[3].text.size()});
  EXPECT_EQ(note_calls(b[17]), std::vector<std::size_t>{b[17].text.size()});
  EXPECT_EQ(b[17].spans.at(0).as<NoteCall>()->note, 1u);

  // Positions are paragraphs: "Tuesday" is character 14 of paragraph 4; the
  // cells count as paragraphs 12 to 17; a note stands where it is called.
  const SourcePos tuesday = b[3].position_of(b[3].text.find("Tuesday"));
  EXPECT_TRUE(tuesday.paragraph);
  EXPECT_EQ(tuesday.line, 4u);
  EXPECT_EQ(tuesday.column, 14u);
  EXPECT_EQ(b[11].position().line, 12u);
  EXPECT_EQ(b[17].position().line, 18u);
  EXPECT_EQ(doc.notes[1].pos.line, 18u);
  EXPECT_EQ(doc.notes[1].blocks[0].position().line, 18u);
  EXPECT_TRUE(doc.left_out.empty());
  EXPECT_EQ(r.diags.errors(), 0u);
}

}  // namespace

// --- Word ---

TEST(OfficeReader, WordFileMadeByPandocGivesBlocksSpansAndNotes) {
  expect_sample(docx(fixture("sample.docx")), "docx");
}

TEST(OfficeReader, OpenDocumentFileMadeByPandocGivesTheSameAsWord) {
  expect_sample(odt(fixture("sample.odt")), "odt");
}

TEST(OfficeReader, PositionsAreShownAsParagraphAndCharacter) {
  const Read r = docx(fixture("sample.docx"));
  const Block& b = r.doc.blocks.at(3);
  Diagnostic d{Severity::Warning, "letter.docx", b.position_of(b.text.find("all hands")), "a name?"};
  EXPECT_EQ(d.format(), "letter.docx: paragraph 4, character 27: warning: a name?");
}

TEST(OfficeReader, WordCommentsAndTrackedDeletionsAreLeftOutAndCounted) {
  const Read r = docx(docx_with_body(
      R"(<w:p><w:commentRangeStart w:id="0"/><w:r><w:t xml:space="preserve">The ship </w:t></w:r>)"
      R"(<w:del w:id="1" w:author="Ed"><w:r><w:delText>never </w:delText></w:r></w:del>)"
      R"(<w:ins w:id="2" w:author="Ed"><w:r><w:t xml:space="preserve">safely </w:t></w:r></w:ins>)"
      R"(<w:r><w:t>sailed.</w:t></w:r><w:commentRangeEnd w:id="0"/>)"
      R"(<w:r><w:commentReference w:id="0"/></w:r></w:p>)",
      {{"word/comments.xml",
        R"(<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">)"
        R"(<w:comment w:id="0" w:author="Ed"><w:p><w:r><w:t>Which ship?</w:t></w:r></w:p></w:comment>)"
        R"(</w:comments>)"}}));
  ASSERT_TRUE(r.ok) << first_error(r);
  ASSERT_EQ(r.doc.blocks.size(), 1u);
  EXPECT_EQ(r.doc.blocks[0].text, "The ship safely sailed.");
  EXPECT_EQ(r.doc.left_out,
            (std::vector<std::string>{"1 comment of the Word file", "1 tracked deletion of the Word file"}));
}

TEST(OfficeReader, WordFieldInstructionsAreDroppedAndTheirResultKept) {
  const Read r = docx(docx_with_body(
      R"(<w:p><w:r><w:t xml:space="preserve">Page </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>)"
      R"(<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>)"
      R"(<w:r><w:t>7</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>)"));
  ASSERT_TRUE(r.ok) << first_error(r);
  EXPECT_EQ(r.doc.blocks.at(0).text, "Page 7");
}

TEST(OfficeReader, WordRunFormattingBecomesHighlights) {
  const Read r = docx(docx_with_body(
      R"(<w:p><w:r><w:rPr><w:u w:val="single"/></w:rPr><w:t>under</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>)"
      R"(<w:r><w:rPr><w:strike/></w:rPr><w:t>struck</w:t></w:r><w:r><w:t xml:space="preserve"> x</w:t></w:r>)"
      R"(<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:t>2</w:t></w:r>)"
      R"(<w:r><w:rPr><w:vertAlign w:val="subscript"/></w:rPr><w:t>i</w:t></w:r><w:r><w:tab/></w:r>)"
      R"(<w:r><w:rPr><w:smallCaps/></w:rPr><w:t>Caps</w:t></w:r><w:r><w:br/></w:r>)"
      R"(<w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>plain</w:t></w:r></w:p>)"));
  ASSERT_TRUE(r.ok) << first_error(r);
  const Block& b = r.doc.blocks.at(0);
  EXPECT_EQ(b.text, "under struck x2i Caps plain");
  EXPECT_EQ(spans<Highlight>(b), (std::vector<std::string>{"underline:under", "strikethrough:struck",
                                                            "superscript:2", "subscript:i", "smallcaps:Caps"}));
}

TEST(OfficeReader, WordFootnotesAndEndnotesAreNumberedApart) {
  const std::string notes_ns = R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main")";
  const Read r = docx(docx_with_body(
      R"(<w:p><w:r><w:t>One.</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r>)"
      R"(<w:r><w:t xml:space="preserve"> Two.</w:t></w:r><w:r><w:endnoteReference w:id="2"/></w:r>)"
      R"(<w:r><w:t xml:space="preserve"> Three.</w:t></w:r><w:r><w:endnoteReference w:id="3"/></w:r></w:p>)",
      {{"word/footnotes.xml", "<w:footnotes " + notes_ns + R"(><w:footnote w:type="separator" w:id="-1">)"
                              R"(<w:p><w:r><w:separator/></w:r></w:p></w:footnote>)"
                              R"(<w:footnote w:id="1"><w:p><w:r><w:t>A footnote.</w:t></w:r></w:p></w:footnote></w:footnotes>)"},
       {"word/endnotes.xml", "<w:endnotes " + notes_ns + R"(>)"
                             R"(<w:endnote w:id="2"><w:p><w:r><w:t>An endnote.</w:t></w:r></w:p></w:endnote>)"
                             R"(<w:endnote w:id="3"><w:p><w:r><w:t>Another.</w:t></w:r></w:p></w:endnote></w:endnotes>)"}}));
  ASSERT_TRUE(r.ok) << first_error(r);
  ASSERT_EQ(r.doc.notes.size(), 3u);
  EXPECT_EQ(r.doc.notes[0].n, "1");
  EXPECT_EQ(r.doc.notes[1].n, "i");
  EXPECT_EQ(r.doc.notes[2].n, "ii");
  EXPECT_EQ(r.doc.notes[2].blocks.at(0).text, "Another.");
  const Block& b = r.doc.blocks.at(0);
  EXPECT_EQ(b.text, "One. Two. Three.");
  EXPECT_EQ(note_calls(b), (std::vector<std::size_t>{4, 9, 16}));
}

TEST(OfficeReader, WordNoteReferredToTwiceIsReadOnce) {
  // Word refers to each note once; a forged file must not multiply a note by referring to it again.
  const Read r = docx(docx_with_body(R"(<w:p><w:r><w:t>Once.</w:t></w:r><w:r><w:footnoteReference w:id="20"/></w:r>)"
                                     R"(<w:r><w:t xml:space="preserve"> Again.</w:t></w:r>)"
                                     R"(<w:r><w:footnoteReference w:id="20"/></w:r></w:p>)"));
  ASSERT_TRUE(r.ok) << first_error(r);
  ASSERT_EQ(r.doc.notes.size(), 1u);
  EXPECT_EQ(r.doc.notes[0].blocks.at(0).text, "The crew numbered twelve.");
  EXPECT_EQ(note_calls(r.doc.blocks.at(0)), std::vector<std::size_t>{5});
}

TEST(OfficeReader, WordImageAloneInItsParagraphIsAFigure) {
  const Read r = docx(fixture("figure.docx"));
  ASSERT_TRUE(r.ok) << first_error(r);
  ASSERT_EQ(r.doc.blocks.size(), 3u);
  EXPECT_EQ(r.doc.blocks[1].kind, BlockKind::Figure);
  EXPECT_EQ(r.doc.blocks[1].text, "A ship at anchor");
  EXPECT_EQ(r.doc.blocks[1].url, "word/media/rId20.png");
  EXPECT_EQ(r.doc.blocks[1].position().line, 2u);
}

TEST(OfficeReader, WordInternalLinkPointsToItsBookmark) {
  const Read r = docx(docx_with_body(
      R"(<w:p><w:r><w:t xml:space="preserve">See </w:t></w:r>)"
      R"(<w:hyperlink w:anchor="at-sea"><w:r><w:rPr><w:i/></w:rPr><w:t>below</w:t></w:r></w:hyperlink></w:p>)"));
  ASSERT_TRUE(r.ok) << first_error(r);
  const Block& b = r.doc.blocks.at(0);
  EXPECT_EQ(spans<Link>(b), std::vector<std::string>{"#at-sea:below"});
  EXPECT_EQ(spans<Highlight>(b), std::vector<std::string>{"italic:below"});
}

TEST(OfficeReader, WordEntitiesAreNeitherExpandedNorLoaded) {
  const Read r = docx(with_parts(
      fixture("sample.docx"),
      {{"word/document.xml",
        R"(<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY secret SYSTEM "file:///etc/hostname">)"
        R"(<!ENTITY word "expanded">]>)"
        R"(<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>)"
        R"(<w:p><w:r><w:t>[&secret;][&word;]</w:t></w:r></w:p></w:body></w:document>)"}}));
  ASSERT_TRUE(r.ok) << first_error(r);
  EXPECT_EQ(r.doc.blocks.at(0).text, "[][]");
}

// --- Broken files ---

TEST(OfficeReader, TruncatedWordPartIsRefusedNamingThePartAndLine) {
  std::string document = kWordHead;
  document += "<w:p><w:r><w:t>Cut off in the mid";
  const Read r = docx(with_parts(fixture("sample.docx"), {{"word/document.xml", document}}));
  EXPECT_FALSE(r.ok);
  ASSERT_EQ(r.diags.errors(), 1u);
  const std::string e = first_error(r);
  EXPECT_EQ(e.rfind("letter.docx: error: part word/document.xml: line 1: ", 0), 0u) << e;
  EXPECT_NE(e.find("save it again"), std::string::npos) << e;
}

TEST(OfficeReader, FileThatIsNoZipIsRefused) {
  const Read r = docx("Dear Anna, this is plain text saved as .docx");
  EXPECT_FALSE(r.ok);
  EXPECT_NE(first_error(r).find("letter.docx: error: not a ZIP archive"), std::string::npos) << first_error(r);
  EXPECT_FALSE(odt("").ok);
}

TEST(OfficeReader, ZipWithoutTheDocumentPartIsRefused) {
  const Read r = docx(fixture("sample.odt"));  // a ZIP, but an OpenDocument one
  EXPECT_FALSE(r.ok);
  EXPECT_NE(first_error(r).find("part word/document.xml is missing"), std::string::npos) << first_error(r);
}

TEST(OfficeReader, OpenDocumentOfAnotherKindIsRefused) {
  const Read r = odt(with_parts(fixture("sample.odt"), {{"mimetype", "application/vnd.oasis.opendocument.spreadsheet"}}));
  EXPECT_FALSE(r.ok);
  EXPECT_NE(first_error(r).find("opendocument.spreadsheet\", not a text document"), std::string::npos)
      << first_error(r);
}

TEST(OfficeReader, BrokenOpenDocumentContentIsRefused) {
  const Read r = odt(with_parts(fixture("sample.odt"), {{"content.xml", "<office:document-content><oops>"}}));
  EXPECT_FALSE(r.ok);
  EXPECT_NE(first_error(r).find("letter.odt: error: part content.xml: line 1: "), std::string::npos) << first_error(r);
}

// --- ZIP bombs ---

namespace {

// A ZIP file holding part `name`: `size` zero bytes, deflated as they are
// produced (never held in memory whole).
std::string zip_of_zeros(const std::string& name, zip_uint64_t size) {
  struct Zeros {
    zip_uint64_t left, size;
    zip_error_t error;
  } zeros{size, size, {}};
  zip_error_init(&zeros.error);
  auto produce = [](void* state, void* data, zip_uint64_t len, zip_source_cmd_t cmd) -> zip_int64_t {
    auto* z = static_cast<Zeros*>(state);
    switch (cmd) {
      case ZIP_SOURCE_OPEN: z->left = z->size; return 0;
      case ZIP_SOURCE_READ: {
        const zip_uint64_t n = std::min(len, z->left);
        std::memset(data, 0, n);
        z->left -= n;
        return static_cast<zip_int64_t>(n);
      }
      case ZIP_SOURCE_STAT: {
        auto* st = static_cast<zip_stat_t*>(data);
        zip_stat_init(st);
        st->size = z->size;
        st->valid |= ZIP_STAT_SIZE;
        return sizeof(zip_stat_t);
      }
      case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, -1);
      case ZIP_SOURCE_ERROR: return zip_error_to_data(&z->error, data, len);
      default: return 0;
    }
  };
  const auto dir = test::temp_dir("office-bomb");
  const std::string path = (dir / "bomb.zip").string();
  int err = 0;
  zip_t* z = zip_open(path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &err);
  zip_source_t* src = zip_source_function(z, produce, &zeros);
  const zip_int64_t index = zip_file_add(z, name.c_str(), src, 0);
  zip_set_file_compression(z, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 1);
  EXPECT_EQ(zip_close(z), 0);
  return test::read(path);
}

}  // namespace

TEST(OfficeReader, ZipBombOf300MegabytesIsRefusedBeforeInflating) {
  const std::string bomb = zip_of_zeros("word/document.xml", zip_uint64_t{300} << 20);
  EXPECT_LT(bomb.size(), std::size_t{2} << 20);  // a small file...
  const Read r = docx(bomb);                       // ...that would inflate to 300 MB
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(first_error(r),
            "letter.docx: error: part word/document.xml inflates to more than 64 MB (a ZIP bomb?): not read");
}

TEST(OfficeReader, PartCompressedBeyondAHundredToOneIsRefused) {
  const Read r = odt(zip_of_zeros("content.xml", zip_uint64_t{4} << 20));
  EXPECT_FALSE(r.ok);
  EXPECT_NE(first_error(r).find("part content.xml is compressed more than 100:1 (a ZIP bomb?)"), std::string::npos)
      << first_error(r);
}

TEST(OfficeReader, ZipArchiveStopsReadingAtTheLimitWhateverTheSizeDeclared) {
  // The part's declared size is patched down to 10 bytes in both headers: the
  // reader must still stop at its own limit, not trust the declaration.
  std::string bomb = zip_of_zeros("part.xml", 5000);
  for (std::size_t at = 0; (at = bomb.find("PK\x03\x04", at)) != std::string::npos; at += 4)
    bomb.replace(at + 22, 4, std::string("\x0a\0\0\0", 4));
  for (std::size_t at = 0; (at = bomb.find("PK\x01\x02", at)) != std::string::npos; at += 4)
    bomb.replace(at + 24, 4, std::string("\x0a\0\0\0", 4));
  std::string why;
  ZipLimits limits;
  limits.part = 1000;
  auto zip = ZipArchive::open(bomb, why, limits);
  ASSERT_TRUE(zip) << why;
  EXPECT_FALSE(zip->read("part.xml", why));
  EXPECT_EQ(why, "inflates to more than 1000 bytes (a ZIP bomb?): not read");
}

TEST(OfficeReader, ZipArchiveRefusesTheTotalPastItsLimit) {
  const std::string package = with_parts(zip_of_zeros("a", 600), {{"b", std::string(600, 'x')}});
  std::string why;
  ZipLimits limits;
  limits.total = 1000;
  auto zip = ZipArchive::open(package, why, limits);
  ASSERT_TRUE(zip) << why;
  EXPECT_TRUE(zip->read("a", why));
  EXPECT_FALSE(zip->read("b", why));
  EXPECT_EQ(why, "takes the parts read past 1000 bytes (a ZIP bomb?): not read");
  EXPECT_FALSE(zip->read("c", why));
  EXPECT_EQ(why, "is missing");
}

// --- OpenDocument ---

namespace {

constexpr const char* kOdtHead =
    R"(<?xml version="1.0" encoding="UTF-8"?><office:document-content )"
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
    R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
    R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
    R"(xmlns:dc="http://purl.org/dc/elements/1.1/" )"
    R"(xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0">)";

// The pandoc-made sample.odt with `styles` as content.xml's automatic styles and `text` as its office:text.
std::string odt_with_text(const std::string& styles, const std::string& text) {
  return with_parts(fixture("sample.odt"),
                    {{"content.xml", kOdtHead + std::string("<office:automatic-styles>") + styles +
                                         "</office:automatic-styles><office:body><office:text>" + text +
                                         "</office:text></office:body></office:document-content>"}});
}

}  // namespace

TEST(OfficeReader, OpenDocumentCommentsAndTrackedChangesAreLeftOutAndCounted) {
  const Read r = odt(odt_with_text(
      "",
      R"(<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>never</text:p>)"
      R"(</text:deletion></text:changed-region></text:tracked-changes>)"
      R"(<text:p>The ship <text:change text:change-id="c1"/>sailed.<office:annotation><dc:creator>Ed</dc:creator>)"
      R"(<text:p>Which ship?</text:p></office:annotation></text:p>)"));
  ASSERT_TRUE(r.ok) << first_error(r);
  ASSERT_EQ(r.doc.blocks.size(), 1u);
  EXPECT_EQ(r.doc.blocks[0].text, "The ship sailed.");
  EXPECT_EQ(r.doc.left_out, (std::vector<std::string>{"1 comment of the OpenDocument file",
                                                      "1 tracked change of the OpenDocument file"}));
}

TEST(OfficeReader, OpenDocumentSpanStylesBecomeHighlights) {
  const Read r = odt(odt_with_text(
      R"(<style:style style:name="T1" style:family="text"><style:text-properties fo:font-style="italic" )"
      R"(fo:font-weight="bold"/></style:style>)"
      R"(<style:style style:name="T2" style:family="text"><style:text-properties style:text-position="super 58%"/></style:style>)"
      R"(<style:style style:name="T3" style:family="text"><style:text-properties )"
      R"(style:text-line-through-style="solid" fo:font-variant="small-caps"/></style:style>)",
      R"(<text:p>A <text:span text:style-name="T1">bold italic</text:span> word,<text:s text:c="3"/>)"
      R"(1<text:span text:style-name="T2">st</text:span><text:tab/><text:span text:style-name="T3">gone</text:span>)"
      R"(<text:line-break/>end</text:p>)"));
  ASSERT_TRUE(r.ok) << first_error(r);
  const Block& b = r.doc.blocks.at(0);
  EXPECT_EQ(b.text, "A bold italic word, 1st gone end");
  EXPECT_EQ(spans<Highlight>(b), (std::vector<std::string>{"italic:bold italic", "bold:bold italic",
                                                            "superscript:st", "strikethrough:gone", "smallcaps:gone"}));
}

TEST(OfficeReader, OpenDocumentEndnotesKeepTheirCitation) {
  const Read r = odt(odt_with_text(
      "", R"(<text:p>Text<text:note text:id="e1" text:note-class="endnote"><text:note-citation>i</text:note-citation>)"
          R"(<text:note-body><text:p>First.</text:p><text:p>Second.</text:p></text:note-body></text:note> goes on.</text:p>)"));
  ASSERT_TRUE(r.ok) << first_error(r);
  ASSERT_EQ(r.doc.notes.size(), 1u);
  EXPECT_EQ(r.doc.notes[0].n, "i");
  ASSERT_EQ(r.doc.notes[0].blocks.size(), 2u);
  EXPECT_EQ(r.doc.notes[0].blocks[1].text, "Second.");
  EXPECT_EQ(r.doc.notes[0].pos.column, 5u);  // the call, after "Text"
  EXPECT_EQ(r.doc.blocks.at(0).text, "Text goes on.");
  EXPECT_EQ(note_calls(r.doc.blocks[0]), std::vector<std::size_t>{4});
}

TEST(OfficeReader, OpenDocumentImageAloneInItsParagraphIsAFigure) {
  const Read r = odt(fixture("figure.odt"));
  ASSERT_TRUE(r.ok) << first_error(r);
  ASSERT_EQ(r.doc.blocks.size(), 3u);
  EXPECT_EQ(r.doc.blocks[1].kind, BlockKind::Figure);
  EXPECT_EQ(r.doc.blocks[1].url, "Pictures/0.png");
  EXPECT_EQ(r.doc.blocks[2].text, "A ship at anchor");  // pandoc's caption paragraph
}
