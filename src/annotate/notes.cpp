#include "annotate/notes.hpp"

#include <map>
#include <set>

#include "read/segment.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

struct Call {
  std::size_t block;
  std::size_t begin;  // of the span (with a space before the marker absorbed)
  std::size_t end;
  std::size_t marker;  // where "[" is
  std::string n;
};

// Finds "[N]" (1 to kNoteDigits digits) in running text; bracketed numbers
// with more digits go to `too_long` (a paragraph that starts with one was
// warned about as a body).
void find_calls(const Document& doc, std::vector<Call>& out, std::vector<Call>& too_long) {
  for (std::size_t b = 0; b < doc.blocks.size(); ++b) {
    const std::string& t = doc.blocks[b].text;
    for (std::size_t i = t.find('['); i != std::string::npos; i = t.find('[', i + 1)) {
      const std::size_t end = bracketed_number(t, i);
      if (end == 0) continue;
      const std::size_t j = end - 1;  // the "]"
      Call c{b, i, end, i, t.substr(i + 1, j - i - 1)};
      if (c.n.size() > kNoteDigits) {
        if (i > 0) too_long.push_back(std::move(c));
        continue;
      }
      // "groups. [41] All": the note follows "groups." directly; the space
      // after the marker separates it from what follows.
      if (i > 0 && t[i - 1] == ' ' && (j + 1 == t.size() || t[j + 1] == ' ')) c.begin = i - 1;
      out.push_back(std::move(c));
    }
  }
}

// The attribution that closes a note body, if it is one of the declared ones.
void attribute(Note& note, const NoteOptions& opt, const std::string& path, Diagnostics& diags) {
  if (note.blocks.empty()) return;
  const Block& last = note.blocks.back();
  std::string_view t = utf8::trim(last.text);
  for (const auto& s : opt.signatures) {
    if (t.size() >= s.text.size() && t.substr(t.size() - s.text.size()) == s.text) {
      note.resp = s.resp;
      note.signature = s.text;
      return;
    }
  }
  // An undeclared signature: "(X.Y.)" made of initials at the very end.
  if (!t.empty() && t.back() == ')') {
    std::size_t open = t.rfind('(');
    if (open != std::string_view::npos) {
      std::string_view inner = t.substr(open + 1, t.size() - open - 2);
      bool initials = !inner.empty() && inner.size() <= 16;
      std::size_t letters = 0;
      for (std::size_t i = 0; i < inner.size() && initials;) {
        char32_t c = utf8::next(inner, i);
        if (utf8::is_letter(c) && utf8::is_upper(c)) ++letters;
        else if (c != U'.' && c != U' ') initials = false;
      }
      if (initials && letters >= 1 && inner.find('.') != std::string_view::npos) {
        diags.warning(path, last.position_of(static_cast<std::size_t>(open + (t.data() - last.text.data()))),
                      "note [" + note.n + "] is signed '" + std::string(t.substr(open)) +
                          "', which the manifest does not declare: add it as a signature of a "
                          "[[responsibility]] so the note gets @resp");
      }
    }
  }
  note.resp = opt.default_resp;
}

}  // namespace

void link_notes(Document& doc, const NoteOptions& options, Diagnostics& diags) {
  for (auto& note : doc.notes) attribute(note, options, doc.source_path, diags);

  std::vector<Call> calls, too_long;
  find_calls(doc, calls, too_long);
  if (doc.notes.empty()) return;  // "[3]" in a text without notes is not a call
  for (const Call& c : too_long)
    diags.warning(doc.source_path, doc.blocks[c.block].position_of(c.marker),
                  "[" + c.n + "] looks like a note call, but a note number has at most " +
                      std::to_string(kNoteDigits) + " digits: it is left as text (renumber the note if it is one)");

  // Pair the k-th call numbered N with the k-th body numbered N.
  std::map<std::string, std::vector<std::size_t>> bodies;
  for (std::size_t i = 0; i < doc.notes.size(); ++i) {
    auto& list = bodies[doc.notes[i].n];
    if (!list.empty())
      diags.warning(doc.source_path, doc.notes[i].pos,
                    "note number [" + doc.notes[i].n + "] is used by an earlier note body too; "
                    "both are kept, this one as [" + doc.notes[i].n + "-" + std::to_string(list.size() + 1) + "] in the TEI; renumber one of them in the source");
    list.push_back(i);
  }
  std::map<std::string, std::size_t> used;
  for (const Call& c : calls) {
    auto it = bodies.find(c.n);
    std::size_t k = used[c.n]++;
    if (it == bodies.end() || k >= it->second.size()) {
      diags.warning(doc.source_path, doc.blocks[c.block].position_of(c.marker),
                    "note call [" + c.n + "] has no note body [" + c.n +
                        "] at the end of the text; it is left as text");
      continue;
    }
    Note& note = doc.notes[it->second[k]];
    note.called = true;
    Span s;
    s.kind = SpanKind::NoteCall;
    s.begin = c.begin;
    s.end = c.end;
    s.note = it->second[k];
    doc.blocks[c.block].spans.push_back(std::move(s));
  }
  for (const auto& note : doc.notes)
    if (!note.called)
      diags.warning(doc.source_path, note.pos,
                    "note body [" + note.n + "] is not called from the text; it is kept with the "
                    "uncalled notes at the end of the TEI (add the call [" + note.n + "] where it belongs)");
}

}  // namespace editio
