#pragma once
// XSLT with libxslt: a stylesheet is compiled once and applied to many
// documents, from several threads at once.
#include <map>
#include <memory>
#include <string>

#include "model/diagnostic.hpp"

namespace editio {

class Stylesheet {
 public:
  // Compiles the stylesheet; errors go to `diags` and ok() is false.
  Stylesheet(const std::string& path, Diagnostics& diags);
  ~Stylesheet();
  Stylesheet(const Stylesheet&) = delete;
  Stylesheet& operator=(const Stylesheet&) = delete;

  bool ok() const { return sheet_ != nullptr; }
  const std::string& path() const { return path_; }

  // Transforms XML text. String parameters are passed as XPath string
  // literals (quoting is handled here). `name` labels diagnostics.
  bool transform(const std::string& xml, const std::string& name,
                 const std::map<std::string, std::string>& params, std::string& out,
                 Diagnostics& diags) const;

  // The same for an XML file, read by libxml2 (not held as a string first).
  bool transform_file(const std::string& path, const std::string& name,
                      const std::map<std::string, std::string>& params, std::string& out,
                      Diagnostics& diags) const;

 private:
  bool apply(const std::string* xml, const std::string* path, const std::string& name,
             const std::map<std::string, std::string>& params, std::string& out, Diagnostics& diags) const;
  std::string path_;
  void* sheet_ = nullptr;  // xsltStylesheetPtr
};

}  // namespace editio
