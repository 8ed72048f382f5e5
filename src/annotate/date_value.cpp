#include "annotate/date_value.hpp"

#include <array>
#include <cstdio>
#include <utility>

namespace editio {

namespace {

bool gregorian_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

std::string pad(int v, int width) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%0*d", width, v);
  return buf;
}

// Julian Day Numbers (Fliegel & Van Flandern / Meeus): integer arithmetic.
long jdn_julian(int y, int m, int d) {
  const long a = (14 - m) / 12;
  const long yy = y + 4800 - a;
  const long mm = m + 12 * a - 3;
  return d + (153 * mm + 2) / 5 + 365 * yy + yy / 4 - 32083;
}

IsoDate gregorian_from_jdn(long j) {
  const long a = j + 32044;
  const long b = (4 * a + 3) / 146097;
  const long c = a - 146097 * b / 4;
  const long d = (4 * c + 3) / 1461;
  const long e = c - 1461 * d / 4;
  const long m = (5 * e + 2) / 153;
  IsoDate out;
  out.day = static_cast<int>(e - (153 * m + 2) / 5 + 1);
  out.month = static_cast<int>(m + 3 - 12 * (m / 10));
  out.year = static_cast<int>(100 * b + d - 4800 + m / 10);
  return out;
}

}  // namespace

std::string IsoDate::str() const {
  std::string s;
  if (year) {
    s = year < 0 ? "-" + pad(-year, 4) : pad(year, 4);
    if (month) s += "-" + pad(month, 2);
    if (month && day) s += "-" + pad(day, 2);
    return s;
  }
  if (month) return "--" + pad(month, 2) + (day ? "-" + pad(day, 2) : "");
  if (day) return "---" + pad(day, 2);
  return "";
}

int days_in_month(int year, int month) {
  static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && (year == 0 || gregorian_leap(year))) return 29;
  return days[month - 1];
}

int days_in_julian_month(int year, int month) {
  if (month == 2) return (year == 0 || year % 4 == 0) ? 29 : 28;
  return days_in_month(year, month);
}

IsoDate first_day(const IsoDate& d) {
  IsoDate f;
  f.year = d.year;
  f.month = d.month > 0 ? d.month : 1;
  f.day = d.day > 0 ? d.day : 1;
  return f;
}

IsoDate last_day(const IsoDate& d) {
  const int m = d.month ? d.month : 12;
  return {d.year, m, d.day ? d.day : days_in_month(d.year, m)};
}

bool before(const IsoDate& a, const IsoDate& b) {
  const IsoDate x = first_day(a), y = first_day(b);
  if (x.year != y.year) return x.year < y.year;
  if (x.month != y.month) return x.month < y.month;
  return x.day < y.day;
}

IsoDate julian_to_gregorian(const IsoDate& d) { return gregorian_from_jdn(jdn_julian(d.year, d.month, d.day)); }

bool before_calendar_reform(const IsoDate& w) {
  if (w.year != 1918) return w.year < 1918;
  return w.month < 2;  // January 1918, or 1918 as a whole (which begins Julian)
}

