#pragma once
// The critical apparatus of a collated document: takes the base witness's
// Document (read and segmented, its notes linked) and the other witnesses'
// texts, aligns their tokens (collate/collate), and gives Variant spans over
// the base's blocks, one per place of variation (parallel segmentation);
// then applies the editor's [[reading]] entries to them. Every token of
// every witness ends up either in the common text or in exactly one
// reading of one place, so each witness can be read back from the TEI.
#include <cstddef>
#include <string>
#include <vector>

#include "collate/collate.hpp"
#include "edition/editorial.hpp"
#include "model/diagnostic.hpp"
#include "model/document.hpp"

namespace editio {

// A token of the base text: in block `block`, with offsets into that block's text.
struct BaseToken {
  std::size_t block = 0;
  collate::Token token;
};

// The tokens of the base's running text, block after block; text that is
// not the work's (a note call's "[1]", a reference to a note) is left out.
std::vector<BaseToken> base_tokens(const Document& doc);

// The text of the work in a witness read as a Document: its blocks' text
// without note calls, a blank line between blocks (mark_variants puts the
// words a witness adds at a block boundary into the block its paragraph
// starts: tokens two characters or more apart are in different blocks).
std::string witness_text(const Document& witness);

// The places of variation of an alignment table as Variant spans on `doc`.
// Row 0 of the table is the base (its tokens are `base`); rows 1.. are the
// other witnesses, whose tokens are `others[r - 1]`. `ids[r]` is row r's
// witness id and `order[r]` its place in listWit (readings list their
// witnesses in that order). A place that crosses a block boundary of the
// base is split there. Apps are numbered app-1, app-2... in document order.
void mark_variants(Document& doc, const std::vector<BaseToken>& base,
                   const std::vector<std::vector<collate::Token>>& others, const collate::Table& table,
                   const std::vector<std::string>& ids, const std::vector<std::size_t>& order);

// Collates the document with its witnesses: `ids` and `texts` in listWit
// order, `base` the index of the base (its text is the document's own and
// `texts[base]` is not read).
void annotate_apparatus(Document& doc, const std::vector<std::string>& ids, std::size_t base,
                        const std::vector<std::string>& texts, const collate::Options& options = {});

// The editor's [[reading]] entries of the document: at the place of
// variation the address names, the lemma becomes the witness's reading
// (`lemma`), the place gets the `type`, the editor's `resp`, and an editor's
// note with the `reason`. An entry that names no place is warned about at
// its line in the editor's layer.
void apply_editorial_readings(Document& doc, const EditorialLayer& layer, const std::string& resp,
                              Diagnostics& diags);

}  // namespace editio
