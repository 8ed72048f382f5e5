#include "read/document_reader.hpp"

#include "read/docx.hpp"
#include "read/html.hpp"
#include "read/markdown.hpp"
#include "read/odt.hpp"
#include "read/segment.hpp"
#include "read/source.hpp"
#include "read/title_line.hpp"
#include "util/fs.hpp"

namespace editio {
namespace {

// A plain-text file that looks like another format is still read as text,
// with a warning at its first sign that says how to read it properly.
void warn_if_structured(const SourceText& src, const ReadRequest& request, Diagnostics& diags) {
  if (request.format) return;  // the editor named the format: no second-guessing
  auto look = looks_structured(src.lines);
  if (!look) return;
  const std::string name = format_name(look->format);
  const std::string advice = request.format_option.empty()
                                 ? "set format = \"" + name + "\" in its [[document]] of the manifest"
                                 : "use " + request.format_option + " " + name;
  diags.warning(src.path, look->pos,
                std::string("this file looks like ") + format_description(look->format) + " (" + look->evidence +
                    ") but is read as plain text, so its markup stays in the text as written; to read it as " +
                    format_description(look->format) + ", " + advice +
                    (look->format == SourceFormat::Markdown ? ", or name the file .md" : ""));
}

// A structured file whose reader found no text at all (a page that is only
// scripts, a Markdown file of front matter alone) is not a document: false,
// with the reader's error or this one.
bool has_text(const std::string& path, const Document& doc, Diagnostics& diags) {
  if (!doc.blocks.empty()) return true;
  bool said = false;
  for (const auto& d : diags.items()) said = said || (d.severity == Severity::Error && d.file == path);
  if (!said) diags.error(path, {}, "no text found in the file: the document is skipped (check that it is the right file)");
  return false;
}

bool read_text_format(SourceFormat format, const ReadRequest& request, std::string_view bytes, Document& doc,
                      Diagnostics& diags) {
  auto src = read_source(request.path, bytes, diags, request.encoding);
  if (!src) return false;
  doc.encoding = src->encoding;
  switch (format) {
    case SourceFormat::Markdown: read_markdown(*src, doc, diags); break;
    case SourceFormat::Html: read_html(*src, doc, diags); break;
    default:
      warn_if_structured(*src, request, diags);
      segment(*src, doc, diags);
      doc.format = "text";
      return true;
  }
  return has_text(request.path, doc, diags);
}

}  // namespace

bool read_document(const ReadRequest& request, Document& doc, Diagnostics& diags) {
  std::string bytes, why;
  if (!fs::read_file(request.path, bytes, why, kMaxSourceBytes)) {
    diags.error(request.path, {}, "cannot read the file: " + why);
    return false;
  }
  doc.source_path = request.path;
  const SourceFormat format = request.format ? *request.format : detect_format(request.path, bytes);
  switch (format) {
    case SourceFormat::Docx: return read_docx(request.path, bytes, doc, diags) && has_text(request.path, doc, diags);
    case SourceFormat::Odt: return read_odt(request.path, bytes, doc, diags) && has_text(request.path, doc, diags);
    default: return read_text_format(format, request, bytes, doc, diags);
  }
}

std::string own_title(const Document& doc) {
  if (!doc.metadata.title.empty()) return doc.metadata.title;
  for (const Block& b : doc.blocks)
    if (b.kind == BlockKind::Title) return b.text;
  for (const Block& b : doc.blocks)
    if (!b.text.empty()) return first_line_title({b.text});
  return "";
}

}  // namespace editio
