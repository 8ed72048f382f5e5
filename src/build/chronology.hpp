#pragma once
// The chronology: every dated mention of the edition, in time order, gathered
// from the written TEI (<date> in the text), for the chronology page.
#include <string>
#include <vector>

#include <pugixml.hpp>

namespace editio {

struct DatedMention {
  std::string doc;      // document id
  std::string target;   // xml:id of the paragraph, heading, item or note that holds it
  std::string n;        // its number for display ("3", "n41"), may be empty
  std::string text;     // the date as written
  std::string context;  // the words around it (about a sentence)
  std::string when, from, to, not_before, not_after, cert;
  std::string when_custom, from_custom, to_custom;  // the written value of an Old Style date
  std::string start, end;  // the first and last day it covers (YYYY-MM-DD), for sorting
  int order = 0;        // position in the document, for a stable sort
};

// The dates of one TEI document's text with a known year, in document order.
// (`tei` as load_written_tei parsed it.)
std::vector<DatedMention> collect_dates(const pugi::xml_document& tei, const std::string& doc_id);

// Sorts by start, then by end (the more precise first), then document order.
void sort_chronology(std::vector<DatedMention>& dates, const std::vector<std::string>& doc_order);

// Appends <chronology> to the edition description (urn:x-editio).
// Writes <chronology> of the edition description at `depth`, one entry at a
// time (`inline_mode` as for write_register).
void write_chronology(std::string& out, int depth, bool inline_mode, const std::vector<DatedMention>& dates);

}  // namespace editio
