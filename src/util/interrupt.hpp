#pragma once
// Interruptions (SIGINT, SIGTERM, SIGHUP): the handler removes the temporary
// files being written and stops the child processes (XeLaTeX) before the
// process ends with the signal, so an interrupted build leaves no
// half-written file behind. A build records the temporaries it makes in a
// journal in its output directory before making them, so that the leftovers
// of a build that could not clean up (SIGKILL, power loss) are removed by
// the next build into that directory (sweep_temporaries), and nothing else is.
#include <string>
#include <vector>
#include <sys/types.h>

namespace editio::interrupt {

// Installs the handlers once; also ignores SIGXFSZ, so that a file size limit
// makes a write fail with EFBIG (reported like a full disk) instead of
// killing the process.
void install();

// A temporary file being written (recorded in the journal, if one is open);
// the returned token unregisters it.
int add_temporary(const std::string& path);
void remove_temporary(int token);

void add_child(pid_t pid);
void remove_child(pid_t pid);

// The temporary-file suffix AtomicFile uses: PATH.tmp.PID.N.
std::string temporary_name(const std::string& path);

// The journal of `out_dir` (OUT/.editio/temporaries): removes the files an
// earlier build recorded there that still exist, are regular files, have a
// temporary's name (temporary_name) and lie under none of `keep` (the
// sources), then starts a new journal, in which every temporary made from
// now on is recorded (its absolute path) before it is created. Returns how
// many files were removed; `why` is set when the journal cannot be written.
// `journal` names the journal's file in OUT/.editio: each shard of a build
// in shards (driver/shard.hpp) has its own, "temporaries.shard-K-of-N".
std::size_t sweep_temporaries(const std::string& out_dir, const std::vector<std::string>& keep, std::string& why,
                              const std::string& journal = "temporaries");

// The journals of the shards ("temporaries.*"): their temporaries are removed
// as sweep_temporaries does, then the journals. Only while no shard runs (the
// build holds OUT's lock). Returns how many files were removed.
std::size_t sweep_other_journals(const std::string& out_dir, const std::vector<std::string>& keep);

// Ends the journal when every temporary is gone (committed or removed): it is
// emptied. Called when the build is done, whatever its outcome.
void close_journal();

// Whether `name` (a file name) has the form temporary_name() gives.
bool is_temporary_name(const std::string& name);

}  // namespace editio::interrupt
