// libFuzzer target: the boundaries between the sources, the outputs and the
// rest of the system (issue 19). A sandbox is made once: sources in S/src
// (a text, a FIFO, a folder, links into and out of the sources), a file
// outside them, and S/ed/src (sources inside an output directory). Each input
// is read as lines:
//   1. a `file` path the manifest names (relative to the manifest, or absolute)
//   2. an --out directory (relative to S unless absolute)
//   3. an [edition] allow_paths entry, or nothing
//   4. "name -> target": a symbolic link made in S/src/texts for this input
//      (named by a second document), or nothing
//   5. "entry -> target": a symbolic link made in the --out directory in place
//      of one of Editio's entries (tei, html, ...), or nothing
//   6. which sources: "ed" for S/ed/src, anything else for S/src
// and checks the invariants, with realpath(3) as an independent judge:
//   - a document file the manifest accepts lies, links resolved, under the
//     sources folder or an allowed folder; reading it returns (no FIFO waited on);
//   - an --out accepted for those sources gives no output path (any entry, any
//     file in it) that resolves into the sources, and no source is a file
//     `convert -o` would accept as its output.
#include <fcntl.h>
#include <limits.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "edition/manifest.hpp"
#include "read/source.hpp"
#include "util/paths.hpp"
#include "util/utf8.hpp"

