// Paths and special files (issue 19): where the manifest may take files from,
// where outputs may go, what the sweep of leftovers may remove, which files
// are read at all, and which document ids name files.
#include <gtest/gtest.h>

#include <fstream>
#include <sys/stat.h>

#include <filesystem>
#include <string>

#include "edition/manifest.hpp"
#include "test_files.hpp"
#include "util/fs.hpp"
#include "util/interrupt.hpp"
#include "util/paths.hpp"

using namespace editio;
namespace sfs = std::filesystem;

namespace {

// A manifest in `dir` with one document naming `file` (and [edition] lines).
std::optional<Edition> manifest_naming(const sfs::path& dir, const std::string& file, Diagnostics& d,
                                       const std::string& edition_lines = "") {
  return parse_manifest((dir / "manifest.toml").string(),
                        "[edition]\ntitle = \"T\"\neditors = [{ id = \"ed\", name = \"E\" }]\npublisher = \"P\"\n"
                        "licence = \"CC0\"\n" + edition_lines +
                            "[[document]]\nid = \"d\"\nfile = \"" + file + "\"\ntitle = \"D\"\nlanguage = \"en\"\n",
                        d);
}

}  // namespace

TEST(Ids, AnyScriptIsAnXmlName) {
  EXPECT_TRUE(is_ncname("письмо-1936.08"));
  EXPECT_TRUE(is_ncname("Ελληνικά"));
  EXPECT_TRUE(is_ncname("_x·y"));
  EXPECT_TRUE(is_ncname("d\xCC\x81"));  // a combining mark after the first letter
  EXPECT_FALSE(is_ncname("1936-letter"));
  EXPECT_FALSE(is_ncname("-a"));
  EXPECT_FALSE(is_ncname("a:b"));
  EXPECT_FALSE(is_ncname("a b"));
  EXPECT_FALSE(is_ncname("a/b"));
  EXPECT_FALSE(is_ncname("\xCC\x81"));  // a combining mark cannot start a name
  EXPECT_FALSE(is_ncname("a\xFF"));
  EXPECT_FALSE(is_ncname(""));
}

TEST(Ids, TooLongForAFileNameIsAnErrorAtItsLine) {
  const sfs::path dir = test::temp_dir("ids-long");
  Diagnostics d;
  const std::string id(kMaxIdBytes + 1, 'a');
  auto ed = parse_manifest((dir / "manifest.toml").string(),
                           "[edition]\ntitle = \"T\"\neditors = [{ id = \"ed\", name = \"E\" }]\npublisher = \"P\"\n"
                           "licence = \"CC0\"\n[[document]]\nid = \"" + id + "\"\nfile = \"d.txt\"\ntitle = \"D\"\n"
                           "language = \"en\"\n",
                           d);
  EXPECT_FALSE(ed);
  ASSERT_EQ(d.errors(), 1u);
  EXPECT_EQ(d.items()[0].pos.line, 6u);
  EXPECT_NE(d.items()[0].message.find("at most 200 bytes"), std::string::npos) << d.items()[0].message;
  sfs::remove_all(dir);
}

TEST(Paths, RealResolvesLinksDotsAndDanglingLinks) {
  const sfs::path dir = test::temp_dir("paths-real");
  const std::string root = paths::real(dir.string());
  sfs::create_directories(dir / "a");
  sfs::create_symlink("/nonexistent-editio-target", dir / "dangling");
  sfs::create_symlink(dir / "a", dir / "link");
  EXPECT_EQ(paths::real((dir / "a" / ".." / "a" / "x.txt").string()), root + "/a/x.txt");
  EXPECT_EQ(paths::real((dir / "link" / "x.txt").string()), root + "/a/x.txt");
  EXPECT_EQ(paths::real((dir / "dangling").string()), "/nonexistent-editio-target");
  EXPECT_TRUE(paths::within(root + "/a/x.txt", root));
  EXPECT_TRUE(paths::within(root, root));
  EXPECT_FALSE(paths::within(root + "-other/x", root));  // whole components, not a string prefix
  EXPECT_FALSE(paths::within(root, root + "/a"));
  sfs::remove_all(dir);
}

