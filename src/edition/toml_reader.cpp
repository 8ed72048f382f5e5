#include "edition/toml_reader.hpp"

#include <cctype>

namespace editio {

SourcePos pos_of(const toml::node& n) {
  const auto& b = n.source().begin;
  return {static_cast<std::uint32_t>(b.line), static_cast<std::uint32_t>(b.column)};
}

int days_in_month(int month, std::optional<int> year) {
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month != 2 || !year) return days[month - 1];
  const bool leap = *year % 4 == 0 && (*year % 100 != 0 || *year % 400 == 0);
  return leap ? 29 : 28;
}

std::string iso_date_problem(const std::string& v, bool partial) {
  static const std::string shape = "is not an ISO 8601 date: write YYYY, YYYY-MM or YYYY-MM-DD";
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (i >= v.size() || v[i] < '0' || v[i] > '9') return false;
    return true;
  };
  auto number = [&](std::size_t from) { return (v[from] - '0') * 10 + (v[from + 1] - '0'); };
  // "MM" or "MM-DD" from p to the end; the day must exist in that month of
  // `year` (29 February in leap years; in any year when the year is unknown).
  auto month_day = [&](std::size_t p, std::optional<int> year) -> std::string {
    if (!digits(p, 2) || number(p) < 1 || number(p) > 12) return shape;
    if (v.size() == p + 2) return "";
    if (v[p + 2] != '-' || !digits(p + 3, 2) || number(p + 3) < 1 || number(p + 3) > 31 || v.size() != p + 5)
      return shape;
    const int month = number(p), days = days_in_month(month, year);
    if (number(p + 3) <= days) return "";
    static const char* const names[] = {"January", "February", "March",     "April",   "May",      "June",
                                        "July",    "August",   "September", "October", "November", "December"};
    return "is not a day of the calendar: " + std::string(names[month - 1]) +
           (year ? " " + v.substr(0, p - 1) : std::string()) + " has " + std::to_string(days) + " days";
  };
  if (partial && v.size() == 5 && v.compare(0, 3, "---") == 0)
    return digits(3, 2) && number(3) >= 1 && number(3) <= 31 ? "" : shape;
  if (partial && v.size() > 2 && v.compare(0, 2, "--") == 0 && v[2] != '-') return month_day(2, std::nullopt);
  const std::size_t start = (!v.empty() && v[0] == '-') ? 1 : 0;
  if (!digits(start, 4)) return shape;
  const std::size_t p = start + 4;
  if (v.size() == p) return "";
  if (v[p] != '-') return shape;
  return month_day(p + 1, std::stoi(v.substr(0, p)));
}

bool is_iso_date(const std::string& v, bool partial) { return iso_date_problem(v, partial).empty(); }

namespace {

// toml++ recurses once for each part of a dotted key and each level of nested
// arrays and inline tables: a key of 50,000 parts overflows the stack. No
// manifest or editor's layer needs more than a few levels, so deeper nesting
// is refused before toml++ sees the text.
constexpr int kMaxTomlNesting = 64;

struct TooDeep {
  SourcePos pos;
  bool key = false;  // a dotted key (else arrays or inline tables)
};

// Scans TOML text outside strings and comments for dotted keys of more than
// kMaxTomlNesting parts and brackets nested deeper than that.
class NestingScan {
 public:
  explicit NestingScan(std::string_view t) : t_(t) {}

  // The first place nested too deep, or nothing.
  std::optional<TooDeep> run();

 private:
  SourcePos pos() const { return {line_, column_}; }
  void step() {
    const char c = t_[i_++];
    if (c == '\n') {
      ++line_;
      column_ = 1;
      in_key_ = false;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column_;  // columns count characters, not the bytes of UTF-8
    }
  }
  bool at(std::string_view s) const { return t_.substr(i_, s.size()) == s; }
  // A bare or quoted part of a key (or of a value: a float has one dot).
  void key_part() {
    if (in_key_) return;
    in_key_ = true;
    dots_ = 0;
    key_start_ = pos();
  }
  // From the opening quote to after the closing one; a one-line string ends
  // at the end of its line at the latest.
  void skip_string(char quote) {
    const std::string triple(3, quote);
    const bool multi = at(triple);
    for (std::size_t k = 0; k < (multi ? 3u : 1u); ++k) step();
    while (i_ < t_.size()) {
      if (quote == '"' && t_[i_] == '\\') {
        step();
        if (i_ < t_.size()) step();
      } else if (multi ? at(triple) : t_[i_] == quote) {
        for (std::size_t k = 0; k < (multi ? 3u : 1u); ++k) step();
        for (int extra = 0; multi && extra < 2 && i_ < t_.size() && t_[i_] == quote; ++extra) step();
        return;
      } else if (!multi && t_[i_] == '\n') {
        return;
      } else {
        step();
      }
    }
  }

