#include "corpus/tei_corpus.hpp"

#include <cstdint>
#include <cstring>
#include <filesystem>
#include <functional>
#include <initializer_list>
#include <sstream>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

#include <pugixml.hpp>

#include "util/fs.hpp"

namespace editio {
namespace {

constexpr const char* kTeiNamespace = "http://www.tei-c.org/ns/1.0";

// The attributes TEI types as pointers (teidata.pointer: the attributes
// tei_all.rng types as anyURI, less xml:base). A token of one that starts
// with '#' names an xml:id of the same file. Some (from, to, name, value)
// are pointers on some elements only, which does no harm: only a '#' token
// that names one of the document's own renamed xml:ids is ever rewritten.
constexpr const char* kPointerAttributes[] = {
    "active", "adj", "adjFrom", "adjTo", "ana", "calendar", "change", "children", "class", "code", "copyOf",
    "corresp", "datcat", "datingMethod", "datingPoint", "decls", "domains", "edRef", "end", "except", "exclude",
    "fVal", "facs", "feats", "filter", "follow", "from", "fromUnit", "given", "hand", "inst", "lemmaRef",
    "location", "mergedIn", "mutual", "name", "new", "next", "nymRef", "origin", "parent", "parts", "passive",
    "perf", "period", "prev", "property", "ref", "rendition", "replyTo", "require", "resp", "sameAs", "scheme",
    "scribeRef", "scriptRef", "select", "since", "source", "spanTo", "start", "synch", "target", "targetDatcat",
    "targetEnd", "to", "toUnit", "toWhom", "unitRef", "uri", "url", "value", "valueDatcat", "where", "who", "wit"};

bool is_pointer_attribute(const char* name) {
  for (const char* p : kPointerAttributes)
    if (std::strcmp(p, name) == 0) return true;
  return false;
}

bool named(pugi::xml_node n, std::initializer_list<const char*> names) {
  for (const char* name : names)
    if (std::strcmp(n.name(), name) == 0) return true;
  return false;
}

std::string xml_id(pugi::xml_node n) { return n.attribute("xml:id").value(); }

// The entries a document copies from what all documents share: the
// editors and responsibilities of the manifest (editor and respStmt of the
// titleStmt, written with the manifest's ids), the persons of the
// personography (person and personGrp of particDesc/listPerson, with the
// personography's ids) and the gazetteer's organisations (org of
// particDesc/listOrg) and places (place of settingDesc/listPlace); only
// those with an xml:id, which pointers name.
std::vector<pugi::xml_node> shareable_entries(pugi::xml_node tei) {
  std::vector<pugi::xml_node> out;
  pugi::xml_node header = tei.child("teiHeader");
  for (pugi::xml_node c : header.child("fileDesc").child("titleStmt").children())
    if (named(c, {"editor", "respStmt"}) && c.attribute("xml:id")) out.push_back(c);
  auto entries = [&](const char* desc, const char* list_name, std::initializer_list<const char*> entry_names) {
    for (pugi::xml_node d : header.child("profileDesc").children(desc))
      for (pugi::xml_node list : d.children(list_name))
        for (pugi::xml_node e : list.children())
          if (named(e, entry_names) && e.attribute("xml:id")) out.push_back(e);
  };
  entries("particDesc", "listPerson", {"person", "personGrp"});
  entries("particDesc", "listOrg", {"org"});
  entries("settingDesc", "listPlace", {"place"});
  return out;
}

// Which list of the corpus header a shared entry goes to.
enum class SharedList { Title, Persons, Orgs, Places };

SharedList list_of(pugi::xml_node entry) {
  if (named(entry, {"person", "personGrp"})) return SharedList::Persons;
  if (named(entry, {"org"})) return SharedList::Orgs;
  if (named(entry, {"place"})) return SharedList::Places;
  return SharedList::Title;
}

// The ids of a document that the corpus gives another value: old -> new.
using Renamed = std::unordered_map<std::string, std::string>;

// `value` (a pointer attribute's) with each '#' token that names a renamed
// id pointing at its new value, the tokens one space apart; empty when no
// token changed.
std::string repointed(const char* value, const Renamed& renamed) {
  std::istringstream tokens(value);
  std::string token, out;
  bool changed = false;
  while (tokens >> token) {
    if (token[0] == '#')
      if (const auto it = renamed.find(token.substr(1)); it != renamed.end()) {
        token = "#" + it->second;
        changed = true;
      }
    out += (out.empty() ? "" : " ") + token;
  }
  return changed ? out : std::string();
}

// An element on one line, without layout: the same entry copied at any
// depth of any document gives the same string.
std::string compact(pugi::xml_node n) {
  std::string s;
  serialize_node(s, n, 0, true);
  return s;
}

// Parses `xml` (compact) and appends it to `parent`; returns the new node.
pugi::xml_node append_compact(pugi::xml_node parent, const std::string& xml) {
  parent.append_buffer(xml.data(), xml.size(), pugi::parse_default | pugi::parse_ws_pcdata, pugi::encoding_utf8);
  return parent.last_child();
}

pugi::xml_node add_text(pugi::xml_node parent, const char* name, const std::string& text) {
  pugi::xml_node n = parent.append_child(name);
  n.append_child(pugi::node_pcdata).set_value(text.c_str());
  return n;
}

// Writes the corpus in two passes over the documents: gather() finds what
// goes into the header, copy() writes each TEI with its ids made unique.
class CorpusWriter {
 public:
  CorpusWriter(const Edition& edition, const ReadWrittenTei& read, const TextSink& out, CorpusSummary& summary,
               std::string& why)
      : edition_(edition), read_(read), out_(out), summary_(summary), why_(why) {}

