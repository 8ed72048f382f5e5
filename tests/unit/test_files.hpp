#pragma once
// Scratch files for unit tests: a fresh directory per test, whole-file
// writes and reads.
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>

#include "util/fs.hpp"

namespace editio::test {

// An empty directory under the system's temp directory, named after the test
// and this process (so parallel test runs do not meet).
inline std::filesystem::path temp_dir(const std::string& name) {
  namespace sfs = std::filesystem;
  sfs::path d = sfs::temp_directory_path() / ("editio-" + name + "-" + std::to_string(::getpid()));
  sfs::remove_all(d);
  sfs::create_directories(d);
  return d;
}

inline void write(const std::filesystem::path& p, const std::string& data) {
  std::filesystem::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << data;
}

inline std::string read(const std::filesystem::path& p) {
  std::string s, why;
  fs::read_file(p.string(), s, why);
  return s;
}

}  // namespace editio::test
