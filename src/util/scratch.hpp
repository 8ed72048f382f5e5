#pragma once
// A scratch file for data that grows with the corpus and is needed again
// only at the end of a build (the register's mentions, the chronology's
// dates): appended to from any thread, read back by position. The file is
// unlinked as soon as it is made, so nothing is left behind, even after a crash.
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

namespace editio {

class Scratch {
 public:
  struct Span {
    std::uint64_t offset = 0;
    std::uint32_t size = 0;
  };

  // Makes the file in `dir` (created if need be); ok() says whether it worked.
  explicit Scratch(const std::string& dir);
  ~Scratch();
  Scratch(const Scratch&) = delete;
  Scratch& operator=(const Scratch&) = delete;

  bool ok() const { return fd_ >= 0 && error_.empty(); }
  // What went wrong (empty when nothing did).
  std::string error() const;

  // Appends the bytes (thread-safe); where they are, for read().
  Span append(std::string_view bytes);
  // Appends the bytes at `span` to `out`; false (and error()) when they cannot be read.
  bool read(Span span, std::string& out) const;

  // Reads the bytes of each of [begin, end) (`span_of(entry)` says where)
  // in order and hands them to `out` (a string_view) in batches of about
  // 64 KB. False when any could not be read.
  template <class It, class SpanOf, class Out>
  bool copy(It begin, It end, SpanOf span_of, Out&& out) const {
    bool ok = true;
    std::string batch;
    for (; begin != end; ++begin) {
      ok = read(span_of(*begin), batch) && ok;
      if (batch.size() >= (1u << 16)) {
        out(std::string_view(batch));
        batch.clear();
      }
    }
    out(std::string_view(batch));
    return ok;
  }

 private:
  void fail(const std::string& what) const;
  int fd_ = -1;
  std::uint64_t end_ = 0;
  mutable std::mutex mutex_;
  mutable std::string error_;
};

}  // namespace editio