  bool run(std::size_t count) {
    pugi::xml_document doc;
    pugi::xml_node tei;
    for (std::size_t i = 0; i < count; ++i) {
      if (!load(i, doc, tei)) return false;
      gather(doc, tei, i == 0);
    }
    write_head();
    for (std::size_t i = 0; i < count; ++i) {
      if (!load(i, doc, tei)) return false;
      copy(tei);
    }
    out_("</teiCorpus>\n");
    return true;
  }

 private:
  bool load(std::size_t i, pugi::xml_document& doc, pugi::xml_node& tei);
  void gather(const pugi::xml_document& doc, pugi::xml_node tei, bool first);
  void write_head();
  void write_shared_lists(pugi::xml_node header);
  void copy(pugi::xml_node tei);
  void drop_shared(pugi::xml_node tei);
  Renamed rename_own(pugi::xml_node tei);
  void rewrite_pointers(pugi::xml_node tei, const Renamed& renamed);

  // The ids given out are kept as hashes, so that memory does not grow with
  // the text of every id of the edition: a false match only gives an id that
  // was free a suffix, and the file stays the same from build to build.
  static std::uint64_t hash(std::string_view id) { return std::hash<std::string_view>{}(id); }
  bool taken(const std::string& id) const { return taken_.count(hash(id)) > 0; }
  void take(const std::string& id) { taken_.insert(hash(id)); }

