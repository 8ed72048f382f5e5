#include "site/search.hpp"

#include <unordered_map>

#include <libstemmer.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <map>
#include <set>

#include <pugixml.hpp>

#include "corpus/tei_text.hpp"
#include "util/fs.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

// The index (html/search-index.js) is one statement:
//
//   window.EDITIO_SEARCH_INDEX={"version":1,
//   "docs":[["id","title","lang"],...],
//   "passages":[[doc,"anchor","label","text"],...  or [doc,"anchor","label","text","lang"]],
//   "words":[[stem?,"form",[passage,...],"form",[passage,...],...],...]};
//
// - docs: the documents in edition order; doc in a passage is an index into it.
// - passages: in document order. An anchor starting with "-" abbreviates the
//   usual "{doc id}-..." ("-p5" in document "x" is "x-p5"; an XML id never
//   starts with "-"). label: see Passage. lang only when the passage's
//   language differs from its document's.
// - words: the inverted index, word form -> passages, grouped by Snowball
//   stem (stem -> word forms): one group per stem, its forms and after each
//   form the passages holding it (ascending indexes into passages). Every
//   normalized word of two or more characters is there. A group of odd length
//   starts with its stem: a number n when the stem is the first n characters
//   (code points) of the group's first form, else the stem itself; a group of
//   even length is one form that is its own stem.
//   ["петров",[0,3]] is the form петров, stem петров;
//   [6,"петрова",[1],"петрову",[2]] has the stem петров.
// Groups are sorted by stem, forms within a group by form (UTF-8 bytes), so
// the file is the same for the same edition.
//
// A larger edition is split (SearchIndexWriter): search-index.js is then
//
//   window.EDITIO_SEARCH_INDEX={"version":1,
//   "docs":[["id","title","lang"],...],
//   "shards":["search/0001.js",...]};
//
// and each shard (a path relative to search-index.js) is
//
//   (window.EDITIO_SEARCH_SHARDS=window.EDITIO_SEARCH_SHARDS||{})["search/0001.js"]={"version":1,
//   "docs":[...],"passages":[...],"words":[...]};
//
// an index of the format above for the documents of one group: its docs are
// those of the global list that it holds (in order; doc and passage numbers
// are its own), and its word groups are by Snowball stem only, without the
// surname merge, which needs every form of the edition: the reader merges
// the shards in order (passage numbers shifted by the passages before) and
// merges surname groups as stem_groups() does.

namespace editio {
namespace {

bool is_name(pugi::xml_node n, const char* name) { return std::strcmp(n.name(), name) == 0; }

bool in(const char* name, std::initializer_list<const char*> names) {
  for (const char* x : names)
    if (std::strcmp(name, x) == 0) return true;
  return false;
}

// Units that become passages of their own when they carry an xml:id (notes:
// always, except insertions that stand in the text).
bool is_unit(const char* name) {
  return in(name, {"p", "ab", "head", "item", "l", "lg", "div", "div1", "div2", "div3", "div4", "div5", "div6",
                   "div7", "list", "table", "row", "cell", "figure", "sp", "speaker", "opener", "closer",
                   "postscript", "trailer", "byline", "epigraph", "argument", "floatingText", "listBibl",
                   "castList", "front", "body", "back"});
}

// Elements whose text is separated from its neighbours' (a space before and after).
bool is_spaced(const char* name) {
  return is_unit(name) ||
         in(name, {"dateline", "signed", "salute", "address", "addrLine", "docAuthor", "docDate", "docTitle",
                   "titlePart"});
}

std::string label_of(pugi::xml_node e) {
  const std::string n = e.attribute("n").value();
  if (is_name(e, "note")) return "n" + n;
  if (is_name(e, "head")) return "h";
  if (is_name(e, "item")) return "i" + n;
  if (is_name(e, "p") || is_name(e, "ab")) return "p" + n;
  if (is_name(e, "opener")) return "o";
  if (is_name(e, "closer")) return "c";
  if (std::strncmp(e.name(), "div", 3) == 0) return "t" + n;
  return "x" + n;
}

std::string lang_of(pugi::xml_node e, const std::string& inherited) {
  pugi::xml_attribute a = e.attribute("xml:lang");
  if (a && *a.value()) return a.value();
  return inherited;
}

class Collector {
 public:
  Collector(std::vector<Passage>& out, const std::string& doc) : out_(out), doc_(doc) {}

