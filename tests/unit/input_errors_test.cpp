// Wrong input is reported where it is, and never crashes or passes silently:
// TOML nested too deeply, impossible dates, bad or conflicting entries of the
// editor's layer, note markers that are almost note markers, person ids that
// clash with ids Editio writes, correspondents the personography lacks.
// (Truncated UTF-16 and a guessed encoding: encoding_test.cpp.)
#include <gtest/gtest.h>

#include <string>

#include "annotate/editorial.hpp"
#include "annotate/notes.hpp"
#include "edition/editorial.hpp"
#include "edition/manifest.hpp"
#include "edition/personography.hpp"
#include "edition/toml_reader.hpp"
#include "read/segment.hpp"
#include "read/source.hpp"
#include "tei/writer.hpp"

using namespace editio;

namespace {

std::string all_diagnostics(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d.items()) s += x.format() + "\n";
  return s;
}

// A source read and segmented into document `id` (blocks with source positions).
Document segmented(const std::string& id, const std::string& text, Diagnostics& d) {
  auto src = read_source(id + ".txt", text, d);
  Document doc;
  doc.id = id;
  doc.lang = "en";
  doc.source_path = id + ".txt";
  if (src) segment(*src, doc, d);
  return doc;
}

std::string repeat(const std::string& s, int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += s;
  return out;
}

const std::string kManifest = R"([edition]
title = "T"
editors = [{ id = "ed", name = "E" }]
publisher = "P"
licence = "CC0"

[[responsibility]]
id = "LS"
name = "Lev Sedov"
role = "author of the notes"

[[document]]
id = "a"
file = "a.txt"
title = "A"
language = "en"

[[document]]
id = "smith"
file = "smith.txt"
title = "Smith"
language = "en"
)";

}  // namespace

// --- TOML nested deeper than any manifest needs (a stack overflow in toml++) ---

TEST(TomlNesting, AHugeDottedKeyIsAnErrorAtItsStart) {
  for (const bool header : {false, true}) {
    Diagnostics d;
    const std::string key = "x" + repeat(".a", 50000);
    const std::string text = "# the edition\n" + (header ? "[" + key + "]\nc = 1\n" : "  " + key + " = 1\n");
    EXPECT_FALSE(parse_manifest("manifest.toml", text, d));
    ASSERT_EQ(d.errors(), 1u) << all_diagnostics(d);
    EXPECT_EQ(d.items()[0].format(),
              std::string("manifest.toml:2:") + (header ? "2" : "3") +
                  ": error: the manifest has a dotted key of more than 64 parts; Editio reads keys of at most 64 "
                  "parts: shorten the key");
  }
}

