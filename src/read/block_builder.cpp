#include "read/block_builder.hpp"

#include "util/utf8.hpp"

namespace editio {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

void BlockBuilder::text(std::string_view t, SourcePos pos) {
  std::string& out = block_.text;
  std::size_t i = 0;
  while (i < t.size()) {
    if (is_space(t[i])) {
      pending_space_ = !out.empty();
      ++i;
      continue;
    }
    std::size_t e = i;
    while (e < t.size() && !is_space(t[e])) ++e;
    if (pending_space_) out += ' ';
    pending_space_ = false;
    SourcePos at = pos;
    at.column += static_cast<std::uint32_t>(utf8::count_code_points(t, 0, i));
    if (block_.anchors.empty() || block_.position_of(out.size()).line != at.line ||
        block_.position_of(out.size()).column != at.column)
      block_.anchors.push_back({out.size(), at});
    out.append(t.substr(i, e - i));
    i = e;
  }
}

std::size_t BlockBuilder::mark() const { return block_.text.size() + (pending_space_ ? 1 : 0); }

void BlockBuilder::span(std::size_t begin, SpanKind what) {
  const std::size_t end = block_.text.size();
  if (begin >= end) return;
  block_.spans.push_back(Span{begin, end, std::move(what)});
}

void BlockBuilder::note_call(std::size_t note) {
  const std::size_t at = block_.text.size();
  block_.spans.push_back(Span{at, at, NoteCall{note}});
}

Block BlockBuilder::finish() {
  const std::size_t size = block_.text.size();
  for (auto& s : block_.spans) {
    if (s.begin > size) s.begin = size;
    if (s.end > size) s.end = size;
  }
  pending_space_ = false;
  if (block_.anchors.empty()) block_.anchors.push_back({0, {}});
  block_.anchors.front().offset = 0;
  return std::move(block_);
}

void mark_list_start(std::vector<Block>& blocks, std::size_t from) {
  for (std::size_t i = from; i < blocks.size(); ++i)
    if (blocks[i].kind == BlockKind::ListItem) {
      blocks[i].list_start = true;
      return;
    }
}

}  // namespace editio
