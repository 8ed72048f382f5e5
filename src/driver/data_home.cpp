#include "driver/data_home.hpp"

#include <cstdlib>
#include <filesystem>
#include <system_error>

namespace editio {

namespace sfs = std::filesystem;

namespace {

// The folder of the running program, "" when /proc/self/exe cannot be read
// (links resolved: a symbolic link to an installed program finds its data).
std::string program_dir() {
  std::error_code ec;
  const sfs::path exe = sfs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : exe.parent_path().string();
}

// Whether `dir` looks like a data folder: it holds schemas/ and xslt/.
bool holds_data(const sfs::path& dir) {
  std::error_code ec;
  return sfs::is_directory(dir / "schemas", ec) && sfs::is_directory(dir / "xslt", ec);
}

// What to do when the folder chosen for this reason lacks a file.
const char* remedy(DataHome::Source source) {
  switch (source) {
    case DataHome::Source::Option:
      return "pass --home a complete data folder (schemas/ and xslt/, as in an installed Editio's share/editio)";
    case DataHome::Source::Installed:
      return "the installation is incomplete: reinstall Editio, or set EDITIO_HOME or --home to a complete data "
             "folder";
    case DataHome::Source::Environment:
      return "set EDITIO_HOME (or --home) to a complete data folder (schemas/ and xslt/, as in an installed "
             "Editio's share/editio), or unset it";
    case DataHome::Source::SourceTree:
      break;
  }
  return "no data was found beside the program: set EDITIO_HOME or --home to a complete data folder (schemas/ "
         "and xslt/, as in an installed Editio's share/editio), or reinstall Editio";
}

}  // namespace

std::string installed_data_dir(const std::string& bin_dir) {
  // EDITIO_DATA_FROM_BIN: the install's data folder relative to its bin folder (CMakeLists.txt).
  return (sfs::path(bin_dir) / EDITIO_DATA_FROM_BIN).lexically_normal().string();
}

DataHome find_data_home(const std::string& option, const std::string& exe_dir) {
  if (!option.empty()) return {option, DataHome::Source::Option, "given by --home"};
  const std::string dir = exe_dir.empty() ? program_dir() : exe_dir;
  if (!dir.empty() && holds_data(installed_data_dir(dir)))
    return {installed_data_dir(dir), DataHome::Source::Installed, "installed beside the program"};
  if (const char* h = std::getenv("EDITIO_HOME"); h && *h)
    return {h, DataHome::Source::Environment, "from $EDITIO_HOME"};
  return {EDITIO_SOURCE_DIR, DataHome::Source::SourceTree, "the source tree editio was built from"};
}

std::string describe(const DataHome& home) { return "editio: using data from " + home.path + " (" + home.why + ")"; }

std::vector<std::string> needed_data_files(const std::set<Format>& formats) {
  std::vector<std::string> files{"schemas/editio.rng", "schemas/editio.sch"};
  if (formats.count(Format::Html))
    for (const char* page : {"document", "index", "register", "chronology", "search"})
      files.push_back(std::string("xslt/html/") + page + ".xsl");
  if (formats.count(Format::Tex) || formats.count(Format::Pdf))
    files.insert(files.end(), {"xslt/latex/document.xsl", "xslt/latex/edition.xsl"});
  return files;
}

std::string missing_data(const DataHome& home, const std::vector<std::string>& needed) {
  for (const auto& file : needed) {
    std::error_code ec;
    if (sfs::is_regular_file(sfs::path(home.path) / file, ec)) continue;
    const bool absent = !sfs::is_directory(home.path, ec);
    return "editio: the data folder " + home.path + " (" + home.why + ") has no " + file +
           (absent ? " (the folder does not exist)" : "") + "; " + remedy(home.source);
  }
  return "";
}

}  // namespace editio