TEST(TomlNesting, DeepArraysAndInlineTablesAreErrorsAtTheBracketTooMany) {
  Diagnostics d;
  EXPECT_FALSE(parse_editorial("ed.toml", "x = " + repeat("[", 50000) + repeat("]", 50000) + "\n", d));
  ASSERT_EQ(d.errors(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format(),
            "ed.toml:1:69: error: the editor's layer nests arrays or inline tables more than 64 levels deep; Editio "
            "reads at most 64 levels: flatten the value");
  Diagnostics d2;
  EXPECT_FALSE(parse_editorial("ed.toml", "\nx = " + repeat("{a=", 50000) + "1" + repeat("}", 50000) + "\n", d2));
  ASSERT_EQ(d2.errors(), 1u) << all_diagnostics(d2);
  EXPECT_EQ(d2.items()[0].pos.line, 2u);
  EXPECT_EQ(d2.items()[0].pos.column, 5u + 64 * 3);  // the 65th "{"
}

TEST(TomlNesting, StringsCommentsAndNumbersDoNotCount) {
  // Dots and brackets inside strings and comments, a quoted key with dots,
  // floats: none of them nests anything.
  const std::string dots = repeat(".", 100), brackets = repeat("[", 100);
  const std::string text = "[[note]]\ndocument = \"t\"\nline = 3\nnote = \"" + dots + brackets + "\"\n# " + brackets +
                           dots + "\n\"" + dots + "\" = 1\nx = '''\n" + brackets + "\n" + dots + "'''\ny = \"\"\"a\\\"\"\"" +
                           brackets + "\"\"\"\nz = [" + repeat("1.5, ", 100) + "2.5]\n";
  Diagnostics d;
  auto l = parse_editorial("ed.toml", text, d);
  ASSERT_TRUE(l) << all_diagnostics(d);
  EXPECT_EQ(d.errors(), 0u) << all_diagnostics(d);
  EXPECT_EQ(l->notes.size(), 1u);
}

TEST(TomlNesting, SixtyFourLevelsAreRead) {
  Diagnostics d;
  const std::string text = "x" + repeat(".a", 63) + " = " + repeat("[", 64) + repeat("]", 64) + "\n";
  EXPECT_TRUE(parse_editorial("ed.toml", text, d)) << all_diagnostics(d);
  EXPECT_EQ(d.errors(), 0u) << all_diagnostics(d);
}

// --- dates that do not exist ----------------------------------------------------

TEST(IsoDates, TheDayMustExistInItsMonth) {
  for (const char* ok : {"1999-02-28", "2000-02-29", "2024-02-29", "1999-04-30", "1999-12-31", "-0044-03-15",
                         "1999-02", "1999"})
    EXPECT_TRUE(is_iso_date(ok)) << ok;
  for (const char* bad : {"1999-02-30", "1999-02-29", "1900-02-29", "1999-04-31", "1999-06-31", "1999-02-00"})
    EXPECT_FALSE(is_iso_date(bad)) << bad;
  EXPECT_TRUE(is_iso_date("--02-29", true));  // no year: February may have 29 days
  EXPECT_FALSE(is_iso_date("--02-30", true));
  EXPECT_EQ(iso_date_problem("1999-02-30"), "is not a day of the calendar: February 1999 has 28 days");
  EXPECT_EQ(iso_date_problem("1999-13"), "is not an ISO 8601 date: write YYYY, YYYY-MM or YYYY-MM-DD");
}

TEST(IsoDates, AnImpossibleEditorsDateIsAnErrorAtItsValueAndTheEntryIsLeftOut) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml",
                           "[[date]]\ndocument = \"t\"\ntext = \"the spring\"\nwhen = \"1999-02-30\"\n\n"
                           "[[date]]\ndocument = \"t\"\ntext = \"the winter\"\nwhen = \"2000-02-29\"\n",
                           d);
  ASSERT_TRUE(l) << all_diagnostics(d);
  ASSERT_EQ(l->dates.size(), 1u);  // the good entry is kept
  EXPECT_EQ(l->dates[0].at.text, "the winter");
  ASSERT_EQ(d.errors(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format(),
            "ed.toml:4:8: error: [[date]]: when = \"1999-02-30\" is not a day of the calendar: February 1999 has 28 "
            "days");
  EXPECT_EQ(d.items()[1].format(), "ed.toml:1:1: note: this [[date]] is left out; the rest of the editor's layer is used");
}

TEST(IsoDates, AnImpossibleManifestDateIsAnError) {
  Diagnostics d;
  std::string m = kManifest;
  const std::string entry = "[[document]]\nid = \"a\"\n";
  m.insert(m.find(entry) + entry.size(), "date = \"1931-11-31\"\n");
  EXPECT_FALSE(parse_manifest("manifest.toml", m, d));
  ASSERT_EQ(d.errors(), 1u) << all_diagnostics(d);
  EXPECT_NE(d.items()[0].message.find("'1931-11-31', which is not a day of the calendar: November 1931 has 30 days"),
            std::string::npos)
      << all_diagnostics(d);
}

// --- the editor's layer: one bad entry, conflicting entries ---------------------------

