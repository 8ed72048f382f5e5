// The whole-edition book: a TeX error is traced to the document whose body
// raised it (from the markers edition.xsl writes around each body, or the
// body file named by -file-line-error), also in a real XeLaTeX run.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include "render/book.hpp"
#include "driver/build.hpp"
#include "test_files.hpp"
#include "util/fs.hpp"

using namespace editio;
using editio::test::read;
using editio::test::write;
namespace sfs = std::filesystem;

namespace {

bool have_xelatex() { return std::system("xelatex --version >/dev/null 2>&1") == 0; }

}  // namespace

TEST(BookLog, ErrorInsideABodyNamesItsDocument) {
  const std::string log =
      "editio-book: begin document first-letter\n"
      "(/out/print/first-letter.body.tex)\n"
      "editio-book: end document first-letter\n"
      "editio-book: begin document second_report\n"
      "(/out/print/second_report.body.tex\n"
      "! Undefined control sequence.\n"
      "l.12 \\pstart\\nosuch\n";
  EXPECT_EQ(book_error_document(log), "second_report");
}

TEST(BookLog, FileLineErrorNamesTheBodyFile) {
  const std::string log =
      "editio-book: begin document a\n"
      "(/out/print/a.body.tex)\n"
      "editio-book: end document a\n"
      "editio-book: begin document b.v2\n"
      "(/out/print/b.v2.body.tex\n"
      "/out/print/b.v2.body.tex:7: Undefined control sequence.\n";
  EXPECT_EQ(book_error_document(log), "b.v2");
}

TEST(BookLog, ErrorInAPackageWhileReadingABody) {
  const std::string log =
      "editio-book: begin document c\n"
      "(/out/print/c.body.tex\n"
      "Overfull \\hbox (1.0pt too wide) in paragraph at lines 3--4\n"
      "[]\\TU/LinuxLibertineO(0)/m/n/10.95 met at 10:30: that day\n"
      "/usr/share/texlive/texmf-dist/tex/latex/reledmac/reledmac.sty:1234: Package reledmac Error: x.\n";
  EXPECT_EQ(book_error_document(log), "c");
}

TEST(BookLog, ErrorOutsideTheBodies) {
  EXPECT_EQ(book_error_document("editio-book: begin document a\neditio-book: end document a\n"
                                "editio-book: list of sources\n! Missing $ inserted.\n"),
            "");
  EXPECT_EQ(book_error_document("! LaTeX Error: File `x.sty' not found.\n"), "");
  EXPECT_EQ(book_error_document("editio-book: begin document a\nno error at all\n"), "");
}

// A real book: two documents built with --formats tei,tex, then a bad macro
// put into the second one's body file; XeLaTeX's error names that document.
TEST(BookTypeset, TexErrorInABodyIsReportedAgainstItsDocument) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex not installed";
  const sfs::path d = test::temp_dir("book-error");
  write(d / "src" / "texts" / "one.txt", "A first text, in English.\n");
  write(d / "src" / "texts" / "two.txt", "Второй текст, по-русски.\n");
  write(d / "src" / "manifest.toml",
        "[edition]\ntitle = \"A small edition\"\neditors = [{ id = \"ed\", name = \"E. Editor\" }]\n"
        "publisher = \"P\"\nlicence = \"CC0\"\nlanguage = \"en\"\n"
        "[[document]]\nid = \"one\"\nfile = \"texts/one.txt\"\ntitle = \"One\"\nlanguage = \"en\"\n"
        "[[document]]\nid = \"two\"\nfile = \"texts/two.txt\"\ntitle = \"Два\"\nlanguage = \"ru\"\n");
  BuildOptions bo;
  bo.home = default_home();
  bo.sources_dir = (d / "src").string();
  bo.out_dir = (d / "out").string();
  bo.formats = {Format::Tei, Format::Tex};
  bo.jobs = 1;
  std::ostringstream build_log;
  ASSERT_EQ(run_build(bo, build_log), 0) << build_log.str();
  const sfs::path print = d / "out" / "print";
  const std::string book = read(print / "edition.tex");
  ASSERT_NE(book.find("\\input{one.body.tex}"), std::string::npos);
  ASSERT_NE(book.find("\\input{two.body.tex}"), std::string::npos);
  EXPECT_FALSE(sfs::exists(print / "edition.pdf"));  // tex only: not typeset

  std::string body = read(print / "two.body.tex");
  const std::size_t at = body.find("\\beginnumbering");
  ASSERT_NE(at, std::string::npos);
  body.insert(at, "\\EditioNoSuchMacro\n");
  write(print / "two.body.tex", body);

  BookOptions opt;
  opt.home = default_home();
  opt.print_dir = print.string();
  std::vector<BookDocument> docs;
  for (const char* id : {"one", "two"}) {
    BookDocument b;
    b.id = id;
    b.label = (d / "src" / "texts" / (std::string(id) + ".txt")).string();
    b.ok = true;
    docs.push_back(b);
  }
  Diagnostics diags;
  EXPECT_FALSE(typeset_book(opt, docs, diags));
  ASSERT_EQ(diags.errors(), 1u);
  const Diagnostic& e = diags.items().front();
  EXPECT_EQ(e.file, docs[1].label);
  EXPECT_NE(e.message.find("document 'two'"), std::string::npos) << e.message;
  EXPECT_NE(e.message.find("EditioNoSuchMacro"), std::string::npos) << e.message;
  sfs::remove_all(d);
}
