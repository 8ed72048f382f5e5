#pragma once
// File helpers: whole-file reads and atomic writes.
#include <string>
#include <string_view>

namespace editio::fs {

bool read_file(const std::string& path, std::string& out, std::string& why);

// Writes `data` to a temporary file beside `path`, flushes it and renames it
// over `path`, so a reader never sees a half-written file. Creates parent
// directories. Returns false with a reason on failure (nothing is left behind).
bool write_atomic(const std::string& path, std::string_view data, std::string& why);

bool make_dirs(const std::string& dir, std::string& why);

}  // namespace editio::fs
