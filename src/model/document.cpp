#include "model/document.hpp"

#include <algorithm>
#include <unordered_map>

#include "util/utf8.hpp"

namespace editio {

SourcePos Block::position_of(std::size_t offset) const {
  if (anchors.empty()) return {};
  auto it = std::upper_bound(anchors.begin(), anchors.end(), offset,
                             [](std::size_t off, const Anchor& a) { return off < a.offset; });
  if (it != anchors.begin()) --it;
  SourcePos p = it->pos;
  if (offset > it->offset && offset <= text.size())
    p.column += static_cast<std::uint32_t>(utf8::count_code_points(text, it->offset, offset));
  return p;
}

std::vector<std::string> note_labels(const Document& doc) {
  std::vector<std::string> labels;
  labels.reserve(doc.notes.size());
  std::unordered_map<std::string, int> seen;
  for (const Note& n : doc.notes) {
    const int occurrence = ++seen[n.n];
    labels.push_back(occurrence > 1 ? n.n + "." + std::to_string(occurrence) : n.n);
  }
  return labels;
}

}  // namespace editio
