#include "read/html_article.hpp"

#include <cstring>
#include <functional>

namespace editio::html {
namespace {

const char* name_of(const xmlNode* n) { return reinterpret_cast<const char*>(n->name); }

bool any_of(const xmlNode* n, std::initializer_list<const char*> names) {
  for (const char* name : names)
    if (is(n, name)) return true;
  return false;
}

bool has_ancestor(const xmlNode* n, const char* name) {
  for (const xmlNode* p = n->parent; p; p = p->parent)
    if (is(p, name)) return true;
  return false;
}

// Calls `f` on every element under `n` (n included), in page order; `f`
// returns false to leave an element's descendants out.
void each_element(const xmlNode* n, const std::function<bool(const xmlNode*)>& f) {
  for (; n; n = n->next) {
    if (n->type != XML_ELEMENT_NODE) continue;
    if (f(n)) each_element(n->children, f);
  }
}
void each_element_under(const xmlNode* n, const std::function<bool(const xmlNode*)>& f) {
  each_element(n->children, f);
}

std::string trimmed(std::string s) {
  const auto b = s.find_first_not_of(" \t\n\r");
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(" \t\n\r") - b + 1);
}

}  // namespace

bool is(const xmlNode* n, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && std::strcmp(name_of(n), name) == 0;
}

bool is_heading(const xmlNode* n) {
  return n && n->type == XML_ELEMENT_NODE && n->name[0] == 'h' && n->name[1] >= '1' && n->name[1] <= '6' &&
         n->name[2] == 0;
}

std::string attr(const xmlNode* n, const char* name) {
  if (!n || n->type != XML_ELEMENT_NODE) return "";
  xmlChar* v = xmlGetProp(n, reinterpret_cast<const xmlChar*>(name));
  if (!v) return "";
  std::string out(reinterpret_cast<const char*>(v));
  xmlFree(v);
  return out;
}

bool has_token(const xmlNode* n, const char* name, std::string_view token) {
  const std::string v = attr(n, name);
  std::size_t i = 0;
  while (i < v.size()) {
    while (i < v.size() && std::strchr(" \t\n\r", v[i])) ++i;
    std::size_t e = i;
    while (e < v.size() && !std::strchr(" \t\n\r", v[e])) ++e;
    if (e > i && std::string_view(v).substr(i, e - i) == token) return true;
    i = e;
  }
  return false;
}

std::string text_of(const xmlNode* n) {
  std::string out;
  for (const xmlNode* c = n->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
      if (c->content) out += reinterpret_cast<const char*>(c->content);
    } else if (c->type == XML_ELEMENT_NODE && !any_of(c, {"script", "style", "template"})) {
      out += text_of(c);
    }
  }
  return out;
}

Chrome chrome_kind(const xmlNode* n) {
  if (!n || n->type != XML_ELEMENT_NODE) return Chrome::None;
  if (is(n, "script")) return Chrome::Script;
  if (is(n, "style")) return Chrome::Style;
  if (any_of(n, {"head", "noscript", "template", "dialog", "title", "meta", "link"}) ||
      xmlHasProp(n, reinterpret_cast<const xmlChar*>("hidden")) ||
      attr(n, "aria-hidden") == "true")
    return Chrome::Hidden;
  if (any_of(n, {"nav", "menu"}) || has_token(n, "role", "navigation") || has_token(n, "role", "menu") ||
      has_token(n, "role", "menubar"))
    return Chrome::Navigation;
  if ((is(n, "header") && !has_ancestor(n, "article")) || has_token(n, "role", "banner")) return Chrome::Header;
  if (is(n, "footer") || has_token(n, "role", "contentinfo")) return Chrome::Footer;
  if (is(n, "aside") || has_token(n, "role", "complementary")) return Chrome::Sidebar;
  if (any_of(n, {"form", "button", "select", "input", "textarea", "label"}) || has_token(n, "role", "search"))
    return Chrome::Form;
  if (any_of(n, {"iframe", "svg", "object", "embed", "canvas", "video", "audio", "map", "math", "frameset"}))
    return Chrome::Embedded;
  return Chrome::None;
}

