#include "render/typeset.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <map>
#include <string_view>
#include <utility>
#include <vector>

#include "render/tex_format.hpp"
#include "util/fs.hpp"
#include "util/interrupt.hpp"

extern char** environ;

namespace editio {

int run_command(const std::vector<std::string>& argv, const std::string& cwd,
                const std::string& log_path, const std::vector<std::string>& extra_env) {
  std::vector<char*> args;
  for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  std::vector<std::string> env_storage;
  for (char** e = environ; *e; ++e) env_storage.emplace_back(*e);
  for (const auto& e : extra_env) env_storage.push_back(e);
  std::vector<char*> envp;
  for (auto& e : env_storage) envp.push_back(e.data());
  envp.push_back(nullptr);

  posix_spawn_file_actions_t fa;
  posix_spawn_file_actions_init(&fa);
  posix_spawn_file_actions_addopen(&fa, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&fa, 1, log_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  posix_spawn_file_actions_adddup2(&fa, 1, 2);
#if defined(__GLIBC__) && (__GLIBC__ > 2 || (__GLIBC__ == 2 && __GLIBC_MINOR__ >= 29))
  posix_spawn_file_actions_addchdir_np(&fa, cwd.c_str());
#endif
  pid_t pid = 0;
  int rc = posix_spawnp(&pid, args[0], &fa, nullptr, args.data(), envp.data());
  posix_spawn_file_actions_destroy(&fa);
  if (rc != 0) return -1;
  interrupt::add_child(pid);
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) {
      interrupt::remove_child(pid);
      return -1;
    }
  }
  interrupt::remove_child(pid);
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}


namespace {

namespace sfs = std::filesystem;

std::vector<std::string> split_lines(const std::string& s) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < s.size()) {
    std::size_t e = s.find('\n', start);
    if (e == std::string::npos) e = s.size();
    std::string line = s.substr(start, e - start);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    out.push_back(std::move(line));
    start = e + 1;
  }
  return out;
}

std::string rstrip(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.pop_back();
  return s;
}

bool blank(const std::string& s) { return s.find_first_not_of(" \t") == std::string::npos; }

bool starts_with(const std::string& s, std::string_view p) { return s.compare(0, p.size(), p) == 0; }

// "path/file.tex:12: message", as -file-line-error writes an error.
bool is_file_line_error(const std::string& line) {
  if (line.empty() || line[0] == ' ' || line[0] == '(') return false;
  for (std::size_t c = line.find(':'); c != std::string::npos; c = line.find(':', c + 1)) {
    std::size_t d = c + 1;
    while (d < line.size() && line[d] >= '0' && line[d] <= '9') ++d;
    if (d > c + 1 && d + 1 < line.size() && line[d] == ':' && line[d + 1] == ' ')
      return line.substr(0, c).find('.') != std::string::npos;
  }
  return false;
}

bool is_error_line(const std::string& line) {
  return (!line.empty() && line[0] == '!') || is_file_line_error(line);
}

// "l.12 \some text": where TeX was in its input.
bool is_input_line(const std::string& line) {
  return line.size() > 2 && line[0] == 'l' && line[1] == '.' && line[2] >= '0' && line[2] <= '9';
}

// The standard advice TeX and LaTeX print after an error, which says nothing
// about this error.
bool is_advice(const std::string& line) {
  if (blank(line) || rstrip(line) == " ...") return true;
  for (std::string_view p : {"See the LaTeX manual", "Type  H <return>", "Type X to quit", "or enter new name",
                             "Enter file name"})
    if (starts_with(line, p)) return true;
  return starts_with(line, "See the ") && line.find("for explanation") != std::string::npos;
}

}  // namespace

