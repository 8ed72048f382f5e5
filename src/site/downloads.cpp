#include "site/downloads.hpp"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <set>

#include <sys/stat.h>
#include <unistd.h>

#include "util/fs.hpp"
#include "util/interrupt.hpp"

namespace editio {
namespace {

namespace sfs = std::filesystem;

// True when `a` and `b` are the same file (one a hard link of the other).
bool same_file(const std::string& a, const std::string& b) {
  struct stat sa{}, sb{};
  return ::stat(a.c_str(), &sa) == 0 && ::stat(b.c_str(), &sb) == 0 && sa.st_dev == sb.st_dev &&
         sa.st_ino == sb.st_ino;
}

// `to` as a copy of `from`, written atomically; false with `why`.
bool copy_atomic(const std::string& from, const std::string& to, std::string& why) {
  std::string data;
  return fs::read_file(from, data, why) && fs::write_atomic(to, data, why);
}

// `to` as a hard link of `from`: linked at a temporary name, renamed over
// `to`. False when the file system refuses the link (another device, no
// hard links): the caller copies instead.
bool link_atomic(const std::string& from, const std::string& to) {
  const std::string tmp = interrupt::temporary_name(to);
  const int token = interrupt::add_temporary(tmp);
  bool ok = ::link(from.c_str(), tmp.c_str()) == 0;
  if (ok && std::rename(tmp.c_str(), to.c_str()) != 0) {
    ::unlink(tmp.c_str());
    ok = false;
  }
  interrupt::remove_temporary(token);
  return ok;
}

}  // namespace

void place_site_files(const std::vector<SiteFile>& files, const std::string& html_dir, Diagnostics& diags) {
  for (const auto& f : files) {
    const std::string to = (sfs::path(html_dir) / f.to).string();
    std::error_code ec;
    if (!sfs::is_regular_file(f.from, ec)) {
      sfs::remove(to, ec);
      continue;
    }
    if (same_file(f.from, to)) continue;
    std::string why;
    if (!fs::make_dirs(sfs::path(to).parent_path().string(), why)) {
      diags.error(to, {}, "cannot make the folder for the site's copy: " + why);
      continue;
    }
    if (!link_atomic(f.from, to) && !copy_atomic(f.from, to, why))
      diags.error(to, {}, "cannot place " + f.from + " in the site: " + why);
  }
}

void remove_other_site_files(const std::vector<SiteFile>& files, const std::string& html_dir,
                             const std::string& sub, const std::string& ext) {
  std::set<std::string> kept;
  for (const auto& f : files) kept.insert((sfs::path(html_dir) / f.to).lexically_normal().string());
  std::error_code ec;
  for (sfs::directory_iterator it(sfs::path(html_dir) / sub, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string p = it->path().lexically_normal().string();
    const std::string name = it->path().filename().string();
    const bool ours = name.size() > ext.size() && name.compare(name.size() - ext.size(), ext.size(), ext) == 0;
    std::error_code e2;
    if (ours && it->is_regular_file(e2) && !kept.count(p)) sfs::remove(it->path(), e2);
  }
}

}  // namespace editio
