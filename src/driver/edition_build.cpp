#include "driver/edition_build.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <ostream>
#include <sstream>
#include <thread>

#include "corpus/cmif.hpp"
#include "corpus/register.hpp"
#include "corpus/tei_text.hpp"
#include "corpus/tei_corpus.hpp"
#include "driver/corpus_pages.hpp"
#include "driver/document_job.hpp"
#include "driver/incremental.hpp"
#include "driver/parallel.hpp"
#include "driver/stats.hpp"
#include "render/book.hpp"
#include "render/formats.hpp"
#include "site/assets.hpp"
#include "util/fs.hpp"
#include "util/hash.hpp"

namespace editio {

namespace sfs = std::filesystem;

EditionBuild::EditionBuild(const BuildOptions& options, std::ostream& log)
    : options_(options),
      log_(log),
      paths_{sfs::path(options.out_dir)},
      wanted_(options.formats),
      context_{options_, inputs_, paths_, wanted_, indexes_} {}

int EditionBuild::run() {
  if (!load_manifest()) return 1;
  // The output directory: no conflict with the sources, the lock, the journal of temporaries.
  if (const int rc = lock_.acquire(options_, *inputs_.edition, log_); rc != 0) return rc;
  if (options_.shard.any()) record_shard_count();
  if (!compile_schemas_and_stylesheets() || !copy_what_travels_with_the_outputs() || !load_personography())
    return 1;
  order_the_register();
  if (!open_corpus_indexes()) return 1;
  build_documents();
  if (options_.merge && !every_document_current()) return 1;
  typeset_documents();
  record_incremental_state();
  timings_.documents_seconds = seconds_since(timings_.start);
  timings_.documents_peak_rss = peak_rss_bytes();
  if (options_.shard.any()) return report();  // what spans documents is the merge's
  const auto pages_start = BuildClock::now();
  describe_edition();
  make_tei_corpus();
  write_cmif();
  const bool book_due = plan_book();  // reused, left out (--no-book), or to be made last
  if (!book_due) unlink_missing_book();
  make_pages();
  if (book_due && !make_book(log_)) {  // the pages linked the book that could not be made
    unlink_missing_book();
    make_pages();
  }
  // Last, so that the site's folder offers the book too (site/downloads).
  if (wanted_.html) place_downloads(context_, setup_);
  indexes_.register_index.reset();
  indexes_.chronology.reset();
  indexes_.places.reset();
  indexes_.orgs.reset();
  timings_.pages_seconds = seconds_since(pages_start) - (book_due ? timings_.book_seconds : 0);
  return report();
}

// The manifest, with the editor's layer it names. Its problems are printed
// at once; without a manifest there is nothing to build.
bool EditionBuild::load_manifest() {
  Diagnostics manifest;
  inputs_.manifest_path = (sfs::path(options_.sources_dir) / "manifest.toml").string();
  inputs_.edition = editio::load_manifest(inputs_.manifest_path, manifest);
  for (const auto& d : manifest.items()) log_ << d.format() << '\n';
  if (!inputs_.edition) {
    log_ << "editio: the manifest has errors; nothing was built\n";
    return false;
  }
  // Errors that left only an entry out (of the editor's layer): the edition
  // is built without it, and the build still fails.
  inputs_.manifest_errors = manifest.errors();
  return true;
}

// The schemas and the stylesheets, compiled once per run and shared by all
// documents. The RelaxNG grammar takes longest: it is compiled on a thread of
// its own while the stylesheets are (libxml2's error handlers are per thread),
// its problems reported first, as when they were compiled one after the other.
bool EditionBuild::compile_schemas_and_stylesheets() {
  const sfs::path home(options_.home);
  inputs_.rng = (home / "schemas" / "editio.rng").string();
  inputs_.sch = (home / "schemas" / "editio.sch").string();
  init_xml_library();
  Diagnostics schemas;
  std::thread schema_thread([&] { inputs_.validator = std::make_unique<Validator>(inputs_.rng, inputs_.sch, schemas); });
  Diagnostics stylesheets;
  auto compile = [&](const char* xsl) { return std::make_unique<Stylesheet>((home / xsl).string(), stylesheets); };
  if (wanted_.html) {
    inputs_.html_doc = compile("xslt/html/document.xsl");
    inputs_.html_index = compile("xslt/html/index.xsl");
    inputs_.html_register = compile("xslt/html/register.xsl");
    inputs_.html_chronology = compile("xslt/html/chronology.xsl");
    inputs_.html_search = compile("xslt/html/search.xsl");
  }
  if (wanted_.tex) inputs_.latex_doc = compile("xslt/latex/document.xsl");
  schema_thread.join();
  setup_.append(schemas);
  setup_.append(stylesheets);
  for (const auto& d : setup_.items()) log_ << d.format() << '\n';
  if (setup_.errors()) {
    log_ << "editio: the schemas or stylesheets could not be compiled; nothing was built\n";
    return false;
  }
  return true;
}

// The schemas travel with the TEI, so <?xml-model?> resolves in the output;
// the site's stylesheets, scripts and the fonts they name with the pages.
bool EditionBuild::copy_what_travels_with_the_outputs() {
  std::string why;
  for (const auto& f : {inputs_.rng, inputs_.sch}) {
    std::string data;
    if (!fs::read_file(f, data, why) ||
        !fs::write_if_changed((paths_.out / "schema" / sfs::path(f).filename()).string(), data, why))
      setup_.error(f, {}, "cannot copy the schema to the output: " + why);
  }
  const sfs::path home(options_.home);
  if (wanted_.html) copy_site_assets((home / "xslt" / "html").string(), (paths_.out / "html").string(), setup_);
  return !setup_failed("the output directory " + options_.out_dir + " cannot be written");
}

// The personography and the gazetteer, read once; their indexes of name forms are shared.
bool EditionBuild::load_personography() {
  Edition& edition = *inputs_.edition;
  if (!edition.personography.empty()) {
    inputs_.personography = editio::load_personography(edition.resolve(edition.personography), setup_);
    if (inputs_.personography) inputs_.matcher = std::make_unique<PersonMatcher>(*inputs_.personography);
  }
  check_persons(edition, inputs_.personography.get(), setup_);
  inputs_.gazetteer = load_gazetteer(gazetteer_files(edition), setup_);
  check_letter_places(edition, inputs_.gazetteer.get(), setup_);
  if (inputs_.gazetteer) inputs_.entity_matcher = std::make_unique<EntityMatcher>(*inputs_.gazetteer);
  check_places_and_orgs(edition, inputs_.gazetteer.get(), inputs_.personography.get(), setup_);
  return !setup_failed(inputs_.gazetteer ? "the personography or the list of places and organisations has errors"
                                         : "the personography has errors");
}

// The order of the corpus's persons: each person's place in the register's
// order (the collation of the edition's language) becomes the @sortKey the
// TEI writer gives that person in every document's header (tei/header.cpp).
// Set before any document is converted, so that all documents agree.
void EditionBuild::order_the_register() {
  if (inputs_.personography)
    inputs_.personography->set_sort_order(register_order(*inputs_.personography, inputs_.edition->language));
}

// The register, the chronology and the search, fed by the documents as each
// is done. The search index is written in shards grouped by the sizes of the
// sources ($EDITIO_SEARCH_SHARD_BYTES overrides the shard size, for tests).
bool EditionBuild::open_corpus_indexes() {
  const auto& docs = inputs_.edition->documents;
  jobs_ = options_.jobs ? options_.jobs : std::max(1u, std::thread::hardware_concurrency());
  results_.resize(docs.size());
  for (std::size_t i = 0; i < docs.size(); ++i)
    if (options_.shard.has(docs[i].id)) mine_.push_back(i);
  indexes_.scratch = std::make_unique<Scratch>((paths_.out / ".editio").string());
  if (!indexes_.scratch->ok()) {
    log_ << "editio: " << indexes_.scratch->error() << "; nothing was built\n";
    return false;
  }
  if (inputs_.personography)
    indexes_.register_index = std::make_unique<RegisterIndex>(*inputs_.personography, *indexes_.scratch);
  open_entity_registers();
  indexes_.chronology = std::make_unique<ChronologyIndex>(*indexes_.scratch);
  for (const auto& d : docs) {
    std::error_code ec;
    const auto size = sfs::file_size(d.path, ec);
    sizes_.push_back(ec ? 0 : static_cast<std::size_t>(size));
  }
  indexes_.passages = wanted_.html;
  if (!wanted_.html || options_.shard.any()) return true;  // a shard's passages go to its part files only
  std::vector<SearchDocument> searched;
  for (const auto& d : docs) searched.push_back({d.id, d.title.empty() ? d.id : d.title, d.language});
  std::size_t shard_bytes = SearchIndexWriter::kShardBytes;
  if (const char* s = std::getenv("EDITIO_SEARCH_SHARD_BYTES"); s && std::strtoull(s, nullptr, 10) > 0)
    shard_bytes = static_cast<std::size_t>(std::strtoull(s, nullptr, 10));
  indexes_.search = std::make_unique<SearchIndexWriter>((paths_.out / "html").string(), std::move(searched), sizes_,
                                                        shard_bytes);
  return true;
}

// The registers of places and of organisations, each when the gazetteer
// lists entries of its kind (whether the documents name them or not, so that
// a document page links them as its build, not the others, decides).
void EditionBuild::open_entity_registers() {
  if (!inputs_.gazetteer) return;
  for (const Entity& e : inputs_.gazetteer->entities) {
    auto& index = e.kind == EntityKind::Place ? indexes_.places : indexes_.orgs;
    if (!index) index = std::make_unique<EntityRegister>(e.kind, *indexes_.scratch);
  }
}

// Every document's job (driver/document_job.hpp), in parallel. A document
// unchanged since the last build is not converted again: its written TEI is
// read back for the cross-document indexes, and so, that both kinds agree,
// a rebuilt document is indexed from the TEI it wrote, not from its model.
// On a terminal
// a bar (documents done, rate, time left) with only problems printed above
// it; elsewhere a line per document and progress lines. (A small build off a
// terminal gets its document lines only.)
void EditionBuild::build_documents() {
  // Incremental builds: a document whose inputs hash as when its outputs
  // were written is not rebuilt (driver/incremental.hpp).
  const Edition& edition = *inputs_.edition;
  std::string layer, manifest, why;
  if (!edition.editorial.empty()) fs::read_file(edition.resolve(edition.editorial), layer, why);
  fs::read_file(inputs_.manifest_path, manifest, why);
  inputs_.editor = std::make_shared<const EditorInputs>(layer, manifest, inputs_.matcher.get());
  inputs_.common_key = common_inputs_key(options_, edition, inputs_.manifest_path, inputs_.editor->common());
  const std::size_t n = mine_.size();
  const bool few = options_.progress == ProgressMode::Auto && !options_.log_is_terminal && n < 20;
  progress_mode_ = few ? ProgressMode::Off : options_.progress;
  Progress progress(log_, n, progress_mode_, options_.log_is_terminal);
  bar_ = progress.mode() == ProgressMode::Bar;
  parallel_for(n, jobs_, [&](std::size_t k) {
    const std::size_t i = mine_[k];
    DocumentJob(context_, i, sizes_[i], results_[i]).run(progress, bar_);
  });
  progress.finish();
}

// PDFs: XeLaTeX is the slowest stage; documents typeset in parallel too,
// those rebuilt now and without errors, and the book's beside them (first:
// it takes longest).
void EditionBuild::typeset_documents() {
  if (!wanted_.pdf) return;
  const auto& docs = inputs_.edition->documents;
  auto to_typeset = [&](std::size_t i) { return !results_[i].skipped && !results_[i].failed(); };
  const std::size_t book = book_beside_pdfs() ? 1 : 0;
  std::ostringstream book_log;
  Progress progress(log_, std::count_if(mine_.begin(), mine_.end(), to_typeset), progress_mode_,
                    options_.log_is_terminal, "PDFs");
  parallel_for(book + mine_.size(), jobs_, [&](std::size_t k) {
    if (k < book) {
      make_book(book_log);
    } else if (const std::size_t i = mine_[k - book]; to_typeset(i)) {
      typeset_document(context_, docs[i], results_[i], progress, bar_);
    }
  });
  progress.finish();
  log_ << book_log.str();
  unlink_missing_pdfs();
}

// Whether the book is to be typeset beside the documents' PDFs: edition.xml
// is written now as it will be when each PDF is made, and the book planned
// from it (plan_book). describe_edition writes it again after the PDFs; the
// book is then made again, last, only when that came out otherwise (a PDF
// failed: the book is made without its document).
bool EditionBuild::book_beside_pdfs() {
  if (options_.shard.any() || !options_.book || !wanted_.tex || !inputs_.latex_doc) return false;
  describe_edition(true);
  const bool due = plan_book();
  book_beside_key_ = book_key_;
  return due;
}

// A document rebuilt without its PDF (XeLaTeX failed, or an earlier stage)
// has none: an older one would stand for another text. It is removed, and
// the page, written before XeLaTeX ran, is made again without the link.
void EditionBuild::unlink_missing_pdfs() {
  for (std::size_t i : mine_) {
    const DocumentEntry& entry = inputs_.edition->documents[i];
    DocResult& r = results_[i];
    if (r.skipped || r.pdf_made) continue;
    std::error_code ec;
    sfs::remove(paths_.pdf(entry.id), ec);
    std::string tei, why;
    if (!r.html_written) continue;
    if (fs::read_file(paths_.tei(entry.id), tei, why))
      r.html_written = write_document_page(context_, entry, tei, false, r.diags);
    else r.diags.error(entry.path, {}, "cannot make its page again without the PDF's link: " + why);
  }
}

// Records what each rebuilt document was made from, now that all its outputs
// are written (and on the disk: a record never vouches for an output that a
// power loss could still take); unchanged documents say so once, with the
// warnings they had.
void EditionBuild::record_incremental_state() {
  lock_.sync();
  std::string why;
  for (std::size_t i : mine_) {
    const DocResult& r = results_[i];
    skipped_ += r.skipped;
    if (r.skipped || r.failed()) continue;
    const DocumentState state{r.key, r.notes, r.paragraphs, r.diags.warnings()};
    if (!write_state(r.state_path, state, why))
      setup_.warning(r.state_path, {}, "cannot record the document's inputs (" + why + "): it will be rebuilt next time");
  }
  if (skipped_ && options_.merge)
    log_ << "editio: merge: " << skipped_ << " documents from the outputs and parts their shards made\n";
  else if (skipped_)
    log_ << "editio: " << skipped_ << " of " << mine_.size()
         << " documents unchanged since the last build into this directory, not rebuilt (--force rebuilds them"
         << " and shows their warnings again)\n";
}

// A shard records how many shards the edition is built in, so that a merge
// that misses a document can say which shard builds it.
void EditionBuild::record_shard_count() {
  std::string why;
  const std::string path = (paths_.out / ".editio" / kShardCountFile).string();
  if (!fs::write_atomic(path, std::to_string(options_.shard.n) + "\n", why))
    setup_.warning(path, {}, "cannot record the number of shards: " + why);
}

// A merge converts nothing: each document's outputs and part file must be
// current (its shard built it). Otherwise each missing document is named
// with the shard that builds it, and nothing that spans documents is made.
bool EditionBuild::every_document_current() {
  const auto& docs = inputs_.edition->documents;
  std::string count, why;
  fs::read_file((paths_.out / ".editio" / kShardCountFile).string(), count, why);
  const unsigned n = static_cast<unsigned>(std::strtoul(count.c_str(), nullptr, 10));
  std::size_t missing = 0;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (results_[i].skipped) continue;
    ++missing;
    const std::string run = n ? "editio build --shard " + Shard{shard_of(docs[i].id, n), n}.label() : "editio build";
    log_ << docs[i].path << ": document '" << docs[i].id << "' has no current outputs in " << options_.out_dir
         << ": run `" << run << "`" << (n ? " (its shard)" : "") << " first\n";
  }
  if (missing)
    log_ << "editio: merge: " << missing << " of " << docs.size() << " documents have no current outputs in "
         << options_.out_dir << "; nothing that spans documents was written\n";
  return missing == 0;
}