TEST(EditorialEntries, ABadEntryIsLeftOutAndTheRestKept) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml",
                           "[[correction]]\ndocument = \"t\"\ntext = \"Petrof\"\ncorr = \"Petrov\"\n\n"
                           "[[block]]\ndocument = \"t\"\ntext = \"Dear Anna,\"\nrole = \"greeting\"\n\n"
                           "[[note]]\ndocument = \"t\"\nline = 3\nnote = \"A note.\"\n",
                           d);
  ASSERT_TRUE(l) << all_diagnostics(d);
  EXPECT_EQ(l->changes.size(), 1u);
  EXPECT_EQ(l->notes.size(), 1u);
  EXPECT_TRUE(l->blocks.empty());
  ASSERT_EQ(d.errors(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].pos.line, 6u);
}

TEST(EditorialEntries, TwoTextsStartingAtTheSamePlaceAreAConflictNamingTheFirst) {
  Diagnostics d;
  auto l = parse_editorial("ed.toml",
                           "[[text]]\ndocument = \"t\"\nline = 3\ntitle = \"First\"\n\n"
                           "[[text]]\ndocument = \"t\"\nline = 3\ntitle = \"Second\"\n",
                           d);
  ASSERT_TRUE(l) << all_diagnostics(d);
  Document doc = segmented("t", "Title line\n\nDear Anna, I write.\n\nYours, B.\n", d);
  apply_editorial_structure(doc, *l, d);
  ASSERT_EQ(doc.parts.size(), 1u) << all_diagnostics(d);
  EXPECT_EQ(doc.parts[0].title, "First");
  ASSERT_EQ(d.warnings(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format(),
            "ed.toml:6:1: warning: [[text]] line 3 starts the same text as the [[text]] at line 1: the entry was not "
            "applied; keep one of the two (merge what they say)");
}

// --- note markers that are almost note markers --------------------------------------

namespace {

struct Linked {
  Document doc;
  Diagnostics diags;
};

Linked link(const std::string& text) {
  Linked l;
  l.doc = segmented("t", text, l.diags);
  link_notes(l.doc, {}, l.diags);
  return l;
}

}  // namespace

TEST(NoteMarkers, FiveAndSixDigitNumbersAreNotes) {
  Linked l = link("A text [9999] and more [10000] and [123456].\n\n[9999] First.\n[10000] Second.\n[123456] Third.\n");
  ASSERT_EQ(l.doc.notes.size(), 3u) << all_diagnostics(l.diags);
  EXPECT_EQ(l.doc.notes[1].n, "10000");
  EXPECT_EQ(l.doc.notes[1].blocks.size(), 1u);  // not glued to the note before
  for (const auto& n : l.doc.notes) EXPECT_TRUE(n.called) << n.n;
  EXPECT_TRUE(l.diags.empty()) << all_diagnostics(l.diags);
}

TEST(NoteMarkers, LongerNumbersAreWarnedAtTheCallAndAtTheBody) {
  Linked l = link("A text [1] and [1234567] here.\n\n[1] First.\n[1234567] Not a note.\n");
  ASSERT_EQ(l.doc.notes.size(), 1u);
  ASSERT_EQ(l.diags.warnings(), 2u) << all_diagnostics(l.diags);
  EXPECT_EQ(l.diags.items()[0].format(),
            "t.txt:4:1: warning: '[1234567]' looks like a note marker, but a note number has at most 6 digits: this "
            "paragraph is kept as part of note [1] before it; if it is a note of its own, write its marker as \"[N] \" "
            "(at most 6 digits, then a space) here and in its call");
  EXPECT_EQ(l.diags.items()[1].format(),
            "t.txt:1:16: warning: [1234567] looks like a note call, but a note number has at most 6 digits: it is "
            "left as text (renumber the note if it is one)");
}

TEST(NoteMarkers, AMarkerWithoutASpaceInTheNotesIsWarned) {
  Linked l = link("A text [1] and [2] here.\n\n[1] First.\n[2]Second.\n");
  ASSERT_EQ(l.doc.notes.size(), 1u);
  EXPECT_EQ(l.doc.notes[0].blocks.size(), 2u);
  ASSERT_GE(l.diags.warnings(), 1u);
  EXPECT_EQ(l.diags.items()[0].format().rfind(
                "t.txt:4:1: warning: '[2]' looks like a note marker, but no space follows it: this paragraph is kept as "
                "part of note [1] before it",
                0),
            0u)
      << all_diagnostics(l.diags);
}

TEST(NoteMarkers, ABodyWithALongNumberInATextWithoutNotesIsWarned) {
  Linked l = link("A text [1234567] here.\n\n[1234567] Not a note.\n");
  EXPECT_TRUE(l.doc.notes.empty());
  ASSERT_EQ(l.diags.warnings(), 1u) << all_diagnostics(l.diags);
  EXPECT_EQ(l.diags.items()[0].pos.line, 3u);
  EXPECT_NE(l.diags.items()[0].message.find("this paragraph is kept as text"), std::string::npos);
}

// --- person ids that are ids Editio writes; correspondents not in the personography ---

namespace {

std::unique_ptr<Personography> persons_with_ids(const std::vector<std::string>& ids, Diagnostics& d) {
  std::string xml = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><text><body><listPerson>\n";
  for (const auto& id : ids)
    xml += "<person xml:id=\"" + id + "\"><persName type=\"reg\">Name of " + id + "</persName></person>\n";
  xml += "</listPerson></body></text></TEI>\n";
  return parse_personography("personography.xml", xml, d);
}

}  // namespace

TEST(PersonIds, IdsEditioWritesAreErrorsAtThePersonOnce) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", kManifest, d);
  ASSERT_TRUE(ed) << all_diagnostics(d);
  auto persons = persons_with_ids(
      {"julian", "ed", "LS", "a", "a-p3", "a-n10000", "a-ea", "a-open2", "smith-john", "a-plan", "petrov"}, d);
  ASSERT_TRUE(persons) << all_diagnostics(d);
  check_persons(*ed, persons.get(), d);
  std::vector<std::string> got;
  for (const auto& x : d.items()) got.push_back(x.format());
  const std::string tail =
      ": give the person another xml:id (and use it where the manifest or the editor's layer names the person)";
  EXPECT_EQ(got, (std::vector<std::string>{
                     "personography.xml:2:2: error: person id \"julian\" is also the id Editio gives the Julian "
                     "calendar (declared in the header of each document with Old Style dates)" + tail,
                     "personography.xml:3:2: error: person id \"ed\" is also the id Editio gives the editor E "
                     "([edition] editors in the manifest)" + tail,
                     "personography.xml:4:2: error: person id \"LS\" is also the id Editio gives the "
                     "[[responsibility]] of Lev Sedov in the manifest" + tail,
                     "personography.xml:5:2: error: person id \"a\" is also the id Editio gives document 'a' (the "
                     "id of its TEI)" + tail,
                     "personography.xml:6:2: error: person id \"a-p3\" is also the id Editio gives paragraph 3 of "
                     "document 'a'" + tail,
                     "personography.xml:7:2: error: person id \"a-n10000\" is also the id Editio gives note [10000] "
                     "of document 'a'" + tail,
                     "personography.xml:8:2: error: person id \"a-ea\" is also the id Editio gives the editor's note "
                     "a of document 'a'" + tail,
                     "personography.xml:9:2: error: person id \"a-open2\" is also the id Editio gives opener 2 of "
                     "document 'a'" + tail}));
}

