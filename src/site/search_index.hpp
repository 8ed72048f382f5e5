#pragma once
// The index the search page reads (html/search-index.js, a script: the site
// works from file:// too, where pages cannot fetch() data), written whole or
// in shards as documents are done. The format: see search_index.cpp.
#include <cstddef>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "model/diagnostic.hpp"
#include "site/passages.hpp"

namespace editio {

struct SearchDocument {
  std::string id;
  std::string title;
  std::string lang;
};

// The text of html/search-index.js: one assignment of a JSON object to
// window.EDITIO_SEARCH_INDEX (format: see search_index.cpp). Passages of documents
// not listed are left out. Deterministic: the same input gives the same bytes.
std::string search_index_js(const std::vector<SearchDocument>& docs, const std::vector<Passage>& passages);

// The index in shards, written as documents are done (memory holds only the
// passages of shards not yet complete). The documents are grouped before any
// passage is known, by an estimate of their text (the caller passes the size
// of each source file): consecutive manifest positions up to `shard_bytes`
// per group (a larger document is a group of its own). A group's shard,
// <html_dir>/search/NNNN.js (NNNN: the group's number from 1; none when no
// document of it was added), is written once every document of it was added
// or skipped; finish() writes
// html/search-index.js: the docs and the list of shards. When the whole
// edition is one group, html/search-index.js is the single index
// search_index_js() writes, and there is no shard. Format: see search_index.cpp.
// Same input, same bytes, whatever the order of add() and skip(). add() and
// skip() are thread-safe.
class SearchIndexWriter {
 public:
  static constexpr std::size_t kShardBytes = std::size_t{2} << 20;

  // `docs`: every document of the manifest, in its order; `bytes[i]`: the
  // estimate for docs[i].
  SearchIndexWriter(std::string html_dir, std::vector<SearchDocument> docs, const std::vector<std::size_t>& bytes,
                    std::size_t shard_bytes = kShardBytes);
  SearchIndexWriter(const SearchIndexWriter&) = delete;
  SearchIndexWriter& operator=(const SearchIndexWriter&) = delete;

  // The passages of document `doc` (a position in `docs`); each document once.
  void add(std::size_t doc, std::vector<Passage> passages);
  // Document `doc` failed: it is left out of the index.
  void skip(std::size_t doc);
  // Writes the shards still pending (a document never added counts as
  // skipped), search-index.js, and removes shards of earlier builds that are
  // not in the list. Errors (files that could not be written) go to `d`.
  void finish(Diagnostics& d);

  std::size_t groups() const { return groups_.size(); }

 private:
  struct Group {
    std::size_t first = 0, end = 0;  // documents [first, end)
    std::size_t pending = 0;         // not yet added or skipped
    std::vector<std::vector<Passage>> passages;  // per document, while pending
    bool listed = false;  // its shard was written
  };
  enum class State : char { Pending, Added, Skipped };
  void report(std::size_t doc, State s, std::vector<Passage>* passages);
  void write_group(std::size_t g, std::vector<std::vector<Passage>> passages);
  std::string shard_name(std::size_t g) const;

  std::string html_dir_;
  std::vector<SearchDocument> docs_;
  std::vector<std::size_t> group_of_;
  std::vector<Group> groups_;
  std::vector<State> state_;
  std::mutex mutex_;
  std::vector<std::pair<std::string, std::string>> errors_;  // (file, message)
};

// `s` as a JSON string literal that is also safe inside an HTML <script>:
// quotes, backslashes, control characters, U+2028/U+2029 and '<' escaped.
std::string js_string(std::string_view s);

}  // namespace editio
