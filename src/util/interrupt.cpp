#include "util/interrupt.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>

#include "util/fs.hpp"
#include "util/paths.hpp"

namespace editio::interrupt {
namespace {

constexpr int kSlots = 256;
constexpr std::size_t kPath = 4096;

// 0 free, 1 being filled, 2 a temporary file that exists.
struct Slot {
  std::atomic<int> state{0};
  char path[kPath];
};
Slot temporaries[kSlots];
std::atomic<pid_t> children[kSlots];

void write_err(const char* s) {
  ssize_t ignored = ::write(2, s, std::strlen(s));
  (void)ignored;
}

// Async-signal-safe only: unlink, kill, write, signal, raise.
void on_signal(int sig) {
  std::size_t removed = 0;
  for (auto& t : temporaries)
    if (t.state.load() == 2 && ::unlink(t.path) == 0) ++removed;
  for (auto& c : children)
    if (pid_t p = c.load(); p > 0) ::kill(p, SIGTERM);
  write_err(sig == SIGINT    ? "\neditio: interrupted (SIGINT)"
            : sig == SIGTERM ? "\neditio: terminated (SIGTERM)"
                             : "\neditio: hung up (SIGHUP)");
  write_err(removed ? "; the files being written were removed" : "");
  write_err("; finished files are complete; run the build again to finish it\n");
  ::signal(sig, SIG_DFL);
  ::raise(sig);
}

// The journal of the build's temporaries (see sweep_temporaries); -1 when none is open.
std::atomic<int> journal_fd{-1};
constexpr std::size_t kJournalLimit = std::size_t{64} << 20;

// One write(2) per line, O_APPEND: lines from several threads never mix.
void record(const std::string& path) {
  const int fd = journal_fd.load();
  if (fd < 0 || path.find('\n') != std::string::npos) return;
  std::error_code ec;
  const std::string line = std::filesystem::absolute(path, ec).lexically_normal().string() + "\n";
  if (!ec) {
    ssize_t ignored = ::write(fd, line.data(), line.size());
    (void)ignored;
  }
}

}  // namespace

void install() {
  static std::once_flag once;
  std::call_once(once, [] {
    struct sigaction sa {};
    sa.sa_handler = on_signal;
    sigemptyset(&sa.sa_mask);
    for (int s : {SIGINT, SIGTERM, SIGHUP}) ::sigaction(s, &sa, nullptr);
    ::signal(SIGXFSZ, SIG_IGN);
  });
}

int add_temporary(const std::string& path) {
  record(path);
  if (path.size() >= kPath) return -1;
  for (int i = 0; i < kSlots; ++i) {
    int expected = 0;
    if (temporaries[i].state.compare_exchange_strong(expected, 1)) {
      std::memcpy(temporaries[i].path, path.c_str(), path.size() + 1);
      temporaries[i].state.store(2);
      return i;
    }
  }
  return -1;  // more files in flight than slots: the next build's sweep removes leftovers
}

void remove_temporary(int token) {
  if (token >= 0 && token < kSlots) temporaries[token].state.store(0);
}

void add_child(pid_t pid) {
  for (auto& c : children) {
    pid_t expected = 0;
    if (c.compare_exchange_strong(expected, pid)) return;
  }
}

void remove_child(pid_t pid) {
  for (auto& c : children) {
    pid_t expected = pid;
    if (c.compare_exchange_strong(expected, 0)) return;
  }
}

std::string temporary_name(const std::string& path) {
  static std::atomic<unsigned> counter{0};
  return path + ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
}

bool is_temporary_name(const std::string& name) {
  // NAME.tmp.PID.N
  const std::size_t t = name.rfind(".tmp.");
  if (t == std::string::npos || t == 0) return false;
  const std::string rest = name.substr(t + 5);
  const std::size_t dot = rest.find('.');
  return dot != std::string::npos && dot > 0 && dot + 1 < rest.size() &&
         rest.find_first_not_of("0123456789.") == std::string::npos && rest.find('.', dot + 1) == std::string::npos;
}

namespace {

// Removes the temporaries the journal at `path` lists (see sweep_temporaries).
std::size_t sweep_journal(const std::string& path, const std::vector<std::string>& keep) {
  namespace sfs = std::filesystem;
  std::string listed;
  std::size_t removed = 0;
  if (std::string ignored; !fs::read_file(path, listed, ignored, kJournalLimit)) return 0;
  std::size_t start = 0;
  for (std::size_t end; (end = listed.find('\n', start)) != std::string::npos; start = end + 1) {
    const std::string tmp = listed.substr(start, end - start);
    const sfs::path p(tmp);
    if (!p.is_absolute() || !is_temporary_name(p.filename().string())) continue;
    const std::string real = paths::real(p.parent_path().string());
    bool kept = false;
    for (const auto& k : keep) kept = kept || paths::within(real, k);
    const std::string file = (sfs::path(real) / p.filename()).string();
    struct stat st {};
    if (kept || ::lstat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) continue;
    if (::unlink(file.c_str()) == 0) ++removed;
  }
  return removed;
}

}  // namespace

std::size_t sweep_temporaries(const std::string& out_dir, const std::vector<std::string>& keep, std::string& why,
                              const std::string& journal) {
  close_journal();
  const std::string path = (std::filesystem::path(out_dir) / ".editio" / journal).string();
  const std::size_t removed = sweep_journal(path, keep);
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_APPEND | O_CLOEXEC, 0644);
  if (fd < 0) {
    why = path + ": " + std::strerror(errno);
    return removed;
  }
  journal_fd.store(fd);
  return removed;
}

std::size_t sweep_other_journals(const std::string& out_dir, const std::vector<std::string>& keep) {
  namespace sfs = std::filesystem;
  std::size_t removed = 0;
  std::error_code ec;
  for (sfs::directory_iterator it(sfs::path(out_dir) / ".editio", ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (name.rfind("temporaries.", 0) != 0 || is_temporary_name(name)) continue;
    removed += sweep_journal(it->path().string(), keep);
    std::error_code ignored;
    sfs::remove(it->path(), ignored);
  }
  return removed;
}

void close_journal() {
  const int fd = journal_fd.exchange(-1);
  if (fd < 0) return;
  if (::ftruncate(fd, 0) != 0) {
    // Left as it is: the next build's sweep finds the files gone.
  }
  ::close(fd);
}

}  // namespace editio::interrupt
