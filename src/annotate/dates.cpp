#include "annotate/dates.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>

#include "lang/date_grammar.hpp"
#include "annotate/date_value.hpp"
#include "read/letter_lines.hpp"

namespace editio {

namespace {

struct Resolver {
  explicit Resolver(const DateOptions& o) : options(o) {}
  const DateOptions& options;
  bool day_first = true;  // how the document writes dates in words, for "3/4/42"

  // The year a two-digit year stands for: the one nearest the context.
  int expand(int yy, const DateContext& ctx) const {
    const int around = ctx.year ? ctx.year : (options.document_year ? options.document_year : 1950);  // no context: 1901-2000
    int best = around / 100 * 100 + yy;
    for (int c : {best - 100, best + 100})
      if (std::abs(c - around) < std::abs(best - around)) best = c;
    return best;
  }

  void fix_written(DatePoint& p, const DateContext& ctx) const {
    if (p.day_month_ambiguous && p.month_first == day_first) std::swap(p.day, p.month);
    if (p.short_year && p.year && p.year < 100) p.year = expand(p.year, ctx);
    if (p.short_year && p.decade && p.decade < 100) p.decade = expand(p.decade, ctx) / 10 * 10;
    p.short_year = false;
  }

  // The year and month the narrative stands at, and how sure that is.
  struct Now {
    int year = 0, month = 0;
    std::string cert;
  };
  Now narrative(const DateContext& ctx) const {
    if (ctx.paragraph_month_year) return {ctx.paragraph_month_year, ctx.paragraph_month, "high"};
    if (ctx.paragraph_year) return {ctx.paragraph_year, 0, "high"};
    if (ctx.month_year) return {ctx.month_year, ctx.month, "medium"};
    if (options.document_year && options.document_month) return {options.document_year, options.document_month, "low"};
    if (ctx.year) return {ctx.year, 0, "low"};
    if (options.document_year) return {options.document_year, 0, "low"};
    return {};
  }

  std::map<int, int> named_days;  // month * 32 + day -> the year it was written with
  bool moved_back = false;        // fill() moved the last match back a year: a guess the narrative does not follow

  // Fills the year (and month) the text leaves to the context. Returns the
  // @cert of the value ("" when everything was written).
  // `later`: the sentence speaks of a time after the document (will, next, received).
  std::string fill(DateMatch& m, const DateContext& ctx, bool opens_paragraph, bool later) {
    DatePoint& a = m.first;
    if (a.has_year()) {
      remember_days(m);
      return "";
    }
    if (auto cert = from_named_day_or_entry(m, ctx, opens_paragraph)) return *cert;
    if (a.year_source != YearSource::Written && a.year_source != YearSource::ThisYear &&
        a.year_source != YearSource::SameYear)
      return resolve_reference(m, ctx);
    const Now now = now_for(a, ctx);
    if (!now.year) return "";
    complete(m, now, ctx);
    if (!a.has_year()) return "";
    // a letter speaking of its own time: "on November 9" in a letter of February is the November before
    if (a.year_source == YearSource::Written && !later && options.document_month && after_document(m)) {
      // "on November 9" in a letter of February: the November before, when nothing
      // in the paragraph dates it and the narrative stands at the letter's time; a
      // date in the next three months is as likely a plan ("by the 25th")
      if (now.cert != "high" && std::abs(now.year - options.document_year) <= 1 &&
          months_after_document(m.first) > 3)
        place_before_document(m), moved_back = true;
      return "low";
    }
    return now.cert;
  }

  // Keeps the year of each full date written, for the same day and month named again.
  void remember_days(const DateMatch& m) {
    for (const DatePoint* p : {&m.first, m.last ? &*m.last : nullptr})
      if (p && p->year && p->month && p->day && p->year_source == YearSource::Written)
        named_days[p->month * 32 + p->day] = p->year;
  }

