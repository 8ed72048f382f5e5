#pragma once
// File helpers: whole-file reads and atomic writes.
#include <cstddef>
#include <string>
#include <string_view>

namespace editio::fs {

// Reads a whole regular file (links followed). Anything else (a FIFO, a
// device such as /dev/zero, a directory, a socket) is refused before a byte
// is read, so a read never blocks or runs forever; so is a file of more than
// `limit` bytes. `why` says what is wrong (without the path).
constexpr std::size_t kNoLimit = static_cast<std::size_t>(-1);
bool read_file(const std::string& path, std::string& out, std::string& why, std::size_t limit = kNoLimit);

// The first `bytes` bytes of a regular file (fewer when it is shorter), to
// tell its format; "" when it cannot be read or is not a regular file.
std::string read_head(const std::string& path, std::size_t bytes);

// "a FIFO", "a directory", "a character device", ... for the file type in
// `mode` (a struct stat's st_mode); "" for a regular file.
std::string special_kind(unsigned mode);

// Flushes everything written to the file system that holds the open file
// `fd` (data and directory entries) to the disk (Linux syncfs).
void sync_filesystem(int fd);

// Writes `data` to a temporary file beside `path`, flushes it and renames it
// over `path`, so a reader never sees a half-written file. Creates parent
// directories. Returns false with a reason on failure (nothing is left behind).
bool write_atomic(const std::string& path, std::string_view data, std::string& why);

// As write_atomic, but leaves `path` alone when it is a regular file (not a
// link) that already holds exactly `data`: what a rebuild copies again (the
// site's fonts and scripts, the schemas) is neither rewritten nor flushed again.
bool write_if_changed(const std::string& path, std::string_view data, std::string& why);

// A file written in parts, atomically: the parts go to a temporary file
// beside `path` (buffered), which commit() renames over `path`. Destroyed
// without commit(), the temporary file is removed and `path` is untouched.
class AtomicFile {
 public:
  AtomicFile() = default;
  ~AtomicFile();
  AtomicFile(const AtomicFile&) = delete;
  AtomicFile& operator=(const AtomicFile&) = delete;

  bool open(const std::string& path, std::string& why);  // creates parent directories
  void write(std::string_view data);  // a write error is reported by commit()
  bool commit(std::string& why);

 private:
  static constexpr std::size_t kBuffer = 1 << 20;
  bool write_all(const char* data, std::size_t size);
  void discard();
  std::string path_, tmp_, buffer_, why_;
  int fd_ = -1;
  int token_ = -1;  // registered with util/interrupt, which removes the file on SIGINT
  bool failed_ = false;
};

bool make_dirs(const std::string& dir, std::string& why);

}  // namespace editio::fs
