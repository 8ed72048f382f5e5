#include "render/typeset.hpp"

#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <vector>

#include "util/fs.hpp"

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
  int status = 0;
  while (waitpid(pid, &status, 0) < 0) {
    if (errno != EINTR) return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

namespace {

// The lines of a TeX log that say what went wrong: "! ..." and the "l.N"
// context after it, and missing characters.
std::vector<std::string> tex_errors(const std::string& log) {
  std::vector<std::string> out;
  std::size_t start = 0;
  int context = 0;
  while (start < log.size()) {
    std::size_t e = log.find('\n', start);
    if (e == std::string::npos) e = log.size();
    std::string line = log.substr(start, e - start);
    if (!line.empty() && line[0] == '!') {
      out.push_back(line);
      context = 3;
    } else if (context > 0 && !line.empty()) {
      if (line.rfind("l.", 0) == 0) {
        out.push_back(line);
        context = 0;
      } else {
        --context;
      }
    } else if (line.find("Missing character") != std::string::npos) {
      out.push_back(line);
    }
    start = e + 1;
    if (out.size() >= 12) break;
  }
  return out;
}

}  // namespace

bool typeset(const std::string& tex_path, const std::string& work_dir, const std::string& pdf_path,
             const std::string& label, const TypesetOptions& options, Diagnostics& diags) {
  namespace sfs = std::filesystem;
  std::string why;
  if (!fs::make_dirs(work_dir, why)) {
    diags.error(label, {}, "cannot create the TeX work directory: " + why);
    return false;
  }
  const std::string stem = sfs::path(tex_path).stem().string();
  const std::string abs_tex = sfs::absolute(tex_path).string();
  std::vector<std::string> env;
  if (!options.texinputs.empty()) env.push_back("TEXINPUTS=" + options.texinputs + ":");
  const std::string console = (sfs::path(work_dir) / (stem + ".console")).string();
  for (int pass = 1; pass <= options.passes; ++pass) {
    int rc = run_command({options.xelatex, "-interaction=nonstopmode", "-halt-on-error",
                          "-jobname=" + stem, abs_tex},
                         work_dir, console, env);
    if (rc != 0) {
      std::string log;
      fs::read_file((sfs::path(work_dir) / (stem + ".log")).string(), log, why);
      if (log.empty()) fs::read_file(console, log, why);
      std::string msg = rc < 0 ? "XeLaTeX could not be started (is texlive-xetex installed?)"
                               : "XeLaTeX failed on pass " + std::to_string(pass) + " (log: " +
                                     (sfs::path(work_dir) / (stem + ".log")).string() + ")";
      for (const auto& l : tex_errors(log)) msg += "\n    " + l;
      diags.error(label, {}, msg);
      return false;
    }
  }
  std::string log;
  fs::read_file((sfs::path(work_dir) / (stem + ".log")).string(), log, why);
  for (const auto& l : tex_errors(log))
    if (l.find("Missing character") != std::string::npos) diags.warning(label, {}, "XeLaTeX: " + l);

  std::string pdf;
  if (!fs::read_file((sfs::path(work_dir) / (stem + ".pdf")).string(), pdf, why)) {
    diags.error(label, {}, "XeLaTeX produced no PDF: " + why);
    return false;
  }
  if (!fs::write_atomic(pdf_path, pdf, why)) {
    diags.error(label, {}, "cannot write the PDF: " + why);
    return false;
  }
  return true;
}

}  // namespace editio
