#include "edition/manifest.hpp"

#include "edition/gazetteer.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include <toml++/toml.h>

#include "edition/toml_reader.hpp"
#include "read/document_reader.hpp"
#include "read/encoding.hpp"
#include "read/source.hpp"
#include "read/title_line.hpp"
#include "util/fs.hpp"
#include "util/paths.hpp"
#include "util/url.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

// A document's id names its files (tei/ID.xml, html/ID.html, print/ID.tex,
// print/ID.body.tex, print/ID.pdf); these ids would name the edition's own.
std::string reserved_id(const std::string& id) {
  for (const char* page : {"index", "search", "register", "chronology"})
    if (id == page) return "page html/" + id + ".html";
  for (const char* page : {"register-", "chronology-"}) {
    const std::string p = page;
    if (id.size() > p.size() && id.compare(0, p.size(), p) == 0 &&
        id.find_first_not_of("0123456789", p.size()) == std::string::npos)
      return "page html/" + id + ".html (a part of a long " + p.substr(0, p.size() - 1) + ")";
  }
  if (id == "edition") return "book print/edition.tex and print/edition.pdf";
  if (id.size() > 5 && id.compare(id.size() - 5, 5, ".body") == 0)
    return "file print/" + id + ".tex (the body of document '" + id.substr(0, id.size() - 5) + "')";
  return "";
}

// An encoding the manifest names must be one ICU can convert.
void check_encoding(const std::string& path, const toml::table& t, const std::string& name, const std::string& where,
                    Diagnostics& diags) {
  if (name.empty() || !canonical_encoding(name).empty()) return;
  const toml::node* n = t.get("encoding");
  diags.error(path, n ? pos_of(*n) : SourcePos{},
              where + ": encoding '" + name +
                  "' is not known; write e.g. \"UTF-8\", \"windows-1251\", \"KOI8-R\", \"UTF-16\" (or leave it out: "
                  "Editio then detects it)");
}

// A URL the pages and the print link must have a scheme that runs nothing.
void check_url(TomlReader& r, const toml::table& t, const char* key, const std::string& url) {
  const std::string why = url_problem(url);
  const toml::node* n = t.get(key);
  if (!why.empty() && n) r.diags().error(r.path(), pos_of(*n), "'" + std::string(key) + "' cannot be linked: " + why);
}

void read_source_info(TomlReader& r, const toml::table& t, SourceInfo& s) {
  TomlReader::Scope scope(r, "source");
  s.citation = r.str(t, "citation");
  s.title = r.str(t, "title");
  s.author = r.str(t, "author");
  s.publisher = r.str(t, "publisher");
  s.pub_place = r.str(t, "place");
  s.date = r.date(t, "date");
  s.pages = r.str(t, "pages");
  s.url = r.str(t, "url");
  check_url(r, t, "url", s.url);
  s.archive = r.str(t, "archive");
  s.translator = r.str(t, "translator");
  s.note = r.str(t, "note");
  r.unknown_keys(t);
}

// [print]: each key, the stylesheet parameter it sets, and its values
// (the first is the stylesheet's default).
struct PrintKey {
  const char* key;
  const char* param;
  std::vector<const char*> values;
};
const std::vector<PrintKey>& print_keys() {
  static const std::vector<PrintKey> keys{
      {"corrections", "corrections", {"apparatus", "inline", "silent"}},
      {"targeted_notes", "targeted-notes", {"separate", "merge"}},
      {"insertion_notes", "insertion-notes", {"first", "all", "none"}},
      {"editor_notes", "editor-notes", {"lettered", "apparatus"}},
      {"orthographic_variants", "orthographic-variants", {"show", "omit"}},
  };
  return keys;
}

void read_print(TomlReader& r, const toml::table& t, std::map<std::string, std::string>& out) {
  for (const auto& k : print_keys()) {
    r.known(k.key);
    const toml::node* n = t.get(k.key);
    if (!n) continue;
    const std::string v = n->value_or(std::string());
    bool known = false;
    std::string allowed;
    for (std::size_t i = 0; i < k.values.size(); ++i) {
      known = known || v == k.values[i];
      if (i) allowed += i + 1 == k.values.size() ? " or " : ", ";
      allowed += std::string("\"") + k.values[i] + "\"";
    }
    if (!n->is_string()) {
      r.diags().error(r.path(), pos_of(*n),
                      "[print]: '" + std::string(k.key) + "' must be a string: " + allowed);
    } else if (known) {
      out[k.param] = v;
    } else {
      r.diags().error(r.path(), pos_of(*n),
                      "[print]: " + std::string(k.key) + " '" + v + "' is not known: write " + allowed +
                          " (the first is the default)");
    }
  }
  r.unknown_keys(t);
}

// At most `n` bytes of `s`, not cutting a character.
std::string utf8_prefix(const std::string& s, std::size_t n) {
  if (s.size() <= n) return s;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  return s.substr(0, n);
}

