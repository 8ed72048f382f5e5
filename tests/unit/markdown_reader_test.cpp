// The Markdown reader (read/markdown): each construct on a small input, with
// the blocks, spans, notes and positions it must give; bad input gives a clear
// diagnostic at its line:column and no crash.
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "annotate/dates.hpp"
#include "annotate/notes.hpp"
#include "annotate/persons.hpp"
#include "edition/personography.hpp"
#include "read/markdown.hpp"
#include "read/source.hpp"

using namespace editio;

namespace {

// Reads `markdown` as the file "essay.md" of a document "essay".
Document read(const std::string& markdown, Diagnostics& d) {
  Document doc;
  doc.id = "essay";
  doc.lang = "en";
  auto src = read_source("essay.md", markdown, d);
  if (!src) src = SourceText{"essay.md", {}, "UTF-8"};
  doc.source_path = src->path;
  read_markdown(*src, doc, d);
  return doc;
}

Document read(const std::string& markdown) {
  Diagnostics d;
  Document doc = read(markdown, d);
  for (const auto& x : d.items()) ADD_FAILURE() << "unexpected diagnostic: " << x.format();
  return doc;
}

// The text of each span of kind K in `b`, in order.
template <class K> std::vector<std::string> spanned(const Block& b) {
  std::vector<std::string> out;
  for (const auto& s : b.spans)
    if (s.is<K>()) out.push_back(b.text.substr(s.begin, s.end - s.begin));
  return out;
}

std::string rend_of(const Block& b, const std::string& text) {
  for (const auto& s : b.spans)
    if (const Highlight* h = s.as<Highlight>(); h && b.text.substr(s.begin, s.end - s.begin) == text) return h->rend;
  return "";
}

const Link* link_over(const Block& b, const std::string& text) {
  for (const auto& s : b.spans)
    if (const Link* l = s.as<Link>(); l && b.text.substr(s.begin, s.end - s.begin) == text) return l;
  return nullptr;
}

// "line:column" of byte `offset` of a block.
std::string at(const Block& b, std::size_t offset) {
  const SourcePos p = b.position_of(offset);
  return std::to_string(p.line) + ":" + std::to_string(p.column);
}

bool says(const Diagnostics& d, Severity s, unsigned line, unsigned column, const std::string& words) {
  for (const auto& x : d.items())
    if (x.severity == s && x.pos.line == line && x.pos.column == column && x.message.find(words) != std::string::npos)
      return true;
  return false;
}

std::string all_text(const Document& doc) {
  std::string t;
  for (const auto& b : doc.blocks) t += b.text + "\n";
  for (const auto& n : doc.notes)
    for (const auto& b : n.blocks) t += b.text + "\n";
  return t;
}

}  // namespace

// ---- The document and its front matter ------------------------------------

TEST(MarkdownReader, MarksTheDocumentAsMarkdownWithItsNotesLinked) {
  Document doc = read("Text.\n");
  EXPECT_EQ(doc.format, "markdown");
  EXPECT_TRUE(doc.notes_linked);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "Text.");
}

TEST(MarkdownReader, FrontMatterIsMetadataAndNeverText) {
  Diagnostics d;
  Document doc = read(
      "---\n"
      "title: An Essay\n"
      "subtitle: On Letters\n"
      "authors: [Ann Bee, Carl Dee]\n"
      "date: 1937-03-05\n"
      "lang: en\n"
      "tags: [history]\n"
      "draft: false\n"
      "---\n"
      "The text.\n",
      d);
  EXPECT_EQ(doc.metadata.title, "An Essay");
  EXPECT_EQ(doc.metadata.subtitle, "On Letters");
  EXPECT_EQ(doc.metadata.authors, (std::vector<std::string>{"Ann Bee", "Carl Dee"}));
  EXPECT_EQ(doc.metadata.date, "1937-03-05");
  EXPECT_EQ(doc.metadata.lang, "en");
  EXPECT_EQ(doc.metadata.pos.line, 1u);
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].text, "The text.");
  EXPECT_EQ(at(doc.blocks[0], 0), "10:1");  // lines keep their numbers
  // The keys Editio does not use: one note, and one phrase for the header.
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_TRUE(says(d, Severity::Note, 1, 1, "front matter keys not used: tags, draft"));
  EXPECT_EQ(doc.left_out, (std::vector<std::string>{"2 front-matter keys (tags, draft)"}));
}

