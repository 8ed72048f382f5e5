// The HTML reader (read/html): a web page -> the article's blocks, spans,
// notes and metadata; the site around the article left out.
#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "annotate/dates.hpp"
#include "read/html.hpp"
#include "test_files.hpp"

using namespace editio;

namespace {

SourceText lines_of(const std::string& html, const std::string& path = "page.html") {
  SourceText src;
  src.path = path;
  std::istringstream in(html);
  for (std::string line; std::getline(in, line);) src.lines.push_back(line);
  return src;
}

struct Read {
  Document doc;
  Diagnostics diags;
};

Read read(const std::string& html) {
  Read r;
  r.doc.id = "page";
  r.doc.lang = "en";
  read_html(lines_of(html), r.doc, r.diags);
  return r;
}

std::vector<std::string> texts(const std::vector<Block>& blocks) {
  std::vector<std::string> out;
  for (const auto& b : blocks) out.push_back(b.text);
  return out;
}

// The spans of a kind in a block, as "text" (the spanned words).
template <class Kind>
std::vector<std::string> spanned(const Block& b) {
  std::vector<std::string> out;
  for (const auto& s : b.spans)
    if (s.is<Kind>()) out.push_back(b.text.substr(s.begin, s.end - s.begin));
  return out;
}

std::string rend_at(const Block& b, const std::string& words) {
  for (const auto& s : b.spans)
    if (const auto* h = s.as<Highlight>(); h && b.text.substr(s.begin, s.end - s.begin) == words) return h->rend;
  return "";
}

// Offsets of the note calls in a block, with the note each calls.
std::vector<std::pair<std::size_t, std::size_t>> calls(const Block& b) {
  std::vector<std::pair<std::size_t, std::size_t>> out;
  for (const auto& s : b.spans)
    if (const auto* c = s.as<NoteCall>()) out.push_back({s.begin, c->note});
  return out;
}

bool mentions(const Diagnostics& d, const std::string& words) {
  for (const auto& i : d.items())
    if (i.message.find(words) != std::string::npos) return true;
  return false;
}

// A page as pandoc writes an article into a site's template: the site's
// navigation, header, footer, scripts and styles around it.
const char* kPage = R"(<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>On Bridges | The River Society</title>
<meta name="author" content="Ann Smith">
<meta property="article:published_time" content="1931-05-03">
<style>body { font-family: serif; }</style>
<script>var tracker = "3 May 1931";</script>
</head>
<body>
<nav><a href="/">Home</a> | <a href="/about">About</a></nav>
<header class="site"><p>The River Society</p></header>
<article>
<header><h1>On Bridges</h1></header>
<h2>The flood</h2>
<p>The river <em>was</em> high on <strong>3 May</strong>, as the report<a href="#fn1" class="footnote-ref" id="fnref1" role="doc-noteref"><sup>1</sup></a> says.</p>
<p>See <a href="https://archive.example.org/">the archive</a>.</p>
<h3>Its causes</h3>
<ul>
<li>rain</li>
<li>snow<a href="#fn2" class="footnote-ref" id="fnref2" role="doc-noteref"><sup>2</sup></a></li>
</ul>
<blockquote><p>The water rose.</p></blockquote>
<table>
<tr><th>Day</th><th>Level</th></tr>
<tr><td>3 May</td><td>4 m</td></tr>
</table>
<script>document.write("ad");</script>
</article>
<section class="footnotes" role="doc-endnotes">
<hr>
<ol>
<li id="fn1" role="doc-endnote"><p>The engineer's report.<a href="#fnref1" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
<li id="fn2" role="doc-endnote"><p>In the hills.<a href="#fnref2" class="footnote-back" role="doc-backlink">↩︎</a></p></li>
</ol>
</section>
<footer><p>© The River Society</p></footer>
</body>
</html>
)";

}  // namespace