  std::size_t open(pugi::xml_node e, const std::string& anchor, const std::string& lang) {
    Passage p;
    p.doc = doc_;
    p.anchor = anchor;
    p.label = e ? label_of(e) : "o";
    p.lang = lang;
    out_.push_back(std::move(p));
    return out_.size() - 1;
  }

  void children(pugi::xml_node n, std::size_t cur, const std::string& lang) {
    for (pugi::xml_node c : n.children()) node(c, cur, lang);
  }

  void node(pugi::xml_node c, std::size_t cur, const std::string& lang) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out_[cur].text += c.value();
      return;
    }
    if (c.type() != pugi::node_element) return;
    const char* name = c.name();
    if (in(name, {"figDesc", "teiHeader"})) return;
    if (is_name(c, "lb") || is_name(c, "cb")) {
      if (std::strcmp(c.attribute("break").value(), "no") != 0) out_[cur].text += ' ';
      return;
    }
    if (is_name(c, "choice")) {  // the corrected reading
      pugi::xml_node pick;
      for (pugi::xml_node k : c.children())
        if (k.type() == pugi::node_element && in(k.name(), {"corr", "reg", "expan"})) {
          pick = k;
          break;
        }
      if (!pick) pick = c.first_child();
      while (pick && pick.type() != pugi::node_element) pick = pick.next_sibling();
      if (pick) children(pick, cur, lang_of(pick, lang));
      return;
    }
    const std::string l = lang_of(c, lang);
    const char* id = c.attribute("xml:id").value();
    const bool spaced = is_spaced(name);
    if (is_name(c, "note")) {
      const bool inline_insertion = std::strcmp(c.attribute("type").value(), "insertion") == 0 &&
                                    std::strcmp(c.attribute("place").value(), "inline") == 0;
      if (inline_insertion) {
        children(c, cur, l);
        return;
      }
      // A note is found at its call site; it is a passage of its own. One
      // without an id is found where it is called.
      std::string anchor = *id ? std::string(id) : out_[cur].anchor;
      std::size_t k = open(c, anchor, l);
      children(c, k, l);
      return;
    }
    if (*id && is_unit(name)) {
      std::size_t k = open(c, id, l);
      children(c, k, l);
      out_[cur].text += ' ';  // the text around it continues after a break
      return;
    }
    if (spaced) out_[cur].text += ' ';
    children(c, cur, l);
    if (spaced) out_[cur].text += ' ';
  }

 private:
  std::vector<Passage>& out_;
  const std::string& doc_;
};


bool is_word_char(char32_t c) {
  if (c == 0xAD || c == 0x200C || c == 0x200D || c == 0x2060) return true;
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0;
}

bool is_dropped(char32_t c) { return c == 0xAD || c == 0x200C || c == 0x200D || c == 0x2060; }

std::size_t code_points(std::string_view s) { return utf8::count_code_points(s, 0, s.size()); }

}  // namespace

std::vector<Passage> collect_passages(const std::string& tei, const std::string& doc_id) {
  pugi::xml_document x;
  if (!load_written_tei(x, tei)) return {};
  return collect_passages(x, doc_id);
}

