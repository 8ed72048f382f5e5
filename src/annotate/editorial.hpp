#pragma once
// Applies the editor's layer (edition/editorial) to a document: finds each
// entry's text by its occurrence or source line and sets what the editor
// decided. Entries that cannot be applied are reported with their own
// file:line, so the editor can fix them.
#include <optional>
#include <string>

#include "annotate/entities.hpp"
#include "annotate/persons.hpp"
#include "edition/editorial.hpp"
#include "model/document.hpp"

namespace editio {

// The editor's dates: replaces the value of a tagged date (or tags the words,
// or untags them with none = true). Each date set so has the editor's `resp` (an xml:id: "ed").
// The structure entries, before the structure rules run: [[block]] splits
// the addressed words off into a block with the role given, [[text]] starts
// one of several texts (Document::parts, declared) at the addressed words.
void apply_editorial_structure(Document& doc, const EditorialLayer& layer, Diagnostics& diags);

// Corrections (sic/corr), regularizations (orig/reg), gaps and the editor's
// notes (lettered a, b... in text order; a correction with a reason gets a
// note pointing to it). Everything carries @resp pointing to `resp` (an xml:id: "ed").
void apply_editorial_changes(Document& doc, const EditorialLayer& layer, const std::string& resp,
                             Diagnostics& diags);

// The editor's [[person]] entries of the document, located: each place its
// words (whole words) have at the line and column or occurrence given, or
// everywhere in the document. Entries that address nothing are warned about
// at their line in the editor's layer. Each place counts as an intervention.
std::vector<PersonDecision> locate_editorial_persons(Document& doc, const EditorialLayer& layer, Diagnostics& diags);

// The editor's [[place]] and [[org]] entries of the document, located as
// [[person]] entries are (see above); the entity pass applies them.
std::vector<EntityDecision> locate_editorial_entities(Document& doc, const EditorialLayer& layer, Diagnostics& diags);

void apply_editorial_dates(Document& doc, const EditorialLayer& layer, const std::string& resp,
                           Diagnostics& diags);

// Words of a document an editor's entry addresses: [begin, end) of a block's text.
struct TextPlace {
  Block* block;
  std::size_t begin, end;
};

// The one place an entry of kind `kind` ("reading") addresses, as every
// entry above finds it, or none, with a warning at the entry (`path`, `pos`) that says why.
std::optional<TextPlace> locate_entry(Document& doc, const TextAddress& at, const char* kind, const std::string& path,
                                      SourcePos pos, Diagnostics& diags);

// An editor's note (lettered with the others by apply_editorial_changes) on
// the element with xml:id `target` (or none), called at `offset` of `b`.
void add_editor_note(Document& doc, Block& b, std::size_t offset, const std::string& text, const std::string& target,
                     const std::string& resp);

}  // namespace editio
