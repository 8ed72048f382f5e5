#include "render/stylesheet.hpp"

#include <libxml/parser.h>
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
  xmlDocPtr doc = xml ? xmlReadMemory(xml->data(), static_cast<int>(xml->size()), name.c_str(), "UTF-8",
                                      safe_parse_options(*xml))
                      : xmlReadFile(path->c_str(), "UTF-8", file_parse_options(*path));
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
    if (res && ctx->state == XSLT_STATE_OK) {
      xmlChar* buf = nullptr;
      int len = 0;
      if (xsltSaveResultToString(&buf, &len, res, sheet) == 0) {
        out.assign(buf ? reinterpret_cast<const char*>(buf) : "", static_cast<std::size_t>(len));
        ok = true;
      }
      xmlFree(buf);
    }
    if (res) xmlFreeDoc(res);
    xsltFreeTransformContext(ctx);
    xmlFreeDoc(doc);
  }
  xmlSetGenericErrorFunc(nullptr, nullptr);
  if (!ok && diags.errors() == before) diags.error(name, {}, "XSLT: " + path_ + " failed on this document");
  return ok && diags.errors() == before;
}

}  // namespace editio
