#pragma once
// Applies the editor's layer (edition/editorial) to a document: finds each
// entry's text by its occurrence or source line and sets what the editor
// decided. Entries that cannot be applied are reported with their own
// file:line, so the editor can fix them.
#include <string>

#include "edition/editorial.hpp"
#include "model/document.hpp"

namespace editio {

// The editor's dates: replaces the value of a tagged date (or tags the words,
// or untags them with none = true). Each date set so carries @resp = `resp`.
// The structure entries, before the structure rules run: [[block]] splits
// the addressed words off into a block with the role given, [[text]] starts
// one of several texts (Document::parts, declared) at the addressed words.
void apply_editorial_structure(Document& doc, const EditorialLayer& layer, Diagnostics& diags);

// Corrections (sic/corr), regularizations (orig/reg), gaps and the editor's
// notes (lettered a, b... in text order; a correction with a reason gets a
// note pointing to it). Everything carries @resp = `resp`.
void apply_editorial_changes(Document& doc, const EditorialLayer& layer, const std::string& resp,
                             Diagnostics& diags);

void apply_editorial_dates(Document& doc, const EditorialLayer& layer, const std::string& resp,
                           Diagnostics& diags);

}  // namespace editio
