#include "site/assets.hpp"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <set>
#include <system_error>

#include "util/fs.hpp"

namespace editio {
namespace sfs = std::filesystem;

std::vector<FontReference> font_references(const std::string& css) {
  static const std::string key = "url(";
  std::vector<FontReference> out;
  std::set<std::string> seen;
  std::size_t line = 1, counted_to = 0;
  for (std::size_t at = css.find(key); at != std::string::npos; at = css.find(key, at + key.size())) {
    std::size_t p = at + key.size();
    while (p < css.size() && (css[p] == ' ' || css[p] == '"' || css[p] == '\'')) ++p;
    static const std::string dir = "fonts/";
    if (css.compare(p, dir.size(), dir) != 0) continue;
    std::size_t b = p + dir.size(), e = b;
    while (e < css.size() && css[e] != ')' && css[e] != '"' && css[e] != '\'' && css[e] != ' ') ++e;
    std::string file = css.substr(b, e - b);
    // Only a plain file name: nothing that climbs out of fonts/.
    if (file.empty() || file.find('/') != std::string::npos || file.find('\\') != std::string::npos ||
        file.front() == '.')
      continue;
    line += static_cast<std::size_t>(std::count(css.begin() + counted_to, css.begin() + at, '\n'));
    counted_to = at;
    if (seen.insert(file).second) out.push_back({file, line});
  }
  return out;
}

std::vector<std::string> font_directories() {
  std::vector<std::string> dirs;
  if (const char* p = std::getenv("EDITIO_FONT_PATH")) {
    std::string s = p;
    for (std::size_t b = 0; b <= s.size();) {
      std::size_t e = s.find(':', b);
      if (e == std::string::npos) e = s.size();
      if (e > b) dirs.push_back(s.substr(b, e - b));
      b = e + 1;
    }
  }
  if (const char* h = std::getenv("HOME")) dirs.push_back(std::string(h) + "/.local/share/fonts");
  dirs.push_back("/usr/local/share/fonts");
  dirs.push_back("/usr/share/fonts");
  return dirs;
}

std::string find_font(const std::string& file, const std::vector<std::string>& dirs) {
  for (const auto& d : dirs) {
    std::error_code ec;
    if (!sfs::is_directory(d, ec)) continue;
    const sfs::path direct = sfs::path(d) / file;
    if (sfs::is_regular_file(direct, ec)) return direct.string();
    for (sfs::recursive_directory_iterator it(d, sfs::directory_options::skip_permission_denied, ec), end;
         !ec && it != end; it.increment(ec)) {
      if (it->path().filename() == file && it->is_regular_file(ec)) return it->path().string();
    }
  }
  return {};
}

void copy_site_assets(const std::string& html_src_dir, const std::string& html_out, Diagnostics& diags) {
  std::vector<sfs::path> files;
  std::error_code ec;
  for (sfs::directory_iterator it(html_src_dir, ec), end; !ec && it != end; it.increment(ec)) {
    const auto ext = it->path().extension();
    if ((ext == ".css" || ext == ".js") && it->is_regular_file(ec)) files.push_back(it->path());
  }
  if (ec) diags.error(html_src_dir, {}, "cannot list the site's stylesheets and scripts: " + ec.message());
  std::sort(files.begin(), files.end());

  std::vector<std::string> dirs;
  std::set<std::string> shipped;
  std::string data, why;
  for (const auto& f : files) {
    if (!fs::read_file(f.string(), data, why) ||
        !fs::write_if_changed((sfs::path(html_out) / f.filename()).string(), data, why)) {
      diags.error(f.string(), {}, "cannot copy to the site: " + why);
      continue;
    }
    if (f.extension() != ".css") continue;
    for (const auto& ref : font_references(data)) {
      if (!shipped.insert(ref.file).second) continue;
      if (dirs.empty()) dirs = font_directories();
      const std::string found = find_font(ref.file, dirs);
      SourcePos pos{static_cast<std::uint32_t>(ref.line), 0};
      std::string font;
      if (found.empty()) {
        diags.warning(f.string(), pos,
                      "font file '" + ref.file +
                          "' is not installed (searched $EDITIO_FONT_PATH and the system's font directories): "
                          "the pages fall back to the reader's fonts; run scripts/install-deps.sh");
      } else if (!fs::read_file(found, font, why) ||
                 !fs::write_if_changed((sfs::path(html_out) / "fonts" / ref.file).string(), font, why)) {
        diags.error(found, {}, "cannot copy the font to the site: " + why);
      }
    }
  }
}

}  // namespace editio
