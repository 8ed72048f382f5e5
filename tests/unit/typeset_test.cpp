// The XeLaTeX step (render/typeset): reading TeX logs for their errors, and,
// with the real xelatex (skipped when it is not installed), the diagnostic
// of a failing document, the number of passes and the index.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <unistd.h>

#include "render/typeset.hpp"
#include "util/fs.hpp"

using namespace editio;
namespace sfs = std::filesystem;

namespace {

std::string joined(const std::vector<std::string>& v) {
  std::string s;
  for (const auto& x : v) s += x + "\n";
  return s;
}

bool have_xelatex() {
  static const int rc = run_command({"xelatex", "--version"}, "/", "/dev/null");
  return rc == 0;
}

// A fresh directory for one test, removed afterwards.
struct TempDir {
  sfs::path path;
  TempDir() {
    std::string tmpl = (sfs::temp_directory_path() / "editio-typeset.XXXXXX").string();
    path = mkdtemp(tmpl.data());
  }
  ~TempDir() {
    std::error_code ec;
    if (!std::getenv("EDITIO_KEEP_TEMP")) sfs::remove_all(path, ec);
  }
  std::string write(const std::string& name, const std::string& text) const {
    std::string why;
    const std::string p = (path / name).string();
    EXPECT_TRUE(fs::write_atomic(p, text, why)) << why;
    return p;
  }
};

// Sets an environment variable for one test (kpathsea reads texmf.cnf
// variables such as shell_escape from the environment).
struct ScopedEnv {
  std::string name;
  ScopedEnv(const char* n, const char* v) : name(n) { setenv(n, v, 1); }
  ~ScopedEnv() { unsetenv(name.c_str()); }
};

}  // namespace

TEST(TexErrors, ErrorWithItsInputLine) {
  const std::string log =
      "(./doc.aux)\n"
      "! Undefined control sequence.\n"
      "<argument> \\foo \n"
      "                \n"
      "l.12 \\footnote{\\foo}\n"
      "                    more text\n"
      "The control sequence at the end of the top line\n";
  EXPECT_EQ(joined(tex_errors(log)),
            "! Undefined control sequence.\n<argument> \\foo\nl.12 \\footnote{\\foo}\n                    more text\n");
}

TEST(TexErrors, FileLineErrorsAndLatexAdvice) {
  const std::string log =
      "(/tmp/x/body.tex\n"
      "/tmp/x/body.tex:3: LaTeX Error: Environment foo undefined.\n"
      "\n"
      "See the LaTeX manual or LaTeX Companion for explanation.\n"
      "Type  H <return>  for immediate help.\n"
      " ...                                              \n"
      "                                                  \n"
      "l.3 \\begin{foo}\n"
      "Missing character: There is no ж in font cmr10!\n"
      "Missing character: There is no ж in font cmr10!\n"
      "Package fontspec Info: Font family 'x' created on input line 12.\n";
  EXPECT_EQ(joined(tex_errors(log)),
            "/tmp/x/body.tex:3: LaTeX Error: Environment foo undefined.\nl.3 \\begin{foo}\n"
            "Missing character: There is no ж in font cmr10!\n");
}

