#include "preview/watch.hpp"

#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/inotify.h>
#include <sys/signalfd.h>
#include <unistd.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <map>
#include <ostream>
#include <set>
#include <sstream>

#include "driver/build_context.hpp"
#include "edition/manifest.hpp"

namespace editio {
namespace {

namespace sfs = std::filesystem;

// The signals that stop the loop, blocked while it waits and read from a
// signalfd, so that a stop between builds ends it cleanly (exit 0). During a
// build they are unblocked: util/interrupt's handler removes the build's
// temporaries and ends the process, as for a build without --watch.
class StopSignals {
 public:
  StopSignals() {
    sigemptyset(&set_);
    sigaddset(&set_, SIGINT);
    sigaddset(&set_, SIGTERM);
    block();
    fd_ = signalfd(-1, &set_, SFD_CLOEXEC | SFD_NONBLOCK);
  }
  ~StopSignals() {
    if (fd_ >= 0) close(fd_);
    unblock();
  }
  void block() { pthread_sigmask(SIG_BLOCK, &set_, nullptr); }
  void unblock() { pthread_sigmask(SIG_UNBLOCK, &set_, nullptr); }
  int fd() const { return fd_; }
  // Takes the pending stop signal, so that it is not delivered once unblocked.
  void take() const {
    signalfd_siginfo info;
    while (::read(fd_, &info, sizeof info) == static_cast<ssize_t>(sizeof info)) {
    }
  }

 private:
  sigset_t set_;
  int fd_ = -1;
};

// The directories of the watched files, each watched whole: an editor that
// saves by writing a new file and renaming it over the old one replaces the
// file (a new inode), which a watch on the file itself would miss.
class SourceWatch {
 public:
  SourceWatch() : fd_(inotify_init1(IN_CLOEXEC | IN_NONBLOCK)) {}
  ~SourceWatch() {
    if (fd_ >= 0) close(fd_);
  }
  bool ok() const { return fd_ >= 0; }
  int fd() const { return fd_; }

  // Watches the directories of `files` (and only reports those files).
  void watch(const std::vector<std::string>& files) {
    files_.clear();
    for (const auto& f : files) {
      const sfs::path p = sfs::absolute(f).lexically_normal();
      files_.insert(p.string());
      const std::string dir = p.parent_path().string();
      // A directory watched already gives its descriptor again.
      const int wd = inotify_add_watch(fd_, dir.c_str(), IN_CLOSE_WRITE | IN_MOVED_TO | IN_CREATE | IN_DELETE |
                                                             IN_MOVED_FROM | IN_ATTRIB);
      if (wd >= 0) dirs_[wd] = dir;
    }
  }

  // Reads the pending events; adds the watched files they concern to `changed`.
  void read(std::set<std::string>& changed) {
    alignas(inotify_event) char buf[16384];
    for (;;) {
      const ssize_t n = ::read(fd_, buf, sizeof buf);
      if (n <= 0) return;
      for (char* p = buf; p < buf + n;) {
        const auto* e = reinterpret_cast<const inotify_event*>(p);
        p += sizeof(inotify_event) + e->len;
        auto dir = dirs_.find(e->wd);
        if (dir == dirs_.end() || e->len == 0) continue;
        const std::string path = (sfs::path(dir->second) / e->name).string();
        if (files_.count(path)) changed.insert(path);
      }
    }
  }

 private:
  int fd_;
  std::map<int, std::string> dirs_;  // watch descriptor -> directory
  std::set<std::string> files_;
};

// "texts/a.txt changed", "texts/a.txt and 2 more changed": paths relative to the sources.
std::string what_changed(const std::set<std::string>& changed, const std::string& sources_dir) {
  const sfs::path base = sfs::absolute(sources_dir).lexically_normal();
  std::string first = sfs::path(*changed.begin()).lexically_relative(base).string();
  if (changed.size() > 1) first += " and " + std::to_string(changed.size() - 1) + " more";
  return first + " changed";
}

std::string plural(std::size_t n, const char* word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

// Waits for a change of the watched files, then for a quiet ~200 ms (an
// editor's save, a checkout: one rebuild for the burst). False when a stop
// signal came first.
bool wait_for_change(SourceWatch& watch, const StopSignals& stop, std::set<std::string>& changed) {
  for (;;) {
    pollfd fds[2] = {{watch.fd(), POLLIN, 0}, {stop.fd(), POLLIN, 0}};
    const int timeout = changed.empty() ? -1 : 200;
    const int ready = poll(fds, 2, timeout);
    if (ready < 0 && errno == EINTR) continue;
    if (fds[1].revents & POLLIN) {
      stop.take();
      return false;
    }
    if (ready == 0) return true;  // quiet for 200 ms after a change
    if (fds[0].revents & POLLIN) watch.read(changed);
  }
}

}  // namespace

std::vector<std::string> watched_sources(const std::string& sources_dir) {
  const std::string manifest = (sfs::path(sources_dir) / "manifest.toml").string();
  std::vector<std::string> files{manifest};
  Diagnostics ignored;  // the build reports them
  auto edition = load_manifest(manifest, ignored);
  if (!edition) return files;
  if (!edition->personography.empty()) files.push_back(edition->resolve(edition->personography));
  if (!edition->editorial.empty()) files.push_back(edition->resolve(edition->editorial));
  for (const auto& d : edition->documents) {
    if (!d.path.empty()) files.push_back(d.path);
    for (const auto& w : d.witnesses)  // collated with it: an edited witness rebuilds it
      if (!w.path.empty()) files.push_back(w.path);
  }
  return files;
}

int build_and_watch(const BuildOptions& options, bool rebuild_book, std::ostream& log) {
  SourceWatch watch;
  if (!watch.ok()) {
    log << "editio: cannot watch the sources (inotify: " << std::strerror(errno) << ")\n";
    return 2;
  }
  StopSignals stop;
  watch.watch(watched_sources(options.sources_dir));  // before the build: a change during it is not lost
  stop.unblock();
  run_build(options, log);
  BuildOptions again = options;
  again.book = rebuild_book;
  for (;;) {
    stop.block();
    log << "editio: watching " << options.sources_dir << " (Ctrl-C stops)" << std::endl;
    std::set<std::string> changed;
    if (!wait_for_change(watch, stop, changed)) break;
    watch.watch(watched_sources(options.sources_dir));
    stop.unblock();
    std::ostringstream build_log;
    BuildSummary s;
    const int rc = run_build(again, build_log, &s);
    if (rc != 0) log << build_log.str();  // its problems; a failed build keeps watching
    log << "editio: " << what_changed(changed, options.sources_dir) << "; rebuilt " << plural(s.built, "document")
        << ", reused " << s.reused << (s.failed ? ", failed " + std::to_string(s.failed) : std::string()) << ", in "
        << fixed(s.seconds, 1) << " s" << std::endl;
  }
  log << "editio: stopped watching" << std::endl;
  return 0;
}

}  // namespace editio
