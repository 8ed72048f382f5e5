#pragma once
// A date's value, one type from the date grammar to the chronology: what the
// annotation passes find in the text, what the editor gives in the manifest
// and the editor's layer, what the chronology reads back from the TEI.
#include <string>
#include <string_view>

namespace editio {

// A day, month or year (`when`), a range (`from`, `to`) or bounds
// (`not_before`, `not_after`): ISO 8601 strings at the precision known
// ("1929", "1929-10", "1929-10-21", "--10-21", "1917-04-07T16:00:00"). Every
// field may be empty; `text` alone means "known only as words".
struct DateValue {
  std::string when, from, to, not_before, not_after;  // Gregorian
  // A date written in the Julian calendar: the values as written, beside the
  // Gregorian ones above (TEI: the *-custom attributes).
  std::string when_custom, from_custom, to_custom, not_before_custom, not_after_custom;
  bool julian = false;  // the values as written are Julian (the grammar's Old Style dates)
  std::string cert;     // how sure the value is: "high", "medium", "low", "unknown" or empty
  std::string text;     // how to show it when not by the words of the text ("1936", "after 2001")

  // Whether it has a value (when, a range or a bound), not only words.
  bool has_value() const {
    return !when.empty() || !from.empty() || !to.empty() || !not_before.empty() || !not_after.empty();
  }
  // How to show it: `text`, else the value ("1929-10-21", "1925–1926", "after 1930").
  std::string display() const;
};

// The ISO fields of a DateValue by their names in TEI (att.datable) and in
// the editor's files: "when", "from", ..., "notAfter-custom". The writer and
// the readers of the TEI and of the editor's layer share this table.
struct DateField {
  const char* name;
  std::string DateValue::*field;
};
inline constexpr DateField kDateFields[] = {
    {"when", &DateValue::when},
    {"from", &DateValue::from},
    {"to", &DateValue::to},
    {"notBefore", &DateValue::not_before},
    {"notAfter", &DateValue::not_after},
    {"when-custom", &DateValue::when_custom},
    {"from-custom", &DateValue::from_custom},
    {"to-custom", &DateValue::to_custom},
    {"notBefore-custom", &DateValue::not_before_custom},
    {"notAfter-custom", &DateValue::not_after_custom},
};

// The field named `name` in kDateFields, or nullptr.
inline std::string* date_field(DateValue& d, std::string_view name) {
  for (const DateField& f : kDateFields)
    if (name == f.name) return &(d.*f.field);
  return nullptr;
}

}  // namespace editio
