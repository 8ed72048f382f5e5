// libFuzzer target: the editor's layer and the manifest. The input is parsed
// as an editorial.toml (parse_editorial) and, when it loads, applied to a
// small fixed document "doc" as the build applies it; it is also parsed as a
// manifest (parse_manifest) unless it names an editorial file, which the
// manifest parser would read from disk.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

#include <toml++/toml.h>

#include "convert/pipeline.hpp"
#include "edition/editorial.hpp"
#include "edition/manifest.hpp"
#include "read/source.hpp"
#include "util/utf8.hpp"

namespace {

// Invented text, Russian and English, with a date, a note and a letter's parts.
const char* kText =
    "Письмо\n"
    "\n"
    "Москва, 3 мая 1931 г.\n"
    "\n"
    "Дорогой Иван, пишу тебе в апреле 17 г. о конференции.[1]\n"
    "\n"
    "In September 28 I left for Paris. The April 17 conference was held in spring.\n"
    "\n"
    "(I. Petrov)\n"
    "\n"
    "[1] Примечание редактора.\n";

const editio::SourceText& fixed_text() {
  static const editio::SourceText text = [] {
    editio::Diagnostics d;
    auto t = editio::read_source("doc.txt", kText, d);
    if (!t) __builtin_trap();
    return *t;
  }();
  return text;
}

// Whether a TOML text sets [edition] editorial (then parse_manifest would read a file).
bool names_editorial_file(const std::string& text) {
  try {
    toml::table t = toml::parse(std::string_view{text}, std::string_view{"fuzz.toml"});
    const toml::table* e = t["edition"].as_table();
    return e && e->contains("editorial");
  } catch (const toml::parse_error&) {
    return false;
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace editio;
  const std::string text(reinterpret_cast<const char*>(data), size);
  {
    Diagnostics d;
    std::optional<EditorialLayer> layer = parse_editorial("/nonexistent/editorial.toml", text, d);
    if (layer) {
      Edition ed;
      ed.title = "t";
      ed.editors.push_back({"ed", "The editor", "editor"});
      ed.editorial_layer = std::move(*layer);
      ed.responsibilities.push_back({"ab", "A. B.", "notes", {"(A.B.)"}, "", {"ED"}});
      for (const char* lang : {"ru", "en"}) {
        DocumentEntry entry;
        entry.id = "doc";
        entry.language = lang;
        entry.date.when = "1931-05-03";
        Diagnostics dd;
        (void)prepare_document(fixed_text(), ed, entry, dd, nullptr);
      }
    }
  }
  // load_manifest refuses invalid UTF-8 before parsing; so do we.
  if (utf8::find_invalid(text) == std::string::npos && !names_editorial_file(text)) {
    Diagnostics d;
    (void)parse_manifest("/nonexistent/manifest.toml", text, d);
  }
  return 0;
}
