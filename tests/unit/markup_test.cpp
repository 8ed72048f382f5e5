// The markup of structured sources (Markdown, HTML, Word, OpenDocument)
// after reading: a Document built as the readers build it (table cells,
// figures, Highlight and Link spans, note calls as empty spans, the
// format and what the reader left out) is written as TEI (table/row/cell,
// figure/graphic/head, hi, ref; the header says what the text was
// converted from), valid against the project schemas and tei_all, and
// goes through the real stylesheets: the HTML of each element, the LaTeX
// (a golden file) and a PDF typeset by XeLaTeX.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <sstream>
#include <string>
#include <unistd.h>

#include "check/validator.hpp"
#include "render/stylesheet.hpp"
#include "render/typeset.hpp"
#include "tei/writer.hpp"
#include "util/fs.hpp"

using namespace editio;
namespace sfs = std::filesystem;

namespace {

const sfs::path kSource = sfs::path(EDITIO_SOURCE_DIR);

Block block(BlockKind kind, const std::string& text, std::vector<Span> spans = {}) {
  Block b;
  b.kind = kind;
  b.text = text;
  b.anchors.push_back({0, {1, 1}});
  b.spans = std::move(spans);
  return b;
}

Block cell(const std::string& text, bool row_start, bool header = false, bool table_start = false) {
  Block b = block(BlockKind::TableCell, text);
  b.row_start = row_start;
  b.header_cell = header;
  b.table_start = table_start;
  return b;
}

Block figure(const std::string& url, const std::string& caption, std::vector<Span> spans = {}) {
  Block b = block(BlockKind::Figure, caption, std::move(spans));
  b.url = url;
  return b;
}

struct Written {
  Edition ed;
  DocumentEntry entry;
  std::string tei;
};

// The TEI Editio writes for `doc` (id "m", English), as a build writes it.
Written written(Document doc) {
  Written w;
  w.ed.title = "Test Edition";
  w.ed.publisher = "Test";
  w.entry.id = doc.id = "m";
  w.entry.title = "Markup";
  w.entry.language = doc.lang = "en";
  TeiContext ctx;
  ctx.edition = &w.ed;
  ctx.entry = &w.entry;
  ctx.source_name = "essay.md";
  w.tei = write_tei(doc, ctx);
  return w;
}

// The inside of the first element `name` of the written <text>, on one line.
std::string element(const std::string& tei, const std::string& xpath) {
  pugi::xml_document d;
  d.load_string(tei.c_str());
  pugi::xml_node n = d.select_node(xpath.c_str()).node();
  std::ostringstream out;
  n.print(out, "", pugi::format_raw);
  return out.str();
}

// A document with every kind of markup a structured reader gives.
Document all_markup() {
  Document doc;
  doc.format = "markdown";
  doc.notes_linked = true;
  doc.left_out = {"2 comments", "the page's navigation"};
  doc.blocks.push_back(block(BlockKind::Title, "Markup"));
  const std::string text =
      "it bf a_b% ul st x2 H2O Sc the Bell page and https://example.org/a_b#c see above, word.";
  doc.blocks.push_back(block(
      BlockKind::Paragraph, text,
      {Span{0, 2, Highlight{"italic"}}, Span{3, 5, Highlight{"bold"}}, Span{6, 10, Highlight{"code"}},
       Span{11, 13, Highlight{"underline"}}, Span{14, 16, Highlight{"strikethrough"}},
       Span{18, 19, Highlight{"superscript"}}, Span{21, 22, Highlight{"subscript"}},
       Span{24, 26, Highlight{"smallcaps"}}, Span{27, 40, Link{"https://example.org/a%_b?x=1&y=~z#frag", false}},
       Span{31, 35, PersonMention{}, 1}, Span{45, 70, Link{"https://example.org/a_b#c", true}},
       Span{75, 80, Link{"#m-p1", false}}, Span{82, 86, Highlight{"italic"}}, Span{86, 86, NoteCall{0}}}));
  Note n;
  n.n = "1";
  n.called = true;
  n.blocks.push_back(block(BlockKind::Paragraph, "A note."));
  doc.notes.push_back(n);
  doc.blocks.push_back(cell("Name", true, true, true));
  doc.blocks.push_back(cell("Year & place", false, true));
  doc.blocks.push_back(cell("Bell", true, true));
  doc.blocks.push_back(cell("1937 Moscow", false, false));
  doc.blocks.back().spans.push_back(Span{5, 11, Highlight{"italic"}});
  // a table with a note in a cell: printed as numbered lines, so the note is kept
  doc.blocks.push_back(cell("Cell", true, false, true));
  doc.blocks.back().spans.push_back(Span{4, 4, NoteCall{1}});
  Note cell_note;
  cell_note.n = "2";
  cell_note.called = true;
  cell_note.blocks.push_back(block(BlockKind::Paragraph, "A note in a cell."));
  doc.notes.push_back(cell_note);
  doc.blocks.push_back(figure("https://example.org/photo.jpg", "A photo", {Span{2, 7, Highlight{"italic"}}}));
  doc.blocks.push_back(figure("images/Furr Efanov.jpg", "An image beside the source"));
  doc.blocks.push_back(block(BlockKind::Paragraph, "After."));
  return doc;
}

}  // namespace