  // The year of a day and month named before with its year ("4 января"), or of
  // a diary's entry from the previous entry; sets it and gives the @cert, or nothing.
  std::optional<std::string> from_named_day_or_entry(DateMatch& m, const DateContext& ctx, bool opens_paragraph) {
    DatePoint& a = m.first;
    if (a.month && a.day && !m.last && a.year_source == YearSource::Written) {
      auto it = named_days.find(a.month * 32 + a.day);
      if (it != named_days.end()) {
        a.year = it->second;
        return "medium";
      }
    }
    if (opens_paragraph && ctx.entry_year && a.year_source == YearSource::Written) {
      int year = ctx.entry_year;
      if (a.month && ctx.entry_month && ctx.entry_month - a.month >= 8) ++year;
      if (a.day && !a.month) a.month = ctx.entry_month;
      if (a.month) {
        a.year = year;
        if (m.last && !m.last->has_year()) m.last->year = year;
        return "medium";
      }
    }
    return std::nullopt;
  }

  // Where the narrative stands for a date written without its year (or with
  // "of this year", "того же года").
  Now now_for(const DatePoint& a, const DateContext& ctx) const {
    Now now;
    switch (a.year_source) {
      case YearSource::ThisYear:
        if (options.document_year) now = {options.document_year, options.document_month, "high"};
        else now = narrative(ctx);
        break;
      case YearSource::SameYear:
        now = narrative(ctx);
        if (now.cert == "medium") now.cert = "high";
        break;
      default:  // the references: resolve_reference
      case YearSource::Written: {
        now = narrative(ctx);
        // a month inside the range just named takes its year ("с 4 января 1926 г.
        // по 30 декабря" ... "4 января")
        bool in_range = false;
        if (a.month && ctx.range_to)
          for (int y = ctx.range_from / 12; y <= ctx.range_to / 12 && !in_range; ++y)
            if (y * 12 + a.month - 1 >= ctx.range_from && y * 12 + a.month - 1 <= ctx.range_to) {
              now.year = y;
              in_range = true;
            }
        // a narrative that reaches December and goes on with January has turned the year
        if (!in_range && a.month && now.month && now.month - a.month >= 8) ++now.year;
        break;
      }
    }
    return now;
  }

  // Gives the points of `m` the year (and a day its month) of `now`.
  static void complete(DateMatch& m, const Now& now, const DateContext& ctx) {
    auto complete_point = [&](DatePoint& p, int year) {
      if (p.has_year()) return;
      if (p.day && !p.month) {
        if (!now.month) return;  // "the 15th" with no month before it
        p.month = now.month;
        // "ordered on February 27 and done by the 2nd": the next month
        if (now.cert != "low" && ctx.day && p.day < ctx.day && ctx.month == now.month) {
          if (++p.month > 12) p.month = 1, ++year;
        }
      }
      p.year = year;
    };
    complete_point(m.first, now.year);
    // с ноября по март: a range of months across the new year
    if (m.last) complete_point(*m.last, m.last->month && m.first.month > m.last->month ? now.year + 1 : now.year);
  }

  int months_after_document(const DatePoint& p) const {
    return (p.year * 12 + (p.month ? p.month : 1)) - (options.document_year * 12 + options.document_month);
  }

  // The latest year that puts a completed match on or before the document's date.
  void place_before_document(DateMatch& m) const {
    const int delta = m.last && m.last->year ? m.last->year - m.first.year : 0;
    m.first.year = options.document_year;
    if (after_document(m)) --m.first.year;
    if (m.last && m.last->year) m.last->year = m.first.year + delta;
  }

  // Whether a completed match begins after the document's own date (known to the month at least).
  bool after_document(const DateMatch& m) const {
    if (!options.document_year || !options.document_month || !m.first.year) return false;
    const IsoDate doc{options.document_year, options.document_month, options.document_day};
    return before(last_day(doc), first_day({m.first.year, m.first.month, m.first.day}));
  }

