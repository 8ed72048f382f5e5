#include "annotate/editorial.hpp"

#include <algorithm>
#include <map>
#include <optional>

#include "util/utf8.hpp"

namespace editio {
namespace {

struct Place {
  Block* block;
  std::size_t begin, end;
};

// Every occurrence of the address in the document (body, then notes): the
// words, or with no words the whole paragraph on `line`.
std::vector<Place> occurrences(Document& doc, const TextAddress& at) {
  std::vector<Place> out;
  if (at.text.empty()) {
    // the paragraph of the text that the line belongs to; when the editor's
    // layer split the line into several blocks, the last (ending there)
    Block* last = nullptr;
    for (auto& b : doc.blocks)
      for (const auto& a : b.anchors)
        if (static_cast<int>(a.pos.line) == at.line) last = &b;
    if (last) out.push_back({last, 0, utf8::trim(last->text).size()});
    return out;
  }
  auto scan = [&](Block& b) {
    for (std::size_t i = b.text.find(at.text); i != std::string::npos; i = b.text.find(at.text, i + 1)) {
      if (at.line && static_cast<int>(b.position_of(i).line) != at.line) continue;
      out.push_back({&b, i, i + at.text.size()});
    }
  };
  for (auto& b : doc.blocks) scan(b);
  // The source's notes, not the editor's own: a chain of editor's notes each
  // on the words of the one before would nest without end.
  for (auto& n : doc.notes)
    if (n.type != "editorial")
      for (auto& b : n.blocks) scan(b);
  return out;
}

constexpr int kMaxNestedChanges = 16;

// How deep corrections (choice spans, which never cross) nest at the words of
// `p` once one more is added there.
int changes_nested_with(const std::vector<Span>& spans, const Place& p) {
  std::vector<std::pair<std::size_t, int>> events{{p.begin, 1}, {p.end, -1}};
  for (const Span& s : spans)
    if (s.is<Correction>() && s.begin < p.end && p.begin < s.end) {
      events.push_back({s.begin, 1});
      events.push_back({s.end, -1});
    }
  std::sort(events.begin(), events.end());  // at one offset, what ends before what begins
  int depth = 0, most = 0;
  for (const auto& [at, d] : events) most = std::max(most, depth += d);
  return most;
}

std::string times(std::size_t n) { return n == 1 ? "once" : n == 2 ? "twice" : std::to_string(n) + " times"; }

std::string describe(const TextAddress& at) {
  return at.text.empty() ? "line " + std::to_string(at.line) : "'" + at.text + "'";
}

// The one place an entry addresses, or nothing (and a warning that says why).
std::optional<Place> locate(Document& doc, const TextAddress& at, const char* kind, const std::string& path,
                            SourcePos pos, Diagnostics& diags) {
  const std::string what = "[[" + std::string(kind) + "]] " + describe(at);
  const std::string where = at.line && !at.text.empty() ? " on line " + std::to_string(at.line) : std::string();
  std::vector<Place> found = occurrences(doc, at);
  if (found.empty()) {
    diags.warning(path, pos, what + " is not in " + doc.id + where + " (" + doc.source_path +
                                 "): the entry was not applied; check text and line");
    return std::nullopt;
  }
  if (!at.occurrence && found.size() > 1) {
    diags.warning(path, pos, what + " occurs " + times(found.size()) + " in " + doc.id + where +
                                 ": the entry was not applied; add line = or occurrence = to choose one");
    return std::nullopt;
  }
  if (at.occurrence > static_cast<int>(found.size())) {
    diags.warning(path, pos, what + ": occurrence " + std::to_string(at.occurrence) + " asked, but it occurs " +
                                 times(found.size()) + " in " + doc.id + where +
                                 ": the entry was not applied");
    return std::nullopt;
  }
  return found[at.occurrence ? at.occurrence - 1 : 0];
}

// What a span is, in words, for messages to the editor: "a person's name".
const char* what_it_is(const Span& s) {
  struct Words {
    const char* operator()(const NoteCall&) const { return "a note call"; }
    const char* operator()(const NoteReference&) const { return "a reference to a note"; }
    const char* operator()(const PersonMention&) const { return "a person's name"; }
    const char* operator()(const DateMention&) const { return "a date"; }
    const char* operator()(const Correction&) const { return "a correction"; }
    const char* operator()(const Gap&) const { return "a gap"; }
    const char* operator()(const PlaceName&) const { return "a place name"; }
    const char* operator()(const OrgName&) const { return "an organisation's name"; }
    const char* operator()(const FileNumber&) const { return "a file number"; }
    const char* operator()(const ArchivalReference&) const { return "an archival reference"; }
    const char* operator()(const PublicationReference&) const { return "a publication reference"; }
    const char* operator()(const InlineNote&) const { return "an inline note"; }
    const char* operator()(const Highlight& h) const { return h.rend == "code" ? "code" : "highlighted text"; }
    const char* operator()(const Link&) const { return "a link"; }
    const char* operator()(const Variant&) const { return "a place of variation"; }
  };
  return std::visit(Words{}, s.what);
}

// A span of `spans` that crosses [begin, end) (overlaps without nesting).
const Span* crossing(const std::vector<Span>& spans, std::size_t begin, std::size_t end) {
  for (const auto& s : spans) {
    const bool overlap = s.begin < end && begin < s.end;
    const bool nested = (s.begin <= begin && end <= s.end) || (begin <= s.begin && s.end <= end);
    if (overlap && !nested) return &s;
  }
  return nullptr;
}

bool crosses(const Place& p, const std::string& what, const std::string& path, SourcePos pos, Diagnostics& diags) {
  const Span* c = crossing(p.block->spans, p.begin, p.end);
  if (!c) return false;
  diags.warning(path, pos, what + " crosses the boundary of another annotation (" +
                               std::string(what_it_is(*c)) +
                               "): the entry was not applied; choose words that contain it or lie within it");
  return true;
}


// Splits `blocks[i]` at byte `at` (both halves trimmed); the second half is
// inserted after it. Returns false when either half would be empty.
bool split_block(std::vector<Block>& blocks, std::size_t i, std::size_t at) {
  Block& b = blocks[i];
  std::string_view head = utf8::trim(std::string_view(b.text).substr(0, at));
  std::string_view tail_v = std::string_view(b.text).substr(at);
  std::size_t skip = 0;
  while (skip < tail_v.size() && (tail_v[skip] == ' ' || tail_v[skip] == '\t')) ++skip;
  if (head.empty() || skip == tail_v.size()) return false;
  Block tail;
  tail.kind = BlockKind::Paragraph;
  tail.region = b.region;
  tail.text = std::string(tail_v.substr(skip));
  const std::size_t from = at + skip;
  tail.anchors.push_back({0, b.position_of(from)});
  for (const auto& a : b.anchors)
    if (a.offset > from) tail.anchors.push_back({a.offset - from, a.pos});
  b.anchors.erase(std::remove_if(b.anchors.begin() + 1, b.anchors.end(),
                                 [&](const Anchor& a) { return a.offset >= head.size(); }),
                  b.anchors.end());
  b.text = std::string(head);
  blocks.insert(blocks.begin() + static_cast<std::ptrdiff_t>(i) + 1, std::move(tail));
  return true;
}

// Makes the place's words a block of their own; returns its index.
std::optional<std::size_t> isolate(Document& doc, const Place& p) {
  std::size_t i = static_cast<std::size_t>(p.block - doc.blocks.data());
  if (i >= doc.blocks.size()) return std::nullopt;  // in a note
  const std::size_t len = p.end - p.begin;
  if (p.begin > 0 && split_block(doc.blocks, i, p.begin)) ++i;  // the words now start block i
  if (len < doc.blocks[i].text.size()) split_block(doc.blocks, i, len);
  return i;
}

BlockRole role_of(const std::string& r) {
  if (r == "addressee") return BlockRole::Addressee;
  if (r == "salute") return BlockRole::Salute;
  if (r == "signed") return BlockRole::Signed;
  if (r == "dateline") return BlockRole::Dateline;
  if (r == "postscript") return BlockRole::Postscript;
  if (r == "headnote") return BlockRole::Headnote;
  if (r == "reference") return BlockRole::Reference;
  if (r == "classification") return BlockRole::Classification;
  return BlockRole::None;
}

// Letters for the editor's notes: a..z, aa, ab...
std::string letter(std::size_t k) {
  std::string s;
  ++k;
  while (k > 0) {
    --k;
    s.insert(s.begin(), static_cast<char>('a' + k % 26));
    k /= 26;
  }
  return s;
}

}  // namespace

void apply_editorial_structure(Document& doc, const EditorialLayer& layer, Diagnostics& diags) {
  for (const auto& e : layer.blocks) {
    if (e.at.document != doc.id) continue;
    auto p = locate(doc, e.at, "block", layer.path, e.pos, diags);
    if (!p) continue;
    auto i = isolate(doc, *p);
    if (!i) {
      diags.warning(layer.path, e.pos, "[[block]] " + describe(e.at) + " is in a note: the entry was not applied");
      continue;
    }
    Block& b = doc.blocks[*i];
    b.kind = BlockKind::Paragraph;
    b.role = role_of(e.role);
    b.role_fixed = true;
    b.role_entry = e.pos;
    b.resp = e.resp;
    ++doc.editor_interventions;
  }
  std::vector<std::pair<SourcePos, const EditorialText*>> starts;
  std::map<std::pair<std::uint32_t, std::uint32_t>, const EditorialText*> started;  // by line and column
  for (const auto& e : layer.texts) {
    if (e.at.document != doc.id) continue;
    auto p = locate(doc, e.at, "text", layer.path, e.pos, diags);
    if (!p) continue;
    auto i = isolate(doc, {p->block, p->begin, p->block->text.size()});
    if (!i) {
      diags.warning(layer.path, e.pos, "[[text]] " + describe(e.at) + " is in a note: the entry was not applied");
      continue;
    }
    const SourcePos at = doc.blocks[*i].position();
    if (auto [first, fresh] = started.insert({{at.line, at.column}, &e}); !fresh) {
      diags.warning(layer.path, e.pos,
                    "[[text]] " + describe(e.at) + " starts the same text as the [[text]] at line " +
                        std::to_string(first->second->pos.line) +
                        ": the entry was not applied; keep one of the two (merge what they say)");
      continue;
    }
    starts.push_back({at, &e});
  }
  for (const auto& [pos, e] : starts) {
    for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
      if (doc.blocks[i].position().line != pos.line || doc.blocks[i].position().column != pos.column) continue;
      TextPart part;
      part.first = i;
      part.type = e->type;
      part.title = e->title;
      part.sender = e->sender;
      part.addressee = e->addressee;
      part.place = e->place;
      part.date = e->date;
      part.declared = true;
      doc.parts.push_back(std::move(part));
      break;
    }
  }
  std::sort(doc.parts.begin(), doc.parts.end(), [](const TextPart& a, const TextPart& b) { return a.first < b.first; });
}

