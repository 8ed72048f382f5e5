#pragma once
// Validation against the project's TEI customization (RelaxNG + Schematron),
// with libxml2, in process. Schemas are compiled once; validate() may then be
// called from several threads at once.
#include <libxml/tree.h>

#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "check/schematron_native.hpp"
#include "model/diagnostic.hpp"

namespace editio {

class Validator {
 public:
  // Compiles the schemas; an empty path skips that schema. Errors in the
  // schemas themselves go to `diags`; ok() tells whether compiling worked.
  // The patterns of the project's Schematron (editio.sch) are checked in C++
  // (check/schematron_native.hpp), any other pattern by libxml2; Libxml2 has
  // libxml2 evaluate every pattern (the reference the C++ checks are tested
  // against).
  enum class Schematron { Native, Libxml2 };
  Validator(const std::string& rng_path, const std::string& sch_path, Diagnostics& diags,
            Schematron engine = Schematron::Native);
  ~Validator();
  Validator(const Validator&) = delete;
  Validator& operator=(const Validator&) = delete;

  bool ok() const { return ok_; }

  // How many patterns of the Schematron libxml2 evaluates (0 when Editio
  // checks every one itself).
  int libxml2_patterns() const;

  // Validates XML text. `name` names it in diagnostics (file:line: element ...).
  // Returns true when valid; each problem is one diagnostic.
  bool validate(const std::string& xml, const std::string& name, Diagnostics& diags) const;

  // Validates an XML file on disk.
  bool validate_file(const std::string& path, Diagnostics& diags) const;

  // Validates a <teiCorpus> file on disk as validate_file() does (same
  // verdict, same messages at the same lines) in memory bounded by its
  // header and its largest TEI, not by the file: it is read twice as a
  // stream, first for its xml:ids, then one TEI at a time, each validated
  // with the corpus header as a small teiCorpus of its own, its xml:ids and
  // pointers checked against the whole file's (check/corpus_validation.cpp).
  // With Schematron patterns that libxml2 evaluates (libxml2_patterns() > 0:
  // their XPath may look anywhere in the file) it is validate_file().
  bool validate_corpus_file(const std::string& path, Diagnostics& diags) const;

  // Whether the root element of the XML file at `path` is a TEI <teiCorpus>
  // (read as a stream: only the file's beginning).
  static bool is_tei_corpus_file(const std::string& path);

  // What validate() does once `doc` is parsed. For a piece of a larger file,
  // `keep` says which nodes' problems are reported (the others are the
  // piece's context, reported with another piece; null: a problem that
  // names no node), `grammar` whether the RelaxNG schema is checked, and
  // `resolve` stands for id() in the native Schematron.
  struct Piece {
    std::function<bool(xmlNodePtr)> keep;
    bool grammar = true;
    NativeSchematron::Resolve resolve;
  };
  bool validate_tree(xmlDocPtr doc, const std::string& name, Diagnostics& diags, const Piece& piece) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  bool ok_ = false;
};

// Parser options for every XML file Editio reads: no network, no external
// entities or DTD loading, no entity substitution. A document `xml` that
// declares no DTD (as all Editio writes) may also be huge (libxml2's
// XML_PARSE_HUGE: text and look-ahead over 10 MB); with a DTD the limits
// against entity expansion stay.
int safe_parse_options(std::string_view xml = {});

// Whether the prolog of `xml` (what comes before its root element) has no
// DOCTYPE; false when no root element starts in `xml`.
bool declares_no_dtd(std::string_view xml);

// While it lives, libxml2's errors in this thread (a parser's) go to `diags`,
// named `name`, as validate() reports its parser's.
class XmlErrorsTo {
 public:
  XmlErrorsTo(Diagnostics& diags, const std::string& name);
  ~XmlErrorsTo();
  XmlErrorsTo(const XmlErrorsTo&) = delete;
  XmlErrorsTo& operator=(const XmlErrorsTo&) = delete;

 private:
  struct Sink;
  std::unique_ptr<Sink> sink_;
};

// Call once before using libxml2 from several threads.
void init_xml_library();

}  // namespace editio