std::vector<std::string> tex_errors(const std::string& log) {
  const std::vector<std::string> lines = split_lines(log);
  std::vector<std::string> out;
  std::vector<std::string> missing;
  std::size_t i = 0;
  while (i < lines.size() && out.size() < 24) {
    const std::string& line = lines[i];
    if (!is_error_line(line)) {
      if (line.find("Missing character") != std::string::npos &&
          std::find(missing.begin(), missing.end(), line) == missing.end()) {
        missing.push_back(line);
        out.push_back(line);
      }
      ++i;
      continue;
    }
    out.push_back(rstrip(line));
    // Its context: what TeX was expanding (a few lines at most), then the
    // input line, split where TeX stopped reading it.
    std::size_t j = i + 1;
    int context = 0;
    for (; j < lines.size() && j <= i + 20; ++j) {
      const std::string& c = lines[j];
      if (is_error_line(c) || starts_with(c, "Here is how much of TeX's memory")) break;
      if (is_input_line(c)) {
        out.push_back(rstrip(c));
        if (j + 1 < lines.size() && !blank(lines[j + 1]) && lines[j + 1][0] == ' ') out.push_back(rstrip(lines[++j]));
        ++j;
        break;
      }
      if (is_advice(c) || context >= 6) continue;
      out.push_back(rstrip(c));
      ++context;
    }
    i = j;
  }
  return out;
}

namespace {

bool ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether line[p] is preceded by an odd number of backslashes (escaped).
bool escaped(std::string_view line, std::size_t p) {
  std::size_t n = 0;
  while (p > n && line[p - 1 - n] == '\\') ++n;
  return n % 2 == 1;
}

// Where a comment begins on the line (an unescaped '%'), or its size.
std::size_t comment_start(std::string_view line) {
  for (std::size_t p = line.find('%'); p != std::string_view::npos; p = line.find('%', p + 1))
    if (!escaped(line, p)) return p;
  return line.size();
}

// A line end may replace the space at p: not a control space, and text follows.
bool space_break(std::string_view line, std::size_t p) {
  return line[p] == ' ' && !escaped(line, p) && p + 1 < line.size() && line[p + 1] != ' ';
}

// "%" and a line end may go before line[p]: TeX then reads on at line[p] as if
// nothing were between (the next line's leading spaces would be skipped, so
// line[p] is no space; a control sequence's name is not split).
bool comment_break(std::string_view line, std::size_t p) {
  const unsigned char next = static_cast<unsigned char>(line[p]);
  const char prev = line[p - 1];
  if (next == ' ' || (next & 0xC0) == 0x80 || prev == '^' || (prev == '\\' && !escaped(line, p - 1))) return false;
  if (!ascii_letter(prev) || !ascii_letter(static_cast<char>(next))) return true;
  std::size_t b = p - 1;
  while (b > 0 && ascii_letter(line[b - 1])) --b;
  return !(b > 0 && line[b - 1] == '\\' && !escaped(line, b - 1));
}

// Breaks one line (see keep_tex_line_limit) into `out`.
bool break_line(std::string_view line, std::size_t max, std::string& out) {
  const std::size_t end = comment_start(line);
  std::size_t start = 0;
  while (line.size() - start > max) {
    const std::size_t last = std::min(start + max, end);
    std::size_t p = last;
    while (p > start && !space_break(line, p)) --p;
    if (p > start) {
      out.append(line.substr(start, p - start)).append("\n");
      start = p + 1;
      continue;
    }
    for (p = std::min(start + max - 1, end); p > start && !comment_break(line, p); --p) {
    }
    if (p <= start) {
      out.append(line.substr(start));
      return false;
    }
    out.append(line.substr(start, p - start)).append("%\n");
    start = p;
  }
  out.append(line.substr(start));
  return true;
}

// FNV-1a, 64 bits: enough to tell whether a file changed between passes.
std::uint64_t content_hash(const std::string& s) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 1099511628211ull;
  }
  return h;
}

bool ends_with(const std::string& s, std::string_view e) {
  return s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0;
}

// The files of the work directory by name, with a hash of their content:
// everything a pass leaves for the next one to read (the .aux, reledmac's
// line-number and section files NAME.1, NAME.2 …, NAME.eledsec1, the index
// NAME.ind …), not what only records a run or feeds makeindex.
using Snapshot = std::map<std::string, std::uint64_t>;

