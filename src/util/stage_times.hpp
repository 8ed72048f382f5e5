#pragma once
// Where a build spends its time: per stage, summed over the documents (so
// thread time, not wall time), for `editio build --stats` and bench/.
#include <array>
#include <chrono>
#include <cstddef>
#include <string>

namespace editio {

enum class Stage { Read, Annotate, WriteTei, Validate, Index, Html, Latex, Pdf, Count };

// The stage's name in statistics and logs: read, annotate, write-tei, validate,
// index (what the cross-document pages need, from the written TEI), html, latex, pdf.
const char* stage_name(Stage s);

struct StageTimes {
  std::array<double, static_cast<std::size_t>(Stage::Count)> seconds{};
  // The CPU time of the thread in each stage: unlike `seconds`, it does not
  // grow when the machine is busy (what bench/ compares across sizes).
  std::array<double, static_cast<std::size_t>(Stage::Count)> cpu_seconds{};
  double& operator[](Stage s) { return seconds[static_cast<std::size_t>(s)]; }
  double operator[](Stage s) const { return seconds[static_cast<std::size_t>(s)]; }
  StageTimes& operator+=(const StageTimes& o) {
    for (std::size_t i = 0; i < seconds.size(); ++i) {
      seconds[i] += o.seconds[i];
      cpu_seconds[i] += o.cpu_seconds[i];
    }
    return *this;
  }
};

// The CPU time the calling thread has used, in seconds.
double thread_cpu_seconds();

// Adds the time from its construction to its destruction (or stop()) to one
// stage (wall and the thread's CPU time).
class StageTimer {
 public:
  StageTimer(StageTimes* times, Stage stage)
      : times_(times), stage_(stage), start_(Clock::now()), cpu_start_(thread_cpu_seconds()) {}
  ~StageTimer() { stop(); }
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;
  void stop() {
    if (times_) {
      (*times_)[stage_] += std::chrono::duration<double>(Clock::now() - start_).count();
      times_->cpu_seconds[static_cast<std::size_t>(stage_)] += thread_cpu_seconds() - cpu_start_;
    }
    times_ = nullptr;
  }

 private:
  using Clock = std::chrono::steady_clock;
  StageTimes* times_;
  Stage stage_;
  Clock::time_point start_;
  double cpu_start_;
};

// One build's numbers, for `editio build --stats FILE` (JSON).
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

std::string stats_json(const BuildStats& stats);

// The peak resident set of this process so far, in bytes (getrusage).
std::size_t peak_rss_bytes();

}  // namespace editio