TEST(Correspondents, AnUnknownSenderIsWarnedAtItsKeyAndNotUsed) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", kManifest, d);
  ASSERT_TRUE(ed);
  auto layer = parse_editorial("ed.toml",
                               "[[text]]\ndocument = \"a\"\nline = 3\nsender = \"smirnov\"\naddressee = \"petrov\"\n", d);
  ASSERT_TRUE(layer) << all_diagnostics(d);
  ed->editorial_layer = *layer;
  auto persons = persons_with_ids({"petrov"}, d);
  check_persons(*ed, persons.get(), d);
  ASSERT_EQ(d.items().size(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format(),
            "ed.toml:4:10: warning: [[text]]: sender 'smirnov' is not the xml:id of a person in the personography "
            "(personography.xml); it is not used (the text's own signature is, if it names a person): write the "
            "person's xml:id");
  EXPECT_EQ(ed->editorial_layer.texts[0].sender, "");
  EXPECT_EQ(ed->editorial_layer.texts[0].addressee, "petrov");
}

TEST(Correspondents, AnIdIsNeverPrintedAsAName) {
  // Written directly (as a layer that was not checked): the header does not
  // take an unknown id for a name.
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", kManifest, d);
  ASSERT_TRUE(ed);
  Document doc = segmented("a", "A letter\n\nDear Sir, I write.\n", d);
  TextPart part;
  part.sender = "smirnov";
  part.addressee = "petrov";
  part.declared = true;
  doc.parts.push_back(part);
  auto persons = persons_with_ids({"petrov"}, d);
  TeiContext ctx;
  ctx.edition = &*ed;
  ctx.entry = &ed->documents[0];
  ctx.persons = persons.get();
  const std::string tei = write_tei(doc, ctx);
  EXPECT_EQ(tei.find("smirnov"), std::string::npos) << tei;
  EXPECT_NE(tei.find("<persName ref=\"#petrov\">Name of petrov</persName>"), std::string::npos) << tei;
}

