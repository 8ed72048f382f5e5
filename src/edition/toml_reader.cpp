#include "edition/toml_reader.hpp"

namespace editio {

SourcePos pos_of(const toml::node& n) {
  const auto& b = n.source().begin;
  return {static_cast<std::uint32_t>(b.line), static_cast<std::uint32_t>(b.column)};
}

bool is_iso_date(const std::string& v, bool partial) {
  auto digits = [&](std::size_t from, std::size_t n) {
    for (std::size_t i = from; i < from + n; ++i)
      if (i >= v.size() || v[i] < '0' || v[i] > '9') return false;
    return true;
  };
  auto number = [&](std::size_t from) { return (v[from] - '0') * 10 + (v[from + 1] - '0'); };
  auto month_day = [&](std::size_t p) {  // "MM" or "MM-DD" from p to the end
    if (!digits(p, 2) || number(p) < 1 || number(p) > 12) return false;
    if (v.size() == p + 2) return true;
    return v[p + 2] == '-' && digits(p + 3, 2) && number(p + 3) >= 1 && number(p + 3) <= 31 && v.size() == p + 5;
  };
  if (partial && v.size() == 5 && v.compare(0, 3, "---") == 0)
    return digits(3, 2) && number(3) >= 1 && number(3) <= 31;
  if (partial && v.size() > 2 && v.compare(0, 2, "--") == 0 && v[2] != '-') return month_day(2);
  const std::size_t start = (!v.empty() && v[0] == '-') ? 1 : 0;
  if (!digits(start, 4)) return false;
  const std::size_t p = start + 4;
  if (v.size() == p) return true;
  return v[p] == '-' && month_day(p + 1);
}

std::optional<toml::table> parse_toml(const std::string& path, const std::string& text, const std::string& what,
                                      Diagnostics& diags) {
  try {
    return toml::parse(text, path);
  } catch (const toml::parse_error& err) {
    diags.error(path, {static_cast<std::uint32_t>(err.source().begin.line), static_cast<std::uint32_t>(err.source().begin.column)}, what + " is not valid TOML: " + std::string(err.description()));
    return std::nullopt;
  }
}

}  // namespace editio
