#include "driver/document_job.hpp"

#include <map>
#include <sstream>

#include "convert/pipeline.hpp"
#include "corpus/tei_text.hpp"
#include "driver/incremental.hpp"
#include "render/book.hpp"
#include "render/formats.hpp"
#include "render/typeset.hpp"
#include "util/fs.hpp"

namespace editio {

DocumentJob::DocumentJob(const BuildContext& build, std::size_t index, std::size_t bytes, DocResult& result)
    : build_(build), index_(index), entry_(build.inputs.edition->documents[index]), bytes_(bytes), r_(result) {}

void DocumentJob::run(Progress& progress, bool bar) {
  const auto t = BuildClock::now();
  r_.state_path = build_.paths.state(entry_.id);
  r_.key = document_key(build_.inputs.common_key, entry_, build_.inputs.editor.get());
  r_.bytes = bytes_;
  const bool merging = build_.options.merge;  // reuses every document, never converts one
  if ((merging || !build_.options.force) && reuse_outputs()) {
    r_.seconds = seconds_since(t);
    progress.done();
    return;
  }
  if (merging) return progress.done(true);  // EditionBuild says which shard to build
  remove_state(r_.state_path);  // written again once every output of the document is
  std::vector<Passage> passages;  // for the search index, with the HTML page
  if (!make_tei(passages)) remove_outputs();
  if (r_.ok && build_.wanted.html) {
    StageTimer timer(&r_.times, Stage::Html);
    r_.html_written = write_document_page(build_, entry_, r_.tei, build_.wanted.pdf, r_.diags);
  }
  add_to_search(std::move(passages));
  if (r_.ok && build_.wanted.tex) write_latex();
  r_.tei.clear();
  r_.tei.shrink_to_fit();
  r_.seconds = seconds_since(t);
  report(progress, bar);
}

// Unchanged since the last build (driver/incremental.hpp): what the
// cross-document pages need comes from its part file, else (an older build,
// or a damaged file) from its written TEI, read again; a merge takes only
// the part file.
bool DocumentJob::reuse_outputs() {
  DocumentState state;
  if (!outputs_current(r_.state_path, r_.key, build_.paths.of_document(entry_.id, build_.wanted), &state))
    return false;
  StageTimer indexing(&r_.times, Stage::Index);
  DocumentPart part;
  if (read_part(build_.paths.part(entry_.id), r_.key, part)) {
    build_.indexes.add(index_, part, r_);
  } else {
    std::string tei, why;
    pugi::xml_document written;
    if (build_.options.merge || !fs::read_file(build_.paths.tei(entry_.id), tei, why) ||
        !load_written_tei(written, tei))
      return false;
    part = index_part(written, true);
  }
  r_.skipped = r_.ok = true;
  r_.notes = state.notes;
  r_.paragraphs = state.paragraphs;
  r_.replayed_warnings = state.warnings;
  if (build_.indexes.search) build_.indexes.search->add(index_, std::move(part.passages));
  r_.body_written = build_.wanted.tex && !clashes_with_book(entry_.id);
  r_.pdf_made = build_.wanted.pdf;
  return true;
}

// Takes the document's part from its written TEI, records it (when `keep`:
// the document is valid) in its part file and adds it to the indexes.
DocumentPart DocumentJob::index_part(const pugi::xml_document& written, bool keep) {
  PartContents what = build_.indexes.contents();
  what.passages = what.passages && keep;
  DocumentPart part = collect_part(written, entry_.id, what);
  part.key = r_.key;
  const std::string path = build_.paths.part(entry_.id);
  if (std::string why; keep && !write_part(path, part, why))
    r_.diags.warning(path, {}, "cannot record the document's part of the indexes (" + why +
                                   "): it will be read from its TEI next time, and `editio merge` cannot use it");
  build_.indexes.add(index_, part, r_);
  return part;
}

// Converts the document, validates and writes its TEI, and indexes what was
// written; `passages` receives its search passages when it is valid.
bool DocumentJob::make_tei(std::vector<Passage>& passages) {
  const SharedInputs& in = build_.inputs;
  Converted c = convert_entry(*in.edition, entry_, r_.diags, {in.matcher.get(), in.entity_matcher.get()}, &r_.times);
  if (!c.ok) return false;
  // What the log and the statistics need of the model; the model itself
  // goes before validation, so that it is not held beside the TEI's trees.
  r_.notes = c.doc.notes.size();
  r_.persons = c.doc.persons.size();
  for (const auto& b : c.doc.blocks) r_.paragraphs += b.kind != BlockKind::Heading && b.kind != BlockKind::Title;
  c.doc = Document{};
  r_.tei = std::move(c.tei);
  const std::string tei_path = build_.paths.tei(entry_.id);
  StageTimer validating(&r_.times, Stage::Validate);
  r_.ok = in.validator->validate(r_.tei, tei_path, r_.diags);
  validating.stop();
  StageTimer writing(&r_.times, Stage::WriteTei);
  if (std::string why; !fs::write_atomic(tei_path, r_.tei, why)) {
    r_.diags.error(tei_path, {}, "cannot write: " + why);
    r_.ok = false;
  }
  writing.stop();
  // Indexed from the written TEI, parsed once, as a reused document is.
  StageTimer indexing(&r_.times, Stage::Index);
  pugi::xml_document written;
  if (load_written_tei(written, r_.tei)) passages = index_part(written, r_.ok).passages;
  return true;
}

// The outputs of an earlier build no longer match the sources: they go,
// rather than stand in the edition for a document that failed.
void DocumentJob::remove_outputs() const {
  std::error_code ec;
  for (const auto& f : build_.paths.of_document(entry_.id, build_.wanted)) std::filesystem::remove(f, ec);
}

// A document is searched only when its page was written.
void DocumentJob::add_to_search(std::vector<Passage> passages) {
  SearchIndexWriter* search = build_.indexes.search.get();
  if (!search) return;
  if (r_.ok && r_.html_written) search->add(index_, std::move(passages));
  else search->skip(index_);
}

// print/<id>.tex, and the book's body of this document now, so that its
// TEI need not be kept until the book is made.
void DocumentJob::write_latex() {
  StageTimer timer(&r_.times, Stage::Latex);
  const Stylesheet& latex = *build_.inputs.latex_doc;
  std::string tex, why;
  const std::string tex_path = build_.paths.tex(entry_.id);
  const auto params = latex_params(*build_.inputs.edition);
  if (latex.transform(r_.tei, entry_.id, params, tex, r_.diags)) {
    if (!keep_tex_line_limit(tex)) r_.diags.error(entry_.path, {}, kTexLineTooLong);
    if (!fs::write_atomic(tex_path, tex, why)) r_.diags.error(tex_path, {}, "cannot write: " + why);
  }
  if (!r_.diags.errors() && !clashes_with_book(entry_.id))
    r_.body_written = write_book_body(latex, r_.tei, entry_.id, params, (build_.paths.out / "print").string(), r_.diags);
}

void DocumentJob::report(Progress& progress, bool bar) const {
  std::ostringstream line;
  line << (r_.diags.errors() ? "FAIL " : "ok   ") << entry_.id << ": " << r_.paragraphs << " paragraphs, "
       << r_.notes << " notes";
  if (build_.inputs.personography) line << ", " << r_.mentions << " mentions of " << r_.persons << " persons";
  line << ", " << r_.dates << " dates";
  if (r_.diags.warnings()) line << ", " << r_.diags.warnings() << " warnings";
  if (r_.diags.errors()) line << ", " << r_.diags.errors() << " errors";
  line << " (" << fixed(r_.seconds, 2) << " s)\n";
  for (const auto& x : r_.diags.items()) line << "  " << x.format() << '\n';
  // Under the bar, a document without problems needs no line of its own.
  if (!bar || !r_.diags.items().empty()) progress.print(line.str());
  progress.done(r_.failed());
}

// The downloads are linked where the site holds them (html/tei/, html/print/:
// site/downloads.hpp), so that html/ alone can be published.
bool write_document_page(const BuildContext& build, const DocumentEntry& entry, const std::string& tei,
                         bool with_pdf, Diagnostics& d) {
  std::map<std::string, std::string> params{{"edition-title", build.inputs.edition->title},
                                            {"register-href", build.inputs.personography ? "register.html" : ""},
                                            {"places-href", build.indexes.places ? kPlacesPage : ""},
                                            {"orgs-href", build.indexes.orgs ? kOrgsPage : ""},
                                            {"chronology-href", "chronology.html"},
                                            {"tei-href", "tei/" + entry.id + ".xml"},
                                            {"base-url", build.inputs.edition->base_url},
                                            {"page-file", entry.id + ".html"}};
  if (with_pdf) params["pdf-href"] = "print/" + entry.id + ".pdf";
  std::string html, why;
  if (!build.inputs.html_doc->transform(tei, entry.id, params, html, d)) return false;
  if (fs::write_atomic(build.paths.html(entry.id), html, why)) return true;
  d.error(entry.id, {}, "cannot write the HTML page: " + why);
  return false;
}

TypesetOptions typeset_options(const BuildContext& build) {
  TypesetOptions options;
  options.texinputs = (std::filesystem::path(build.options.home) / "xslt" / "latex").string();
  options.format_dir = (build.paths.out / ".editio" / "tex-formats").string();
  return options;
}

void typeset_document(const BuildContext& build, const DocumentEntry& entry, DocResult& r, Progress& progress,
                      bool bar) {
  const auto t = BuildClock::now();
  const std::string& id = entry.id;
  const std::filesystem::path print = build.paths.out / "print";
  const TypesetOptions options = typeset_options(build);
  Diagnostics d;
  StageTimer timer(&r.times, Stage::Pdf);
  int passes = 0;
  const bool ok = typeset(build.paths.tex(id), (print / ".work" / id).string(), build.paths.pdf(id), entry.path,
                          options, d, &passes);
  std::ostringstream line;
  line << (ok ? "pdf  " : "FAIL ") << id << ".pdf (" << passes << (passes == 1 ? " pass, " : " passes, ")
       << fixed(seconds_since(t), 1) << " s)\n";
  for (const auto& x : d.items()) line << "  " << x.format() << '\n';
  if (!bar || !d.items().empty()) progress.print(line.str());
  progress.done(!ok);
  r.diags.append(d);
  r.pdf_made = ok;
}

}  // namespace editio