// edition.xml: the edition and its documents, then the register and the
// chronology from the scratch file; its hash decides whether the book is made again.
void EditionBuild::describe_edition(bool expected_pdfs) {
  const auto& docs = inputs_.edition->documents;
  indexed_.clear();
  for (std::size_t i = 0; i < docs.size(); ++i)
    indexed_.push_back({&docs[i], results_[i].ok, &results_[i].source,
                        expected_pdfs ? results_[i].ok : results_[i].pdf_made});
  edition_head_ = edition_index_head(*inputs_.edition, indexed_, options_.formats);
  edition_key_ = write_edition_xml((paths_.out / "edition.xml").string(), edition_head_, indexes_,
                                   inputs_.edition->language, setup_);
}

// tei/edition-corpus.xml: the edition as one teiCorpus (corpus/tei_corpus.hpp),
// from the TEI each valid document wrote, validated as a document is, its
// problems reported with the build's own. Made again when a document or
// anything all documents share changed (the key of each document holds
// those), else reused; a corpus with errors is not recorded, so it is made,
// and its errors reported, again next time.
void EditionBuild::make_tei_corpus() {
  if (!options_.formats.count(Format::Tei)) return;
  const auto& docs = inputs_.edition->documents;
  const std::string path = (paths_.out / "tei" / kTeiCorpusFile).string();
  const std::string state = (paths_.out / ".editio" / "state" / "edition.corpus").string();
  std::vector<std::string> files;
  Hasher key;
  key.add(inputs_.common_key);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    if (docs[i].id + ".xml" == kTeiCorpusFile) {  // that document's TEI is the file
      setup_.warning(inputs_.manifest_path, {}, "the edition's TEI corpus (tei/" + std::string(kTeiCorpusFile) +
                                                    ") is not made: document '" + docs[i].id +
                                                    "' has that TEI file; give the document another id to have it");
      return;
    }
    if (!results_[i].ok) continue;
    files.push_back(paths_.tei(docs[i].id));
    key.add(docs[i].id).add(results_[i].key);
  }
  std::error_code ec;
  if (files.empty()) {  // a teiCorpus holds at least one TEI; an older one would stand for other texts
    sfs::remove(path, ec);
    return;
  }
  if (!options_.force && outputs_current(state, key.hex(), {path})) {
    log_ << "tei  " << kTeiCorpusFile << ": reused, its documents unchanged\n";
    return;
  }
  remove_state(state);
  CorpusSummary made;
  std::string why;
  if (!write_tei_corpus_file(path, *inputs_.edition, files, made, why)) {
    setup_.error(path, {}, "cannot make the edition's TEI corpus: " + why);
    return;
  }
  const bool valid = inputs_.validator->validate_corpus_file(path, setup_);  // one TEI at a time
  log_ << (valid ? "tei  " : "FAIL ") << kTeiCorpusFile << " (the whole edition: " << made.documents
       << " documents, " << made.persons << " persons)\n";
  if (valid && !write_state(state, DocumentState{key.hex()}, why))
    setup_.warning(state, {}, "cannot record the corpus's inputs (" + why + "): it will be made again next time");
}

