#pragma once
// What the phases of a build (driver/edition_build.hpp) hand on to later
// ones: the inputs every document shares, compiled once; where the outputs
// go; the cross-document indexes the documents feed; each document's result.
#include <chrono>
#include <cstddef>
#include <filesystem>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "annotate/entities.hpp"
#include "annotate/persons.hpp"
#include "check/validator.hpp"
#include "corpus/chronology.hpp"
#include "corpus/entity_register.hpp"
#include "corpus/register.hpp"
#include "driver/build.hpp"
#include "driver/document_part.hpp"
#include "edition/manifest.hpp"
#include "edition/gazetteer.hpp"
#include "edition/personography.hpp"
#include "model/diagnostic.hpp"
#include "render/stylesheet.hpp"
#include "site/search_index.hpp"
#include "util/scratch.hpp"
#include "util/stage_times.hpp"

namespace editio {

using BuildClock = std::chrono::steady_clock;
double seconds_since(BuildClock::time_point t);
// `v` with `decimals` decimals, for the log.
std::string fixed(double v, int decimals);

// The formats asked for, as the phases ask (the PDF is made from the LaTeX).
struct Wanted {
  bool html = false, tex = false, pdf = false;
  explicit Wanted(const std::set<Format>& formats);
};

// Where a build writes each output, by document id.
struct OutputPaths {
  std::filesystem::path out;
  std::string tei(const std::string& id) const;     // tei/<id>.xml
  std::string html(const std::string& id) const;    // html/<id>.html
  std::string tex(const std::string& id) const;     // print/<id>.tex
  std::string pdf(const std::string& id) const;     // print/<id>.pdf
  std::string state(const std::string& name) const; // .editio/state/<name>.state: driver/incremental.hpp
  std::string part(const std::string& id) const;    // .editio/parts/<id>.part: driver/document_part.hpp
  // Every output of document `id` in the formats asked for: what must
  // exist for it to be reused, what goes when it fails.
  std::vector<std::string> of_document(const std::string& id, const Wanted& wanted) const;
};

// The inputs every document shares: read and compiled once per build.
struct SharedInputs {
  std::string manifest_path;
  std::optional<Edition> edition;
  std::size_t manifest_errors = 0;  // entries the manifest left out: the build fails, but goes on
  std::string rng, sch;             // the schemas, copied beside the TEI
  std::unique_ptr<Validator> validator;
  std::unique_ptr<Stylesheet> html_doc, html_index, html_register, html_chronology, html_search, latex_doc;
  std::unique_ptr<Personography> personography;  // none when the manifest names none
  std::unique_ptr<PersonMatcher> matcher;        // its index of name forms
  std::unique_ptr<Gazetteer> gazetteer;          // places and organisations; none when the manifest names neither
  std::unique_ptr<EntityMatcher> entity_matcher; // its index of names
  std::string common_key;  // the hash of all the above (driver/incremental.hpp)
  std::shared_ptr<const class EditorInputs> editor;  // each document's share of the editor's files (idem)
};

// One document's outcome, filled by its job (driver/document_job.hpp) and
// read by the later phases.
struct DocResult {
  Diagnostics diags;
  bool ok = false;         // converted and valid
  std::size_t notes = 0;
  std::size_t paragraphs = 0;
  std::string tei;         // only while its job runs
  double seconds = 0;
  std::size_t persons = 0;
  std::size_t mentions = 0, dates = 0;  // added to the register and the chronology
  // describe_source, serialized: for the edition's description. (A pugi
  // document per document would keep a 32 KB page each for the whole build.)
  std::string source;
  StageTimes times;
  std::size_t bytes = 0;          // of the source text
  bool body_written = false;      // print/<id>.body.tex, for the book
  bool html_written = false;      // its page, this build
  bool pdf_made = false;          // print/<id>.pdf is this text's (made now, or unchanged)
  // Incremental builds.
  std::string key, state_path;
  bool skipped = false;                 // unchanged since the last build: not rebuilt
  std::size_t replayed_warnings = 0;    // the warnings of the build that made its outputs
  bool failed() const { return !ok || diags.errors(); }
};

// The cross-document indexes of a build: the register, the chronology and
// the search. They grow with the corpus, so the register and the chronology
// are kept in a scratch file as each document is done, not in memory.
struct CorpusIndexes {
  std::unique_ptr<Scratch> scratch;
  std::unique_ptr<RegisterIndex> register_index;  // only with a personography
  // The registers of places and of organisations: only when the gazetteer lists such entries.
  std::unique_ptr<EntityRegister> places, orgs;
  std::unique_ptr<ChronologyIndex> chronology;
  std::unique_ptr<SearchIndexWriter> search;      // only with the HTML, and not in a shard's build
  bool passages = false;                          // documents' search passages are collected (with the HTML)
  // What a document gives these indexes (driver/document_part.hpp). The
  // part is taken from the document's TEI as written to tei/<id>.xml, never
  // the model: an unchanged document is reused without converting it again,
  // so the written TEI is what a rebuilt and a reused document have in common.
  PartContents contents() const;
  // Adds document `i`'s part to the register and the chronology (not the
  // search: the caller decides); its description of the source, its numbers
  // of mentions and dates into `r`. From any thread.
  void add(std::size_t i, const DocumentPart& part, DocResult& r);
};

// What a document's job reads of the build: everything but the indexes is
// only read, and the indexes take documents from any thread.
struct BuildContext {
  const BuildOptions& options;
  const SharedInputs& inputs;
  const OutputPaths& paths;
  Wanted wanted;
  CorpusIndexes& indexes;
};

}  // namespace editio