Snapshot snapshot(const std::string& dir) {
  Snapshot out;
  std::error_code ec;
  for (const auto& e : sfs::directory_iterator(dir, ec)) {
    if (!e.is_regular_file(ec)) continue;
    const std::string name = e.path().filename().string();
    bool skip = false;
    for (std::string_view x : {".log", ".pdf", ".console", ".ilg", ".idx", ".xdv", ".synctex.gz", ".fls"})
      skip = skip || ends_with(name, x);
    if (skip) continue;
    std::string data, why;
    if (fs::read_file(e.path().string(), data, why)) out[name] = content_hash(data);
  }
  return out;
}

bool non_empty_file(const sfs::path& p) {
  std::error_code ec;
  return sfs::is_regular_file(p, ec) && sfs::file_size(p, ec) > 0;
}

// A makeindex run the pass asked for (imakeidx, at \printindex).
struct IndexRequest {
  std::string command;            // as the log gives it
  std::vector<std::string> argv;  // makeindex and its arguments
  std::string idx, ind;           // what it reads and writes
  bool ran = false;               // XeLaTeX ran it (restricted shell escape allows makeindex)
};

// From the log: "runsystem(makeindex -s x.ist persons.idx)...executed safely
// (allowed)." when XeLaTeX ran it; "...disabled (restricted)." when makeindex
// is not among the commands shell escape allows; without shell escape,
// imakeidx's warning "Remember to run xelatex again after calling
// `makeindex -s x.ist persons.idx'".
std::vector<IndexRequest> index_requests(const std::string& log) {
  std::string flat;
  for (const auto& l : split_lines(log)) {
    if (starts_with(l, "(imakeidx)")) {
      const std::size_t b = l.find_first_not_of(' ', 10);
      if (b != std::string::npos) flat += ' ' + l.substr(b);
    } else {
      if (!flat.empty()) flat += '\n';
      flat += l;
    }
  }
  std::vector<IndexRequest> out;
  auto add = [&](const std::string& command, bool ran) {
    IndexRequest r;
    r.command = command;
    r.ran = ran;
    std::size_t s = 0;
    while (s < command.size()) {
      std::size_t b = command.find_first_not_of(" \t", s);
      if (b == std::string::npos) break;
      std::size_t e = command.find_first_of(" \t", b);
      if (e == std::string::npos) e = command.size();
      r.argv.push_back(command.substr(b, e - b));
      s = e;
    }
    if (r.argv.empty() || r.argv[0] != "makeindex") return;
    for (std::size_t k = 1; k < r.argv.size(); ++k) {
      if (r.argv[k] == "-o" && k + 1 < r.argv.size()) r.ind = r.argv[++k];
      else if (r.argv[k] == "-s" || r.argv[k] == "-t" || r.argv[k] == "-p") ++k;
      else if (r.argv[k][0] != '-') r.idx = r.argv[k];
    }
    if (r.idx.empty()) return;
    if (!ends_with(r.idx, ".idx")) r.idx += ".idx";
    if (r.ind.empty()) r.ind = r.idx.substr(0, r.idx.size() - 4) + ".ind";
    for (auto& x : out)
      if (x.command == r.command) {
        x.ran = x.ran || r.ran;
        return;
      }
    out.push_back(std::move(r));
  };
  for (std::size_t p = flat.find("runsystem("); p != std::string::npos; p = flat.find("runsystem(", p + 1)) {
    const std::size_t b = p + 10;
    const std::size_t e = flat.find(")...", b);
    if (e == std::string::npos) break;
    add(flat.substr(b, e - b), flat.compare(e + 4, 8, "executed") == 0);
  }
  for (std::size_t p = flat.find("`makeindex "); p != std::string::npos; p = flat.find("`makeindex ", p + 1)) {
    const std::size_t e = flat.find('\'', p);
    if (e == std::string::npos) break;
    add(flat.substr(p + 1, e - p - 1), false);
  }
  return out;
}

// Only plain file names in the work directory, nothing a shell would read.
bool safe_arguments(const std::vector<std::string>& argv) {
  for (const auto& a : argv)
    if (a.empty() || a.find('/') != std::string::npos || a.find("..") != std::string::npos ||
        a.find_first_of("|;&$`<>\\\"'") != std::string::npos)
      return false;
  return true;
}