// cmif.xml: the letters of the edition (each correspDesc of the TEI the
// valid documents wrote) in the TEI Correspondence SIG's CMIF, for
// correspSearch; no file when the edition has no letters. Cheap: only a
// TEI that has a correspDesc is parsed.
void EditionBuild::write_cmif() {
  const std::string path = (paths_.out / "cmif.xml").string();
  const auto& docs = inputs_.edition->documents;
  CmifWriter cmif(*inputs_.edition);
  for (std::size_t i = 0; i < docs.size(); ++i) {
    std::string text, why;
    if (!results_[i].ok || !fs::read_file(paths_.tei(docs[i].id), text, why)) continue;
    pugi::xml_document tei;
    if (text.find("<correspDesc") != std::string::npos && load_written_tei(tei, text)) cmif.add_document(docs[i].id, tei);
  }
  std::error_code ec;
  if (cmif.letters() == 0) {
    sfs::remove(path, ec);
    return;
  }
  std::string why;
  if (!fs::write_atomic(path, cmif.xml(), why)) setup_.error(path, {}, "cannot write: " + why);
  else log_ << "cmif cmif.xml (" << cmif.letters() << " letters)\n";
}

// The whole edition as one book (print/edition.tex, which \input's the
// print/<id>.body.tex written with each document, and print/edition.pdf:
// render/book.hpp). Made again only when what it is made of changed (the
// edition's description and every document in it), beside the documents'
// PDFs (book_beside_pdfs) or else last, after the pages, which link it
// meanwhile; with
// --no-book (options.book false) not at all. A document that failed is
// left out of it with a warning.
bool EditionBuild::plan_book() {
  if (!wanted_.tex || !inputs_.latex_doc) return false;
  const std::vector<BookDocument> docs = book_documents();
  Hasher key;
  key.add(inputs_.common_key).add(edition_key_);
  for (std::size_t i = 0; i < docs.size(); ++i) key.add(results_[i].key).add(docs[i].ok ? "1" : "0");
  book_key_ = key.hex();
  if (book_key_ == book_beside_key_) return false;  // made (or reused) beside the PDFs just now
  const sfs::path print = paths_.out / "print";
  std::vector<std::string> files{(print / "edition.tex").string()};
  if (wanted_.pdf) files.push_back((print / "edition.pdf").string());
  if (!options_.force && outputs_current(book_state(), book_key_, files)) {
    log_ << "the whole-edition book (print/edition.*): reused, its documents unchanged\n";
    return false;
  }
  remove_state(book_state());
  if (options_.book) return true;  // made last; the pages link it meanwhile (run() unlinks it if it fails)
  // Not made now: an older book would stand for other texts, so it goes.
  std::error_code ec;
  const bool had = sfs::remove(print / "edition.pdf", ec);
  log_ << "the whole-edition book (print/edition.*): not made (--no-book)"
       << (had ? "; the older one no longer matched its documents and was removed" : "") << '\n';
  return false;
}

