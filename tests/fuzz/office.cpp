// libFuzzer target: the Word and OpenDocument readers. Bytes -> read_docx and
// read_odt (libzip with its limits, libxml2 on every part) -> the document's
// notes linked, as the pipeline reads a .docx or .odt. The corpus
// (corpus/office) holds the pandoc-made fixtures of tests/data/office, so
// mutations start from real packages.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annotate/notes.hpp"
#include "read/docx.hpp"
#include "read/odt.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace editio;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  for (bool word : {true, false}) {
    Document doc;
    doc.id = "fuzz";
    Diagnostics diags;
    const bool ok = word ? read_docx("fuzz.docx", bytes, doc, diags) : read_odt("fuzz.odt", bytes, doc, diags);
    if (!ok && diags.errors() == 0) __builtin_trap();  // a refusal always says why
    if (!ok) continue;
    // Every span and note call stays inside its block; every call names a note.
    for (const auto& b : doc.blocks)
      for (const auto& s : b.spans) {
        if (s.begin > s.end || s.end > b.text.size()) __builtin_trap();
        if (const auto* call = s.as<NoteCall>(); call && call->note >= doc.notes.size()) __builtin_trap();
      }
    NoteOptions notes;
    link_notes(doc, notes, diags);
  }
  return 0;
}