// The folders the manifest may name files in (real paths): its own and those
// [edition] allow_paths names, each an existing folder.
std::vector<std::string> read_roots(TomlReader& r, const toml::table* e, const Edition& ed) {
  std::vector<std::string> roots{paths::real(ed.base_dir)};
  if (!e) return roots;
  const std::vector<std::string> allowed = r.str_list(*e, "allow_paths");
  const toml::array* nodes = (*e)["allow_paths"].as_array();
  for (std::size_t i = 0; i < allowed.size(); ++i) {
    const toml::node* n = nodes && i < nodes->size() ? nodes->get(i) : e->get("allow_paths");
    std::error_code ec;
    const std::string dir = ed.resolve(allowed[i]);
    if (allowed[i].empty() || !std::filesystem::is_directory(dir, ec))
      r.diags().error(r.path(), n ? pos_of(*n) : SourcePos{},
                      "[edition]: allow_paths: '" + allowed[i] + "' is not a folder (looked for " + dir +
                          "); name existing folders from which the manifest may take files");
    else
      roots.push_back(paths::real(dir));
  }
  return roots;
}

// Why a file the manifest names may not be read ("" when it may): it must
// lie, links resolved, in the sources folder or a folder of allow_paths.
std::string refuse_path(const Edition& ed, const std::string& what, const std::string& file) {
  const std::string why = paths::outside_roots(ed.resolve(file), ed.roots);
  if (why.empty()) return "";
  return what + " '" + file + "' " + why + ": files the manifest names must lie in its folder " + ed.roots[0] +
         " (or in a folder [edition] allow_paths names)";
}

// An edition-wide file (the personography, the editor's layer) outside the
// sources is an error of the manifest.
void check_edition_file(const Edition& ed, const toml::table& e, const char* key, const std::string& file,
                        Diagnostics& diags) {
  if (file.empty()) return;
  if (const std::string why = refuse_path(ed, std::string("[edition]: ") + key, file); !why.empty()) {
    const toml::node* n = e.get(key);
    diags.error(ed.manifest_path, n ? pos_of(*n) : SourcePos{}, why);
  }
}

}  // namespace

std::string reserved_document_id(const std::string& id) { return reserved_id(id); }

bool is_ncname(const std::string& s) {
  // XML 1.0 (fifth edition) NameStartChar without ':', and NameChar.
  auto start = [](char32_t c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' || (c >= 0xC0 && c <= 0xD6) ||
           (c >= 0xD8 && c <= 0xF6) || (c >= 0xF8 && c <= 0x2FF) || (c >= 0x370 && c <= 0x37D) ||
           (c >= 0x37F && c <= 0x1FFF) || (c >= 0x200C && c <= 0x200D) || (c >= 0x2070 && c <= 0x218F) ||
           (c >= 0x2C00 && c <= 0x2FEF) || (c >= 0x3001 && c <= 0xD7FF) || (c >= 0xF900 && c <= 0xFDCF) ||
           (c >= 0xFDF0 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0xEFFFF);
  };
  auto name = [&](char32_t c) {
    return start(c) || c == '-' || c == '.' || (c >= '0' && c <= '9') || c == 0xB7 || (c >= 0x300 && c <= 0x36F) ||
           (c >= 0x203F && c <= 0x2040);
  };
  if (s.empty() || utf8::find_invalid(s) != std::string::npos) return false;
  for (std::size_t i = 0; i < s.size();) {
    const bool first = i == 0;
    const char32_t c = utf8::next(s, i);
    if (first ? !start(c) : !name(c)) return false;
  }
  return true;
}

std::string Edition::resolve(const std::string& file) const {
  std::filesystem::path f(file);
  return f.is_absolute() ? f.string() : (std::filesystem::path(base_dir) / f).lexically_normal().string();
}

const DocumentEntry* Edition::find(const std::string& doc_id) const {
  for (const auto& d : documents)
    if (d.id == doc_id) return &d;
  return nullptr;
}