bool EditionBuild::make_book(std::ostream& out) {
  const auto t = BuildClock::now();
  int passes = 0;
  const bool made = editio::make_book(book_options(), *inputs_.latex_doc, book_documents(), setup_, &passes);
  std::error_code ec;
  if (!made && wanted_.pdf) sfs::remove(paths_.out / "print" / "edition.pdf", ec);  // not left over from an earlier build
  std::string why;
  if (made && !write_state(book_state(), DocumentState{book_key_}, why))
    setup_.warning(book_state(), {}, "cannot record the book's inputs (" + why + "): it will be made again next time");
  if (wanted_.pdf && (made || passes > 0))
    out << (made ? "pdf  " : "FAIL ") << "edition.pdf (the whole edition; " << passes
         << (passes == 1 ? " pass, " : " passes, ") << fixed(seconds_since(t), 1) << " s)\n";
  timings_.book_seconds = seconds_since(t);
  return made;
}

std::string EditionBuild::book_state() const { return (paths_.out / ".editio" / "state" / "edition.book").string(); }

BookOptions EditionBuild::book_options() const {
  BookOptions book;
  book.home = options_.home;
  book.print_dir = (paths_.out / "print").string();
  book.edition_xml = (paths_.out / "edition.xml").string();
  book.index_lang = inputs_.edition->language;
  book.label = inputs_.manifest_path;
  book.document_params = latex_params(*inputs_.edition);  // as the documents' own LaTeX
  book.typeset = wanted_.pdf;
  book.typeset_options = typeset_options(context_);
  return book;
}

