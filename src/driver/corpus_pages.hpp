#pragma once
// What a build makes of its cross-document indexes (driver/build_context.hpp)
// once every document is done: the edition's description, edition.xml, and
// from it the HTML pages of the whole edition (index, search, register,
// chronology, the register and the chronology in parts when large, and the
// search index's own files).
#include <functional>
#include <string>
#include <vector>

#include "driver/build_context.hpp"
#include "tei/serialize.hpp"

namespace editio {

// Writes edition.xml at `path`: `head` (edition_index_head), then the
// register and the chronology from the scratch file. Returns the hash of what
// was written (it decides whether the book is made again); a failure goes to `diags`.
std::string write_edition_xml(const std::string& path, const std::string& head, const CorpusIndexes& indexes,
                              const std::string& lang, Diagnostics& diags);

// Places in html/ what the pages offer for download (site/downloads.hpp):
// each document's TEI and PDF, the schemas the TEI names, edition.xml, the
// edition's TEI corpus (tei/edition-corpus.xml) and the book, so that html/ alone is the whole site; removes the downloads of
// documents no longer in the manifest. Problems go to `diags`.
void place_downloads(const BuildContext& build, Diagnostics& diags);

class CorpusPages {
 public:
  // `head`: the head of edition.xml, which every page starts from.
  CorpusPages(const BuildContext& build, const std::string& head);

  // Makes the pages side by side on `jobs` threads; each page made from the
  // same input by the same stylesheets and program as last time is left as
  // it is. Their problems go to `diags`.
  void make(unsigned jobs, Diagnostics& diags);

 private:
  // What a page shows, written between the head and </edition>.
  using Body = std::function<bool(const TextSink&)>;
  struct Page {
    const Stylesheet* xsl;
    std::string file;  // in html/
    Body body;
  };
  void plan_summaries();
  void plan_register(MentionRegister* index, const std::string& page);
  void plan_chronology();
  void make_page(const Page& page, Diagnostics& d) const;

  const BuildContext& build_;
  const std::string& head_;
  const std::string& lang_;
  std::string html_dir_;
  std::vector<Page> pages_;
};

}  // namespace editio
