#include "util/interrupt.hpp"

#include <signal.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <mutex>

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

std::size_t sweep_temporaries(const std::string& dir) {
  namespace sfs = std::filesystem;
  std::error_code ec;
  std::size_t removed = 0;
  for (sfs::recursive_directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    const std::size_t t = name.rfind(".tmp.");
    if (t == std::string::npos) continue;
    // NAME.tmp.PID.N
    const std::string rest = name.substr(t + 5);
    const std::size_t dot = rest.find('.');
    if (dot == std::string::npos || dot == 0 || dot > 9 || rest.find_first_not_of("0123456789.") != std::string::npos)
      continue;
    const pid_t pid = static_cast<pid_t>(std::stol(rest.substr(0, dot)));
    if (pid == ::getpid() || (::kill(pid, 0) == 0 || errno == EPERM)) continue;  // its writer still runs
    std::error_code rm;
    if (it->is_regular_file(rm) && sfs::remove(it->path(), rm)) ++removed;
  }
  return removed;
}

}  // namespace editio::interrupt