TEST(MarkdownReader, FrontMatterAuthorIsANameOrAListOfNames) {
  Document one = read("---\nauthor: Ann Bee\nlanguage: ru\n...\nText.\n");
  EXPECT_EQ(one.metadata.authors, (std::vector<std::string>{"Ann Bee"}));
  EXPECT_EQ(one.metadata.lang, "ru");
  Document named = read("---\nauthor:\n  - name: Ann Bee\n    affiliation: X\n  - Carl Dee\n---\nText.\n");
  EXPECT_EQ(named.metadata.authors, (std::vector<std::string>{"Ann Bee", "Carl Dee"}));
}

TEST(MarkdownReader, MalformedFrontMatterIsAnErrorAtItsLineAndColumnAndStaysOutOfTheText) {
  Diagnostics d;
  Document doc = read("---\ntitle: Letters: 1937\ndate: 1937\n---\nThe text.\n", d);
  ASSERT_EQ(d.errors(), 1u);
  // At the second ": " of line 2, which YAML cannot read as a value.
  EXPECT_TRUE(says(d, Severity::Error, 2, 15, "malformed YAML front matter: mapping values are not allowed"));
  EXPECT_EQ(d.items()[0].format().rfind("essay.md:2:15: error: ", 0), 0u);
  EXPECT_EQ(all_text(doc), "The text.\n");
}

TEST(MarkdownReader, AnUnclosedQuotedValueIsAnErrorAtTheEndOfTheFrontMatter) {
  Diagnostics d;
  Document doc = read("---\ntitle: \"An Essay\n---\nThe text.\n", d);
  EXPECT_TRUE(says(d, Severity::Error, 3, 1, "while scanning a quoted scalar, line 2"));
  EXPECT_EQ(all_text(doc), "The text.\n");
}

TEST(MarkdownReader, FrontMatterThatIsNoListOfKeysIsAnErrorAndStaysOutOfTheText) {
  Diagnostics d;
  Document doc = read("---\nJust a line\n---\nThe text.\n", d);
  EXPECT_TRUE(says(d, Severity::Error, 2, 1, "not a list of \"key: value\" lines"));
  EXPECT_EQ(all_text(doc), "The text.\n");
}

// Without a closing line nothing tells where metadata would end: the file is
// read as Markdown (the "---" a rule), with a warning.
TEST(MarkdownReader, AnUnclosedFrontMatterIsReadAsTextWithAWarning) {
  Diagnostics d;
  Document doc = read("---\nThe text.\n", d);
  EXPECT_TRUE(says(d, Severity::Warning, 1, 1, "no \"---\" or \"...\" line closes"));
  EXPECT_EQ(all_text(doc), "The text.\n");
}

// ---- Headings, paragraphs, positions ---------------------------------------

TEST(MarkdownReader, TheFirstH1IsTheTitleAndTheShallowestHeadingLeftIsLevelOne) {
  Document doc = read("# The Title\n\n## Part\n\n### Chapter\n\nText.\n");
  ASSERT_EQ(doc.blocks.size(), 4u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::Title);
  EXPECT_EQ(doc.blocks[0].text, "The Title");
  EXPECT_EQ(at(doc.blocks[0], 0), "1:3");
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::Heading);
  EXPECT_EQ(doc.blocks[1].level, 1);
  EXPECT_EQ(doc.blocks[2].level, 2);
  EXPECT_EQ(doc.blocks[3].kind, BlockKind::Paragraph);
}

TEST(MarkdownReader, AnH1IsAHeadingWhenTheFrontMatterHasTheTitle) {
  Document doc = read("---\ntitle: The Title\n---\n# One\n\n# Two\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::Heading);
  EXPECT_EQ(doc.blocks[0].level, 1);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::Heading);
}

