#pragma once
// Diagnostics: what went wrong or looks suspicious, and where in the *source*.
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace editio {

// A position in a source file; 1-based. 0 means "not known".
struct SourcePos {
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  // Formats without lines (.docx, .odt): `line` counts paragraphs, `column`
  // characters in the paragraph; shown as "paragraph N, character C".
  bool paragraph = false;
};

enum class Severity { Note, Warning, Error };

struct Diagnostic {
  Severity severity = Severity::Warning;
  std::string file;
  SourcePos pos;
  std::string message;

  // "file:line:column: warning: message" (parts that are unknown are left out);
  // "file: paragraph N, character C: warning: message" for a paragraph position.
  std::string format() const;
};

// Collects the diagnostics of one unit of work (a document, the manifest...).
// Not shared between threads: each document has its own.
class Diagnostics {
 public:
  void add(Severity s, std::string file, SourcePos pos, std::string message);
  void warning(std::string file, SourcePos pos, std::string message) {
    add(Severity::Warning, std::move(file), pos, std::move(message));
  }
  void error(std::string file, SourcePos pos, std::string message) {
    add(Severity::Error, std::move(file), pos, std::move(message));
  }
  void note(std::string file, SourcePos pos, std::string message) {
    add(Severity::Note, std::move(file), pos, std::move(message));
  }
  void append(const Diagnostics& other);

  const std::vector<Diagnostic>& items() const { return items_; }
  std::size_t count(Severity s) const;
  std::size_t errors() const { return count(Severity::Error); }
  std::size_t warnings() const { return count(Severity::Warning); }
  bool empty() const { return items_.empty(); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace editio
