#pragma once
// Where a build spends its time: per stage, summed over the documents (so
// thread time, not wall time), for `editio build --stats` (driver/stats.hpp)
// and bench/.
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

}  // namespace editio
