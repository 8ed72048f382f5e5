#pragma once
// `editio init DIR [TEXTS...]`: a new edition from plain texts. Copies the
// texts into DIR/texts/ (or takes the *.txt already under DIR), writes
// DIR/manifest.toml (the edition's keys to fill marked TODO, one [[document]]
// per text with its id, file, language and title) and DIR/personography.xml
// (a starter: the names the texts use, most frequent first).
#include <ostream>
#include <string>
#include <vector>

namespace editio {

struct InitOptions {
  std::string dir;                 // the edition's folder, made when missing
  std::vector<std::string> texts;  // text files to copy in; empty: DIR's own *.txt
  bool force = false;              // replace manifest.toml, personography.xml and differing texts
};

// Prints one line per file written and what to do next to `out`, problems to
// `err`. Returns the exit code: 0; 2 for a wrong argument (a missing text,
// two texts of one file name, an edition already there without --force); 1
// when a text cannot be read or a file written.
int run_init(const InitOptions& options, std::ostream& out, std::ostream& err);

}  // namespace editio
