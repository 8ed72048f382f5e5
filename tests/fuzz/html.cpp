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

namespace {

void check(const editio::Block& b, std::size_t notes) {
  for (const auto& s : b.spans) {
    if (s.begin > s.end || s.end > b.text.size()) __builtin_trap();
    if (const auto* c = s.as<editio::NoteCall>(); c && c->note >= notes) __builtin_trap();
  }
  if (b.anchors.empty() || b.anchors.front().offset != 0) __builtin_trap();
  for (const auto& a : b.anchors)
    if (a.offset > b.text.size() && a.offset != 0) __builtin_trap();
}

}  // namespace

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
  for (const auto& b : doc.blocks) check(b, doc.notes.size());
  for (const auto& n : doc.notes)
    for (const auto& b : n.blocks) check(b, doc.notes.size());
  NoteOptions notes;
  link_notes(doc, notes, diags);
  return 0;
}
