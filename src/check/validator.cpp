#include "check/validator.hpp"

#include <libxml/parser.h>
#include <libxml/relaxng.h>
#include <libxml/schematron.h>
#include <libxml/xmlerror.h>
#include <libxml/xpath.h>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <string_view>
#include <mutex>
#include <unordered_map>
#include <vector>

#include "check/schematron_native.hpp"
#include "util/fs.hpp"

namespace editio {
namespace {

struct ErrorSink {
  Diagnostics* diags;
  std::string name;
  const char* what;  // "schema" or "Schematron"
  const std::function<bool(xmlNodePtr)>* keep = nullptr;  // the problems reported (all when null)
  std::size_t seen = 0;                                    // problems, reported or not
};

std::string trim_message(const char* m) {
  std::string s = m ? m : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

void on_error(void* data, xmlErrorPtr err) {
  auto* sink = static_cast<ErrorSink*>(data);
  if (!err) return;
  ++sink->seen;
  if (sink->keep && *sink->keep && !(*sink->keep)(static_cast<xmlNodePtr>(err->node))) return;
  std::string msg = trim_message(err->message);
  std::string element;
  if (err->node && static_cast<xmlNodePtr>(err->node)->type == XML_ELEMENT_NODE)
    element = reinterpret_cast<const char*>(static_cast<xmlNodePtr>(err->node)->name);
  if (err->domain == XML_FROM_SCHEMATRONV) {
    // libxml2 formats Schematron reports as "/xpath line N: text".
    std::size_t p = msg.find(": ");
    if (p != std::string::npos && msg.find(" line ") < p) msg = msg.substr(p + 2);
  }
  // The parser's errors are about the file it reads: a schema may include
  // others. (Its message, not the line of the file it quotes on stderr.)
  const bool parser = err->domain == XML_FROM_PARSER && err->file;
  std::string text = std::string(parser ? "XML" : sink->what) + ": ";
  if (!element.empty()) text += "<" + element + ">: ";
  text += msg;
  std::uint32_t line = err->line > 0 ? static_cast<std::uint32_t>(err->line) : 0;
  if (line == 0 && err->node) line = static_cast<std::uint32_t>(xmlGetLineNo(static_cast<xmlNodePtr>(err->node)));
  const std::uint32_t column = parser && err->int2 > 0 ? static_cast<std::uint32_t>(err->int2) : 0;
  sink->diags->add(err->level == XML_ERR_WARNING ? Severity::Warning : Severity::Error,
                   parser ? std::string(err->file) : sink->name, {line, column}, text);
}

}  // namespace

struct XmlErrorsTo::Sink : ErrorSink {};

XmlErrorsTo::XmlErrorsTo(Diagnostics& diags, const std::string& name)
    : sink_(std::make_unique<Sink>(Sink{{&diags, name, "XML"}})) {
  xmlSetStructuredErrorFunc(sink_.get(), on_error);  // thread-local in libxml2
}

XmlErrorsTo::~XmlErrorsTo() { xmlSetStructuredErrorFunc(nullptr, nullptr); }

bool declares_no_dtd(std::string_view xml) {
  const std::size_t doctype = xml.find("<!DOCTYPE");
  // The root element's start: the first '<' that opens neither a declaration,
  // a processing instruction nor a comment.
  for (std::size_t p = xml.find('<'); p != std::string_view::npos; p = xml.find('<', p + 1)) {
    if (p + 1 >= xml.size()) return false;
    const char c = xml[p + 1];
    if (c == '?' || c == '!') continue;
    return doctype == std::string_view::npos || doctype > p;
  }
  return false;
}

int safe_parse_options(std::string_view xml) {
  // Without a DTD there is no entity to expand, so libxml2's limits for huge
  // documents (text nodes and look-ahead over 10 MB) can be lifted safely:
  // the TEI of a long document is such a document.
  return XML_PARSE_NONET | (declares_no_dtd(xml) ? XML_PARSE_HUGE : 0);
}

namespace {

xmlExternalEntityLoader default_loader = nullptr;

// Every resource libxml2 and libxslt load (schemas, stylesheets, document())
// comes through here: local files only, never the network, whatever a file
// asks for. (XML_PARSE_NONET says the same to the parser; this also covers
// the schema and stylesheet compilers.)
xmlParserInputPtr local_only_loader(const char* url, const char* id, xmlParserCtxtPtr ctxt) {
  if (url && std::strstr(url, "://") && std::strncmp(url, "file://", 7) != 0) return nullptr;  // "failed to load"
  return default_loader(url, id, ctxt);
}

}  // namespace

void init_xml_library() {
  static std::once_flag once;
  std::call_once(once, [] {
    xmlInitParser();
    default_loader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(local_only_loader);
  });
}

namespace {

int count_patterns(xmlDocPtr sch) {
  int n = 0;
  for (xmlNodePtr p = xmlFirstElementChild(xmlDocGetRootElement(sch)); p; p = xmlNextElementSibling(p))
    n += xmlStrEqual(p->name, BAD_CAST "pattern");
  return n;
}

}  // namespace

struct Validator::Impl {
  xmlRelaxNGPtr rng = nullptr;
  xmlSchematronPtr sch = nullptr;
  xmlDocPtr sch_doc = nullptr;       // compiled from, and kept for its messages
  NativeSchematron native;           // the project's patterns, checked without libxml2
  bool native_schematron = true;
  int libxml2_patterns = 0;
  bool load_schematron(const std::string& path, Diagnostics& diags);
};

bool Validator::Impl::load_schematron(const std::string& path, Diagnostics& diags) {
  ErrorSink sink{&diags, path, "XML"};
  xmlSetStructuredErrorFunc(&sink, on_error);
  sch_doc = xmlReadFile(path.c_str(), nullptr, safe_parse_options());
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!sch_doc) return false;
  libxml2_patterns = native_schematron ? native.take_patterns(sch_doc) : count_patterns(sch_doc);
  if (libxml2_patterns == 0) return !native.empty();
  ErrorSink compile_sink{&diags, path, "Schematron"};
  xmlSchematronParserCtxtPtr p = xmlSchematronNewDocParserCtxt(sch_doc);
  xmlSetStructuredErrorFunc(&compile_sink, on_error);
  sch = p ? xmlSchematronParse(p) : nullptr;
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (p) xmlSchematronFreeParserCtxt(p);
  return sch != nullptr;
}

Validator::Validator(const std::string& rng_path, const std::string& sch_path, Diagnostics& diags, Schematron engine)
    : impl_(std::make_unique<Impl>()) {
  impl_->native_schematron = engine == Schematron::Native;
  init_xml_library();
  ok_ = true;
  if (!rng_path.empty()) {
    ErrorSink sink{&diags, rng_path, "schema"};
    xmlRelaxNGParserCtxtPtr p = xmlRelaxNGNewParserCtxt(rng_path.c_str());
    xmlRelaxNGSetParserStructuredErrors(p, on_error, &sink);
    xmlSetStructuredErrorFunc(&sink, on_error);  // the parser's, for the schema and what it includes
    impl_->rng = xmlRelaxNGParse(p);
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    xmlRelaxNGFreeParserCtxt(p);
    if (!impl_->rng) {
      diags.error(rng_path, {}, "the RelaxNG schema could not be compiled (see the messages above)");
      ok_ = false;
    }
  }
  if (!sch_path.empty()) {
    if (!impl_->load_schematron(sch_path, diags)) {
      diags.error(sch_path, {}, "the Schematron schema could not be compiled");
      ok_ = false;
    }
  }
}

int Validator::libxml2_patterns() const { return impl_->libxml2_patterns; }

Validator::~Validator() {
  if (impl_->rng) xmlRelaxNGFree(impl_->rng);
  if (impl_->sch) xmlSchematronFree(impl_->sch);
  if (impl_->sch_doc) xmlFreeDoc(impl_->sch_doc);
}

bool Validator::validate(const std::string& xml, const std::string& name, Diagnostics& diags) const {
  const std::size_t before = diags.errors();
  xmlParserCtxtPtr pc = xmlNewParserCtxt();
  xmlDocPtr doc;
  {
    XmlErrorsTo errors(diags, name);
    doc = xmlCtxtReadMemory(pc, xml.data(), static_cast<int>(xml.size()), name.c_str(), "UTF-8",
                            safe_parse_options(xml) | XML_PARSE_BIG_LINES | XML_PARSE_NODICT);  // lines past 65535 too
  }
  xmlFreeParserCtxt(pc);
  if (!doc) {
    if (diags.errors() == before) diags.error(name, {}, "XML: the document is not well-formed");
    return false;
  }
  validate_tree(doc, name, diags, Piece());
  xmlFreeDoc(doc);
  return diags.errors() == before;  // the parser's errors (a repeated ID) count too
}

bool Validator::validate_tree(xmlDocPtr doc, const std::string& name, Diagnostics& diags, const Piece& piece) const {
  const std::size_t before = diags.errors();
  if (impl_->rng && piece.grammar) {
    ErrorSink sink{&diags, name, "schema", &piece.keep};
    xmlRelaxNGValidCtxtPtr v = xmlRelaxNGNewValidCtxt(impl_->rng);
    xmlRelaxNGSetValidStructuredErrors(v, on_error, &sink);
    int rc = xmlRelaxNGValidateDoc(v, doc);
    xmlRelaxNGFreeValidCtxt(v);
    if (rc != 0 && sink.seen == 0) diags.error(name, {}, "schema: the document is not valid");
  }
  if (impl_->sch) {
    xmlXPathOrderDocElems(doc);  // document-order comparisons (preceding::) get much faster
    ErrorSink sink{&diags, name, "Schematron", &piece.keep};
    xmlSchematronValidCtxtPtr v = xmlSchematronNewValidCtxt(impl_->sch, XML_SCHEMATRON_OUT_ERROR);
    xmlSchematronSetValidStructuredErrors(v, on_error, &sink);
    int rc = xmlSchematronValidateDoc(v, doc);
    xmlSchematronFreeValidCtxt(v);
    if (rc != 0 && sink.seen == 0) diags.error(name, {}, "Schematron: the document breaks a rule");
  }
  impl_->native.check(
      doc,
      [&](xmlNodePtr n, const std::string& message) {
        if (piece.keep && !piece.keep(n)) return;
        diags.error(name, {static_cast<std::uint32_t>(std::max(0L, xmlGetLineNo(n))), 0},
                    "Schematron: <" + std::string(reinterpret_cast<const char*>(n->name)) + ">: " + message);
      },
      piece.resolve);
  return diags.errors() == before;
}

bool Validator::validate_file(const std::string& path, Diagnostics& diags) const {
  std::string xml, why;
  if (!fs::read_file(path, xml, why)) {
    diags.error(path, {}, "cannot read: " + why);
    return false;
  }
  return validate(xml, path, diags);
}

}  // namespace editio
