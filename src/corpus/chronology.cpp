#include "corpus/chronology.hpp"

#include "tei/serialize.hpp"

#include <algorithm>
#include <string_view>

#include "annotate/date_value.hpp"
#include "corpus/tei_text.hpp"
#include "util/text.hpp"

namespace editio {
namespace {

// "1929", "1929-10", "1929-10-21" -> the first or last day it covers.
std::string day_bound(const std::string& iso, bool first) {
  IsoDate d;
  if (iso.size() < 4 || iso[0] == '-') return "";
  d.year = std::atoi(iso.substr(0, 4).c_str());
  if (iso.size() >= 7) d.month = std::atoi(iso.substr(5, 2).c_str());
  if (iso.size() >= 10) d.day = std::atoi(iso.substr(8, 2).c_str());
  return (first ? first_day(d) : last_day(d)).str();
}

// About a sentence around [at, at + len) of `text`: cut at word boundaries.
std::string around(const std::string& text, std::size_t at, std::size_t len) {
  const std::size_t reach = 110;
  std::size_t b = at > reach ? at - reach : 0;
  std::size_t e = std::min(text.size(), at + len + reach);
  while (b > 0 && (static_cast<unsigned char>(text[b]) & 0xC0) == 0x80) --b;
  while (e < text.size() && (static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) ++e;
  // (The spaces are looked for within the reach only: a long paragraph
  // without spaces costs no more.)
  if (b > 0) {
    std::size_t sp = std::string_view(text).substr(b, at - b).find(' ');
    if (sp != std::string::npos) b += sp + 1;
  }
  if (e < text.size()) {
    std::size_t sp = std::string_view(text).substr(at + len, e - at - len + 1).rfind(' ');
    if (sp != std::string::npos && sp > 0) e = at + len + sp;
  }
  std::string out = (b > 0 ? "… " : "") + text.substr(b, e - b) + (e < text.size() ? " …" : "");
  return squeeze_space(out);
}

}  // namespace

std::vector<DatedMention> collect_dates(const pugi::xml_document& x, const std::string& doc_id) {
  std::vector<DatedMention> out;
  pugi::xpath_node_set dates = x.select_nodes("/*/*[local-name()='text']//*[local-name()='date']");
  int order = 0;
  UnitReadings units;
  for (const auto& xn : dates) {
    pugi::xml_node n = xn.node();
    DatedMention d;
    d.doc = doc_id;
    d.order = order++;
    DateValue& v = d.value;
    for (const DateField& f : kDateFields) v.*f.field = n.attribute(f.name).value();
    v.cert = n.attribute("cert").value();
    const std::string& lo = !v.when.empty() ? v.when : (!v.from.empty() ? v.from : v.not_before);
    const std::string& hi = !v.when.empty() ? v.when : (!v.to.empty() ? v.to : v.not_after);
    d.start = day_bound(lo, true);
    d.end = day_bound(hi.empty() ? lo : hi, false);
    if (d.start.empty()) continue;  // "April 16" with no year known: nowhere in time
    v.text = source_reading(n);
    for (pugi::xml_node a = n.parent(); a && !d.dateline; a = a.parent())
      d.dateline = std::string_view(a.name()).substr(std::string_view(a.name()).find(':') + 1) == "dateline";
    if (pugi::xml_node unit = enclosing_unit(n, d.n)) {
      d.target = unit.attribute("xml:id").value();
      std::size_t at = std::string::npos;
      const std::string& whole = units.reading(unit, n, at);
      if (at != std::string::npos) d.context = around(whole, at, v.text.size());
    }
    out.push_back(std::move(d));
  }
  return out;
}

void ChronologyIndex::add(std::uint32_t doc, const std::vector<DatedMention>& dates) {
  std::string blob;
  std::vector<Ref> refs;
  refs.reserve(dates.size());
  for (const auto& d : dates) {
    pugi::xml_document scratch;
    pugi::xml_node e = scratch.append_child("dated");
    e.append_attribute("start") = d.start.c_str();
    e.append_attribute("end") = d.end.c_str();
    auto opt = [&](const char* name, const std::string& v) {
      if (!v.empty()) e.append_attribute(name) = v.c_str();
    };
    // (the Old Style bounds, notBefore-custom and notAfter-custom, are not shown)
    const DateValue& v = d.value;
    for (const auto& [name, value] : {std::pair<const char*, const std::string*>{"when", &v.when}, {"from", &v.from},
                                      {"to", &v.to}, {"notBefore", &v.not_before}, {"notAfter", &v.not_after},
                                      {"cert", &v.cert}, {"when-custom", &v.when_custom},
                                      {"from-custom", &v.from_custom}, {"to-custom", &v.to_custom}})
      opt(name, *value);
    if (d.dateline) e.append_attribute("type") = "dateline";
    e.append_attribute("doc") = d.doc.c_str();
    e.append_attribute("target") = d.target.c_str();
    opt("n", d.n);
    e.append_child("text").text() = v.text.c_str();
    if (!d.context.empty()) e.append_child("context").text() = d.context.c_str();
    const std::size_t at = blob.size();
    serialize_node(blob, e, 0, true);
    refs.push_back({d.start, d.end, doc, d.order, {at, static_cast<std::uint32_t>(blob.size() - at)}});
  }
  const Scratch::Span base = scratch_.append(blob);
  for (auto& r : refs) r.at.offset += base.offset;
  std::lock_guard<std::mutex> lock(mutex_);
  refs_.insert(refs_.end(), std::make_move_iterator(refs.begin()), std::make_move_iterator(refs.end()));
  sorted_ = false;
}

std::size_t ChronologyIndex::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return refs_.size();
}

void ChronologyIndex::prepare() {
  if (sorted_) return;
  sorted_ = true;
  std::sort(refs_.begin(), refs_.end(), [](const Ref& a, const Ref& b) {
    if (a.start != b.start) return a.start < b.start;
    if (a.end != b.end) return a.end < b.end;
    if (a.doc != b.doc) return a.doc < b.doc;
    return a.order < b.order;
  });
}

bool ChronologyIndex::write(const TextSink& out) {
  std::lock_guard<std::mutex> lock(mutex_);
  prepare();
  return write_range(out, 0, refs_.size());
}

std::vector<PagePart> ChronologyIndex::plan(std::size_t max) {
  std::lock_guard<std::mutex> lock(mutex_);
  prepare();
  std::vector<PagePart> parts = split_parts(refs_.size(), max);
  for (auto& part : parts) {
    if (part.from == part.to) continue;
    part.first = refs_[part.from].start;
    part.last = refs_[part.to - 1].start;
  }
  return parts;
}

bool ChronologyIndex::write_part(const TextSink& out, const PagePart& part) {
  std::lock_guard<std::mutex> lock(mutex_);
  prepare();
  return write_range(out, part.from, std::min(part.to, refs_.size()));
}

bool ChronologyIndex::write_range(const TextSink& out, std::size_t from, std::size_t to) {
  out("<chronology>");
  const bool ok = scratch_.copy(refs_.begin() + static_cast<std::ptrdiff_t>(from),
                                refs_.begin() + static_cast<std::ptrdiff_t>(to), [](const Ref& r) { return r.at; }, out);
  out("</chronology>");
  return ok;
}

}  // namespace editio
