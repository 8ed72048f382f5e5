#include "edition/editorial.hpp"

#include "edition/toml_reader.hpp"
#include "util/fs.hpp"

namespace editio {

std::optional<EditorialLayer> parse_editorial(const std::string& path, const std::string& text, Diagnostics& diags) {
  auto parsed = parse_toml(path, text, "the editor's layer", diags);
  if (!parsed) return std::nullopt;
  const toml::table& root = *parsed;
  EditorialLayer layer;
  layer.path = path;
  const std::size_t errors_before = diags.errors();
  for (auto&& [key, node] : root) {
    if (key.str() != "date")
      diags.warning(path, pos_of(node), "unknown table '" + std::string(key.str()) + "' (known: [[date]]); it is ignored");
  }
  if (const toml::array* dates = root["date"].as_array()) {
    for (const toml::node& n : *dates) {
      const toml::table* t = n.as_table();
      if (!t) continue;
      EditorialDate d;
      d.pos = pos_of(n);
      TomlReader r(path, diags, "see the README, \"The editor's layer\"");
      r.set_context("[[date]]: ");
      d.at.document = r.str(*t, "document", true);
      d.at.text = r.str(*t, "text", true);
      d.at.line = r.positive(*t, "line");
      d.at.occurrence = r.positive(*t, "occurrence");
      d.reason = r.str(*t, "reason");
      d.none = r.boolean(*t, "none");
      bool bad_value = false;
      for (const char* k : {"when", "from", "to", "notBefore", "notAfter", "when-custom", "from-custom", "to-custom",
                            "notBefore-custom", "notAfter-custom"}) {
        std::string v = r.str(*t, k);
        if (v.empty()) continue;
        if (!is_iso_date(v, true)) {
          bad_value = true;
          diags.error(path, pos_of(*t->get(k)),
                      "[[date]]: " + std::string(k) + " = \"" + v +
                          "\" is not an ISO 8601 date: write YYYY, YYYY-MM or YYYY-MM-DD");
          continue;
        }
        d.values[k] = v;
      }
      if (std::string c = r.str(*t, "cert"); !c.empty()) {
        if (c != "high" && c != "medium" && c != "low" && c != "unknown")
          diags.error(path, pos_of(*t->get("cert")), "[[date]]: cert must be high, medium, low or unknown");
        else d.values["cert"] = c;
      }
      r.unknown_keys(*t);
      bool has_value = false;
      for (const char* k : {"when", "from", "to", "notBefore", "notAfter"}) has_value = has_value || d.values.count(k);
      if (!d.none && !has_value && !bad_value)
        diags.error(path, d.pos, "[[date]] '" + d.at.text + "' needs a value (when, from/to or notBefore/notAfter), or none = true");
      if (d.none && has_value)
        diags.error(path, d.pos, "[[date]] '" + d.at.text + "' has none = true and a value: keep one");
      layer.dates.push_back(std::move(d));
    }
  } else if (root.contains("date")) {
    diags.error(path, pos_of(*root.get("date")), "'date' must be an array of tables: write [[date]]");
  }
  if (diags.errors() > errors_before) return std::nullopt;
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
