#pragma once
// The editor's layer (sources/editorial.toml): what the editor decides about
// the texts, addressed by a piece of text and its occurrence or its source
// line, never by offset, so that it survives small changes of the sources.
// For now it holds the editor's dates; corrections, gaps and notes follow the
// same addressing.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"

namespace editio {

// Where an entry applies: the document, the words as written in its source,
// and (when the words occur more than once) the source line or the occurrence.
struct TextAddress {
  std::string document;
  std::string text;
  int line = 0;        // 1-based source line, 0 = anywhere
  int occurrence = 0;  // 1-based among the matches (on that line), 0 = the only one
};

// [[date]]: the value of a date the grammar cannot know (a garbled
// translation, an allusion), or `none = true` for words that are no date.
struct EditorialDate {
  TextAddress at;
  std::map<std::string, std::string> values;  // when, from, to, notBefore, notAfter, cert, when-custom...
  bool none = false;
  std::string reason;
  SourcePos pos;  // of the entry, for messages
};

struct EditorialLayer {
  std::string path;
  std::vector<EditorialDate> dates;
};

// Reads and checks the file; problems are reported with file:line:column.
std::optional<EditorialLayer> load_editorial(const std::string& path, Diagnostics& diags);
std::optional<EditorialLayer> parse_editorial(const std::string& path, const std::string& text, Diagnostics& diags);

}  // namespace editio
