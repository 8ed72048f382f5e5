#pragma once
// Interruptions (SIGINT, SIGTERM, SIGHUP): the handler removes the temporary
// files being written and stops the child processes (XeLaTeX) before the
// process ends with the signal, so an interrupted build leaves no
// half-written file behind. Leftovers of a build that could not clean up
// (SIGKILL, power loss) are removed by the next build (sweep_temporaries).
#include <string>
#include <sys/types.h>

namespace editio::interrupt {

// Installs the handlers once; also ignores SIGXFSZ, so that a file size limit
// makes a write fail with EFBIG (reported like a full disk) instead of
// killing the process.
void install();

// A temporary file being written; the returned token unregisters it.
int add_temporary(const std::string& path);
void remove_temporary(int token);

void add_child(pid_t pid);
void remove_child(pid_t pid);

// The temporary-file suffix AtomicFile uses: PATH.tmp.PID.N.
std::string temporary_name(const std::string& path);

// Removes temporaries of processes that no longer run under `dir`
// (recursively); returns how many were removed.
std::size_t sweep_temporaries(const std::string& dir);

}  // namespace editio::interrupt
