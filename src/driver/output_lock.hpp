#pragma once
// The output directory of a build: checked (no output on or inside a source),
// created, locked against a second build, and swept of the temporaries an
// interrupted build left.
#include <iosfwd>
#include <string>

namespace editio {

struct BuildOptions;
struct Edition;

// Held for the whole build: two builds writing to one directory would mix
// their files. The shards of a build in shards (driver/shard.hpp) share it,
// each holding a lock of its own besides. Released when the build is done, whatever its outcome: every
// temporary is gone by then, so the journal of temporaries is emptied, and
// what the build wrote is flushed to the disk.
class OutputLock {
 public:
  OutputLock() = default;
  ~OutputLock();
  OutputLock(const OutputLock&) = delete;
  OutputLock& operator=(const OutputLock&) = delete;

  // Takes the lock of options.out_dir after checking it (see the file's
  // comment). Returns 0, or the exit code of the build with the reason
  // written to `log`: 2 for a wrong --out or --stats, 1 when the directory
  // cannot be used.
  int acquire(const BuildOptions& options, const Edition& edition, std::ostream& log);

  // Flushes what the build wrote so far to the disk (the directory's file system).
  void sync() const;

 private:
  static bool take(const std::string& path, int how, int& fd, std::ostream& log, const std::string& busy);
  int fd_ = -1;
  int shard_fd_ = -1;  // the shard's own lock
};

}  // namespace editio
