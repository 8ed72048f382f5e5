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

#include "util/fs.hpp"

namespace editio {
namespace {

struct ErrorSink {
  Diagnostics* diags;
  std::string name;
  const char* what;  // "schema" or "Schematron"
};

std::string trim_message(const char* m) {
  std::string s = m ? m : "";
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  return s;
}

void on_error(void* data, xmlErrorPtr err) {
  auto* sink = static_cast<ErrorSink*>(data);
  if (!err) return;
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

const xmlChar* const kTeiNs = BAD_CAST "http://www.tei-c.org/ns/1.0";

bool is_tei(xmlNodePtr n, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, kTeiNs) &&
         xmlStrEqual(n->name, BAD_CAST name);
}

std::string prop(xmlNodePtr n, const char* name) {
  xmlChar* v = xmlGetNoNsProp(n, BAD_CAST name);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

std::uint32_t line_of(xmlNodePtr n) { return static_cast<std::uint32_t>(std::max(0L, xmlGetLineNo(n))); }

// Visits the elements under and including `root` in document order: enter(n)
// when an element starts, leave(n) when it ends. No recursion (any depth).
template <class Enter, class Leave>
void walk_elements(xmlNodePtr root, Enter enter, Leave leave) {
  for (xmlNodePtr n = root; n;) {
    enter(n);
    if (xmlNodePtr child = xmlFirstElementChild(n)) {
      n = child;
      continue;
    }
    for (;;) {
      leave(n);
      if (n == root) return;
      if (xmlNodePtr next = xmlNextElementSibling(n)) {
        n = next;
        break;
      }
      n = n->parent;
    }
  }
}

// XPath's number(s) >= 2 for a string: digits with at most one ".", XML
// white space around (anything else is NaN, which compares false).
bool number_at_least_two(std::string_view s) {
  const auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  std::size_t digits = 0, dots = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '.') ++dots;
    else return false;
  }
  return digits > 0 && dots <= 1 && std::strtod(std::string(s).c_str(), nullptr) >= 2;
}

// The note's xml:id says it is of a later numbering sequence:
// starts-with(@xml:id, P) and number(substring-after(@xml:id, P)) >= 2,
// P = concat(ancestor::tei:TEI[1]/@xml:id, '-n', @n, '.').
bool in_later_sequence(xmlNodePtr note, const std::string& tei_id, const std::string& n) {
  xmlChar* v = xmlGetNsProp(note, BAD_CAST "id", XML_XML_NAMESPACE);
  const std::string id = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  const std::string prefix = tei_id + "-n" + n + ".";
  return id.compare(0, prefix.size(), prefix) == 0 && number_at_least_two(std::string_view(id).substr(prefix.size()));
}

// tei:note: not(@n) or not(@n = (the earlier notes of its TEI)/@n) or (its
// xml:id is that of a later numbering sequence), in one pass with a hash map
// emptied where an outermost TEI begins (a teiCorpus holds several, each
// numbering its notes anew); notes outside any TEI are not concerned. As
// with preceding::, ancestors are left out, so a note inside a note with the
// same @n is not a duplicate here either.
void check_unique_note_numbers(xmlDocPtr doc, const std::string& message, ErrorSink& sink) {
  struct Seen {
    std::uint32_t first_line = 0;
    std::size_t notes = 0;  // entered so far
    std::size_t open = 0;   // of those, still open (ancestors of the current node)
  };
  std::unordered_map<std::string, Seen> seen;
  std::vector<std::string> tei_ids;  // of the TEI elements the walk is in (a teiCorpus holds several)
  walk_elements(
      xmlDocGetRootElement(doc),
      [&](xmlNodePtr n) {
        if (is_tei(n, "TEI")) {
          if (tei_ids.empty()) seen.clear();
          xmlChar* v = xmlGetNsProp(n, BAD_CAST "id", XML_XML_NAMESPACE);
          tei_ids.emplace_back(v ? reinterpret_cast<const char*>(v) : "");
          xmlFree(v);
        }
        if (tei_ids.empty() || !is_tei(n, "note") || !xmlHasNsProp(n, BAD_CAST "n", nullptr)) return;
        const std::string value = prop(n, "n");
        Seen& s = seen[value];
        if (s.notes > s.open && !in_later_sequence(n, tei_ids.empty() ? "" : tei_ids.back(), value))
          sink.diags->error(sink.name, {line_of(n), 0},
                            std::string(sink.what) + ": <note>: " + message + " (n=\"" + value +
                                "\"; the first note with it is at line " + std::to_string(s.first_line) + ")");
        if (s.notes++ == 0) s.first_line = line_of(n);
        ++s.open;
      },
      [&](xmlNodePtr n) {
        if (is_tei(n, "TEI")) tei_ids.pop_back();
        if (!tei_ids.empty() && is_tei(n, "note") && xmlHasNsProp(n, BAD_CAST "n", nullptr))
          --seen[prop(n, "n")].open;
      });
}

// Patterns of editio.sch that Editio checks itself, in linear time: libxml2's
// Schematron has neither key() nor current(), so these rules can only be
// written with a scan of the document for every node (quadratic). A pattern
// is replaced only when it is exactly the rule below (its context and its
// assert's test, spaces normalized) and its message is plain text; an edited
// or unknown pattern runs in libxml2 as written. The message is the assert's.
struct NativeRule {
  const char* pattern;
  const char* context;
  const char* test;
  void (*check)(xmlDocPtr, const std::string& message, ErrorSink&);
};
const NativeRule kNativeRules[] = {
    {"editio-note-n-unique", "tei:note",
     "not(@n) or not(@n = ancestor-or-self::*[ancestor::tei:TEI]/preceding-sibling::*/descendant-or-self::tei:note/@n) "
     "or (starts-with(@xml:id, concat(ancestor::tei:TEI[1]/@xml:id, "
     "'-n', @n, '.')) and number(substring-after(@xml:id, concat(ancestor::tei:TEI[1]/@xml:id, '-n', @n, '.'))) "
     ">= 2)",
     check_unique_note_numbers},
};

struct NativeCheck {
  const NativeRule* rule;
  std::string message;
};

std::string normalized(const std::string& s) {
  std::string out;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out += space ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool is_sch(xmlNodePtr n, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && n->ns &&
         xmlStrEqual(n->ns->href, BAD_CAST "http://purl.oclc.org/dsdl/schematron") && xmlStrEqual(n->name, BAD_CAST name);
}

// The plain-text message of a pattern that is exactly `rule`: one rule with one
// assert. False when the pattern is anything else.
bool matches(xmlNodePtr pattern, const NativeRule& rule, std::string& message) {
  if (prop(pattern, "id") != rule.pattern) return false;
  xmlNodePtr r = xmlFirstElementChild(pattern);
  if (!is_sch(r, "rule") || xmlNextElementSibling(r) || normalized(prop(r, "context")) != rule.context) return false;
  xmlNodePtr a = xmlFirstElementChild(r);
  if (!is_sch(a, "assert") || xmlNextElementSibling(a) || xmlFirstElementChild(a) ||
      normalized(prop(a, "test")) != rule.test)
    return false;
  xmlChar* text = xmlNodeGetContent(a);
  message = trim_message(reinterpret_cast<const char*>(text));
  xmlFree(text);
  while (!message.empty() && (message.front() == ' ' || message.front() == '\n')) message.erase(0, 1);
  return true;
}

// Takes the patterns Editio checks itself out of the Schematron document.
// Returns how many patterns are left for libxml2.
int take_native_patterns(xmlDocPtr sch, std::vector<NativeCheck>& out) {
  int left = 0;
  xmlNodePtr root = xmlDocGetRootElement(sch);
  for (xmlNodePtr n = root ? xmlFirstElementChild(root) : nullptr; n;) {
    xmlNodePtr next = xmlNextElementSibling(n);
    if (is_sch(n, "pattern")) {
      std::string message;
      const NativeRule* found = nullptr;
      for (const NativeRule& rule : kNativeRules)
        if (matches(n, rule, message)) found = &rule;
      if (found) {
        out.push_back({found, message});
        xmlUnlinkNode(n);
        xmlFreeNode(n);
      } else {
        ++left;
      }
    }
    n = next;
  }
  return left;
}

}  // namespace

struct Validator::Impl {
  xmlRelaxNGPtr rng = nullptr;
  xmlSchematronPtr sch = nullptr;
  xmlDocPtr sch_doc = nullptr;       // compiled from, and kept for its messages
  std::vector<NativeCheck> native;   // patterns checked here, not by libxml2
  bool load_schematron(const std::string& path, Diagnostics& diags);
};

bool Validator::Impl::load_schematron(const std::string& path, Diagnostics& diags) {
  ErrorSink sink{&diags, path, "XML"};
  xmlSetStructuredErrorFunc(&sink, on_error);
  sch_doc = xmlReadFile(path.c_str(), nullptr, safe_parse_options());
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (!sch_doc) return false;
  if (take_native_patterns(sch_doc, native) == 0) return !native.empty();
  ErrorSink compile_sink{&diags, path, "Schematron"};
  xmlSchematronParserCtxtPtr p = xmlSchematronNewDocParserCtxt(sch_doc);
  xmlSetStructuredErrorFunc(&compile_sink, on_error);
  sch = p ? xmlSchematronParse(p) : nullptr;
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  if (p) xmlSchematronFreeParserCtxt(p);
  return sch != nullptr;
}

Validator::Validator(const std::string& rng_path, const std::string& sch_path, Diagnostics& diags)
    : impl_(std::make_unique<Impl>()) {
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

Validator::~Validator() {
  if (impl_->rng) xmlRelaxNGFree(impl_->rng);
  if (impl_->sch) xmlSchematronFree(impl_->sch);
  if (impl_->sch_doc) xmlFreeDoc(impl_->sch_doc);
}

bool Validator::validate(const std::string& xml, const std::string& name, Diagnostics& diags) const {
  const std::size_t before = diags.errors();
  ErrorSink parse_sink{&diags, name, "XML"};
  xmlParserCtxtPtr pc = xmlNewParserCtxt();
  xmlSetStructuredErrorFunc(&parse_sink, on_error);  // thread-local in libxml2
  xmlDocPtr doc = xmlCtxtReadMemory(pc, xml.data(), static_cast<int>(xml.size()), name.c_str(), "UTF-8",
                                    safe_parse_options(xml) | XML_PARSE_BIG_LINES | XML_PARSE_NODICT);  // lines past 65535 too
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  xmlFreeParserCtxt(pc);
  if (!doc) {
    if (diags.errors() == before) diags.error(name, {}, "XML: the document is not well-formed");
    return false;
  }
  if (impl_->rng) {
    ErrorSink sink{&diags, name, "schema"};
    xmlRelaxNGValidCtxtPtr v = xmlRelaxNGNewValidCtxt(impl_->rng);
    xmlRelaxNGSetValidStructuredErrors(v, on_error, &sink);
    int rc = xmlRelaxNGValidateDoc(v, doc);
    xmlRelaxNGFreeValidCtxt(v);
    if (rc != 0 && diags.errors() == before) diags.error(name, {}, "schema: the document is not valid");
  }
  if (impl_->sch) {
    xmlXPathOrderDocElems(doc);  // document-order comparisons (preceding::) get much faster
    ErrorSink sink{&diags, name, "Schematron"};
    xmlSchematronValidCtxtPtr v = xmlSchematronNewValidCtxt(impl_->sch, XML_SCHEMATRON_OUT_ERROR);
    xmlSchematronSetValidStructuredErrors(v, on_error, &sink);
    int rc = xmlSchematronValidateDoc(v, doc);
    xmlSchematronFreeValidCtxt(v);
    if (rc != 0 && diags.errors() == before) diags.error(name, {}, "Schematron: the document breaks a rule");
  }
  ErrorSink sink{&diags, name, "Schematron"};
  for (const NativeCheck& c : impl_->native) c.rule->check(doc, c.message, sink);
  xmlFreeDoc(doc);
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
