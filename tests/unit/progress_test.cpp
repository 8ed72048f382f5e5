// The build's progress display: an in-place bar on a terminal, plain lines in
// a log, driven here by a fake clock so the numbers are exact.
#include "util/progress.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <set>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

using namespace editio;

namespace {

const std::string kErase = "\r\x1b[K";

std::size_t count(const std::string& s, const std::string& what) {
  std::size_t n = 0;
  for (auto p = s.find(what); p != std::string::npos; p = s.find(what, p + what.size())) ++n;
  return n;
}

// What a terminal would show on the bar's line now: the text after the last
// erase.
std::string last_bar(const std::string& s) {
  auto p = s.rfind(kErase);
  return p == std::string::npos ? "" : s.substr(p + kErase.size());
}

std::size_t columns(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// A Progress on a string stream with a clock the test sets.
struct Fixture {
  std::ostringstream out;
  double t = 0;
  Progress p;
  Fixture(std::size_t total, ProgressMode mode, std::string what = "documents")
      : p(out, total, mode, false, std::move(what)) {
    p.set_clock([this] { return t; });
  }
};

}  // namespace

TEST(ProgressBar, RedrawsInPlaceWithCountRateAndTimeLeft) {
  Fixture f(1000, ProgressMode::Bar);
  for (int i = 0; i < 411; ++i) f.p.done();  // at t = 0: the first draws, the rest wait
  f.t = 4.0;
  f.p.done();  // 412 in 4 s: 103/s, 588 left -> 5.7 s, shown rounded up
  const std::string dots8 = "\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7";
  EXPECT_EQ(f.out.str(), kErase + "[" + dots8 + dots8 + "\u00B7\u00B7\u00B7\u00B7]  1/1000 documents" +
                             kErase + "[########" + dots8 +
                             "\u00B7\u00B7\u00B7\u00B7]  412/1000 documents  103.0/s  6 s left");
  EXPECT_EQ(f.out.str().find('\n'), std::string::npos) << "the bar never ends a line";
}

TEST(ProgressBar, NoTimeLeftBeforeTwoItemsOrOneSecond) {
  Fixture f(10, ProgressMode::Bar);
  f.p.done();  // at t = 0: no rate at all
  EXPECT_EQ(last_bar(f.out.str()).substr(last_bar(f.out.str()).find(']')), "]  1/10 documents");
  f.t = 0.5;
  f.p.done();  // 2 items: 4.0/s, 8 left -> 2 s
  EXPECT_EQ(last_bar(f.out.str()).substr(last_bar(f.out.str()).find(']')),
            "]  2/10 documents  4.0/s  2 s left");

  Fixture g(10, ProgressMode::Bar);
  g.t = 0.5;
  g.p.done();  // one item in half a second: a rate, but no estimate yet
  EXPECT_EQ(last_bar(g.out.str()).substr(last_bar(g.out.str()).find(']')),
            "]  1/10 documents  2.0/s");
  g.t = 1.0;
  g.p.print("x");  // redraws; 1 s passed, so now there is an estimate: 9 / 1.0
  EXPECT_EQ(last_bar(g.out.str()).substr(last_bar(g.out.str()).find(']')),
            "]  1/10 documents  1.0/s  9 s left");
}

TEST(ProgressBar, LongTimesInMinutesAndHours) {
  Fixture f(1000, ProgressMode::Bar);
  f.p.done();
  f.t = 1.0;
  f.p.done();  // 2/s, 998 left -> 499 s
  EXPECT_NE(last_bar(f.out.str()).find("  2.0/s  8 min 19 s left"), std::string::npos)
      << last_bar(f.out.str());

  Fixture g(100000, ProgressMode::Bar);
  g.p.done();
  g.t = 1.0;
  g.p.done();  // 99998 / 2 = 49999 s
  EXPECT_NE(last_bar(g.out.str()).find("  2.0/s  13 h 53 min left"), std::string::npos)
      << last_bar(g.out.str());
}

TEST(ProgressBar, ShowsFailures) {
  Fixture f(4, ProgressMode::Bar);
  f.t = 1.0;
  f.p.done(true);
  f.t = 2.0;
  f.p.done();
  f.t = 3.0;
  f.p.done(true);
  EXPECT_EQ(last_bar(f.out.str()),
            "[###############\u00B7\u00B7\u00B7\u00B7\u00B7]  3/4 documents  1.0/s  1 s left, 2 failed");
  f.t = 4.0;
  f.p.done();
  EXPECT_EQ(last_bar(f.out.str()), "[####################]  4/4 documents  1.0/s, 2 failed");
}

TEST(ProgressBar, ThrottlesButAlwaysDrawsTheLast) {
  Fixture f(100, ProgressMode::Bar);
  f.p.done();  // the first one draws
  EXPECT_EQ(count(f.out.str(), kErase), 1u);
  f.t = 0.05;
  for (int i = 0; i < 50; ++i) f.p.done();
  EXPECT_EQ(count(f.out.str(), kErase), 1u) << "51 items within 0.1 s: one redraw";
  f.t = 0.1;
  f.p.done();
  EXPECT_EQ(count(f.out.str(), kErase), 2u);
  f.t = 0.15;
  for (int i = 0; i < 47; ++i) f.p.done();
  EXPECT_EQ(count(f.out.str(), kErase), 2u);
  f.p.done();  // 100/100, only 0.05 s after the last redraw
  EXPECT_EQ(count(f.out.str(), kErase), 3u);
  EXPECT_NE(last_bar(f.out.str()).find("]  100/100 documents"), std::string::npos);
}

TEST(ProgressBar, PrintGoesAboveTheRedrawnBar) {
  Fixture f(10, ProgressMode::Bar);
  f.t = 1.0;
  f.p.done();
  f.out.str("");
  f.p.print("ok  doc-1");
  f.p.print("FAIL doc-2: no title\n");  // an existing newline is not doubled
  const std::string bar = "[##\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7"
                          "\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7\u00B7]  1/10 documents  1.0/s  9 s left";
  EXPECT_EQ(f.out.str(), kErase + "ok  doc-1\n" + kErase + bar + kErase +
                             "FAIL doc-2: no title\n" + kErase + bar);
}

TEST(ProgressBar, FinishErasesTheBarExactlyOnce) {
  std::ostringstream out;
  {
    Progress p(out, 3, ProgressMode::Bar, false);
    p.set_clock([] { return 0.0; });
    p.done();
    std::size_t drawn = out.str().size();
    p.finish();
    EXPECT_EQ(out.str().substr(drawn), kErase);
    p.finish();
    p.done();  // after finish only counted, nothing drawn
    p.print("summary");
    EXPECT_EQ(out.str().substr(drawn), kErase + "summary\n");
  }  // the destructor finishes again: still nothing
  EXPECT_EQ(count(out.str(), kErase), 2u);

  std::ostringstream quiet;
  { Progress p(quiet, 3, ProgressMode::Bar, false); }
  EXPECT_EQ(quiet.str(), "") << "no bar was drawn, so there is nothing to erase";
}

TEST(ProgressBar, FitsEightyColumns) {
  Fixture f(123456, ProgressMode::Bar, "документов из очень длинного собрания сочинений в тридцати томах");
  f.p.done(true);
  f.t = 3.0;
  f.p.done(true);
  std::string bar = last_bar(f.out.str());
  EXPECT_EQ(columns(bar), 79u) << bar;
  EXPECT_EQ(bar.rfind("[\u00B7", 0), 0u);
  EXPECT_EQ(bar.find('\n'), std::string::npos);

  Fixture g(1000000, ProgressMode::Bar);
  for (int i = 0; i < 2; ++i) g.p.done(true);
  g.t = 1.0;
  g.p.done(true);
  bar = last_bar(g.out.str());
  EXPECT_LE(columns(bar), 79u) << bar;
  EXPECT_NE(bar.find(", 3 failed"), std::string::npos) << bar;
}

TEST(ProgressLines, PlainLinesAtTenPercentSteps) {
  Fixture f(100, ProgressMode::Lines);
  for (int i = 1; i <= 100; ++i) {
    f.t = i / 10.0;
    f.p.done();
  }
  std::string s = f.out.str();
  EXPECT_EQ(s.find('\r'), std::string::npos);
  EXPECT_EQ(s.find('\x1b'), std::string::npos);
  auto lines = split_lines(s);
  ASSERT_EQ(lines.size(), 10u) << s;
  for (std::size_t i = 0; i < lines.size(); ++i)
    EXPECT_EQ(lines[i].rfind("progress: " + std::to_string(10 * (i + 1)) + "/100 documents (" +
                                 std::to_string(10 * (i + 1)) + "%), 10.0/s",
                             0),
              0u)
        << lines[i];
  EXPECT_EQ(lines[3], "progress: 40/100 documents (40%), 10.0/s, 6 s left");
  EXPECT_EQ(lines[9], "progress: 100/100 documents (100%), 10.0/s");
}

TEST(ProgressLines, EveryFiveSecondsWhenSlowAndFailures) {
  Fixture f(1000, ProgressMode::Lines);
  for (int i = 1; i <= 20; ++i) {
    f.t = i;
    f.p.done(i == 3);
  }
  auto lines = split_lines(f.out.str());
  ASSERT_EQ(lines.size(), 4u) << f.out.str();  // at 5, 10, 15 and 20 s
  EXPECT_EQ(lines[0], "progress: 5/1000 documents (0%), 1.0/s, 16 min 35 s left, 1 failed");
  EXPECT_EQ(lines[3], "progress: 20/1000 documents (2%), 1.0/s, 16 min 20 s left, 1 failed");
}

TEST(ProgressLines, PrintJustPrintsAndFinishWritesNothing) {
  Fixture f(1000, ProgressMode::Lines);
  f.p.done();
  f.p.print("ok  doc-1");
  f.p.print("");
  f.p.finish();
  EXPECT_EQ(f.out.str(), "ok  doc-1\n\n");
}

TEST(ProgressOff, PrintsOnlyPrintTexts) {
  Fixture f(10, ProgressMode::Off);
  for (int i = 0; i < 5; ++i) f.p.done(i == 0);
  f.p.print("FAIL doc-1");
  for (int i = 0; i < 5; ++i) f.p.done();
  f.p.finish();
  EXPECT_EQ(f.out.str(), "FAIL doc-1\n");
}

TEST(ProgressAuto, BarOnTerminalLinesOtherwise) {
  std::ostringstream out;
  EXPECT_EQ(Progress(out, 1, ProgressMode::Auto, true).mode(), ProgressMode::Bar);
  EXPECT_EQ(Progress(out, 1, ProgressMode::Auto, false).mode(), ProgressMode::Lines);
  EXPECT_EQ(Progress(out, 1, ProgressMode::Off, true).mode(), ProgressMode::Off);
  int fds[2];
  ASSERT_EQ(::pipe(fds), 0);
  EXPECT_FALSE(Progress::is_terminal(fds[1]));
  ::close(fds[0]);
  ::close(fds[1]);
  EXPECT_FALSE(Progress::is_terminal(-1));
}

namespace {

// 4 threads, each finishing 250 items and printing a line for each.
std::string run_threads(ProgressMode mode) {
  std::ostringstream out;
  Progress p(out, 1000, mode, false);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t)
    threads.emplace_back([&p, t] {
      for (int i = 0; i < 250; ++i) {
        p.print("ok  thread " + std::to_string(t) + " document " + std::to_string(i) +
                " with a line long enough to tear if writes overlapped");
        p.done(i % 50 == 0);
      }
    });
  for (auto& th : threads) th.join();
  std::string last = last_bar(out.str());
  p.finish();
  return mode == ProgressMode::Bar ? out.str() + "\n#LAST " + last : out.str();
}

std::set<std::string> expected_messages() {
  std::set<std::string> m;
  for (int t = 0; t < 4; ++t)
    for (int i = 0; i < 250; ++i)
      m.insert("ok  thread " + std::to_string(t) + " document " + std::to_string(i) +
               " with a line long enough to tear if writes overlapped");
  return m;
}

}  // namespace