namespace {

namespace sfs = std::filesystem;

void check(bool ok) {
  if (!ok) __builtin_trap();
}

const sfs::path& sandbox() {
  static const sfs::path dir = [] {
    std::string tmpl = (sfs::temp_directory_path() / "editio-fuzz-paths.XXXXXX").string();
    const sfs::path d = ::mkdtemp(tmpl.data());
    sfs::create_directories(d / "src" / "texts" / "folder");
    sfs::create_directories(d / "outside");
    sfs::create_directories(d / "ed" / "src" / "texts");
    std::ofstream(d / "src" / "texts" / "a.txt") << "A text.\n";
    std::ofstream(d / "ed" / "src" / "texts" / "a.txt") << "A text.\n";
    std::ofstream(d / "outside" / "secret.txt") << "secret\n";
    ::mkfifo((d / "src" / "texts" / "fifo.txt").c_str(), 0644);
    sfs::create_symlink(d / "outside" / "secret.txt", d / "src" / "texts" / "out.txt");
    sfs::create_symlink("a.txt", d / "src" / "texts" / "in.txt");
    sfs::create_symlink("../../outside", d / "src" / "texts" / "outdir");
    sfs::create_symlink("loop", d / "src" / "texts" / "loop");
    std::atexit([] {
      std::error_code ec;
      sfs::remove_all(sandbox(), ec);
    });
    return d;
  }();
  return dir;
}

// realpath(3) of the longest existing prefix, the rest appended: the judge.
std::string judge_real(const sfs::path& p) {
  sfs::path abs = p.is_absolute() ? p : sandbox() / p;
  std::vector<sfs::path> tail;
  for (int i = 0; i < 4096; ++i) {
    char buf[PATH_MAX];
    if (::realpath(abs.c_str(), buf)) {
      sfs::path r(buf);
      for (auto it = tail.rbegin(); it != tail.rend(); ++it) r /= *it;
      return r.lexically_normal().string();
    }
    if (!abs.has_relative_path()) break;
    tail.push_back(abs.filename());
    abs = abs.parent_path();
  }
  return abs.lexically_normal().string();
}

bool under(const std::string& p, const std::vector<std::string>& roots) {
  for (const auto& r : roots)
    if (editio::paths::within(p, r)) return true;
  return false;
}

std::string toml_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", c);
      out += buf;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

// A link "name -> target" made in `dir` for one input; removed by the destructor.
struct Link {
  sfs::path path;
  Link(const sfs::path& dir, const std::string& spec, bool entries_only) {
    const std::size_t arrow = spec.find(" -> ");
    if (arrow == std::string::npos) return;
    const std::string name = spec.substr(0, arrow), target = spec.substr(arrow + 4);
    if (name.empty() || name.find('/') != std::string::npos || name == "." || name == ".." || target.empty())
      return;
    if (entries_only) {
      bool entry = false;
      for (const auto& e : editio::paths::output_entries()) entry = entry || e == name;
      if (!entry) return;
    } else if (name.rfind("fz", 0) != 0) {
      return;  // fuzzed links never replace the sandbox's own files
    }
    std::error_code ec;
    sfs::create_directories(dir, ec);
    if (sfs::exists(sfs::symlink_status(dir / name, ec))) return;
    sfs::create_symlink(target, dir / name, ec);
    if (!ec) path = dir / name;
  }
  ~Link() {
    std::error_code ec;
    if (!path.empty()) sfs::remove(path, ec);
  }
};

void check_manifest(const sfs::path& src, const std::string& file, const std::string& allow, const std::string& link) {
  std::string text = "[edition]\ntitle = \"T\"\neditors = [{ id = \"ed\", name = \"E\" }]\npublisher = \"P\"\n"
                     "licence = \"CC0\"\n";
  if (!allow.empty()) text += "allow_paths = [" + toml_string(allow) + "]\n";
  auto doc = [&](const std::string& id, const std::string& f) {
    text += "[[document]]\nid = \"" + id + "\"\nfile = " + toml_string(f) + "\ntitle = \"D\"\nlanguage = \"en\"\n";
  };
  doc("d", file);
  if (!link.empty()) doc("l", "texts/" + link);
  editio::Diagnostics d;
  const std::optional<editio::Edition> ed = editio::parse_manifest((src / "manifest.toml").string(), text, d);
  if (!ed) return;
  check(!ed->roots.empty() && ed->roots[0] == judge_real(src));
  for (const auto& e : ed->documents) {
    if (!e.refused.empty() || e.path.empty()) {
      check(e.path.empty());
      continue;
    }
    const std::string r = judge_real(e.path);
    check(under(r, ed->roots));
    // Reading returns, whatever the file is; only files in the sandbox are read.
    if (editio::paths::within(r, judge_real(sandbox()))) {
      editio::Diagnostics rd;
      (void)editio::read_source_file(e.path, rd);
    }
  }
}

void check_output(const std::vector<std::string>& roots, const std::string& out) {
  if (!editio::paths::output_conflict(out, roots).empty()) return;
  // Every file Editio could write in the accepted --out lies outside the sources.
  for (const auto& e : editio::paths::output_entries())
    for (const char* name : {"", "a.xml", "a.html", "a.body.tex", ".work/a/a.aux", "state/a.state", "temporaries"}) {
      const sfs::path p = sfs::path(out) / e / name;
      check(!under(judge_real(p), roots));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string input(reinterpret_cast<const char*>(data), size);
  if (size > 4096 || editio::utf8::find_invalid(input) != std::string::npos || input.find('\0') != std::string::npos)
    return 0;
  std::vector<std::string> line;
  for (std::size_t start = 0; line.size() < 6;) {
    const std::size_t end = input.find('\n', start);
    line.push_back(input.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) break;
    start = end + 1;
  }
  line.resize(6);
  const sfs::path& s = sandbox();
  const sfs::path src = line[5] == "ed" ? s / "ed" / "src" : s / "src";
  const std::string out = line[1].empty() ? "" : (sfs::path(line[1]).is_absolute() ? sfs::path(line[1]) : s / line[1]).string();

  Link text_link(src / "texts", line[3], false);
  const std::string link_name = text_link.path.empty() ? "" : text_link.path.filename().string();
  check_manifest(src, line[0], line[2], link_name);

  if (!out.empty()) {
    // A link in place of an output entry, made only inside the sandbox.
    std::optional<Link> out_link;
    if (editio::paths::within(judge_real(out), judge_real(s))) out_link.emplace(out, line[4], true);
    check_output({judge_real(src)}, out);
    // convert -o: the output is refused exactly when it is the input (links resolved).
    const std::string a = (src / "texts" / "a.txt").string();
    check(editio::paths::same_file(out, a) == (judge_real(out) == judge_real(a)));
  }
  if (!text_link.path.empty()) {
    const std::string a = (src / "texts" / "a.txt").string();
    check(editio::paths::same_file(text_link.path.string(), a) == (judge_real(text_link.path) == judge_real(a)));
  }
  return 0;
}