  // "the 29th ultimo", "the 3rd instant", "17th November last", "прошлого года":
  // from the document's date ("high"), else from the narrative ("low").
  std::string resolve_reference(DateMatch& m, const DateContext& ctx) const {
    DatePoint& a = m.first;
    if (a.year_source == YearSource::SameMonth) {  // the 21st of the same month
      const Now now = narrative(ctx);
      if (!now.month || a.month) return "";
      a.year = now.year, a.month = now.month;
      return now.cert == "low" ? "low" : "high";
    }
    int year = options.document_year, month = options.document_month, day = options.document_day;
    std::string cert = "high";
    if (!year || (!month && a.year_source != YearSource::LastYear && a.year_source != YearSource::NextYear)) {
      const Now now = narrative(ctx);
      year = now.year, month = now.month, day = 0, cert = "low";
      if (!year) return "";
    }
    auto shift_month = [&](int delta) {
      month += delta;
      if (month < 1) month += 12, --year;
      if (month > 12) month -= 12, ++year;
    };
    switch (a.year_source) {
      case YearSource::LastMonth: shift_month(-1); break;
      case YearSource::NextMonth: shift_month(1); break;
      case YearSource::LastYear: --year; break;
      case YearSource::NextYear: ++year; break;
      case YearSource::LastOccurrence:
        // the latest such day on or before the document's date
        if (month && a.month && (a.month > month || (a.month == month && day && a.day > day))) --year;
        if (!a.month) return "";
        break;
      default: break;
    }
    if (!month && !a.month) return "";
    if (!a.month) a.month = month;
    a.year = year;
    if (m.last && !m.last->has_year()) {
      m.last->year = year;
      if (!m.last->month) m.last->month = a.month;
    }
    return cert;
  }

  static void advance(const DateMatch& m, DateContext& ctx, bool opens_paragraph) {
    if (opens_paragraph && m.first.year && m.first.month) {
      ctx.entry_year = m.first.year;
      ctx.entry_month = m.first.month;
    }
    // after a range of years the narrative goes on from its start (Революция
    // 1905–1907 годов ... 9 января), after a range of months from its end; a
    // month within the range takes the range's year (resolve_in_range)
    const bool years_only = m.last && !m.last->month && m.last->season == Season::None && !m.first.month &&
                            m.first.season == Season::None;
    const DatePoint& e = m.last && !years_only ? *m.last : m.first;
    ctx.range_from = ctx.range_to = 0;
    if (m.last && m.first.year && m.last->year && m.first.month && m.last->month) {
      ctx.range_from = m.first.year * 12 + m.first.month - 1;
      ctx.range_to = m.last->year * 12 + m.last->month - 1;
    }
    if (e.decade || e.century || !e.year) return;
    ctx.paragraph_year = ctx.year = e.year;
    if (e.month || e.season != Season::None || e.part != PeriodPart::None) {
      const int month = e.season == Season::None ? e.month : 0;
      ctx.paragraph_month_year = ctx.month_year = e.year;
      ctx.paragraph_month = ctx.month = month;
      ctx.day = e.season == Season::None && e.part == PeriodPart::None ? e.day : 0;
    }
  }
};

// A year with no other evidence is one within 60 years before or 2 after the
// document's date, or within 10 years of the latest year the text has named:
// "1850, of which 1400 went" in a letter of 1922 are counts; a year inside a
// bibliographic reference is its publication's. With neither known, it is
// left alone.
bool plausible_year(int year, int document_year, int narrative_year) {
  return (document_year && year >= document_year - 60 && year <= document_year + 2) ||
         (narrative_year && std::abs(year - narrative_year) <= 10);
}

bool inside_bibl(const Block& b, const DateMatch& m) {
  for (const auto& s : b.spans)
    if (s.is<PublicationReference>() && s.begin <= m.begin && m.end <= s.end) return true;
  return false;
}

// A time of day after a full date of a dateline ("April 7, 1917, 4 p.m.").
std::optional<TimeOfDay> time_of_dateline(const DateGrammar& g, const std::string& text, const DateMatch& m) {
  const DatePoint& p = m.first;
  if (m.last || !p.day || !p.month) return std::nullopt;
  return g.time_after(text, m.end);
}

// The date reaches over its time, and @when (and @when-custom) say it: 1917-04-07T16:00:00.
void add_time(DateValue& date, const TimeOfDay& t, std::size_t& end) {
  char clock[16];
  std::snprintf(clock, sizeof clock, "T%02d:%02d:00", t.hour, t.minute);
  bool timed = false;
  for (std::string* v : {&date.when, &date.when_custom})
    if (v->size() == 10 && (*v)[0] != '-') *v += clock, timed = true;
  if (timed) end = t.end;
}

// The document's own date from its first dateline with a full year, when the manifest gives none.
void date_from_dateline(const Document& doc, const std::vector<std::vector<DateMatch>>& found, DateOptions& o) {
  if (o.document_year) return;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    if (doc.blocks[i].role != BlockRole::Dateline) continue;
    for (const auto& m : found[i])
      if (m.first.year >= 1000 && !m.last) {
        o.document_year = m.first.year, o.document_month = m.first.month, o.document_day = m.first.day;
        return;
      }
  }
}

bool overlaps_annotation(const Block& b, std::size_t begin, std::size_t end) {
  for (const auto& s : b.spans)
    if (keeps_off(s, begin, end)) return true;
  return false;
}

// A document's dates as the grammar finds them, before any is resolved: how
// the document writes its dates in words decides how to read "3/4/42".
struct Found {
  std::vector<std::vector<DateMatch>> body;               // per block
  std::vector<std::vector<std::vector<DateMatch>>> notes;  // per note, per block
  int day_first = 0, month_first = 0;                      // full dates written "21 October", "October 21"
};

Found find_dates(const Document& doc, const DateGrammar& grammar) {
  Found f;
  f.body.resize(doc.blocks.size());
  f.notes.resize(doc.notes.size());
  auto find = [&](const Block& b) {
    std::vector<DateMatch> ms = grammar.find(b.text);
    for (const auto& m : ms)
      for (const DatePoint* p : {&m.first, m.last ? &*m.last : nullptr})
        if (p && p->day && p->month && !p->day_month_ambiguous) (p->month_first ? f.month_first : f.day_first)++;
    return ms;
  };
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) f.body[i] = find(doc.blocks[i]);
  for (std::size_t n = 0; n < doc.notes.size(); ++n)
    for (const auto& b : doc.notes[n].blocks) f.notes[n].emplace_back(find(b));
  return f;
}

