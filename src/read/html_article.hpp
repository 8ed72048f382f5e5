#pragma once
// Which parts of an HTML page (libxml2's tree, from read/html) are the
// article's text: the article element, the page's chrome to leave out
// (navigation, page header and footer, sidebars, forms, scripts), and the
// footnotes in their common shapes: the calls and the note bodies they point to.
#include <libxml/tree.h>

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace editio::html {

// Small helpers over libxml2's tree. Element names from the HTML parser are lower case.
bool is(const xmlNode* n, const char* name);           // an element of that name
bool is_heading(const xmlNode* n);                       // h1 .. h6
std::string attr(const xmlNode* n, const char* name);  // the attribute's value, "" when absent
bool has_token(const xmlNode* n, const char* name, std::string_view token);  // a word of a class/role-like attribute
std::string text_of(const xmlNode* n);                   // its text, scripts and styles left out

// An element that is never part of the running text, by kind (None: it may be).
// A header inside an <article> is the article's own (its title, byline): text.
enum class Chrome { None, Navigation, Header, Footer, Sidebar, Form, Script, Style, Embedded, Hidden };
Chrome chrome_kind(const xmlNode* n);

// Whether a page header (one left out, outside any <article>) holds an <h1>.
bool header_has_h1(const xmlNode* root);

// The element holding the page's article: the first <article>, else <main> or
// role="main", else the element of <body> with the most text in <p> children;
// `body` itself when nothing better is found. Null without a body. The
// elements of `notes` (the footnotes, read apart) are not candidates.
const xmlNode* find_article(const xmlNode* root, const std::set<const xmlNode*>& notes);

// The page's footnotes. A call is an <a href="#id"> marked as one (role
// "doc-noteref", class "footnote-ref", epub:type "noteref", or the only
// content of a <sup>) or pointing to an element shaped as a note (role
// "doc-endnote"/"doc-footnote", an <aside>, an item of a footnotes section:
// class "footnotes"/"references", role "doc-endnotes"). The body of a note is
// the element the call points to, or, when that is an inline anchor, the
// paragraph or item around it.
struct Footnotes {
  std::map<const xmlNode*, const xmlNode*> calls;  // a call (<a>) -> its note body
  std::map<const xmlNode*, const xmlNode*> first_call;  // a note body -> its first call in page order
  std::vector<const xmlNode*> bodies;             // the note bodies, called or not, in page order
  std::set<const xmlNode*> left_out;              // bodies and their sections: not in the running text
  std::vector<const xmlNode*> missing;            // calls marked as such whose target is not in the page
  std::set<std::string> call_ids;                 // ids of the calls and their <sup>: a backlink points there
};
Footnotes find_footnotes(const xmlNode* root);

}  // namespace editio::html