// A real failure: an undefined control sequence in a file the document
// \input's. One diagnostic, against the document's label, naming the body
// file and line, the TeX error, the input line, and the full log.
TEST(Typeset, ErrorInAnInputFileReadsWell) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex is not installed";
  TempDir t;
  const std::string body = t.write("body.tex", "First line of the body.\nsome text \\undefinedmacro{x} more\n");
  const std::string tex = t.write("doc.tex", "\\documentclass{article}\n\\begin{document}\nHello.\n\\input{" +
                                                 body + "}\n\\end{document}\n");
  Diagnostics d;
  int passes = 0;
  TypesetOptions o;
  EXPECT_FALSE(typeset(tex, (t.path / "work").string(), (t.path / "doc.pdf").string(), "texts/doc.txt", o, d,
                       &passes));
  EXPECT_EQ(passes, 1);
  ASSERT_EQ(d.items().size(), 1u);
  const Diagnostic& x = d.items()[0];
  EXPECT_EQ(x.severity, Severity::Error);
  EXPECT_EQ(x.file, "texts/doc.txt");
  const std::string& m = x.message;
  EXPECT_NE(m.find("XeLaTeX failed on " + tex + " (pass 1; full log: " + (t.path / "work" / "doc.log").string() + ")"),
            std::string::npos) << m;
  EXPECT_NE(m.find("\n    " + body + ":2: Undefined control sequence."), std::string::npos) << m;
  EXPECT_NE(m.find("\n    l.2 some text \\undefinedmacro\n"), std::string::npos) << m;
  EXPECT_NE(m.find("{x} more"), std::string::npos) << m;
  EXPECT_FALSE(sfs::exists(t.path / "doc.pdf"));
}

// An error in the document itself: its own path and line.
TEST(Typeset, ErrorInTheDocument) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex is not installed";
  TempDir t;
  const std::string tex = t.write("doc.tex", "\\documentclass{article}\n\\begin{document}\n\\begin{nosuchenv}\n"
                                             "\\end{nosuchenv}\n\\end{document}\n");
  Diagnostics d;
  EXPECT_FALSE(typeset(tex, (t.path / "work").string(), (t.path / "doc.pdf").string(), "doc", {}, d));
  ASSERT_EQ(d.items().size(), 1u);
  const std::string& m = d.items()[0].message;
  EXPECT_NE(m.find("\n    " + tex + ":3: LaTeX Error: Environment nosuchenv undefined."), std::string::npos) << m;
  EXPECT_NE(m.find("\n    l.3 \\begin{nosuchenv}"), std::string::npos) << m;
  EXPECT_EQ(m.find("See the LaTeX manual"), std::string::npos) << m;
}

// As many passes as the references need: a cross-reference settles on the
// second pass; run again on the same work directory, one pass confirms it.
TEST(Typeset, PassesUntilSettled) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex is not installed";
  TempDir t;
  const std::string tex =
      t.write("doc.tex", "\\documentclass{article}\n\\begin{document}\nSee page~\\pageref{x}.\\label{x}\n\\end{document}\n");
  const std::string work = (t.path / "work").string(), pdf = (t.path / "doc.pdf").string();
  Diagnostics d;
  int passes = 0;
  ASSERT_TRUE(typeset(tex, work, pdf, "doc", {}, d, &passes)) << (d.empty() ? "" : d.items()[0].format());
  EXPECT_EQ(passes, 2);
  EXPECT_TRUE(d.empty());
  EXPECT_TRUE(sfs::exists(pdf));
  ASSERT_TRUE(typeset(tex, work, pdf, "doc", {}, d, &passes));
  EXPECT_EQ(passes, 1);
  EXPECT_TRUE(d.empty());
}

// The part before "\csname endofdump\endcsname" becomes a format, made once
// and loaded by every pass of each document with that preamble; a .tex
// without the line is typeset without one.
TEST(Typeset, PreambleFormatMadeOnceAndLoaded) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex is not installed";
  TempDir t;
  const std::string preamble = "\\documentclass{article}\n\\usepackage{etoolbox}\n\\csname endofdump\\endcsname\n";
  const std::string a = t.write("a.tex", preamble + "\\begin{document}\nFirst.\n\\end{document}\n");
  const std::string b = t.write("b.tex", preamble + "\\begin{document}\nSecond.\n\\end{document}\n");
  const std::string plain = t.write("c.tex", "\\documentclass{article}\n\\begin{document}\nThird.\n\\end{document}\n");
  TypesetOptions options;
  options.format_dir = (t.path / "formats").string();
  Diagnostics d;
  for (const std::string& tex : {a, b, plain}) {
    const std::string stem = sfs::path(tex).stem().string();
    ASSERT_TRUE(typeset(tex, (t.path / stem).string(), (t.path / (stem + ".pdf")).string(), stem, options, d))
        << (d.empty() ? "" : d.items()[0].format());
    std::string log, why;
    ASSERT_TRUE(fs::read_file((t.path / stem / (stem + ".log")).string(), log, why));
    EXPECT_EQ(log.substr(0, log.find('\n')).find("format=editio-") != std::string::npos, tex != plain) << stem;
  }
  EXPECT_TRUE(d.empty());
  int formats = 0;
  for (const auto& e : sfs::directory_iterator(options.format_dir)) formats += e.path().extension() == ".fmt";
  EXPECT_EQ(formats, 1);
}

