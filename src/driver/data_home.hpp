#pragma once
// Where Editio's data folder is (the one that holds schemas/, xslt/ and the
// sample edition in sources/), which place was chosen and why, and what a
// build needs from it. An installed tree can be moved: its data is found
// beside the program, not at a path compiled in.
#include <set>
#include <string>
#include <vector>

#include "render/formats.hpp"

namespace editio {

// The data folder chosen and the reason, for the log line
// "editio: using data from PATH (WHY)".
struct DataHome {
  enum class Source {
    Option,       // --home
    Installed,    // <program's folder>/../share/editio (an installed tree, wherever it was moved)
    Environment,  // $EDITIO_HOME
    SourceTree,   // the source tree the program was built from (EDITIO_SOURCE_DIR)
  };
  std::string path;
  Source source = Source::SourceTree;
  std::string why;  // the reason in words: "installed beside the program", ...
};

// The data folder, in this order: `option` (--home) when not empty; the
// installed data beside the running program (`exe_dir`/../share/editio, or
// wherever the install's data directory lies relative to its bin directory)
// when it holds schemas/ and xslt/; $EDITIO_HOME when set; the source tree.
// `exe_dir` defaults to the folder of the running program (/proc/self/exe).
DataHome find_data_home(const std::string& option = "", const std::string& exe_dir = "");

// Where an installed program in `bin_dir` has its data folder: bin_dir/../share/editio
// for the usual layout (GNUInstallDirs' bin and share, as configured).
std::string installed_data_dir(const std::string& bin_dir);

// "editio: using data from PATH (WHY)".
std::string describe(const DataHome& home);

// The files a run needs from the data folder: the schemas always, and the
// entry stylesheets of each of `formats` (HTML; LaTeX for tex and pdf), in
// the order a build compiles them.
std::vector<std::string> needed_data_files(const std::set<Format>& formats);

// "" when `home` holds every file of `needed`; otherwise one line naming the
// folder, the first missing file and what to do about it.
std::string missing_data(const DataHome& home, const std::vector<std::string>& needed);

}  // namespace editio
