#pragma once
// `editio names`: what the texts name that the personography does not know,
// and what the personography knows that no text names.
#include <ostream>
#include <string>

namespace editio {

// Reads the edition in `sources_dir` (manifest.toml, its personography if
// any) and prints the report. Returns the exit code (0, or 1 when the
// manifest or personography cannot be read).
int run_names(const std::string& sources_dir, std::ostream& out, std::ostream& log);

}  // namespace editio