namespace {

const char* const kNotXmlName = "must be an XML name (letters, digits, '-', '_', '.'; not starting with a digit)";

// [edition]'s own keys: what the header says of the edition, the files it
// names, and the folders (allow_paths) they may lie in.
void read_edition_keys(TomlReader& r, const toml::table& e, Edition& ed, Diagnostics& diags) {
  ed.id = r.str(e, "id");
  ed.title = r.str(e, "title", true);
  ed.subtitle = r.str(e, "subtitle");
  ed.publisher = r.str(e, "publisher", true);
  ed.pub_place = r.str(e, "place");
  ed.date = r.date(e, "date");
  ed.licence = r.str(e, "licence", true);
  ed.licence_url = r.str(e, "licence_url");
  check_url(r, e, "licence_url", ed.licence_url);
  ed.language = r.str(e, "language");
  if (ed.language.empty()) ed.language = "en";
  ed.encoding = r.str(e, "encoding");
  check_encoding(ed.manifest_path, e, ed.encoding, "[edition]", diags);
  ed.introduction = r.str(e, "introduction");
  ed.personography = r.str(e, "personography");
  ed.places = r.str(e, "places");
  ed.organisations = r.str(e, "organisations");
  ed.editorial = r.str(e, "editorial");
  ed.allow_paths = r.str_list(e, "allow_paths");
  ed.roots = read_roots(r, &e, ed);
  check_edition_file(ed, e, "personography", ed.personography, diags);
  check_edition_file(ed, e, "places", ed.places, diags);
  check_edition_file(ed, e, "organisations", ed.organisations, diags);
  check_edition_file(ed, e, "editorial", ed.editorial, diags);
}

// One of [edition] editors: { id = ..., name = ..., role = ... }.
Agent read_editor(const toml::table& t, const toml::node& n, const std::string& path, Diagnostics& diags) {
  Agent a;
  TomlReader er(path, diags);
  er.set_context("[edition] editors: ");
  a.id = er.str(t, "id", true);
  a.name = er.str(t, "name", true);
  a.role = er.str(t, "role");
  er.unknown_keys(t);
  if (!a.id.empty() && !is_ncname(a.id))
    diags.error(path, pos_of(n), "[edition] editors: id '" + a.id + "' " + kNotXmlName);
  return a;
}

// [edition] editors: at least one.
std::vector<Agent> read_editors(const toml::table& e, const std::string& path, Diagnostics& diags) {
  std::vector<Agent> editors;
  if (const toml::array* eds = e["editors"].as_array()) {
    for (const auto& n : *eds) {
      if (const toml::table* t = n.as_table())
        editors.push_back(read_editor(*t, n, path, diags));
      else
        diags.error(path, pos_of(n), "[edition]: each of 'editors' must be a table { id = ..., name = ... }");
    }
  }
  if (editors.empty())
    diags.error(path, pos_of(e), "[edition]: 'editors' must name at least one editor, e.g. editors = [{ id = \"ed\", name = \"...\" }]");
  return editors;
}

// [edition.policy]: the editorial principles, by kPolicyKeys.
std::map<std::string, std::string> read_policy(const toml::table& e, const std::string& path, Diagnostics& diags) {
  std::map<std::string, std::string> policy;
  const toml::table* p = e["policy"].as_table();
  if (!p) return policy;
  TomlReader pr(path, diags);
  pr.set_context("[edition.policy]: ");
  for (const char* k : kPolicyKeys) {
    std::string v = pr.str(*p, k);
    if (!v.empty()) policy[k] = v;
  }
  pr.unknown_keys(*p);
  return policy;
}

// [edition]: its keys, editors and policy; without it the manifest is an error.
void read_edition(const toml::table& root, Edition& ed, Diagnostics& diags) {
  TomlReader r(ed.manifest_path, diags);
  const toml::table* e = root["edition"].as_table();
  if (!e) {
    ed.roots = read_roots(r, nullptr, ed);
    diags.error(ed.manifest_path, {1, 1},
                "the manifest has no [edition] table: add one with title, editors, publisher and licence");
    return;
  }
  r.set_context("[edition]: ");
  read_edition_keys(r, *e, ed, diags);
  r.known("editors");
  ed.editors = read_editors(*e, ed.manifest_path, diags);
  ed.policy = read_policy(*e, ed.manifest_path, diags);
  r.known("policy");
  r.unknown_keys(*e);
}

// [print], when the manifest has it.
void read_print_table(const toml::table& root, Edition& ed, Diagnostics& diags) {
  const toml::node* p = root.get("print");
  if (!p) return;
  if (const toml::table* t = p->as_table()) {
    TomlReader pr(ed.manifest_path, diags);
    pr.set_context("[print]: ");
    read_print(pr, *t, ed.print);
  } else {
    diags.error(ed.manifest_path, pos_of(*p), "'print' must be a table: [print] with corrections, targeted_notes, "
                                              "insertion_notes, editor_notes, orthographic_variants");
  }
}

// Why `url` cannot be the site's base_url ("" when it can): it must be an
// absolute http or https URL with a host, without white space, quotes,
// angle brackets, a query or a fragment (pages' addresses are appended to it).
std::string base_url_problem(const std::string& url) {
  std::string lower = url.substr(0, 8);
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  const std::size_t scheme = lower.rfind("https://", 0) == 0 ? 8 : lower.rfind("http://", 0) == 0 ? 7 : 0;
  if (!scheme) return "it must be an absolute address beginning with https:// or http://";
  const std::size_t host_end = url.find('/', scheme);
  if (url.substr(scheme, host_end - scheme).empty()) return "it names no host after " + url.substr(0, scheme);
  for (unsigned char c : url) {
    if (c <= ' ' || c == 0x7F) return "it contains white space or a control character";
    if (c == '"' || c == '<' || c == '>' || c == '\\' || c == '`' || c == '{' || c == '}' || c == '|' || c == '^')
      return std::string("it contains '") + static_cast<char>(c) + "', which an address must percent-encode";
    if (c == '?' || c == '#') return "it has a query or a fragment ('?' or '#'); the pages' names are appended to it";
  }
  return url_problem(url);
}

// [html], when the manifest has it: base_url, checked and ending in "/".
void read_html_table(const toml::table& root, Edition& ed, Diagnostics& diags) {
  const toml::node* h = root.get("html");
  if (!h) return;
  const toml::table* t = h->as_table();
  if (!t) {
    diags.error(ed.manifest_path, pos_of(*h), "'html' must be a table: [html] with base_url");
    return;
  }
  TomlReader hr(ed.manifest_path, diags);
  hr.set_context("[html]: ");
  const std::string url = hr.str(*t, "base_url");
  hr.unknown_keys(*t);
  if (url.empty()) return;
  if (const std::string why = base_url_problem(url); !why.empty()) {
    diags.error(ed.manifest_path, pos_of(*t->get("base_url")),
                "[html]: base_url '" + url + "' cannot be used: " + why +
                    "; write the address the site is published at, such as \"https://example.org/edition/\"");
    return;
  }
  ed.base_url = url.back() == '/' ? url : url + "/";
}

// One [[responsibility]].
Responsibility read_responsibility(const toml::table& t, const toml::node& n, const std::string& path,
                                   Diagnostics& diags) {
  TomlReader rr(path, diags);
  rr.set_context("[[responsibility]]: ");
  Responsibility x;
  x.id = rr.str(t, "id", true);
  x.name = rr.str(t, "name", true);
  x.role = rr.str(t, "role", true);
  x.signatures = rr.str_list(t, "signature");
  x.person = rr.str(t, "person");
  x.insertion_marks = rr.str_list(t, "insertion_mark");
  x.key = rr.str(t, "key");
  rr.unknown_keys(t);
  if (!x.id.empty() && !is_ncname(x.id))
    diags.error(path, pos_of(n), "[[responsibility]]: id '" + x.id + "' " + kNotXmlName);
  if (!x.key.empty() && (x.key.size() != 3 || !std::all_of(x.key.begin(), x.key.end(), [](char c) { return c >= 'a' && c <= 'z'; }))) {
    diags.error(path, pos_of(*t.get("key")), "[[responsibility]] '" + x.id + "': key '" + x.key +
                                     "' is no MARC relator code (three lower-case letters, such as \"trl\" or \"edt\")");
    x.key.clear();
  }
  return x;
}

void read_responsibilities(const toml::table& root, Edition& ed, Diagnostics& diags) {
  if (const toml::array* resps = root["responsibility"].as_array())
    for (const auto& n : *resps)
      if (const toml::table* t = n.as_table())
        ed.responsibilities.push_back(read_responsibility(*t, n, ed.manifest_path, diags));
}

// The ids of the editors and the responsibilities (what note_resp may name),
// each of which must be used once.
std::set<std::string> agent_ids(const Edition& ed, Diagnostics& diags) {
  std::set<std::string> ids;
  for (const auto& a : ed.editors) ids.insert(a.id);
  for (const auto& x : ed.responsibilities)
    if (!ids.insert(x.id).second)
      diags.error(ed.manifest_path, {}, "the id '" + x.id + "' is used twice among editors and responsibilities");
  return ids;
}

// A misspelt table ([[documents]], [editon]) would otherwise vanish silently.
void warn_unknown_tables(const toml::table& root, const std::string& path, Diagnostics& diags) {
  for (const auto& [k, v] : root) {
    const std::string key(k.str());
    if (key == "edition" || key == "print" || key == "html" || key == "responsibility" || key == "document") continue;
    diags.warning(path, pos_of(v), "unknown table or key '" + key +
                                       "' is ignored; the manifest has [edition], [print], [html], [[responsibility]] "
                                       "and [[document]] (see docs/manual/manifest.md)");
  }
}

// `format = "markdown"`: the reader the document's file needs, checked.
void read_format(const toml::table& t, TomlReader& dr, DocumentEntry& d, const std::string& path,
                 Diagnostics& diags) {
  const std::string name = dr.str(t, "format");
  if (name.empty()) return;
  const toml::node* n = t.get("format");
  d.format_pos = n ? pos_of(*n) : d.pos;
  d.format = parse_format_name(name);
  if (!d.format)
    diags.error(path, d.format_pos,
                "[[document]] '" + d.id + "': format '" + name + "' is not known: write " + format_names() +
                    ", or leave it out to choose the reader by the file's content and name");
}

// A [[document]]'s keys, its encoding and calendar checked, its [source] read.
DocumentEntry read_document_keys(const toml::table& t, SourcePos pos, const Edition& ed, Diagnostics& diags) {
  const std::string& path = ed.manifest_path;
  DocumentEntry d;
  d.pos = pos;
  TomlReader dr(path, diags);
  dr.set_context("[[document]]: ");
  d.id = dr.str(t, "id", true);
  if (!d.id.empty()) dr.set_context("[[document]] '" + d.id + "': ");
  d.file = dr.str(t, "file", !t.get("witness"));  // with witnesses: the base's
  dr.known("witness");                            // read_witnesses
  d.title = dr.str(t, "title");  // optional: take_title_from_text
  d.author = dr.str(t, "author");
  d.sender = dr.str(t, "sender");
  d.addressee = dr.str(t, "addressee");
  d.place = dr.str(t, "place");
  for (auto [key, at] : {std::pair{"sender", &d.sender_pos}, {"addressee", &d.addressee_pos}, {"place", &d.place_pos}})
    *at = t.get(key) ? pos_of(*t.get(key)) : pos;
  d.date = dr.date(t, "date");
  d.language = dr.str(t, "language");  // required unless the file's own metadata names it (fill_from_file)
  d.original_language = dr.str(t, "original_language");
  d.kind = dr.str(t, "kind");
  d.description = dr.str(t, "description");
  d.note_resp = dr.str(t, "note_resp");
  d.calendar = dr.str(t, "calendar");
  d.encoding = dr.str(t, "encoding");
  check_encoding(path, t, d.encoding, "[[document]] '" + d.id + "'", diags);
  if (d.encoding.empty()) d.encoding = ed.encoding;
  read_format(t, dr, d, path, diags);
  if (!d.calendar.empty() && d.calendar != "julian" && d.calendar != "gregorian") {
    const toml::node* c = t.get("calendar");
    diags.error(path, c ? pos_of(*c) : d.pos,
                "[[document]] '" + d.id + "': calendar '" + d.calendar +
                    "' is not known: write \"julian\" (dates before February 1918 in the Julian calendar) or \"gregorian\" (the default)");
  }
  dr.known("source");
  if (const toml::table* s = t["source"].as_table()) read_source_info(dr, *s, d.source);
  dr.unknown_keys(t);
  return d;
}

// A document's id names its files and its TEI: an XML name, not too long,
// none of the edition's own files, and used once (`doc_ids`: the earlier ones).
void check_document_id(const DocumentEntry& d, std::set<std::string>& doc_ids, const std::string& path,
                       Diagnostics& diags) {
  if (!d.id.empty() && !is_ncname(d.id))
    diags.error(path, d.pos, "[[document]]: id '" + d.id + "' " + kNotXmlName + "; it names the output files and the TEI's xml:id");
  else if (d.id.size() > kMaxIdBytes)
    diags.error(path, d.pos, "[[document]]: id '" + utf8_prefix(d.id, 40) + "...' is " + std::to_string(d.id.size()) +
                                 " bytes long; the id names the document's files, and a file name has at most "
                                 "255 bytes: use an id of at most " + std::to_string(kMaxIdBytes) + " bytes");
  else if (std::string clash = reserved_id(d.id); !clash.empty())
    diags.error(path, d.pos, "[[document]]: id '" + d.id + "' would overwrite the edition's own " + clash +
                                 "; choose another id");
  else if (!d.id.empty() && !doc_ids.insert(d.id).second)
    diags.error(path, d.pos, "[[document]]: id '" + d.id + "' is used by an earlier document; ids must be unique");
}

// A file a table names (`file` of t, `what` naming it in messages): where
// the key is, its resolved path, or why it may not be read.
void locate_file(const toml::table& t, const Edition& ed, const std::string& what, const std::string& file,
                 SourcePos& file_pos, std::string& path, std::string& refused) {
  if (const toml::node* f = t.get("file")) file_pos = pos_of(*f);
  refused = file.empty() ? "" : refuse_path(ed, what + ": file", file);
  if (refused.empty() && !file.empty()) path = ed.resolve(file);
}

// The document's file: its path, or why it may not be read (the document is
// then skipped, not the edition).
void locate_document_file(const toml::table& t, const Edition& ed, DocumentEntry& d) {
  locate_file(t, ed, "[[document]] '" + d.id + "'", d.file, d.file_pos, d.path, d.refused);
  if (!d.refused.empty()) d.refused += "; the document is skipped";
}

// One [[document.witness]]: its keys read and checked, its file located.
Witness read_witness(const toml::table& t, SourcePos pos, const Edition& ed, const DocumentEntry& d,
                     Diagnostics& diags) {
  Witness w;
  w.pos = pos;
  TomlReader r(ed.manifest_path, diags);
  const std::string doc = "[[document]] '" + d.id + "'";
  r.set_context(doc + " [[document.witness]]: ");
  w.id = r.str(t, "id", true);
  const std::string what = doc + " witness '" + w.id + "'";
  if (!w.id.empty()) r.set_context(what + ": ");
  w.siglum = r.str(t, "siglum");
  if (w.siglum.empty()) w.siglum = w.id;
  w.file = r.str(t, "file", true);
  w.base = r.boolean(t, "base");
  w.description = r.str(t, "description");
  w.printing = r.str(t, "printing");
  w.archive = r.str(t, "archive");
  w.shelfmark = r.str(t, "shelfmark");
  w.date = r.date(t, "date");
  r.unknown_keys(t);
  if (!w.id.empty() && !is_ncname(w.id))
    diags.error(ed.manifest_path, pos_of(*t.get("id")),
                what + ": id " + kNotXmlName + "; it is the witness's xml:id, which the apparatus's @wit points to");
  locate_file(t, ed, what, w.file, w.file_pos, w.path, w.refused);
  return w;
}

// Within one document: one base at most, each siglum once.
void check_witnesses(const toml::array& nodes, const DocumentEntry& d, const std::string& path, Diagnostics& diags) {
  const Witness* base = nullptr;
  std::map<std::string, const Witness*> sigla;
  for (std::size_t i = 0; i < d.witnesses.size(); ++i) {
    const Witness& w = d.witnesses[i];
    const toml::table& t = *nodes.get(i)->as_table();
    const std::string what = "[[document]] '" + d.id + "' witness '" + w.id + "'";
    if (w.base && base)
      diags.error(path, pos_of(*t.get("base")), what + ": base = true, but witness '" + base->id +
                                                    "' is already the base; a document has one base witness: "
                                                    "remove one of them");
    if (w.base && !base) base = &w;
    if (w.siglum.empty()) continue;
    auto [it, fresh] = sigla.emplace(w.siglum, &w);
    if (!fresh && it->second->id != w.id)  // the same id is check_witness_ids' error
      diags.error(path, t.get("siglum") ? pos_of(*t.get("siglum")) : w.pos,
                  what + ": siglum '" + w.siglum + "' is witness '" + it->second->id +
                      "''s already; give each witness of the document its own siglum");
  }
}

// The document's own `file =`, when given beside witnesses, must be the
// base's; the document's file and path are the base's.
void take_base_file(const toml::table& t, const Edition& ed, DocumentEntry& d, Diagnostics& diags) {
  const Witness& base = d.witnesses[d.base_witness()];
  if (!d.file.empty() && !base.file.empty() && ed.resolve(d.file) != ed.resolve(base.file))
    diags.error(ed.manifest_path, pos_of(*t.get("file")),
                "[[document]] '" + d.id + "': file '" + d.file + "' is not the base witness's ('" + base.file +
                    "', witness '" + base.id + "'): with [[document.witness]] tables, leave file out or make it the "
                                                "base's");
  d.file = base.file;
  d.path = base.path;
  d.file_pos = base.file_pos;
  d.refused = base.refused.empty() ? "" : base.refused + "; the document is skipped";
}

// [[document.witness]]: the versions of the document's text, when given;
// the document's file is then the base witness's.
void read_witnesses(const toml::table& t, const Edition& ed, DocumentEntry& d, Diagnostics& diags) {
  const toml::node* n = t.get("witness");
  if (!n) return;
  const toml::array* a = n->as_array();
  if (!a || a->empty() || !a->is_array_of_tables()) {
    diags.error(ed.manifest_path, pos_of(*n),
                "[[document]] '" + d.id + "': 'witness' must be one or more [[document.witness]] tables, each "
                                          "with id and file");
    return;
  }
  for (const toml::node& w : *a) d.witnesses.push_back(read_witness(*w.as_table(), pos_of(w), ed, d, diags));
  check_witnesses(*a, d, ed.manifest_path, diags);
  take_base_file(t, ed, d, diags);
}

// Whether `rest` has the shape of what follows "DOC-" in the ids the writer
// gives the parts of a document: a kind in letters, then a number ("p3",
// "n1.2", "tab1"); "1859" does not.
bool generated_part_suffix(const std::string& rest) {
  std::size_t i = 0;
  while (i < rest.size() && rest[i] >= 'a' && rest[i] <= 'z') ++i;
  return i > 0 && i < rest.size() && rest[i] >= '0' && rest[i] <= '9';
}

// Which xml:id the TEI writer gives ("julian", "DOC-p3": the parts of
// document DOC) `id` could be, said as the end of "the id ...", or "".
std::string generated_id_clash(const Edition& ed, const std::string& id) {
  if (id == "julian") return "is the id of the header's Julian calendar";
  for (const auto& d : ed.documents)
    if (!d.id.empty() && id.rfind(d.id + "-", 0) == 0 && generated_part_suffix(id.substr(d.id.size() + 1)))
      return "looks like the ids Editio gives the parts of document '" + d.id + "' ('" + d.id + "-p1', '" + d.id +
             "-n1', ...)";
  return "";
}

// Witness ids are xml:ids beside the documents' and the agents': each is
// used once in the edition, and none looks like an id the writer gives.
void check_witness_ids(const Edition& ed, const std::set<std::string>& agents, Diagnostics& diags) {
  std::map<std::string, std::string> used;  // id -> what has it
  for (const auto& d : ed.documents) used.emplace(d.id, "document '" + d.id + "'");
  for (const auto& a : agents) used.emplace(a, "an editor or a [[responsibility]]");
  for (const auto& d : ed.documents)
    for (const auto& w : d.witnesses) {
      if (w.id.empty()) continue;
      auto [it, fresh] = used.emplace(w.id, "witness '" + w.id + "' of document '" + d.id + "'");
      const std::string clash = fresh ? generated_id_clash(ed, w.id) : "is already that of " + it->second;
      if (!clash.empty())
        diags.error(ed.manifest_path, w.pos,
                    "[[document]] '" + d.id + "' witness '" + w.id + "': the id " + clash +
                        "; witness ids are xml:ids and must be unique in the edition: choose another");
    }
}

// A [[document]] without a title takes its text's first line, as `editio
// convert` does; its id when the file cannot be read (the build then says why).
// The text is read here only for the title: its problems are the build's to report.
void take_title_from_text(DocumentEntry& d) {
  d.title_from_text = true;
  std::error_code ec;
  if (!d.path.empty() && std::filesystem::is_regular_file(d.path, ec)) {
    Diagnostics ignored;
    if (auto src = read_source_file(d.path, ignored, d.encoding)) d.title = first_line_title(src->lines);
  }
  if (d.title.empty()) d.title = d.id;
}

// The date a file gives itself ("1937-03-05", "1937-03-05T10:00:00Z"), as
// the manifest's date, or a warning that it is not one.
void take_date(const SourceMetadata& m, const std::string& file, DocumentEntry& d, Diagnostics& diags) {
  std::string when = m.date.substr(0, m.date.find('T'));
  if (!iso_date_problem(when).empty()) {
    diags.warning(file, m.pos, "the file's date '" + m.date + "' is not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD); "
                               "the document is left undated: give its date in its [[document]] of the manifest");
    return;
  }
  d.date.when = when;
  d.date.text = m.date;
}

// A Markdown, HTML, Word or OpenDocument file says what it is (front
// matter, document properties): that fills what the manifest leaves open.
// The manifest wins where both speak. Plain text has nothing to say.
void fill_from_file(DocumentEntry& d, Diagnostics& diags) {
  std::error_code ec;
  if (d.path.empty() || !std::filesystem::is_regular_file(d.path, ec)) return;
  const SourceFormat format = d.format ? *d.format : detect_format(d.path, fs::read_head(d.path, 4096));
  if (format == SourceFormat::Text) return;
  Document doc;
  Diagnostics ignored;  // the build reads the file again and reports its problems
  if (!read_document({d.path, d.encoding, format}, doc, ignored)) return;
  const SourceMetadata& m = doc.metadata;
  if (d.title.empty()) {
    d.title = own_title(doc);
    d.title_from_text = true;
  }
  if (d.subtitle.empty()) d.subtitle = m.subtitle;
  if (d.author.empty())
    for (const auto& a : m.authors) d.author += (d.author.empty() ? "" : "; ") + a;
  if (d.language.empty()) d.language = m.lang;
  if (!d.date.has_value() && d.date.text.empty() && !m.date.empty()) take_date(m, d.path, d, diags);
}

// Each [[document]], in the manifest's order; at least one.
void read_documents(const toml::table& root, const std::set<std::string>& agents, Edition& ed, Diagnostics& diags) {
  const std::string& path = ed.manifest_path;
  const toml::array* docs = root["document"].as_array();
  if (!docs || docs->empty()) {
    diags.error(path, {}, "the manifest lists no documents: add [[document]] tables with id, file, language (and title)");
    return;
  }
  std::set<std::string> doc_ids;
  for (const auto& n : *docs) {
    const toml::table* t = n.as_table();
    if (!t) continue;
    DocumentEntry d = read_document_keys(*t, pos_of(n), ed, diags);
    check_document_id(d, doc_ids, path, diags);
    if (t->get("witness")) read_witnesses(*t, ed, d, diags);
    else locate_document_file(*t, ed, d);
    fill_from_file(d, diags);
    if (d.title.empty()) take_title_from_text(d);
    if (d.language.empty())
      diags.error(path, d.pos, "[[document]] '" + d.id + "': missing key 'language' (the file does not name its "
                               "language either): add language = \"en\", \"ru\", ... (BCP 47)");
    if (!d.note_resp.empty() && !agents.count(d.note_resp))
      diags.error(path, d.pos, "[[document]] '" + d.id + "': note_resp '" + d.note_resp + "' is not the id of an editor or a [[responsibility]]");
    ed.documents.push_back(std::move(d));
  }
}

// Why a [[reading]] cannot be used ("" when it can), said at `at`: its
// document is not in the manifest, has no witnesses, or has no witness `lemma`.
std::string reading_problem(const Edition& ed, const EditorialReading& r, SourcePos& at) {
  at = r.pos;
  const DocumentEntry* d = ed.find(r.at.document);
  if (!d) return "no document '" + r.at.document + "' in the manifest";
  if (d->witnesses.empty())
    return "document '" + d->id + "' has no witnesses ([[document.witness]] in the manifest), hence no variants";
  if (r.lemma.empty()) return "";
  at = r.lemma_pos;
  std::string ids;
  for (const auto& w : d->witnesses) {
    if (w.id == r.lemma) return "";
    ids += (ids.empty() ? "'" : ", '") + w.id + "'";
  }
  return "lemma '" + r.lemma + "' is no witness of document '" + d->id + "': write one of " + ids;
}

// Each [[reading]] against the manifest; one that cannot be used is warned
// about and left out.
void check_readings(const Edition& ed, EditorialLayer& layer, const std::string& path, Diagnostics& diags) {
  auto& rs = layer.readings;
  rs.erase(std::remove_if(rs.begin(), rs.end(),
                          [&](const EditorialReading& r) {
                            SourcePos at;
                            const std::string why = reading_problem(ed, r, at);
                            if (why.empty()) return false;
                            diags.warning(path, at,
                                          "[[reading]] '" + (r.at.text.empty() ? r.reading : r.at.text) + "': " +
                                              why + "; the entry is not used");
                            return true;
                          }),
           rs.end());
}

// The editor's layer [edition] editorial names, loaded into the edition;
// false when it cannot be used.
bool load_editorial_layer(Edition& ed, Diagnostics& diags) {
  if (ed.editorial.empty()) return true;
  const std::string p = ed.resolve(ed.editorial);
  auto layer = load_editorial(p, diags);
  if (!layer) return false;
  for (const auto& d : layer->dates)
    if (!d.at.document.empty() && !ed.find(d.at.document))
      diags.warning(p, d.pos, "[[date]] '" + d.at.text + "': no document '" + d.at.document +
                                  "' in the manifest; the entry is not used");
  check_readings(ed, *layer, p, diags);
  ed.editorial_layer = std::move(*layer);
  return true;
}

// The values the editor has still to fill ("TODO: the edition's title", as
// `editio init` writes them) under `n`, with their keys ("edition.title",
// "document[2].title").
void todo_values(const toml::node& n, const std::string& key, std::vector<std::pair<SourcePos, std::string>>& out) {
  if (const auto* s = n.as_string()) {
    if (s->get().rfind("TODO", 0) == 0)
      out.emplace_back(pos_of(n), "'" + key + "' is still to be filled in: it says \"" + s->get() +
                                      "\"; write its value (the edition builds meanwhile, showing this text)");
  } else if (const auto* t = n.as_table()) {
    for (const auto& [k, v] : *t) todo_values(v, (key.empty() ? "" : key + ".") + std::string(k.str()), out);
  } else if (const auto* a = n.as_array()) {
    for (std::size_t i = 0; i < a->size(); ++i) todo_values(*a->get(i), key + "[" + std::to_string(i + 1) + "]", out);
  }
}

// One warning per value still to be filled, in the file's order. The edition builds meanwhile.
void warn_todo_values(const toml::table& root, const std::string& path, Diagnostics& diags) {
  std::vector<std::pair<SourcePos, std::string>> todo;
  todo_values(root, "", todo);
  std::stable_sort(todo.begin(), todo.end(), [](const auto& a, const auto& b) {
    return std::pair(a.first.line, a.first.column) < std::pair(b.first.line, b.first.column);
  });
  for (auto& [pos, message] : todo) diags.warning(path, pos, std::move(message));
}

}  // namespace

