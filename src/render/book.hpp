#pragma once
// The whole edition as one book: print/edition.tex (xslt/latex/edition.xsl
// applied to edition.xml) \input's print/<id>.body.tex of each document
// (xslt/latex/document.xsl with standalone='no'); XeLaTeX turns it into
// print/edition.pdf, after the documents' own PDFs.
#include <map>
#include <string>
#include <vector>

#include "model/diagnostic.hpp"
#include "render/stylesheet.hpp"
#include "render/typeset.hpp"

namespace editio {

struct BookDocument {
  std::string id;
  std::string label;                 // where its diagnostics point (its source file)
  const std::string* tei = nullptr;  // its TEI as written (not needed when body_written)
  bool ok = false;                   // built without errors; a document that failed is left out
  bool body_written = false;         // print/<id>.body.tex is already written (write_book_body)
};

// Whether the document id would clash with the book's own files
// (print/edition.tex, print/<id>.body.tex): "edition" and "*.body".
bool clashes_with_book(const std::string& id);

// Writes print/<id>.body.tex (document.xsl with standalone='no' and `params`)
// from one document's TEI, so that the build need not keep every TEI until
// the book is made. Returns false (with diagnostics) when it could not.
bool write_book_body(const Stylesheet& document_xsl, const std::string& tei, const std::string& id,
                     const std::map<std::string, std::string>& params, const std::string& print_dir,
                     Diagnostics& diags);

struct BookOptions {
  std::string home;         // holds xslt/latex/
  std::string print_dir;    // the print output (output/print)
  std::string edition_xml;  // the path of output/edition.xml
  std::string index_lang;   // the edition's language (index of persons, the book's headings)
  std::string label;        // where diagnostics about the book as a whole point (the manifest)
  // What the per-document transform gets; the body files add standalone='no'.
  std::map<std::string, std::string> document_params;
  bool typeset = true;      // also make the PDF
  TypesetOptions typeset_options;
};

// Writes print/<id>.body.tex for each document that is ok and
// print/edition.tex (atomically); with `typeset`, print/edition.pdf.
// Returns false when the book could not be made (diagnostics say why).
bool make_book(const BookOptions& options, const Stylesheet& document_xsl,
               const std::vector<BookDocument>& docs, Diagnostics& diags, int* passes_run = nullptr);

// make_book's last step: XeLaTeX on the written print/edition.tex, until its
// auxiliary files settle (usually three passes: reledmac places the headings
// in the second, and their contents lines are read in the third). A TeX
// error raised in a document's body is reported against that document.
// `passes_run`, when given, receives the number of XeLaTeX passes.
bool typeset_book(const BookOptions& options, const std::vector<BookDocument>& docs, Diagnostics& diags,
                  int* passes_run = nullptr);

// The id of the document whose body the book's TeX log was reading at its
// first error ("! ..."), from the markers edition.xsl writes around each
// body; "" when the error is outside every body (or there is none).
std::string book_error_document(const std::string& log);

}  // namespace editio
