#include "edition/editorial.hpp"

#include <algorithm>
#include <set>

#include "edition/toml_reader.hpp"
#include "util/fs.hpp"

namespace editio {

namespace {

// The address and decision of a [[person]], [[place]] or [[org]] entry (`kind`):
// the words (text) and where (line, column, occurrence), and the xml:id the
// key `kind` gives (person = "id", place = "id", org = "id") or none = true.
// Gives the id and sets `none`, `column` and `id_pos`.
std::string read_naming(const toml::table& t, TomlReader& r, SourcePos pos, const std::string& kind,
                        TextAddress& at, int& column, bool& none, SourcePos& id_pos) {
  const std::string& path = r.path();
  Diagnostics& diags = r.diags();
  at.document = r.str(t, "document", true);
  at.text = r.str(t, "text", true);
  at.line = r.positive(t, "line");
  at.occurrence = r.positive(t, "occurrence");
  column = r.positive(t, "column");
  std::string id = r.str(t, kind);
  none = r.boolean(t, "none");
  if (const toml::node* n = t.get(kind)) id_pos = pos_of(*n);
  const std::string what = "[[" + kind + "]] '" + at.text + "'";
  if (id.empty() && !none)
    diags.error(path, pos, what + " needs " + kind + " = \"xml:id\" (what the words name) or none = true");
  if (!id.empty() && none) diags.error(path, pos, what + " has " + kind + " = and none = true: keep one");
  if (column && !at.line) diags.error(path, pos, what + ": column = needs line =");
  if (column && at.occurrence)
    diags.error(path, pos, what + ": column = and occurrence = both choose one place; keep one");
  return id;
}

// One [[person]]: who the words name (person = "id") or that they name no one.
EditorialPerson read_person_entry(const toml::table& t, TomlReader& r, SourcePos pos) {
  EditorialPerson e;
  e.pos = pos;
  e.person = read_naming(t, r, pos, "person", e.at, e.column, e.none, e.person_pos);
  return e;
}

// One [[place]] or [[org]]: which entry of the gazetteer the words name, or none.
EditorialEntity read_entity_entry(const toml::table& t, TomlReader& r, SourcePos pos, bool org) {
  EditorialEntity e;
  e.pos = pos;
  e.org = org;
  e.id = read_naming(t, r, pos, org ? "org" : "place", e.at, e.column, e.none, e.id_pos);
  return e;
}

// The layer has arrays of tables of these kinds; anything else is a mistake.
void warn_unknown_tables(const toml::table& root, const std::string& path, Diagnostics& diags) {
  static const std::set<std::string> tables = {"date", "correction", "regularization", "gap", "note", "text", "block", "person",
                                               "place", "org", "reading"};
  for (auto&& [key, node] : root) {
    if (!tables.count(std::string(key.str())))
      diags.warning(path, pos_of(node), "unknown table '" + std::string(key.str()) +
                                            "' (known: [[date]], [[correction]], [[regularization]], [[gap]], [[note]], "
                                            "[[text]], [[block]], [[person]], [[place]], [[org]], [[reading]]); it is ignored");
  }
}

// Each entry of one kind: an array of tables, each read by `read` into an
// entry of `into`. An entry with an error is reported and left out: the
// rest of the layer (and of the edition) is still used.
template <class Entry, class Read>
void read_entries(const toml::table& root, const char* kind, std::vector<Entry>& into, Read read,
                  const std::string& path, Diagnostics& diags) {
  const toml::node* arr = root.get(kind);
  if (!arr) return;
  const toml::array* a = arr->as_array();
  if (!a) {
    diags.error(path, pos_of(*arr), "'" + std::string(kind) + "' must be an array of tables: write [[" + kind + "]]");
    return;
  }
  for (const toml::node& n : *a) {
    const toml::table* t = n.as_table();
    if (!t) continue;
    TomlReader r(path, diags, "see docs/manual/editorial-layer.md");
    r.set_context("[[" + std::string(kind) + "]]: ");
    const std::size_t errors = diags.errors();
    auto entry = read(*t, r, pos_of(n));
    r.unknown_keys(*t);
    if (diags.errors() == errors) into.push_back(std::move(entry));
    else diags.note(path, pos_of(n), "this [[" + std::string(kind) + "]] is left out; the rest of the editor's layer is used");
  }
}

// The address of an entry: document, text (required unless `line_enough`
// or `text_optional`: the caller checks it), line, occurrence.
TextAddress read_address(const toml::table& t, TomlReader& r, SourcePos pos, const char* kind, bool line_enough,
                         bool text_optional = false) {
  TextAddress at;
  at.document = r.str(t, "document", true);
  at.text = r.str(t, "text", !line_enough && !text_optional);
  at.line = r.positive(t, "line");
  at.occurrence = r.positive(t, "occurrence");
  if (line_enough && at.text.empty() && !at.line)
    r.diags().error(r.path(), pos, "[[" + std::string(kind) + "]] needs text = \"...\" (the words as written) or line = N");
  return at;
}

// [[correction]] (corr = ...) and [[regularization]] (reg = ...): the same entry but for its kind.
EditorialChange read_change(const toml::table& t, TomlReader& r, SourcePos pos, const char* kind, const char* value,
                            bool regularize) {
  EditorialChange c;
  c.pos = pos;
  c.regularize = regularize;
  c.at = read_address(t, r, pos, kind, false);
  c.replacement = r.str(t, value, true);
  c.reason = r.str(t, "reason");
  return c;
}

EditorialChange read_correction(const toml::table& t, TomlReader& r, SourcePos pos) {
  return read_change(t, r, pos, "correction", "corr", false);
}

EditorialChange read_regularization(const toml::table& t, TomlReader& r, SourcePos pos) {
  return read_change(t, r, pos, "regularization", "reg", true);
}

EditorialGap read_gap(const toml::table& t, TomlReader& r, SourcePos pos) {
  EditorialGap g;
  g.pos = pos;
  g.at = read_address(t, r, pos, "gap", true);
  if (std::string v = r.str(t, "reason"); !v.empty()) g.reason = v;
  g.description = r.str(t, "description");
  g.none = r.boolean(t, "none");
  if (g.reason.find_first_of(" \t") != std::string::npos)
    r.diags().error(r.path(), pos, "[[gap]]: reason = \"" + g.reason +
                                       "\" must be one word (truncated, illegible, omitted...); put words in description");
  return g;
}

EditorialNote read_note(const toml::table& t, TomlReader& r, SourcePos pos) {
  EditorialNote e;
  e.pos = pos;
  e.at = read_address(t, r, pos, "note", true);
  e.text = r.str(t, "note", true);
  return e;
}

EditorialText read_text(const toml::table& t, TomlReader& r, SourcePos pos) {
  EditorialText e;
  e.pos = pos;
  e.at = read_address(t, r, pos, "text", true);
  e.type = r.str(t, "type");
  e.title = r.str(t, "title");
  e.sender = r.str(t, "sender");
  e.addressee = r.str(t, "addressee");
  e.place = r.str(t, "place");
  if (const toml::node* n = t.get("sender")) e.sender_pos = pos_of(*n);
  if (const toml::node* n = t.get("addressee")) e.addressee_pos = pos_of(*n);
  if (const toml::node* n = t.get("place")) e.place_pos = pos_of(*n);
  e.date = r.date(t, "date");
  if (!e.type.empty() && !is_ncname(e.type))
    r.diags().error(r.path(), pos, "[[text]]: type = \"" + e.type + "\" must be one word (memorandum, letter, testimony...)");
  return e;
}

EditorialBlock read_block(const toml::table& t, TomlReader& r, SourcePos pos) {
  EditorialBlock e;
  e.pos = pos;
  e.at = read_address(t, r, pos, "block", true);
  e.role = r.str(t, "role", true);
  e.resp = r.str(t, "resp");
  if (!e.role.empty() && std::find(std::begin(kBlockRoles), std::end(kBlockRoles), e.role) == std::end(kBlockRoles)) {
    std::string known;
    for (const char* k : kBlockRoles) known += (known.empty() ? "" : ", ") + std::string(k);
    r.diags().error(r.path(), pos, "[[block]]: role = \"" + e.role + "\" is not one of " + known);
  }
  return e;
}

// A [[date]]'s values (when, from, ... and their -custom forms, cert) into
// d.value; false when one is not a date.
bool read_date_values(const toml::table& t, TomlReader& r, EditorialDate& d) {
  bool all_good = true;
  for (const DateField& f : kDateFields) {
    const char* k = f.name;
    std::string v = r.str(t, k);
    if (v.empty()) continue;
    if (std::string problem = iso_date_problem(v, true); !problem.empty()) {
      all_good = false;
      r.diags().error(r.path(), pos_of(*t.get(k)), "[[date]]: " + std::string(k) + " = \"" + v + "\" " + problem);
      continue;
    }
    d.value.*f.field = v;
  }
  if (std::string c = r.str(t, "cert"); !c.empty()) {
    if (c != "high" && c != "medium" && c != "low" && c != "unknown")
      r.diags().error(r.path(), pos_of(*t.get("cert")), "[[date]]: cert must be high, medium, low or unknown");
    else d.value.cert = c;
  }
  return all_good;
}

// A [[date]]: a value, or none = true (the words are no date).
EditorialDate read_date(const toml::table& t, TomlReader& r, SourcePos pos) {
  EditorialDate d;
  d.pos = pos;
  d.at = read_address(t, r, pos, "date", false);
  d.reason = r.str(t, "reason");
  d.none = r.boolean(t, "none");
  const bool bad_value = !read_date_values(t, r, d);
  const bool has_value = d.value.has_value();
  if (!d.none && !has_value && !bad_value)
    r.diags().error(r.path(), d.pos, "[[date]] '" + d.at.text + "' needs a value (when, from/to or notBefore/notAfter), or none = true");
  if (d.none && has_value)
    r.diags().error(r.path(), d.pos, "[[date]] '" + d.at.text + "' has none = true and a value: keep one");
  return d;
}

// The position of key `key` of `t`, else `pos` (the entry's).
SourcePos key_pos(const toml::table& t, const char* key, SourcePos pos) {
  const toml::node* n = t.get(key);
  return n ? pos_of(*n) : pos;
}

// A [[reading]]: at the base's words (text) or an added reading's (reading),
// the lemma's witness and/or the kind of variant, with a reason.
EditorialReading read_reading(const toml::table& t, TomlReader& r, SourcePos pos) {
  EditorialReading e;
  e.pos = pos;
  e.at = read_address(t, r, pos, "reading", false, true);
  e.reading = r.str(t, "reading");
  e.lemma = r.str(t, "lemma");
  e.type = r.str(t, "type");
  e.reason = r.str(t, "reason");
  e.lemma_pos = key_pos(t, "lemma", pos);
  const std::string what = "[[reading]] '" + (e.at.text.empty() ? e.reading : e.at.text) + "'";
  if (e.at.text.empty() == e.reading.empty())
    r.diags().error(r.path(), pos, what + (e.reading.empty() ? " needs" : " has both; keep one of") +
                                       " text = \"...\" (words of the base text) or reading = \"...\" (words a "
                                       "witness adds where the base has none)");
  if (e.lemma.empty() && e.type.empty())
    r.diags().error(r.path(), pos, what + " decides nothing: give lemma = \"witness id\" (whose reading is the "
                                          "lemma here) and/or type = \"...\" (the kind of variant)");
  const auto* types_end = std::end(kVariantTypes);
  if (!e.type.empty() && std::find(std::begin(kVariantTypes), types_end, e.type) == types_end) {
    std::string known;
    for (const char* k : kVariantTypes) known += (known.empty() ? "" : ", ") + std::string(k);
    r.diags().error(r.path(), key_pos(t, "type", pos), what + ": type = \"" + e.type + "\" is not one of " + known);
  }
  return e;
}

}  // namespace

std::optional<EditorialLayer> parse_editorial(const std::string& path, const std::string& text, Diagnostics& diags) {
  auto parsed = parse_toml(path, text, "the editor's layer", diags);
  if (!parsed) return std::nullopt;
  const toml::table& root = *parsed;
  EditorialLayer layer;
  layer.path = path;
  warn_unknown_tables(root, path, diags);
  read_entries(root, "correction", layer.changes, read_correction, path, diags);
  read_entries(root, "regularization", layer.changes, read_regularization, path, diags);
  read_entries(root, "gap", layer.gaps, read_gap, path, diags);
  read_entries(root, "note", layer.notes, read_note, path, diags);
  read_entries(root, "text", layer.texts, read_text, path, diags);
  read_entries(root, "block", layer.blocks, read_block, path, diags);
  read_entries(root, "person", layer.persons, read_person_entry, path, diags);
  read_entries(root, "place", layer.entities,
               [](const toml::table& t, TomlReader& r, SourcePos pos) { return read_entity_entry(t, r, pos, false); },
               path, diags);
  read_entries(root, "org", layer.entities,
               [](const toml::table& t, TomlReader& r, SourcePos pos) { return read_entity_entry(t, r, pos, true); },
               path, diags);
  read_entries(root, "date", layer.dates, read_date, path, diags);
  read_entries(root, "reading", layer.readings, read_reading, path, diags);
  return layer;
}

std::optional<EditorialLayer> load_editorial(const std::string& path, Diagnostics& diags) {
  std::string text, why;
  if (!fs::read_file(path, text, why)) {
    diags.error(path, {}, "cannot read the editor's layer: " + why);
    return std::nullopt;
  }
  return parse_editorial(path, text, diags);
}

}  // namespace editio
