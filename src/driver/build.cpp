#include "driver/build.hpp"

#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <atomic>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <mutex>
#include <ostream>
#include <sstream>
#include <thread>

#include "convert/pipeline.hpp"
#include "corpus/edition_index.hpp"
#include "site/assets.hpp"
#include "render/book.hpp"
#include "corpus/chronology.hpp"
#include "corpus/register.hpp"
#include "site/search.hpp"
#include "corpus/parts.hpp"
#include "util/stage_times.hpp"
#include "driver/incremental.hpp"
#include "util/hash.hpp"
#include "corpus/tei_text.hpp"
#include "annotate/persons.hpp"
#include "check/validator.hpp"
#include "edition/manifest.hpp"
#include "render/stylesheet.hpp"
#include "render/typeset.hpp"
#include "util/fs.hpp"
#include "util/interrupt.hpp"
#include "util/paths.hpp"
#include "util/progress.hpp"
#include "util/scratch.hpp"
#include "tei/serialize.hpp"

namespace editio {
namespace {

namespace sfs = std::filesystem;
using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

std::string fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

// Runs f(i) for i in [0, n) on `jobs` threads.
void parallel_for(std::size_t n, unsigned jobs, const std::function<void(std::size_t)>& f) {
  std::atomic<std::size_t> next{0};
  auto worker = [&] {
    for (std::size_t i = next++; i < n; i = next++) f(i);
  };
  std::vector<std::thread> threads;
  const unsigned count = static_cast<unsigned>(std::min<std::size_t>(jobs, n));
  for (unsigned t = 1; t < count; ++t) threads.emplace_back(worker);
  worker();
  for (auto& t : threads) t.join();
}

// Removes html/<page>-N.html for N > `keep`: the parts of a register or
// chronology that had more parts in an earlier build into this directory.
void remove_stale_parts(const std::string& html_dir, const std::string& page, std::size_t keep) {
  std::error_code ec;
  for (std::size_t n = keep + 1;; ++n) {
    const sfs::path p = sfs::path(html_dir) / part_file(page, n);
    if (!sfs::remove(p, ec)) break;
  }
}

struct DocResult {
  Diagnostics diags;
  bool ok = false;         // converted and valid
  std::size_t notes = 0;
  std::size_t paragraphs = 0;
  std::string tei;
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
};

void print_diags(std::ostream& log, const Diagnostics& d, std::mutex& m) {
  std::lock_guard<std::mutex> lock(m);
  for (const auto& x : d.items()) log << "  " << x.format() << '\n';
}

}  // namespace

std::string default_home() {
  if (const char* h = std::getenv("EDITIO_HOME"); h && *h) return h;
  return EDITIO_SOURCE_DIR;
}

namespace {

// Held for the whole build: two builds writing to one directory would mix
// their files. Released when the build is done, whatever its outcome: every
// temporary is gone by then, so the journal of temporaries is emptied, and
// what the build wrote is flushed to the disk.
struct OutputLock {
  int fd = -1;
  ~OutputLock() {
    if (fd < 0) return;
    interrupt::close_journal();
    fs::sync_filesystem(fd);
    ::close(fd);
  }
};

// The output directory: a directory (created when missing) where no output
// can land on or inside a source, not in use by another build; the
// temporaries an interrupted build recorded in its journal are removed.
int prepare_output(const BuildOptions& opt, const Edition& edition, OutputLock& lock, std::ostream& log) {
  std::error_code ec;
  const sfs::path out(opt.out_dir);
  if (sfs::exists(out, ec) && !sfs::is_directory(out, ec)) {
    log << "editio: the output " << opt.out_dir
        << " is a file, not a directory; pass --out with a directory (it is created when missing)\n";
    return 2;
  }
  if (const std::string clash = paths::output_conflict(opt.out_dir, edition.roots); !clash.empty()) {
    log << "editio: " << clash << "; pass an --out outside the sources folder (e.g. beside it)\n";
    return 2;
  }
  if (const std::string clash = opt.stats_path.empty() ? "" : paths::output_in_roots(opt.stats_path, edition.roots);
      !clash.empty()) {
    log << "editio: --stats " << clash << "; pass a path outside the sources folder\n";
    return 2;
  }
  std::string why;
  const std::string meta = (out / ".editio").string();
  if (!fs::make_dirs(meta, why)) {
    log << "editio: cannot create the output directory: " << why << "\n";
    return 1;
  }
  const std::string lock_path = meta + "/lock";
  lock.fd = ::open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
  if (lock.fd < 0) {
    log << "editio: cannot open " << lock_path << ": " << std::strerror(errno) << "\n";
    return 1;
  }
  if (::flock(lock.fd, LOCK_EX | LOCK_NB) != 0) {
    log << "editio: another build is writing to " << opt.out_dir
        << "; wait for it to finish, or pass another --out\n";
    ::close(lock.fd);
    lock.fd = -1;
    return 1;
  }
  const std::size_t n = interrupt::sweep_temporaries(opt.out_dir, edition.roots, why);
  if (!why.empty()) {
    log << "editio: cannot record the build's temporary files: " << why << "\n";
    return 1;
  }
  if (n > 0)
    log << "editio: removed " << n << (n == 1 ? " temporary file" : " temporary files")
        << " an interrupted build left in " << opt.out_dir << "\n";
  return 0;
}

}  // namespace

int run_build(const BuildOptions& opt, std::ostream& log) {
  const auto t0 = Clock::now();
  std::mutex log_mutex;
  Diagnostics setup;
  const std::string manifest_path = (sfs::path(opt.sources_dir) / "manifest.toml").string();
  auto edition = load_manifest(manifest_path, setup);
  for (const auto& d : setup.items()) log << d.format() << '\n';
  if (!edition) {
    log << "editio: the manifest has errors; nothing was built\n";
    return 1;
  }
  // Errors that left only an entry out (of the editor's layer): the edition
  // is built without it, and the build still fails.
  const std::size_t manifest_errors = setup.errors();
  setup = Diagnostics{};

  OutputLock lock;
  if (int rc = prepare_output(opt, *edition, lock, log); rc != 0) return rc;

  const bool want_html = opt.formats.count(Format::Html);
  const bool want_pdf = opt.formats.count(Format::Pdf);
  const bool want_tex = want_pdf || opt.formats.count(Format::Tex);
  const sfs::path home(opt.home), out(opt.out_dir);
  const std::string rng = (home / "schemas" / "editio.rng").string();
  const std::string sch = (home / "schemas" / "editio.sch").string();

  // Compiled once per run, shared by all documents.
  Validator validator(rng, sch, setup);
  std::unique_ptr<Stylesheet> html_doc, html_index, html_register, html_chronology, html_search, latex_doc;
  if (want_html) {
    html_doc = std::make_unique<Stylesheet>((home / "xslt/html/document.xsl").string(), setup);
    html_index = std::make_unique<Stylesheet>((home / "xslt/html/index.xsl").string(), setup);
    html_register = std::make_unique<Stylesheet>((home / "xslt/html/register.xsl").string(), setup);
    html_chronology = std::make_unique<Stylesheet>((home / "xslt/html/chronology.xsl").string(), setup);
    html_search = std::make_unique<Stylesheet>((home / "xslt/html/search.xsl").string(), setup);
  }
  if (want_tex) latex_doc = std::make_unique<Stylesheet>((home / "xslt/latex/document.xsl").string(), setup);
  for (const auto& d : setup.items()) log << d.format() << '\n';
  if (setup.errors()) {
    log << "editio: the schemas or stylesheets could not be compiled; nothing was built\n";
    return 1;
  }

  std::string why;
  // The schemas travel with the TEI, so <?xml-model?> resolves in the output.
  for (const auto& f : {rng, sch}) {
    std::string data;
    if (!fs::read_file(f, data, why) ||
        !fs::write_atomic((out / "schema" / sfs::path(f).filename()).string(), data, why))
      setup.error(f, {}, "cannot copy the schema to the output: " + why);
  }
  // The site's stylesheets, scripts and the fonts they name travel with the pages.
  if (want_html) copy_site_assets((home / "xslt" / "html").string(), (out / "html").string(), setup);
  if (setup.errors()) {
    print_diags(log, setup, log_mutex);
    log << "editio: the output directory " << opt.out_dir << " cannot be written; nothing was built\n";
    return 1;
  }

  // The personography, read once; its index of name forms is shared.
  std::unique_ptr<Personography> personography;
  std::unique_ptr<PersonMatcher> matcher;
  if (!edition->personography.empty()) {
    const std::string ppath = edition->resolve(edition->personography);
    personography = load_personography(ppath, setup);
    if (personography) {
      personography->set_sort_order(register_order(*personography, edition->language));
      matcher = std::make_unique<PersonMatcher>(*personography);
    }
  }
  check_persons(*edition, personography.get(), setup);
  if (setup.errors()) {
    print_diags(log, setup, log_mutex);
    log << "editio: the personography has errors; nothing was built\n";
    return 1;
  }

  const unsigned jobs = opt.jobs ? opt.jobs : std::max(1u, std::thread::hardware_concurrency());
  const auto& docs = edition->documents;
  std::vector<DocResult> results(docs.size());

  // The register and the chronology of the whole edition grow with the
  // corpus: kept in a scratch file as each document is done, not in memory.
  Scratch scratch((out / ".editio").string());
  if (!scratch.ok()) {
    log << "editio: " << scratch.error() << "; nothing was built\n";
    return 1;
  }
  std::unique_ptr<RegisterIndex> register_index;
  if (personography) register_index = std::make_unique<RegisterIndex>(*personography, scratch);
  auto chronology = std::make_unique<ChronologyIndex>(scratch);
  // The search index, written in shards as documents are done (grouped by
  // the sizes of their sources; $EDITIO_SEARCH_SHARD_BYTES overrides the
  // shard size, for tests).
  // The sizes of the sources: for the statistics and the search shards.
  std::vector<std::size_t> sizes;
  for (const auto& d : docs) {
    std::error_code ec;
    const auto size = sfs::file_size(d.path, ec);
    sizes.push_back(ec ? 0 : static_cast<std::size_t>(size));
  }
  std::unique_ptr<SearchIndexWriter> search_index;
  if (want_html) {
    std::vector<SearchDocument> searched;
    for (const auto& d : docs) searched.push_back({d.id, d.title.empty() ? d.id : d.title, d.language});
    std::size_t shard_bytes = SearchIndexWriter::kShardBytes;
    if (const char* s = std::getenv("EDITIO_SEARCH_SHARD_BYTES"); s && std::strtoull(s, nullptr, 10) > 0)
      shard_bytes = static_cast<std::size_t>(std::strtoull(s, nullptr, 10));
    search_index = std::make_unique<SearchIndexWriter>((out / "html").string(), std::move(searched), sizes, shard_bytes);
  }
  // What the cross-document pages need of a document's written TEI; its
  // search passages into `passages` when given.
  auto index_document = [&](std::size_t i, const pugi::xml_document& written, DocResult& r,
                            std::vector<Passage>* passages) {
    const std::string& id = docs[i].id;
    if (register_index) {
      const auto mentions = collect_mentions(written, id);
      r.mentions = mentions.size();
      register_index->add(static_cast<std::uint32_t>(i), mentions);
    }
    const auto dates = collect_dates(written, id);
    r.dates = dates.size();
    chronology->add(static_cast<std::uint32_t>(i), dates);
    if (passages && search_index) *passages = collect_passages(written, id);
    pugi::xml_document described;
    describe_source(written, described.append_child("document"));
    r.source.clear();
    serialize_node(r.source, described.first_child(), 0, true);
  };

  // Incremental builds: a document whose inputs hash as when its outputs
  // were written is not rebuilt (see build/incremental.hpp).
  const std::string common_key = common_inputs_key(opt, *edition, manifest_path);
  auto outputs_of = [&](const std::string& id) {
    std::vector<std::string> files{(out / "tei" / (id + ".xml")).string()};
    if (want_html) files.push_back((out / "html" / (id + ".html")).string());
    if (want_tex) {
      files.push_back((out / "print" / (id + ".tex")).string());
      if (!clashes_with_book(id)) files.push_back((out / "print" / (id + ".body.tex")).string());
    }
    if (want_pdf) files.push_back((out / "print" / (id + ".pdf")).string());
    return files;
  };

  // On a terminal a bar (documents done, rate, time left) with only problems
  // printed above it; elsewhere a line per document and progress lines.
  // (A small build off a terminal gets its document lines only.)
  // A document's page; it links the PDF when `with_pdf`.
  auto write_page = [&](const DocumentEntry& entry, const std::string& tei, bool with_pdf, Diagnostics& d) {
    std::map<std::string, std::string> params{{"edition-title", edition->title},
                                              {"register-href", personography ? "register.html" : ""},
                                              {"chronology-href", "chronology.html"},
                                              {"tei-href", "../tei/" + entry.id + ".xml"}};
    if (with_pdf) params["pdf-href"] = "../print/" + entry.id + ".pdf";
    std::string html, why;
    if (!html_doc->transform(tei, entry.id, params, html, d)) return false;
    if (fs::write_atomic((out / "html" / (entry.id + ".html")).string(), html, why)) return true;
    d.error(entry.id, {}, "cannot write the HTML page: " + why);
    return false;
  };

  const ProgressMode progress_mode =
      opt.progress == ProgressMode::Auto && !opt.log_is_terminal && docs.size() < 20 ? ProgressMode::Off : opt.progress;
  Progress progress(log, docs.size(), progress_mode, opt.log_is_terminal);
  const bool bar = progress.mode() == ProgressMode::Bar;
  parallel_for(docs.size(), jobs, [&](std::size_t i) {
    const auto t = Clock::now();
    const DocumentEntry& entry = docs[i];
    DocResult& r = results[i];
    r.state_path = (out / ".editio" / "state" / (entry.id + ".state")).string();
    r.key = document_key(common_key, entry);
    r.bytes = sizes[i];
    if (DocumentState state; !opt.force && outputs_current(r.state_path, r.key, outputs_of(entry.id), &state)) {
      // Unchanged: what the cross-document pages need comes from the written TEI.
      StageTimer indexing(&r.times, Stage::Index);
      std::string tei, why;
      pugi::xml_document written;
      if (fs::read_file((out / "tei" / (entry.id + ".xml")).string(), tei, why) && load_written_tei(written, tei)) {
        r.skipped = r.ok = true;
        r.notes = state.notes;
        r.paragraphs = state.paragraphs;
        r.replayed_warnings = state.warnings;
        std::vector<Passage> passages;
        index_document(i, written, r, &passages);
        if (search_index) search_index->add(i, std::move(passages));
        r.body_written = want_tex && !clashes_with_book(entry.id);
        r.pdf_made = want_pdf;
        r.seconds = seconds_since(t);
        progress.done();
        return;
      }
    }
    remove_state(r.state_path);  // written again once every output of the document is
    Converted c = convert_entry(*edition, entry, r.diags, matcher.get(), &r.times);
    std::string why;
    std::vector<Passage> passages;  // for the search index, with the HTML page
    bool html_written = false;
    if (c.ok) {
      // What the log and the statistics need of the model; the model itself
      // goes before validation, so that it is not held beside the TEI's trees.
      r.notes = c.doc.notes.size();
      r.persons = c.doc.persons.size();
      for (const auto& b : c.doc.blocks) r.paragraphs += b.kind != BlockKind::Heading && b.kind != BlockKind::Title;
      c.doc = Document{};
      r.tei = std::move(c.tei);
      const std::string tei_path = (out / "tei" / (entry.id + ".xml")).string();
      StageTimer validating(&r.times, Stage::Validate);
      r.ok = validator.validate(r.tei, tei_path, r.diags);
      validating.stop();
      StageTimer writing(&r.times, Stage::WriteTei);
      if (!fs::write_atomic(tei_path, r.tei, why)) {
        r.diags.error(tei_path, {}, "cannot write: " + why);
        r.ok = false;
      }
      writing.stop();
      // The written TEI, parsed once for the cross-document pages.
      StageTimer indexing(&r.times, Stage::Index);
      pugi::xml_document written;
      if (load_written_tei(written, r.tei)) index_document(i, written, r, r.ok ? &passages : nullptr);
      indexing.stop();
    } else {
      // The outputs of an earlier build no longer match the sources: they go,
      // rather than stand in the edition for a document that failed.
      std::error_code ec;
      for (const auto& f : outputs_of(entry.id)) sfs::remove(f, ec);
    }
    if (r.ok && want_html) {
      StageTimer timer(&r.times, Stage::Html);
      html_written = write_page(entry, r.tei, want_pdf, r.diags);
      r.html_written = html_written;
    }
    // Searched only when its page was written.
    if (search_index) {
      if (r.ok && html_written) search_index->add(i, std::move(passages));
      else search_index->skip(i);
    }
    if (r.ok && want_tex) {
      StageTimer timer(&r.times, Stage::Latex);
      std::string tex, why2;
      const std::string tex_path = (out / "print" / (entry.id + ".tex")).string();
      const auto params = latex_params(*edition);
      if (latex_doc->transform(r.tei, entry.id, params, tex, r.diags)) {
        if (!keep_tex_line_limit(tex)) r.diags.error(entry.path, {}, kTexLineTooLong);
        if (!fs::write_atomic(tex_path, tex, why2)) r.diags.error(tex_path, {}, "cannot write: " + why2);
      }
      // The book's body of this document, now, so that its TEI need not be kept.
      if (!r.diags.errors() && !clashes_with_book(entry.id))
        r.body_written = write_book_body(*latex_doc, r.tei, entry.id, params, (out / "print").string(), r.diags);
    }
    r.tei.clear();
    r.tei.shrink_to_fit();
    r.seconds = seconds_since(t);
    std::ostringstream line;
    line << (r.diags.errors() ? "FAIL " : "ok   ") << entry.id << ": " << r.paragraphs << " paragraphs, "
         << r.notes << " notes";
    if (personography) line << ", " << r.mentions << " mentions of " << r.persons << " persons";
    line << ", " << r.dates << " dates";
    if (r.diags.warnings()) line << ", " << r.diags.warnings() << " warnings";
    if (r.diags.errors()) line << ", " << r.diags.errors() << " errors";
    line << " (" << fixed(r.seconds, 2) << " s)\n";
    for (const auto& x : r.diags.items()) line << "  " << x.format() << '\n';
    // Under the bar, a document without problems needs no line of its own.
    if (!bar || !r.diags.items().empty()) progress.print(line.str());
    progress.done(!r.ok || r.diags.errors());
  });
  progress.finish();

  // A document rebuilt without its PDF (XeLaTeX failed, or an earlier stage)
  // has none: an older one would stand for another text. It is removed, and
  // the page, written before XeLaTeX ran, is made again without the link.
  auto unlink_missing_pdfs = [&] {
    for (std::size_t i = 0; i < docs.size(); ++i) {
      const DocumentEntry& entry = docs[i];
      DocResult& r = results[i];
      if (r.skipped || r.pdf_made) continue;
      std::error_code ec;
      sfs::remove(out / "print" / (entry.id + ".pdf"), ec);
      std::string tei, why;
      if (!r.html_written) continue;
      if (fs::read_file((out / "tei" / (entry.id + ".xml")).string(), tei, why))
        r.html_written = write_page(entry, tei, false, r.diags);
      else r.diags.error(entry.path, {}, "cannot make its page again without the PDF's link: " + why);
    }
  };

  // PDFs: XeLaTeX is the slowest stage; documents typeset in parallel too.
  if (want_pdf) {
    TypesetOptions topt;
    topt.texinputs = (home / "xslt" / "latex").string();
    std::size_t to_typeset = 0;
    for (const auto& r : results) to_typeset += r.ok && !r.skipped && !r.diags.errors();
    Progress pdf_progress(log, to_typeset, progress_mode, opt.log_is_terminal, "PDFs");
    parallel_for(docs.size(), jobs, [&](std::size_t i) {
      DocResult& r = results[i];
      if (!r.ok || r.skipped || r.diags.errors()) return;
      const auto t = Clock::now();
      const std::string id = docs[i].id;
      Diagnostics d;
      StageTimer timer(&r.times, Stage::Pdf);
      int passes = 0;
      bool ok = typeset((out / "print" / (id + ".tex")).string(), (out / "print" / ".work" / id).string(),
                        (out / "print" / (id + ".pdf")).string(), docs[i].path, topt, d, &passes);
      std::ostringstream line;
      line << (ok ? "pdf  " : "FAIL ") << id << ".pdf (" << passes << (passes == 1 ? " pass, " : " passes, ")
           << fixed(seconds_since(t), 1) << " s)\n";
      for (const auto& x : d.items()) line << "  " << x.format() << '\n';
      if (!bar || !d.items().empty()) pdf_progress.print(line.str());
      pdf_progress.done(!ok);
      r.diags.append(d);
      r.pdf_made = ok;
    });
    pdf_progress.finish();
    unlink_missing_pdfs();
  }

  // Record what each rebuilt document was made from, now that all its outputs
  // are written (and on the disk: a record never vouches for an output that a
  // power loss could still take); unchanged documents say so once, with the
  // warnings they had.
  fs::sync_filesystem(lock.fd);
  std::size_t skipped = 0;
  for (std::size_t i = 0; i < docs.size(); ++i) {
    DocResult& r = results[i];
    if (r.skipped) {
      ++skipped;
      continue;
    }
    if (!r.ok || r.diags.errors()) continue;
    DocumentState state;
    state.key = r.key;
    state.notes = r.notes;
    state.paragraphs = r.paragraphs;
    state.warnings = r.diags.warnings();
    if (!write_state(r.state_path, state, why))
      setup.warning(r.state_path, {}, "cannot record the document's inputs (" + why + "): it will be rebuilt next time");
  }
  if (skipped)
    log << "editio: " << skipped << " of " << docs.size()
        << " documents unchanged since the last build into this directory, not rebuilt (--force rebuilds them"
        << " and shows their warnings again)\n";

  const double documents_seconds = seconds_since(t0);
  const std::size_t documents_peak_rss = peak_rss_bytes();
  const auto t_pages = Clock::now();
  // The edition's index.
  std::vector<IndexedDocument> indexed;
  for (std::size_t i = 0; i < docs.size(); ++i)
    indexed.push_back({&docs[i], results[i].ok, &results[i].source, results[i].pdf_made});
  // edition.xml, written in parts (the register and the chronology from
  // the scratch file); its hash decides whether the pages are made again.
  const std::string edition_path = (out / "edition.xml").string();
  const std::string& lang = edition->language;
  std::string head = edition_index_head(*edition, indexed, opt.formats);
  // Written again when the whole-edition PDF could not be made (it is then not linked).
  auto write_edition = [&] {
    fs::AtomicFile file;
    Hasher hash;
    bool ok = file.open(edition_path, why);
    if (ok) {
      const bool read = write_edition_index(
          [&](std::string_view part) {
            hash.add(part);
            file.write(part);
          },
          head, register_index.get(), lang, chronology.get());
      if (!read) {
        why = scratch.error();
        ok = false;
      } else {
        ok = file.commit(why);
      }
    }
    if (!ok) setup.error(edition_path, {}, "cannot write: " + why);
    return hash.hex();
  };
  const std::string edition_key = write_edition();
  // The whole edition as one book (print/edition.tex, which \input's the
  // print/<id>.body.tex written with each document, and print/edition.pdf:
  // build/book), after the documents' own PDFs and before the pages, which
  // link print/edition.pdf only when it was made; a document that failed is
  // left out with a warning.
  double book_seconds = 0;
  if (want_tex && latex_doc) {
    const auto t = Clock::now();
    BookOptions book;
    book.home = opt.home;
    book.print_dir = (out / "print").string();
    book.edition_xml = edition_path;
    book.index_lang = edition->language;
    book.label = manifest_path;
    book.document_params = latex_params(*edition);  // as the documents' own LaTeX
    book.typeset = want_pdf;
    book.typeset_options.texinputs = (home / "xslt" / "latex").string();
    std::vector<BookDocument> book_docs;
    for (std::size_t i = 0; i < docs.size(); ++i) {
      BookDocument b;
      b.id = docs[i].id;
      b.label = docs[i].path;
      b.body_written = results[i].body_written;
      b.ok = results[i].ok && !results[i].diags.errors();
      book_docs.push_back(b);
    }
    // The book is made again only when what it is made of changed: the
    // edition's description and every document in it (their input keys).
    Hasher book_key;
    book_key.add(common_key).add(edition_key);
    for (std::size_t i = 0; i < docs.size(); ++i) book_key.add(results[i].key).add(book_docs[i].ok ? "1" : "0");
    const std::string book_state = (out / ".editio" / "state" / "edition.book").string();
    std::vector<std::string> book_files{(out / "print" / "edition.tex").string()};
    if (want_pdf) book_files.push_back((out / "print" / "edition.pdf").string());
    int passes = 0;
    bool made = false;
    if (!opt.force && outputs_current(book_state, book_key.hex(), book_files)) {
      log << "the whole-edition book (print/edition.*): unchanged, not made again\n";
    } else {
      remove_state(book_state);
      made = make_book(book, *latex_doc, book_docs, setup, &passes);
      std::error_code ec;
      if (!made && want_pdf) sfs::remove(out / "print" / "edition.pdf", ec);  // not left over from an earlier build
      if (made && !write_state(book_state, DocumentState{book_key.hex()}, why))
        setup.warning(book_state, {}, "cannot record the book's inputs (" + why + "): it will be made again next time");
    }
    if (want_pdf && (made || passes > 0))
      log << (made ? "pdf  " : "FAIL ") << "edition.pdf (the whole edition; " << passes
          << (passes == 1 ? " pass, " : " passes, ") << fixed(seconds_since(t), 1) << " s)\n";
    book_seconds = seconds_since(t);
  }
  if (want_pdf && !sfs::exists(out / "print" / "edition.pdf")) {
    head = edition_index_head(*edition, indexed, opt.formats, false);
    write_edition();
  }
  if (want_html) {
    // The cross-document pages, side by side: each task has its own diagnostics.
    std::vector<std::function<void(Diagnostics&)>> pages;
    // Each page is made from the head of edition.xml and what that page
    // shows (`body`, written between the head and </edition>), never from
    // the whole of a large edition. A page made from the same input by the
    // same stylesheets and program as last time is left as it is (an edit
    // that changes no name or date leaves the register and the chronology
    // alone; a new date, the register).
    using Body = std::function<bool(const TextSink&)>;
    auto page = [&](const Stylesheet& xsl, const std::string& file, Body body) {
      pages.push_back([&xsl, file, body, &head, &scratch, &out, &common_key, &opt](Diagnostics& d) {
        std::string html, why;
        const std::string path = (out / "html" / file).string();
        const std::string state_path = (out / ".editio" / "state" / ("page-" + file + ".state")).string();
        std::string input = head;
        if (!body([&input](std::string_view part) { input.append(part); })) {
          d.error(path, {}, "cannot make the page: " + scratch.error());
          return;
        }
        input += "</edition>\n";
        // Keyed on its own input: a new date leaves the register's pages and
        // the chronology's parts before it alone.
        Hasher key;
        key.add(common_key).add(file).add(input);
        if (!opt.force && outputs_current(state_path, key.hex(), {path})) return;
        remove_state(state_path);
        if (!xsl.transform(input, "edition.xml", {}, html, d)) return;
        if (!fs::write_atomic(path, html, why)) {
          d.error(path, {}, "cannot write: " + why);
          return;
        }
        if (!write_state(state_path, DocumentState{key.hex()}, why))
          d.warning(state_path, {}, "cannot record the page's inputs (" + why + "): it will be made again next time");
      });
    };
    const std::string html_dir = (out / "html").string();
    const std::string date_count = std::to_string(chronology->size());
    // What the index and the search pages show of the register and the
    // chronology: the persons (without their mentions) and how many dates.
    auto persons_summary = [&](const TextSink& s) {
      return !register_index || register_index->write_overview(s, lang, {}, "register.html");
    };
    auto dates_summary = [&](const TextSink& s) {
      if (chronology->size()) s("<chronology count=\"" + date_count + "\"/>");
      return true;
    };
    auto summary = [&](const TextSink& s) { return persons_summary(s) && dates_summary(s); };
    page(*html_index, "index.html", summary);
    page(*html_search, "search.html", summary);
    if (register_index) {
      auto parts = register_index->plan(lang, opt.page_entries);
      remove_stale_parts(html_dir, "register.html", parts.size() > 1 ? parts.size() : 0);
      if (parts.size() == 1) {
        page(*html_register, "register.html", [&](const TextSink& s) { return register_index->write(s, lang); });
      } else {
        page(*html_register, "register.html", [&, parts](const TextSink& s) {
          s(parts_xml("register.html", parts, 0));
          return register_index->write_overview(s, lang, parts, "register.html");
        });
        for (std::size_t k = 0; k < parts.size(); ++k)
          page(*html_register, part_file("register.html", k + 1), [&, parts, k](const TextSink& s) {
            s(parts_xml("register.html", parts, k + 1));
            return register_index->write_part(s, lang, parts[k]);
          });
      }
    }
    {
      auto parts = chronology->plan(opt.page_entries);
      remove_stale_parts(html_dir, "chronology.html", parts.size() > 1 ? parts.size() : 0);
      // The chronology links the register when there is one: <persons/> says so.
      auto persons_marker = [&](const TextSink& s) {
        if (register_index) s("<persons/>");
      };
      if (parts.size() == 1) {
        page(*html_chronology, "chronology.html", [&, persons_marker](const TextSink& s) {
          persons_marker(s);
          return !chronology->size() || chronology->write(s);
        });
      } else {
        page(*html_chronology, "chronology.html", [&, parts, persons_marker](const TextSink& s) {
          persons_marker(s);
          s(parts_xml("chronology.html", parts, 0));
          return dates_summary(s);
        });
        for (std::size_t k = 0; k < parts.size(); ++k)
          page(*html_chronology, part_file("chronology.html", k + 1), [&, parts, k, persons_marker](const TextSink& s) {
            persons_marker(s);
            s(parts_xml("chronology.html", parts, k + 1));
            return chronology->write_part(s, parts[k]);
          });
      }
    }
    // Full-text search: the shards are written; the index of them (scripts,
    // so that they load from file:// too).
    pages.push_back([&](Diagnostics& d) { search_index->finish(d); });
    std::vector<Diagnostics> page_diags(pages.size());
    parallel_for(pages.size(), jobs, [&](std::size_t i) { pages[i](page_diags[i]); });
    for (auto& d : page_diags) setup.append(d);
  }
  register_index.reset();
  chronology.reset();
  const double pages_seconds = seconds_since(t_pages) - book_seconds;
  print_diags(log, setup, log_mutex);

  std::size_t errors = manifest_errors + setup.errors(), warnings = setup.warnings(), notes = 0, failed = 0;
  for (const auto& r : results) {
    errors += r.diags.errors();
    warnings += r.diags.warnings() + r.replayed_warnings;
    notes += r.notes;
    failed += (!r.ok || r.diags.errors()) ? 1 : 0;
  }
  log << "editio: " << docs.size() << " documents (" << (docs.size() - failed - skipped) << " built, ";
  if (skipped) log << skipped << " unchanged, ";
  log << failed << " failed), " << notes << " notes, " << warnings << " warnings, " << errors << " errors, "
      << fixed(seconds_since(t0), 2) << " s -> " << opt.out_dir << '\n';
  if (!opt.stats_path.empty()) {
    BuildStats stats;
    stats.jobs = jobs;
    stats.documents = docs.size();
    stats.failed = failed;
    stats.built = docs.size() - failed - skipped;
    stats.skipped = skipped;
    for (const auto& r : results) {
      stats.bytes += r.bytes;
      stats.stages += r.times;
    }
    stats.documents_seconds = documents_seconds;
    stats.pages_seconds = pages_seconds;
    stats.book_seconds = book_seconds;
    stats.wall_seconds = seconds_since(t0);
    stats.peak_rss = peak_rss_bytes();
    stats.documents_peak_rss = documents_peak_rss;
    if (!fs::write_atomic(opt.stats_path, stats_json(stats), why)) {
      log << "editio: cannot write the statistics to " << opt.stats_path << ": " << why << '\n';
      return 1;
    }
  }
  return errors ? 1 : 0;
}

}  // namespace editio
