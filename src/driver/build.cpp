#include "driver/build.hpp"

#include "driver/data_home.hpp"
#include "driver/edition_build.hpp"

namespace editio {

int run_build(const BuildOptions& options, std::ostream& log, BuildSummary* summary) {
  EditionBuild build(options, log);
  const int rc = build.run();
  if (summary) *summary = build.summary();
  return rc;
}

std::string default_home() { return find_data_home().path; }

}  // namespace editio
