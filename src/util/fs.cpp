#include "util/fs.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "util/interrupt.hpp"

namespace editio::fs {

std::string special_kind(unsigned mode) {
  switch (mode & S_IFMT) {
    case S_IFREG: return "";
    case S_IFDIR: return "a directory";
    case S_IFIFO: return "a FIFO (named pipe)";
    case S_IFCHR: return "a character device";
    case S_IFBLK: return "a block device";
    case S_IFSOCK: return "a socket";
    default: return "not a regular file";
  }
}

std::string read_head(const std::string& path, std::size_t bytes) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) return "";
  struct stat st {};
  std::string out;
  if (::fstat(fd, &st) == 0 && special_kind(st.st_mode).empty()) {
    out.resize(bytes);
    std::size_t got = 0;
    while (got < bytes) {
      const ssize_t n = ::read(fd, out.data() + got, bytes - got);
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) break;
      got += static_cast<std::size_t>(n);
    }
    out.resize(got);
  }
  ::close(fd);
  return out;
}

bool read_file(const std::string& path, std::string& out, std::string& why, std::size_t limit) {
  // O_NONBLOCK: opening a FIFO without a writer would wait for one.
  const int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
  if (fd < 0) {
    why = std::strerror(errno);
    return false;
  }
  struct stat st {};
  bool ok = ::fstat(fd, &st) == 0;
  if (!ok) why = std::strerror(errno);
  else if (const std::string kind = special_kind(st.st_mode); !kind.empty()) {
    why = "it is " + kind + ", not a regular file";
    ok = false;
  }
  out.clear();
  if (ok && static_cast<std::size_t>(st.st_size) < limit) out.reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  while (ok) {
    const ssize_t n = ::read(fd, buf, sizeof buf);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      why = std::strerror(errno);
      ok = false;
    } else if (n == 0) {
      break;
    } else if (out.size() + static_cast<std::size_t>(n) > limit) {
      why = "it is larger than " + std::to_string(limit / (1 << 20)) + " MB, more than a text can be";
      ok = false;
    } else {
      out.append(buf, static_cast<std::size_t>(n));
    }
  }
  ::close(fd);
  if (!ok) out.clear();
  return ok;
}

void sync_filesystem(int fd) {
  if (fd >= 0) ::syncfs(fd);
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
  // No fsync per file: the rename already guarantees that an interrupted
  // build (signal, SIGKILL, full disk) never leaves a half-written file; a
  // build flushes its file system once before it writes the records that let
  // the next build skip documents, and once when it ends (build/build.cpp),
  // which costs milliseconds where an fsync per file would cost minutes on
  // corpora of thousands of documents.
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

bool write_if_changed(const std::string& path, std::string_view data, std::string& why) {
  struct stat st;
  std::string old, ignored;
  if (::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode) && static_cast<std::size_t>(st.st_size) == data.size() &&
      read_file(path, old, ignored) && old == data)
    return true;
  return write_atomic(path, data, why);
}

bool write_atomic(const std::string& path, std::string_view data, std::string& why) {
  AtomicFile f;
  if (!f.open(path, why)) return false;
  f.write(data);
  return f.commit(why);
}

}  // namespace editio::fs