TEST(ProgressThreads, BarLinesStayWhole) {
  std::string s = run_threads(ProgressMode::Bar);
  auto tail = s.rfind("\n#LAST ");
  std::string last = s.substr(tail + 7);
  EXPECT_NE(last.find("]  1000/1000 documents"), std::string::npos) << last;
  EXPECT_NE(last.find(", 20 failed"), std::string::npos) << last;
  std::multiset<std::string> got;
  for (const auto& line : split_lines(s.substr(0, tail))) {
    // Before a message there may only be erased bars: "\r\x1b[K[...]...".
    auto p = line.rfind(kErase);
    ASSERT_NE(p, std::string::npos) << line;
    for (std::size_t q = 0; q < p; q = line.find(kErase, q + 1))
      ASSERT_EQ(line.compare(q, kErase.size() + 1, kErase + "["), 0) << line;
    std::string text = line.substr(p + kErase.size());
    if (text.empty()) continue;  // the final erase by finish()
    got.insert(text);
  }
  auto want = expected_messages();
  EXPECT_EQ(got.size(), 1000u);
  EXPECT_EQ(std::set<std::string>(got.begin(), got.end()), want);
}

TEST(ProgressThreads, PlainLinesStayWhole) {
  std::string s = run_threads(ProgressMode::Lines);
  EXPECT_EQ(s.find('\r'), std::string::npos);
  std::multiset<std::string> got;
  std::string last_progress;
  for (const auto& line : split_lines(s)) {
    if (line.rfind("progress: ", 0) == 0)
      last_progress = line;
    else
      got.insert(line);
  }
  EXPECT_EQ(got.size(), 1000u);
  EXPECT_EQ(std::set<std::string>(got.begin(), got.end()), expected_messages());
  EXPECT_EQ(last_progress.rfind("progress: 1000/1000 documents (100%)", 0), 0u) << last_progress;
  EXPECT_NE(last_progress.find(", 20 failed"), std::string::npos) << last_progress;
}