TEST(Paths, ALinkToAFileWithATrailingSlashIsNotThatFile) {
  // found by fuzz.paths: "fz -> a.txt/" opens nothing (ENOTDIR), so convert -o fz is not "the input"
  const sfs::path dir = test::temp_dir("paths-slash");
  std::ofstream(dir / "a.txt") << "A text.\n";
  sfs::create_symlink("a.txt/", dir / "fz");
  EXPECT_FALSE(paths::same_file((dir / "fz").string(), (dir / "a.txt").string()));
  EXPECT_NE(paths::real((dir / "fz").string()), paths::real((dir / "a.txt").string()));
  sfs::create_directories(dir / "d");
  sfs::create_symlink("d/", dir / "fd");  // on a folder the slash changes nothing
  EXPECT_EQ(paths::real((dir / "fd").string()), paths::real((dir / "d").string()));
  sfs::remove_all(dir);
}

TEST(Paths, ManifestFilesStayInTheSourcesFolder) {
  const sfs::path dir = test::temp_dir("paths-manifest");
  test::write(dir / "src" / "texts" / "in.txt", "A text.\n");
  test::write(dir / "outside" / "secret.txt", "secret\n");
  sfs::create_symlink(dir / "outside" / "secret.txt", dir / "src" / "texts" / "link.txt");
  for (const std::string file : {"../outside/secret.txt", "texts/../../outside/secret.txt", "/etc/passwd",
                                 "/proc/self/environ", "texts/link.txt"}) {
    Diagnostics d;
    auto ed = manifest_naming(dir / "src", file, d);
    ASSERT_TRUE(ed) << file;  // the document fails, not the manifest
    EXPECT_TRUE(ed->documents[0].path.empty()) << file;
    EXPECT_NE(ed->documents[0].refused.find("is outside the sources folder"), std::string::npos) << file;
    EXPECT_EQ(ed->documents[0].file_pos.line, 8u) << file;
  }
  Diagnostics d;
  auto ed = manifest_naming(dir / "src", "texts/in.txt", d);
  ASSERT_TRUE(ed);
  EXPECT_TRUE(ed->documents[0].refused.empty());
  EXPECT_EQ(ed->documents[0].path, (dir / "src" / "texts" / "in.txt").string());
  // An allowed folder outside.
  auto allowed = manifest_naming(dir / "src", "../outside/secret.txt", d, "allow_paths = [\"../outside\"]\n");
  ASSERT_TRUE(allowed);
  EXPECT_TRUE(allowed->documents[0].refused.empty()) << allowed->documents[0].refused;
  sfs::remove_all(dir);
}

TEST(Paths, OutputsNeverOnOrInsideASource) {
  const sfs::path dir = test::temp_dir("paths-output");
  sfs::create_directories(dir / "ed" / "src");
  const std::vector<std::string> roots{paths::real((dir / "ed" / "src").string())};
  EXPECT_NE(paths::output_conflict((dir / "ed" / "src").string(), roots), "");
  EXPECT_NE(paths::output_conflict((dir / "ed" / "src" / "texts").string(), roots), "");
  EXPECT_EQ(paths::output_conflict((dir / "ed").string(), roots), "");  // the sources beside its entries
  EXPECT_EQ(paths::output_conflict((dir / "out").string(), roots), "");
  const std::vector<std::string> in_tei{paths::real((dir / "ed" / "tei" / "src").string())};
  EXPECT_NE(paths::output_conflict((dir / "ed").string(), in_tei), "");
  sfs::create_directories(dir / "out2");
  sfs::create_symlink(dir / "ed" / "src", dir / "out2" / "print");
  EXPECT_NE(paths::output_conflict((dir / "out2").string(), roots), "");
  EXPECT_NE(paths::output_in_roots((dir / "ed" / "src" / "stats.json").string(), roots), "");
  EXPECT_EQ(paths::output_in_roots((dir / "stats.json").string(), roots), "");
  sfs::remove_all(dir);
}

