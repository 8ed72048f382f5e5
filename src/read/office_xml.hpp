#pragma once
// What the Word and OpenDocument readers share: an XML part of the package
// parsed safely with libxml2 (no network, no DTD, no entity expansion; an
// error refuses the document), a walk over elements by namespace and name,
// a paragraph's text appended with its position ("paragraph N, character C"),
// and character formatting (italic, bold...) turned into Highlight spans.
#include <array>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include <libxml/tree.h>

#include "model/document.hpp"
#include "read/block_builder.hpp"
#include "read/zip_archive.hpp"

namespace editio {

struct XmlDocFree {
  void operator()(xmlDoc* d) const { xmlFreeDoc(d); }
};
using XmlDoc = std::unique_ptr<xmlDoc, XmlDocFree>;

// A package being read: its archive, the file's path and the diagnostics.
struct OfficePackage {
  std::string path;
  std::unique_ptr<ZipArchive> zip;
  Diagnostics* diags = nullptr;
  bool failed = false;  // an error was reported: the document is refused

  // Opens the package from `bytes`; false (with an error) when it is no ZIP.
  bool open(std::string_view bytes);
  // Part `name` parsed; null when it is absent (an error if `required`) or
  // broken (an error "part NAME: line L: message", and `failed`).
  XmlDoc part(const std::string& name, bool required);
  void error(const std::string& message);
};

// Whether `n` is the element {ns}local.
bool is_element(const xmlNode* n, const char* ns, const char* local);
// The first child element {ns}local of `n`, or null.
xmlNode* child(const xmlNode* n, const char* ns, const char* local);
// Attribute {ns}local of `n` ("" when absent; ns null: no namespace).
std::string attribute(const xmlNode* n, const char* ns, const char* local);
// The children of the root element of `doc` (null when there is none).
xmlNode* root_children(const xmlDoc* doc);
// The integer `s` starts with ("-33% 58%" -> -33), clamped to [lo, hi]; 0 (clamped) when none.
int leading_int(const std::string& s, int lo, int hi);
// All the text under `n`, in order.
std::string text_content(const xmlNode* n);

// The character formatting of a stretch of text, in Highlight's words.
enum Rend { kItalic, kBold, kUnderline, kStrike, kSuper, kSub, kSmallCaps, kRendCount };
using CharStyle = std::array<bool, kRendCount>;
const char* rend_name(int rend);

// One block being read from a paragraph (or from several: a table cell, a note).
struct OfficeBlock {
  BlockBuilder b;
  std::uint32_t paragraph = 0;  // the source paragraph the text comes from
  std::uint32_t chars = 0;      // characters of that paragraph read so far
  bool frozen = false;          // a note's text: every piece is placed at `at`, its call
  SourcePos at;
  std::array<std::optional<std::size_t>, kRendCount> open{};  // Highlight spans open, from offset
  bool image_only = true;       // nothing but images so far (a Figure)

  explicit OfficeBlock(BlockKind kind) : b(kind) {}
  // Where the next character stands.
  SourcePos pos() const;
  // Appends `t` (normalized to NFC) with formatting `style`: spans open and
  // close where the formatting changes.
  void text(std::string_view t, const CharStyle& style);
  // Closes every Highlight span (at a link's end, the block's end).
  void close_highlights();
  // Starts source paragraph `n` (a table cell goes on through several).
  void start_paragraph(std::uint32_t n);
  // A link's text starts: the offset to give end_link.
  std::size_t begin_link();
  // The text since `begin` links to `target` (literal when it is the address itself).
  void end_link(std::size_t begin, const std::string& target);
};

// A paragraph `out` that held nothing but an image, stored at `url` with
// description `text`, added to doc.blocks as a Figure; false (nothing added)
// when the paragraph held text too or no image.
bool add_figure(Document& doc, OfficeBlock& out, const std::string& url, const std::string& text);
// A table cell read into `cell` added to doc.blocks; `first_cell` and
// `row_start` say where it stands and are cleared.
void add_cell(Document& doc, OfficeBlock& cell, bool header, bool& first_cell, bool& row_start);

// A note (footnote, endnote) read into doc.notes and called here: `read`
// fills the note's blocks, with positions fixed at the call.
template <class ReadBlocks>
void add_note(Document& doc, OfficeBlock& caller, std::string n, ReadBlocks read) {
  Note note;
  note.n = std::move(n);
  note.called = true;
  note.pos = caller.pos();
  const std::size_t index = doc.notes.size();
  doc.notes.push_back(std::move(note));
  std::vector<Block> blocks = read(caller.pos());
  doc.notes[index].blocks = std::move(blocks);
  caller.b.note_call(index);
}

// "1 comment", "3 comments" + `what`.
std::string count_phrase(std::size_t n, const std::string& one, const std::string& what);
// ASCII letters in lower case (style names).
std::string lower_ascii(std::string s);

// What read_docx and read_odt share: `doc` marked as format `format` with its
// notes linked, the package opened from `bytes`, then `read(package)`.
template <class Read>
bool read_package(const std::string& path, std::string_view bytes, Document& doc, Diagnostics& diags,
                  const char* format, Read read) {
  doc.format = format;
  doc.notes_linked = true;
  if (doc.source_path.empty()) doc.source_path = path;
  OfficePackage pkg;
  pkg.path = path;
  pkg.diags = &diags;
  return pkg.open(bytes) && read(pkg);
}

}  // namespace editio
