#include "model/document.hpp"

#include <algorithm>

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

}  // namespace editio
