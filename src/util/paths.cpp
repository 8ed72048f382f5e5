#include "util/paths.hpp"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

namespace editio::paths {
namespace {

namespace sfs = std::filesystem;

// `links`: how many more symbolic links may be followed (40, as in the kernel).
sfs::path resolve(const sfs::path& p, int links) {
  std::error_code ec;
  const sfs::path abs = sfs::absolute(p, ec);
  if (ec) return p.lexically_normal();
  if (sfs::path c = sfs::canonical(abs, ec); !ec) return c;
  // A dangling link: where it points.
  if (links > 0 && sfs::is_symlink(sfs::symlink_status(abs, ec))) {
    const sfs::path target = sfs::read_symlink(abs, ec);
    if (!ec) return resolve(abs.parent_path() / target, links - 1);
  }
  // A missing file: its folder resolved, then its name (".." after a link
  // leaves the link's target, as the kernel has it).
  const sfs::path parent = abs.parent_path(), name = abs.filename();
  if (parent == abs) return abs;
  const sfs::path base = resolve(parent, links);
  // "x/" that did not resolve names a folder that is missing, or a file that is
  // no folder (the kernel says ENOTDIR): it lies where x lies, and is never x.
  if (name.empty()) return base / "";
  if (name == ".") return base;
  if (name == "..") return base.parent_path();
  return base / name;
}

}  // namespace

std::string real(const std::string& path) { return resolve(sfs::path(path.empty() ? "." : path), 40).string(); }

bool within(const std::string& p, const std::string& root) {
  const sfs::path a(p), b(root);
  auto i = a.begin();
  for (auto j = b.begin(); j != b.end(); ++i, ++j) {
    if (j->empty()) continue;  // a trailing separator
    if (i == a.end() || *i != *j) return false;
  }
  return true;
}

std::string outside_roots(const std::string& path, const std::vector<std::string>& roots) {
  const std::string r = real(path);
  for (const auto& root : roots)
    if (within(r, root)) return "";
  std::string msg = "is outside the sources folder";
  if (r != sfs::path(path).lexically_normal().string()) msg += " (it resolves to " + r + ")";
  return msg;
}

const std::vector<std::string>& output_entries() {
  static const std::vector<std::string> entries{"tei", "html", "print", "schema", ".editio", "edition.xml"};
  return entries;
}

std::string output_conflict(const std::string& out, const std::vector<std::string>& roots,
                            const std::vector<std::string>* inputs) {
  const std::string o = real(out);
  // Whether `dir` may hold a source: without `inputs`, any folder in a root may.
  auto holds_input = [&](const std::string& dir) {
    return !inputs || std::any_of(inputs->begin(), inputs->end(),
                                  [&](const std::string& f) { return !f.empty() && within(real(f), dir); });
  };
  for (const auto& root : roots) {
    if (o == root) return "the output directory is the sources folder " + root;
    if (within(o, root) && holds_input(o))
      return "the output directory " + o + " is inside the sources folder " + root +
             ": outputs could overwrite sources";
    // Editio's own entries (links resolved) may neither hold a source nor lie in one.
    for (const auto& e : output_entries()) {
      const std::string entry = real((sfs::path(o) / e).string());
      if (within(root, entry) || (within(entry, root) && holds_input(entry)))
        return "the output directory's " + e + (entry == (sfs::path(o) / e).string() ? "" : " (" + entry + ")") +
               (within(root, entry) ? " holds" : " lies inside") + " the sources folder " + root +
               ": outputs could overwrite sources";
    }
  }
  return "";
}

std::string output_in_roots(const std::string& output, const std::vector<std::string>& roots) {
  const std::string r = real(output);
  for (const auto& root : roots)
    if (within(r, root)) return output + " is inside the sources folder " + root;
  return "";
}

bool same_file(const std::string& a, const std::string& b) {
  struct stat x {}, y {};
  if (::stat(a.c_str(), &x) == 0 && ::stat(b.c_str(), &y) == 0) return x.st_dev == y.st_dev && x.st_ino == y.st_ino;
  return real(a) == real(b);
}

}  // namespace editio::paths
