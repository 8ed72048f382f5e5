// TEMPORARY STUB (the contract for issue 24): names matched exactly as
// written, whole words, longest first. The real matcher replaces this file.
#include "annotate/entities.hpp"

#include <algorithm>

namespace editio {

EntityMatcher::EntityMatcher(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {}

namespace {

bool letter_at(const std::string& t, std::size_t i) {
  if (i >= t.size()) return false;
  const unsigned char c = static_cast<unsigned char>(t[i]);
  return std::isalnum(c) || c >= 0x80;
}

void add_id(std::vector<std::string>& ids, const std::string& id) {
  if (!id.empty() && std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

}  // namespace

void EntityMatcher::annotate(Document& doc, Diagnostics&) const {
  for (Block& b : doc.blocks) {
    const std::string& t = b.text;
    for (const Entity& e : gazetteer_.entities)
      for (const EntityName& n : e.names)
        for (std::size_t at = t.find(n.text); at != std::string::npos; at = t.find(n.text, at + 1)) {
          const std::size_t end = at + n.text.size();
          if ((at > 0 && letter_at(t, at - 1)) || letter_at(t, end)) continue;
          if (std::any_of(b.spans.begin(), b.spans.end(), [&](const Span& s) { return keeps_off(s, at, end); }))
            continue;
          if (e.kind == EntityKind::Place) {
            b.spans.push_back(Span{at, end, PlaceName{e.id}});
            add_id(doc.places, e.id);
          } else {
            b.spans.push_back(Span{at, end, OrgName{e.id}});
            add_id(doc.orgs, e.id);
          }
        }
  }
}

std::vector<std::vector<std::string>> EntityMatcher::index_words() const {
  std::vector<std::vector<std::string>> out;
  for (const Entity& e : gazetteer_.entities) {
    std::vector<std::string> words;
    for (const EntityName& n : e.names) words.push_back(n.text);
    out.push_back(std::move(words));
  }
  return out;
}

}  // namespace editio