TEST(MarkupWriter, ConsecutiveCellsAreATableOfRowsAHeaderRowIsALabelRow) {
  Document doc;
  doc.blocks = {block(BlockKind::Paragraph, "Before."), cell("Name", true, true, true), cell("Year", false, true),
                cell("Bell", true, true), cell("1937", false), block(BlockKind::Paragraph, "After.")};
  EXPECT_EQ(element(written(doc).tei, "//*[local-name()='table']"),
            "<table xml:id=\"m-tab1\"><row role=\"label\"><cell>Name</cell><cell>Year</cell></row>"
            "<row><cell role=\"label\">Bell</cell><cell>1937</cell></row></table>");
}

TEST(MarkupWriter, ACellThatStartsATableEndsTheOneBefore) {
  Document doc;
  doc.blocks = {cell("a", true, false, true), cell("b", true, false, true)};
  const std::string tei = written(doc).tei;
  EXPECT_EQ(element(tei, "//*[local-name()='div']"),
            "<div><table xml:id=\"m-tab1\"><row><cell>a</cell></row></table>"
            "<table xml:id=\"m-tab2\"><row><cell>b</cell></row></table></div>");
}

TEST(MarkupWriter, AFigureIsItsGraphicAndItsCaptionAsHead) {
  Document doc;
  doc.blocks = {figure("images/Furr Efanov.jpg", "Bell in 1937", {Span{0, 4, PersonMention{}}})};
  EXPECT_EQ(element(written(doc).tei, "//*[local-name()='figure']"),
            "<figure xml:id=\"m-fig1\"><graphic url=\"images/Furr%20Efanov.jpg\"/>"
            "<head><persName>Bell</persName> in 1937</head></figure>");
}

TEST(MarkupHeader, TheHeaderSaysWhatTheTextWasConvertedFromAndWhatWasLeftOut) {
  const std::string tei = written(all_markup()).tei;
  EXPECT_EQ(element(tei, "//*[local-name()='editorialDecl']"),
            "<editorialDecl><p>The text was converted from a Markdown (CommonMark) file: its emphasis and other "
            "typography are kept as hi (with @rend), its links as ref, its tables and images as table and figure, "
            "its notes at their calls.</p><p>Left out of the source file: 2 comments; the page's navigation.</p>"
            "</editorialDecl>");
  EXPECT_EQ(element(tei, "//*[local-name()='change']"),
            "<change>TEI encoding generated by Editio from the Markdown (CommonMark) file essay.md.</change>");
  // plain text, as before
  Document plain;
  plain.blocks = {block(BlockKind::Paragraph, "Text.")};
  const std::string plain_tei = written(plain).tei;
  EXPECT_EQ(element(plain_tei, "//*[local-name()='change']"),
            "<change>TEI encoding generated by Editio from the plain text essay.md.</change>");
  EXPECT_EQ(element(plain_tei, "//*[local-name()='editorialDecl']"),
            "<editorialDecl><p>The text is transcribed from the source without intervention.</p></editorialDecl>");
}

TEST(MarkupSchema, ADocumentWithAllTheMarkupIsValidForEditioAndTeiAll) {
  const std::string tei = written(all_markup()).tei;
  Diagnostics d, v;
  const Validator project((kSource / "schemas" / "editio.rng").string(), (kSource / "schemas" / "editio.sch").string(), d);
  ASSERT_TRUE(project.ok());
  EXPECT_TRUE(project.validate(tei, "m.xml", v)) << (v.items().empty() ? "" : v.items()[0].format()) << "\n" << tei;
  if (!sfs::exists(EDITIO_TEI_ALL)) GTEST_SKIP() << EDITIO_TEI_ALL << " is absent";
  const Validator tei_all(EDITIO_TEI_ALL, "", d);
  Diagnostics w;
  EXPECT_TRUE(tei_all.validate(tei, "m.xml", w)) << (w.items().empty() ? "" : w.items()[0].format());
}