// A format that does not load (here: not a format at all) is not used:
// the PDF is made without it, and it goes, with a warning.
TEST(Typeset, BrokenFormatIsRemoved) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex is not installed";
  TempDir t;
  const std::string tex = t.write("a.tex", "\\documentclass{article}\n\\csname endofdump\\endcsname\n"
                                           "\\begin{document}\nText.\n\\end{document}\n");
  TypesetOptions options;
  options.format_dir = (t.path / "formats").string();
  Diagnostics d;
  const std::string pdf = (t.path / "a.pdf").string();
  ASSERT_TRUE(typeset(tex, (t.path / "w1").string(), pdf, "a", options, d));
  ASSERT_TRUE(d.empty());
  sfs::path fmt;
  for (const auto& e : sfs::directory_iterator(options.format_dir))
    if (e.path().extension() == ".fmt") fmt = e.path();
  ASSERT_FALSE(fmt.empty());
  t.write("formats/" + fmt.filename().string(), "not a format\n");
  ASSERT_TRUE(typeset(tex, (t.path / "w2").string(), pdf, "a", options, d)) << (d.empty() ? "" : d.items()[0].format());
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_NE(d.items()[0].message.find("failed with the preloaded preamble"), std::string::npos) << d.items()[0].message;
  EXPECT_FALSE(sfs::exists(fmt));
  EXPECT_TRUE(sfs::exists(pdf));
}

// A document whose .aux changes on every run never settles: the maximum
// is a warning, and the PDF is still made.
TEST(Typeset, MaximumPassesIsAWarning) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex is not installed";
  TempDir t;
  const std::string tex = t.write(
      "doc.tex",
      "\\documentclass{article}\n\\providecommand\\Runs{0}\n\\begin{document}\n\\makeatletter\n"
      "\\immediate\\write\\@auxout{\\gdef\\string\\Runs{\\the\\numexpr\\Runs+1\\relax}}\n\\makeatother\n"
      "Run \\Runs.\n\\end{document}\n");
  Diagnostics d;
  int passes = 0;
  TypesetOptions o;
  o.max_passes = 3;
  ASSERT_TRUE(typeset(tex, (t.path / "work").string(), (t.path / "doc.pdf").string(), "doc", o, d, &passes));
  EXPECT_EQ(passes, 3);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].severity, Severity::Warning);
  EXPECT_NE(d.items()[0].message.find("the references did not settle after 3 passes"), std::string::npos);
}

namespace {

const char* const kIndexed =
    "\\documentclass{article}\n\\usepackage{imakeidx}\n\\makeindex[name=persons,title=Persons]\n"
    "\\begin{document}\nAnn\\index[persons]{Bell, Ann} and Bob\\index[persons]{Cole, Bob}.\n"
    "\\printindex[persons]\n\\end{document}\n";

bool ind_lists(const sfs::path& work, const std::string& entry) {
  std::string ind, why;
  return fs::read_file((work / "persons.ind").string(), ind, why) && ind.find(entry) != std::string::npos;
}

}  // namespace

// imakeidx runs makeindex itself under restricted shell escape (TeX Live's
// default) ...
TEST(Typeset, IndexMadeByXelatex) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex is not installed";
  TempDir t;
  const std::string tex = t.write("doc.tex", kIndexed);
  Diagnostics d;
  ASSERT_TRUE(typeset(tex, (t.path / "work").string(), (t.path / "doc.pdf").string(), "doc", {}, d));
  EXPECT_TRUE(d.empty());
  EXPECT_TRUE(ind_lists(t.path / "work", "Cole, Bob"));
  EXPECT_FALSE(sfs::exists(t.path / "work" / "persons.makeindex.log"));
}

