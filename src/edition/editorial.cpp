#include "edition/editorial.hpp"

#include <regex>

#include <toml++/toml.h>

#include "util/fs.hpp"

namespace editio {
namespace {

SourcePos pos_of(const toml::node& n) {
  const auto& b = n.source().begin;
  return {static_cast<std::uint32_t>(b.line), static_cast<std::uint32_t>(b.column)};
}

// ISO 8601 as TEI's teidata.temporal.w3c takes it: YYYY, YYYY-MM, YYYY-MM-DD, --MM-DD, --MM, ---DD.
bool iso_date(const std::string& v) {
  static const std::regex re(R"(^(-?\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?|--(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?|---(0[1-9]|[12]\d|3[01]))$)");
  return std::regex_match(v, re);
}

}  // namespace

std::optional<EditorialLayer> parse_editorial(const std::string& path, const std::string& text, Diagnostics& diags) {
  toml::table root;
  try {
    root = toml::parse(text, path);
  } catch (const toml::parse_error& e) {
    const auto& b = e.source().begin;
    diags.error(path, {static_cast<std::uint32_t>(b.line), static_cast<std::uint32_t>(b.column)},
                std::string("not valid TOML: ") + std::string(e.description()));
    return std::nullopt;
  }
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
      auto str = [&](const char* k) -> std::string {
        const toml::node* v = t->get(k);
        if (!v) return {};
        if (auto s = v->value<std::string>()) return *s;
        diags.error(path, pos_of(*v), std::string("[[date]]: '") + k + "' must be a string");
        return {};
      };
      auto integer = [&](const char* k) -> int {
        const toml::node* v = t->get(k);
        if (!v) return 0;
        auto i = v->value<int64_t>();
        if (!i || *i < 1) {
          diags.error(path, pos_of(*v), std::string("[[date]]: '") + k + "' must be a whole number from 1");
          return 0;
        }
        return static_cast<int>(*i);
      };
      d.at.document = str("document");
      d.at.text = str("text");
      d.at.line = integer("line");
      d.at.occurrence = integer("occurrence");
      d.reason = str("reason");
      if (const toml::node* v = t->get("none")) d.none = v->value_or(false);
      for (const char* k : {"when", "from", "to", "notBefore", "notAfter", "when-custom", "from-custom", "to-custom",
                            "notBefore-custom", "notAfter-custom"}) {
        std::string v = str(k);
        if (v.empty()) continue;
        if (!iso_date(v)) {
          diags.error(path, pos_of(*t->get(k)),
                      "[[date]]: " + std::string(k) + " = \"" + v +
                          "\" is not an ISO 8601 date: write YYYY, YYYY-MM or YYYY-MM-DD");
          continue;
        }
        d.values[k] = v;
      }
      if (std::string c = str("cert"); !c.empty()) {
        if (c != "high" && c != "medium" && c != "low" && c != "unknown")
          diags.error(path, pos_of(*t->get("cert")), "[[date]]: cert must be high, medium, low or unknown");
        else d.values["cert"] = c;
      }
      for (auto&& [k, v] : *t) {
        static const char* known[] = {"document", "text", "line", "occurrence", "reason", "none", "when", "from", "to",
                                      "notBefore", "notAfter", "when-custom", "from-custom", "to-custom",
                                      "notBefore-custom", "notAfter-custom", "cert"};
        bool ok = false;
        for (const char* x : known) ok = ok || k.str() == x;
        if (!ok) diags.warning(path, pos_of(v), "[[date]]: unknown key '" + std::string(k.str()) + "' is ignored");
      }
      if (d.at.document.empty() || d.at.text.empty())
        diags.error(path, d.pos, "[[date]] needs document = \"id\" and text = \"the words as in the source\"");
      bool has_value = false;
      for (const char* k : {"when", "from", "to", "notBefore", "notAfter"}) has_value = has_value || d.values.count(k);
      if (!d.none && !has_value)
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