  const Edition& edition_;
  const ReadWrittenTei& read_;
  const TextSink& out_;
  CorpusSummary& summary_;
  std::string& why_;
  std::unordered_map<std::string, std::string> shared_;  // xml:id of an entry -> its first copy, compact
  std::vector<std::string> title_entries_, persons_, orgs_, places_;  // their ids, in the order first met
  std::string prolog_, edition_stmt_, publication_stmt_;  // of the first document
  std::unordered_set<std::uint64_t> taken_;
};

bool CorpusWriter::load(std::size_t i, pugi::xml_document& doc, pugi::xml_node& tei) {
  std::string text;
  if (!read_(i, text, why_)) return false;
  // As load_written_tei parses, and with the processing instructions (the
  // first document's name the schemas).
  const bool xml = doc.load_buffer(text.data(), text.size(), pugi::parse_default | pugi::parse_ws_pcdata | pugi::parse_pi);
  if (!xml || !(tei = doc.child("TEI"))) {
    why_ = "not a TEI document (its root is not <TEI>, or it is not XML)";
    return false;
  }
  if (xml_id(tei).empty()) {
    why_ = "its <TEI> has no xml:id, which the corpus needs to tell its ids from other documents'";
    return false;
  }
  strip_layout(doc);  // written again one level deeper
  return true;
}

// Pass 1: the shared entries (the first copy of each), the document's id
// (reserved, so that no id made unique takes it), and from the first
// document its processing instructions, editionStmt and publicationStmt.
void CorpusWriter::gather(const pugi::xml_document& doc, pugi::xml_node tei, bool first) {
  take(xml_id(tei));
  for (pugi::xml_node e : shareable_entries(tei)) {
    const std::string id = xml_id(e);
    if (shared_.count(id)) continue;
    shared_.emplace(id, compact(e));
    switch (list_of(e)) {
      case SharedList::Title: title_entries_.push_back(id); break;
      case SharedList::Persons: persons_.push_back(id); break;
      case SharedList::Orgs: orgs_.push_back(id); break;
      case SharedList::Places: places_.push_back(id); break;
    }
    for (const pugi::xpath_node& x : e.select_nodes("descendant-or-self::*[@xml:id]")) take(xml_id(x.node()));
  }
  if (!first) return;
  for (pugi::xml_node n : doc.children())
    if (n.type() == pugi::node_pi) serialize_node(prolog_, n, 0);
  pugi::xml_node file_desc = tei.child("teiHeader").child("fileDesc");
  if (pugi::xml_node es = file_desc.child("editionStmt")) edition_stmt_ = compact(es);
  if (pugi::xml_node ps = file_desc.child("publicationStmt")) publication_stmt_ = compact(ps);
}

// The XML declaration, the first document's processing instructions (the
// schemas, named relatively: the corpus lies beside the documents), the
// start of the teiCorpus and its header.
void CorpusWriter::write_head() {
  pugi::xml_document doc;
  pugi::xml_node header = doc.append_child("teiHeader");
  pugi::xml_node file_desc = header.append_child("fileDesc");
  pugi::xml_node title_stmt = file_desc.append_child("titleStmt");
  add_text(title_stmt, "title", edition_.title).append_attribute("type").set_value("main");
  if (!edition_.subtitle.empty())
    add_text(title_stmt, "title", edition_.subtitle).append_attribute("type").set_value("sub");
  for (const auto& id : title_entries_) append_compact(title_stmt, shared_[id]);
  if (!edition_stmt_.empty()) append_compact(file_desc, edition_stmt_);
  // The edition's publisher, date and licence, as the first document has them, less its own idno.
  pugi::xml_node pub = publication_stmt_.empty() ? file_desc.append_child("publicationStmt")
                                                 : append_compact(file_desc, publication_stmt_);
  while (pugi::xml_node idno = pub.child("idno")) pub.remove_child(idno);
  if (!pub.first_child()) add_text(pub, "publisher", edition_.publisher);
  add_text(file_desc.append_child("sourceDesc"), "p",
           "Born digital: the documents of the edition, each with the description of its source in its own "
           "teiHeader.");
  write_shared_lists(header);
  std::string s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + prolog_ + "<teiCorpus xmlns=\"" + kTeiNamespace +
                  "\" xml:lang=\"";
  append_escaped(s, edition_.language.c_str(), true);
  s += "\">\n";
  serialize_node(s, header, 1);
  out_(s);
}

// The header's profileDesc, as a document's: particDesc with the shared
// persons (listPerson) and organisations (listOrg), settingDesc with the
// shared places (listPlace); none when nothing is shared.
void CorpusWriter::write_shared_lists(pugi::xml_node header) {
  const struct {
    const std::vector<std::string>* ids;
    const char* desc;
    const char* list;
  } lists[] = {{&persons_, "particDesc", "listPerson"}, {&orgs_, "particDesc", "listOrg"},
               {&places_, "settingDesc", "listPlace"}};
  pugi::xml_node profile;
  for (const auto& l : lists) {
    if (l.ids->empty()) continue;
    if (!profile) profile = header.append_child("profileDesc");
    pugi::xml_node desc = profile.child(l.desc);
    if (!desc) desc = profile.append_child(l.desc);
    pugi::xml_node list = desc.append_child(l.list);
    for (const auto& id : *l.ids) append_compact(list, shared_[id]);
  }
  summary_.persons = persons_.size();
  summary_.orgs = orgs_.size();
  summary_.places = places_.size();
}

// Pass 2: one document's TEI, without the entries the header holds for it,
// its own ids made unique and its pointers following them.
void CorpusWriter::copy(pugi::xml_node tei) {
  drop_shared(tei);
  rewrite_pointers(tei, rename_own(tei));
  if (std::strcmp(tei.attribute("xmlns").value(), kTeiNamespace) == 0) tei.remove_attribute("xmlns");
  std::string s;
  serialize_node(s, tei, 1);
  out_(s);
  ++summary_.documents;
}

// Removes the entries that are the header's own copy (same id, same
// content); a listPerson, listOrg or listPlace left empty goes too, and so
// does its particDesc or settingDesc when nothing is left in it. An entry
// that differs from the header's stays, and is renamed as the document's own.
void CorpusWriter::drop_shared(pugi::xml_node tei) {
  for (pugi::xml_node e : shareable_entries(tei)) {
    const auto it = shared_.find(xml_id(e));
    if (it == shared_.end() || it->second != compact(e)) continue;
    pugi::xml_node parent = e.parent();
    parent.remove_child(e);
    if (named(parent, {"listPerson", "listOrg", "listPlace"}) && !parent.first_child()) {
      pugi::xml_node partic = parent.parent();
      partic.remove_child(parent);
      if (!partic.first_child()) partic.parent().remove_child(partic);
    }
  }
}

// Gives each xml:id of the document left (all but the TEI's own) a value
// no other element of the corpus has: prefixed with the document id when
// it is not already, suffixed -2, -3... when taken. Those that already had
// the prefix go first, so that they keep their value where they can.
// Returns the ids that changed, old value -> new.
Renamed CorpusWriter::rename_own(pugi::xml_node tei) {
  const std::string prefix = xml_id(tei) + "-";
  std::vector<pugi::xml_node> prefixed, others;
  for (const pugi::xpath_node& x : tei.select_nodes(".//*[@xml:id]"))
    (xml_id(x.node()).rfind(prefix, 0) == 0 ? prefixed : others).push_back(x.node());
  Renamed renamed;
  for (const auto* group : {&prefixed, &others}) {
    for (pugi::xml_node n : *group) {
      const std::string old = xml_id(n);
      const std::string base = group == &prefixed ? old : prefix + old;
      std::string id = base;
      for (int k = 2; taken(id); ++k) id = base + "-" + std::to_string(k);
      take(id);
      if (id == old) continue;
      n.attribute("xml:id").set_value(id.c_str());
      renamed.emplace(old, id);
      ++summary_.renamed;
    }
  }
  return renamed;
}

// Rewrites each '#' token of the document's pointer attributes that names
// a renamed id; other tokens (shared entries, URLs, other files) stay.
void CorpusWriter::rewrite_pointers(pugi::xml_node tei, const Renamed& renamed) {
  if (renamed.empty()) return;
  for (const pugi::xpath_node& x : tei.select_nodes("descendant-or-self::*[@*]")) {
    for (pugi::xml_attribute a : x.node().attributes()) {
      if (!std::strchr(a.value(), '#') || !is_pointer_attribute(a.name())) continue;
      const std::string value = repointed(a.value(), renamed);
      if (!value.empty()) a.set_value(value.c_str());
    }
  }
}

}  // namespace

bool write_tei_corpus(const Edition& edition, std::size_t count, const ReadWrittenTei& read, const TextSink& out,
                      CorpusSummary& summary, std::string& why) {
  summary = {};
  if (count == 0) {
    why = "a teiCorpus needs at least one document";
    return false;
  }
  return CorpusWriter(edition, read, out, summary, why).run(count);
}

bool write_tei_corpus_file(const std::string& path, const Edition& edition, const std::vector<std::string>& tei_paths,
                           CorpusSummary& summary, std::string& why) {
  fs::AtomicFile file;
  std::size_t at = 0;  // the document being read, named in `why`
  const ReadWrittenTei read = [&](std::size_t i, std::string& tei, std::string& w) {
    at = i;
    return fs::read_file(tei_paths[i], tei, w);
  };
  bool ok = file.open(path, why);
  if (ok && !write_tei_corpus(edition, tei_paths.size(), read, [&](std::string_view s) { file.write(s); }, summary,
                              why)) {
    if (!tei_paths.empty()) why = tei_paths[at] + ": " + why;
    ok = false;
  }
  if (ok) ok = file.commit(why);
  if (!ok) {
    std::error_code ec;
    std::filesystem::remove(path, ec);
  }
  return ok;
}

}  // namespace editio