TEST(HtmlReader, ReadsTheArticleNotTheSiteAroundIt) {
  Read r = read(kPage);
  EXPECT_EQ(r.diags.errors(), 0u);
  EXPECT_EQ(r.doc.format, "html");
  EXPECT_TRUE(r.doc.notes_linked);
  EXPECT_EQ(texts(r.doc.blocks),
            (std::vector<std::string>{"On Bridges", "The flood", "The river was high on 3 May, as the report says.",
                                      "See the archive.", "Its causes", "rain", "snow", "The water rose.", "Day",
                                      "Level", "3 May", "4 m"}));
  const auto& b = r.doc.blocks;
  EXPECT_EQ(b[0].kind, BlockKind::Title);
  EXPECT_EQ(b[1].kind, BlockKind::Heading);
  EXPECT_EQ(b[1].level, 1);  // h2 and h3: the shallowest heading is level 1
  EXPECT_EQ(b[4].level, 2);
  EXPECT_EQ(b[5].kind, BlockKind::ListItem);
  EXPECT_EQ(b[5].label, "•");
  EXPECT_EQ(b[7].kind, BlockKind::Quote);
  EXPECT_EQ(b[8].kind, BlockKind::TableCell);
  EXPECT_TRUE(b[8].table_start && b[8].row_start && b[8].header_cell);
  EXPECT_TRUE(b[10].row_start && !b[10].header_cell && !b[10].table_start);
  EXPECT_EQ(b[11].kind, BlockKind::TableCell);
  EXPECT_FALSE(b[11].row_start);
  EXPECT_EQ(r.doc.left_out, (std::vector<std::string>{"the page's navigation, header and footer", "1 script"}));
}

TEST(HtmlReader, EmphasisAndLinksBecomeSpans) {
  Read r = read(kPage);
  const Block& p = r.doc.blocks[2];
  EXPECT_EQ(rend_at(p, "was"), "italic");
  EXPECT_EQ(rend_at(p, "3 May"), "bold");
  const Block& see = r.doc.blocks[3];
  ASSERT_EQ(see.spans.size(), 1u);
  const auto* link = see.spans[0].as<Link>();
  ASSERT_NE(link, nullptr);
  EXPECT_EQ(link->target, "https://archive.example.org/");
  EXPECT_FALSE(link->literal);
  EXPECT_EQ(spanned<Link>(see), std::vector<std::string>{"the archive"});
}

TEST(HtmlReader, FootnotesAreCalledWhereTheirCallsStand) {
  Read r = read(kPage);
  ASSERT_EQ(r.doc.notes.size(), 2u);
  EXPECT_EQ(r.doc.notes[0].n, "1");
  EXPECT_EQ(texts(r.doc.notes[0].blocks), std::vector<std::string>{"The engineer's report."});  // no "↩"
  EXPECT_EQ(texts(r.doc.notes[1].blocks), std::vector<std::string>{"In the hills."});
  EXPECT_TRUE(r.doc.notes[0].called && r.doc.notes[1].called);
  const std::string& text = r.doc.blocks[2].text;
  EXPECT_EQ(calls(r.doc.blocks[2]), (std::vector<std::pair<std::size_t, std::size_t>>{{text.find(" says"), 0}}));
  EXPECT_EQ(calls(r.doc.blocks[6]), (std::vector<std::pair<std::size_t, std::size_t>>{{4, 1}}));
  EXPECT_EQ(r.doc.notes[0].pos.line, 34u);
  EXPECT_EQ(r.diags.warnings(), 0u);
}

TEST(HtmlReader, PositionsAreTheSourceLineAndColumn) {
  Read r = read(kPage);
  const Block& p = r.doc.blocks[2];  // line 17: <p>The river <em>was</em> ...
  EXPECT_EQ(p.position().line, 17u);
  EXPECT_EQ(p.position().column, 4u);
  const SourcePos was = p.position_of(p.text.find("was"));
  EXPECT_EQ(was.line, 17u);
  EXPECT_EQ(was.column, 18u);
  EXPECT_EQ(r.doc.blocks[0].position().line, 15u);
  EXPECT_EQ(r.doc.blocks[0].position().column, 13u);
}

