#pragma once
// The files the pages offer for download, placed inside the site's folder
// (output/html/) so that the folder alone can be copied to a web server: a
// document's TEI (html/tei/ID.xml) and PDF (html/print/ID.pdf), the schemas
// the TEI's <?xml-model?> names relatively (html/schema/), the edition's
// description (html/edition.xml), its TEI corpus (html/tei/edition-corpus.xml,
// whose <?xml-model?> name the same schemas) and book (html/print/edition.pdf). The
// pages link them by these relative addresses (driver/document_job,
// corpus/edition_index).
#include <string>
#include <vector>

#include "model/diagnostic.hpp"

namespace editio {

// A file of the output (`from`, a path) and where it goes in the site
// (`to`, relative to the site's folder: "tei/doc.xml").
struct SiteFile {
  std::string from;
  std::string to;
};

// Places each file at html_dir/to: a hard link to `from` where the file
// system allows it (no bytes copied), else a copy; either way through a
// temporary beside it renamed over it, so a reader never sees half a file.
// A file already linked to `from` is left alone. When `from` does not exist
// (a document that failed, a PDF not made), html_dir/to is removed, so the
// site never offers a stale file. A file that cannot be placed is an error.
void place_site_files(const std::vector<SiteFile>& files, const std::string& html_dir, Diagnostics& diags);

// Removes the regular files directly in html_dir/sub whose name ends in
// `ext` and that `files` does not place there: the downloads of documents
// no longer in the manifest. Other files are left alone.
void remove_other_site_files(const std::vector<SiteFile>& files, const std::string& html_dir,
                             const std::string& sub, const std::string& ext);

}  // namespace editio
