#include "driver/build.hpp"

#include <cstdlib>

#include "driver/edition_build.hpp"

namespace editio {

int run_build(const BuildOptions& options, std::ostream& log) { return EditionBuild(options, log).run(); }

std::string default_home() {
  if (const char* h = std::getenv("EDITIO_HOME"); h && *h) return h;
  return EDITIO_SOURCE_DIR;
}

}  // namespace editio
