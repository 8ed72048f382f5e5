#include "site/search_index.hpp"

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <map>
#include <set>
#include <unordered_map>

#include "site/search_words.hpp"
#include "util/fs.hpp"
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

std::size_t code_points(std::string_view s) { return utf8::count_code_points(s, 0, s.size()); }

}  // namespace

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
// stem_groups.
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
  for (const auto& [stem, forms] : stem_groups(all, surnames)) {
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
