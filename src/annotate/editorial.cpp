#include "annotate/editorial.hpp"

#include <algorithm>

namespace editio {
namespace {

struct Place {
  Block* block;
  std::size_t begin, end;
};

// Every occurrence of `text` in the document (body, then notes), with its
// source line; only those on `line` when it is given.
std::vector<Place> occurrences(Document& doc, const TextAddress& at) {
  std::vector<Place> out;
  auto scan = [&](Block& b) {
    for (std::size_t i = b.text.find(at.text); i != std::string::npos; i = b.text.find(at.text, i + 1)) {
      if (at.line && static_cast<int>(b.position_of(i).line) != at.line) continue;
      out.push_back({&b, i, i + at.text.size()});
    }
  };
  for (auto& b : doc.blocks) scan(b);
  for (auto& n : doc.notes)
    for (auto& b : n.blocks) scan(b);
  return out;
}

}  // namespace

void apply_editorial_dates(Document& doc, const EditorialLayer& layer, const std::string& resp, Diagnostics& diags) {
  for (const auto& e : layer.dates) {
    if (e.at.document != doc.id) continue;
    const std::string where = e.at.line ? " on line " + std::to_string(e.at.line) : std::string();
    std::vector<Place> found = occurrences(doc, e.at);
    if (found.empty()) {
      diags.warning(layer.path, e.pos, "[[date]] '" + e.at.text + "' is not in " + doc.id + where +
                                           " (" + doc.source_path + "): the entry was not applied; check text and line");
      continue;
    }
    if (!e.at.occurrence && found.size() > 1) {
      diags.warning(layer.path, e.pos, "[[date]] '" + e.at.text + "' occurs " + std::to_string(found.size()) +
                                           " times in " + doc.id + where +
                                           ": the entry was not applied; add line = or occurrence = to choose one");
      continue;
    }
    if (e.at.occurrence > static_cast<int>(found.size())) {
      diags.warning(layer.path, e.pos, "[[date]] '" + e.at.text + "': occurrence " + std::to_string(e.at.occurrence) +
                                           " asked, but it occurs " + std::to_string(found.size()) + " times in " +
                                           doc.id + where + ": the entry was not applied");
      continue;
    }
    const Place p = found[e.at.occurrence ? e.at.occurrence - 1 : 0];
    auto& spans = p.block->spans;
    // the dates the grammar put over these words go; other annotations stay
    spans.erase(std::remove_if(spans.begin(), spans.end(),
                               [&](const Span& s) {
                                 return s.kind == SpanKind::Element && s.element == "date" && s.begin < p.end &&
                                        p.begin < s.end;
                               }),
                spans.end());
    if (e.none) continue;
    auto crossed = std::find_if(spans.begin(), spans.end(), [&](const Span& s) {
      const bool overlap = s.begin < p.end && p.begin < s.end;
      const bool nested = (s.begin <= p.begin && p.end <= s.end) || (p.begin <= s.begin && s.end <= p.end);
      return overlap && !nested;
    });
    if (crossed != spans.end()) {
      diags.warning(layer.path, e.pos, "[[date]] '" + e.at.text + "' crosses the boundary of another annotation (" +
                                           (crossed->kind == SpanKind::Element ? "<" + crossed->element + ">"
                                                                               : std::string("a note call")) +
                                           "): the entry was not applied; choose words that contain it or lie within it");
      continue;
    }
    Span s;
    s.begin = p.begin;
    s.end = p.end;
    s.kind = SpanKind::Element;
    s.element = "date";
    s.attributes = e.values;
    if (!resp.empty()) s.attributes["resp"] = resp;
    spans.push_back(std::move(s));
  }
}

}  // namespace editio