std::vector<BookDocument> EditionBuild::book_documents() const {
  std::vector<BookDocument> docs;
  const auto& entries = inputs_.edition->documents;
  for (std::size_t i = 0; i < entries.size(); ++i) {
    BookDocument b;
    b.id = entries[i].id;
    b.label = entries[i].path;
    b.body_written = results_[i].body_written;
    b.ok = !results_[i].failed();
    docs.push_back(b);
  }
  return docs;
}

// edition.xml links print/edition.pdf; when the book's PDF could not be made
// it is written again without the link, before the pages are made from it.
void EditionBuild::unlink_missing_book() {
  if (!wanted_.pdf || sfs::exists(paths_.out / "print" / "edition.pdf")) return;
  edition_head_ = edition_index_head(*inputs_.edition, indexed_, options_.formats, false);
  write_edition_xml((paths_.out / "edition.xml").string(), edition_head_, indexes_, inputs_.edition->language,
                    setup_);
}

// The cross-document pages (driver/corpus_pages.hpp).
void EditionBuild::make_pages() {
  if (wanted_.html) CorpusPages(context_, edition_head_).make(jobs_, setup_);
}

// Prints the build's own problems and the summary line; writes the
// statistics when asked. Returns the exit code.
int EditionBuild::report() {
  for (const auto& x : setup_.items()) log_ << "  " << x.format() << '\n';
  std::size_t errors = inputs_.manifest_errors + setup_.errors(), warnings = setup_.warnings(), notes = 0, failed = 0;
  for (std::size_t i : mine_) {
    const DocResult& r = results_[i];
    errors += r.diags.errors();
    warnings += r.diags.warnings() + r.replayed_warnings;
    notes += r.notes;
    failed += r.failed() ? 1 : 0;
  }
  const std::size_t n = mine_.size();
  summary_ = {n, n - failed - skipped_, skipped_, failed, seconds_since(timings_.start)};
  const std::string what = options_.shard.any() ? "shard " + options_.shard.label() + ": " : options_.merge ? "merge: " : "";
  log_ << "editio: " << what << n
       << " documents (" << (n - failed - skipped_) << " built, ";
  if (skipped_) log_ << skipped_ << " unchanged, ";
  log_ << failed << " failed), " << notes << " notes, " << warnings << " warnings, " << errors << " errors, "
       << fixed(seconds_since(timings_.start), 2) << " s -> " << options_.out_dir << '\n';
  if (!options_.stats_path.empty() && !write_stats(failed)) return 1;
  return errors ? 1 : 0;
}

