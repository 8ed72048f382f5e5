#include "driver/stats.hpp"

#include <sys/resource.h>

#include <cstdio>

namespace editio {

std::string stats_json(const BuildStats& s) {
  auto num = [](double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4f", v);
    return std::string(buf);
  };
  std::string j = "{\n";
  j += "  \"jobs\": " + std::to_string(s.jobs) + ",\n";
  j += "  \"documents\": " + std::to_string(s.documents) + ",\n";
  j += "  \"built\": " + std::to_string(s.built) + ",\n";
  j += "  \"skipped\": " + std::to_string(s.skipped) + ",\n";
  j += "  \"failed\": " + std::to_string(s.failed) + ",\n";
  j += "  \"bytes\": " + std::to_string(s.bytes) + ",\n";
  auto per_stage = [&](const char* key, const auto& seconds) {
    j += std::string("  \"") + key + "\": {";
    for (std::size_t i = 0; i < seconds.size(); ++i)
      j += std::string(i ? ", " : "") + "\"" + stage_name(static_cast<Stage>(i)) + "\": " + num(seconds[i]);
    j += "},\n";
  };
  per_stage("stages", s.stages.seconds);
  per_stage("stages_cpu", s.stages.cpu_seconds);
  j += "  \"documents_seconds\": " + num(s.documents_seconds) + ",\n";
  j += "  \"pages_seconds\": " + num(s.pages_seconds) + ",\n";
  j += "  \"book_seconds\": " + num(s.book_seconds) + ",\n";
  j += "  \"wall_seconds\": " + num(s.wall_seconds) + ",\n";
  j += "  \"documents_peak_rss\": " + std::to_string(s.documents_peak_rss) + ",\n";
  j += "  \"peak_rss\": " + std::to_string(s.peak_rss) + "\n";
  return j + "}\n";
}

std::size_t peak_rss_bytes() {
  rusage u{};
  if (getrusage(RUSAGE_SELF, &u) != 0) return 0;
  return static_cast<std::size_t>(u.ru_maxrss) * 1024;  // Linux reports kilobytes
}

}  // namespace editio
