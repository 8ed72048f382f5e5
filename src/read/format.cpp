#include "read/format.hpp"

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <regex>

#include "util/utf8.hpp"

namespace editio {
namespace {

struct FormatInfo {
  SourceFormat format;
  const char* name;
  const char* description;
};
constexpr FormatInfo kFormats[] = {
    {SourceFormat::Text, "text", "plain text"},
    {SourceFormat::Markdown, "markdown", "Markdown"},
    {SourceFormat::Html, "html", "an HTML page"},
    {SourceFormat::Docx, "docx", "a Word document (.docx)"},
    {SourceFormat::Odt, "odt", "an OpenDocument text (.odt)"},
};

std::string lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
  return out;
}

// A ZIP archive's first entry of an OpenDocument file is "mimetype", stored,
// holding the media type; a Word file names its parts "word/..." (the names
// are stored uncompressed in the local headers).
std::optional<SourceFormat> office_format(std::string_view head) {
  if (!head.starts_with("PK\x03\x04")) return std::nullopt;
  if (head.find("mimetypeapplication/vnd.oasis.opendocument.text") != std::string_view::npos) return SourceFormat::Odt;
  if (head.find("word/") != std::string_view::npos || head.find("[Content_Types].xml") != std::string_view::npos)
    return SourceFormat::Docx;
  return std::nullopt;
}

// "<!DOCTYPE html", "<html" (after white space, a byte-order mark or comments).
bool starts_as_html(std::string_view head) {
  std::string h = lower(head.substr(0, 2048));
  std::size_t i = h.starts_with("\xef\xbb\xbf") ? 3 : 0;
  for (;;) {
    while (i < h.size() && std::isspace(static_cast<unsigned char>(h[i]))) ++i;
    if (h.compare(i, 4, "<!--") != 0) break;
    const std::size_t end = h.find("-->", i);
    if (end == std::string::npos) return false;
    i = end + 3;
  }
  return h.compare(i, 14, "<!doctype html") == 0 || h.compare(i, 5, "<html") == 0 ||
         (h.compare(i, 5, "<?xml") == 0 && h.find("<html", i) != std::string::npos);
}

}  // namespace

const char* format_name(SourceFormat f) {
  for (const auto& i : kFormats)
    if (i.format == f) return i.name;
  return "text";
}

const char* format_description(SourceFormat f) {
  for (const auto& i : kFormats)
    if (i.format == f) return i.description;
  return "plain text";
}

std::optional<SourceFormat> parse_format_name(std::string_view name) {
  const std::string n = lower(name);
  if (n == "md" || n == "commonmark" || n == "gfm") return SourceFormat::Markdown;
  if (n == "txt" || n == "plain") return SourceFormat::Text;
  if (n == "htm" || n == "xhtml") return SourceFormat::Html;
  for (const auto& i : kFormats)
    if (n == i.name) return i.format;
  return std::nullopt;
}

bool is_source_name(const std::filesystem::path& file) {
  const std::string ext = lower(file.extension().string());
  for (const char* known : {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".odt"})
    if (ext == known) return true;
  return false;
}

std::string format_names() { return "text, markdown, html, docx or odt"; }

SourceFormat detect_format(const std::string& path, std::string_view head) {
  if (auto office = office_format(head)) return *office;
  if (starts_as_html(head)) return SourceFormat::Html;
  const std::string ext = lower(std::filesystem::path(path).extension().string());
  if (ext == ".md" || ext == ".markdown" || ext == ".mdown" || ext == ".mkd") return SourceFormat::Markdown;
  if (ext == ".html" || ext == ".htm" || ext == ".xhtml") return SourceFormat::Html;
  if (ext == ".docx") return SourceFormat::Docx;
  if (ext == ".odt") return SourceFormat::Odt;
  return SourceFormat::Text;
}

namespace {

// One sign of a format in a line of text, and how many signs make a case.
struct Sign {
  SourceFormat format;
  const char* needs;  // a substring every match holds: lines without it are not searched
  std::regex pattern;
  const char* evidence;
  int needed;  // a sign this strong on its own: 1; a weaker one must recur
};

const std::vector<Sign>& signs() {
  static const std::vector<Sign> all = {
      {SourceFormat::Markdown, "[^", std::regex(R"(\[\^[^\]\s]+\]:)"), "a footnote definition '[^n]:'", 1},
      {SourceFormat::Markdown, "](", std::regex(R"(\[[^\]]+\]\((https?://|/|\./)[^)\s]*\))"), "a link '[text](address)'", 2},
      {SourceFormat::Markdown, "# ", std::regex(R"(^#{1,6} \S)"), "a heading '# ...'", 3},
      {SourceFormat::Markdown, "**", std::regex(R"(\*\*[^*\s][^*]*\*\*)"), "bold text '**...**'", 3},
      {SourceFormat::Markdown, "![", std::regex(R"(^!\[[^\]]*\]\([^)]+\))"), "an image '![...](...)'", 1},
      {SourceFormat::Html, "</", std::regex(R"(</(p|div|a|em|strong|li|h[1-6]|span|blockquote)>)", std::regex::icase),
       "HTML tags such as </p>", 3},
  };
  return all;
}

}  // namespace

std::optional<FormatLook> looks_structured(const std::vector<std::string>& lines) {
  // YAML front matter: "---" first, then "key: value" lines, then "---".
  if (!lines.empty() && lines.front() == "---") {
    static const std::regex key(R"(^[A-Za-z_][\w-]*:( |$))");
    for (std::size_t i = 1; i < lines.size() && i < 40; ++i) {
      if (lines[i] == "---" || lines[i] == "...") {
        if (i > 1) return FormatLook{SourceFormat::Markdown, {1, 1}, "YAML front matter ('---' lines around 'key: value')"};
        break;
      }
      if (!std::regex_search(lines[i], key) && !lines[i].starts_with("  ") && !lines[i].starts_with("- ")) break;
    }
  }
  const auto& all = signs();
  std::vector<int> seen(all.size(), 0);
  std::vector<SourcePos> first(all.size());
  for (std::size_t l = 0; l < lines.size(); ++l) {
    for (std::size_t s = 0; s < all.size(); ++s) {
      std::smatch m;
      if (lines[l].find(all[s].needs) == std::string::npos || !std::regex_search(lines[l], m, all[s].pattern)) continue;
      const auto column = utf8::count_code_points(lines[l], 0, static_cast<std::size_t>(m.position(0))) + 1;
      if (seen[s]++ == 0) first[s] = {static_cast<std::uint32_t>(l + 1), static_cast<std::uint32_t>(column)};
      if (seen[s] >= all[s].needed) return FormatLook{all[s].format, first[s], all[s].evidence};
    }
  }
  return std::nullopt;
}

}  // namespace editio
