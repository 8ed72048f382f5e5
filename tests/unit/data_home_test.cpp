// Where the data folder is found: --home first, then the installed data
// beside the program (so a moved install still works), then $EDITIO_HOME,
// then the source tree; and the one line that says what is missing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "driver/data_home.hpp"
#include "test_files.hpp"

using namespace editio;
namespace sfs = std::filesystem;

namespace {

// A prefix with bin/ and, when `installed`, the data folder where an install puts it.
struct Prefix {
  sfs::path root, bin, data;
  Prefix(const std::string& name, bool installed)
      : root(test::temp_dir(name)), bin(root / "bin"), data(installed_data_dir(bin.string())) {
    sfs::create_directories(bin);
    if (installed) {
      test::write(data / "schemas" / "editio.rng", "<grammar/>");
      test::write(data / "schemas" / "editio.sch", "<schema/>");
      sfs::create_directories(data / "xslt");
    }
  }
  ~Prefix() { sfs::remove_all(root); }
};

// Sets $EDITIO_HOME (unset for nullptr) for one test, and restores it.
struct HomeVariable {
  std::string saved;
  bool had;
  explicit HomeVariable(const char* value) {
    const char* old = std::getenv("EDITIO_HOME");
    had = old != nullptr;
    if (had) saved = old;
    if (value) ::setenv("EDITIO_HOME", value, 1); else ::unsetenv("EDITIO_HOME");
  }
  ~HomeVariable() {
    if (had) ::setenv("EDITIO_HOME", saved.c_str(), 1); else ::unsetenv("EDITIO_HOME");
  }
};

}  // namespace

TEST(DataHome, TheOptionWinsOverEverything) {
  Prefix p("data-home-option", true);
  HomeVariable env("/elsewhere");
  const DataHome h = find_data_home("/my/data", p.bin.string());
  EXPECT_EQ(h.path, "/my/data");
  EXPECT_EQ(h.source, DataHome::Source::Option);
  EXPECT_EQ(describe(h), "editio: using data from /my/data (given by --home)");
}

TEST(DataHome, InstalledDataBesideTheProgramComesBeforeTheEnvironment) {
  Prefix p("data-home-installed", true);
  HomeVariable env("/elsewhere");
  const DataHome h = find_data_home("", p.bin.string());
  EXPECT_EQ(h.path, p.data.string());
  EXPECT_EQ(h.source, DataHome::Source::Installed);
  EXPECT_EQ(describe(h), "editio: using data from " + p.data.string() + " (installed beside the program)");
}

TEST(DataHome, WithoutInstalledDataTheEnvironmentThenTheSourceTree) {
  Prefix p("data-home-env", false);
  {
    HomeVariable env("/elsewhere");
    const DataHome h = find_data_home("", p.bin.string());
    EXPECT_EQ(h.path, "/elsewhere");
    EXPECT_EQ(h.source, DataHome::Source::Environment);
  }
  HomeVariable unset(nullptr);
  const DataHome h = find_data_home("", p.bin.string());
  EXPECT_EQ(h.path, EDITIO_SOURCE_DIR);
  EXPECT_EQ(h.source, DataHome::Source::SourceTree);
}

TEST(DataHome, ANeededFileMissingIsOneLineWithTheFolderTheFileAndWhatToDo) {
  Prefix p("data-home-missing", true);
  const DataHome h = find_data_home("", p.bin.string());
  EXPECT_EQ(missing_data(h, needed_data_files({Format::Tei})), "");
  EXPECT_EQ(missing_data(h, needed_data_files({Format::Tei, Format::Html})),
            "editio: the data folder " + p.data.string() +
                " (installed beside the program) has no xslt/html/document.xsl; the installation is incomplete: "
                "reinstall Editio, or set EDITIO_HOME or --home to a complete data folder");
  const DataHome absent{"/nonexistent", DataHome::Source::Environment, "from $EDITIO_HOME"};
  EXPECT_EQ(missing_data(absent, needed_data_files({Format::Tei})),
            "editio: the data folder /nonexistent (from $EDITIO_HOME) has no schemas/editio.rng (the folder does not "
            "exist); set EDITIO_HOME (or --home) to a complete data folder (schemas/ and xslt/, as in an installed "
            "Editio's share/editio), or unset it");
}

TEST(DataHome, TheFilesNeededFollowTheFormats) {
  const auto tei = needed_data_files({Format::Tei});
  EXPECT_EQ(tei, (std::vector<std::string>{"schemas/editio.rng", "schemas/editio.sch"}));
  EXPECT_EQ(needed_data_files({Format::Tei, Format::Pdf}),
            (std::vector<std::string>{"schemas/editio.rng", "schemas/editio.sch", "xslt/latex/document.xsl",
                                      "xslt/latex/edition.xsl"}));
}
