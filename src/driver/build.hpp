#pragma once
// The corpus build: manifest -> every document through every stage, in
// parallel, then the cross-document pages. Its phases, in order, are
// EditionBuild's (driver/edition_build.hpp).
#include <cstddef>
#include <iosfwd>
#include <map>
#include <set>
#include <string>

#include "driver/shard.hpp"
#include "render/formats.hpp"
#include "util/progress.hpp"

namespace editio {

struct Edition;

struct BuildOptions {
  std::string home;         // where schemas/ and xslt/ are (the repository)
  std::string sources_dir;  // holds manifest.toml
  std::string out_dir;
  std::set<Format> formats{Format::Tei, Format::Html, Format::Tex, Format::Pdf};
  unsigned jobs = 0;        // 0: all cores
  ProgressMode progress = ProgressMode::Auto;  // Auto: a bar when the log is a terminal
  bool log_is_terminal = false;
  bool force = false;       // rebuild every document, changed or not
  // Make the whole-edition book (print/edition.*) when what it is made of
  // changed; false (--no-book, and the rebuilds of --watch): leave it, and
  // take away an older book that no longer matches the documents.
  bool book = true;
  std::string stats_path;   // when set: the run's statistics as JSON (stages, sizes, memory)
  // The register's and the chronology's HTML pages hold at most this many
  // mentions or dates each; more, and they are split into parts (0: never).
  std::size_t page_entries = 2000;
  // Builds in shards (docs/manual/shards.md). With a shard: only its
  // documents, their outputs and part files, nothing that spans documents.
  Shard shard;
  // `editio merge`: every document's outputs must be current (the shards
  // made them); none is converted; then what spans documents is made.
  bool merge = false;
};

// What a build did, for a caller that reports it its own way (editio build --watch).
struct BuildSummary {
  std::size_t documents = 0, built = 0, reused = 0, failed = 0;
  double seconds = 0;
};

// Returns the exit code: 0 success, 1 content or validation errors;
// `summary`, when given, receives what was built.
int run_build(const BuildOptions& options, std::ostream& log, BuildSummary* summary = nullptr);

// Where schemas/ and xslt/ live: find_data_home() without --home (driver/data_home.hpp).
std::string default_home();

}  // namespace editio
