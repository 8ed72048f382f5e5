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

// "5 [4] p.m.", "1923 [1925]": an editor's correction of the number before
// it (a number of as many digits, then a space), not a note call.
bool is_bracketed_correction(std::string_view t, std::size_t open, std::size_t digits) {
  if (open < 2 || t[open - 1] != ' ') return false;
  std::size_t k = open - 1;
  while (k > 0 && t[k - 1] >= '0' && t[k - 1] <= '9') --k;
  const std::size_t before = open - 1 - k;
  const bool word_start = k == 0 || !utf8::is_letter(utf8::last_char(t.substr(0, k)));
  return before == digits && word_start;
}

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
      if (is_bracketed_correction(t, i, c.n.size())) continue;
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


// The bodies as numbering sequences: a body whose number the current
// sequence already has starts the next one ("[1] [2] [1] [2]": two texts
// that each number their notes from 1). Number -> index into doc.notes.
std::vector<std::map<std::string, std::size_t>> numbering_sequences(const Document& doc) {
  std::vector<std::map<std::string, std::size_t>> runs(1);
  for (std::size_t i = 0; i < doc.notes.size(); ++i) {
    if (runs.back().count(doc.notes[i].n)) runs.emplace_back();
    runs.back()[doc.notes[i].n] = i;
  }
  return runs;
}

void add_call(Document& doc, const Call& c, std::size_t note) {
  doc.notes[note].called = true;
  doc.blocks[c.block].spans.push_back(Span{c.begin, c.end, NoteCall{note}});
}

// A later call of a note already called ("as stated[1] ... see above[1]"):
// the call as printed, a reference to the note (its xml:id is `target`).
void add_reference(Document& doc, const Call& c, const std::string& target) {
  doc.blocks[c.block].spans.push_back(Span{c.marker, c.end, NoteReference{target}});
}

std::string where(const Document& doc, std::size_t note) {
  return std::to_string(doc.notes[note].pos.line);
}

// Calls pair with the bodies in order: the calls of the first numbering
// sequence with its bodies, and so on. A call whose body is taken moves on
// to the next sequence when that one has the number ("[1]" again: the
// numbering starts again); else it calls the same note again, which is
// written once (at its first call): the call becomes a reference to it.
void pair_calls(Document& doc, const std::vector<Call>& calls, Diagnostics& diags) {
  const auto runs = numbering_sequences(doc);
  std::vector<std::string> labels;  // of the notes' xml:ids, once a call refers to a note again
  std::size_t r = 0;
  for (const Call& c : calls) {
    const SourcePos pos = doc.blocks[c.block].position_of(c.marker);
    auto body = runs[r].find(c.n);
    if (body != runs[r].end() && !doc.notes[body->second].called) {
      add_call(doc, c, body->second);
      continue;
    }
    auto next = r + 1 < runs.size() ? runs[r + 1].find(c.n) : runs.back().end();
    if (body != runs[r].end() && r + 1 < runs.size() && next != runs[r + 1].end()) {
      std::string open;
      for (const auto& [n, i] : runs[r])
        if (!doc.notes[i].called) open += (open.empty() ? "[" : ", [") + n + "]";
      if (!open.empty())
        diags.warning(doc.source_path, pos,
                      "note call [" + c.n + "] is taken as the call of the next note [" + c.n + "] (line " +
                          where(doc, next->second) + ": the numbering starts again), though note(s) " +
                          open + " before it have no call yet; if it calls note [" + c.n +
                          "] of line " + where(doc, body->second) + " again, renumber the notes in the source");
      ++r;
      add_call(doc, c, next->second);
      continue;
    }
    if (body != runs[r].end()) {  // the note is written once, at its first call
      if (labels.empty()) labels = note_labels(doc);
      add_reference(doc, c, doc.id + "-n" + labels[body->second]);
      continue;
    }
    diags.warning(doc.source_path, pos,
                  "note call [" + c.n + "] has no note body [" + c.n + "] at the end of the text; it is left as text");
  }
}
}  // namespace

void link_notes(Document& doc, const NoteOptions& options, Diagnostics& diags) {
  for (auto& note : doc.notes) attribute(note, options, doc.source_path, diags);
  if (doc.notes_linked) return;  // a structured reader tied each note to its call

  std::vector<Call> calls, too_long;
  find_calls(doc, calls, too_long);
  if (doc.notes.empty()) return;  // "[3]" in a text without notes is not a call
  for (const Call& c : too_long)
    diags.warning(doc.source_path, doc.blocks[c.block].position_of(c.marker),
                  "[" + c.n + "] looks like a note call, but a note number has at most " +
                      std::to_string(kNoteDigits) + " digits: it is left as text (renumber the note if it is one)");

  pair_calls(doc, calls, diags);
  for (const auto& note : doc.notes)
    if (!note.called)
      diags.warning(doc.source_path, note.pos,
                    "note body [" + note.n + "] is not called from the text; it is kept with the "
                    "uncalled notes at the end of the TEI (add the call [" + note.n + "] where it belongs)");
}

}  // namespace editio