namespace {

// The editor's corrections, regularizations, gaps and notes applied to one
// document, one entry at a time; the editor's notes are lettered at the end.
struct EditorChanges {
  Document& doc;
  const EditorialLayer& layer;
  std::string resp;  // the editor's id, or empty
  Diagnostics& diags;
  struct Call {
    const Block* block;
    std::size_t offset, note;
  };
  int choices = 0;            // corrections with an xml:id (a note points to them)

  // An editor's note at `offset` of `b`, on the element with xml:id `target` (or none).
  void add_note(Block& b, std::size_t offset, const std::string& text, const std::string& target) {
    add_editor_note(doc, b, offset, text, target, resp);
  }

  // Whether a [[correction]] or [[regularization]] may go over the place `p`:
  // not where an earlier entry corrected the same words, not nested too deep.
  bool change_fits(const EditorialChange& e, const Place& p, const std::string& what) {
    const auto& spans = p.block->spans;
    // the editor's reading replaces one found by rule (a garbled name's), not another entry's
    if (std::any_of(spans.begin(), spans.end(), [&](const Span& s) {
          return s.is<Correction>() && s.begin == p.begin && s.end == p.end && s.depth == 1;
        })) {
      diags.warning(layer.path, e.pos, what + ": these words are already corrected by an earlier entry; the entry was not applied");
      return false;
    }
    // Corrections within corrections nest in the TEI: a few levels make sense, not hundreds.
    if (changes_nested_with(spans, p) > kMaxNestedChanges) {
      diags.warning(layer.path, e.pos, what + " would nest corrections and regularizations more than " +
                                           std::to_string(kMaxNestedChanges) +
                                           " levels deep: the entry was not applied");
      return false;
    }
    return true;
  }

