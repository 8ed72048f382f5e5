#include "util/scratch.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>

#include "util/fs.hpp"

namespace editio {

Scratch::Scratch(const std::string& dir) {
  std::string why;
  if (!fs::make_dirs(dir, why)) {
    error_ = why;
    return;
  }
  static std::atomic<unsigned> counter{0};
  const std::string path = dir + "/scratch." + std::to_string(::getpid()) + "." + std::to_string(counter++);
  fd_ = ::open(path.c_str(), O_RDWR | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
  if (fd_ < 0) {
    error_ = path + ": " + std::strerror(errno);
    return;
  }
  ::unlink(path.c_str());
}

Scratch::~Scratch() {
  if (fd_ >= 0) ::close(fd_);
}

std::string Scratch::error() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return error_;
}

void Scratch::fail(const std::string& what) const {
  if (error_.empty()) error_ = "the build's scratch file: " + what + ": " + std::strerror(errno);
}

Scratch::Span Scratch::append(std::string_view bytes) {
  std::lock_guard<std::mutex> lock(mutex_);
  Span span{end_, static_cast<std::uint32_t>(bytes.size())};
  if (fd_ < 0 || !error_.empty()) return span;
  const char* d = bytes.data();
  std::size_t left = bytes.size();
  std::uint64_t at = end_;
  while (left > 0) {
    ssize_t w = ::pwrite(fd_, d, left, static_cast<off_t>(at));
    if (w < 0) {
      if (errno == EINTR) continue;
      fail("cannot write");
      return span;
    }
    d += w;
    at += static_cast<std::uint64_t>(w);
    left -= static_cast<std::size_t>(w);
  }
  end_ = at;
  return span;
}

bool Scratch::read(Span span, std::string& out) const {
  if (fd_ < 0) return false;
  const std::size_t start = out.size();
  out.resize(start + span.size);
  char* d = out.data() + start;
  std::size_t left = span.size;
  std::uint64_t at = span.offset;
  while (left > 0) {
    ssize_t r = ::pread(fd_, d, left, static_cast<off_t>(at));
    if (r <= 0) {
      if (r < 0 && errno == EINTR) continue;
      std::lock_guard<std::mutex> lock(mutex_);
      fail("cannot read");
      out.resize(start);
      return false;
    }
    d += r;
    at += static_cast<std::uint64_t>(r);
    left -= static_cast<std::size_t>(r);
  }
  return true;
}

}  // namespace editio
