#pragma once
// The document model -> TEI P5.
#include <pugixml.hpp>
#include <map>
#include <string>

#include "edition/manifest.hpp"
#include "edition/gazetteer.hpp"
#include "edition/personography.hpp"
#include "model/document.hpp"

namespace editio {

struct TeiContext {
  const Edition* edition = nullptr;      // the edition's data (editors, licence...)
  const DocumentEntry* entry = nullptr;  // the manifest's entry for this document
  std::string schema_dir = "../schema";  // where <?xml-model?> finds the schemas
  std::string source_name;               // the source file's name, for revisionDesc
  const Personography* persons = nullptr;  // entries of mentioned persons go into particDesc
  const Gazetteer* places = nullptr;       // entries of named places (settingDesc) and organisations (particDesc)
};

// Builds the TEI document. Deterministic: the same input gives the same tree.
void build_tei(const Document& doc, const TeiContext& ctx, pugi::xml_document& out);

// build_tei + serialize_xml.
std::string write_tei(const Document& doc, const TeiContext& ctx);

// The header alone (used by build_tei).
void build_header(const Document& doc, const TeiContext& ctx, pugi::xml_node tei);

inline constexpr const char* kTeiNs = "http://www.tei-c.org/ns/1.0";

std::string language_name(const std::string& code);

// The attributes of <date> for a date in the text: when, from/to,
// notBefore/notAfter, their *-custom, calendar and datingMethod (Julian),
// cert, resp. Sorted by name, the order the TEI has them in.
std::map<std::string, std::string> date_attributes(const DateMention& d);

// The id the @resp of a span's own element points to (a date the editor
// dated, a gap, an inline note), or nullptr for the kinds without one. A
// correction's resp goes on its <corr> child and is not counted here.
const std::string* element_resp(const Span& s);

}  // namespace editio
