#pragma once
// One document's way through the build: its job (every stage up to its
// LaTeX, or the reuse of its outputs when nothing it is made from changed)
// and then its typesetting. Both run on any thread, one document each.
#include <cstddef>
#include <string>
#include <vector>

#include "driver/build_context.hpp"
#include "render/typeset.hpp"
#include "site/search_index.hpp"
#include "util/progress.hpp"

namespace editio {

class DocumentJob {
 public:
  // Document `index` of the manifest, `bytes` its source's size; its
  // outcome goes to `result`.
  DocumentJob(const BuildContext& build, std::size_t index, std::size_t bytes, DocResult& result);

  // Reuses the document's outputs when they are current, else converts it,
  // validates and writes its TEI, indexes it, writes its page and its LaTeX;
  // reports it to `progress` (a line of its own unless `bar` and all went well).
  void run(Progress& progress, bool bar);

 private:
  bool reuse_outputs();                               // true when unchanged and reused
  bool make_tei(std::vector<Passage>& passages);      // false when it could not be converted
  DocumentPart index_part(const pugi::xml_document& written, bool keep);
  void remove_outputs() const;
  void add_to_search(std::vector<Passage> passages);
  void write_latex();
  void report(Progress& progress, bool bar) const;

  const BuildContext& build_;
  std::size_t index_;
  const DocumentEntry& entry_;
  std::size_t bytes_;
  DocResult& r_;
};

// Writes document `entry`'s HTML page from its TEI; it links the PDF when
// `with_pdf`. False (with the reason in `diags`) when it could not.
bool write_document_page(const BuildContext& build, const DocumentEntry& entry, const std::string& tei,
                         bool with_pdf, Diagnostics& diags);

// How the build runs XeLaTeX, for the documents and the book alike: the
// stylesheets' .sty files, the preamble's format in OUT/.editio/tex-formats.
TypesetOptions typeset_options(const BuildContext& build);

// Typesets a document its job rebuilt (print/<id>.tex -> print/<id>.pdf) and
// reports it to `progress`; r.pdf_made says whether it worked.
void typeset_document(const BuildContext& build, const DocumentEntry& entry, DocResult& r, Progress& progress,
                      bool bar);

}  // namespace editio