TEST(ReadFile, SpecialFilesAreRefusedBeforeAByteIsRead) {
  const sfs::path dir = test::temp_dir("paths-special");
  const std::string fifo = (dir / "fifo").string();
  ASSERT_EQ(::mkfifo(fifo.c_str(), 0644), 0);
  std::string data, why;
  EXPECT_FALSE(fs::read_file(fifo, data, why));  // returns at once: no writer is waited for
  EXPECT_EQ(why, "it is a FIFO (named pipe), not a regular file");
  EXPECT_FALSE(fs::read_file("/dev/zero", data, why));
  EXPECT_EQ(why, "it is a character device, not a regular file");
  EXPECT_FALSE(fs::read_file(dir.string(), data, why));
  EXPECT_EQ(why, "it is a directory, not a regular file");
  test::write(dir / "big.txt", std::string(3 << 20, 'x'));
  EXPECT_FALSE(fs::read_file((dir / "big.txt").string(), data, why, 2 << 20));
  EXPECT_EQ(why, "it is larger than 2 MB, more than a text can be");
  EXPECT_TRUE(data.empty());
  EXPECT_TRUE(fs::read_file((dir / "big.txt").string(), data, why));
  EXPECT_EQ(data.size(), std::size_t{3} << 20);
  sfs::remove_all(dir);
}

TEST(Sweep, RemovesOnlyTheTemporariesItsJournalRecords) {
  const sfs::path dir = test::temp_dir("paths-sweep");
  const sfs::path out = dir / "out";
  std::string why;
  sfs::create_directories(out / ".editio");  // as the build makes it
  ASSERT_EQ(interrupt::sweep_temporaries(out.string(), {}, why), 0u);  // starts the journal
  ASSERT_TRUE(why.empty()) << why;
  // A file written now is recorded before its temporary exists.
  fs::AtomicFile f;
  ASSERT_TRUE(f.open((out / "tei" / "a.xml").string(), why)) << why;
  const std::string journal = test::read(out / ".editio" / "temporaries");
  EXPECT_NE(journal.find((out / "tei" / "a.xml.tmp.").string()), std::string::npos) << journal;
  ASSERT_TRUE(f.commit(why)) << why;
  interrupt::close_journal();
  EXPECT_EQ(test::read(out / ".editio" / "temporaries"), "");  // emptied when the build is done

  // What a killed build left: one recorded temporary; files named like temporaries that were not recorded.
  const sfs::path left = out / "tei" / "b.xml.tmp.999999999.3";
  const sfs::path user = out / "notes.tmp.4242.1";
  const sfs::path source = out / "src" / "texts" / "c.txt.tmp.1.2";
  for (const auto& p : {left, user, source}) test::write(p, "x");
  test::write(out / ".editio" / "temporaries", left.string() + "\n" + source.string() + "\n/etc/passwd\n");
  const std::vector<std::string> keep{paths::real((out / "src").string())};
  EXPECT_EQ(interrupt::sweep_temporaries(out.string(), keep, why), 1u);
  EXPECT_FALSE(sfs::exists(left));
  EXPECT_TRUE(sfs::exists(user));
  EXPECT_TRUE(sfs::exists(source));
  interrupt::close_journal();
  EXPECT_TRUE(interrupt::is_temporary_name("a.xml.tmp.12.3"));
  EXPECT_FALSE(interrupt::is_temporary_name("minutes.tmp.1936.08.25"));
  EXPECT_FALSE(interrupt::is_temporary_name("passwd"));
  sfs::remove_all(dir);
}