TEST(HtmlReader, MetadataComesFromTheHead) {
  Read r = read(kPage);
  EXPECT_EQ(r.doc.metadata.title, "On Bridges");  // without " | The River Society"
  EXPECT_EQ(r.doc.metadata.authors, std::vector<std::string>{"Ann Smith"});
  EXPECT_EQ(r.doc.metadata.date, "1931-05-03");
  EXPECT_EQ(r.doc.metadata.lang, "en");
  EXPECT_EQ(r.doc.metadata.pos.line, 5u);
}

TEST(HtmlReader, ScriptsAndStylesNeverReachTheText) {
  Read r = read(kPage);
  for (const auto& b : r.doc.blocks) {
    EXPECT_EQ(b.text.find("tracker"), std::string::npos);
    EXPECT_EQ(b.text.find("document.write"), std::string::npos);
    EXPECT_EQ(b.text.find("font-family"), std::string::npos);
  }
}

// ---- The title ------------------------------------------------------------

TEST(HtmlReader, TheTitleIsThePartOfTheTitleTheH1Repeats) {
  Read r = read("<html><head><title>Home — Letters of 1931 — Archive</title></head><body><main>"
                "<p>Intro.</p><h1>Letters of 1931</h1><p>Text.</p></main></body></html>");
  EXPECT_EQ(r.doc.metadata.title, "Letters of 1931");
  EXPECT_EQ(r.doc.blocks[1].kind, BlockKind::Title);  // it repeats the title, though it is not first
}

TEST(HtmlReader, WithoutAnH1TheLongestPartOfTheTitleIsKept) {
  Read r = read("<html><head><title>Blog | A letter from the front</title></head>"
                "<body><p>Text of the letter.</p></body></html>");
  EXPECT_EQ(r.doc.metadata.title, "A letter from the front");
}

TEST(HtmlReader, WithoutATitleTheH1IsTheTitle) {
  Read r = read("<body><article><h1>Diary</h1><h2>Monday</h2><p>Rain.</p></article></body>");
  EXPECT_EQ(r.doc.metadata.title, "Diary");
  EXPECT_EQ(r.doc.blocks[0].kind, BlockKind::Title);
  EXPECT_EQ(r.doc.blocks[1].kind, BlockKind::Heading);
  EXPECT_EQ(r.doc.blocks[1].level, 1);
}

TEST(HtmlReader, PandocsTitleBlockIsMetadataAndItsH1sAreHeadings) {
  Read r = read("<html><head><title>On Bridges</title><meta name=\"author\" content=\"Ann Smith\">"
                "<meta name=\"dcterms.date\" content=\"1931-05-03\"></head><body>\n"
                "<header id=\"title-block-header\"><h1 class=\"title\">On Bridges</h1>"
                "<p class=\"subtitle\">A study</p></header>\n"
                "<h1>First part</h1><p>Text.</p></body></html>");
  EXPECT_EQ(r.doc.metadata.title, "On Bridges");
  EXPECT_EQ(r.doc.metadata.subtitle, "A study");
  EXPECT_EQ(r.doc.metadata.date, "1931-05-03");
  EXPECT_EQ(texts(r.doc.blocks), (std::vector<std::string>{"First part", "Text."}));
  EXPECT_EQ(r.doc.blocks[0].kind, BlockKind::Heading);
}

// ---- Footnotes in their common shapes ---------------------------------------