std::vector<Passage> collect_passages(const pugi::xml_document& x, const std::string& doc_id) {
  std::vector<Passage> out;
  pugi::xml_node root = x.document_element();
  pugi::xml_node text = root.child("text");
  if (!text) return out;
  const std::string lang = lang_of(text, lang_of(root, ""));
  Collector c(out, doc_id);
  std::size_t top = c.open(pugi::xml_node(), "", lang);  // text in no unit with an id
  c.children(text, top, lang);
  std::vector<Passage> kept;
  for (auto& p : out) {
    p.text = squeeze_space(p.text);
    if (!p.text.empty()) kept.push_back(std::move(p));
  }
  return kept;
}

std::string search_normalize(std::string_view word) {
  bool ascii = true;
  for (char ch : word)
    if (static_cast<unsigned char>(ch) >= 0x80) ascii = false;
  if (ascii) {
    std::string out(word);
    for (char& ch : out)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
  }
  std::string kept;
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = utf8::next(word, i);
    if (!is_dropped(c)) utf8::append(kept, c);
  }
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(kept);
  u.toLower(icu::Locale::getRoot());
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return kept;
  icu::UnicodeString d = nfd->normalize(u, err);
  if (U_FAILURE(err)) return kept;
  // Marks go, except the breve of й (и + U+0306), a letter of its own.
  icu::UnicodeString bare;
  UChar32 before = 0;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    const bool breve_of_short_i = c == 0x0306 && before == 0x0438;
    before = c;
    if ((U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) {
      if (breve_of_short_i) bare.setCharAt(bare.length() - 1, 0x0439);
      continue;
    }
    bare.append(c);
  }
  icu::UnicodeString composed = nfc->normalize(bare, err);
  std::string out;
  composed.toUTF8String(out);
  return out;
}

std::vector<std::string> search_words(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t b = i;
    char32_t c = utf8::next(text, i);
    if (!is_word_char(c)) continue;
    std::size_t e = i;
    while (e < text.size()) {
      std::size_t k = e;
      if (!is_word_char(utf8::next(text, k))) break;
      e = k;
    }
    i = e;
    // Words recur: the ICU normalization of each distinct word is done once
    // per thread (the cache is bounded; ASCII words are cheap anyway).
    thread_local std::unordered_map<std::string, std::string> normalized;
    const std::string_view raw = text.substr(b, e - b);
    auto hit = normalized.find(std::string(raw));
    if (hit == normalized.end()) {
      if (normalized.size() > 200000) normalized.clear();
      hit = normalized.emplace(std::string(raw), search_normalize(raw)).first;
    }
    const std::string& w = hit->second;
    if (!w.empty()) out.push_back(w);
  }
  return out;
}

SearchStemmer::SearchStemmer()
    : russian_(sb_stemmer_new("russian", "UTF_8")), english_(sb_stemmer_new("english", "UTF_8")) {}

SearchStemmer::~SearchStemmer() {
  if (russian_) sb_stemmer_delete(russian_);
  if (english_) sb_stemmer_delete(english_);
}

std::string SearchStemmer::stem(const std::string& word) {
  int cyrillic = 0, latin = 0;
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = utf8::next(word, i);
    if (!utf8::is_letter(c)) continue;
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript(static_cast<UChar32>(c), &err);
    if (s == USCRIPT_CYRILLIC) ++cyrillic;
    else if (s == USCRIPT_LATIN) ++latin;
  }
  sb_stemmer* st = nullptr;
  if (cyrillic > 0 && cyrillic >= latin) st = russian_;
  else if (latin > 0) st = english_;
  if (!st) return word;
  const sb_symbol* r = sb_stemmer_stem(st, reinterpret_cast<const sb_symbol*>(word.data()),
                                       static_cast<int>(word.size()));
  if (!r) return word;
  std::string out(reinterpret_cast<const char*>(r), static_cast<std::size_t>(sb_stemmer_length(st)));
  if (out.empty()) return word;
  return out;
}