std::optional<Edition> parse_manifest(const std::string& path, const std::string& text,
                                      Diagnostics& diags) {
  auto parsed = parse_toml(path, text, "the manifest", diags);
  if (!parsed) return std::nullopt;
  const toml::table& root = *parsed;
  Edition ed;
  ed.manifest_path = path;
  ed.base_dir = std::filesystem::path(path).parent_path().string();
  if (ed.base_dir.empty()) ed.base_dir = ".";
  const std::size_t errors_before = diags.errors();
  read_edition(root, ed, diags);
  read_print_table(root, ed, diags);
  read_html_table(root, ed, diags);
  read_responsibilities(root, ed, diags);
  const std::set<std::string> agents = agent_ids(ed, diags);
  warn_unknown_tables(root, path, diags);
  read_documents(root, agents, ed, diags);
  check_witness_ids(ed, agents, diags);
  warn_todo_values(root, path, diags);
  if (diags.errors() > errors_before) return std::nullopt;
  if (!load_editorial_layer(ed, diags)) return std::nullopt;
  return ed;
}

std::optional<Edition> load_manifest(const std::string& path, Diagnostics& diags) {
  std::string text, why;
  if (!fs::read_file(path, text, why)) {
    diags.error(path, {}, "cannot read the manifest: " + why);
    return std::nullopt;
  }
  if (utf8::find_invalid(text) != std::string::npos) {
    diags.error(path, {}, "the manifest is not valid UTF-8: save it as UTF-8");
    return std::nullopt;
  }
  return parse_manifest(path, text, diags);
}

void check_letter_places(const Edition& ed, const Gazetteer* places, Diagnostics& diags) {
  auto check = [&](const std::string& place, const std::string& file, SourcePos pos, const std::string& what) {
    if (place.empty() || !is_ncname(place)) return;
    const Entity* e = places ? places->find(place) : nullptr;
    if (e && e->kind == EntityKind::Place) return;
    diags.warning(file, pos,
                  what + ": place '" + place + "' is not the xml:id of a place in " +
                      (!places ? std::string("a list of places (the edition has none)")
                              : ed.places.empty() ? std::string("the list of places")
                                                  : "the list of places (" + ed.places + ")") +
                      "; it is given as a name, without a link: add the place to the list, or write its name");
  };
  for (const auto& d : ed.documents) check(d.place, ed.manifest_path, d.place_pos, "[[document]] '" + d.id + "'");
  for (const auto& t : ed.editorial_layer.texts) check(t.place, ed.editorial_layer.path, t.place_pos, "[[text]]");
}

}  // namespace editio
