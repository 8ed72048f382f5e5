#pragma once
// Notes: ties call sites ("[41]" in the text) to note bodies ("[41] ..." at
// the end) and attributes bodies signed with a declared signature ("(A.B.)").
#include <string>
#include <vector>

#include "model/document.hpp"

namespace editio {

struct NoteSignature {
  std::string text;  // "(A.B.)"
  std::string resp;  // "LS"
};

struct NoteOptions {
  std::vector<NoteSignature> signatures;
  std::string default_resp;  // for unsigned notes; may be empty
};

// Adds NoteCall spans to the running text and sets Note::resp. Calls without a
// body, bodies without a call and duplicated numbers are warned about; no text
// is lost (an unmatched call stays in the text, an uncalled body is kept apart).
void link_notes(Document& doc, const NoteOptions& options, Diagnostics& diags);

}  // namespace editio
