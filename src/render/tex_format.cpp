#include "render/tex_format.hpp"

#include <sys/stat.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "render/typeset.hpp"
#include "util/fs.hpp"
#include "util/hash.hpp"

namespace editio {
namespace {

namespace sfs = std::filesystem;

// Read before the preamble while the format is made: mylatexformat's own
// font preloading is off, and a font that NFSS would load as an OpenType
// (native) font, which XeTeX cannot dump, is loaded as cmr10 at its size
// (Latin Modern's metrics) and its name remembered.
const char* const kBeforePreamble = R"(\makeatletter
\let\MYLATEX@fontpreloading\relax
\def\Editio@standins{}
\let\Editio@get@external@font\get@external@font
\def\get@external@font{\Editio@get@external@font\expandafter\Editio@standin\external@font\@nil}
\def\Editio@standin#1#2\@nil{\ifx"#1\Editio@usestandin\else\ifx[#1\Editio@usestandin\fi\fi}
\def\Editio@usestandin{\edef\external@font{cmr10 at \f@size pt}%
  \xdef\Editio@standins{\unexpanded\expandafter{\Editio@standins}\noexpand\Editio@forget\expandafter\noexpand\font@name}}
\makeatother
)";

// Read after it, before the dump: the stand-ins are forgotten (NFSS loads
// the real fonts when they are next selected).
const char* const kAfterPreamble = R"(\makeatletter
\let\get@external@font\Editio@get@external@font
\def\Editio@forget#1{\global\let#1\relax}
\Editio@standins
\makeatother
)";

// What the TeX installation is: the path, size and time of the xelatex
// format the preamble's format is made from (TeX Live remakes it when a
// package is updated). Looked up once per process.
std::string installation(const std::string& dir, const std::vector<std::string>& env) {
  static std::once_flag once;
  static std::string id;
  std::call_once(once, [&] {
    const std::string out = (sfs::path(dir) / "kpsewhich.out").string();
    run_command({"kpsewhich", "-engine=xetex", "xelatex.fmt"}, dir, out, env);
    std::string path, why;
    fs::read_file(out, path, why);
    while (!path.empty() && (path.back() == '\n' || path.back() == '\r')) path.pop_back();
    std::error_code ec;
    sfs::remove(out, ec);
    struct stat st {};
    if (!path.empty() && stat(path.c_str(), &st) == 0)
      id = path + " " + std::to_string(st.st_size) + " " + std::to_string(st.st_mtime);
  });
  return id;
}

// One lock per format, so that documents that share a preamble wait for the
// one that makes it; the formats that could not be made (warned about once).
std::mutex registry_lock;
std::map<std::string, std::shared_ptr<std::mutex>> making;
std::set<std::string> failed;

std::shared_ptr<std::mutex> lock_for(const std::string& name) {
  std::lock_guard<std::mutex> g(registry_lock);
  auto& m = making[name];
  if (!m) m = std::make_shared<std::mutex>();
  return m;
}

// Formats of other preambles not used for a day go when a new one is made
// (each is some megabytes); one in use has its time renewed.
void remove_stale_formats(const sfs::path& dir) {
  std::error_code ec;
  const auto day_ago = sfs::file_time_type::clock::now() - std::chrono::hours(24);
  for (const auto& e : sfs::directory_iterator(dir, ec)) {
    const std::string name = e.path().filename().string();
    if (name.rfind("editio-", 0) == 0 && e.path().extension() == ".fmt" && e.last_write_time(ec) < day_ago)
      sfs::remove(e.path(), ec);
  }
}

// Makes dir/name.fmt from the preamble; false (with the log's path in `why`) when it could not.
bool make_format(const sfs::path& dir, const std::string& name, const std::string& preamble, const std::string& xelatex,
                 const std::vector<std::string>& env, std::string& why) {
  const std::string job = name + "-making";
  const sfs::path source = dir / (job + ".tex"), log = dir / (job + ".log");
  if (!fs::write_atomic(source.string(), kBeforePreamble + preamble + kAfterPreamble + kEndOfDump + "\n", why))
    return false;
  const int rc = run_command({xelatex, "-ini", "-interaction=batchmode", "-halt-on-error", "-jobname=" + job,
                              "&xelatex", "mylatexformat.ltx", source.filename().string()},
                             dir.string(), (dir / (job + ".console")).string(), env);
  std::string text;
  fs::read_file(log.string(), text, why);
  std::error_code ec;
  if (rc != 0 || text.find("Can't \\dump") != std::string::npos || !sfs::exists(dir / (job + ".fmt"), ec)) {
    why = rc < 0 ? "XeLaTeX could not be started" : "log: " + log.string();
    return false;
  }
  sfs::rename(dir / (job + ".fmt"), dir / (name + ".fmt"), ec);
  if (ec) {
    why = ec.message();
    return false;
  }
  for (const char* ext : {".tex", ".log", ".console"}) sfs::remove(dir / (job + ext), ec);
  remove_stale_formats(dir);
  return true;
}

}  // namespace

std::string preamble_format(const std::string& tex, const std::string& dir, const std::string& xelatex,
                            const std::vector<std::string>& env, const std::string& label, Diagnostics& diags) {
  const char* off = std::getenv("EDITIO_TEX_FORMAT");
  if (dir.empty() || (off && std::string(off) == "off")) return {};
  const std::string marker = std::string("\n") + kEndOfDump + "\n";
  const std::size_t end = tex.find(marker);
  if (end == std::string::npos) return {};
  const std::string preamble = tex.substr(0, end + 1);
  std::string why;
  if (!fs::make_dirs(dir, why)) return {};
  Hasher key;
  key.add(kBeforePreamble).add(kAfterPreamble).add(preamble).add(xelatex).add(installation(dir, env));
  for (const auto& e : env)
    if (e.rfind("TEXINPUTS=", 0) == 0) key.add(e);
  const std::string name = "editio-" + key.hex();
  const sfs::path d(dir), fmt = d / (name + ".fmt");
  const auto lock = lock_for(name);
  std::lock_guard<std::mutex> g(*lock);
  std::error_code ec;
  if (sfs::exists(fmt, ec)) {
    sfs::last_write_time(fmt, sfs::file_time_type::clock::now(), ec);
    return (d / name).string();
  }
  {
    std::lock_guard<std::mutex> r(registry_lock);
    if (failed.count(name)) return {};
  }
  if (make_format(d, name, preamble, xelatex, env, why)) return (d / name).string();
  std::lock_guard<std::mutex> r(registry_lock);
  failed.insert(name);
  diags.warning(label, {}, "XeLaTeX: the shared preamble could not be preloaded as a format (" + why +
                               "); every pass reads it whole, which is slower");
  return {};
}

void forget_format(const std::string& format, const std::string& label, Diagnostics& diags) {
  std::error_code ec;
  sfs::remove(format + ".fmt", ec);
  diags.warning(label, {}, "XeLaTeX failed with the preloaded preamble (" + format +
                               ".fmt) and worked without it: that format is removed and will be made again");
}

}  // namespace editio
