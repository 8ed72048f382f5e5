// libFuzzer target: the date grammars of both languages. The first byte picks
// the language and the options (document date, Julian calendar); the rest is
// read as a source (so the text is valid NFC UTF-8, as the build guarantees),
// each line a paragraph, and annotated with annotate_dates. The tokenizer,
// the grammar and roman_value also see each line directly.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "lang/date_grammar.hpp"
#include "annotate/dates.hpp"
#include "read/source.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace editio;
  if (size == 0) return 0;
  const std::uint8_t flags = data[0];
  const std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  // roman_value takes any bytes.
  if (bytes.size() <= 64) (void)roman_value(bytes);

  Diagnostics diags;
  auto src = read_source("fuzz.txt", bytes, diags);
  if (!src) return 0;

  const std::string lang = (flags & 1) ? "en" : "ru";
  Document doc;
  doc.id = "fuzz";
  doc.source_path = src->path;
  doc.lang = lang;
  // Lines after a line "[1]" go to a note body, so that the note path (dates
  // continue from their call site) is exercised too.
  Note* note = nullptr;
  std::uint32_t line_no = 0;
  for (const auto& line : src->lines) {
    ++line_no;
    if (line == "[1]") {
      doc.notes.push_back(Note{});
      note = &doc.notes.back();
      note->n = "1";
      note->pos = {line_no, 1};
      continue;
    }
    Block b;
    b.kind = BlockKind::Paragraph;
    b.text = line;
    b.anchors.push_back({0, {line_no, 1}});
    if (note) note->blocks.push_back(std::move(b));
    else doc.blocks.push_back(std::move(b));
  }
  if (!doc.blocks.empty() && !doc.notes.empty()) {
    // A call of note 1 at the end of the first paragraph.
    Block& first = doc.blocks.front();
    const std::size_t call = first.text.size();
    first.text += "[1]";
    first.spans.push_back(Span{call, first.text.size(), NoteCall{0}});
    doc.notes.front().called = true;
  }

  DateOptions options;
  if (flags & 2) {
    options.document_year = 1850 + (flags >> 3);  // 1850..1881
    if (flags & 4) options.document_month = 1 + (flags >> 3) % 12;
  }
  options.julian = (flags & 4) != 0;
  Diagnostics d;
  annotate_dates(doc, options, d);

  // The grammar and tokenizer on each line, in the other language too.
  const DateGrammar* g = date_grammar(lang);
  const DateGrammar* other = date_grammar((flags & 1) ? "ru" : "en");
  for (const auto& line : src->lines) {
    const auto tokens = date_tokens(line);
    for (const auto& t : tokens)
      if (t.begin > t.end || t.end > line.size()) __builtin_trap();
    if (g) {
      for (const auto& m : g->find(line, tokens))
        if (m.begin > m.end || m.end > line.size()) __builtin_trap();
    }
    if (other && (flags & 0x80)) (void)other->find(line);
  }
  return 0;
}