TEST(MarkupHtml, HiRefTableAndFigureThroughTheDocumentStylesheet) {
  Diagnostics d;
  const Stylesheet html((kSource / "xslt" / "html" / "document.xsl").string(), d);
  ASSERT_TRUE(html.ok());
  std::string out;
  ASSERT_TRUE(html.transform(written(all_markup()).tei, "m.xml", {}, out, d));
  for (const char* expected :
       {"<i class=\"hi rend-italic\">it</i>", "<b class=\"hi rend-bold\">bf</b>",
        "<code class=\"hi rend-code\">a_b%</code>", "<u class=\"hi rend-underline\">ul</u>",
        "<s class=\"hi rend-strikethrough\">st</s>", "<sup class=\"hi rend-superscript\">2</sup>",
        "<sub class=\"hi rend-subscript\">2</sub>", "<span class=\"hi rend-smallcaps\">Sc</span>",
        // an external link opens nothing that could reach back; a bare URL shows itself
        "<a href=\"https://example.org/a%25_b?x=1&amp;y=~z#frag\" class=\"ref ref-external\" rel=\"noopener\">the ",
        "<a href=\"https://example.org/a_b#c\" class=\"ref ref-external ref-url\" rel=\"noopener\">"
        "https://example.org/a_b#c</a>",
        "<a href=\"#m-p1\" class=\"ref\">above</a>",
        // header cells are th
        "<th>Name</th>", "<th>Year &amp; place</th>", "<th>Bell</th>",
        // the image of an absolute URL, with its caption; a path of the source is not an image
        "<img src=\"https://example.org/photo.jpg\" loading=\"lazy\" alt=\"A photo\"><figcaption>A <i",
        "<p class=\"graphic-path\">Image: <code>images/Furr%20Efanov.jpg</code></p>"})
    EXPECT_NE(out.find(expected), std::string::npos) << "the HTML lacks " << expected;
  EXPECT_EQ(out.find("<img src=\"images/"), std::string::npos) << "a broken image";
}

namespace {

const sfs::path kLatexExpected = kSource / "tests" / "spec" / "latex" / "expected" / "markup.tex";

std::string latex_of_all_markup() {
  Diagnostics d;
  const Stylesheet latex((kSource / "xslt" / "latex" / "document.xsl").string(), d);
  EXPECT_TRUE(latex.ok());
  std::string tex;
  EXPECT_TRUE(latex.transform(written(all_markup()).tei, "m.xml", {}, tex, d))
      << (d.items().empty() ? "" : d.items()[0].format());
  return tex;
}

}  // namespace

// The print of the markup: tests/spec/latex/expected/markup.tex
// (EDITIO_UPDATE_GOLDEN=1 rewrites it; review the diff).
TEST(LatexGoldenMarkup, HiRefTableAndFigure) {
  const std::string tex = latex_of_all_markup();
  std::string why;
  if (std::getenv("EDITIO_UPDATE_GOLDEN")) {
    ASSERT_TRUE(fs::write_atomic(kLatexExpected.string(), tex, why)) << why;
    return;
  }
  std::string expected;
  ASSERT_TRUE(fs::read_file(kLatexExpected.string(), expected, why)) << why;
  EXPECT_EQ(tex, expected) << "EDITIO_UPDATE_GOLDEN=1 rewrites " << kLatexExpected;
}

// Typeset for real: XeLaTeX succeeds, and the PDF shows the link's address
// with % _ # & ~ as written, the table's cells and the figure's caption.
TEST(LatexGoldenMarkupPdf, TheMarkupTypesets) {
  if (run_command({"xelatex", "--version"}, "/", "/dev/null") != 0) GTEST_SKIP() << "xelatex is not installed";
  if (run_command({"pdftotext", "-v"}, "/", "/dev/null") != 0) GTEST_SKIP() << "pdftotext is not installed";
  std::string tmpl = (sfs::temp_directory_path() / "editio-markup.XXXXXX").string();
  const sfs::path dir = mkdtemp(tmpl.data());
  const std::string tex_path = (dir / "m.tex").string(), pdf = (dir / "m.pdf").string();
  std::string why;
  ASSERT_TRUE(fs::write_atomic(tex_path, latex_of_all_markup(), why)) << why;
  TypesetOptions o;
  o.texinputs = (kSource / "xslt" / "latex").string();
  Diagnostics d;
  ASSERT_TRUE(typeset(tex_path, (dir / "work").string(), pdf, "m.xml", o, d))
      << (d.items().empty() ? "" : d.items()[0].format());
  EXPECT_TRUE(d.empty()) << d.items()[0].format();
  const std::string txt = (dir / "m.txt").string();
  ASSERT_EQ(run_command({"pdftotext", "-enc", "UTF-8", pdf, txt}, dir.string(), (dir / "pdftotext.log").string()), 0);
  std::string raw, text;  // without white space: a line may break anywhere in an address
  ASSERT_TRUE(fs::read_file(txt, raw, why)) << why;
  for (char c : raw)
    if (c != ' ' && c != '\n' && c != '\t' && c != '\f') text += c;
  for (std::string s : {"a_b%", "the Bell page (https://example.org/a%25_b?x=1&y=~z#frag)", "https://example.org/a_b#c",
                        "Name", "Year & place", "1937 Moscow", "A photo [https://example.org/photo.jpg]",
                        "[images/Furr%20Efanov.jpg]", "A note.", "A note in a cell."})
  {
    s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
    EXPECT_NE(text.find(s), std::string::npos) << "the PDF's text lacks: " << s << "\n" << raw;
  }
  std::error_code ec;
  if (!std::getenv("EDITIO_KEEP_TEMP")) sfs::remove_all(dir, ec);
}
