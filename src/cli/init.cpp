#include "cli/init.hpp"

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>

#include "cli/names.hpp"
#include "convert/pipeline.hpp"
#include "edition/starter_manifest.hpp"
#include "edition/starter_personography.hpp"
#include "edition/xml_ids.hpp"
#include "read/document_reader.hpp"
#include "util/fs.hpp"
#include "util/paths.hpp"

namespace editio {
namespace {

namespace sfs = std::filesystem;

// A text of the new edition: where it is read from, where it goes (relative
// to DIR), and what the manifest says of it.
struct Text {
  std::string source;  // the file named, or found under DIR
  std::string file;    // relative to DIR: "texts/a.txt"
  StarterDocument doc;
};

// The files init writes beside the texts.
constexpr const char* kManifest = "manifest.toml";
constexpr const char* kPersonography = "personography.xml";

// DIR must be a folder (or not exist yet) and hold no edition init would
// overwrite, unless --force.
bool check_target(const InitOptions& o, std::ostream& err) {
  std::error_code ec;
  if (sfs::exists(o.dir, ec) && !sfs::is_directory(o.dir, ec)) {
    err << "editio init: " << o.dir << " is not a folder; name a folder for the edition (it is made when missing)\n";
    return false;
  }
  for (const char* name : {kManifest, kPersonography}) {
    const sfs::path p = sfs::path(o.dir) / name;
    if (!o.force && sfs::exists(p, ec)) {
      err << "editio init: " << p.string() << " exists; init does not overwrite an edition: pass --force to replace "
          << kManifest << " and " << kPersonography << ", or name another folder\n";
      return false;
    }
  }
  return true;
}

// The texts named on the command line, each to DIR/texts/ under its file
// name: each must be a file, and no two may share a name.
bool named_texts(const InitOptions& o, std::vector<Text>& texts, std::ostream& err) {
  std::map<std::string, std::string> by_name;  // file name -> the text named so
  for (const auto& t : o.texts) {
    std::error_code ec;
    if (!sfs::is_regular_file(t, ec)) {
      err << "editio init: " << t << (sfs::exists(t, ec) ? " is not a file" : ": no such file")
          << "; name the text files of the edition\n";
      return false;
    }
    const std::string name = sfs::path(t).filename().string();
    if (auto [it, fresh] = by_name.emplace(name, t); !fresh) {
      err << "editio init: " << it->second << " and " << t << " have the same file name; both would be texts/"
          << name << ": rename one of them\n";
      return false;
    }
    texts.push_back({t, "texts/" + name, {}});
  }
  return true;
}

// With no texts named: every *.txt under DIR, in its subfolders too (the
// texts usually sit in texts/ or in a folder per kind or year), except in
// hidden folders and in output/ (a build's), in path order.
bool found_texts(const InitOptions& o, std::vector<Text>& texts, std::ostream& err) {
  std::error_code ec;
  sfs::recursive_directory_iterator it(o.dir, ec), end;
  for (; !ec && it != end; it.increment(ec)) {
    const sfs::path& p = it->path();
    const std::string name = p.filename().string();
    if (it->is_directory(ec) && (name.front() == '.' || (it.depth() == 0 && name == "output"))) {
      it.disable_recursion_pending();
    } else if (it->is_regular_file(ec) && is_source_name(p)) {
      texts.push_back({p.string(), sfs::relative(p, o.dir).generic_string(), {}});
    }
  }
  std::sort(texts.begin(), texts.end(), [](const Text& a, const Text& b) { return a.file < b.file; });
  if (texts.empty())
    err << "editio init: no texts: " << o.dir << " holds no *.txt, *.md, *.html, *.docx or *.odt files; name them: "
        << "editio init " << o.dir << " a.txt b.md ...\n";
  return !texts.empty();
}

// Reads each text for its id (from the file name, unique), language and
// title; false (reported) when one cannot be read.
bool describe(std::vector<Text>& texts, std::ostream& err) {
  std::set<std::string> ids;
  for (auto& t : texts) {
    Diagnostics d;
    Document doc;
    const bool read = read_document({t.source}, doc, d);
    for (const auto& x : d.items()) err << x.format() << '\n';
    if (!read) {
      err << "editio init: " << t.source << " cannot be read as a text (see above)\n";
      return false;
    }
    const std::string stem = sfs::path(t.file).stem().string();
    t.doc.id = document_id_from_file(stem, ids);
    t.doc.file = t.file;
    std::vector<std::string> texts_of_blocks;
    for (const Block& b : doc.blocks) texts_of_blocks.push_back(b.text);
    t.doc.language = doc.metadata.lang.empty() ? guess_language(texts_of_blocks) : doc.metadata.lang;
    t.doc.title = own_title(doc);
    if (t.doc.title.empty()) t.doc.title = stem;
    if (!doc.encoding.empty() && doc.encoding != "UTF-8") t.doc.encoding = doc.encoding;
  }
  return true;
}

// Copies the named texts into DIR/texts/ (the sources are only read): a copy
// already there with the same bytes is kept; one with other bytes is replaced
// only with --force. Checks every text before writing any. Returns the exit
// code: 0, 2 (a differing copy without --force) or 1 (a file not read or written).
int copy_texts(const InitOptions& o, const std::vector<Text>& texts, std::ostream& out, std::ostream& err) {
  std::vector<std::pair<const Text*, std::string>> copies;  // text, its bytes
  for (const auto& t : texts) {
    const std::string dest = (sfs::path(o.dir) / t.file).string();
    std::string bytes, there, why;
    if (!fs::read_file(t.source, bytes, why)) {
      err << "editio init: cannot read " << t.source << ": " << why << '\n';
      return 1;
    }
    std::error_code ec;
    if (sfs::exists(dest, ec) && (paths::same_file(dest, t.source) || (fs::read_file(dest, there, why) && there == bytes)))
      continue;
    if (sfs::exists(dest, ec) && !o.force) {
      err << "editio init: " << dest << " exists and differs from " << t.source
          << "; pass --force to replace it, or rename the text\n";
      return 2;
    }
    copies.emplace_back(&t, std::move(bytes));
  }
  for (const auto& [t, bytes] : copies) {
    std::string why;
    const std::string dest = (sfs::path(o.dir) / t->file).string();
    if (!fs::write_atomic(dest, bytes, why)) {
      err << "editio init: cannot write " << why << '\n';
      return 1;
    }
    out << "editio init: wrote " << dest << " (a copy of " << t->source << ")\n";
  }
  return 0;
}

// The language most of the texts are in (the first text's on a tie).
std::string main_language(const std::vector<StarterDocument>& docs) {
  std::map<std::string, int> n;
  for (const auto& d : docs) ++n[d.language];
  std::string best = docs.front().language;
  for (const auto& [lang, count] : n)
    if (count > n[best]) best = lang;
  return best;
}

// The starter personography's persons: the names `editio names` lists for
// the new edition (`manifest`, not yet written) with an empty personography.
bool candidates_of(const std::string& manifest_path, const std::string& manifest, std::vector<StarterPerson>& persons,
                   std::set<std::string>& taken, std::ostream& err) {
  Diagnostics d;  // its TODO warnings are the point of the manifest
  auto edition = parse_manifest(manifest_path, manifest, d);
  if (!edition) {
    for (const auto& x : d.items()) err << x.format() << '\n';
    return false;
  }
  std::set<std::string> mentioned;
  persons = starter_persons(collect_name_candidates(*edition, nullptr, mentioned, err).ranked());
  taken = edition_ids(*edition, nullptr);
  return true;
}

bool write(const std::string& path, const std::string& text, const std::string& what, std::ostream& out,
           std::ostream& err) {
  std::string why;
  if (!fs::write_atomic(path, text, why)) {
    err << "editio init: cannot write " << why << '\n';
    return false;
  }
  out << "editio init: wrote " << path << " (" << what << ")\n";
  return true;
}

}  // namespace

int run_init(const InitOptions& o, std::ostream& out, std::ostream& err) {
  std::vector<Text> texts;
  if (!check_target(o, err) || !(o.texts.empty() ? found_texts(o, texts, err) : named_texts(o, texts, err))) return 2;
  if (!describe(texts, err)) return 1;
  std::error_code ec;
  sfs::create_directories(o.dir, ec);
  if (ec) {
    err << "editio init: cannot make the folder " << o.dir << ": " << ec.message() << '\n';
    return 1;
  }
  if (int rc = o.texts.empty() ? 0 : copy_texts(o, texts, out, err); rc != 0) return rc;

  std::vector<StarterDocument> docs;
  for (const auto& t : texts) docs.push_back(t.doc);
  const std::string lang = main_language(docs);
  const std::string manifest_path = (sfs::path(o.dir) / kManifest).string();
  std::vector<StarterPerson> persons;
  std::set<std::string> taken;
  if (!candidates_of(manifest_path, starter_manifest(docs, lang, ""), persons, taken, err)) return 1;
  const std::string persons_path = (sfs::path(o.dir) / kPersonography).string();
  const std::string what = std::to_string(persons.size()) + " names the texts use, most frequent first";
  if (!persons.empty() && !write(persons_path, starter_personography(persons, taken), what, out, err)) return 1;
  const std::string manifest = starter_manifest(docs, lang, persons.empty() ? "" : kPersonography);
  if (!write(manifest_path, manifest, std::to_string(docs.size()) + (docs.size() == 1 ? " document" : " documents"), out, err)) return 1;

  out << "editio init: next, fill in the values that say TODO in " << manifest_path
      << " (the edition's title, editors, publisher, licence) and check each document's title and language"
      << (persons.empty() ? "" : "; in " + persons_path + ", keep the persons (most frequent first) and delete the rest")
      << "; then build: cd " << o.dir << " && editio build\n";
  return 0;
}

}  // namespace editio
