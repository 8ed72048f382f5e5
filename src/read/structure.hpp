#pragma once
// The structure of letters, memoranda and archival files, by general rules
// over the segmented blocks:
//   - front matter: the publication's heading and the archival reference
//     before the first text; back matter: archival reference, publication
//     and translator lines after the last one;
//   - several texts in one source: a run of signatures ends a text, and what
//     follows is the next text (the editor's layer may declare more);
//   - each text's opener (dateline, reference number, classification mark,
//     addressee, salute) and closer (salute, signatures), postscripts and
//     postal addresses;
//   - insertions of earlier hands inside the text, "(Petrov - AB)", where the
//     mark after the dash is declared by a [[responsibility]] of the manifest.
// The words it knows ("Top secret", "Совершенно секретно", "F.", "Оп.",
// "Published:") are general archival vocabulary in Russian and English.
#include <string>
#include <vector>

#include "model/document.hpp"

namespace editio {

struct InsertionMark {
  std::string mark;  // "OM", "approx." as written after the dash
  std::string resp;  // the xml:id it stands for
};

struct StructureOptions {
  std::string lang;                      // the document's language, for dates in datelines
  std::vector<InsertionMark> insertions;
  std::string title{};         // the document's title from the manifest: the line that repeats it is the heading
  std::string kind{};          // the manifest's kind of document ("letter", "telegram"): evidence of a letter
  std::string editorial_path{};  // the editor's layer, where the roles it sets are reported
};

// Sets Block::role and Block::region, fills Document::parts (keeping the
// parts the editor declared), Document::shelfmark and publications, and adds
// inline notes for insertions of earlier hands.
void recognize_structure(Document& doc, const StructureOptions& options, Diagnostics& diags);

// "GARF. F. 1. Op. 2, D. 3, L. 10-12. Typescript": true when the text is an
// archival reference (at least two of fond, inventory, file and folios).
bool parse_shelfmark(std::string_view text, ShelfMark& out);

// Reports paragraphs that break off mid-sentence (ending with a comma, or
// without closing punctuation) and have no gap at their end: suspected
// truncations, with file:line:column of the break.
void report_truncations(const Document& doc, Diagnostics& diags, const std::string& editorial_path);

}  // namespace editio
