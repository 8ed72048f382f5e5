#pragma once
// The patterns of the project's Schematron (schemas/editio.sch) as C++
// checks: the same rules, evaluated in one pass over the document, each
// failed assert reported with the .sch's own message at the element's line.
// libxml2's Schematron visits the whole document once per pattern and
// evaluates every assert's XPath on every element of its context; this does
// the same checks in one walk. A pattern is checked here only when it is
// exactly one that this file implements (same id, rule contexts and assert
// tests, spaces normalized; a message of text and <name/>); anything else
// (a user's own rules, an edited copy of a pattern) is left to libxml2.
// The .sch stays the reference: tests/unit/schematron_native_test.cpp checks
// that both give the same messages on every schema fixture.
#include <libxml/tree.h>

#include <cstdint>
#include <functional>
#include <memory>
#include <string>

namespace editio {

// Whether `n` is the element `name` in the TEI namespace.
bool is_tei_element(xmlNodePtr n, const char* name);

class NativeSchematron {
 public:
  NativeSchematron();
  ~NativeSchematron();
  NativeSchematron(const NativeSchematron&) = delete;
  NativeSchematron& operator=(const NativeSchematron&) = delete;

  // Removes from the Schematron document `sch` the patterns checked here.
  // Returns how many patterns are left (for libxml2).
  int take_patterns(xmlDocPtr sch);
  bool empty() const;

  // Checks `doc` (parsed with its xml:id values registered, as libxml2's
  // parser does): one call of `report` per failed assert, with the element
  // and the message, pattern by pattern in the .sch's order, each in
  // document order.
  // `resolve`, when given, stands for XPath's id() (the element an xml:id
  // names, or null): a piece of a larger file (one TEI of a teiCorpus
  // validated on its own) resolves ids against the whole file's.
  using Report = std::function<void(xmlNodePtr element, const std::string& message)>;
  using Resolve = std::function<xmlNodePtr(const std::string& id)>;
  void check(xmlDocPtr doc, const Report& report, const Resolve& resolve = nullptr) const;

  struct Impl;  // the taken patterns' messages (defined in the .cpp)

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace editio
