#include "util/pattern_set.hpp"

#include <algorithm>
#include <deque>

namespace editio {

void PatternSet::add(std::string_view pattern, std::size_t tag) {
  std::size_t at = 0;
  for (unsigned char c : pattern) {
    auto it = nodes_[at].next.find(c);
    if (it == nodes_[at].next.end()) {
      nodes_.push_back(Node{});
      it = nodes_[at].next.emplace(c, nodes_.size() - 1).first;
    }
    at = it->second;
  }
  nodes_[at].tags.push_back(tag);
  linked_ = false;
}

// Breadth first: a node's failure link is the longest proper suffix of its
// path that is also a path from the root.
void PatternSet::link() {
  std::deque<std::size_t> queue;
  for (auto& [c, child] : nodes_[0].next) {
    nodes_[child].fail = 0;
    queue.push_back(child);
  }
  while (!queue.empty()) {
    const std::size_t n = queue.front();
    queue.pop_front();
    for (auto& [c, child] : nodes_[n].next) {
      std::size_t f = nodes_[n].fail;
      while (f && !nodes_[f].next.count(c)) f = nodes_[f].fail;
      auto it = nodes_[f].next.find(c);
      nodes_[child].fail = it != nodes_[f].next.end() && it->second != child ? it->second : 0;
      queue.push_back(child);
    }
  }
  linked_ = true;
}

std::vector<std::size_t> PatternSet::tags_in(std::string_view text) const {
  if (!linked_) {  // (not linked: a linked copy searches, leaving this set as it is)
    PatternSet linked = *this;
    linked.link();
    return linked.tags_in(text);
  }
  std::vector<char> seen_node(nodes_.size(), 0);
  std::vector<std::size_t> tags;
  auto collect = [&](std::size_t n) {  // the patterns ending at n and at its suffixes, each node once
    for (; !seen_node[(n)]; n = nodes_[n].fail) {
      seen_node[(n)] = 1;
      const auto& t = nodes_[n].tags;
      tags.insert(tags.end(), t.begin(), t.end());
      if (n == 0) break;
    }
  };
  collect(0);
  std::size_t at = 0;
  for (unsigned char c : text) {
    while (at && !nodes_[at].next.count(c)) at = nodes_[at].fail;
    auto it = nodes_[at].next.find(c);
    at = it == nodes_[at].next.end() ? 0 : it->second;
    collect(at);
  }
  std::sort(tags.begin(), tags.end());
  tags.erase(std::unique(tags.begin(), tags.end()), tags.end());
  return tags;
}

}  // namespace editio
