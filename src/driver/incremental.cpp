#include "driver/incremental.hpp"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "driver/build.hpp"
#include "edition/manifest.hpp"
#include "util/fs.hpp"
#include "util/hash.hpp"
#include "util/version.hpp"

namespace editio {
namespace {

namespace sfs = std::filesystem;
constexpr const char* kStateHeader = "editio-state 1";

// The files of a stylesheet directory that can change an output: stylesheets,
// their data (labels) and the LaTeX style files, in a stable order.
std::vector<std::string> stylesheet_files(const sfs::path& dir) {
  std::vector<std::string> files;
  std::error_code ec;
  for (sfs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string ext = it->path().extension().string();
    if (ext == ".xsl" || ext == ".xml" || ext == ".sty" || ext == ".tex") files.push_back(it->path().string());
  }
  std::sort(files.begin(), files.end());
  return files;
}

}  // namespace

std::string common_inputs_key(const BuildOptions& opt, const Edition& edition, const std::string& manifest_path) {
  Hasher h;
  h.add(kVersion);
  h.add_file("/proc/self/exe");  // a rebuilt program may write other outputs
  h.add_file(manifest_path);
  h.add("base_url=" + edition.base_url);  // the pages' canonical links and citations
  if (!edition.editorial.empty()) h.add_file(edition.resolve(edition.editorial));
  if (!edition.personography.empty()) h.add_file(edition.resolve(edition.personography));
  const sfs::path home(opt.home);
  h.add_file((home / "schemas" / "editio.rng").string());
  h.add_file((home / "schemas" / "editio.sch").string());
  for (const char* sub : {"", "html", "latex"})  // "": the label table both share (xslt/labels.*)
    for (const auto& f : stylesheet_files(home / "xslt" / sub)) {
      h.add(f);
      h.add_file(f);
    }
  std::string formats;
  for (Format f : opt.formats) formats += std::to_string(static_cast<int>(f)) + ",";
  h.add(formats);
  return h.hex();
}

std::string document_key(const std::string& common_key, const DocumentEntry& entry) {
  Hasher h;
  h.add(common_key);
  h.add(entry.id);
  h.add(entry.path);
  h.add_file(entry.path);
  return h.hex();
}

bool read_state(const std::string& path, DocumentState& state) {
  std::string data, why;
  if (!fs::read_file(path, data, why)) return false;
  std::istringstream in(data);
  std::string line;
  if (!std::getline(in, line) || line != kStateHeader) return false;
  // A damaged record (a number that is not one) is no record: the document is rebuilt.
  auto number = [](const std::string& text, std::size_t& out) {
    if (text.empty() || text.find_first_not_of("0123456789") != std::string::npos || text.size() > 18) return false;
    out = std::stoul(text);
    return true;
  };
  while (std::getline(in, line)) {
    bool ok = true;
    if (line.rfind("key ", 0) == 0) state.key = line.substr(4);
    else if (line.rfind("notes ", 0) == 0) ok = number(line.substr(6), state.notes);
    else if (line.rfind("paragraphs ", 0) == 0) ok = number(line.substr(11), state.paragraphs);
    else if (line.rfind("warnings ", 0) == 0) ok = number(line.substr(9), state.warnings);
    if (!ok) return false;
  }
  return !state.key.empty();
}

bool outputs_current(const std::string& path, const std::string& key, const std::vector<std::string>& outputs,
                     DocumentState* state) {
  DocumentState record;
  if (!read_state(path, record) || record.key != key || !all_exist(outputs)) return false;
  if (state) *state = std::move(record);
  return true;
}

bool write_state(const std::string& path, const DocumentState& state, std::string& why) {
  std::string out = std::string(kStateHeader) + "\nkey " + state.key + "\nnotes " + std::to_string(state.notes) +
                    "\nparagraphs " + std::to_string(state.paragraphs) + "\nwarnings " +
                    std::to_string(state.warnings) + "\n";
  return fs::write_atomic(path, out, why);
}

void remove_state(const std::string& path) {
  std::error_code ec;
  sfs::remove(path, ec);
}

bool all_exist(const std::vector<std::string>& files) {
  std::error_code ec;
  for (const auto& f : files)
    if (!sfs::exists(f, ec)) return false;
  return true;
}

}  // namespace editio