// Tags the dates of one document, block after block, the context carried
// from each to the next; a note continues from its call.
struct DateTagger {
  const Document& doc;
  const DateGrammar& grammar;
  const DateOptions& options;  // as given
  DateOptions own;             // with the document's date from its dateline when the options have none
  Resolver resolver;
  Diagnostics& diags;
  std::vector<std::optional<DateContext>> note_context;  // the context at each note's first call
  std::size_t tagged = 0;

  DateTagger(const Document& d, const DateGrammar& g, const DateOptions& o, const Found& found, Diagnostics& dg)
      : doc(d), grammar(g), options(o), own(o), resolver(own), diags(dg), note_context(d.notes.size()) {
    date_from_dateline(doc, found.body, own);
    resolver.day_first = found.day_first != found.month_first ? found.day_first > found.month_first
                                                                : !grammar.lexicon().slash_month_first;
  }

  // The date span of match `m` of `block`, or nothing (a weak year out of
  // place, an impossible date, one over another annotation). Moves `ctx` on.
  std::optional<Span> tag(const Block& block, DateMatch& m, DateContext& ctx, bool in_body) {
    if (m.weak && !inside_bibl(block, m) && !plausible_year(m.first.year, own.document_year, ctx.year)) return {};
    resolver.fix_written(m.first, ctx);
    if (m.last) resolver.fix_written(*m.last, ctx);
    const bool opens = m.begin == 0;
    // a note (often the editor's, written long after) may speak of what followed the document
    const bool later = !in_body || grammar.future_sentence(block.text, m.begin, m.end);
    resolver.moved_back = false;
    const std::string cert = resolver.fill(m, ctx, opens, later);
    const bool julian = m.calendar == CalendarMark::Julian || (options.julian && m.calendar != CalendarMark::Gregorian);
    const auto time = block.role == BlockRole::Dateline ? time_of_dateline(grammar, block.text, m) : std::nullopt;
    auto value = date_value(m, julian);
    if (!value) {
      diags.warning(doc.source_path, block.position_of(m.begin),
                    "'" + block.text.substr(m.begin, m.end - m.begin) +
                        "' reads as a date that cannot be (such as 31 June or a range that ends before it "
                        "begins); it is left untagged");
      return {};
    }
    if (overlaps_annotation(block, m.begin, m.end)) return {};
    value->cert = cert;
    if (time && !overlaps_annotation(block, m.end, time->end)) add_time(*value, *time, m.end);
    if (!resolver.moved_back) Resolver::advance(m, ctx, opens);
    return Span{m.begin, m.end, DateMention{std::move(*value), {}}};
  }

