#pragma once
// Where inputs may be read from and outputs written to: the boundaries
// between the sources, the output directory and the rest of the system,
// decided on real paths (symbolic links and ".." resolved).
#include <string>
#include <vector>

namespace editio::paths {

// The absolute path with every symbolic link and "." or ".." resolved. For a
// path that does not exist, a dangling link resolves to its target, and a
// missing tail is appended to its longest existing (resolved) prefix.
std::string real(const std::string& path);

// Whether real path `p` is `root` or lies under it (whole components compared).
bool within(const std::string& p, const std::string& root);

// Why `path`, named in a file of the sources, may not be read: "" when its
// real path lies under one of `roots` (already real paths, see real()).
std::string outside_roots(const std::string& path, const std::vector<std::string>& roots);

// What Editio writes directly under the output directory; nothing else there
// is written to or removed.
const std::vector<std::string>& output_entries();

// Why `out` may not be the output directory of sources under `roots` (real
// paths): "" when no output could land on or inside a source. `out` equal
// to or under a root is refused; a root under `out` is allowed unless an
// entry of output_entries() (after resolving links) is, holds or lies in a root.
// With `inputs` (every file the edition reads), `out` and its entries under a
// root (but not the root itself) are allowed when none of them lies in them:
// an edition's folder may hold its own output/ beside its texts.
std::string output_conflict(const std::string& out, const std::vector<std::string>& roots,
                            const std::vector<std::string>* inputs = nullptr);

// Why `output`, a file to be written, may not be: "" unless its real path is
// a source root or lies under one.
std::string output_in_roots(const std::string& output, const std::vector<std::string>& roots);

// Whether `a` and `b` are one file: the same inode (the same path, a hard
// link, a symbolic link to it) or, when one does not exist, the same real path.
bool same_file(const std::string& a, const std::string& b);

}  // namespace editio::paths
