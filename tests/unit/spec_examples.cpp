// Reading, converting and rewriting the examples of tests/spec/*.md; the
// format is in tests/spec/README.md.
#include "spec_examples.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <memory>
#include <sstream>

#include "convert/pipeline.hpp"
#include "corpus/register.hpp"
#include "edition/manifest.hpp"
#include "test_files.hpp"
#include "util/fs.hpp"

namespace sfs = std::filesystem;

namespace editio::spec {

namespace {

// The [edition] table every example's manifest begins with; the example's
// ```manifest``` block follows it (so its first keys are the edition's).
const char* const kEdition =
    "[edition]\n"
    "title = \"Spec\"\n"
    "editors = [{ id = \"ed\", name = \"Test Editor\" }]\n"
    "publisher = \"Test Publisher\"\n"
    "licence = \"CC0\"\n";

const char* const kKinds[] = {"manifest", "text", "editorial", "persons", "tei", "header", "diagnostics"};

std::vector<std::string> lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

sfs::path file_of(const std::string& area) { return spec_dir() / (area + ".md"); }

// Parses the lines of a spec file; `error` names the first line that breaks the format.
std::vector<Example> parse(const std::string& area, const std::vector<std::string>& lines, std::string& error) {
  std::vector<Example> out;
  Block* open = nullptr;
  const std::string where = "tests/spec/" + area + ".md:";
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const std::string& line = lines[i];
    if (open) {
      if (line == "```") {
        open->close = i;
        open = nullptr;
      } else {
        open->body += line + "\n";
      }
    } else if (line.rfind("## ", 0) == 0) {
      if (!out.empty()) out.back().end = i;
      Example e;
      e.area = area;
      e.number = static_cast<int>(out.size()) + 1;
      e.title = line.substr(3);
      e.heading = i;
      out.push_back(e);
    } else if (line.rfind("```", 0) == 0) {
      std::vector<std::string> w = words_of(line.substr(3));
      const bool known = !w.empty() && std::find(std::begin(kKinds), std::end(kKinds), w[0]) != std::end(kKinds);
      if (!known || out.empty()) {
        error = where + std::to_string(i + 1) + ": " +
                (out.empty() ? "a block before the first example" : "unknown block kind: " + line);
        return {};
      }
      Block b;
      b.kind = w[0];
      if (w.size() > 1) b.arg = w[1];
      b.flags.assign(w.begin() + std::min<std::size_t>(w.size(), 2), w.end());
      b.open = i;
      out.back().blocks.push_back(b);
      open = &out.back().blocks.back();
    }
  }
  if (open) error = where + std::to_string(open->open + 1) + ": the block is not closed";
  if (!out.empty()) out.back().end = lines.size();
  return out;
}

// A text block's bytes: its lines, with a byte order mark and CRLF line ends when flagged.
std::string text_bytes(const Block& b) {
  const auto has = [&](const char* f) { return std::find(b.flags.begin(), b.flags.end(), f) != b.flags.end(); };
  std::string s = has("bom") ? "\xEF\xBB\xBF" : "";
  for (char c : b.body) {
    if (c == '\n' && has("crlf")) s += '\r';
    s += c;
  }
  return s;
}

// Diagnostics with paths relative to the example's folder, one per line.
std::string relative_diagnostics(const Diagnostics& d, const sfs::path& dir) {
  std::string got;
  const std::string prefix = dir.string() + "/";
  for (const auto& x : d.items()) {
    std::string line = x.format();
    for (auto p = line.find(prefix); p != std::string::npos; p = line.find(prefix, p)) line.erase(p, prefix.size());
    got += line + "\n";
  }
  return got;
}

// Where the <text> element's lines are in a TEI as the writer indents it: [first, last].
bool text_lines(const std::vector<std::string>& lines, std::size_t& first, std::size_t& last) {
  for (first = 0; first < lines.size(); ++first)
    if (lines[first] == "  <text>" || lines[first].rfind("  <text ", 0) == 0) break;
  for (last = first; last < lines.size(); ++last)
    if (lines[last] == "  </text>") return true;
  return false;
}

// The lines of a block's body after its expected value changed to `body`.
std::vector<std::string> fenced(const std::string& info, const std::string& body) {
  std::vector<std::string> out{"```" + info};
  for (const auto& l : lines_of(body)) out.push_back(l);
  out.push_back("```");
  return out;
}

// The example's lines with the expected blocks rewritten from `r`.
std::vector<std::string> rewritten(const Example& e, const Result& r, const std::vector<std::string>& lines) {
  std::vector<std::string> out(lines.begin() + e.heading, lines.begin() + e.end);
  std::vector<std::string> added;
  const auto add = [&](const std::string& info, const std::string& body) {
    auto f = fenced(info, body);
    added.push_back("");
    added.insert(added.end(), f.begin(), f.end());
  };
  for (const auto& doc : r.documents)
    if (!e.find("tei", doc) && !e.find("header", doc)) add("tei " + doc, text_fragment(r.tei.at(doc)));
  if (!e.find("diagnostics") && !r.diagnostics.empty()) add("diagnostics", r.diagnostics);
  std::size_t at = out.size();
  while (at > 1 && out[at - 1].empty()) --at;
  out.insert(out.begin() + at, added.begin(), added.end());
  for (auto b = e.blocks.rbegin(); b != e.blocks.rend(); ++b) {  // from the last, so positions hold
    std::string body;
    if (b->kind == "diagnostics") body = r.diagnostics;
    else if ((b->kind == "tei" || b->kind == "header") && r.tei.count(b->arg))
      body = b->kind == "tei" ? text_fragment(r.tei.at(b->arg)) : without_text(r.tei.at(b->arg));
    else continue;
    const auto f = fenced(b->kind + (b->arg.empty() ? "" : " " + b->arg), body);
    out.erase(out.begin() + (b->open - e.heading), out.begin() + (b->close - e.heading) + 1);
    out.insert(out.begin() + (b->open - e.heading), f.begin(), f.end());
  }
  return out;
}

}  // namespace