  // Tags the matches of a block. In the running text, each note called
  // there takes the context at its call.
  void block(Block& block, std::vector<DateMatch>& matches, DateContext& ctx, bool in_body) {
    std::vector<std::pair<std::size_t, std::size_t>> calls;  // offset, note
    if (in_body)
      for (const auto& s : block.spans)
        if (const NoteCall* call = s.as<NoteCall>()) calls.emplace_back(s.begin, call->note);
    std::sort(calls.begin(), calls.end());
    std::size_t c = 0;
    auto calls_before = [&](std::size_t offset) {
      for (; c < calls.size() && calls[c].first < offset; ++c)
        if (calls[c].second < note_context.size() && !note_context[calls[c].second])
          note_context[calls[c].second] = ctx;
    };
    std::vector<Span> added;
    for (auto& m : matches) {
      calls_before(m.begin);
      if (auto span = tag(block, m, ctx, in_body)) added.push_back(std::move(*span));
    }
    calls_before(std::string::npos);
    tagged += added.size();
    for (auto& s : added) block.spans.push_back(std::move(s));
  }
};

// "Tuesday", "Wednesday. [20 Jan. 1819]": the day of the week of a dateline is its date; it has the value of
// the day the editor gives in brackets after it, else none (a weekday alone says no day of the calendar).
void weekday_of_dateline(Block& b) {
  const auto day = weekday_in_dateline(b.text);
  if (!day || overlaps_annotation(b, day->begin, day->end)) return;
  DateValue value;
  for (const auto& s : b.spans) {
    const DateMention* d = s.as<DateMention>();
    const std::size_t bracket = b.text.rfind('[', s.begin);  // the editor's "[20 Jan. 1819]" after the weekday
    if (d && s.begin > day->end && d->value.when.size() == 10 && bracket != std::string::npos && bracket > day->end)
      value = d->value;
  }
  b.spans.push_back(Span{day->begin, day->end, DateMention{std::move(value), {}}});
}

void new_paragraph(DateContext& c) { c.paragraph_year = c.paragraph_month_year = c.paragraph_month = 0; }

}  // namespace

std::size_t annotate_dates(Document& doc, const DateOptions& options, Diagnostics& diags) {
  const DateGrammar* grammar = date_grammar(doc.lang);
  if (!grammar) {
    diags.note(doc.source_path, {}, "no date grammar for language '" + doc.lang + "': dates are not tagged");
    return 0;
  }
  Found found = find_dates(doc, *grammar);
  DateTagger tagger(doc, *grammar, options, found, diags);
  DateContext ctx;
  for (std::size_t i = 0; i < doc.blocks.size(); ++i) {
    new_paragraph(ctx);
    tagger.block(doc.blocks[i], found.body[i], ctx, true);
    if (doc.blocks[i].role == BlockRole::Dateline) weekday_of_dateline(doc.blocks[i]);
  }
  for (std::size_t n = 0; n < doc.notes.size(); ++n) {
    DateContext nc = tagger.note_context[n] ? *tagger.note_context[n] : ctx;
    for (std::size_t k = 0; k < doc.notes[n].blocks.size(); ++k) {
      if (k) new_paragraph(nc);
      tagger.block(doc.notes[n].blocks[k], found.notes[n][k], nc, false);
    }
  }
  return tagger.tagged;
}

}  // namespace editio
