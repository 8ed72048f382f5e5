#include "util/stage_times.hpp"

#include <ctime>

namespace editio {

const char* stage_name(Stage s) {
  switch (s) {
    case Stage::Read: return "read";
    case Stage::Annotate: return "annotate";
    case Stage::WriteTei: return "write-tei";
    case Stage::Validate: return "validate";
    case Stage::Index: return "index";
    case Stage::Html: return "html";
    case Stage::Latex: return "latex";
    case Stage::Pdf: return "pdf";
    case Stage::Count: break;
  }
  return "?";
}

double thread_cpu_seconds() {
  timespec t{};
  if (clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t) != 0) return 0;
  return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9;
}

}  // namespace editio
