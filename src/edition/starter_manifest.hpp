#pragma once
// The manifest `editio init` writes: what it could find out about each text
// (id, file, language, title), and the edition's keys the editor must fill
// marked "TODO: ..." (the manifest parser warns about each one left; the
// edition builds meanwhile).
#include <string>
#include <vector>

namespace editio {

struct StarterDocument {
  std::string id;        // an XML name, unique (document_id_from_file)
  std::string file;      // relative to the manifest, '/' separated
  std::string language;  // BCP 47, guessed from the letters
  std::string title;     // the text's first line (first_line_title)
  std::string encoding;  // the encoding it was read in when not UTF-8, else empty
};

// The text of manifest.toml for `docs`; `language` is the edition's (its own
// pages), `personography` the starter personography's file beside it (empty:
// none).
std::string starter_manifest(const std::vector<StarterDocument>& docs, const std::string& language,
                             const std::string& personography);

// `s` as a TOML basic string, quoted: "a \"b\"".
std::string toml_quoted(const std::string& s);

}  // namespace editio