TEST(MarkdownReader, PositionsAreTheFilesLinesAndColumnsInCharacters) {
  Document doc = read("Ёж *идёт*\nдомой `код`.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Block& b = doc.blocks[0];
  EXPECT_EQ(b.text, "Ёж идёт домой код.");  // the line break is a space
  EXPECT_EQ(at(b, b.text.find("идёт")), "1:5");
  EXPECT_EQ(at(b, b.text.find("домой")), "2:1");
  EXPECT_EQ(at(b, b.text.find("код")), "2:8");
}

// ---- Inline markup --------------------------------------------------------

TEST(MarkdownReader, EmphasisStrongCodeAndStrikethroughAreHighlights) {
  Document doc = read("An *italic*, a **bold**, `some code` and ~~struck~~ words.\n");
  const Block& b = doc.blocks.at(0);
  EXPECT_EQ(b.text, "An italic, a bold, some code and struck words.");
  EXPECT_EQ(rend_of(b, "italic"), "italic");
  EXPECT_EQ(rend_of(b, "bold"), "bold");
  EXPECT_EQ(rend_of(b, "some code"), "code");
  EXPECT_EQ(rend_of(b, "struck"), "strikethrough");
}

TEST(MarkdownReader, LinksAreOverTheirWordsAndBareAddressesAreLiteral) {
  Document doc = read("See [the archive](https://example.org/a), https://example.org/b, <https://example.org/c> "
                      "and www.example.org.\n");
  const Block& b = doc.blocks.at(0);
  EXPECT_EQ(b.text, "See the archive, https://example.org/b, https://example.org/c and www.example.org.");
  const Link* words = link_over(b, "the archive");
  ASSERT_TRUE(words);
  EXPECT_EQ(words->target, "https://example.org/a");
  EXPECT_FALSE(words->literal);
  for (const char* bare : {"https://example.org/b", "https://example.org/c", "www.example.org"}) {
    const Link* l = link_over(b, bare);
    ASSERT_TRUE(l) << bare;
    EXPECT_TRUE(l->literal) << bare;
  }
  EXPECT_EQ(link_over(b, "www.example.org")->target, "http://www.example.org");
  EXPECT_EQ(at(b, b.text.find("https://example.org/b")), "1:43");  // the autolink extension gives none: found
  EXPECT_EQ(at(b, b.text.find("www.")), "1:94");
}

TEST(MarkdownReader, AnImageInRunningTextIsItsAltTextNeverItsPath) {
  Document doc = read("A portrait ![of Ann Bee](photos/Bee_Ann.jpg) here.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::Paragraph);
  EXPECT_EQ(doc.blocks[0].text, "A portrait of Ann Bee here.");
}

TEST(MarkdownReader, AnImageAloneInAParagraphIsAFigure) {
  Document doc =
      read("Before.\n\n![Ann *Bee* in 1937](photos/Bee_Ann.jpg \"A portrait\")\n\n![](a.png \"Its title\")\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  const Block& f = doc.blocks[1];
  EXPECT_EQ(f.kind, BlockKind::Figure);
  EXPECT_EQ(f.url, "photos/Bee_Ann.jpg");
  EXPECT_EQ(f.text, "Ann Bee in 1937");
  EXPECT_EQ(rend_of(f, "Bee"), "italic");
  EXPECT_EQ(at(f, 0), "3:3");
  EXPECT_EQ(doc.blocks[2].text, "Its title");  // no alt text: the title
  EXPECT_EQ(doc.blocks[2].url, "a.png");
}

// ---- Block structure ------------------------------------------------------

TEST(MarkdownReader, EachBlockOfAQuotationIsAQuote) {
  Document doc = read("> First.\n>\n> Second\n> line.\n\nAfter.\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[0].kind, BlockKind::Quote);
  EXPECT_EQ(doc.blocks[1].kind, BlockKind::Quote);
  EXPECT_EQ(doc.blocks[1].text, "Second line.");
  EXPECT_EQ(at(doc.blocks[1], 0), "3:3");
  EXPECT_EQ(at(doc.blocks[1], 7), "4:3");
  EXPECT_EQ(doc.blocks[2].kind, BlockKind::Paragraph);
}

TEST(MarkdownReader, ListItemsKeepTheirLabelsAsWrittenAndNestedItemsFollowInOrder) {
  Document doc = read("3. three\n4. four\n\n- one\n  * inner\n- two\n\n1) a\n");
  std::vector<std::string> items;
  for (const auto& b : doc.blocks) {
    EXPECT_EQ(b.kind, BlockKind::ListItem);
    items.push_back(b.label + " " + b.text);
  }
  EXPECT_EQ(items, (std::vector<std::string>{"3. three", "4. four", "- one", "* inner", "- two", "1) a"}));
  EXPECT_EQ(at(doc.blocks[3], 0), "5:5");
}

TEST(MarkdownReader, TheParagraphsOfAnItemAreOneItem) {
  Document doc = read("- First paragraph.\n\n  Second paragraph.\n- Next.\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "First paragraph. Second paragraph.");
  EXPECT_EQ(at(doc.blocks[0], doc.blocks[0].text.find("Second")), "3:3");
}

TEST(MarkdownReader, ACodeBlockIsAParagraphOfCode) {
  Document doc = read("Text.\n\n```sh\nmake  all\n  make check\n```\n\n    indented\n");
  ASSERT_EQ(doc.blocks.size(), 3u);
  const Block& fenced = doc.blocks[1];
  EXPECT_EQ(fenced.kind, BlockKind::Paragraph);
  EXPECT_EQ(fenced.text, "make all make check");
  EXPECT_EQ(spanned<Highlight>(fenced), (std::vector<std::string>{"make all make check"}));
  EXPECT_EQ(rend_of(fenced, fenced.text), "code");
  EXPECT_EQ(at(fenced, 0), "4:1");
  EXPECT_EQ(at(fenced, fenced.text.find("make check")), "5:3");
  EXPECT_EQ(at(doc.blocks[2], 0), "8:5");
}

TEST(MarkdownReader, ThematicBreaksAreDropped) {
  Document doc = read("One.\n\n***\n\nTwo.\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[1].text, "Two.");
}

TEST(MarkdownReader, ATableIsCellsByRowsWithTheHeaderMarked) {
  Document doc = read("| Name | Year |\n|------|-----:|\n| Ann  | *1937* |\n| Carl |  |\n");
  ASSERT_EQ(doc.blocks.size(), 6u);
  std::vector<std::string> cells;
  for (const auto& b : doc.blocks) {
    EXPECT_EQ(b.kind, BlockKind::TableCell);
    cells.push_back(std::string(b.table_start ? "T" : "") + (b.row_start ? "R" : "") + (b.header_cell ? "H" : "") +
                    " " + b.text);
  }
  EXPECT_EQ(cells, (std::vector<std::string>{"TRH Name", "H Year", "R Ann", " 1937", "R Carl", " "}));
  EXPECT_EQ(rend_of(doc.blocks[3], "1937"), "italic");
  EXPECT_EQ(at(doc.blocks[2], 0), "3:3");
  EXPECT_EQ(doc.blocks[5].position().line, 4u);  // an empty cell keeps its place
}

// ---- Footnotes ------------------------------------------------------------

TEST(MarkdownReader, FootnotesAreNotesCalledWhereTheyAreReferenced) {
  Document doc = read("A claim[^src] and another[^2].\n\n[^2]: The second.\n[^src]: The first,\n    in two lines.\n");
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Block& b = doc.blocks[0];
  EXPECT_EQ(b.text, "A claim and another.");
  ASSERT_EQ(doc.notes.size(), 2u);
  // Numbered in the order of their first reference, as cmark-gfm does.
  EXPECT_EQ(doc.notes[0].n, "1");
  EXPECT_EQ(doc.notes[0].blocks.at(0).text, "The first, in two lines.");
  EXPECT_EQ(doc.notes[0].pos.line, 4u);
  EXPECT_EQ(doc.notes[0].pos.column, 9u);  // where its text starts
  EXPECT_TRUE(doc.notes[0].called);
  EXPECT_EQ(doc.notes[1].n, "2");
  EXPECT_EQ(doc.notes[1].blocks.at(0).text, "The second.");
  ASSERT_EQ(b.spans.size(), 2u);
  EXPECT_EQ(b.spans[0].as<NoteCall>()->note, 0u);
  EXPECT_EQ(b.spans[0].begin, b.text.find(" and"));
  EXPECT_EQ(b.spans[1].as<NoteCall>()->note, 1u);
  EXPECT_EQ(b.spans[1].begin, b.text.size() - 1);
}

TEST(MarkdownReader, ASecondReferenceToAFootnoteRefersToTheSameNote) {
  Document doc = read("First[^a], again[^a].\n\n[^a]: The note.\n");
  ASSERT_EQ(doc.notes.size(), 1u);
  const Block& b = doc.blocks.at(0);
  EXPECT_EQ(b.text, "First, again[1].");
  EXPECT_EQ(spanned<NoteReference>(b), (std::vector<std::string>{"[1]"}));
  for (const auto& s : b.spans)
    if (const NoteReference* r = s.as<NoteReference>()) {
      EXPECT_EQ(r->note_id, "essay-n1");
    }
  EXPECT_EQ(at(b, b.text.find("[1]")), "1:17");
}

TEST(MarkdownReader, AFootnoteNeverReferencedIsAnEndNoteWithAWarning) {
  Diagnostics d;
  Document doc = read("Text[^1].\n\n[^1]: Used.\n\n[^old]: Never used.\n", d);
  ASSERT_EQ(doc.notes.size(), 2u);
  EXPECT_TRUE(doc.notes[0].called);
  EXPECT_FALSE(doc.notes[1].called);
  EXPECT_EQ(doc.notes[1].n, "2");
  EXPECT_EQ(doc.notes[1].blocks.at(0).text, "Never used.");
  EXPECT_EQ(doc.notes[1].pos.line, 5u);
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_TRUE(says(d, Severity::Warning, 5, 9, "footnote [^old] is defined but never referenced"));
}

TEST(MarkdownReader, AFootnoteLabelInCodeDefinesNothing) {
  Document doc = read("Text.\n\n```\n[^1]: not a note\n```\n");
  EXPECT_TRUE(doc.notes.empty());
  EXPECT_EQ(doc.blocks.at(1).text, "[^1]: not a note");
}

TEST(MarkdownReader, AReferenceWithoutDefinitionIsTextWithAWarning) {
  Diagnostics d;
  Document doc = read("Text[^9] and an unclosed [^1 call.\n", d);
  EXPECT_TRUE(doc.notes.empty());
  EXPECT_EQ(doc.blocks.at(0).text, "Text[^9] and an unclosed [^1 call.");
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_TRUE(says(d, Severity::Warning, 1, 5, "footnote reference [^9] has no definition"));
}

TEST(MarkdownReader, AnEmptyFootnoteIsKeptWithAWarning) {
  Diagnostics d;
  Document doc = read("Text[^1].\n\n[^1]:\n", d);
  ASSERT_EQ(doc.notes.size(), 1u);
  EXPECT_TRUE(doc.notes[0].blocks.empty());
  EXPECT_TRUE(says(d, Severity::Warning, 3, doc.notes[0].pos.column, "footnote 1 is empty"));
}

// The notes pass after the reader only attributes the notes: "[3]" in the text
// of a Markdown document is no call.
TEST(MarkdownReader, TheNotesPassAddsNoCallsToWhatTheReaderLinked) {
  Document doc = read("A call[^1] and a bracket [3] in the text.\n\n[^1]: The note.\n");
  Diagnostics d;
  link_notes(doc, NoteOptions{}, d);
  EXPECT_TRUE(d.empty());
  ASSERT_EQ(doc.blocks.at(0).spans.size(), 1u);
  EXPECT_TRUE(doc.blocks[0].spans[0].is<NoteCall>());
  EXPECT_TRUE(doc.notes.at(0).called);
}

// ---- Markup Editio does not read: kept as text, with a warning -------------

TEST(MarkdownReader, RawHtmlIsKeptAsWrittenWithOneWarningPerBlock) {
  Diagnostics d;
  Document doc = read("<div class=\"x\">\nA block.\n</div>\n\nSome <b>bold</b> <i>words</i>.\n", d);
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].text, "<div class=\"x\"> A block. </div>");
  EXPECT_EQ(doc.blocks[1].text, "Some <b>bold</b> <i>words</i>.");
  EXPECT_EQ(spanned<Highlight>(doc.blocks[1]), (std::vector<std::string>{"<b>", "</b>", "<i>", "</i>"}));
  ASSERT_EQ(d.warnings(), 2u);
  EXPECT_TRUE(says(d, Severity::Warning, 1, 1, "raw HTML is kept as text; write it as Markdown"));
  EXPECT_TRUE(says(d, Severity::Warning, 5, 6, "raw HTML is kept as text; write it as Markdown"));
}

TEST(MarkdownReader, ShortcodesAreKeptAsWrittenAsCodeWithAWarning) {
  Diagnostics d;
  Document doc = read("Look: {{< figure src=\"Bee_Ann.jpg\" >}} and {% include note.html %}.\n\n"
                      "In code `{{< x >}}` it is no shortcode.\n",
                      d);
  const Block& b = doc.blocks.at(0);
  EXPECT_EQ(b.text, "Look: {{< figure src=\"Bee_Ann.jpg\" >}} and {% include note.html %}.");
  EXPECT_EQ(spanned<Highlight>(b),
            (std::vector<std::string>{"{{< figure src=\"Bee_Ann.jpg\" >}}", "{% include note.html %}"}));
  ASSERT_EQ(d.warnings(), 2u);
  EXPECT_TRUE(says(d, Severity::Warning, 1, 7, "shortcode {{< figure src=\"Bee_Ann.jpg\" >}} is kept as text"));
  EXPECT_TRUE(says(d, Severity::Warning, 1, 44, "shortcode {% include note.html %} is kept as text"));
}

// ---- Issue 23, item 2: no annotation inside code, a URL, a path, the front matter

TEST(MarkdownReader, NoDateIsTaggedInCodeABareUrlAnImagePathOrTheFrontMatter) {
  Document doc = read("---\ndate: 5 March 1937\n---\n"
                      "Written on 5 March 1937, not `5 March 1937`, see https://example.org/1937/03/05/ and "
                      "![a view](img/1937-03-05.jpg).\n");
  Diagnostics d;
  annotate_dates(doc, {}, d);
  ASSERT_EQ(doc.blocks.size(), 1u);
  const Block& b = doc.blocks[0];
  EXPECT_EQ(b.text, "Written on 5 March 1937, not 5 March 1937, see https://example.org/1937/03/05/ and a view.");
  EXPECT_EQ(spanned<DateMention>(b), (std::vector<std::string>{"5 March 1937"}));
  for (const auto& s : b.spans)
    if (s.is<DateMention>()) {
      EXPECT_EQ(s.begin, b.text.find("5 March"));
    }
  EXPECT_EQ(doc.metadata.date, "5 March 1937");
}

TEST(MarkdownReader, NoPersonIsTaggedInCodeABareUrlAShortcodeOrAnImagePath) {
  Diagnostics d;
  auto persons = parse_personography("persons.xml", R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
<publicationStmt><p>t</p></publicationStmt><sourceDesc><p>t</p></sourceDesc></fileDesc></teiHeader>
<text><body><listPerson><person xml:id="petrova-a" sex="F">
<persName type="reg" xml:lang="en"><forename>Anna</forename> <surname>Petrova</surname></persName>
</person></listPerson></body></text></TEI>)", d);
  ASSERT_TRUE(persons);
  Document doc = read("Anna Petrova wrote `Anna Petrova`, https://example.org/Anna_Petrova and "
                      "![a view](img/Anna_Petrova.jpg) {{< figure src=\"Petrova_Anna.jpg\" >}}\n\n"
                      "![Anna Petrova in 1937](photos/Petrova_Anna.jpg)\n",
                      d);
  PersonMatcher(*persons).annotate(doc, {"ed"}, d);
  ASSERT_EQ(doc.blocks.size(), 2u);
  // The running text's name and the figure's caption; nothing in code, the URL, the shortcode or a path.
  EXPECT_EQ(spanned<PersonMention>(doc.blocks[0]), (std::vector<std::string>{"Anna Petrova"}));
  EXPECT_EQ(doc.blocks[0].text.find("Anna Petrova"), 0u);
  for (const auto& s : doc.blocks[0].spans)
    if (s.is<PersonMention>()) {
      EXPECT_EQ(s.begin, 0u);
    }
  EXPECT_EQ(spanned<PersonMention>(doc.blocks[1]), (std::vector<std::string>{"Anna Petrova"}));
  EXPECT_EQ(doc.blocks[1].url, "photos/Petrova_Anna.jpg");
}