// ... and without it (shell escape off, or makeindex not allowed), Editio
// runs makeindex between the passes instead of losing the index.
TEST(Typeset, IndexWithoutShellEscape) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex is not installed";
  for (const auto& [var, value] : {std::pair{"shell_escape", "f"}, std::pair{"shell_escape_commands", "bibtex"}}) {
    ScopedEnv env(var, value);
    TempDir t;
    const std::string tex = t.write("doc.tex", kIndexed);
    Diagnostics d;
    int passes = 0;
    ASSERT_TRUE(typeset(tex, (t.path / "work").string(), (t.path / "doc.pdf").string(), "doc", {}, d, &passes))
        << var << ": " << (d.empty() ? "" : d.items()[0].format());
    EXPECT_TRUE(d.empty()) << var;
    EXPECT_TRUE(ind_lists(t.path / "work", "Cole, Bob")) << var;
    EXPECT_TRUE(sfs::exists(t.path / "work" / "persons.makeindex.log")) << var;
    EXPECT_GE(passes, 2) << var;  // the index is read by the pass after makeindex
  }
}

// When makeindex cannot run at all, the missing index is an error, not a
// silently shorter PDF.
TEST(Typeset, IndexWithoutMakeindexIsAnError) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex is not installed";
  ScopedEnv env("shell_escape", "f");
  TempDir t;
  const std::string tex = t.write("doc.tex", kIndexed);
  Diagnostics d;
  TypesetOptions o;
  o.makeindex = (t.path / "no-makeindex").string();
  EXPECT_FALSE(typeset(tex, (t.path / "work").string(), (t.path / "doc.pdf").string(), "doc", o, d));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_NE(d.items()[0].message.find("makeindex could not be started"), std::string::npos) << d.items()[0].message;
  EXPECT_NE(d.items()[0].message.find("the index would be missing"), std::string::npos);
}

namespace {

// A document whose .aux holds \@writefile lines (its contents).
const char* const kSections =
    "\\documentclass{article}\n\\begin{document}\n\\tableofcontents\n\\section{One}\nText one.\n"
    "\\section{Two}\nText two.\n\\end{document}\n";

// The .aux cut in the middle of its first \@writefile, as a kill -9 during a
// pass may leave it.
void truncate_aux(const sfs::path& aux) {
  std::string data, why;
  ASSERT_TRUE(fs::read_file(aux.string(), data, why)) << why;
  const std::size_t p = data.find("\\@writefile{toc}{");
  ASSERT_NE(p, std::string::npos) << data;
  ASSERT_TRUE(fs::write_atomic(aux.string(), data.substr(0, p + 20), why)) << why;
}

}  // namespace

// A build killed during a pass leaves no mark that the work directory is
// complete: the next typeset starts from nothing instead of failing on the
// truncated .aux ("File ended while scanning use of \@writefile").
TEST(Typeset, InterruptedRunDoesNotPoisonTheNext) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex is not installed";
  TempDir t;
  const std::string tex = t.write("doc.tex", kSections);
  const sfs::path work = t.path / "work";
  const std::string pdf = (t.path / "doc.pdf").string();
  Diagnostics d;
  ASSERT_TRUE(typeset(tex, work.string(), pdf, "doc", {}, d));
  truncate_aux(work / "doc.aux");
  sfs::remove(work / "editio-complete");  // what a run removes before its first pass
  Diagnostics again;
  EXPECT_TRUE(typeset(tex, work.string(), pdf, "doc", {}, again)) << (again.empty() ? "" : again.items()[0].format());
  EXPECT_EQ(again.errors(), 0u);
}

