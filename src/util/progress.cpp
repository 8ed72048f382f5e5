#include "util/progress.hpp"

#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace editio {

namespace {

constexpr const char* kErase = "\r\x1b[K";  // back to column 0, clear the line
constexpr std::size_t kBarCells = 20;
constexpr double kRedrawEvery = 0.1;  // s; a terminal redraw per item would be slow
constexpr double kLineEvery = 5.0;   // s; Lines mode: a sign of life in slow builds
// One column short of 80: writing the last column makes some terminals wrap,
// and then "\r" no longer returns to the start of the bar.
constexpr std::size_t kMaxColumns = 79;

double steady_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

std::string format_rate(double rate) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f/s", rate);
  return buf;
}

// "7 s", "3 min 20 s", "2 h 5 min"; rounded up so it never says 0 while
// items remain (less a hair, so 6.0000001 s stays 6 s).
std::string format_duration(double seconds) {
  auto s = static_cast<long long>(std::ceil(seconds - 1e-6));
  if (s < 1) s = 1;
  if (s < 60) return std::to_string(s) + " s";
  if (s < 3600) return std::to_string(s / 60) + " min " + std::to_string(s % 60) + " s";
  return std::to_string(s / 3600) + " h " + std::to_string(s % 3600 / 60) + " min";
}

// Cuts `s` to `cols` code points (the bar's '·' and a Cyrillic `what` are
// one column each but several bytes).
void truncate_columns(std::string& s, std::size_t cols) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
    if (n++ == cols) {
      s.resize(i);
      return;
    }
  }
}

}  // namespace

Progress::Progress(std::ostream& out, std::size_t total, ProgressMode mode, bool out_is_terminal,
                   std::string what)
    : out_(out),
      total_(total),
      mode_(mode == ProgressMode::Auto ? (out_is_terminal ? ProgressMode::Bar : ProgressMode::Lines)
                                       : mode),
      what_(std::move(what)),
      clock_(steady_seconds) {
  start_ = clock_();
  last_line_ = start_;
}

Progress::~Progress() {
  try {
    finish();
  } catch (...) {
    // A stream that throws on a closed pipe must not end the program here.
  }
}

void Progress::set_clock(Clock c) {
  std::lock_guard lock(mu_);
  clock_ = std::move(c);
  start_ = clock_();
  last_line_ = start_;
}

bool Progress::is_terminal(int fd) {
  if (!::isatty(fd)) return false;
  const char* term = std::getenv("TERM");
  return term && *term && std::strcmp(term, "dumb") != 0;
}

// ", 85.3/s, 7 s left" with `sep` between the parts; rate and time left are
// left out while there is nothing sensible to say.
std::string Progress::stats(double now, const char* sep) const {
  std::string s;
  double elapsed = now - start_;
  if (elapsed > 0 && done_ > 0) {
    double rate = done_ / elapsed;
    s += sep + format_rate(rate);
    std::size_t remaining = total_ > done_ ? total_ - done_ : 0;
    // One item in a few milliseconds says little about the rest.
    if (remaining > 0 && (done_ >= 2 || elapsed >= 1.0))
      s += sep + format_duration(remaining / rate) + " left";
  }
  if (failed_ > 0) s += ", " + std::to_string(failed_) + " failed";
  return s;
}

std::string Progress::bar_line(double now) const {
  std::size_t filled =
      total_ == 0 ? kBarCells : std::min<std::size_t>(kBarCells, done_ * kBarCells / total_);
  std::string s = "[";
  for (std::size_t i = 0; i < kBarCells; ++i) s += i < filled ? "#" : "\u00B7";
  s += "]  " + std::to_string(done_) + "/" + std::to_string(total_) + " " + what_;
  s += stats(now, "  ");
  truncate_columns(s, kMaxColumns);
  return s;
}

std::string Progress::plain_line(double now) const {
  std::size_t pct = total_ == 0 ? 100 : std::min<std::size_t>(100, done_ * 100 / total_);
  return "progress: " + std::to_string(done_) + "/" + std::to_string(total_) + " " + what_ + " (" +
         std::to_string(pct) + "%)" + stats(now, ", ") + "\n";
}

void Progress::draw_bar(double now) {
  out_ << kErase << bar_line(now) << std::flush;
  bar_shown_ = true;
  drawn_once_ = true;
  last_draw_ = now;
}

void Progress::done(bool failed) {
  std::lock_guard lock(mu_);
  ++done_;
  if (failed) ++failed_;
  if (finished_ || mode_ == ProgressMode::Off) return;
  double now = clock_();
  bool last = done_ == total_;
  if (mode_ == ProgressMode::Bar) {
    if (last || !drawn_once_ || now - last_draw_ >= kRedrawEvery) draw_bar(now);
    return;
  }
  // Lines: a new 10% step, or a long quiet stretch.
  std::size_t step = total_ == 0 ? 10 : std::min<std::size_t>(10, done_ * 10 / total_);
  if (step > last_step_ || now - last_line_ >= kLineEvery) {
    last_step_ = std::max(last_step_, step);
    last_line_ = now;
    out_ << plain_line(now) << std::flush;
  }
}

void Progress::print(const std::string& text) {
  std::lock_guard lock(mu_);
  bool bar = mode_ == ProgressMode::Bar && !finished_;
  if (bar) out_ << kErase;
  out_ << text;
  if (text.empty() || text.back() != '\n') out_ << '\n';
  if (bar) {
    draw_bar(clock_());
  } else {
    out_ << std::flush;
  }
}

void Progress::finish() {
  std::lock_guard lock(mu_);
  if (finished_) return;
  finished_ = true;
  if (bar_shown_) {
    out_ << kErase << std::flush;
    bar_shown_ = false;
  }
}

}  // namespace editio
