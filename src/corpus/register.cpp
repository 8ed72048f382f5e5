#include "corpus/register.hpp"

#include "tei/serialize.hpp"

#include <algorithm>
#include <memory>

#include <unicode/ucol.h>

#include "corpus/tei_text.hpp"

namespace editio {
namespace {

// The persons of a personography, as the register of persons lists them.
class PersonEntries : public RegisterEntries {
 public:
  explicit PersonEntries(const Personography& persons) : persons_(persons) {}
  const char* list_element() const override { return "persons"; }
  const char* entry_element() const override { return "person"; }
  std::size_t count() const override { return persons_.persons.size(); }
  int index_of(const std::string& id) const override { return persons_.index_of(id); }
  const std::string& id(std::size_t i) const override { return persons_.persons[i].id; }
  std::string sort_name(std::size_t i, const std::string& lang) const override {
    return persons_.persons[i].sort_name(lang);
  }
  void describe(pugi::xml_node n, std::size_t i, const std::string&) const override {
    const Person& p = persons_.persons[i];
    if (p.group) n.append_attribute("group").set_value("true");
    if (p.sex != Sex::Unknown) n.append_attribute("sex").set_value(p.sex == Sex::Male ? "M" : "F");
    if (!p.birth.empty()) n.append_attribute("birth").set_value(p.birth.c_str());
    if (!p.death.empty()) n.append_attribute("death").set_value(p.death.c_str());
    describe_names(n, p.names, p.idnos, p.note);
  }

 private:
  const Personography& persons_;
};

}  // namespace

std::vector<Mention> collect_mentions(const pugi::xml_document& x, const std::string& doc_id, const char* element) {
  std::vector<Mention> out;
  const std::string path = std::string("/*/*[local-name()='text']//*[local-name()='") + element + "'][@ref]";
  pugi::xpath_node_set names = x.select_nodes(path.c_str());
  for (const auto& xn : names) {
    pugi::xml_node n = xn.node();
    Mention m;
    m.doc = doc_id;
    m.text = source_reading(n);
    if (pugi::xml_node unit = enclosing_unit(n, m.n)) m.target = unit.attribute("xml:id").value();
    std::string refs = n.attribute("ref").value();
    std::size_t start = 0;
    while (start < refs.size()) {  // "#a #b": a mention of each
      std::size_t e = refs.find(' ', start);
      if (e == std::string::npos) e = refs.size();
      std::string r = refs.substr(start, e - start);
      if (r.size() > 1 && r[0] == '#') {
        m.entry = r.substr(1);
        out.push_back(m);
      }
      start = e + 1;
    }
  }
  return out;
}

std::vector<int> collation_order(const std::vector<std::string>& keys, const std::vector<std::string>& ids,
                                 const std::string& lang) {
  std::vector<int> order(keys.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCollator, void (*)(UCollator*)> coll(ucol_open(lang.c_str(), &err), ucol_close);
  if (U_FAILURE(err) || !coll) {
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys[a] < keys[b]; });
    return order;
  }
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    UErrorCode e = U_ZERO_ERROR;
    UCollationResult r = ucol_strcollUTF8(coll.get(), keys[a].data(), static_cast<int32_t>(keys[a].size()),
                                          keys[b].data(), static_cast<int32_t>(keys[b].size()), &e);
    if (r == UCOL_EQUAL) return ids[a] < ids[b];
    return r == UCOL_LESS;
  });
  return order;
}

std::vector<int> register_order(const Personography& persons, const std::string& lang) {
  std::vector<std::string> keys, ids;
  for (const auto& p : persons.persons) {
    keys.push_back(p.sort_name(lang));
    ids.push_back(p.id);
  }
  return collation_order(keys, ids, lang);
}

RegisterIndex::RegisterIndex(const Personography& persons, Scratch& scratch)
    : MentionRegister(std::make_unique<PersonEntries>(persons), scratch) {}

void MentionRegister::add(std::uint32_t doc, const std::vector<Mention>& mentions) {
  std::string blob;
  std::vector<Ref> refs;
  refs.reserve(mentions.size());
  std::uint32_t seq = 0;
  for (const auto& m : mentions) {
    const int entry = entries_->index_of(m.entry);
    if (entry < 0) continue;
    pugi::xml_document scratch;
    pugi::xml_node e = scratch.append_child("mention");
    e.append_attribute("doc").set_value(m.doc.c_str());
    if (!m.target.empty()) e.append_attribute("target").set_value(m.target.c_str());
    if (!m.n.empty()) e.append_attribute("n").set_value(m.n.c_str());
    e.append_child(pugi::node_pcdata).set_value(m.text.c_str());
    const std::size_t at = blob.size();
    serialize_node(blob, e, 0, true);
    refs.push_back({static_cast<std::uint32_t>(entry), doc, seq++, {at, static_cast<std::uint32_t>(blob.size() - at)}});
  }
  const Scratch::Span base = scratch_.append(blob);
  for (auto& r : refs) r.at.offset += base.offset;
  std::lock_guard<std::mutex> lock(mutex_);
  refs_.insert(refs_.end(), refs.begin(), refs.end());
  prepared_ = false;
}

std::size_t MentionRegister::size() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return refs_.size();
}