// The last lines of a text that are not blank, for a report.
std::vector<std::string> last_lines(const std::string& text, std::size_t n) {
  std::vector<std::string> out;
  for (const auto& l : split_lines(text))
    if (!blank(l)) out.push_back(rstrip(l));
  if (out.size() > n) out.erase(out.begin(), out.end() - static_cast<std::ptrdiff_t>(n));
  return out;
}

}  // namespace

bool keep_tex_line_limit(std::string& tex, std::size_t max) {
  std::size_t longest = 0;
  for (std::size_t b = 0, e = 0; b < tex.size(); b = e + 1) {
    e = std::min(tex.find('\n', b), tex.size());
    longest = std::max(longest, e - b);
  }
  if (longest <= max) return true;
  std::string out;
  out.reserve(tex.size() + tex.size() / max * 2 + 16);
  bool ok = true;
  const std::string_view all(tex);
  for (std::size_t b = 0, e = 0; b < all.size(); b = e + 1) {
    e = std::min(all.find('\n', b), all.size());
    ok = break_line(all.substr(b, e - b), max, out) && ok;
    if (e < all.size()) out += '\n';
  }
  tex = std::move(out);
  return ok;
}

namespace {

// Written into the work directory after a typeset that succeeded, removed
// before the next one begins: without it, what is there is not to be trusted.
const char* const kComplete = "editio-complete";

void clear_dir(const sfs::path& dir) {
  std::error_code ec;
  for (const auto& e : sfs::directory_iterator(dir, ec)) sfs::remove_all(e.path(), ec);
}

// What every pass of one typesetting runs with: where XeLaTeX reads and
// writes, and its environment.
struct TexRun {
  const std::string& tex_path;
  const std::string& work_dir;
  const std::string& pdf_path;
  const std::string& label;  // the document, in diagnostics
  const TypesetOptions& options;
  sfs::path work;
  std::string stem, abs_tex, log_path, console;
  std::vector<std::string> env;
  std::string format;  // what -fmt= takes, or "": the preamble is read by each pass
};

TexRun tex_run(const std::string& tex_path, const std::string& work_dir, const std::string& pdf_path,
               const std::string& label, const TypesetOptions& options) {
  TexRun run{tex_path, work_dir, pdf_path, label, options, sfs::path(work_dir), {}, {}, {}, {}, {}, {}};
  run.stem = sfs::path(tex_path).stem().string();
  run.abs_tex = sfs::absolute(tex_path).string();
  run.log_path = (run.work / (run.stem + ".log")).string();
  run.console = (run.work / (run.stem + ".console")).string();
  // Long log lines unbroken (TeX breaks them at 79 characters), so that a
  // path or a makeindex command is read whole; an error shows up to 160
  // characters of its context instead of 79.
  run.env = {"max_print_line=10000", "error_line=160", "half_error_line=120"};
  if (!options.texinputs.empty()) run.env.push_back("TEXINPUTS=" + options.texinputs + ":");
  // Reproducible PDFs: the same sources give the same bytes. The creation
  // date (and the /ID made from it) is SOURCE_DATE_EPOCH when the user sets
  // it, else fixed at the epoch: no timestamp unless asked for.
  const char* epoch = std::getenv("SOURCE_DATE_EPOCH");
  run.env.push_back(std::string("SOURCE_DATE_EPOCH=") + (epoch && *epoch ? epoch : "0"));
  run.env.push_back("FORCE_SOURCE_DATE=1");
  // TeX may write only in its work directory (no absolute paths, no "..").
  run.env.push_back("openout_any=p");
  return run;
}

// One XeLaTeX pass; its log into `log`. Returns its exit status (-1: not started).
int run_xelatex(const TexRun& run, std::string& log) {
  // makeindex's input is written afresh by each pass; an old one (of an
  // index the document no longer has) must not be taken for this pass's.
  std::error_code ec;
  for (const auto& e : sfs::directory_iterator(run.work, ec))
    if (ends_with(e.path().filename().string(), ".idx")) sfs::remove(e.path(), ec);
  std::vector<std::string> argv{run.options.xelatex, "-file-line-error", "-interaction=nonstopmode",
                                "-halt-on-error", "-jobname=" + run.stem};
  if (!run.format.empty()) argv.push_back("-fmt=" + run.format);
  argv.push_back(run.abs_tex);
  const int rc = run_command(argv, run.work_dir, run.console, run.env);
  std::string why;
  log.clear();
  fs::read_file(run.log_path, log, why);
  return rc;
}

// Why pass `pass` failed (exit status `rc`): the TeX errors of its log, else
// the end of what XeLaTeX said.
void report_failed_pass(const TexRun& run, int rc, int pass, const std::string& log, Diagnostics& diags) {
  if (rc < 0) {
    diags.error(run.label, {}, "XeLaTeX could not be started ('" + run.options.xelatex +
                                   "'; is texlive-xetex installed?)");
    return;
  }
  std::string msg = "XeLaTeX failed on " + run.tex_path + " (pass " + std::to_string(pass) +
                    "; full log: " + run.log_path + ")";
  std::vector<std::string> lines;
  for (auto& l : tex_errors(log))
    if (l.find("Missing character") == std::string::npos) lines.push_back(l);
  if (lines.empty()) {
    // No error in the log (or no log): the end of what XeLaTeX said.
    std::string text = log, why;
    if (text.empty()) fs::read_file(run.console, text, why);
    lines = last_lines(text, 8);
  }
  for (const auto& l : lines) msg += "\n    " + l;
  diags.error(run.label, {}, msg);
}

// The index: imakeidx runs makeindex at \printindex when restricted shell
// escape allows it; otherwise the index would be silently empty, so Editio
// runs makeindex itself and the next pass reads its output. `made` receives
// the index files made in this pass. False (with the reason) when an index
// could not be made.
bool make_indexes(const TexRun& run, const std::string& log, std::vector<std::string>& made, Diagnostics& diags) {
  const sfs::path& work = run.work;
  for (auto& r : index_requests(log)) {
    if (r.ran && (non_empty_file(work / r.ind) || !non_empty_file(work / r.idx))) {
      made.push_back(r.ind);
      continue;
    }
    if (!safe_arguments(r.argv)) {
      diags.error(run.label, {}, "the index cannot be made: XeLaTeX did not run '" + r.command +
                                     "', and Editio runs makeindex only on plain file names (log: " + run.log_path + ")");
      return false;
    }
    std::vector<std::string> argv = r.argv;
    argv[0] = run.options.makeindex;
    const std::string mlog = (work / (r.idx.substr(0, r.idx.size() - 4) + ".makeindex.log")).string();
    const int mrc = run_command(argv, run.work_dir, mlog);
    if (mrc != 0 || (non_empty_file(work / r.idx) && !non_empty_file(work / r.ind))) {
      std::string msg, text, why;
      if (mrc < 0) msg = "makeindex could not be started ('" + run.options.makeindex + "'; it comes with TeX Live)";
      else msg = "makeindex failed on the index " + (work / r.idx).string() + " (log: " + mlog + ")";
      fs::read_file(mlog, text, why);
      for (const auto& l : last_lines(text, 6)) msg += "\n    " + l;
      diags.error(run.label, {}, msg + "\n    the index would be missing from the PDF");
      return false;
    }
  }
  return true;
}

// Whether the pass left the next one the same to read as the pass before
// (the index files it made aside: they are read by the next pass whatever);
// `before` becomes what this pass left.
bool settled(const TexRun& run, Snapshot& before, const std::vector<std::string>& made_in_pass) {
  Snapshot after = snapshot(run.work_dir);
  for (const auto& f : made_in_pass) {
    before.erase(f);
    after.erase(f);
  }
  const bool same = after == before;
  before = std::move(after);
  return same;
}

// The warnings of a typesetting that worked: references that did not settle,
// characters the fonts lack.
void report_warnings(const TexRun& run, bool settled, int passes, const std::string& log, Diagnostics& diags) {
  if (!settled)
    diags.warning(run.label, {}, "XeLaTeX: the references did not settle after " + std::to_string(passes) +
                                     " passes (line numbers, notes or the index may be off; log: " + run.log_path + ")");
  for (const auto& l : tex_errors(log))
    if (l.find("Missing character") != std::string::npos) diags.warning(run.label, {}, "XeLaTeX: " + l);
}

// The PDF XeLaTeX made, moved to the run's pdf_path atomically.
bool move_pdf(const TexRun& run, Diagnostics& diags) {
  std::string pdf, why;
  if (!fs::read_file((run.work / (run.stem + ".pdf")).string(), pdf, why)) {
    diags.error(run.label, {}, "XeLaTeX produced no PDF: " + why);
    return false;
  }
  if (!fs::write_atomic(run.pdf_path, pdf, why)) {
    diags.error(run.label, {}, "cannot write the PDF: " + why);
    return false;
  }
  return true;
}

// XeLaTeX's passes in the run's work directory (see typeset) until what the
// next pass would read stops changing, the PDF moved to its place.
bool run_passes(const TexRun& run, Diagnostics& diags, int* passes_run) {
  const int max_passes = std::max(1, run.options.max_passes);
  Snapshot before = snapshot(run.work_dir);
  int pass = 0;
  bool same = false;
  std::string log;
  while (pass < max_passes && !same) {
    ++pass;
    if (passes_run) *passes_run = pass;
    if (const int rc = run_xelatex(run, log); rc != 0) {
      report_failed_pass(run, rc, pass, log, diags);
      return false;
    }
    std::vector<std::string> made_in_pass;
    if (!make_indexes(run, log, made_in_pass, diags)) return false;
    same = settled(run, before, made_in_pass);
  }
  report_warnings(run, same, pass, log, diags);
  return move_pdf(run, diags);
}

}  // namespace

