#pragma once
// Reading the editor's TOML files (the manifest, the editor's layer) with one
// voice: every problem as file:line:column, unknown keys warned about, dates
// checked as ISO 8601.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <toml++/toml.h>

#include "edition/manifest.hpp"
#include "model/diagnostic.hpp"

namespace editio {

SourcePos pos_of(const toml::node& n);

// ISO 8601 as the header's dates take it: YYYY, YYYY-MM or YYYY-MM-DD (a
// leading "-" for years before the era), a day that exists in its month
// (1999-02-29 does not; 2000-02-29 does). With `partial`, also the forms
// without a year: --MM-DD, --MM, ---DD.
bool is_iso_date(const std::string& v, bool partial = false);

// Why `v` is not a date is_iso_date accepts, as the end of a sentence ("is
// not a day of the calendar: February 1999 has 28 days"); empty when it is one.
std::string iso_date_problem(const std::string& v, bool partial = false);

// 28 to 31; February has 29 days when the year is a leap year or not known.
int days_in_month(int month, std::optional<int> year);

// Parses a TOML text; a syntax error is reported (as "what is not valid
// TOML") and gives nullopt.
std::optional<toml::table> parse_toml(const std::string& path, const std::string& text, const std::string& what,
                                      Diagnostics& diags);

class TomlReader {
 public:
  // `keys_help` ends the unknown-key warning: "see the README for the manifest's keys".
  TomlReader(std::string path, Diagnostics& d, std::string keys_help = "see the README for the manifest's keys")
      : path_(std::move(path)), diags_(d), keys_help_(std::move(keys_help)) {}

  // Reads table keys into strings, reporting unknown keys and wrong types.
  std::string str(const toml::table& t, std::string_view key, bool required = false) {
    seen_.insert(key_path(key));
    const toml::node* n = t.get(key);
    if (!n) {
      if (required)
        diags_.error(path_, pos_of(t), context_ + "missing key '" + std::string(key) + "'");
      return {};
    }
    if (auto s = n->value<std::string>()) return *s;
    if (auto i = n->value_exact<int64_t>()) return std::to_string(*i);
    diags_.error(path_, pos_of(*n), context_ + "'" + std::string(key) + "' must be a string");
    return {};
  }

  // A whole number from 1; 0 when absent (or wrong, which is reported).
  int positive(const toml::table& t, std::string_view key) {
    seen_.insert(key_path(key));
    const toml::node* n = t.get(key);
    if (!n) return 0;
    auto i = n->value_exact<int64_t>();
    if (i && *i >= 1 && *i <= 1000000000) return static_cast<int>(*i);
    diags_.error(path_, pos_of(*n), context_ + "'" + std::string(key) + "' must be a whole number from 1");
    return 0;
  }

  bool boolean(const toml::table& t, std::string_view key) {
    seen_.insert(key_path(key));
    const toml::node* n = t.get(key);
    if (!n) return false;
    if (auto b = n->value<bool>()) return *b;
    diags_.error(path_, pos_of(*n), context_ + "'" + std::string(key) + "' must be true or false");
    return false;
  }

  std::vector<std::string> str_list(const toml::table& t, std::string_view key) {
    seen_.insert(key_path(key));
    std::vector<std::string> out;
    const toml::node* n = t.get(key);
    if (!n) return out;
    if (auto s = n->value<std::string>()) {
      out.push_back(*s);
    } else if (auto a = n->as_array()) {
      for (const auto& e : *a) {
        if (auto s = e.value<std::string>()) out.push_back(*s);
        else diags_.error(path_, pos_of(e), context_ + "'" + std::string(key) + "' must list strings");
      }
    } else {
      diags_.error(path_, pos_of(*n), context_ + "'" + std::string(key) + "' must be a string or a list of strings");
    }
    return out;
  }

  DateInfo date(const toml::table& t, std::string_view key) {
    seen_.insert(key_path(key));
    DateInfo d;
    const toml::node* n = t.get(key);
    if (!n) return d;
    if (auto s = n->value<std::string>()) {
      d.when = *s;
      d.text = *s;
    } else if (auto i = n->value_exact<int64_t>()) {
      d.when = std::to_string(*i);
      d.text = d.when;
    } else if (auto tab = n->as_table()) {
      Scope scope(*this, key);
      d.when = str(*tab, "when");
      d.from = str(*tab, "from");
      d.to = str(*tab, "to");
      d.not_before = str(*tab, "not_before");
      d.not_after = str(*tab, "not_after");
      d.text = str(*tab, "text");
      d.cert = str(*tab, "cert");
      unknown_keys(*tab);
    } else {
      diags_.error(path_, pos_of(*n), context_ + "'" + std::string(key) + "' must be an ISO date string or a table");
    }
    for (const std::string* v : {&d.when, &d.from, &d.to, &d.not_before, &d.not_after})
      if (std::string problem = v->empty() ? "" : iso_date_problem(*v); !problem.empty())
        diags_.error(path_, pos_of(*n), context_ + "'" + std::string(key) + "' has '" + *v + "', which " + problem);
    return d;
  }

  void unknown_keys(const toml::table& t) {
    for (const auto& [k, v] : t) {
      if (!seen_.count(key_path(k.str())))
        diags_.warning(path_, pos_of(v), context_ + "unknown key '" + std::string(k.str()) +
                                             "' is ignored (" + keys_help_ + ")");
    }
  }

  struct Scope {
    Scope(TomlReader& r, std::string_view key) : r_(r), saved_(r.prefix_) {
      r.prefix_ += std::string(key) + ".";
    }
    ~Scope() { r_.prefix_ = saved_; }
    TomlReader& r_;
    std::string saved_;
  };

  // Marks a key as known without reading it (tables read elsewhere).
  void known(std::string_view key) { seen_.insert(key_path(key)); }

  void set_context(std::string c) { context_ = std::move(c); }
  void reset_seen() { seen_.clear(); }
  Diagnostics& diags() { return diags_; }
  const std::string& path() const { return path_; }

 private:
  std::string key_path(std::string_view k) const { return prefix_ + std::string(k); }

  std::string path_;
  Diagnostics& diags_;
  std::string context_;
  std::string prefix_;
  std::string keys_help_;
  std::set<std::string> seen_;
};

}  // namespace editio