  void change(const EditorialChange& e) {
    const char* kind = e.regularize ? "regularization" : "correction";
    auto p = locate(doc, e.at, kind, layer.path, e.pos, diags);
    const std::string what = "[[" + std::string(kind) + "]] " + describe(e.at);
    if (!p || !change_fits(e, *p, what)) return;
    auto& spans = p->block->spans;
    spans.erase(std::remove_if(spans.begin(), spans.end(),
                               [&](const Span& s) {
                                 return s.is<Correction>() && s.begin == p->begin && s.end == p->end;
                               }),
                spans.end());
    if (crosses(*p, what, layer.path, e.pos, diags)) return;
    Correction c{e.replacement, resp, e.regularize, {}};
    if (!e.reason.empty()) c.id = doc.id + "-c" + std::to_string(++choices);
    const std::string id = c.id;
    spans.push_back(Span{p->begin, p->end, std::move(c), 1});  // depth 1: inside a person's name over the same words
    if (!e.reason.empty()) add_note(*p->block, p->end, e.reason, id);
    ++doc.editor_interventions;
  }

  void gap(const EditorialGap& e) {
    auto p = locate(doc, e.at, "gap", layer.path, e.pos, diags);
    if (!p) return;
    if (e.none) {
      p->block->intact = true;
      return;
    }
    if (crosses({p->block, p->end, p->end}, "[[gap]] " + describe(e.at), layer.path, e.pos, diags)) return;
    p->block->spans.push_back(Span{p->end, p->end, Gap{e.reason, resp, e.description}});
    ++doc.editor_interventions;
  }