namespace {

// Forms by stem; `surnames`: with the merge of surname groups.
std::map<std::string, std::vector<std::string>> group_forms(const std::vector<std::string>& forms, bool surnames) {
  SearchStemmer stemmer;
  std::map<std::string, std::vector<std::string>> groups;
  std::vector<std::pair<std::string, std::string>> stemmed;  // (form, stem)
  for (const auto& f : forms) {
    stemmed.emplace_back(f, stemmer.stem(f));
    groups[stemmed.back().second].push_back(f);
  }
  // Russian surnames in -ов/-ев: the stemmer reads the nominative (Петров)
  // as a genitive plural and cuts the ending (петр), while the other cases
  // (Петрова, Петрову, Петровым) keep it (петров). When a form is the stem
  // of other forms, its own stem's group joins that one.
  std::map<std::string, std::string> moved;  // stem -> the stem its group went to
  auto resolve = [&](std::string s) {
    for (auto m = moved.find(s); m != moved.end(); m = moved.find(s)) s = m->second;
    return s;
  };
  for (const auto& [form, stem] : stemmed) {
    if (!surnames) break;
    if (form == stem || form.compare(0, stem.size(), stem) != 0 || !groups.count(form)) continue;
    const std::string ending = form.substr(stem.size());
    if (ending != "ов" && ending != "ев" && ending != "ьев") continue;
    const std::string from = resolve(stem), to = resolve(form);
    if (from == to) continue;
    auto& target = groups[to];
    auto& source = groups[from];
    target.insert(target.end(), source.begin(), source.end());
    groups.erase(from);
    moved[from] = to;
  }
  for (auto& g : groups) std::sort(g.second.begin(), g.second.end());
  return groups;
}

}  // namespace

std::map<std::string, std::vector<std::string>> stem_groups(const std::vector<std::string>& forms) {
  return group_forms(forms, true);
}

