#pragma once
// One document through the conversion stages: read, segment, annotate, write.
// The order of the passes is one visible list: prepare_document in pipeline.cpp.
#include <optional>
#include <string>
#include <vector>

#include "annotate/entities.hpp"
#include "annotate/persons.hpp"
#include "util/stage_times.hpp"
#include "edition/manifest.hpp"
#include "model/document.hpp"
#include "read/source.hpp"

namespace editio {

// The edition's shared indexes the annotation passes use, each optional:
// the personography's name forms, the gazetteer's place and organisation
// names. A PersonMatcher pointer alone converts to it.
struct Annotators {
  Annotators(const PersonMatcher* p = nullptr, const EntityMatcher* e = nullptr) : persons(p), entities(e) {}
  const PersonMatcher* persons;
  const EntityMatcher* entities;
};

struct Converted {
  Document doc;
  std::string tei;    // serialized TEI, empty when the document could not be read
  bool ok = false;
};

// The passes after reading, in order: the structure of letters, notes'
// attribution (and their calls, in plain text), persons (with `persons`),
// places and organisations (with `with.entities`), dates, the editor's
// layer. Sets doc.id and doc.lang from the entry. With `witnesses` (the
// texts of entry.witnesses, in their order; the base's is `doc`), the
// apparatus comes first among the annotations (annotate/apparatus).
void annotate_document(Document& doc, const Edition& edition, const DocumentEntry& entry, Diagnostics& diags,
                       const Annotators& with, StageTimes* times = nullptr,
                       const std::vector<std::string>* witnesses = nullptr);

// The manifest's entry's file read by the reader its format needs
// (read/document_reader.hpp); none, with the error, when it cannot be read.
std::optional<Document> read_entry(const Edition& edition, const DocumentEntry& entry, Diagnostics& diags);

// Plain text segmented, then annotate_document: `editio names` and the tests stop here.
// `times` (optional) receives the time of segmenting (Stage::Read) and of the rest (Stage::Annotate).
Document prepare_document(const SourceText& src, const Edition& edition, const DocumentEntry& entry,
                          Diagnostics& diags, const Annotators& with, StageTimes* times = nullptr);

// Converts the manifest's entry. Diagnostics point at the source file.
// `with` (optional) links the names the text mentions to the personography and the gazetteer.
// `times` (optional) receives the time of each stage (read, annotate, write-tei).
Converted convert_entry(const Edition& edition, const DocumentEntry& entry, Diagnostics& diags,
                        const Annotators& with = {}, StageTimes* times = nullptr);

// Converts a file without a manifest (`editio convert`): the title and
// language are the file's own (front matter, properties), else the first
// line and a guess from the letters. `format` as --format names it; none: detect.
Converted convert_standalone(const std::string& path, Diagnostics& diags,
                             const Annotators& with = {}, const std::string& encoding = "",
                             std::optional<SourceFormat> format = std::nullopt);

// "ru" when Cyrillic letters outnumber Latin ones, else "en".
std::string guess_language(const std::vector<std::string>& lines);

}  // namespace editio