namespace {

// The first and last unit of a part of a period, from `table` (one pair for
// each of Early, Mid, Late, FirstHalf, SecondHalf), or `whole` for no part.
using PartTable = std::array<std::pair<int, int>, 5>;
std::pair<int, int> part_range(PeriodPart part, const PartTable& table, std::pair<int, int> whole) {
  return part == PeriodPart::None ? whole : table[static_cast<std::size_t>(part) - 1];
}

Period::Kind kind_for(PeriodPart part, Period::Kind whole) { return part == PeriodPart::None ? whole : Period::Bounds; }

// "the XX century", "the early 20th century": years; the 19th century is
// 1801-1900 and its parts scale those of a decade.
Period century_period(const DatePoint& p) {
  const int base = (p.century - 1) * 100;
  const auto [a, b] = part_range(p.part, {{{1, 30}, {40, 69}, {70, 100}, {1, 50}, {51, 100}}}, {1, 100});
  return {kind_for(p.part, Period::Span), {base + a}, {base + b}};
}

// "the 1930s", "the mid-1930s": years. nullopt for a two-digit decade whose century is not known.
std::optional<Period> decade_period(const DatePoint& p) {
  if (p.decade < 100) return std::nullopt;
  const auto [a, b] = part_range(p.part, {{{0, 3}, {4, 6}, {7, 9}, {0, 4}, {5, 9}}}, {0, 9});
  return Period{kind_for(p.part, Period::Span), {p.decade + a}, {p.decade + b}};
}

// "spring 1927", "winter 1932/33": months; a winter ends in the year named
// (or in the second year of a split one).
Period season_period(const DatePoint& p) {
  const int y = p.year;
  Period out;
  out.kind = Period::Bounds;
  switch (p.season) {
    case Season::Spring: out.start = {y, 3}, out.end = {y, 5}; break;
    case Season::Summer: out.start = {y, 6}, out.end = {y, 8}; break;
    case Season::Autumn: out.start = {y, 9}, out.end = {y, 11}; break;
    case Season::Winter:
      if (p.year2) out.start = {y, 12}, out.end = {p.year2, 2};
      else out.start = {y ? y - 1 : 0, 12}, out.end = {y, 2};
      break;
    case Season::None: break;
  }
  return out;
}

// A day, a month or a part of a month ("late May": days 21 to 31), or a day
// whose month is not known. nullopt for a day the month does not have.
std::optional<Period> day_or_month_period(const DatePoint& p) {
  const int y = p.year;
  Period out;
  if (p.month && p.day) {
    if (p.day > (y ? days_in_month(y, p.month) : days_in_month(0, p.month))) return std::nullopt;
    out.start = out.end = {y, p.month, p.day};
  } else if (p.month && p.part == PeriodPart::None) {
    out.start = out.end = {y, p.month};
  } else if (p.month) {
    const int last = days_in_month(y, p.month);
    const auto [a, b] = part_range(p.part, {{{1, 10}, {11, 20}, {21, last}, {1, 15}, {16, last}}}, {1, last});
    out.kind = Period::Bounds;
    out.start = {y, p.month, a}, out.end = {y, p.month, b};
  } else {
    out.start = out.end = {y, 0, p.day};
  }
  return out;
}

// A year, a school or fiscal year (1925/26), or a part of a year ("early 1930": months 1 to 4).
std::optional<Period> year_period(const DatePoint& p) {
  const int y = p.year;
  if (!y) return std::nullopt;
  if (p.year2 && p.part == PeriodPart::None) return Period{Period::Span, {y}, {p.year2}};
  if (p.part == PeriodPart::None) return Period{Period::Point, {y}, {y}};
  const auto [a, b] = part_range(p.part, {{{1, 4}, {5, 8}, {9, 12}, {1, 6}, {7, 12}}}, {1, 12});
  return Period{Period::Bounds, {y, a}, {y, b}};
}

}  // namespace

std::optional<Period> period_of(const DatePoint& p) {
  if (p.century) return century_period(p);
  if (p.decade) return decade_period(p);
  if (p.season != Season::None) return season_period(p);
  if (p.month || p.day) return day_or_month_period(p);
  return year_period(p);
}

namespace {

// The Gregorian first (or last) day of a Julian date written at any precision.
IsoDate gregorian_bound(const IsoDate& written, bool first) {
  if (!written.month) return written;  // a year: the difference of days is below its precision
  IsoDate d = written;
  if (!d.day) d.day = first ? 1 : days_in_julian_month(d.year, d.month);
  return julian_to_gregorian(d);
}

}  // namespace

namespace {

// "May 2/15, 1917": the New Style day in @when, the Old Style one in
// @when-custom, as a Julian date converted by Editio is written. nullopt when
// the two days are not the same day of both calendars.
std::optional<DateValue> dual_value(const DatePoint& p) {
  IsoDate old_style{p.year, p.old_month, p.old_day}, new_style{p.year, p.month, p.day};
  if (p.old_month == 12 && p.month == 1) --old_style.year;  // December 20/January 2
  if (p.day > days_in_month(p.year, p.month) || p.old_day > days_in_julian_month(old_style.year, p.old_month))
    return std::nullopt;
  if (p.year && julian_to_gregorian(old_style).str() != new_style.str()) return std::nullopt;
  DateValue out;
  out.julian = true;
  out.when = new_style.str();
  out.when_custom = old_style.str();
  return out;
}

}  // namespace

