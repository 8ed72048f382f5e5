#pragma once
// Progress of a long build (thousands of documents). On a terminal one status
// line is redrawn in place; in a log file plain lines are printed now and then,
// so the log stays readable and small.
#include <cstddef>
#include <functional>
#include <mutex>
#include <ostream>
#include <string>

namespace editio {

enum class ProgressMode { Auto, Bar, Lines, Off };

class Progress {
 public:
  using Clock = std::function<double()>;  // seconds, monotonic

  // Auto: Bar when `out_is_terminal`, else Lines.
  Progress(std::ostream& out, std::size_t total, ProgressMode mode, bool out_is_terminal,
           std::string what = "documents");
  ~Progress();
  Progress(const Progress&) = delete;
  Progress& operator=(const Progress&) = delete;

  // Thread-safe. One item finished, ok or failed. Bar: redraws at most ~10
  // times a second, and always for the last item. Lines: a line every 10% or
  // at least every ~5 s, never one per item.
  void done(bool failed = false);

  // Thread-safe. A message line (an item's ok/FAIL line, a diagnostic) printed
  // above the bar, which is redrawn below it. A newline is added if missing.
  void print(const std::string& text);

  // Erases the bar so the summary that follows starts on a clean line; later
  // done() calls only count. Idempotent; the destructor calls it.
  void finish();

  // For tests. Also restarts the rate measurement at the new clock's now.
  void set_clock(Clock c);

  // isatty, and TERM is set and not "dumb" (no cursor control there).
  static bool is_terminal(int fd);

  ProgressMode mode() const { return mode_; }

 private:
  std::string bar_line(double now) const;
  std::string plain_line(double now) const;
  std::string stats(double now, const char* sep) const;
  void draw_bar(double now);

  std::mutex mu_;
  std::ostream& out_;
  std::size_t total_;
  ProgressMode mode_;
  std::string what_;
  Clock clock_;
  double start_ = 0;
  std::size_t done_ = 0;
  std::size_t failed_ = 0;
  bool bar_shown_ = false;  // the bar is on screen, the cursor at its end
  bool finished_ = false;
  bool drawn_once_ = false;
  double last_draw_ = 0;
  double last_line_ = 0;      // Lines: time of the last progress line
  std::size_t last_step_ = 0;  // Lines: the last 10% step printed
};

}  // namespace editio