bool header_has_h1(const xmlNode* root) {
  bool found = false;
  each_element(root, [&](const xmlNode* n) {
    if (chrome_kind(n) == Chrome::Header)
      each_element_under(n, [&](const xmlNode* h) { return !(found = found || is(h, "h1")); });
    return !found;
  });
  return found;
}

const xmlNode* find_article(const xmlNode* root, const std::set<const xmlNode*>& notes) {
  const xmlNode* body = nullptr;
  each_element(root, [&](const xmlNode* n) {
    if (!body && is(n, "body")) body = n;
    return !body;
  });
  if (!body) return nullptr;
  const xmlNode *article = nullptr, *main = nullptr;
  each_element_under(body, [&](const xmlNode* n) {
    if (article || chrome_kind(n) != Chrome::None) return false;
    if (is(n, "article")) article = n;
    if (!main && (is(n, "main") || has_token(n, "role", "main"))) main = n;
    return true;
  });
  if (article) return article;
  if (main) return main;
  // A page without either, as readability tools read it: the article is the
  // element whose own <p> children hold the most text (a text is a run of
  // paragraphs under one parent; a sidebar's or a footer's are shorter),
  // the outermost on a tie, the body when no element has any.
  const xmlNode* best = body;
  std::size_t best_score = 0;
  each_element(body, [&](const xmlNode* n) {
    if (chrome_kind(n) != Chrome::None || notes.count(n)) return false;
    std::size_t score = 0;
    for (const xmlNode* c = n->children; c; c = c->next)
      if (is(c, "p")) score += trimmed(text_of(c)).size();
    if (score > best_score) best = n, best_score = score;
    return true;
  });
  return best;
}

namespace {

// A section holding the notes: marked as such, or (`loose`) named so as the
// reference lists of wikis are, which counts only when a call points into it.
bool is_notes_section(const xmlNode* n, bool loose) {
  if (has_token(n, "role", "doc-endnotes") || has_token(n, "role", "doc-footnotes") ||
      has_token(n, "epub:type", "footnotes") || has_token(n, "epub:type", "endnotes") ||
      has_token(n, "epub:type", "rearnotes") || has_token(n, "class", "footnotes") ||
      has_token(n, "class", "endnotes") || attr(n, "id") == "footnotes" || attr(n, "id") == "endnotes")
    return true;
  return loose && (has_token(n, "class", "references") || has_token(n, "class", "reflist") ||
                   attr(n, "id") == "notes" || has_token(n, "class", "notes"));
}

const xmlNode* notes_section_of(const xmlNode* n, bool loose) {
  for (const xmlNode* p = n->parent; p; p = p->parent)
    if (is_notes_section(p, loose)) return p;
  return nullptr;
}

// An element marked as one note.
bool is_marked_note(const xmlNode* n) {
  return has_token(n, "role", "doc-endnote") || has_token(n, "role", "doc-footnote") ||
         has_token(n, "epub:type", "footnote") || has_token(n, "epub:type", "endnote") ||
         has_token(n, "epub:type", "rearnote") || has_token(n, "class", "footnote");
}

bool is_note_shaped(const xmlNode* n) {
  return is_marked_note(n) || is(n, "aside") || notes_section_of(n, true) != nullptr;
}

// An <a> marked as a note's call.
bool is_marked_call(const xmlNode* a) {
  return has_token(a, "role", "doc-noteref") || has_token(a, "class", "footnote-ref") ||
         has_token(a, "class", "footnote-reference") || has_token(a, "class", "noteref") ||
         has_token(a, "epub:type", "noteref");
}

// The <a> is all a <sup> holds (a superscript number that links somewhere).
bool alone_in_sup(const xmlNode* a) {
  const xmlNode* sup = a->parent;
  if (is(sup, "a") && sup->parent && is(sup->parent, "sup")) sup = sup->parent;  // <sup><a><a>: rare
  if (!is(sup, "sup")) return false;
  return trimmed(text_of(sup)) == trimmed(text_of(a));
}

// The note body an id names: the element, or the paragraph, item or box
// around an inline anchor (<p><a id="fn1">1</a> text</p>).
const xmlNode* body_of(const xmlNode* target) {
  for (const xmlNode* n = target; n && n->type == XML_ELEMENT_NODE; n = n->parent)
    if (any_of(n, {"li", "p", "div", "aside", "section", "dd", "td", "footer"}) || is_marked_note(n)) return n;
  return target;
}

bool contains(const xmlNode* outer, const xmlNode* n) {
  for (; n; n = n->parent)
    if (n == outer) return true;
  return false;
}

std::map<std::string, const xmlNode*> ids_of(const xmlNode* root) {
  std::map<std::string, const xmlNode*> ids;
  each_element(root, [&](const xmlNode* n) {
    const std::string id = attr(n, "id");
    if (!id.empty()) ids.emplace(id, n);
    if (is(n, "a") && !attr(n, "name").empty()) ids.emplace(attr(n, "name"), n);
    return true;
  });
  return ids;
}

// Whether the <a> is a call; its body (or null: the target is missing) in `body`.
bool find_call(const xmlNode* a, const std::map<std::string, const xmlNode*>& ids, const xmlNode*& body) {
  const std::string href = attr(a, "href");
  if (href.size() < 2 || href[0] != '#') return false;
  const bool marked = is_marked_call(a), in_sup = alone_in_sup(a);
  auto it = ids.find(href.substr(1));
  if (it == ids.end()) {
    body = nullptr;
    return marked || (in_sup && trimmed(text_of(a)).size() <= 6);
  }
  body = body_of(it->second);
  if (contains(body, a) || is(body, "body") || is(body, "article") || is(body, "main")) return false;
  return marked || is_note_shaped(body) || (in_sup && any_of(body, {"li", "p", "div", "aside", "dd"}));
}

}  // namespace

