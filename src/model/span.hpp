#pragma once
// Annotations over block text: what a stretch of text is (a person's name, a
// date, a note call, an editor's correction...), never which TEI element it
// becomes. The TEI writer (tei/writer) chooses the elements and attributes.
// Ids are bare xml:ids ("ed", "p-ivanov"); the writer makes them pointers ("#ed").
#include <cstddef>
#include <string>
#include <variant>
#include <vector>

#include "model/date.hpp"

namespace editio {

// "[41]" in running text: replaced by the note it calls.
struct NoteCall {
  std::size_t note = 0;  // index into Document::notes
};

// A later call of a note already called ("as stated[1] ... see above[1]"):
// the call as printed, pointing to the note.
struct NoteReference {
  std::string note_id;  // the note's xml:id
};

// A person's name; `person` is the personography id, or empty when the name
// could be more than one person (or none known).
struct PersonMention {
  std::string person;
};

// A date in the text, with its value.
struct DateMention {
  DateValue value;
  std::string resp;  // who gave the value (the editor's layer), or empty: the date grammar
};

// An editorial correction: the spanned text is the source's reading (sic) or,
// with `regularize`, its original form (orig).
struct Correction {
  std::string corr;         // the corrected (or regular) reading
  std::string resp;         // who corrected, or empty
  bool regularize = false;  // a regularization (orig/reg) rather than a correction (sic/corr)
  std::string id;           // its xml:id when an editor's note points to it, or empty
};

// Text missing from the source, where the (empty) span stands.
struct Gap {
  std::string reason;  // a word: truncated, illegible, omitted...
  std::string resp;    // who says so, or empty
  std::string desc;    // what is missing and why, in words, or empty
};

// A place's name: of a dateline ("Moscow" of "Moscow, 3 May 1931") or in
// running text. `place` is the gazetteer's id, or empty when the name could
// be more than one place (or none known).
struct PlaceName {
  std::string place;
};

// An organisation's name ("UNESCO", "the Red Cross"); `org` is the
// gazetteer's id, or empty when the name could be more than one.
struct OrgName {
  std::string org;
};

// An office's file number ("711.221/3468" of "File No. 711.221/3468").
struct FileNumber {};

// An archival reference as written ("GARF. F. 1. Op. 2, D. 3").
struct ArchivalReference {};

// A reference to the publication the text comes from.
struct PublicationReference {};

// A note inserted in the running text by someone other than the author
// ("... - Ed."), where it stands.
struct InlineNote {
  std::string resp;  // who wrote it
};

// Text set off by the source's typography (structured formats): rend is
// "italic", "bold", "code", "underline", "strikethrough", "superscript",
// "subscript" or "smallcaps". Names and dates inside it are tagged as
// elsewhere, except inside code.
struct Highlight {
  std::string rend;
};

// A link of the source: the spanned text points to `target` (a URL, or "#id"
// of the same text). `literal`: the text is the address itself (an autolink,
// a bare URL), in which no name or date is ever tagged.
struct Link {
  std::string target;
  bool literal = false;
};

// A place where the witnesses of a collated document differ (parallel
// segmentation): the spanned text is the base witness's reading there, empty
// where the base has nothing and another witness adds words. Made by the
// collation (annotate/apparatus) from the alignment table (collate/collate);
// the writer makes it <app> with <lem wit> and one <rdg wit> per reading.
// Names and dates inside the base's reading are tagged as elsewhere.
struct VariantReading {
  std::vector<std::string> wits;  // witness xml:ids (bare), in listWit order
  std::string text;               // the reading as the witnesses write it; empty: they omit the lemma
  std::string type;  // addition, omission, substitution, transposition, orthographic, punctuation
};
struct Variant {
  std::string id;                       // the app's xml:id ("app-12")
  std::vector<std::string> lemma_wits;  // the witnesses that read as the base here (the base first)
  std::vector<VariantReading> readings; // every other reading, in the order of their first witness
  std::string type;                     // the kind, when all readings share it, else empty
  // A [[reading]] of the editor's layer made another witness's reading the
  // lemma: the index into `readings` of that reading (the base's reading is
  // then written as a <rdg>), or -1: the base's reading is the lemma.
  int lemma_reading = -1;
  std::string resp;                     // who chose or classified it (the editor's layer), or empty
  std::string transposed_with;          // the app's id where the moved words stand in the other witnesses, or empty
};

// No kind is generic: the editor's layer asks for dates, corrections,
// regularizations, gaps, notes and persons, never for a TEI element by name.
using SpanKind = std::variant<NoteCall, NoteReference, PersonMention, DateMention, Correction, Gap, PlaceName,
                              OrgName, FileNumber, ArchivalReference, PublicationReference, InlineNote, Highlight, Link,
                              Variant>;

// An annotation over [begin, end) of a block's text (UTF-8 byte offsets).
struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  SpanKind what;
  int depth = 0;  // spans over the same text nest by depth: 0 outermost

  template <class Kind> bool is() const { return std::holds_alternative<Kind>(what); }
  template <class Kind> const Kind* as() const { return std::get_if<Kind>(&what); }
  template <class Kind> Kind* as() { return std::get_if<Kind>(&what); }
};

// Whether a span holds running text in which names and dates are tagged as
// elsewhere (a publication reference, an inline note, emphasis, a link's
// words), rather than text no annotation may enter (code, a URL, a name).
inline bool is_container(const Span& s) {
  if (const auto* h = std::get_if<Highlight>(&s.what)) return h->rend != "code";
  if (const auto* l = std::get_if<Link>(&s.what)) return !l->literal;
  return s.is<PublicationReference>() || s.is<InlineNote>() || s.is<Variant>();
}

// Whether an existing span keeps a new annotation off [begin, end): any span
// it overlaps does, except a container that holds the new span whole.
inline bool keeps_off(const Span& s, std::size_t begin, std::size_t end) {
  if (!(s.begin < end && begin < s.end)) return false;
  const bool container = is_container(s);
  return !(container && s.begin <= begin && end <= s.end);
}

}  // namespace editio
