#pragma once
// One document through the conversion stages: read, segment, annotate, write.
// The order of the passes is one visible list: prepare_document in pipeline.cpp.
#include <string>

#include "annotate/persons.hpp"
#include "util/stage_times.hpp"
#include "edition/manifest.hpp"
#include "model/document.hpp"
#include "read/source.hpp"

namespace editio {

struct Converted {
  Document doc;
  std::string tei;    // serialized TEI, empty when the document could not be read
  bool ok = false;
};

// The stages before writing: segment, link notes, and (with `persons`) link
// the names to the personography. `editio names` stops here.
// `times` (optional) receives the time of segmenting (Stage::Read) and of the rest (Stage::Annotate).
Document prepare_document(const SourceText& src, const Edition& edition, const DocumentEntry& entry,
                          Diagnostics& diags, const PersonMatcher* persons, StageTimes* times = nullptr);

// Converts the manifest's entry. Diagnostics point at the source file.
// `persons` (optional) links the names the text mentions to the personography.
// `times` (optional) receives the time of each stage (read, annotate, write-tei).
Converted convert_entry(const Edition& edition, const DocumentEntry& entry, Diagnostics& diags,
                        const PersonMatcher* persons = nullptr, StageTimes* times = nullptr);

// Converts text without a manifest (`editio convert`): the title is the first
// line, the language is guessed from the letters.
Converted convert_standalone(const std::string& path, Diagnostics& diags,
                             const PersonMatcher* persons = nullptr, const std::string& encoding = "");

// "ru" when Cyrillic letters outnumber Latin ones, else "en".
std::string guess_language(const std::vector<std::string>& lines);

}  // namespace editio
