#include "driver/build.hpp"

#include <cstdlib>

#include "driver/edition_build.hpp"

namespace editio {

int run_build(const BuildOptions& options, std::ostream& log, BuildSummary* summary) {
  EditionBuild build(options, log);
  const int rc = build.run();
  if (summary) *summary = build.summary();
  return rc;
}

std::string default_home() {
  if (const char* h = std::getenv("EDITIO_HOME"); h && *h) return h;
  return EDITIO_SOURCE_DIR;
}

}  // namespace editio
