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

// Reads the keys of TOML tables for one file, reporting what is wrong with
// them at file:line:column: a key of the wrong type, a missing required key,
// keys no one read (unknown_keys). Each message starts with the context set
// ("[[document]] 'a': ").
class TomlReader {
 public:
  // `keys_help` ends the unknown-key warning: "see docs/manual/manifest.md for the manifest's keys".
  TomlReader(std::string path, Diagnostics& d, std::string keys_help = "see docs/manual/manifest.md for the manifest's keys")
      : path_(std::move(path)), diags_(d), keys_help_(std::move(keys_help)) {}

  // A string (or a whole number, as written); empty when absent (reported
  // when `required`) or of another type (reported).
  std::string str(const toml::table& t, std::string_view key, bool required = false);
  // A whole number from 1; 0 when absent (or wrong, which is reported).
  int positive(const toml::table& t, std::string_view key);
  // true or false; false when absent (or wrong, which is reported).
  bool boolean(const toml::table& t, std::string_view key);
  // A string or a list of strings; each string that is not one is reported.
  std::vector<std::string> str_list(const toml::table& t, std::string_view key);
  // An ISO date as a string (or a year as a number), or a table of when,
  // from, to, not_before, not_after, text and cert; each value checked.
  DateValue date(const toml::table& t, std::string_view key);
  // Warns about each key of `t` that was neither read nor marked known.
  void unknown_keys(const toml::table& t);

  // Reading a sub-table: its keys count as "key.sub" while the scope lives.
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
