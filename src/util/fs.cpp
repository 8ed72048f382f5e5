#include "util/fs.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace editio::fs {

bool read_file(const std::string& path, std::string& out, std::string& why) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    why = std::strerror(errno);
    return false;
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  out = std::move(ss).str();
  return true;
}

bool make_dirs(const std::string& dir, std::string& why) {
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  if (ec) {
    why = dir + ": " + ec.message();
    return false;
  }
  return true;
}

bool write_atomic(const std::string& path, std::string_view data, std::string& why) {
  namespace sfs = std::filesystem;
  sfs::path p(path);
  if (p.has_parent_path() && !make_dirs(p.parent_path().string(), why)) return false;
  static std::atomic<unsigned> counter{0};
  std::string tmp = path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
  int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    why = tmp + ": " + std::strerror(errno);
    return false;
  }
  const char* d = data.data();
  std::size_t left = data.size();
  while (left > 0) {
    ssize_t w = ::write(fd, d, left);
    if (w < 0) {
      if (errno == EINTR) continue;
      why = path + ": " + std::strerror(errno);
      ::close(fd);
      ::unlink(tmp.c_str());
      return false;
    }
    d += w;
    left -= static_cast<std::size_t>(w);
  }
  // No fsync: the rename already guarantees that an interrupted build (signal,
  // full disk) never leaves a half-written file; surviving power loss is not
  // worth an fsync per output file on corpora of thousands of documents.
  if (::close(fd) != 0) {
    why = path + ": " + std::strerror(errno);
    ::unlink(tmp.c_str());
    return false;
  }
  if (::rename(tmp.c_str(), path.c_str()) != 0) {
    why = path + ": " + std::strerror(errno);
    ::unlink(tmp.c_str());
    return false;
  }
  return true;
}

}  // namespace editio::fs
