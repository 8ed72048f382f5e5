#include "driver/document_part.hpp"

#include <cstdlib>

#include "corpus/edition_index.hpp"
#include "corpus/entity_register.hpp"
#include "tei/serialize.hpp"
#include "util/fs.hpp"

namespace editio {
namespace {

constexpr const char* kPartHeader = "editio-part 1\n";

// Fields as "<length>:<bytes>": any bytes, no escaping.
class Writer {
 public:
  std::string out = kPartHeader;
  void str(const std::string& s) {
    out += std::to_string(s.size());
    out += ':';
    out += s;
  }
  void num(long long v) { str(std::to_string(v)); }
  void mentions(const std::vector<Mention>& list) {
    num(static_cast<long long>(list.size()));
    for (const Mention& m : list)
      for (const std::string* s : {&m.entry, &m.doc, &m.target, &m.n, &m.text}) str(*s);
  }
};

class Reader {
 public:
  explicit Reader(const std::string& in) : in_(in), ok_(in.rfind(kPartHeader, 0) == 0) {
    if (ok_) pos_ = std::string(kPartHeader).size();
  }
  bool ok() const { return ok_; }
  bool at_end() const { return pos_ == in_.size(); }
  std::string str() {
    const std::size_t colon = ok_ ? in_.find(':', pos_) : std::string::npos;
    if (colon == std::string::npos || colon == pos_ || colon - pos_ > 12) return fail();
    const std::string digits = in_.substr(pos_, colon - pos_);
    if (digits.find_first_not_of("0123456789") != std::string::npos) return fail();
    const std::size_t size = std::strtoull(digits.c_str(), nullptr, 10);
    if (size > in_.size() - colon - 1) return fail();
    pos_ = colon + 1 + size;
    return in_.substr(colon + 1, size);
  }
  long long num() {
    const std::string s = str();
    char* end = nullptr;
    const long long v = std::strtoll(s.c_str(), &end, 10);
    if (s.empty() || *end) fail();
    return v;
  }
  // A count of items that each take at least one byte: never more than what is left.
  std::size_t count() {
    const long long n = num();
    if (n < 0 || static_cast<std::size_t>(n) > in_.size() - pos_) return fail(), 0;
    return static_cast<std::size_t>(n);
  }
  std::vector<Mention> mentions() {
    std::vector<Mention> list(count());
    for (Mention& m : list)
      for (std::string* s : {&m.entry, &m.doc, &m.target, &m.n, &m.text}) *s = str();
    return list;
  }

 private:
  std::string fail() {
    ok_ = false;
    pos_ = in_.size();
    return {};
  }
  const std::string& in_;
  bool ok_;
  std::size_t pos_ = 0;
};

void write_date(Writer& w, const DatedMention& d) {
  for (const std::string* s : {&d.doc, &d.target, &d.n}) w.str(*s);
  for (const DateField& f : kDateFields) w.str(d.value.*f.field);
  w.num(d.value.julian);
  for (const std::string* s : {&d.value.cert, &d.value.text, &d.context, &d.start, &d.end}) w.str(*s);
  w.num(d.order);
  w.num(d.dateline);
}

DatedMention read_date(Reader& r) {
  DatedMention d;
  for (std::string* s : {&d.doc, &d.target, &d.n}) *s = r.str();
  for (const DateField& f : kDateFields) d.value.*f.field = r.str();
  d.value.julian = r.num() != 0;
  for (std::string* s : {&d.value.cert, &d.value.text, &d.context, &d.start, &d.end}) *s = r.str();
  d.order = static_cast<int>(r.num());
  d.dateline = r.num() != 0;
  return d;
}

}  // namespace

DocumentPart collect_part(const pugi::xml_document& written, const std::string& id, const PartContents& what) {
  DocumentPart part;
  if (what.persons) part.persons = collect_mentions(written, id);
  if (what.places || what.orgs) part.carried = carried_lists(written);
  if (what.places) part.places = collect_mentions(written, id, "placeName");
  if (what.orgs) part.orgs = collect_mentions(written, id, "orgName");
  part.dates = collect_dates(written, id);
  if (what.passages) part.passages = collect_passages(written, id);
  pugi::xml_document described;
  describe_source(written, described.append_child("document"));
  serialize_node(part.source, described.first_child(), 0, true);
  return part;
}

std::string serialize_part(const DocumentPart& part) {
  Writer w;
  w.str(part.key);
  for (const auto* list : {&part.persons, &part.places, &part.orgs}) w.mentions(*list);
  w.str(part.carried);
  w.num(static_cast<long long>(part.dates.size()));
  for (const DatedMention& d : part.dates) write_date(w, d);
  w.num(static_cast<long long>(part.passages.size()));
  for (const Passage& p : part.passages)
    for (const std::string* s : {&p.doc, &p.anchor, &p.label, &p.lang, &p.text}) w.str(*s);
  w.str(part.source);
  return std::move(w.out);
}

bool parse_part(const std::string& bytes, DocumentPart& out) {
  Reader r(bytes);
  DocumentPart part;
  part.key = r.str();
  for (auto* list : {&part.persons, &part.places, &part.orgs}) *list = r.mentions();
  part.carried = r.str();
  part.dates.resize(r.count());
  for (DatedMention& d : part.dates) d = read_date(r);
  part.passages.resize(r.count());
  for (Passage& p : part.passages)
    for (std::string* s : {&p.doc, &p.anchor, &p.label, &p.lang, &p.text}) *s = r.str();
  part.source = r.str();
  if (!r.ok() || !r.at_end()) return false;
  out = std::move(part);
  return true;
}

bool write_part(const std::string& path, const DocumentPart& part, std::string& why) {
  return fs::write_atomic(path, serialize_part(part), why);
}

bool read_part(const std::string& path, const std::string& key, DocumentPart& part) {
  std::string bytes, why;
  DocumentPart read;
  if (!fs::read_file(path, bytes, why) || !parse_part(bytes, read) || read.key != key) return false;
  part = std::move(read);
  return true;
}

}  // namespace editio
