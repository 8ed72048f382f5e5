#pragma once
// The chronology: every dated mention of the edition, in time order, gathered
// from the written TEI (<date> in the text), for the chronology page. A date
// inside <dateline> is the letter's own date: its entry says so
// (<dated type="dateline">), so that the letters and the events they mention
// can be shown apart or together.
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "model/date.hpp"
#include "tei/serialize.hpp"
#include "util/scratch.hpp"
#include "corpus/parts.hpp"

namespace editio {

struct DatedMention {
  std::string doc;      // document id
  std::string target;   // xml:id of the paragraph, heading, item or note that holds it
  std::string n;        // its number for display ("3", "n41"), may be empty
  DateValue value;      // as the TEI has it; `text`: the date as written
  std::string context;  // the words around it (about a sentence)
  std::string start, end;  // the first and last day it covers (YYYY-MM-DD), for sorting
  int order = 0;        // position in the document, for a stable sort
  bool dateline = false;  // inside <dateline>: the document's own date (or its receipt), not a date it mentions
};

// The dates of one TEI document's text with a known year, in document order.
// (`tei` as load_written_tei parsed it.)
std::vector<DatedMention> collect_dates(const pugi::xml_document& tei, const std::string& doc_id);

// The chronology of a whole build. Each dated mention is serialized (as
// edition.xml holds it) into the build's scratch file as its document is
// done; memory keeps what sorts it, about 90 bytes a date.
class ChronologyIndex {
 public:
  explicit ChronologyIndex(Scratch& scratch) : scratch_(scratch) {}

  // One document's dates (collect_dates), from any thread; `doc` is the
  // document's position in the manifest.
  void add(std::uint32_t doc, const std::vector<DatedMention>& dates);
  std::size_t size() const;

  // Writes <chronology> of the edition description (urn:x-editio) inline, as
  // serialize_xml writes the inside of <edition>, sorted by start, then by end (the more precise first), then manifest and
  // document order. False when the scratch file failed.
  bool write(const TextSink& out);

  // The chronology's pages: parts of at most `max` entries (0: one part), in
  // time order; first and last are the start days of their first and last entry.
  std::vector<PagePart> plan(std::size_t max);
  // <chronology> with the entries of one part.
  bool write_part(const TextSink& out, const PagePart& part);

 private:
  struct Ref {
    std::string start, end;
    std::uint32_t doc;
    int order;
    Scratch::Span at;
  };
  Scratch& scratch_;
  mutable std::mutex mutex_;
  void prepare();  // sorts the entries
  bool write_range(const TextSink& out, std::size_t from, std::size_t to);
  std::vector<Ref> refs_;
  bool sorted_ = false;
};

}  // namespace editio
