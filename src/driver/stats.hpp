#pragma once
// One build's statistics, for `editio build --stats FILE` and bench/: the
// documents, the time per stage (util/stage_times.hpp), the time of the
// phases and the peak memory.
#include <cstddef>
#include <string>

#include "util/stage_times.hpp"

namespace editio {

struct BuildStats {
  unsigned jobs = 0;
  std::size_t documents = 0, built = 0, skipped = 0, failed = 0;  // skipped: unchanged, not rebuilt
  std::size_t bytes = 0;          // source text read
  StageTimes stages;              // thread seconds per stage, summed over documents (and thread CPU seconds)
  double documents_seconds = 0;   // wall: from the start until every document is done (PDFs included)
  double pages_seconds = 0;       // wall: the cross-document pages (index, register, chronology, search)
  double book_seconds = 0;        // wall: the whole-edition book
  double wall_seconds = 0;
  std::size_t peak_rss = 0;       // bytes
  std::size_t documents_peak_rss = 0;  // bytes, when the documents were done (before the cross-document pages)
};

// The statistics as a JSON object, one key a line, in the order of BuildStats.
std::string stats_json(const BuildStats& stats);

// The peak resident set of this process so far, in bytes (getrusage).
std::size_t peak_rss_bytes();

}  // namespace editio
