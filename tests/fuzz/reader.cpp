// libFuzzer target: the reader and the segmenter. Bytes -> read_source (UTF-8
// validation, BOM, line ends, NFC) -> segment -> structure and notes, as
// build/convert.cpp drives them, with an empty edition.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "convert/pipeline.hpp"
#include "read/segment.hpp"
#include "read/source.hpp"
#include "read/structure.hpp"
#include "annotate/notes.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace editio;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  auto src = read_source("fuzz.txt", bytes, diags);
  if (!src) return 0;

  // Both ways of reading: with and without the web-chrome filter.
  for (bool chrome : {true, false}) {
    Document doc;
    doc.id = "fuzz";
    doc.source_path = src->path;
    doc.lang = guess_language(src->lines);
    SegmentOptions options;
    options.drop_web_chrome = chrome;
    Diagnostics d;
    segment(*src, doc, d, options);
    if (!chrome) break;  // the rest once
    StructureOptions structure;
    structure.lang = doc.lang;
    structure.insertions.push_back({"ED", "ed"});
    recognize_structure(doc, structure, d);
    NoteOptions notes;
    notes.signatures.push_back({"(A.B.)", "ab"});
    link_notes(doc, notes, d);
    report_truncations(doc, d, "");
  }
  // The line-level parsers on every line.
  for (const auto& line : src->lines) {
    std::string n;
    std::size_t rest = 0;
    if (parse_note_marker(line, n, rest) && rest > line.size()) __builtin_trap();
    ShelfMark mark;
    parse_shelfmark(line, mark);
  }
  return 0;
}
