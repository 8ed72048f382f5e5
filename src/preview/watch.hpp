#pragma once
// The editing loop (editio build --watch, editio serve): build, then watch
// the edition's sources with inotify and build again, incrementally, each
// time they change, printing one line per rebuild, until SIGINT or SIGTERM.
#include <iosfwd>
#include <string>
#include <vector>

#include "driver/build.hpp"

namespace editio {

// The files a build of `sources_dir` reads that an editor changes: the
// manifest, the personography, the editor's layer and the texts it names
// (all of them when the manifest cannot be read: only itself).
std::vector<std::string> watched_sources(const std::string& sources_dir);

// Builds with `options`, then rebuilds on every change of watched_sources()
// (re-read after each build, as the manifest may name other files), ~200 ms
// after the last change of a burst. `rebuild_book`: whether the rebuilds
// make the whole-edition book too (the first build follows options.book).
// A failed build keeps watching. Returns 0 when stopped by SIGINT or
// SIGTERM while waiting, 2 when inotify cannot be used.
int build_and_watch(const BuildOptions& options, bool rebuild_book, std::ostream& log);

}  // namespace editio
