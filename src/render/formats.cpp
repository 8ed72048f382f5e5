#include "render/formats.hpp"

#include "edition/manifest.hpp"

namespace editio {

bool parse_formats(const std::string& list, std::set<Format>& out, std::string& bad) {
  out.clear();
  std::size_t start = 0;
  while (start <= list.size()) {
    std::size_t e = list.find(',', start);
    if (e == std::string::npos) e = list.size();
    std::string f = list.substr(start, e - start);
    if (f == "tei") out.insert(Format::Tei);
    else if (f == "html") out.insert(Format::Html);
    else if (f == "tex") out.insert(Format::Tex);
    else if (f == "pdf") out.insert(Format::Pdf);
    else if (!f.empty()) {
      bad = f;
      return false;
    }
    start = e + 1;
  }
  return !out.empty();
}

std::map<std::string, std::string> latex_params(const Edition& edition) {
  std::map<std::string, std::string> params = edition.print;
  params["index-lang"] = edition.language;
  return params;
}

}  // namespace editio
