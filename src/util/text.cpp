#include "util/text.hpp"

namespace editio {

std::vector<std::string> split_paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start < text.size()) {
    std::size_t e = text.find("\n\n", start);
    if (e == std::string::npos) e = text.size();
    std::string para = text.substr(start, e - start);
    for (auto& c : para)
      if (c == '\n') c = ' ';
    std::size_t b = para.find_first_not_of(' ');
    std::size_t l = para.find_last_not_of(' ');
    if (b != std::string::npos) out.push_back(para.substr(b, l - b + 1));
    start = e + 2;
  }
  return out;
}

std::string squeeze_space(const std::string& s) {
  std::string out;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
      space = true;
      continue;
    }
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  return out;
}

}  // namespace editio