  void note(const EditorialNote& e) {
    auto p = locate(doc, e.at, "note", layer.path, e.pos, diags);
    if (!p) return;
    if (crosses({p->block, p->end, p->end}, "[[note]] " + describe(e.at), layer.path, e.pos, diags)) return;
    add_note(*p->block, p->end, e.text, "");
    ++doc.editor_interventions;
  }

  // Where a block stands in the document: the running text, then the notes.
  std::size_t order_of(const Block* b) const {
    for (std::size_t i = 0; i < doc.blocks.size(); ++i)
      if (&doc.blocks[i] == b) return i;
    std::size_t k = doc.blocks.size();
    for (const auto& n : doc.notes)
      for (const auto& nb : n.blocks) {
        if (&nb == b) return k;
        ++k;
      }
    return k;
  }

  // The calls of the editor's notes, this pass's and earlier passes' (a [[reading]]'s reason).
  std::vector<Call> editor_calls() const {
    std::vector<Call> calls;
    auto scan = [&](const Block& b) {
      for (const Span& s : b.spans)
        if (const NoteCall* c = s.as<NoteCall>(); c && doc.notes[c->note].type == "editorial")
          calls.push_back({&b, s.begin, c->note});
    };
    for (const auto& b : doc.blocks) scan(b);
    for (const auto& n : doc.notes)
      for (const auto& b : n.blocks) scan(b);
    return calls;
  }

  // The editor's notes are lettered in the order of the text.
  void letter_notes() {
    std::vector<Call> calls = editor_calls();
    std::stable_sort(calls.begin(), calls.end(), [&](const Call& x, const Call& y) {
      const std::size_t ox = order_of(x.block), oy = order_of(y.block);
      return ox != oy ? ox < oy : x.offset < y.offset;
    });
    for (std::size_t k = 0; k < calls.size(); ++k) doc.notes[calls[k].note].n = letter(k);
  }
};

}  // namespace

std::optional<TextPlace> locate_entry(Document& doc, const TextAddress& at, const char* kind, const std::string& path,
                                      SourcePos pos, Diagnostics& diags) {
  auto p = locate(doc, at, kind, path, pos, diags);
  if (!p) return std::nullopt;
  return TextPlace{p->block, p->begin, p->end};
}

void add_editor_note(Document& doc, Block& b, std::size_t offset, const std::string& text, const std::string& target,
                     const std::string& resp) {
  Note n;
  n.type = "editorial";
  n.resp = resp;
  n.target = target;
  n.called = true;
  Block body;
  body.text = text;
  body.anchors.push_back({0, b.position_of(offset)});
  n.blocks.push_back(std::move(body));
  n.pos = b.position_of(offset);
  doc.notes.push_back(std::move(n));
  b.spans.push_back(Span{offset, offset, NoteCall{doc.notes.size() - 1}});
}

void apply_editorial_changes(Document& doc, const EditorialLayer& layer, const std::string& resp, Diagnostics& diags) {
  EditorChanges apply{doc, layer, resp, diags};
  for (const auto& e : layer.changes)
    if (e.at.document == doc.id) apply.change(e);
  for (const auto& e : layer.gaps)
    if (e.at.document == doc.id) apply.gap(e);
  for (const auto& e : layer.notes)
    if (e.at.document == doc.id) apply.note(e);
  apply.letter_notes();
}

