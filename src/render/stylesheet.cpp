#include "render/stylesheet.hpp"

#include <libxml/encoding.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxslt/imports.h>
#include <libxslt/security.h>
#include <libxslt/transform.h>
#include <libxslt/xslt.h>
#include <libxslt/xsltInternals.h>
#include <libxslt/xsltutils.h>

#include <fstream>
#include <vector>

#include "check/validator.hpp"

namespace editio {
namespace {

struct Sink {
  Diagnostics* diags;
  std::string name;
};

void on_generic_error(void* data, const char* fmt, ...) {
  auto* sink = static_cast<Sink*>(data);
  char buf[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(buf, sizeof buf, fmt, ap);
  va_end(ap);
  std::string m = buf;
  while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
  if (!m.empty()) sink->diags->error(sink->name, {}, "XSLT: " + m);
}

// Stylesheets may read (document()) but never write files or reach the network.
xsltSecurityPrefsPtr security_prefs() {
  static xsltSecurityPrefsPtr prefs = [] {
    xsltSecurityPrefsPtr p = xsltNewSecurityPrefs();
    xsltSetSecurityPrefs(p, XSLT_SECPREF_WRITE_FILE, xsltSecurityForbid);
    xsltSetSecurityPrefs(p, XSLT_SECPREF_CREATE_DIRECTORY, xsltSecurityForbid);
    xsltSetSecurityPrefs(p, XSLT_SECPREF_WRITE_NETWORK, xsltSecurityForbid);
    xsltSetSecurityPrefs(p, XSLT_SECPREF_READ_NETWORK, xsltSecurityForbid);
    return p;
  }();
  return prefs;
}

std::string xpath_string_literal(const std::string& v) {
  if (v.find('\'') == std::string::npos) return "'" + v + "'";
  if (v.find('"') == std::string::npos) return "\"" + v + "\"";
  // Both quote kinds: concat('...', "'", '...')
  std::string out = "concat(";
  std::size_t start = 0;
  bool first = true;
  while (true) {
    std::size_t q = v.find('\'', start);
    std::string part = v.substr(start, q == std::string::npos ? std::string::npos : q - start);
    if (!first) out += ",";
    out += "'" + part + "'";
    first = false;
    if (q == std::string::npos) break;
    out += ",\"'\"";
    start = q + 1;
  }
  return out + ")";
}

// The parser options for a file: its prolog, in its first 64 KB, decides.
int file_parse_options(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return safe_parse_options(head);
}

}  // namespace

Stylesheet::Stylesheet(const std::string& path, Diagnostics& diags) : path_(path) {
  init_xml_library();
  Sink sink{&diags, path};
  xsltSetGenericErrorFunc(&sink, on_generic_error);
  xmlSetGenericErrorFunc(&sink, on_generic_error);
  xmlDocPtr doc = xmlReadFile(path.c_str(), nullptr, safe_parse_options());
  if (doc) {
    xsltStylesheetPtr s = xsltParseStylesheetDoc(doc);
    if (!s) xmlFreeDoc(doc);
    sheet_ = s;
  }
  xsltSetGenericErrorFunc(nullptr, nullptr);
  xmlSetGenericErrorFunc(nullptr, nullptr);
  if (!sheet_) diags.error(path, {}, "the stylesheet could not be compiled");
}

namespace {

// Serializes a transform's result into `out` as libxslt writes it (xsl:output), without an intermediate buffer.
bool save_result(xmlDocPtr res, xsltStylesheetPtr sheet, std::string& out) {
  out.clear();
  // The encoding of xsl:output, as xsltSaveResultToString picks it.
  const xmlChar* encoding = nullptr;
  XSLT_GET_IMPORT_PTR(encoding, sheet, encoding)
  xmlCharEncodingHandlerPtr encoder =
      encoding ? xmlFindCharEncodingHandler(reinterpret_cast<const char*>(encoding)) : nullptr;
  if (encoder && xmlStrEqual(reinterpret_cast<const xmlChar*>(encoder->name), BAD_CAST "UTF-8")) encoder = nullptr;
  xmlOutputBufferPtr buf = xmlOutputBufferCreateIO(
      [](void* context, const char* data, int len) {
        static_cast<std::string*>(context)->append(data, static_cast<std::size_t>(len));
        return len;
      },
      nullptr, &out, encoder);
  if (!buf) return false;
  const int written = xsltSaveResultTo(buf, res, sheet);
  return xmlOutputBufferClose(buf) >= 0 && written >= 0;
}

// Parses a document for the stylesheets, which find elements by key(), never
// by id(): xml:id values are not registered as IDs, since libxml2 2.9's ID
// table stops growing at 16,384 buckets and makes a document of 100,000s of
// paragraphs quadratic to parse.
xmlDocPtr parse_without_ids(const std::string& xml, const std::string& name) {
  xmlParserCtxtPtr ctxt = xmlCreateMemoryParserCtxt(xml.data(), static_cast<int>(xml.size()));
  if (!ctxt) return nullptr;
  xmlCtxtUseOptions(ctxt, safe_parse_options(xml));
  ctxt->loadsubset |= XML_SKIP_IDS;
  if (ctxt->input && !ctxt->input->filename)
    ctxt->input->filename = reinterpret_cast<const char*>(xmlStrdup(BAD_CAST name.c_str()));
  xmlDocPtr doc = nullptr;
  if (xmlParseDocument(ctxt) == 0 && ctxt->wellFormed) doc = ctxt->myDoc;
  else if (ctxt->myDoc) xmlFreeDoc(ctxt->myDoc);
  ctxt->myDoc = nullptr;
  xmlFreeParserCtxt(ctxt);
  return doc;
}

}  // namespace

Stylesheet::~Stylesheet() {
  if (sheet_) xsltFreeStylesheet(static_cast<xsltStylesheetPtr>(sheet_));
}

bool Stylesheet::transform(const std::string& xml, const std::string& name,
                           const std::map<std::string, std::string>& params, std::string& out,
                           Diagnostics& diags) const {
  return apply(&xml, nullptr, name, params, out, diags);
}

bool Stylesheet::transform_file(const std::string& path, const std::string& name,
                                const std::map<std::string, std::string>& params, std::string& out,
                                Diagnostics& diags) const {
  return apply(nullptr, &path, name, params, out, diags);
}

bool Stylesheet::apply(const std::string* xml, const std::string* path, const std::string& name,
                       const std::map<std::string, std::string>& params, std::string& out,
                       Diagnostics& diags) const {
  if (!sheet_) return false;
  auto* sheet = static_cast<xsltStylesheetPtr>(sheet_);
  const std::size_t before = diags.errors();
  Sink sink{&diags, name};
  // libxml2's generic error handler is per thread; libxslt's is global, so
  // transforms report through their own context instead.
  xmlSetGenericErrorFunc(&sink, on_generic_error);
  xmlDocPtr doc = xml ? parse_without_ids(*xml, name) : xmlReadFile(path->c_str(), "UTF-8", file_parse_options(*path));
  bool ok = false;
  if (doc) {
    std::vector<std::string> storage;
    storage.reserve(params.size() * 2);
    std::vector<const char*> argv;
    for (const auto& [k, v] : params) {
      storage.push_back(k);
      storage.push_back(xpath_string_literal(v));
    }
    for (const auto& s : storage) argv.push_back(s.c_str());
    argv.push_back(nullptr);

    xsltTransformContextPtr ctx = xsltNewTransformContext(sheet, doc);
    xsltSetCtxtSecurityPrefs(security_prefs(), ctx);
    xsltSetTransformErrorFunc(ctx, &sink, on_generic_error);
    xmlDocPtr res = xsltApplyStylesheetUser(sheet, doc, argv.data(), nullptr, nullptr, ctx);
    const bool applied = res && ctx->state == XSLT_STATE_OK;
    // The input's tree goes before the result is serialized, and the result
    // is written straight into `out`: one document's trees and texts are not
    // all held at once.
    xsltFreeTransformContext(ctx);
    xmlFreeDoc(doc);
    if (applied) ok = save_result(res, sheet, out);
    if (res) xmlFreeDoc(res);
  }
  xmlSetGenericErrorFunc(nullptr, nullptr);
  if (!ok && diags.errors() == before) diags.error(name, {}, "XSLT: " + path_ + " failed on this document");
  return ok && diags.errors() == before;
}

}  // namespace editio
