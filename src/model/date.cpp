#include "model/date.hpp"

namespace editio {

std::string DateValue::display() const {
  if (!text.empty()) return text;
  if (!when.empty()) return when;
  if (!from.empty() || !to.empty()) return from + "–" + to;
  if (!not_before.empty() && !not_after.empty()) return not_before + "–" + not_after;
  if (!not_before.empty()) return "after " + not_before;
  if (!not_after.empty()) return "before " + not_after;
  return {};
}

}  // namespace editio
