#include "edition/starter_manifest.hpp"

#include <cstdio>

namespace editio {

std::string toml_quoted(const std::string& s) {
  std::string out = "\"";
  for (char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (ch == '"' || ch == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20 || c == 0x7F) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04X", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  return out + "\"";
}

std::string starter_manifest(const std::vector<StarterDocument>& docs, const std::string& language,
                             const std::string& personography) {
  std::string m =
      "# The edition's manifest, written by `editio init`. Fill in each value that says \"TODO\"\n"
      "# (`editio build` warns about each one left, and builds meanwhile), then check each\n"
      "# [[document]]: its title is the text's first line, its language was guessed from the letters.\n"
      "# The keys are documented in docs/manual/manifest.md (with Editio, or man editio).\n"
      "\n"
      "[edition]\n"
      "# TODO: the edition's title, its editors (id: a short XML name; name), publisher and licence.\n"
      "title = \"TODO: the edition's title\"\n"
      "editors = [{ id = \"ed\", name = \"TODO: the editor's name\", role = \"editor\" }]\n"
      "publisher = \"TODO: the publisher\"\n"
      "licence = \"TODO: the licence of the edition, e.g. CC BY 4.0\"\n"
      "language = " + toml_quoted(language) + "  # the language of the edition's own pages\n";
  if (!personography.empty())
    m += "# The persons the texts name: a starter made from the names they use, most frequent first;\n"
         "# keep the persons, delete the rest.\n"
         "personography = " + toml_quoted(personography) + "\n";
  for (const auto& d : docs) {
    m += "\n[[document]]\nid = " + toml_quoted(d.id) + "\nfile = " + toml_quoted(d.file) +
         "\ntitle = " + toml_quoted(d.title) + "\nlanguage = " + toml_quoted(d.language) + "\n";
    if (!d.encoding.empty()) m += "encoding = " + toml_quoted(d.encoding) + "  # as detected\n";
  }
  return m;
}

}  // namespace editio
