#pragma once
// The build's one form of parallelism: independent tasks over a range.
#include <cstddef>
#include <functional>

namespace editio {

// Runs f(i) for i in [0, n) on `jobs` threads (the calling one among them);
// returns when every f(i) has.
void parallel_for(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& f);

}  // namespace editio
