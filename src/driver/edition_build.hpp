#pragma once
// The corpus build as named phases, in the order run() calls them. What one
// phase hands to a later one is a member below, named for what it holds.
#include <cstddef>
#include <iosfwd>
#include <optional>
#include <string>
#include <vector>

#include "corpus/edition_index.hpp"
#include "driver/build_context.hpp"
#include "driver/output_lock.hpp"
#include "render/book.hpp"
#include "util/progress.hpp"

namespace editio {

// OUT/.editio/<this>: the number of shards the last shard was one of.
inline constexpr const char* kShardCountFile = "shards";

class EditionBuild {
 public:
  EditionBuild(const BuildOptions& options, std::ostream& log);
  // Returns the exit code: 0 success, 1 content or validation errors, 2 a wrong --out or --stats.
  int run();
  // What run() did (documents built, reused, failed; seconds).
  const BuildSummary& summary() const { return summary_; }

 private:
  // The phases, in the order run() calls them. Those that return bool
  // return false when the build cannot go on (they said why in the log).
  bool load_manifest();                       // the manifest and the editor's layer it names
  bool compile_schemas_and_stylesheets();     // once, shared by all documents
  bool copy_what_travels_with_the_outputs();  // the schemas, the site's assets
  bool load_personography();                  // and its index of name forms
  void order_the_register();                  // the persons' @sortKey, read by the TEI writer
  bool open_corpus_indexes();                 // register, chronology, search: fed by the documents
  void open_entity_registers();               // places, organisations: with a gazetteer
  void record_shard_count();                  // a shard's: OUT/.editio/shards holds N
  void build_documents();                     // each a DocumentJob, in parallel
  bool every_document_current();              // a merge's: else it stops, naming the shards to build
  void typeset_documents();                   // XeLaTeX, in parallel, the book's beside
  bool book_beside_pdfs();                    // edition.xml as expected, and plan_book
  void unlink_missing_pdfs();
  void record_incremental_state();            // what each rebuilt document was made from
  void describe_edition(bool expected_pdfs = false);  // edition.xml (linking the PDFs made, or to be made)
  void make_tei_corpus();                     // tei/edition-corpus.xml, validated
  void write_cmif();                          // cmif.xml: the letters in CMIF (corpus/cmif)
  bool plan_book();                           // whether the book is to be made (else reused or left out)
  void unlink_missing_book();
  void make_pages();                          // the cross-document HTML pages
  bool make_book(std::ostream& out);          // print/edition.tex and .pdf; false when it failed
  int report();                               // the summary and the statistics

  BookOptions book_options() const;
  std::string book_state() const;  // the book's incremental record
  std::vector<BookDocument> book_documents() const;
  bool setup_failed(const std::string& what);
  bool write_stats(std::size_t failed);

  const BuildOptions& options_;
  std::ostream& log_;
  Diagnostics setup_;          // the build's own problems, beside the documents'
  SharedInputs inputs_;
  OutputPaths paths_;
  Wanted wanted_;
  OutputLock lock_;
  CorpusIndexes indexes_;
  BuildContext context_;
  unsigned jobs_ = 1;
  ProgressMode progress_mode_ = ProgressMode::Auto;  // of the documents' progress and the PDFs'
  bool bar_ = false;                                  // a progress bar: only problems get a line
  std::vector<std::size_t> sizes_;   // of the sources: for the statistics and the search shards
  std::vector<DocResult> results_;   // by position in the manifest
  std::vector<std::size_t> mine_;    // the documents this build makes (a shard's; else all), in order
  std::size_t skipped_ = 0;          // documents unchanged, not rebuilt
  BuildSummary summary_;
  std::vector<IndexedDocument> indexed_;  // what edition.xml says of each document
  std::string edition_head_;              // edition.xml up to its register: every page starts from it
  std::string edition_key_;               // the hash of edition.xml
  std::string book_key_;                  // the hash of what the book is made of (plan_book)
  std::string book_beside_key_;           // book_key_ when planned beside the PDFs (book_beside_pdfs)

  struct Timings {
    BuildClock::time_point start = BuildClock::now();
    double documents_seconds = 0, pages_seconds = 0, book_seconds = 0;
    std::size_t documents_peak_rss = 0;
  } timings_;
};

}  // namespace editio
