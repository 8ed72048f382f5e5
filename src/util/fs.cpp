#include "util/fs.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/interrupt.hpp"

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

AtomicFile::~AtomicFile() { discard(); }

void AtomicFile::discard() {
  if (fd_ >= 0) {
    ::close(fd_);
    ::unlink(tmp_.c_str());
    interrupt::remove_temporary(token_);
  }
  fd_ = -1;
  buffer_.clear();
}

bool AtomicFile::open(const std::string& path, std::string& why) {
  namespace sfs = std::filesystem;
  discard();
  path_ = path;
  failed_ = false;
  sfs::path p(path);
  if (p.has_parent_path() && !make_dirs(p.parent_path().string(), why)) return false;
  tmp_ = interrupt::temporary_name(path);
  token_ = interrupt::add_temporary(tmp_);
  fd_ = ::open(tmp_.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd_ < 0) {
    why = tmp_ + ": " + std::strerror(errno);
    interrupt::remove_temporary(token_);
    return false;
  }
  return true;
}

bool AtomicFile::write_all(const char* d, std::size_t left) {
  while (left > 0 && !failed_) {
    ssize_t w = ::write(fd_, d, left);
    if (w < 0) {
      if (errno == EINTR) continue;
      failed_ = true;
      why_ = path_ + ": " + std::strerror(errno);
      if (errno == ENOSPC || errno == EFBIG || errno == EDQUOT)
        why_ += " (free some space, or raise the file size limit, and run the build again)";
      return false;
    }
    d += w;
    left -= static_cast<std::size_t>(w);
  }
  return !failed_;
}

void AtomicFile::write(std::string_view data) {
  if (fd_ < 0 || failed_) return;
  if (buffer_.size() + data.size() > kBuffer) {
    write_all(buffer_.data(), buffer_.size());
    buffer_.clear();
    if (data.size() > kBuffer) {
      write_all(data.data(), data.size());
      return;
    }
  }
  buffer_.append(data);
}

bool AtomicFile::commit(std::string& why) {
  if (fd_ < 0) {
    why = path_ + ": not open";
    return false;
  }
  write_all(buffer_.data(), buffer_.size());
  buffer_.clear();
  if (failed_) {
    why = why_;
    discard();
    return false;
  }
  // No fsync: the rename already guarantees that an interrupted build (signal,
  // full disk) never leaves a half-written file; surviving power loss is not
  // worth an fsync per output file on corpora of thousands of documents.
  const int fd = fd_;
  fd_ = -1;
  bool ok = true;
  if (::close(fd) != 0) {
    why = path_ + ": " + std::strerror(errno);
    ::unlink(tmp_.c_str());
    ok = false;
  } else if (::rename(tmp_.c_str(), path_.c_str()) != 0) {
    why = path_ + ": " + std::strerror(errno);
    ::unlink(tmp_.c_str());
    ok = false;
  }
  interrupt::remove_temporary(token_);
  return ok;
}

bool write_atomic(const std::string& path, std::string_view data, std::string& why) {
  AtomicFile f;
  if (!f.open(path, why)) return false;
  f.write(data);
  return f.commit(why);
}

}  // namespace editio::fs
