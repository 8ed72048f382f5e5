#include "driver/output_lock.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <string>
#include <vector>

#include "driver/build.hpp"
#include "edition/manifest.hpp"
#include "util/fs.hpp"
#include "util/interrupt.hpp"
#include "util/paths.hpp"

namespace editio {

namespace sfs = std::filesystem;

OutputLock::~OutputLock() {
  if (fd_ < 0) return;
  interrupt::close_journal();
  fs::sync_filesystem(fd_);
  ::close(fd_);
  if (shard_fd_ >= 0) ::close(shard_fd_);
}

void OutputLock::sync() const { fs::sync_filesystem(fd_); }

// Opens `path` and locks it (`how`: LOCK_SH or LOCK_EX) into `fd`, or says
// why not (`busy`: when another process holds it).
bool OutputLock::take(const std::string& path, int how, int& fd, std::ostream& log, const std::string& busy) {
  fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (fd < 0) {
    log << "editio: cannot open " << path << ": " << std::strerror(errno) << "\n";
    return false;
  }
  if (::flock(fd, how | LOCK_NB) == 0) return true;
  log << "editio: " << busy << "\n";
  ::close(fd);
  fd = -1;
  return false;
}

int OutputLock::acquire(const BuildOptions& opt, const Edition& edition, std::ostream& log) {
  std::error_code ec;
  const sfs::path out(opt.out_dir);
  if (sfs::exists(out, ec) && !sfs::is_directory(out, ec)) {
    log << "editio: the output " << opt.out_dir
        << " is a file, not a directory; pass --out with a directory (it is created when missing)\n";
    return 2;
  }
  // Every file the edition reads: an output folder inside the sources may hold none of them.
  std::vector<std::string> inputs{edition.manifest_path};
  for (const auto& d : edition.documents) {
    inputs.push_back(d.path);
    for (const auto& w : d.witnesses) inputs.push_back(w.path);
  }
  for (const auto& f : {edition.personography, edition.editorial, edition.places, edition.organisations})
    if (!f.empty()) inputs.push_back(edition.resolve(f));
  if (const std::string clash = paths::output_conflict(opt.out_dir, edition.roots, &inputs); !clash.empty()) {
    log << "editio: " << clash << "; pass an --out outside the sources folder (e.g. beside it)\n";
    return 2;
  }
  if (const std::string clash = opt.stats_path.empty() ? "" : paths::output_in_roots(opt.stats_path, edition.roots);
      !clash.empty()) {
    log << "editio: --stats " << clash << "; pass a path outside the sources folder\n";
    return 2;
  }
  std::string why;
  const std::string meta = (out / ".editio").string();
  if (!fs::make_dirs(meta, why)) {
    log << "editio: cannot create the output directory: " << why << "\n";
    return 1;
  }
  // A shard shares OUT's lock with the other shards and takes its own; a
  // build or a merge takes OUT's alone, and then sweeps the shards' journals too.
  const Shard& shard = opt.shard;
  if (!take(meta + "/lock", shard.any() ? LOCK_SH : LOCK_EX, fd_, log,
            "another build is writing to " + opt.out_dir +
                " (a build, a merge or shards); wait for it to finish, or pass another --out"))
    return 1;
  if (shard.any() && !take(meta + "/lock." + shard.name(), LOCK_EX, shard_fd_, log,
                           "shard " + shard.label() + " is already being built into " + opt.out_dir))
    return 1;
  const std::string journal = shard.any() ? "temporaries." + shard.name() : "temporaries";
  std::size_t n = interrupt::sweep_temporaries(opt.out_dir, edition.roots, why, journal);
  if (!why.empty()) {
    log << "editio: cannot record the build's temporary files: " << why << "\n";
    return 1;
  }
  if (!shard.any()) n += interrupt::sweep_other_journals(opt.out_dir, edition.roots);
  if (n > 0)
    log << "editio: removed " << n << (n == 1 ? " temporary file" : " temporary files")
        << " an interrupted build left in " << opt.out_dir << "\n";
  return 0;
}

}  // namespace editio
