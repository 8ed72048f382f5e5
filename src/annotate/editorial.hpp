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
void apply_editorial_dates(Document& doc, const EditorialLayer& layer, const std::string& resp,
                           Diagnostics& diags);

}  // namespace editio