std::string js_string(std::string_view s) {
  static const char* hex = "0123456789abcdef";
  std::string out;
  out.reserve(s.size() + 2);
  out += '"';
  auto u = [&](unsigned v) {
    out += "\\u";
    for (int shift = 12; shift >= 0; shift -= 4) out += hex[(v >> shift) & 0xF];
  };
  for (std::size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      case '<': u(c); break;  // no "</script>" or "<!--" in a script
      default:
        if (c < 0x20 || c == 0x7F) {
          u(c);
        } else if (c == 0xE2 && i + 2 < s.size() && static_cast<unsigned char>(s[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(s[i + 2]) == 0xA8 || static_cast<unsigned char>(s[i + 2]) == 0xA9)) {
          u(static_cast<unsigned char>(s[i + 2]) == 0xA8 ? 0x2028 : 0x2029);  // line separators end a JS line
          i += 2;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  out += '"';
  return out;
}

namespace {

void append_docs(std::string& js, const std::vector<SearchDocument>& docs) {
  js += "\"docs\":[";
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (i) js += ',';
    js += '\n';
    js += '[' + js_string(docs[i].id) + ',' + js_string(docs[i].title) + ',' + js_string(docs[i].lang) + ']';
  }
  js += ']';
}

// The members docs, passages and words of an index object; `surnames`: see
// group_forms.
void append_index(std::string& js, const std::vector<SearchDocument>& docs, const std::vector<Passage>& passages,
                  bool surnames) {
  std::map<std::string, std::size_t> doc_index;
  for (std::size_t i = 0; i < docs.size(); ++i) doc_index.emplace(docs[i].id, i);

  append_docs(js, docs);
  js += ",\n\"passages\":[";

  std::unordered_map<std::string, std::vector<std::size_t>> postings;
  std::size_t count = 0;
  for (const Passage& p : passages) {
    auto d = doc_index.find(p.doc);
    if (d == doc_index.end()) continue;
    const SearchDocument& doc = docs[d->second];
    const std::size_t index = count++;
    if (index) js += ',';
    js += '\n';
    std::string anchor(1, '-');
    const std::size_t skip = doc.id.size();
    if (p.anchor.size() > skip + 1 && p.anchor.compare(0, skip, doc.id) == 0 && p.anchor[skip] == '-')
      anchor.append(p.anchor, skip + 1, std::string::npos);
    else
      anchor = p.anchor;
    js += '[' + std::to_string(d->second) + ',' + js_string(anchor) + ',' + js_string(p.label) + ',' +
          js_string(p.text);
    if (!p.lang.empty() && p.lang != doc.lang) js += ',' + js_string(p.lang);
    js += ']';
    for (std::string& w : search_words(p.text)) {
      if (code_points(w) < 2) continue;
      std::vector<std::size_t>& list = postings[std::move(w)];
      if (list.empty() || list.back() != index) list.push_back(index);
    }
  }

  std::vector<std::string> all;
  all.reserve(postings.size());
  for (const auto& entry : postings) all.push_back(entry.first);
  std::sort(all.begin(), all.end());  // the index's order does not depend on the hash table's
  js += "],\n\"words\":[";
  bool first = true;
  for (const auto& [stem, forms] : group_forms(all, surnames)) {
    js += first ? "\n[" : ",\n[";
    first = false;
    if (forms.size() != 1 || forms[0] != stem) {
      const std::string& lead = forms[0];
      if (!stem.empty() && lead.compare(0, stem.size(), stem) == 0)
        js += std::to_string(code_points(stem));
      else
        js += js_string(stem);
      js += ',';
    }
    for (std::size_t f = 0; f < forms.size(); ++f) {
      if (f) js += ',';
      js += js_string(forms[f]) + ",[";
      const std::vector<std::size_t>& list = postings[forms[f]];
      for (std::size_t i = 0; i < list.size(); ++i) {
        if (i) js += ',';
        js += std::to_string(list[i]);
      }
      js += ']';
    }
    js += ']';
  }
  js += ']';
}

const char* const kIndexComment = "/* Editio search index: generated by `editio build`, read by search.js. */\n";

}  // namespace

std::string search_index_js(const std::vector<SearchDocument>& docs, const std::vector<Passage>& passages) {
  std::string js = kIndexComment;
  js += "window.EDITIO_SEARCH_INDEX={\"version\":1,\n";
  append_index(js, docs, passages, true);
  js += "};\n";
  return js;
}

SearchIndexWriter::SearchIndexWriter(std::string html_dir, std::vector<SearchDocument> docs,
                                     const std::vector<std::size_t>& bytes, std::size_t shard_bytes)
    : html_dir_(std::move(html_dir)), docs_(std::move(docs)), group_of_(docs_.size()),
      state_(docs_.size(), State::Pending) {
  std::size_t size = 0;
  for (std::size_t i = 0; i < docs_.size(); ++i) {
    const std::size_t b = i < bytes.size() ? bytes[i] : 0;
    if (groups_.empty() || (size > 0 && size + b > shard_bytes)) {
      groups_.emplace_back();
      groups_.back().first = i;
      size = 0;
    }
    size += b;
    Group& g = groups_.back();
    g.end = i + 1;
    ++g.pending;
    group_of_[i] = groups_.size() - 1;
  }
  for (Group& g : groups_) g.passages.resize(g.end - g.first);
}

std::string SearchIndexWriter::shard_name(std::size_t g) const {
  char buf[32];
  std::snprintf(buf, sizeof buf, "search/%04zu.js", g + 1);
  return buf;
}

void SearchIndexWriter::add(std::size_t doc, std::vector<Passage> passages) { report(doc, State::Added, &passages); }

void SearchIndexWriter::skip(std::size_t doc) { report(doc, State::Skipped, nullptr); }

void SearchIndexWriter::report(std::size_t doc, State s, std::vector<Passage>* passages) {
  std::vector<std::vector<Passage>> done;
  std::size_t g = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (doc >= docs_.size() || state_[doc] != State::Pending) return;
    state_[doc] = s;
    g = group_of_[doc];
    Group& group = groups_[g];
    if (passages) group.passages[doc - group.first] = std::move(*passages);
    if (--group.pending > 0) return;
    done.swap(group.passages);
  }
  write_group(g, std::move(done));  // outside the lock: other documents go on
}

// A complete group: its shard, or search-index.js when it is the only one.
void SearchIndexWriter::write_group(std::size_t g, std::vector<std::vector<Passage>> passages) {
  const Group& group = groups_[g];  // first and end do not change
  std::vector<SearchDocument> docs;
  std::vector<Passage> all;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    for (std::size_t i = group.first; i < group.end; ++i)
      if (state_[i] == State::Added) docs.push_back(docs_[i]);
  }
  for (auto& ps : passages) {
    all.insert(all.end(), std::make_move_iterator(ps.begin()), std::make_move_iterator(ps.end()));
    std::vector<Passage>().swap(ps);
  }
  std::string js, path, why;
  if (groups_.size() <= 1) {
    js = search_index_js(docs, all);
    path = html_dir_ + "/search-index.js";
  } else {
    if (docs.empty()) return;  // no shard
    const std::string name = shard_name(g);
    js = kIndexComment;
    js += "(window.EDITIO_SEARCH_SHARDS=window.EDITIO_SEARCH_SHARDS||{})[" + js_string(name) + "]={\"version\":1,\n";
    append_index(js, docs, all, false);
    js += "};\n";
    path = html_dir_ + "/" + name;
  }
  std::vector<Passage>().swap(all);
  const bool ok = fs::write_atomic(path, js, why);
  std::lock_guard<std::mutex> lock(mutex_);
  if (ok) groups_[g].listed = true;
  else errors_.emplace_back(path, "cannot write: " + why);
}