TEST(HtmlReader, WikipediaLikeReferences) {
  Read r = read(R"(<body><div id="content"><p>A fact.<sup id="cite_ref-1" class="reference"><a href="#cite_note-1">[1]</a></sup> More.</p>
<h2>References</h2><div class="reflist"><ol class="references">
<li id="cite_note-1"><span class="mw-cite-backlink"><b><a href="#cite_ref-1">^</a></b></span> <span class="reference-text">Smith, 1931.</span></li>
</ol></div></div></body>)");
  ASSERT_EQ(r.doc.notes.size(), 1u);
  EXPECT_EQ(r.doc.notes[0].n, "1");  // "[1]" shows the number 1
  EXPECT_EQ(texts(r.doc.notes[0].blocks), std::vector<std::string>{"Smith, 1931."});
  EXPECT_EQ(r.doc.blocks[0].text, "A fact. More.");
  EXPECT_EQ(calls(r.doc.blocks[0]), (std::vector<std::pair<std::size_t, std::size_t>>{{7, 0}}));
}

TEST(HtmlReader, AsideNotesWithDocNoterefCalls) {
  Read r = read(R"(<body><article><p>Text<a role="doc-noteref" href="#n-a">a</a>.</p>
<aside id="n-a" role="doc-footnote"><p>An aside note.</p></aside></article></body>)");
  ASSERT_EQ(r.doc.notes.size(), 1u);
  EXPECT_EQ(r.doc.notes[0].n, "1");  // "a" is no number: the note's order
  EXPECT_EQ(texts(r.doc.blocks), std::vector<std::string>{"Text."});  // the aside is not running text
  EXPECT_EQ(calls(r.doc.blocks[0]), (std::vector<std::pair<std::size_t, std::size_t>>{{4, 0}}));
}

TEST(HtmlReader, EpubNoterefsAndSupCallsToDivsAndParagraphs) {
  Read r = read(R"(<body><p>One<a epub:type="noteref" href="#d1">1</a> two<sup><a href="#p2">2</a></sup>.</p>
<div class="notes"><div id="d1">First.</div><p id="p2">Second.</p></div></body>)");
  ASSERT_EQ(r.doc.notes.size(), 2u);
  EXPECT_EQ(texts(r.doc.notes[0].blocks), std::vector<std::string>{"First."});
  EXPECT_EQ(texts(r.doc.notes[1].blocks), std::vector<std::string>{"Second."});
  EXPECT_EQ(r.doc.blocks[0].text, "One two.");
  EXPECT_EQ(calls(r.doc.blocks[0]), (std::vector<std::pair<std::size_t, std::size_t>>{{3, 0}, {7, 1}}));
}

