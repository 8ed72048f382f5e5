// Golden tests of the print route: small TEI inputs transformed by
// xslt/latex/document.xsl (in process, with libxslt, as the build does) must
// give exactly the LaTeX in tests/spec/latex/expected/<case>.tex. (Whole
// documents, not spec examples: the LaTeX is one document whose preamble
// follows from the whole TEI, its header and its languages.)
// To accept a deliberate change: EDITIO_UPDATE_GOLDEN=1 ctest -R LatexGolden,
// then review the diff of tests/spec/latex/expected/ before committing.
//
// The cases: the author's and the editor's notes (series A and B), the
// apparatus of corrections (also merged with the editor's note on them, and
// inline), gaps, insertions, a Russian letter (polyglossia, Cyrillic note
// letters, dateline and signature flush right), an English archival file,
// converter output (the TEI of examples of tests/spec/), the index of
// persons, and LaTeX's special characters everywhere text is written
// (tests/spec/latex/specials.xml), which are also typeset: xelatex must
// succeed and the PDF's text must show each character as written.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <unistd.h>

#include "render/stylesheet.hpp"
#include "render/typeset.hpp"
#include "spec_examples.hpp"
#include "util/fs.hpp"

using namespace editio;
namespace sfs = std::filesystem;

namespace {

const sfs::path kTests = sfs::path(EDITIO_TEST_DATA).parent_path();
const sfs::path kXslt = sfs::path(EDITIO_SOURCE_DIR) / "xslt" / "latex";

const Stylesheet& document_xsl() {
  static Diagnostics d;
  static const std::unique_ptr<Stylesheet> sheet =
      std::make_unique<Stylesheet>((kXslt / "document.xsl").string(), d);
  EXPECT_TRUE(sheet->ok()) << (d.items().empty() ? "" : d.items()[0].format());
  return *sheet;
}

std::string latex_of_xml(const std::string& xml, const std::string& path,
                         const std::map<std::string, std::string>& params) {
  std::string tex;
  Diagnostics d;
  EXPECT_TRUE(document_xsl().transform(xml, path, params, tex, d))
      << (d.items().empty() ? "" : d.items()[0].format());
  return tex;
}

std::string latex_of(const std::string& input, const std::map<std::string, std::string>& params) {
  std::string xml, why;
  const std::string path = (kTests / input).string();
  EXPECT_TRUE(fs::read_file(path, xml, why)) << path << ": " << why;
  return latex_of_xml(xml, path, params);
}

// The TEI of document `doc` of example `number` of tests/spec/<area>.md, as the converter writes it.
std::string converted(const std::string& area, int number, const std::string& doc) {
  std::string error;
  const auto examples = spec::read_area(area, error);
  EXPECT_EQ(error, "");
  if (static_cast<int>(examples.size()) < number) return "";
  const spec::Result r = spec::convert(examples[static_cast<std::size_t>(number - 1)]);
  EXPECT_EQ(r.failure, "");
  return r.tei.count(doc) ? r.tei.at(doc) : "";
}

void check_tex(const std::string& name, const std::string& input, const std::string& tex) {
  ASSERT_FALSE(tex.empty());
  const std::string expected_path = (kTests / "spec" / "latex" / "expected" / (name + ".tex")).string();
  std::string expected, why;
  if (std::getenv("EDITIO_UPDATE_GOLDEN")) {
    ASSERT_TRUE(fs::write_atomic(expected_path, tex, why)) << why;
    return;
  }
  ASSERT_TRUE(fs::read_file(expected_path, expected, why)) << expected_path << ": " << why;
  EXPECT_EQ(tex, expected) << "LaTeX for " << input << " differs from " << expected_path
                           << " (EDITIO_UPDATE_GOLDEN=1 rewrites it; review the diff)";
}

void check_case(const std::string& name, const std::string& input,
                const std::map<std::string, std::string>& params = {}) {
  check_tex(name, input, latex_of(input, params));
}

// A converted spec example through the stylesheet.
void check_converted(const std::string& name, const std::string& area, int number, const std::string& doc,
                     const std::map<std::string, std::string>& params = {}) {
  const std::string tei = converted(area, number, doc);
  ASSERT_FALSE(tei.empty());
  const std::string input = "tests/spec/" + area + ".md, example " + std::to_string(number);
  check_tex(name, input, latex_of_xml(tei, (kTests / (doc + ".xml")).string(), params));
}

}  // namespace

