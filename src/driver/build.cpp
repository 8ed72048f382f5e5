#include "driver/build.hpp"

#include "driver/data_home.hpp"
#include "driver/edition_build.hpp"

namespace editio {

int run_build(const BuildOptions& options, std::ostream& log) { return EditionBuild(options, log).run(); }

std::string default_home() { return find_data_home().path; }

}  // namespace editio