// Even auxiliaries a completed run left can fail the next text (another
// version of the stylesheets wrote them): one more try from nothing.
TEST(Typeset, FailureWithReusedAuxiliariesIsTriedAfresh) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex is not installed";
  TempDir t;
  const std::string tex = t.write("doc.tex", kSections);
  const sfs::path work = t.path / "work";
  const std::string pdf = (t.path / "doc.pdf").string();
  Diagnostics d;
  ASSERT_TRUE(typeset(tex, work.string(), pdf, "doc", {}, d));
  truncate_aux(work / "doc.aux");
  ASSERT_TRUE(sfs::exists(work / "editio-complete"));
  Diagnostics again;
  EXPECT_TRUE(typeset(tex, work.string(), pdf, "doc", {}, again)) << (again.empty() ? "" : again.items()[0].format());
  EXPECT_EQ(again.errors(), 0u);
}

// A PDF that could not be made again does not stay to stand for the new text.
TEST(Typeset, FailedTypesetRemovesTheOldPdf) {
  if (!have_xelatex()) GTEST_SKIP() << "xelatex is not installed";
  TempDir t;
  const std::string tex = t.write("doc.tex", kSections);
  const std::string work = (t.path / "work").string(), pdf = (t.path / "doc.pdf").string();
  Diagnostics d;
  ASSERT_TRUE(typeset(tex, work, pdf, "doc", {}, d));
  ASSERT_TRUE(sfs::exists(pdf));
  t.write("doc.tex", "\\documentclass{article}\n\\begin{document}\n\\undefinedcommand\n\\end{document}\n");
  Diagnostics failed;
  EXPECT_FALSE(typeset(tex, work, pdf, "doc", {}, failed));
  EXPECT_FALSE(sfs::exists(pdf));
}

// TeX's input buffer: long lines are broken where a line end reads as what
// was there.
TEST(TexLineLimit, ShortLinesAreLeftAlone) {
  std::string tex = "\\pstart a b c\\pend\n% a comment\n";
  EXPECT_TRUE(keep_tex_line_limit(tex, 20));
  EXPECT_EQ(tex, "\\pstart a b c\\pend\n% a comment\n");
}

TEST(TexLineLimit, BrokenAtSpaces) {
  std::string tex = "aaa bbb ccc ddd eee\nx\n";
  EXPECT_TRUE(keep_tex_line_limit(tex, 8));
  EXPECT_EQ(tex, "aaa bbb\nccc ddd\neee\nx\n");
}

TEST(TexLineLimit, NotAtAControlSpaceNorBeforeAnotherSpace) {
  std::string tex = "ab\\ cd  efgh";
  EXPECT_TRUE(keep_tex_line_limit(tex, 8));
  EXPECT_EQ(tex, "ab\\ cd \nefgh");
}

TEST(TexLineLimit, WithoutSpacesACommentJoinsTheLines) {
  std::string tex = "abcdefghijkl";
  EXPECT_TRUE(keep_tex_line_limit(tex, 5));
  EXPECT_EQ(tex, "abcd%\nefgh%\nijkl");
}

TEST(TexLineLimit, AControlWordIsNotSplit) {
  std::string tex = "x\\textbf{y}z";
  EXPECT_TRUE(keep_tex_line_limit(tex, 8));
  EXPECT_EQ(tex, "x%\n\\textbf%\n{y}z");
}

TEST(TexLineLimit, NothingInACommentIsBroken) {
  std::string tex = "ab % c d e f g h";
  EXPECT_FALSE(keep_tex_line_limit(tex, 4));
  std::string escaped = "a\\% b c d";
  EXPECT_TRUE(keep_tex_line_limit(escaped, 5));
  EXPECT_EQ(escaped, "a\\% b\nc d");
}

TEST(TexLineLimit, UnicodeCharactersAreNotSplit) {
  std::string tex = "яяяяяя";  // 12 bytes
  EXPECT_TRUE(keep_tex_line_limit(tex, 5));
  EXPECT_EQ(tex, "яя%\nяя%\nяя");
}
