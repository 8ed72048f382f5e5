#pragma once
// Validation against the project's TEI customization (RelaxNG + Schematron),
// with libxml2, in process. Schemas are compiled once; validate() may then be
// called from several threads at once.
#include <memory>
#include <string>
#include <string_view>

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

// Call once before using libxml2 from several threads.
void init_xml_library();

}  // namespace editio
