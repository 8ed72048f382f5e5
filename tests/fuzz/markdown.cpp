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

namespace {

void check(const editio::Block& b, std::size_t notes) {
  for (const auto& s : b.spans) {
    if (s.begin > s.end || s.end > b.text.size()) __builtin_trap();
    if (const auto* call = s.as<editio::NoteCall>(); call && call->note >= notes) __builtin_trap();
  }
  if (b.anchors.empty() || b.anchors.front().offset != 0) __builtin_trap();
  for (std::size_t i = 1; i < b.anchors.size(); ++i)
    if (b.anchors[i].offset < b.anchors[i - 1].offset || b.anchors[i].offset > b.text.size()) __builtin_trap();
}

}  // namespace

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
  for (const auto& b : doc.blocks) check(b, doc.notes.size());
  for (const auto& n : doc.notes)
    for (const auto& b : n.blocks) check(b, doc.notes.size());
  link_notes(doc, NoteOptions{}, diags);
  annotate_dates(doc, DateOptions{}, diags);
  return 0;
}