const Block* Example::find(const std::string& kind, const std::string& arg) const {
  for (const auto& b : blocks)
    if (b.kind == kind && b.arg == arg) return &b;
  return nullptr;
}

sfs::path spec_dir() { return sfs::path(EDITIO_TEST_DATA).parent_path() / "spec"; }

std::vector<std::string> areas() {
  std::vector<std::string> out;
  for (const auto& f : sfs::directory_iterator(spec_dir()))
    if (f.path().extension() == ".md" && f.path().filename() != "README.md") out.push_back(f.path().stem().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Example> read_area(const std::string& area, std::string& error) {
  std::string s, why;
  if (!fs::read_file(file_of(area).string(), s, why)) {
    error = file_of(area).string() + ": " + why;
    return {};
  }
  return parse(area, lines_of(s), error);
}

Result convert(const Example& e) {
  Result r;
  const sfs::path dir = test::temp_dir("spec-" + e.area + "-" + std::to_string(e.number));
  std::string manifest = kEdition;
  if (e.find("persons")) manifest += "personography = \"persons.xml\"\n";
  if (e.find("editorial")) manifest += "editorial = \"editorial.toml\"\n";
  if (const Block* m = e.find("manifest")) manifest += m->body;
  test::write(dir / "manifest.toml", manifest);
  for (const auto& b : e.blocks) {
    if (b.kind == "text") test::write(dir / b.arg, text_bytes(b));
    if (b.kind == "persons") test::write(dir / "persons.xml", b.body);
    if (b.kind == "editorial") test::write(dir / "editorial.toml", b.body);
  }
  Diagnostics d;
  auto ed = load_manifest((dir / "manifest.toml").string(), d);
  // An example with no document to expect (no tei or header block) expects
  // the manifest's own errors: its diagnostics are all it gives.
  const bool expects_documents = std::any_of(e.blocks.begin(), e.blocks.end(), [](const Block& b) {
    return b.kind == "tei" || b.kind == "header";
  });
  if (!ed && !expects_documents) {
    r.diagnostics = relative_diagnostics(d, dir);
    std::error_code ec;
    sfs::remove_all(dir, ec);
    return r;
  }
  if (!ed) {
    r.failure = "the manifest is not read: " + relative_diagnostics(d, dir);
    return r;
  }
  std::unique_ptr<Personography> persons;
  std::unique_ptr<PersonMatcher> matcher;
  if (!ed->personography.empty()) {
    persons = load_personography((dir / ed->personography).string(), d);
    if (!persons) {
      r.failure = "the personography is not read: " + relative_diagnostics(d, dir);
      return r;
    }
    persons->set_sort_order(register_order(*persons, ed->language));
    matcher = std::make_unique<PersonMatcher>(*persons);
  }
  for (const auto& entry : ed->documents) {
    Converted c = convert_entry(*ed, entry, d, matcher.get());
    if (!c.ok) r.failure += "document " + entry.id + " is not converted\n";
    r.documents.push_back(entry.id);
    r.tei[entry.id] = c.tei;
  }
  r.diagnostics = relative_diagnostics(d, dir);
  std::error_code ec;
  if (r.failure.empty()) sfs::remove_all(dir, ec);
  return r;
}

std::string text_fragment(const std::string& tei) {
  const auto lines = lines_of(tei);
  std::size_t first, last;
  if (!text_lines(lines, first, last)) return "";
  std::string out;
  for (std::size_t i = first; i <= last; ++i) out += lines[i].substr(2) + "\n";
  return out;
}

std::string without_text(const std::string& tei) {
  const auto lines = lines_of(tei);
  std::size_t first, last;
  if (!text_lines(lines, first, last)) return tei;
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (i < first || i > last) out += lines[i] + "\n";
  return out;
}

bool update(const Example& e, const Result& r, std::string& error) {
  // Tests of one spec file may run in parallel processes (ctest -j): one at a time rewrites it.
  const std::string lock_path = (sfs::temp_directory_path() / ("editio-spec-" + e.area + ".lock")).string();
  const int lock = ::open(lock_path.c_str(), O_CREAT | O_RDWR, 0644);
  if (lock < 0 || ::flock(lock, LOCK_EX) != 0) {
    error = "cannot lock " + lock_path;
    if (lock >= 0) ::close(lock);
    return false;
  }
  std::string s, why;
  bool ok = fs::read_file(file_of(e.area).string(), s, why);
  std::vector<std::string> lines = lines_of(s);
  std::vector<Example> now = parse(e.area, lines, error);
  ok = ok && error.empty() && static_cast<std::size_t>(e.number) <= now.size();
  if (ok) {
    const Example& x = now[e.number - 1];
    std::vector<std::string> mid = rewritten(x, r, lines);
    lines.erase(lines.begin() + x.heading, lines.begin() + x.end);
    lines.insert(lines.begin() + x.heading, mid.begin(), mid.end());
    std::string text;
    for (const auto& l : lines) text += l + "\n";
    ok = fs::write_atomic(file_of(e.area).string(), text, why);
  }
  if (!ok && error.empty()) error = file_of(e.area).string() + ": " + (why.empty() ? "changed under the test" : why);
  ::flock(lock, LOCK_UN);
  ::close(lock);
  return ok;
}

}  // namespace editio::spec