bool typeset(const std::string& tex_path, const std::string& work_dir, const std::string& pdf_path,
             const std::string& label, const TypesetOptions& options, Diagnostics& diags, int* passes_run) {
  std::string why;
  if (passes_run) *passes_run = 0;
  std::error_code ec;
  if (!fs::make_dirs(work_dir, why)) {
    diags.error(label, {}, "cannot create the TeX work directory: " + why);
    sfs::remove(pdf_path, ec);
    return false;
  }
  // The auxiliaries of the last typeset are reused (fewer passes) only when
  // it completed: a build killed during a pass may have left a truncated
  // .aux that every later pass would fail on.
  const sfs::path work(work_dir), marker = work / kComplete;
  if (!sfs::exists(marker, ec)) clear_dir(work);
  sfs::remove(marker, ec);
  const bool reused = !sfs::is_empty(work, ec);
  Diagnostics d;
  int passes = 0;
  TexRun run = tex_run(tex_path, work_dir, pdf_path, label, options);
  std::string tex;
  if (fs::read_file(tex_path, tex, why))
    run.format = preamble_format(tex, options.format_dir, options.xelatex, run.env, label, diags);
  bool ok = run_passes(run, d, &passes);
  if (!ok && (reused || !run.format.empty())) {
    // What an earlier typeset left can itself be the trouble (made from
    // another text, or by other stylesheets), or the format: once more
    // from nothing, without it.
    clear_dir(work);
    const std::string format = std::exchange(run.format, {});
    d = Diagnostics{};
    int more = 0;
    ok = run_passes(run, d, &more);
    passes += more;
    if (ok && !reused && !format.empty()) forget_format(format, label, diags);
  }
  if (passes_run) *passes_run = passes;
  diags.append(d);
  // A PDF that could not be made again is not left to stand for this text.
  if (!ok) sfs::remove(pdf_path, ec);
  if (ok && !fs::write_atomic(marker.string(), "complete\n", why))
    diags.warning(label, {}, "cannot mark the TeX work directory complete (" + why + "): it will be typeset afresh");
  return ok;
}

}  // namespace editio