  std::string_view t_;
  std::size_t i_ = 0;
  std::uint32_t line_ = 1, column_ = 1;
  int depth_ = 0, dots_ = 0;
  bool in_key_ = false;
  SourcePos key_start_;
};

std::optional<TooDeep> NestingScan::run() {
  while (i_ < t_.size()) {
    const char c = t_[i_];
    if (c == '#') {
      while (i_ < t_.size() && t_[i_] != '\n') step();
    } else if (c == '"' || c == '\'') {
      key_part();
      skip_string(c);
    } else if (c == '.' && in_key_) {
      if (++dots_ >= kMaxTomlNesting) return TooDeep{key_start_, true};
      step();
    } else if (c == '[' || c == '{') {
      if (++depth_ > kMaxTomlNesting) return TooDeep{pos(), false};
      in_key_ = false;
      step();
    } else if (c == ' ' || c == '\t') {
      step();
    } else if (std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-') {
      key_part();
      step();
    } else {
      if ((c == ']' || c == '}') && depth_ > 0) --depth_;
      in_key_ = false;
      step();
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<toml::table> parse_toml(const std::string& path, const std::string& text, const std::string& what,
                                      Diagnostics& diags) {
  if (auto deep = NestingScan(text).run()) {
    const std::string limit = std::to_string(kMaxTomlNesting);
    diags.error(path, deep->pos,
                deep->key ? what + " has a dotted key of more than " + limit + " parts; Editio reads keys of at most " +
                                limit + " parts: shorten the key"
                          : what + " nests arrays or inline tables more than " + limit +
                                " levels deep; Editio reads at most " + limit + " levels: flatten the value");
    return std::nullopt;
  }
  try {
    return toml::parse(text, path);
  } catch (const toml::parse_error& err) {
    diags.error(path, {static_cast<std::uint32_t>(err.source().begin.line), static_cast<std::uint32_t>(err.source().begin.column)}, what + " is not valid TOML: " + std::string(err.description()));
    return std::nullopt;
  }
}

std::string TomlReader::str(const toml::table& t, std::string_view key, bool required) {
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

int TomlReader::positive(const toml::table& t, std::string_view key) {
  seen_.insert(key_path(key));
  const toml::node* n = t.get(key);
  if (!n) return 0;
  auto i = n->value_exact<int64_t>();
  if (i && *i >= 1 && *i <= 1000000000) return static_cast<int>(*i);
  diags_.error(path_, pos_of(*n), context_ + "'" + std::string(key) + "' must be a whole number from 1");
  return 0;
}

bool TomlReader::boolean(const toml::table& t, std::string_view key) {
  seen_.insert(key_path(key));
  const toml::node* n = t.get(key);
  if (!n) return false;
  if (auto b = n->value<bool>()) return *b;
  diags_.error(path_, pos_of(*n), context_ + "'" + std::string(key) + "' must be true or false");
  return false;
}

std::vector<std::string> TomlReader::str_list(const toml::table& t, std::string_view key) {
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

DateValue TomlReader::date(const toml::table& t, std::string_view key) {
  seen_.insert(key_path(key));
  DateValue d;
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

void TomlReader::unknown_keys(const toml::table& t) {
  for (const auto& [k, v] : t) {
    if (!seen_.count(key_path(k.str())))
      diags_.warning(path_, pos_of(v), context_ + "unknown key '" + std::string(k.str()) +
                                           "' is ignored (" + keys_help_ + ")");
  }
}

}  // namespace editio
