#include "driver/incremental.hpp"

#include <elf.h>
#include <link.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <sstream>

#include "annotate/name_forms.hpp"
#include "annotate/persons.hpp"
#include "driver/build.hpp"
#include "edition/manifest.hpp"
#include "edition/toml_reader.hpp"
#include "read/source.hpp"
#include "util/fs.hpp"
#include "util/hash.hpp"
#include "util/utf8.hpp"
#include "util/version.hpp"

namespace editio {
namespace {

namespace sfs = std::filesystem;
constexpr const char* kStateHeader = "editio-state 1";

// The GNU build ID the linker wrote into the running program (a hash of
// everything it linked), read from its notes in memory; "" when it has none.
std::string program_build_id() {
  std::string id;
  dl_iterate_phdr(
      [](dl_phdr_info* info, std::size_t, void* out) {
        for (int i = 0; i < info->dlpi_phnum; ++i) {
          const ElfW(Phdr)& ph = info->dlpi_phdr[i];
          if (ph.p_type != PT_NOTE) continue;
          const char* p = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
          for (const char* end = p + ph.p_memsz; p + sizeof(ElfW(Nhdr)) <= end;) {
            ElfW(Nhdr) note;
            std::memcpy(&note, p, sizeof note);
            const char* name = p + sizeof note;
            const char* desc = name + ((note.n_namesz + 3) & ~3u);
            if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0 &&
                desc + note.n_descsz <= end)
              static_cast<std::string*>(out)->assign(desc, note.n_descsz);
            p = desc + ((note.n_descsz + 3) & ~3u);
          }
        }
        return 1;  // the first object is the program itself
      },
      &id);
  return id;
}

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

// The layer's entries by the document they name ("" for none), each
// serialized with its kind, in the file's order within each kind. A layer that is not TOML
// is one entry for all (the build reports it).
std::map<std::string, std::string> layer_entries(const std::string& text) {
  std::map<std::string, std::string> by_document;
  Diagnostics ignored;  // the manifest's loading reported them
  auto root = parse_toml("editorial.toml", text, "the editor's layer", ignored);
  if (!root) {
    by_document[""] = text;
    return by_document;
  }
  for (auto&& [kind, node] : *root) {
    const toml::array* entries = node.as_array();
    if (!entries) {
      std::ostringstream os;
      os << kind.str() << '=';
      node.visit([&](const auto& value) { os << value; });
      by_document[""] += os.str();
      continue;
    }
    for (const toml::node& entry : *entries) {
      std::ostringstream os;
      os << "[[" << kind.str() << "]]\n";
      entry.visit([&](const auto& value) { os << value; });
      os << '\n';
      const toml::table* t = entry.as_table();
      by_document[t ? (*t)["document"].value_or(std::string()) : std::string()] += os.str();
    }
  }
  return by_document;
}

// The personography without its persons: what every document depends on.
std::string personography_rest(const Personography& persons) {
  if (!persons.xml) return {};
  pugi::xml_document rest;
  rest.reset(*persons.xml);
  std::vector<pugi::xml_node> stack{rest};
  while (!stack.empty()) {
    pugi::xml_node n = stack.back();
    stack.pop_back();
    for (pugi::xml_node c = n.first_child(), next; c; c = next) {
      next = c.next_sibling();
      const std::string name = c.name();
      if (name == "person" || name == "personGrp") n.remove_child(c);
      else stack.push_back(c);
    }
  }
  std::ostringstream os;
  rest.print(os, "", pugi::format_raw);
  return os.str();
}

std::string person_hash(const Personography& persons, std::size_t i) {
  std::ostringstream os;
  persons.persons[i].node.print(os, "", pugi::format_raw);
  Hasher h;
  h.add(persons.persons[i].id).add(os.str());
  h.add(i < persons.sort_keys.size() ? persons.sort_keys[i] : std::string());
  return h.hex();
}

}  // namespace

std::string letters_key(const std::string& text) {
  const std::string folded = fold_yo(utf8::lower(text));
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size();) {
    const char32_t c = utf8::next(folded, i);
    if (utf8::is_letter(c) || utf8::is_mark(c)) utf8::append(out, c);
  }
  return out;
}

EditorInputs::EditorInputs(const std::string& layer_text, const std::string& manifest_text,
                           const PersonMatcher* matcher) {
  layer_by_document_ = layer_entries(layer_text);
  Hasher common;
  common.add(layer_by_document_[""]);
  if (matcher) {
    const Personography& persons = matcher->personography();
    common.add(personography_rest(persons));
    const auto words = matcher->index_words();
    for (std::size_t i = 0; i < persons.persons.size(); ++i) {
      person_hash_.push_back(person_hash(persons, i));
      person_id_.push_back(persons.persons[i].id);
      for (const auto& w : words[i]) person_words_.add(letters_key(w), i);
      if (words[i].empty()) person_words_.add("", i);  // found from nothing we know of: counts everywhere
    }
  }
  person_words_.link();
  for (std::size_t p : persons_in(manifest_text, manifest_text)) common.add(person_hash_[p]);
  common_ = common.hex();
}

std::vector<std::size_t> EditorInputs::persons_in(const std::string& text, const std::string& layer_entries) const {
  std::vector<std::size_t> found = person_words_.tags_in(letters_key(text + "\n" + layer_entries));
  for (std::size_t p = 0; p < person_id_.size(); ++p)
    if (layer_entries.find(person_id_[p]) != std::string::npos) found.push_back(p);
  std::sort(found.begin(), found.end());
  found.erase(std::unique(found.begin(), found.end()), found.end());
  return found;
}

std::string EditorInputs::of(const std::string& id, const std::string& text) const {
  auto it = layer_by_document_.find(id);
  const std::string& entries = it == layer_by_document_.end() ? std::string() : it->second;
  Hasher h;
  h.add(entries);
  for (std::size_t p : persons_in(text, entries)) h.add(person_hash_[p]);
  return h.hex();
}

std::string common_inputs_key(const BuildOptions& opt, const Edition& edition, const std::string& manifest_path,
                              const std::string& editor_common) {
  Hasher h;
  h.add(kVersion);
  // A rebuilt program may write other outputs: its build ID, else its bytes.
  if (const std::string id = program_build_id(); !id.empty()) h.add("build-id:" + id);
  else h.add_file("/proc/self/exe");
  h.add_file(manifest_path);
  h.add("base_url=" + edition.base_url);  // the pages' canonical links and citations
  h.add(editor_common);  // the editor's layer and personography, but each document's share (EditorInputs)
  for (const std::string* f : {&edition.places, &edition.organisations})  // any place may be named anywhere
    if (!f->empty()) h.add_file(edition.resolve(*f));
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

std::string document_key(const std::string& common_key, const DocumentEntry& entry, const EditorInputs* editor) {
  Hasher h;
  h.add(common_key);
  h.add(entry.id);
  h.add(entry.path);
  std::string bytes, why;
  if (!fs::read_file(entry.path, bytes, why)) return h.add("unreadable: " + why).hex();
  h.add(bytes);
  for (const auto& w : entry.witnesses) {  // the texts collated with it: their readings are in its apparatus
    h.add(w.id);
    h.add(w.path);
    h.add_file(w.path);
  }
  if (editor) {
    // The text as the reader gives it (decoded, NFC), for the persons it could mention.
    Diagnostics ignored;  // the document's build reports them
    std::string text;
    if (auto source = read_source(entry.path, bytes, ignored, entry.encoding))
      for (const auto& line : source->lines) text += line + "\n";
    else text = bytes;
    h.add(editor->of(entry.id, text));
  }
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