bool EditionBuild::write_stats(std::size_t failed) {
  BuildStats stats;
  stats.jobs = jobs_;
  stats.documents = mine_.size();
  stats.failed = failed;
  stats.built = mine_.size() - failed - skipped_;
  stats.skipped = skipped_;
  for (std::size_t i : mine_) {
    stats.bytes += results_[i].bytes;
    stats.stages += results_[i].times;
  }
  stats.documents_seconds = timings_.documents_seconds;
  stats.pages_seconds = timings_.pages_seconds;
  stats.book_seconds = timings_.book_seconds;
  stats.wall_seconds = seconds_since(timings_.start);
  stats.peak_rss = peak_rss_bytes();
  stats.documents_peak_rss = timings_.documents_peak_rss;
  std::string why;
  if (fs::write_atomic(options_.stats_path, stats_json(stats), why)) return true;
  log_ << "editio: cannot write the statistics to " << options_.stats_path << ": " << why << '\n';
  return false;
}

// When the build's own problems stop it: prints them and says `what` went wrong.
bool EditionBuild::setup_failed(const std::string& what) {
  if (!setup_.errors()) return false;
  for (const auto& x : setup_.items()) log_ << "  " << x.format() << '\n';
  log_ << "editio: " << what << "; nothing was built\n";
  return true;
}

}  // namespace editio