void SearchIndexWriter::finish(Diagnostics& d) {
  for (std::size_t i = 0; i < docs_.size(); ++i) skip(i);  // those never reported
  std::lock_guard<std::mutex> lock(mutex_);
  std::set<std::string> shards;
  if (groups_.empty()) {  // no document at all
    const std::string path = html_dir_ + "/search-index.js";
    std::string why;
    if (!fs::write_atomic(path, search_index_js({}, {}), why)) errors_.emplace_back(path, "cannot write: " + why);
  } else if (groups_.size() > 1) {
    std::vector<SearchDocument> docs;
    for (std::size_t i = 0; i < docs_.size(); ++i)
      if (state_[i] == State::Added) docs.push_back(docs_[i]);
    std::string js = kIndexComment;
    js += "window.EDITIO_SEARCH_INDEX={\"version\":1,\n";
    append_docs(js, docs);
    js += ",\n\"shards\":[";
    bool first = true;
    for (std::size_t g = 0; g < groups_.size(); ++g) {
      if (!groups_[g].listed) continue;
      const std::string name = shard_name(g);
      shards.insert(name.substr(name.find('/') + 1));
      js += first ? "\n" : ",\n";
      first = false;
      js += js_string(name);
    }
    js += "]};\n";
    const std::string path = html_dir_ + "/search-index.js";
    std::string why;
    if (!fs::write_atomic(path, js, why)) errors_.emplace_back(path, "cannot write: " + why);
  }
  // Shards of an earlier build that this one did not write.
  namespace sfs = std::filesystem;
  const sfs::path dir = sfs::path(html_dir_) / "search";
  std::error_code ec;
  if (sfs::is_directory(dir, ec)) {
    std::vector<sfs::path> stale;
    for (const auto& e : sfs::directory_iterator(dir, ec)) {
      const std::string name = e.path().filename().string();
      const std::size_t digits = name.find_first_not_of("0123456789");
      if (digits > 0 && digits != std::string::npos && name.substr(digits) == ".js" && !shards.count(name))
        stale.push_back(e.path());
    }
    for (const auto& p : stale) sfs::remove(p, ec);
    if (sfs::is_empty(dir, ec) && !ec) sfs::remove(dir, ec);
  }
  for (const auto& [file, message] : errors_) d.error(file, {}, message);
  errors_.clear();
}

}  // namespace editio