namespace {

// Do the words at the place stand as whole words ("Page", not in "Pages")?
bool whole_words(const Place& p) {
  const std::string& t = p.block->text;
  auto letter_at = [&](std::size_t i) {
    std::size_t j = i;
    const char32_t c = utf8::next(t, j);
    return utf8::is_letter(c) || utf8::is_mark(c) || utf8::is_digit(c);
  };
  std::size_t k = p.begin;
  if (k > 0) {
    --k;
    while (k > 0 && (static_cast<unsigned char>(t[k]) & 0xC0) == 0x80) --k;
    if (letter_at(k)) return false;
  }
  return p.end >= t.size() || !letter_at(p.end);
}

// The places of one [[person]], [[place]] or [[org]] entry (`kind`), or none
// (and a warning at the entry, `pos`, that says why).
std::vector<Place> named_places(Document& doc, const TextAddress& at, int column, const char* kind, SourcePos pos,
                                const std::string& path, Diagnostics& diags) {
  std::vector<Place> found = occurrences(doc, at);
  found.erase(std::remove_if(found.begin(), found.end(),
                             [&](const Place& p) {
                               return !whole_words(p) ||
                                      (column && static_cast<int>(p.block->position_of(p.begin).column) != column);
                             }),
              found.end());
  const std::string what = "[[" + std::string(kind) + "]] '" + at.text + "'";
  std::string where = at.line ? " on line " + std::to_string(at.line) : std::string();
  if (column) where += ", column " + std::to_string(column);
  if (found.empty()) {
    diags.warning(path, pos, what + " is not in " + doc.id + where + " (" + doc.source_path +
                                   ") as whole words: the entry was not applied; check text, line and column");
    return {};
  }
  if (at.occurrence) {
    if (at.occurrence <= static_cast<int>(found.size())) return {found[static_cast<std::size_t>(at.occurrence - 1)]};
    diags.warning(path, pos, what + ": occurrence " + std::to_string(at.occurrence) + " asked, but it occurs " +
                                   times(found.size()) + " in " + doc.id + where + ": the entry was not applied");
    return {};
  }
  if (at.line && found.size() > 1) {
    diags.warning(path, pos, what + " occurs " + times(found.size()) + " in " + doc.id + where +
                                   ": the entry was not applied; add column = or occurrence = to choose one, "
                                   "or leave out line = for all of the document");
    return {};
  }
  return found;
}

}  // namespace

std::vector<PersonDecision> locate_editorial_persons(Document& doc, const EditorialLayer& layer, Diagnostics& diags) {
  std::vector<PersonDecision> out;
  for (const auto& e : layer.persons) {
    if (e.at.document != doc.id) continue;
    for (const Place& p : named_places(doc, e.at, e.column, "person", e.pos, layer.path, diags)) {
      if (std::any_of(out.begin(), out.end(), [&](const PersonDecision& d) {
            return d.block == p.block && d.begin < p.end && p.begin < d.end;
          })) {
        diags.warning(layer.path, e.pos, "[[person]] '" + e.at.text + "' addresses words an earlier [[person]] "
                                         "already decides: the entry was not applied there");
        continue;
      }
      out.push_back({p.block, p.begin, p.end, e.none ? std::string() : e.person, layer.path, e.pos});
      ++doc.editor_interventions;
    }
  }
  return out;
}

std::vector<EntityDecision> locate_editorial_entities(Document& doc, const EditorialLayer& layer, Diagnostics& diags) {
  std::vector<EntityDecision> out;
  for (const auto& e : layer.entities) {
    if (e.at.document != doc.id) continue;
    const char* kind = e.org ? "org" : "place";
    for (const Place& p : named_places(doc, e.at, e.column, kind, e.pos, layer.path, diags)) {
      if (std::any_of(out.begin(), out.end(), [&](const EntityDecision& d) {
            return d.block == p.block && d.begin < p.end && p.begin < d.end;
          })) {
        diags.warning(layer.path, e.pos, "[[" + std::string(kind) + "]] '" + e.at.text +
                                             "' addresses words an earlier [[place]] or [[org]] already decides: "
                                             "the entry was not applied there");
        continue;
      }
      out.push_back({p.block, p.begin, p.end, e.org ? EntityKind::Org : EntityKind::Place, e.none ? std::string() : e.id,
                     layer.path, e.pos});
      ++doc.editor_interventions;
    }
  }
  return out;
}

void apply_editorial_dates(Document& doc, const EditorialLayer& layer, const std::string& resp, Diagnostics& diags) {
  for (const auto& e : layer.dates) {
    if (e.at.document != doc.id) continue;
    auto p = locate(doc, e.at, "date", layer.path, e.pos, diags);
    if (!p) continue;
    auto& spans = p->block->spans;
    // the dates the grammar put over these words go; other annotations stay
    spans.erase(std::remove_if(spans.begin(), spans.end(),
                               [&](const Span& s) {
                                 return s.is<DateMention>() && s.begin < p->end && p->begin < s.end;
                               }),
                spans.end());
    if (e.none) continue;
    if (crosses(*p, "[[date]] " + describe(e.at), layer.path, e.pos, diags)) continue;
    spans.push_back(Span{p->begin, p->end, DateMention{e.value, resp}});
    ++doc.editor_interventions;
  }
}

}  // namespace editio
