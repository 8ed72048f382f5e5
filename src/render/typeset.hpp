#pragma once
// The print route's last step: XeLaTeX turns a .tex file into a PDF.
#include <string>
#include <vector>

#include "model/diagnostic.hpp"

namespace editio {

struct TypesetOptions {
  std::string xelatex = "xelatex";
  std::string makeindex = "makeindex";  // run by Editio only when XeLaTeX could not run it
  // XeLaTeX runs until what the next pass would read (the .aux, reledmac's
  // line and note files, the index) stops changing, at most this often; the
  // last pass is then reported as a warning.
  int max_passes = 5;
  std::string texinputs;       // extra directories searched for .sty files (may be empty)
  // Where the format of the shared preamble is made and kept
  // (render/tex_format.hpp); empty: no format, every pass reads the preamble.
  std::string format_dir;
};

// Runs XeLaTeX on `tex_path` in `work_dir` as often as needed (see
// TypesetOptions::max_passes) and moves the PDF to `pdf_path` atomically.
// The passes load the format of the shared preamble when there is one
// (TypesetOptions::format_dir); if they fail with it, they are run once more
// without it.
// An index the document prints (imakeidx) is checked: when XeLaTeX could not
// run makeindex itself (no restricted shell escape), Editio runs it between
// the passes. On failure the TeX error lines (the "!" or file:line: message
// and the l.N context) are reported against `label` (the document the .tex
// came from), with the path of the full log. `passes_run`, when given,
// receives the number of XeLaTeX passes.
bool typeset(const std::string& tex_path, const std::string& work_dir, const std::string& pdf_path,
             const std::string& label, const TypesetOptions& options, Diagnostics& diags,
             int* passes_run = nullptr);

// TeX reads its input a line at a time into a buffer of 200,000 characters
// (buf_size); a longer line stops XeLaTeX. Breaks every line longer than
// `max` bytes where a line end means to TeX what is there already: at a space
// (a line end is a space), else with "%" and a line end where no space and no
// control word's name is split. Never inside a comment. False when a line could not
// be broken (`max` bytes in a row with no such place: then the line is left whole).
bool keep_tex_line_limit(std::string& tex, std::size_t max = 4000);
// What is reported when keep_tex_line_limit fails.
inline const char* const kTexLineTooLong =
    "the LaTeX has a line TeX cannot read (over 4,000 characters with no space or other place to break it): "
    "break the longest run of characters without a space in the text";

// The lines of a TeX log that say what went wrong: each error ("! ..." or,
// with -file-line-error, "file:line: ...") with its context up to the l.N
// line and the rest of that source line; and "Missing character" lines.
std::vector<std::string> tex_errors(const std::string& log);

// Runs a command without a shell; returns its exit status (or -1). Its output
// goes to `log_path`.
int run_command(const std::vector<std::string>& argv, const std::string& cwd,
                const std::string& log_path, const std::vector<std::string>& extra_env = {});

}  // namespace editio
