#pragma once
// The specification examples of tests/spec/<area>.md (the format is described
// in tests/spec/README.md): reading a spec file into its examples, converting
// an example's inputs as a build would, and writing the results back into the
// file (EDITIO_UPDATE_GOLDEN=1).
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace editio::spec {

// A fenced block of an example: ```kind arg flags...``` and the lines inside.
struct Block {
  std::string kind;                // manifest, text, editorial, persons, tei, header, diagnostics
  std::string arg;                 // the path of a text, the document of tei/header
  std::vector<std::string> flags;  // of a text: bom, crlf
  std::string body;                // the lines inside, each ending in "\n"
  std::size_t open = 0, close = 0; // 0-based line numbers of the fences in the file
};

struct Example {
  std::string area;   // the spec file's name without .md
  int number = 0;     // 1-based, in file order
  std::string title;  // the text of its "## " heading
  std::size_t heading = 0, end = 0;  // its lines in the file: [heading, end)
  std::vector<Block> blocks;
  const Block* find(const std::string& kind, const std::string& arg = "") const;
};

// What converting an example gives: per document, its whole TEI, and the
// diagnostics of the whole example with paths relative to its folder.
struct Result {
  std::vector<std::string> documents;    // manifest order
  std::map<std::string, std::string> tei;  // document id -> TEI
  std::string diagnostics;
  std::string failure;  // why the example could not be converted (empty when it was)
};

std::filesystem::path spec_dir();
// The areas: the tests/spec/*.md other than README.md, sorted.
std::vector<std::string> areas();
// The examples of one area's file, in order; `error` says why it is malformed.
std::vector<Example> read_area(const std::string& area, std::string& error);

// Writes the example's inputs into a fresh folder and converts every document
// of its manifest (convert_entry, with the personography when it has one).
Result convert(const Example& e);

// The <text> element of a TEI document as its writer indents it, moved to
// column 0; empty when there is none.
std::string text_fragment(const std::string& tei);
// The TEI document without its <text> element: the prolog and the teiHeader.
std::string without_text(const std::string& tei);

// Replaces the example's expected blocks (tei, header, diagnostics) with what
// `r` gives, adding the missing ones, in the spec file (under a lock, as
// examples may run in parallel processes). False, with `error`, on failure.
bool update(const Example& e, const Result& r, std::string& error);

}  // namespace editio::spec
