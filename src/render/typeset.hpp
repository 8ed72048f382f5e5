#pragma once
// The print route's last step: XeLaTeX turns a .tex file into a PDF.
#include <string>

#include "model/diagnostic.hpp"

namespace editio {

struct TypesetOptions {
  std::string xelatex = "xelatex";
  int passes = 2;              // reledmac needs two: line numbers and notes settle on the second
  std::string texinputs;       // extra directories searched for .sty files (may be empty)
};

// Runs XeLaTeX on `tex_path` in `work_dir` and moves the PDF to `pdf_path`
// atomically. On failure the TeX error lines are reported against `label`
// (the document the .tex came from).
bool typeset(const std::string& tex_path, const std::string& work_dir, const std::string& pdf_path,
             const std::string& label, const TypesetOptions& options, Diagnostics& diags);

// Runs a command without a shell; returns its exit status (or -1). Its output
// goes to `log_path`.
int run_command(const std::vector<std::string>& argv, const std::string& cwd,
                const std::string& log_path, const std::vector<std::string>& extra_env = {});

}  // namespace editio