// A Russian letter: opener (dateline, address, salute) and closer (salute,
// signature), the author's note (A, two paragraphs) and the editor's (B,
// lettered in Cyrillic), a correction, a gap without description, an
// English paragraph, a nested division, specials and Unicode spaces.
TEST(LatexGolden, RussianLetter) { check_case("features", "latex/features.xml"); }
TEST(LatexGolden, EditorNotesInTheApparatus) {
  check_case("features-apparatus", "latex/features.xml", {{"editor-notes", "apparatus"}});
}
// A Russian archival document: msDesc cited in the title block, the editor's
// note merged into the apparatus entry of its correction, one insertion note
// for two insertions of one hand.
TEST(LatexGolden, RussianArchivalMerged) {
  check_case("archival-ru", "latex/archival-ru.xml", {{"targeted-notes", "merge"}});
}
// An English archival file: headnote, three texts, corrections and a gap
// with a description in the apparatus, insertions, a letter with addresses
// and a postscript, the colophon.
TEST(LatexGolden, EnglishArchival) { check_case("archival-en", "data/contract/sample-archival.xml"); }
TEST(LatexGolden, EnglishArchivalInline) {
  check_case("archival-en-inline", "data/contract/sample-archival.xml",
             {{"corrections", "inline"}, {"insertion-notes", "all"}});
}
// What the converter writes (examples of tests/spec/).
TEST(LatexGolden, ConvertedNotes) { check_converted("notes-en", "notes", 1, "notes"); }
TEST(LatexGolden, ConvertedPersonsRussianIndex) {
  check_converted("persons-ru", "persons", 1, "persons-ru", {{"index-lang", "ru"}});
}
TEST(LatexGolden, SpecialCharacters) { check_case("specials", "spec/latex/specials.xml"); }

// The special characters typeset: the golden LaTeX goes through XeLaTeX
// without an error or a missing glyph, and the PDF's text shows every
// character as the TEI has it.
TEST(LatexGoldenPdf, SpecialCharactersTypeset) {
  if (run_command({"xelatex", "--version"}, "/", "/dev/null") != 0) GTEST_SKIP() << "xelatex is not installed";
  if (run_command({"pdftotext", "-v"}, "/", "/dev/null") != 0) GTEST_SKIP() << "pdftotext is not installed";
  std::string tmpl = (sfs::temp_directory_path() / "editio-latex-golden.XXXXXX").string();
  const sfs::path dir = mkdtemp(tmpl.data());
  const std::string tex_path = (dir / "specials.tex").string(), pdf = (dir / "specials.pdf").string();
  std::string why;
  ASSERT_TRUE(fs::write_atomic(tex_path, latex_of("spec/latex/specials.xml", {}), why)) << why;
  TypesetOptions o;
  o.texinputs = kXslt.string();
  Diagnostics d;
  ASSERT_TRUE(typeset(tex_path, (dir / "work").string(), pdf, "specials.xml", o, d))
      << (d.items().empty() ? "" : d.items()[0].format());
  EXPECT_TRUE(d.empty()) << d.items()[0].format();  // no missing character, settled
  const std::string txt_path = (dir / "specials.txt").string();
  ASSERT_EQ(run_command({"pdftotext", "-enc", "UTF-8", pdf, txt_path}, dir.string(), (dir / "pdftotext.log").string()),
            0);
  std::string raw, text;
  ASSERT_TRUE(fs::read_file(txt_path, raw, why)) << why;
  for (char c : raw) {  // whitespace folded
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\f';
    if (!space) text += c;
    else if (!text.empty() && text.back() != ' ') text += ' ';
  }
  for (const char* s : {"Specials # $ % & ~ _ ^ \\ { } [ ]", "[Sub] 100% \\relax", "A_B #1",
                        "Source 50% & \\cite{x} [p. 5]", "[Head] $x^2$ and 100%",
                        "[1] Opening bracket; # $ % & ~ _ ^ \\ { } and \\par \\\\ \\relax -- `` '' << !` ?` end.",
                        "italic[after hi] Name[after name] 1936*[after date] слово[после] a note",
                        "[Note] 50% of $5 & #3 {x} ~y ^z _w \\path.", "right {1}[after edtext] and a gap […][after gap]",
                        "right {1} ] w_rong #1 source", "[…] Torn: 50% & [more]", "[a]. Item [a] \\ backslash",
                        "Ed. note ~ ^ [brackets].", "¶ [2]",
                        // quotation marks supplied by the language of the sentence, not doubled
                        "Marks supplied: “yes ‘and’ no”; kept: “maybe” and “so”; “да”; indirect.",
                        "Кавычки: «да „и“ нет», «yes»."})
    EXPECT_NE(text.find(s), std::string::npos) << "the PDF's text lacks: " << s << "\n" << text;
  std::error_code ec;
  if (!std::getenv("EDITIO_KEEP_TEMP")) sfs::remove_all(dir, ec);
}