std::optional<DateValue> date_value(const DateMatch& m, bool julian) {
  if (m.first.old_day && !m.last) return dual_value(m.first);
  auto a = period_of(m.first);
  if (!a) return std::nullopt;
  Period p = *a;
  if (m.last) {
    auto b = period_of(*m.last);
    if (!b) return std::nullopt;
    if (before(b->end, p.start) || (!p.start.known_year() && b->end.known_year())) return std::nullopt;
    p.kind = m.bracket ? Period::Bounds : Period::Span;
    p.end = b->end;
  }
  DateValue out;
  // Seasons, parts of periods and centuries are too coarse for the calendars' difference of days.
  const bool convert = julian && p.kind != Period::Bounds && !m.first.century && p.start.known_year() &&
                       before_calendar_reform(p.start);
  if (!convert) {
    switch (p.kind) {
      case Period::Point: out.when = p.start.str(); break;
      case Period::Span: out.from = p.start.str(), out.to = p.end.str(); break;
      case Period::Bounds: out.not_before = p.start.str(), out.not_after = p.end.str(); break;
    }
    return out;
  }
  out.julian = true;
  const bool end_converts = before_calendar_reform(p.end);
  const std::string written_start = p.start.str(), written_end = p.end.str();
  const std::string start = gregorian_bound(p.start, true).str();
  const std::string end = end_converts ? gregorian_bound(p.end, false).str() : written_end;
  if (p.kind == Period::Point && p.start.month != 0 && p.start.day == 0) {
    // a Julian month is not a Gregorian month: its Gregorian days
    out.when_custom = written_start;
    out.from = start;
    out.to = end;
  } else if (p.kind == Period::Point) {
    out.when_custom = written_start;
    out.when = start;
  } else {
    const bool span = p.kind == Period::Span;
    (span ? out.from : out.not_before) = start;
    (span ? out.to : out.not_after) = end;
    (span ? out.from_custom : out.not_before_custom) = written_start;
    if (end_converts) (span ? out.to_custom : out.not_after_custom) = written_end;
  }
  return out;
}

namespace {

// "1917", "1917-10", "1917-10-25" as an IsoDate; nullopt for anything else.
std::optional<IsoDate> parse_iso(const std::string& v) {
  IsoDate d;
  int n = 0;
  if (v.size() == 4) n = std::sscanf(v.c_str(), "%4d", &d.year);
  else if (v.size() == 7) n = std::sscanf(v.c_str(), "%4d-%2d", &d.year, &d.month) - 1;
  else if (v.size() == 10) n = std::sscanf(v.c_str(), "%4d-%2d-%2d", &d.year, &d.month, &d.day) - 2;
  if (n != 1 || d.month > 12 || d.day > 31) return std::nullopt;
  return d;
}

}  // namespace

DateValue old_style_value(const DateValue& written) {
  DateValue out = written;
  if (written.julian) return out;
  struct Field { std::string DateValue::*value, DateValue::*custom; bool first; };
  static const Field fields[] = {{&DateValue::from, &DateValue::from_custom, true},
                                 {&DateValue::to, &DateValue::to_custom, false},
                                 {&DateValue::not_before, &DateValue::not_before_custom, true},
                                 {&DateValue::not_after, &DateValue::not_after_custom, false},
                                 {&DateValue::when, &DateValue::when_custom, true}};
  for (const Field& f : fields) {
    const auto d = parse_iso(written.*f.value);
    if (!d || !d->month || !before_calendar_reform(*d)) continue;
    out.julian = true;
    out.*f.custom = written.*f.value;
    if (f.value == &DateValue::when && !d->day && written.from.empty() && written.to.empty()) {
      out.when.clear();  // a Julian month is not a Gregorian month: its Gregorian days
      out.from = gregorian_bound(*d, true).str();
      out.to = gregorian_bound(*d, false).str();
    } else {
      out.*f.value = gregorian_bound(*d, f.first).str();
    }
  }
  return out;
}

}  // namespace editio