TEST(HtmlReader, ACallWhoseNoteIsMissingStaysTextWithAWarning) {
  Read r = read(R"(<body><p>Text<a class="footnote-ref" href="#fn9">9</a>.</p></body>)");
  EXPECT_EQ(r.doc.blocks[0].text, "Text9.");
  EXPECT_TRUE(r.doc.notes.empty());
  EXPECT_TRUE(mentions(r.diags, "points to #fn9, which is not in the page"));
}

TEST(HtmlReader, ANoteNeverCalledIsKeptAsAnEndNoteWithAWarning) {
  Read r = read(R"(<body><p>Text.</p><section role="doc-endnotes"><ol><li id="fn1"><p>Lonely.</p></li></ol></section></body>)");
  ASSERT_EQ(r.doc.notes.size(), 1u);
  EXPECT_FALSE(r.doc.notes[0].called);
  EXPECT_TRUE(mentions(r.diags, "note 1 is not called from the text"));
  EXPECT_EQ(texts(r.doc.blocks), std::vector<std::string>{"Text."});
}

TEST(HtmlReader, ANoteCalledTwiceIsWrittenOnceAndReferredToAfter) {
  Read r = read(R"(<body><p>A<a role="doc-noteref" href="#fn1">1</a> and B<a role="doc-noteref" href="#fn1">1</a>.</p>
<ol class="footnotes"><li id="fn1">Note.</li></ol></body>)");
  ASSERT_EQ(r.doc.notes.size(), 1u);
  const Block& b = r.doc.blocks[0];
  EXPECT_EQ(b.text, "A and B1.");
  EXPECT_EQ(calls(b).size(), 1u);
  ASSERT_EQ(spanned<NoteReference>(b), std::vector<std::string>{"1"});
  EXPECT_EQ(b.spans.back().as<NoteReference>()->note_id, "page-n1");
}

// ---- Blocks and inlines -----------------------------------------------------

TEST(HtmlReader, OrderedListsKeepTheirNumbers) {
  Read r = read("<body><ol start=\"3\"><li>c</li><li>d<ul><li>inner</li></ul></li></ol></body>");
  ASSERT_EQ(r.doc.blocks.size(), 3u);
  EXPECT_EQ(r.doc.blocks[0].label, "3.");
  EXPECT_EQ(r.doc.blocks[1].label, "4.");
  EXPECT_EQ(r.doc.blocks[2].label, "•");
  EXPECT_EQ(r.doc.blocks[2].text, "inner");
}

TEST(HtmlReader, CodeFiguresAndOtherInlines) {
  Read r = read(R"(<body><article><pre><code>x = 1
y = 2</code></pre>
<p>H<sub>2</sub>O, x<sup>2</sup>, <u>u</u>, <del>gone</del>, <kbd>Ctrl</kbd>, <abbr title="t">abbr</abbr>, a<br>b</p>
<figure><img src="bridge.jpg" alt="A bridge"><figcaption>The <em>old</em> bridge</figcaption></figure>
<p><img src="river.png" alt="The river"></p>
<dl><dt>Term</dt><dd>Definition</dd></dl><hr></article></body>)");
  const auto& b = r.doc.blocks;
  ASSERT_EQ(b.size(), 6u);
  EXPECT_EQ(b[0].text, "x = 1 y = 2");
  EXPECT_EQ(rend_at(b[0], "x = 1 y = 2"), "code");
  EXPECT_EQ(b[0].spans.size(), 1u);  // <code> inside <pre>: one code span
  EXPECT_EQ(b[1].text, "H2O, x2, u, gone, Ctrl, abbr, a b");
  EXPECT_EQ(rend_at(b[1], "2"), "subscript");
  EXPECT_EQ(rend_at(b[1], "u"), "underline");
  EXPECT_EQ(rend_at(b[1], "gone"), "strikethrough");
  EXPECT_EQ(rend_at(b[1], "Ctrl"), "code");
  EXPECT_EQ(b[2].kind, BlockKind::Figure);
  EXPECT_EQ(b[2].url, "bridge.jpg");
  EXPECT_EQ(b[2].text, "The old bridge");
  EXPECT_EQ(rend_at(b[2], "old"), "italic");
  EXPECT_EQ(b[3].kind, BlockKind::Figure);
  EXPECT_EQ(b[3].text, "The river");
  EXPECT_EQ(texts({b[4], b[5]}), (std::vector<std::string>{"Term", "Definition"}));
}

TEST(HtmlReader, ALinkThatShowsItsAddressIsLiteral) {
  Read r = read(R"(<body><p>At <a href="https://example.org/x/">example.org/x</a>.</p></body>)");
  ASSERT_EQ(r.doc.blocks[0].spans.size(), 1u);
  EXPECT_TRUE(r.doc.blocks[0].spans[0].as<Link>()->literal);
}

// ---- Item 2: no date tagged inside code or a URL ------------------------------

TEST(HtmlReader, DatesAreTaggedInTheTextButNotInCodeOrAnAddress) {
  Read r = read(R"(<body><p>Written on 3 May 1931; the file <code>1931-05-04.txt</code> and <a href="https://example.org/1931-05-05">https://example.org/1931-05-05</a>.</p></body>)");
  annotate_dates(r.doc, {}, r.diags);
  const Block& b = r.doc.blocks[0];
  std::vector<std::string> dates = spanned<DateMention>(b);
  EXPECT_EQ(dates, std::vector<std::string>{"3 May 1931"});
}

// ---- Bad pages ----------------------------------------------------------------

TEST(HtmlReader, APageWithoutAnArticleElementGivesTheRunOfParagraphs) {
  Read r = read(R"(<body><div class="menu"><a href="/">Home</a></div>
<div class="sidebar"><p>Subscribe.</p></div>
<div class="post"><p>First paragraph of the post.</p><p>Second paragraph of the post.</p></div>
<div class="copyright">All rights reserved.</div></body>)");
  EXPECT_EQ(texts(r.doc.blocks),
            (std::vector<std::string>{"First paragraph of the post.", "Second paragraph of the post."}));
}

TEST(HtmlReader, APageOfScriptsOnlyIsAnError) {
  Read r = read("<html><head><title>App</title><script>render()</script></head>"
                "<body><div id=\"root\"></div><script src=\"app.js\"></script></body></html>");
  EXPECT_TRUE(r.doc.blocks.empty());
  ASSERT_EQ(r.diags.errors(), 1u);
  EXPECT_EQ(r.diags.items().back().format(),
            "page.html: error: no text found in page.html (is it a page that needs JavaScript? Save it from a "
            "browser once it has loaded, or copy its text)");
}

TEST(HtmlReader, MalformedHtmlGivesSensibleBlocks) {
  Read r = read("<body><p>One <b>bold\n<p>Two <i>it\n<ul><li>a<li>b</ul><table><tr><td>x<td>y</table></div></span>");
  EXPECT_EQ(texts(r.doc.blocks), (std::vector<std::string>{"One bold", "Two it", "a", "b", "x", "y"}));
  EXPECT_EQ(r.diags.errors(), 0u);
}

TEST(HtmlReader, NotHtmlAtAll) {
  Read r = read("");
  EXPECT_TRUE(r.doc.blocks.empty());
  EXPECT_EQ(r.diags.errors(), 1u);
}

// A saved page of the shape of a real one (tests/data/html/README.md says where it comes from).
TEST(HtmlReader, ARealWorldShapedPage) {
  const std::string path = std::string(EDITIO_TEST_DATA) + "/html/letter-page.html";
  Diagnostics diags;
  auto src = read_source_file(path, diags);
  ASSERT_TRUE(src);
  Document doc;
  doc.id = "letter";
  read_html(*src, doc, diags);
  EXPECT_EQ(diags.errors(), 0u);
  EXPECT_EQ(diags.warnings(), 0u);
  ASSERT_FALSE(doc.blocks.empty());
  EXPECT_EQ(doc.blocks.front().kind, BlockKind::Title);
  EXPECT_EQ(doc.metadata.title, doc.blocks.front().text);
  EXPECT_EQ(doc.notes.size(), 3u);
  for (const auto& note : doc.notes) EXPECT_TRUE(note.called);
  for (const auto& b : doc.blocks) {
    EXPECT_EQ(b.text.find("Subscribe"), std::string::npos) << b.text;
    EXPECT_EQ(b.text.find("gtag"), std::string::npos) << b.text;
    EXPECT_EQ(b.text.find("↩"), std::string::npos) << b.text;
  }
}

TEST(HtmlReader, ThePagesDeclaredCharsetDoesNotDecodeTheTextAgain) {
  // read/source decoded the file already: the text is UTF-8 whatever <meta> says.
  Read r = read("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">"
                "</head><body><p>Привет, мир</p></body></html>");
  ASSERT_EQ(r.doc.blocks.size(), 1u);
  EXPECT_EQ(r.doc.blocks[0].text, "Привет, мир");
}

TEST(HtmlReader, LinesPast65535KeepTheirNumbers) {
  std::string page = "<html><body>\n";
  for (int i = 0; i < 70000; ++i) page += "<p>a</p>\n";
  page += "<p>last</p></body></html>\n";
  Read r = read(page);
  EXPECT_EQ(r.doc.blocks.back().position().line, 70002u);
  EXPECT_EQ(r.doc.blocks.back().position().column, 4u);
}