// --- the editor's layer cannot make the TEI nest without end ---------------------------

TEST(EditorialNesting, AnEditorsNoteIsNotAnnotatedByAnotherEntry) {
  // Each note on the words of the note before: a chain that would nest notes
  // in notes as deep as the layer is long.
  Diagnostics d;
  Document doc = segmented("t", "Title line\n\nThe word w0 is here.\n", d);
  std::string toml;
  for (int k = 0; k < 3; ++k)
    toml += "[[note]]\ndocument = \"t\"\ntext = \"w" + std::to_string(k) + "\"\nnote = \"About w" +
            std::to_string(k + 1) + ".\"\n\n";
  auto layer = parse_editorial("ed.toml", toml, d);
  ASSERT_TRUE(layer) << all_diagnostics(d);
  apply_editorial_changes(doc, *layer, "ed", d);
  ASSERT_EQ(doc.notes.size(), 1u) << all_diagnostics(d);  // only the note on the text's own words
  EXPECT_EQ(d.warnings(), 2u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format().rfind("ed.toml:6:1: warning: [[note]] 'w1' is not in t", 0), 0u)
      << all_diagnostics(d);
}

TEST(EditorialNesting, CorrectionsNestAtMostSixteenLevels) {
  Diagnostics d;
  std::vector<std::string> words;
  for (int k = 0; k < 17; ++k) words.push_back("w" + std::to_string(k));
  std::string text, toml;
  for (const auto& w : words) {
    text += (text.empty() ? "" : " ") + w;
    toml += "[[correction]]\ndocument = \"t\"\ntext = \"" + text + "\"\ncorr = \"x\"\n\n";
  }
  Document doc = segmented("t", "Title line\n\n" + text + ".\n", d);
  auto layer = parse_editorial("ed.toml", toml, d);
  ASSERT_TRUE(layer) << all_diagnostics(d);
  apply_editorial_changes(doc, *layer, "ed", d);
  std::size_t choices = 0;
  for (const auto& s : doc.blocks.back().spans) choices += s.is<Correction>();
  EXPECT_EQ(choices, 16u);
  ASSERT_EQ(d.warnings(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format(), "ed.toml:81:1: warning: [[correction]] '" + text +
                                       "' would nest corrections and regularizations more than 16 levels deep: the "
                                       "entry was not applied");
}
