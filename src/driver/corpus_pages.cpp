#include "driver/corpus_pages.hpp"

#include <filesystem>

#include "corpus/edition_index.hpp"
#include "corpus/parts.hpp"
#include "corpus/tei_corpus.hpp"
#include "driver/incremental.hpp"
#include "driver/parallel.hpp"
#include "util/fs.hpp"
#include "site/downloads.hpp"
#include "util/hash.hpp"

namespace editio {
namespace {

namespace sfs = std::filesystem;

// Removes html/<page>-N.html for N > `keep`: the parts of a register or
// chronology that had more parts in an earlier build into this directory.
void remove_stale_parts(const std::string& html_dir, const std::string& page, std::size_t keep) {
  std::error_code ec;
  for (std::size_t n = keep + 1;; ++n) {
    const sfs::path p = sfs::path(html_dir) / part_file(page, n);
    if (!sfs::remove(p, ec)) break;
  }
}

}  // namespace

std::string write_edition_xml(const std::string& path, const std::string& head, const CorpusIndexes& indexes,
                              const std::string& lang, Diagnostics& diags) {
  fs::AtomicFile file;
  Hasher hash;
  std::string why;
  bool ok = file.open(path, why);
  if (ok) {
    const bool read = write_edition_index(
        [&](std::string_view part) {
          hash.add(part);
          file.write(part);
        },
        head, indexes.register_index.get(), lang, indexes.chronology.get());
    if (!read) {
      why = indexes.scratch->error();
      ok = false;
    } else {
      ok = file.commit(why);
    }
  }
  if (!ok) diags.error(path, {}, "cannot write: " + why);
  return hash.hex();
}

void place_downloads(const BuildContext& build, Diagnostics& diags) {
  const sfs::path& out = build.paths.out;
  std::vector<SiteFile> files;
  for (const auto& e : build.inputs.edition->documents) {
    if (e.id.empty()) continue;
    files.push_back({build.paths.tei(e.id), "tei/" + e.id + ".xml"});
    if (build.wanted.pdf) files.push_back({build.paths.pdf(e.id), "print/" + e.id + ".pdf"});
  }
  // The TEI's <?xml-model?> names ../schema/editio.rng (tei/writer.hpp).
  for (const char* f : {"editio.rng", "editio.sch"}) files.push_back({(out / "schema" / f).string(), std::string("schema/") + f});
  files.push_back({(out / "edition.xml").string(), "edition.xml"});
  files.push_back({(out / "cmif.xml").string(), "cmif.xml"});  // the letters in CMIF, when there are any
  files.push_back({(out / "tei" / kTeiCorpusFile).string(), std::string("tei/") + kTeiCorpusFile});
  if (build.wanted.pdf) files.push_back({(out / "print" / "edition.pdf").string(), "print/edition.pdf"});
  const std::string html = (out / "html").string();
  place_site_files(files, html, diags);
  remove_other_site_files(files, html, "tei", ".xml");
  remove_other_site_files(files, html, "print", ".pdf");
}

CorpusPages::CorpusPages(const BuildContext& build, const std::string& head)
    : build_(build),
      head_(head),
      lang_(build.inputs.edition->language),
      html_dir_((build.paths.out / "html").string()) {
  plan_summaries();
  plan_register(build.indexes.register_index.get(), "register.html");
  plan_register(build.indexes.places.get(), kPlacesPage);
  plan_register(build.indexes.orgs.get(), kOrgsPage);
  plan_chronology();
}

// The index and the search pages show of the register and the chronology
// the persons (without their mentions) and how many dates; of the registers
// of places and organisations how many entries (<places count="N"/>).
void CorpusPages::plan_summaries() {
  RegisterIndex* persons = build_.indexes.register_index.get();
  ChronologyIndex* dates = build_.indexes.chronology.get();
  const std::string* lang = &lang_;
  std::string entities;
  if (const auto& places = build_.indexes.places) entities += "<places count=\"" + std::to_string(places->entries()) + "\"/>";
  if (const auto& orgs = build_.indexes.orgs) entities += "<orgs count=\"" + std::to_string(orgs->entries()) + "\"/>";
  Body summary = [persons, dates, lang, entities](const TextSink& s) {
    if (persons && !persons->write_overview(s, *lang, {}, "register.html")) return false;
    if (!entities.empty()) s(entities);
    if (dates->size()) s("<chronology count=\"" + std::to_string(dates->size()) + "\"/>");
    return true;
  };
  pages_.push_back({build_.inputs.html_index.get(), "index.html", summary});
  pages_.push_back({build_.inputs.html_search.get(), "search.html", summary});
}

// A register (of persons, places or organisations) at html/`page`: one
// page, or an overview and its parts.
void CorpusPages::plan_register(MentionRegister* index, const std::string& page) {
  if (!index) {  // none in this build: a page of an earlier one would stand for other data
    std::error_code ec;
    sfs::remove(sfs::path(html_dir_) / page, ec);
    remove_stale_parts(html_dir_, page, 0);
    return;
  }
  const Stylesheet* xsl = build_.inputs.html_register.get();
  const std::string* lang = &lang_;
  auto parts = index->plan(*lang, build_.options.page_entries);
  remove_stale_parts(html_dir_, page, parts.size() > 1 ? parts.size() : 0);
  if (parts.size() == 1) {
    pages_.push_back({xsl, page, [index, lang](const TextSink& s) { return index->write(s, *lang); }});
    return;
  }
  pages_.push_back({xsl, page, [index, lang, parts, page](const TextSink& s) {
                      s(parts_xml(page, parts, 0));
                      return index->write_overview(s, *lang, parts, page);
                    }});
  for (std::size_t k = 0; k < parts.size(); ++k)
    pages_.push_back({xsl, part_file(page, k + 1), [index, lang, parts, page, k](const TextSink& s) {
                        s(parts_xml(page, parts, k + 1));
                        return index->write_part(s, *lang, parts[k]);
                      }});
}

// The chronology: one page, or an overview and its parts. It links the
// register when there is one: <persons/> says so.
void CorpusPages::plan_chronology() {
  ChronologyIndex* dates = build_.indexes.chronology.get();
  const Stylesheet* xsl = build_.inputs.html_chronology.get();
  const std::string page = "chronology.html";
  const std::string persons = build_.indexes.register_index ? "<persons/>" : "";
  auto parts = dates->plan(build_.options.page_entries);
  remove_stale_parts(html_dir_, page, parts.size() > 1 ? parts.size() : 0);
  if (parts.size() == 1) {
    pages_.push_back({xsl, page, [dates, persons](const TextSink& s) {
                        if (!persons.empty()) s(persons);
                        return !dates->size() || dates->write(s);
                      }});
    return;
  }
  pages_.push_back({xsl, page, [dates, persons, parts, page](const TextSink& s) {
                      if (!persons.empty()) s(persons);
                      s(parts_xml(page, parts, 0));
                      if (dates->size()) s("<chronology count=\"" + std::to_string(dates->size()) + "\"/>");
                      return true;
                    }});
  for (std::size_t k = 0; k < parts.size(); ++k)
    pages_.push_back({xsl, part_file(page, k + 1), [dates, persons, parts, page, k](const TextSink& s) {
                        if (!persons.empty()) s(persons);
                        s(parts_xml(page, parts, k + 1));
                        return dates->write_part(s, parts[k]);
                      }});
}

// Each page is made from the head of edition.xml and what that page shows,
// never from the whole of a large edition, and keyed on that input: an edit
// that changes no name or date leaves the register and the chronology alone;
// a new date, the register and the chronology's parts before it.
void CorpusPages::make_page(const Page& page, Diagnostics& d) const {
  std::string html, why;
  const std::string path = (build_.paths.out / "html" / page.file).string();
  const std::string state_path = build_.paths.state("page-" + page.file);
  std::string input = head_;
  if (!page.body([&input](std::string_view part) { input.append(part); })) {
    d.error(path, {}, "cannot make the page: " + build_.indexes.scratch->error());
    return;
  }
  input += "</edition>\n";
  Hasher key;
  key.add(build_.inputs.common_key).add(page.file).add(input);
  if (!build_.options.force && outputs_current(state_path, key.hex(), {path})) return;
  remove_state(state_path);
  const std::map<std::string, std::string> params{{"base-url", build_.inputs.edition->base_url},
                                                  {"page-file", page.file}};
  if (!page.xsl->transform(input, "edition.xml", params, html, d)) return;
  if (!fs::write_atomic(path, html, why)) {
    d.error(path, {}, "cannot write: " + why);
    return;
  }
  if (!write_state(state_path, DocumentState{key.hex()}, why))
    d.warning(state_path, {}, "cannot record the page's inputs (" + why + "): it will be made again next time");
}

void CorpusPages::make(unsigned jobs, Diagnostics& diags) {
  // Full-text search: its shards are written; the index of them (scripts,
  // so that they load from file:// too) is one more task beside the pages.
  const std::size_t tasks = pages_.size() + 1;
  std::vector<Diagnostics> page_diags(tasks);
  parallel_for(tasks, jobs, [&](std::size_t i) {
    if (i < pages_.size()) make_page(pages_[i], page_diags[i]);
    else build_.indexes.search->finish(page_diags[i]);
  });
  for (auto& d : page_diags) diags.append(d);
}

}  // namespace editio