void MentionRegister::prepare(const std::string& lang) {
  if (prepared_ && lang == lang_) return;
  prepared_ = true;
  lang_ = lang;
  const std::size_t count = entries_->count();
  std::vector<std::string> keys, ids;
  for (std::size_t i = 0; i < count; ++i) {
    keys.push_back(entries_->sort_name(i, lang));
    ids.push_back(entries_->id(i));
  }
  order_ = collation_order(keys, ids, lang);
  std::vector<std::uint32_t> rank(count);
  for (std::size_t r = 0; r < order_.size(); ++r) rank[static_cast<std::size_t>(order_[r])] = static_cast<std::uint32_t>(r);
  // In register order, then in manifest and document order (documents finish in any order).
  std::sort(refs_.begin(), refs_.end(), [&](const Ref& a, const Ref& b) {
    if (a.entry != b.entry) return rank[a.entry] < rank[b.entry];
    if (a.doc != b.doc) return a.doc < b.doc;
    return a.seq < b.seq;
  });
  // The mentions of the entry at register position r: [first_[r], first_[r + 1]).
  first_.assign(order_.size() + 1, refs_.size());
  for (std::size_t i = refs_.size(); i-- > 0;) first_[rank[refs_[i].entry]] = i;
  for (std::size_t r = order_.size(); r-- > 0;) first_[r] = std::min(first_[r], first_[r + 1]);
  position_.assign(count, 0);
  for (std::size_t r = 0; r < order_.size(); ++r) position_[static_cast<std::size_t>(order_[r])] = r;
}

bool MentionRegister::write_entry(const TextSink& out, std::size_t r, std::size_t from, std::size_t to,
                                  const char* extra, const std::string& extra_value) {
  const auto entry = static_cast<std::size_t>(order_[r]);
  pugi::xml_document scratch;
  pugi::xml_node n = scratch.append_child(entries_->entry_element());
  n.append_attribute("id").set_value(entries_->id(entry).c_str());
  n.append_attribute("sort").set_value(static_cast<unsigned long long>(r + 1));
  n.append_child("sort-name").append_child(pugi::node_pcdata).set_value(entries_->sort_name(entry, lang_).c_str());
  entries_->describe(n, entry, lang_);
  n.append_attribute("mentions").set_value(static_cast<unsigned long long>(first_[r + 1] - first_[r]));
  if (extra) n.append_attribute(extra).set_value(extra_value.c_str());
  std::string text;
  serialize_node(text, n, 0, true);
  // The mentions go after the entry's own children (<sort-name> at least), read back in batches.
  const std::size_t close = text.rfind("</");
  out(std::string_view(text).substr(0, close));
  const bool ok = scratch_.copy(refs_.begin() + static_cast<std::ptrdiff_t>(from),
                                refs_.begin() + static_cast<std::ptrdiff_t>(to), [](const Ref& r) { return r.at; }, out);
  out(std::string_view(text).substr(close));
  return ok;
}

void MentionRegister::open_list(const TextSink& out) const { out(std::string("<") + entries_->list_element() + ">"); }
void MentionRegister::close_list(const TextSink& out) const { out(std::string("</") + entries_->list_element() + ">"); }

bool MentionRegister::write(const TextSink& out, const std::string& lang) {
  std::lock_guard<std::mutex> lock(mutex_);
  prepare(lang);
  open_list(out);
  bool ok = true;
  for (std::size_t r = 0; r < order_.size(); ++r) ok = write_entry(out, r, first_[r], first_[r + 1]) && ok;
  close_list(out);
  return ok;
}

std::vector<PagePart> MentionRegister::plan(const std::string& lang, std::size_t max) {
  std::lock_guard<std::mutex> lock(mutex_);
  prepare(lang);
  std::vector<PagePart> parts = split_parts(refs_.size(), max);
  for (auto& part : parts) {
    if (part.from == part.to) continue;
    part.first = entries_->sort_name(refs_[part.from].entry, lang);
    part.last = entries_->sort_name(refs_[part.to - 1].entry, lang);
  }
  return parts;
}

bool MentionRegister::write_part(const TextSink& out, const std::string& lang, const PagePart& part) {
  std::lock_guard<std::mutex> lock(mutex_);
  prepare(lang);
  open_list(out);
  bool ok = true;
  for (std::size_t k = part.from; k < part.to;) {
    const std::size_t r = position_[refs_[k].entry];
    const std::size_t to = std::min(part.to, first_[r + 1]);
    // An entry whose mentions began in the part before continues here.
    if (k > first_[r]) ok = write_entry(out, r, k, to, "continued", "true") && ok;
    else ok = write_entry(out, r, k, to) && ok;
    k = to;
  }
  close_list(out);
  return ok;
}

bool MentionRegister::write_overview(const TextSink& out, const std::string& lang, const std::vector<PagePart>& parts,
                                     const std::string& page) {
  std::lock_guard<std::mutex> lock(mutex_);
  prepare(lang);
  open_list(out);
  bool ok = true;
  std::size_t part = 0;
  for (std::size_t r = 0; r < order_.size(); ++r) {
    if (first_[r] == first_[r + 1] || parts.empty()) {
      ok = write_entry(out, r, 0, 0) && ok;
      continue;
    }
    while (part + 1 < parts.size() && parts[part].to <= first_[r]) ++part;
    ok = write_entry(out, r, 0, 0, "part", part_file(page, part + 1)) && ok;
  }
  close_list(out);
  return ok;
}

}  // namespace editio
