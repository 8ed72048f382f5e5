#pragma once
// The dates tests' helper: tags the paragraphs of a small invented document
// and returns each date as "surface | attr=value attr=value", in document order.
#include <algorithm>
#include <map>
#include <string>
#include <vector>

#include "annotate/dates.hpp"
#include "tei/writer.hpp"

namespace editio::test {

// One paragraph, with the role structure recognition would have given it.
struct TaggedPara {
  std::string text;
  BlockRole role = BlockRole::None;
};

// `keys`: the attributes to show, in this order.
inline std::vector<std::string> tag_dates(const std::string& lang, const std::vector<TaggedPara>& paragraphs,
                                          const DateOptions& options, const std::vector<std::string>& keys) {
  Document doc;
  doc.id = "t";
  doc.lang = lang;
  doc.source_path = "t.txt";
  for (const auto& p : paragraphs) {
    Block b;
    b.text = p.text;
    b.role = p.role;
    b.anchors.push_back({0, {1, 1}});
    doc.blocks.push_back(b);
  }
  Diagnostics d;
  annotate_dates(doc, options, d);
  std::vector<std::string> out;
  for (const auto& b : doc.blocks) {
    std::vector<const Span*> spans;
    for (const auto& s : b.spans) spans.push_back(&s);
    std::sort(spans.begin(), spans.end(), [](const Span* a, const Span* c) { return a->begin < c->begin; });
    for (const Span* s : spans) {
      std::string r = b.text.substr(s->begin, s->end - s->begin) + " |";
      const DateMention* date = s->as<DateMention>();
      const auto attributes = date ? date_attributes(*date) : std::map<std::string, std::string>{};
      for (const auto& k : keys) {
        auto it = attributes.find(k);
        if (it != attributes.end()) r += " " + k + "=" + it->second;
      }
      out.push_back(r);
    }
  }
  return out;
}

}  // namespace editio::test
