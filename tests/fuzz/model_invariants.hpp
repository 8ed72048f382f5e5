#pragma once
// What every reader promises of the document model, checked by the fuzz
// targets of the readers (markdown, html, office): spans inside their
// block's text, note calls naming a note that exists, anchors from offset 0
// in order and inside the text. A broken promise stops the fuzzer (trap).
#include <cstddef>

#include "model/document.hpp"

namespace editio::fuzz {

inline void check_block(const Block& b, std::size_t notes) {
  for (const auto& s : b.spans) {
    if (s.begin > s.end || s.end > b.text.size()) __builtin_trap();
    if (const auto* call = s.as<NoteCall>(); call && call->note >= notes) __builtin_trap();
  }
  if (b.anchors.empty() || b.anchors.front().offset != 0) __builtin_trap();
  for (std::size_t i = 1; i < b.anchors.size(); ++i)
    if (b.anchors[i].offset < b.anchors[i - 1].offset || b.anchors[i].offset > b.text.size()) __builtin_trap();
}

inline void check_document(const Document& doc) {
  for (const auto& b : doc.blocks) check_block(b, doc.notes.size());
  for (const auto& n : doc.notes)
    for (const auto& b : n.blocks) check_block(b, doc.notes.size());
}

}  // namespace editio::fuzz
