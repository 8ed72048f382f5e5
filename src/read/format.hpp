#pragma once
// Which reader a source file needs: plain text, Markdown, HTML, Word (.docx)
// or OpenDocument (.odt). Word and OpenDocument files and HTML pages are
// known by their content; Markdown by its name (.md), since plain text and
// Markdown cannot be told apart by content alone. The manifest's `format =`
// overrides both. A plain-text file that looks like Markdown or HTML is read
// as text, with a warning that says how to read it properly.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/diagnostic.hpp"

namespace editio {

enum class SourceFormat { Text, Markdown, Html, Docx, Odt };

// "text", "markdown", "html", "docx", "odt": the names the manifest takes.
const char* format_name(SourceFormat f);
// A manifest's name for a format ("md" and "txt" too), or none.
std::optional<SourceFormat> parse_format_name(std::string_view name);
// The names parse_format_name takes, for messages: "text, markdown, html, docx or odt".
std::string format_names();

// Whether a file's name says it is a source Editio reads (.txt, .md, .markdown,
// .html, .htm, .docx, .odt): the files `editio init` takes from a folder.
bool is_source_name(const std::filesystem::path& file);

// What a format is, for people: "Markdown", "a Word document (.docx)".
const char* format_description(SourceFormat f);

// The format of the file `path` whose first bytes are `head` (a few KB are enough).
SourceFormat detect_format(const std::string& path, std::string_view head);

// Evidence, in a plain-text file, that it is Markdown or HTML written out:
// the format it looks like, where the first sign is, and what the sign is
// ("a footnote '[^1]'", "HTML tags such as <p>"). None when it reads as text.
struct FormatLook {
  SourceFormat format = SourceFormat::Text;
  SourcePos pos;
  std::string evidence;
};
std::optional<FormatLook> looks_structured(const std::vector<std::string>& lines);

}  // namespace editio
