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
#include "model_invariants.hpp"

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
    fuzz::check_document(doc);
    NoteOptions notes;
    link_notes(doc, notes, diags);
  }
  return 0;
}
