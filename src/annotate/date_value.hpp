#pragma once
// From a calendar expression to TEI's normalized values, for every language:
// the period a DatePoint names, ISO 8601 strings at the precision written,
// and the Julian calendar. Nothing here reads text.
#include <optional>
#include <string>

#include "lang/date_grammar.hpp"
#include "model/date.hpp"

namespace editio {

// A calendar date at the precision it was written: a year, a month or a day.
// month/day 0 = not given; year 0 = not known (ISO "--MM-DD").
struct IsoDate {
  int year = 0, month = 0, day = 0;
  std::string str() const;  // "1929", "1929-10", "1929-10-21", "--10-21", "--10", "---21"
  bool known_year() const { return year != 0; }
};

// The first and the last day an IsoDate covers (day precision), for comparing.
IsoDate first_day(const IsoDate& d);
IsoDate last_day(const IsoDate& d);
bool before(const IsoDate& a, const IsoDate& b);  // by first day, then precision

int days_in_month(int year, int month);  // Gregorian (the Julian calendar differs only in February)
int days_in_julian_month(int year, int month);

// Julian -> Gregorian for a day (the proleptic rules of both calendars).
IsoDate julian_to_gregorian(const IsoDate& day);

// What a DatePoint (with its year known or not) names.
struct Period {
  enum Kind { Point, Span, Bounds } kind = Point;  // when; from/to; notBefore/notAfter
  IsoDate start, end;
};
// nullopt when the point is impossible (31 February, a decade with no year).
std::optional<Period> period_of(const DatePoint& p);

// The value of a match whose points are complete. For the Julian calendar
// the written values go to the *_custom fields and the Gregorian ones to
// when/from/to (TEI Guidelines, 13.4 and 16.2).
// nullopt when the dates are impossible or the range runs backwards.
std::optional<DateValue> date_value(const DateMatch& m, bool julian);

// Russia left the Julian calendar after 31 January 1918 (Julian).
bool before_calendar_reform(const IsoDate& written);

// An editor's date (the manifest's or a [[text]]'s, `calendar = "julian"`)
// written in the Old Style, as the text's Julian dates are written: each ISO
// value before the reform moves to its *_custom field and the Gregorian day
// (the first day of a start, the last of an end) takes its place; a Julian
// month in `when` becomes the Gregorian days from/to it covers. A year, a
// value after the reform and an already converted value stay as they are.
DateValue old_style_value(const DateValue& written);

}  // namespace editio
