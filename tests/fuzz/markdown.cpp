// libFuzzer target: the Markdown reader. Bytes -> read_source -> read_markdown
// (cmark-gfm, the YAML front matter, notes), then the passes that read its
// blocks (notes' attribution, dates), checking what the model promises: spans
// and anchors inside their block's text, anchors in order, note calls that
// name a note.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "annotate/dates.hpp"
#include "annotate/notes.hpp"
#include "read/markdown.hpp"
#include "read/source.hpp"
#include "model_invariants.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace editio;
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  Diagnostics diags;
  auto src = read_source("fuzz.md", bytes, diags);
  if (!src) return 0;
  Document doc;
  doc.id = "fuzz";
  doc.lang = "en";
  doc.source_path = src->path;
  read_markdown(*src, doc, diags);
  fuzz::check_document(doc);
  link_notes(doc, NoteOptions{}, diags);
  annotate_dates(doc, DateOptions{}, diags);
  return 0;
}
