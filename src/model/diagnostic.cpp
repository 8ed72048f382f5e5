#include "model/diagnostic.hpp"

namespace editio {

std::string Diagnostic::format() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (pos.line && pos.paragraph) {
      out += ": paragraph " + std::to_string(pos.line);
      if (pos.column) out += ", character " + std::to_string(pos.column);
    } else if (pos.line) {
      out += ':' + std::to_string(pos.line);
      if (pos.column) out += ':' + std::to_string(pos.column);
    }
    out += ": ";
  }
  switch (severity) {
    case Severity::Note: out += "note: "; break;
    case Severity::Warning: out += "warning: "; break;
    case Severity::Error: out += "error: "; break;
  }
  out += message;
  return out;
}

void Diagnostics::add(Severity s, std::string file, SourcePos pos, std::string message) {
  items_.push_back(Diagnostic{s, std::move(file), pos, std::move(message)});
}

void Diagnostics::append(const Diagnostics& other) {
  items_.insert(items_.end(), other.items_.begin(), other.items_.end());
}

std::size_t Diagnostics::count(Severity s) const {
  std::size_t n = 0;
  for (const auto& d : items_) n += d.severity == s;
  return n;
}

}  // namespace editio
