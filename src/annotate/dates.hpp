#pragma once
// Dates: finds every calendar expression of a document with the grammar of
// its language (lang/date_grammar), fills in what the text leaves to the
// context (the year of "April 16", the month of "the 15th") and marks each as
// a DateMention with its value (annotate/date_value).
#include <string>

#include "model/document.hpp"

namespace editio {

struct DateOptions {
  // The document's own date (manifest or dateline): the year of "of this
  // year" and, when the narrative has named none, of a partial date. 0 = unknown.
  int document_year = 0;
  int document_month = 0;
  int document_day = 0;
  bool julian = false;  // dates written before 1 Feb 1918 are Julian (the manifest's calendar)
};

// How a date's missing year or month was found, as it appears in @cert. The
// first of these that is known gives it:
//   written in the date (or in the other end of its range): no @cert
//   "high":   "of this year" / "с. г." with the document's date; "того же года"
//             after a dated sentence; a date earlier in the same paragraph
//             (one naming a month or season first, else one naming a year)
//   "medium": an earlier paragraph's latest date naming a month or season
//   "low":    the document's own date (manifest) when it names a month;
//             else an earlier paragraph's latest year; else the document's year
// A year named alone ("since 1926", "за 1922–1923 гг.") is more often a
// reference than a step of the narrative: a date with a month wins over it.
// References to the document's date ("the 29th ultimo", "the 3rd instant",
// "17th November last", "прошлого месяца", "прошлого года") take it from the
// manifest's date, else from the document's dateline (a block whose role is
// Dateline): "high" with its month, "low" from the narrative when it has none.
// A date completed from the context never falls after the document's date
// unless its sentence speaks of a later time (will, next, received; будет,
// следующего) or it stands in a note (often the editor's, written later): one
// that would gets "low", and when nothing in its paragraph dates it, the
// narrative stands within a year of the document and it would fall more than
// three months after it (nearer, it is as likely a plan), it takes the latest
// year that keeps it on or before the document ("on November 9" in a letter of
// February: the November before).
// In a dateline, a time of day after a full date ("April 7, 1917, 4 p.m.",
// "в 11 ч. вечера") belongs to the date: @when gains it (1917-04-07T16:00:00).
// Notes continue from their call site. Two refinements: a day and month
// named before with its year ("4 января 1926 г." ... "4 января") take that
// year; a date that opens a paragraph (a diary's or log's entry, "12 марта.")
// follows the previous entry rather than a flashback in between.
struct DateContext {
  int paragraph_year = 0;                   // the latest year named in the current paragraph
  int paragraph_month_year = 0, paragraph_month = 0;  // its latest date naming a month or season
  int month_year = 0, month = 0;            // the latest date naming a month or season
  int day = 0;                              // and its day, when it names one
  int year = 0;                             // the latest year named
  int range_from = 0, range_to = 0;         // the months (year * 12 + month - 1) of a range just named
  int entry_year = 0, entry_month = 0;      // the latest date that opens a paragraph (a diary's entry)
};

// Adds date spans to the blocks and notes of `doc` and returns how many. A
// date that would cross another annotation (a name, a note call) is left out.
std::size_t annotate_dates(Document& doc, const DateOptions& options, Diagnostics& diags);

}  // namespace editio