Footnotes find_footnotes(const xmlNode* root) {
  Footnotes fn;
  const auto ids = ids_of(root);
  std::set<const xmlNode*> bodies, sections;
  each_element(root, [&](const xmlNode* n) {
    const xmlNode* body = nullptr;
    if (!is(n, "a") || !find_call(n, ids, body)) return true;
    if (!body) {
      fn.missing.push_back(n);
      return false;
    }
    fn.calls[n] = body;
    fn.first_call.emplace(body, n);
    bodies.insert(body);
    if (const xmlNode* s = notes_section_of(body, true)) sections.insert(s);
    for (const xmlNode* c : {n, static_cast<const xmlNode*>(n->parent)})
      if (!attr(c, "id").empty()) fn.call_ids.insert(attr(c, "id"));
    return false;
  });
  // Notes never called: marked ones, and the items of a notes section.
  each_element(root, [&](const xmlNode* n) {
    if (is_notes_section(n, false)) sections.insert(n);
    if (is_marked_note(n) && !is(n, "sup") && !is(n, "a")) bodies.insert(n);
    return true;
  });
  for (const xmlNode* s : sections) {
    bool listed = false;
    each_element_under(s, [&](const xmlNode* n) {
      if (is(n, "li")) bodies.insert(n), listed = true;
      return !is(n, "li");
    });
    if (!listed)
      each_element_under(s, [&](const xmlNode* n) {
        if (any_of(n, {"p", "div", "aside"}) && !attr(n, "id").empty()) bodies.insert(n);
        return !bodies.count(n);
      });
  }
  each_element(root, [&](const xmlNode* n) {
    if (bodies.count(n)) fn.bodies.push_back(n);
    return !bodies.count(n);  // a note inside a note is part of it
  });
  fn.left_out.insert(fn.bodies.begin(), fn.bodies.end());
  fn.left_out.insert(sections.begin(), sections.end());
  return fn;
}

}  // namespace editio::html
