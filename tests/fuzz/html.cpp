// libFuzzer target: the HTML reader. Bytes -> read_source (UTF-8, NFC, lines)
// -> read_html (libxml2's HTML parser, the article, footnotes, metadata) ->
// link_notes, as the pipeline drives a structured reader. Checks what the
// model promises: spans and anchors inside their block, calls to notes that exist.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annotate/notes.hpp"
#include "read/html.hpp"
#include "read/source.hpp"
#include "model_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace editio;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  auto src = read_source("fuzz.html", bytes, diags);
  if (!src) return 0;
  Document doc;
  doc.id = "fuzz";
  doc.source_path = src->path;
  read_html(*src, doc, diags);
  fuzz::check_document(doc);
  NoteOptions notes;
  link_notes(doc, notes, diags);
  return 0;
}
