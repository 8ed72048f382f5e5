#pragma once
// Helpers for the tests of what reads the written TEI (register, chronology,
// edition index): a TEI document around a <body>, and XML output made
// readable for an expectation.
#include <string>
#include <string_view>

#include <pugixml.hpp>

#include "corpus/tei_text.hpp"
#include "tei/serialize.hpp"

namespace editio::test {

// A TEI document as the writer lays it out, with `body` (the inside of
// <body>, indented or not) as its text and an empty header.
inline std::string written_tei(const std::string& id, const std::string& lang, const std::string& body) {
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
         "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"" + id + "\" xml:lang=\"" + lang + "\">\n"
         "  <teiHeader/>\n  <text>\n    <body>\n" + body + "    </body>\n  </text>\n</TEI>\n";
}

// The document parsed as the cross-document indexes parse it (load_written_tei).
inline pugi::xml_document& parsed(pugi::xml_document& doc, const std::string& tei) {
  load_written_tei(doc, tei);
  return doc;
}

// What a writer hands a TextSink, gathered into one string.
struct Gathered {
  std::string text;
  TextSink sink() {
    return [this](std::string_view s) { text += s; };
  }
};

// XML written on one line (as the indexes write it) indented by serialize_xml
// without its declaration, so that an expectation reads as a tree; elements
// holding text stay on one line.
inline std::string indented(const std::string& xml) {
  pugi::xml_document doc;
  if (!doc.load_string(xml.c_str())) return "not XML: " + xml;
  std::string out = serialize_xml(doc);
  return out.substr(out.find('\n') + 1);
}

}  // namespace editio::test
