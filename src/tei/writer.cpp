#include "tei/writer.hpp"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <initializer_list>
#include <map>
#include <set>
#include <variant>
#include <unordered_map>

#include "tei/serialize.hpp"
#include "util/utf8.hpp"

namespace editio {

const std::string* element_resp(const Span& s) {
  if (const DateMention* d = s.as<DateMention>()) return &d->resp;
  if (const Gap* g = s.as<Gap>()) return &g->resp;
  if (const InlineNote* n = s.as<InlineNote>()) return &n->resp;
  return nullptr;
}

namespace {

void set_attributes(pugi::xml_node el, std::initializer_list<std::pair<const char*, std::string>> attributes) {
  for (const auto& [k, v] : attributes)
    if (!v.empty()) el.append_attribute(k).set_value(v.c_str());
}

std::string pointer(const std::string& id) { return id.empty() ? id : "#" + id; }

// An address as written in the source, made a valid URI reference (@target,
// @url are anyURI): spaces, controls, the characters RFC 3986 never allows
// (" < > \ ^ ` { | }) and a '%' that starts no escape are percent-encoded;
// letters of other scripts stay (an IRI), as do the reserved characters.
std::string as_uri(const std::string& address) {
  static const char kHex[] = "0123456789ABCDEF";
  auto hex = [](char c) { return std::isxdigit(static_cast<unsigned char>(c)) != 0; };
  std::string out;
  for (std::size_t i = 0; i < address.size(); ++i) {
    const auto c = static_cast<unsigned char>(address[i]);
    const bool stray_percent = c == '%' && !(i + 2 < address.size() && hex(address[i + 1]) && hex(address[i + 2]));
    if (c <= 0x20 || c == 0x7F || std::strchr("\"<>\\^`{|}", c) || stray_percent) {
      out += '%';
      out += kHex[c >> 4];
      out += kHex[c & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

std::map<std::string, std::string> date_attributes(const DateMention& d) {
  std::map<std::string, std::string> out;
  for (const DateField& f : kDateFields)
    if (!(d.value.*f.field).empty()) out[f.name] = d.value.*f.field;
  if (d.value.julian) out["calendar"] = out["datingMethod"] = "#julian";
  if (!d.value.cert.empty()) out["cert"] = d.value.cert;
  if (!d.resp.empty()) out["resp"] = pointer(d.resp);
  return out;
}

namespace {

// The element of a span (not a note call or a correction, which the writer
// replaces), appended to `parent` with its attributes (in the order of their
// names, as TEI output has always had them) and any child before the text.
struct ElementOf {
  mutable pugi::xml_node parent;
  pugi::xml_node operator()(const NoteReference& r) const {
    pugi::xml_node el = parent.append_child("ref");
    set_attributes(el, {{"target", pointer(r.note_id)}, {"type", "noteAnchor"}});
    return el;
  }
  pugi::xml_node operator()(const PersonMention& n) const {
    pugi::xml_node el = parent.append_child("persName");
    set_attributes(el, {{"ref", pointer(n.person)}});
    return el;
  }
  pugi::xml_node operator()(const DateMention& d) const {
    pugi::xml_node el = parent.append_child("date");
    for (const auto& [k, v] : date_attributes(d)) el.append_attribute(k.c_str()).set_value(v.c_str());
    return el;
  }
  pugi::xml_node operator()(const Gap& g) const {
    pugi::xml_node el = parent.append_child("gap");
    el.append_attribute("reason").set_value(g.reason.c_str());
    set_attributes(el, {{"resp", pointer(g.resp)}});
    if (!g.desc.empty()) el.append_child("desc").append_child(pugi::node_pcdata).set_value(g.desc.c_str());
    return el;
  }
  pugi::xml_node operator()(const PlaceName& n) const {
    pugi::xml_node el = parent.append_child("placeName");
    set_attributes(el, {{"ref", pointer(n.place)}});
    return el;
  }
  pugi::xml_node operator()(const OrgName& n) const {
    pugi::xml_node el = parent.append_child("orgName");
    set_attributes(el, {{"ref", pointer(n.org)}});
    return el;
  }
  pugi::xml_node operator()(const FileNumber&) const { return idno("file"); }
  pugi::xml_node operator()(const ArchivalReference&) const { return idno("shelfmark"); }
  pugi::xml_node operator()(const PublicationReference&) const { return parent.append_child("bibl"); }
  pugi::xml_node operator()(const InlineNote& n) const {
    pugi::xml_node el = parent.append_child("note");
    set_attributes(el, {{"place", "inline"}, {"resp", "#" + n.resp}, {"type", "insertion"}});
    return el;
  }
  pugi::xml_node operator()(const Highlight& h) const {
    pugi::xml_node el = parent.append_child("hi");
    el.append_attribute("rend").set_value(h.rend.c_str());
    return el;
  }
  // A link keeps its words, a literal link (an autolink, a bare URL) its
  // address as the text: <ref target="U">U</ref>, not <ptr target="U"/>,
  // whose text a processor would make up, since the edition transcribes
  // what the source shows. A link without a target is a <ref> alone.
  pugi::xml_node operator()(const Link& l) const {
    pugi::xml_node el = parent.append_child("ref");
    set_attributes(el, {{"target", as_uri(l.target)}});
    return el;
  }
  pugi::xml_node operator()(const NoteCall&) const { return {}; }
  pugi::xml_node operator()(const Correction&) const { return {}; }
  pugi::xml_node operator()(const Variant&) const { return {}; }

  pugi::xml_node idno(const char* type) const {
    pugi::xml_node el = parent.append_child("idno");
    el.append_attribute("type").set_value(type);
    return el;
  }
};

struct BodyWriter {
  const Document& doc;
  int paragraphs = 0;
  int items = 0;
  int heads = 0;
  int openers = 0, closers = 0;  // addressable too: the register and search link to them
  int tables = 0, figures = 0;   // as are tables and figures (passages of the search)
  std::vector<pugi::xml_node> local_links{};  // refs whose @target is "#id": checked once all ids exist
  std::string resp{};  // the editor's @resp ("#ed") for supplied headings and dates

  pugi::xml_node head(pugi::xml_node div, const Block& b) {
    pugi::xml_node h = div.append_child("head");
    h.append_attribute("xml:id").set_value(id("h", ++heads).c_str());
    inline_content(h, b);
    return h;
  }

  std::string id(const char* kind, int n) const { return doc.id + "-" + kind + std::to_string(n); }

  void text(pugi::xml_node parent, const std::string& t, std::size_t b, std::size_t e) {
    if (e > b) parent.append_child(pugi::node_pcdata).set_value(t.substr(b, e - b).c_str());
  }

  // What follows "-n" in a note's xml:id ("1", "1.2"; see note_labels),
  // computed once for all the notes, not again for each.
  std::vector<std::string> note_ids{};
  const std::string& note_label(std::size_t index) {
    if (note_ids.empty()) note_ids = note_labels(doc);
    return note_ids[index];
  }

  void note(pugi::xml_node parent, std::size_t index) {
    const Note& n = doc.notes[index];
    pugi::xml_node el = parent.append_child("note");
    if (!n.type.empty()) el.append_attribute("type").set_value(n.type.c_str());
    el.append_attribute("place").set_value(n.called ? "foot" : "end");
    el.append_attribute("n").set_value(n.n.c_str());
    if (!n.resp.empty()) el.append_attribute("resp").set_value(("#" + n.resp).c_str());
    if (!n.target.empty()) el.append_attribute("target").set_value(("#" + n.target).c_str());
    el.append_attribute("xml:id").set_value((doc.id + (n.type == "editorial" ? "-e" : "-n") + note_label(index)).c_str());
    for (const Block& b : n.blocks) inline_content(el.append_child("p"), b);
  }

  // Text with its spans nested into elements. Spans that cross another's
  // boundary were resolved by the annotators; any left are written as text.
  void inline_content(pugi::xml_node parent, const Block& b) {
    std::vector<const Span*> spans;
    for (const auto& s : b.spans) spans.push_back(&s);
    // By start; at the same start the longer span outside, except that a
    // note call (empty: a structured reader's call) stands before the span
    // that starts where it stands, not inside it ("x[^1]*word*"), and so
    // does an empty place of variation (words only other witnesses have)
    // before the one over the base's next words.
    auto empty_call = [](const Span* s) { return s->begin == s->end && (s->is<NoteCall>() || s->is<Variant>()); };
    std::stable_sort(spans.begin(), spans.end(), [&](const Span* x, const Span* y) {
      if (x->begin != y->begin) return x->begin < y->begin;
      if (empty_call(x) != empty_call(y)) return empty_call(x);
      return x->end != y->end ? x->end > y->end : x->depth < y->depth;
    });
    std::size_t i = 0;
    emit(parent, b, spans, i, 0, b.text.size(), true);
  }

  void emit(pugi::xml_node parent, const Block& b, const std::vector<const Span*>& spans,
            std::size_t& i, std::size_t from, std::size_t to, bool whole = false) {
    std::size_t pos = from;
    // Empty spans (a gap, an editor's note) at the block's very end belong to it.
    auto inside = [&](const Span& s) { return s.begin < to || (whole && s.begin == to && s.end == to); };
    while (i < spans.size() && inside(*spans[i])) {
      const Span& s = *spans[i];
      if (s.begin < pos || s.end > to) {  // crossing: skip, keep the text
        ++i;
        continue;
      }
      text(parent, b.text, pos, s.begin);
      ++i;
      if (const NoteCall* call = s.as<NoteCall>()) {
        note(parent, call->note);
        // spans inside a replaced call are dropped
        while (i < spans.size() && spans[i]->begin < s.end) ++i;
      } else if (const Correction* c = s.as<Correction>()) {
        pugi::xml_node choice = parent.append_child("choice");
        if (!c->id.empty()) choice.append_attribute("xml:id").set_value(c->id.c_str());
        emit(choice.append_child(c->regularize ? "orig" : "sic"), b, spans, i, s.begin, s.end);
        pugi::xml_node corr = choice.append_child(c->regularize ? "reg" : "corr");
        set_attributes(corr, {{"resp", pointer(c->resp)}});
        corr.append_child(pugi::node_pcdata).set_value(c->corr.c_str());
      } else if (const Variant* v = s.as<Variant>()) {
        const auto [before, after] = word_breaks(b.text, s, *v);
        if (before) text(parent, " ", 0, 1);
        app(parent, *v, b, spans, i, s);
        if (after) text(parent, " ", 0, 1);
      } else {
        pugi::xml_node el = std::visit(ElementOf{parent}, s.what);
        if (const Link* l = s.as<Link>(); l && !l->target.empty() && l->target[0] == '#') local_links.push_back(el);
        emit(el, b, spans, i, s.begin, s.end);
      }
      pos = s.end;
    }
    text(parent, b.text, pos, to);
  }

  // A place of variation: <app> with the lemma in <lem> and each other
  // reading in a <rdg>. The base's reading keeps its inner elements (names,
  // dates, notes), whether it is the lemma or (chosen otherwise) a <rdg>.
  void app(pugi::xml_node parent, const Variant& v, const Block& b, const std::vector<const Span*>& spans,
           std::size_t& i, const Span& s) {
    pugi::xml_node el = parent.append_child("app");
    set_attributes(el, {{"xml:id", v.id}, {"type", v.type}, {"corresp", pointer(v.transposed_with)}});
    if (v.lemma_reading < 0) {
      emit(witnessed(el, "lem", v.lemma_wits, {}), b, spans, i, s.begin, s.end);
      for (const auto& r : v.readings) reading(el, "rdg", r, r.type, {});
      return;
    }
    const VariantReading& chosen = v.readings[static_cast<std::size_t>(v.lemma_reading)];
    reading(el, "lem", chosen, {}, v.resp);
    emit(witnessed(el, "rdg", v.lemma_wits, converse(chosen.type)), b, spans, i, s.begin, s.end);
    for (std::size_t k = 0; k < v.readings.size(); ++k)
      if (static_cast<int>(k) != v.lemma_reading) reading(el, "rdg", v.readings[k], v.readings[k].type, {});
  }

  // Whether a place of variation needs a space before and after it that the
  // base's text does not give: where a reading begins (ends) with a word
  // and the base's text before (after) the place is a word without a space
  // ("is<app><lem/><rdg>probably</rdg></app> another"), that witness's words
  // would run together ("isprobably"); so would two runs of punctuation.
  static std::pair<bool, bool> word_breaks(const std::string& text, const Span& s, const Variant& v) {
    auto kind = [](char32_t c) {  // 0: nothing or a space, 1: a word's character, 2: punctuation
      if (!c || utf8::is_space(c)) return 0;
      return utf8::is_letter(c) || utf8::is_digit(c) || utf8::is_mark(c) ? 1 : 2;
    };
    const std::string_view t(text);
    const int before_kind = kind(utf8::last_char(t.substr(0, s.begin)));
    const int after_kind = kind(utf8::first_char(t.substr(s.end)));
    bool before = false, after = false;
    for (const auto& r : v.readings) {
      before = before || (before_kind && kind(utf8::first_char(r.text)) == before_kind);
      after = after || (after_kind && kind(utf8::last_char(r.text)) == after_kind);
    }
    return {before, after};
  }

  // <lem> or <rdg> with @wit pointing to the witnesses (and @type, @resp when given).
  static pugi::xml_node witnessed(pugi::xml_node app, const char* name, const std::vector<std::string>& wits,
                                  const std::string& type, const std::string& resp = {}) {
    std::string wit;
    for (const auto& w : wits) wit += (wit.empty() ? "" : " ") + pointer(w);
    pugi::xml_node el = app.append_child(name);
    set_attributes(el, {{"wit", wit}, {"type", type}, {"resp", pointer(resp)}});
    return el;
  }

  static void reading(pugi::xml_node app, const char* name, const VariantReading& r, const std::string& type,
                      const std::string& resp) {
    pugi::xml_node el = witnessed(app, name, r.wits, type, resp);
    if (!r.text.empty()) el.append_child(pugi::node_pcdata).set_value(r.text.c_str());
  }

  // The kind of the base's reading against another chosen as the lemma.
  static std::string converse(const std::string& type) {
    return type == "addition" ? "omission" : type == "omission" ? "addition" : type;
  }

  pugi::xml_node paragraph(pugi::xml_node parent, const Block& b) {
    pugi::xml_node p = parent.append_child("p");
    ++paragraphs;
    p.append_attribute("n").set_value(paragraphs);
    p.append_attribute("xml:id").set_value(id("p", paragraphs).c_str());
    inline_content(p, b);
    return p;
  }

  // The table of the consecutive cells from `k` on (a cell that starts a
  // table ends the one before): a <row> per row, role="label" on a row of
  // header cells, or on the header cells of a mixed row. Gives the index
  // after its last cell.
  std::size_t table(pugi::xml_node parent, std::size_t k, std::size_t to) {
    pugi::xml_node t = parent.append_child("table");
    t.append_attribute("xml:id").set_value(id("tab", ++tables).c_str());
    auto in_table = [&](std::size_t j) {
      return j < to && doc.blocks[j].kind == BlockKind::TableCell && (j == k || !doc.blocks[j].table_start);
    };
    pugi::xml_node row;
    bool label_row = false;
    std::size_t j = k;
    for (; in_table(j); ++j) {
      const Block& c = doc.blocks[j];
      if (!row || c.row_start) {
        row = t.append_child("row");
        label_row = true;
        for (std::size_t r = j; in_table(r) && (r == j || !doc.blocks[r].row_start); ++r)
          label_row = label_row && doc.blocks[r].header_cell;
        if (label_row) row.append_attribute("role").set_value("label");
      }
      pugi::xml_node cell = row.append_child("cell");
      if (c.header_cell && !label_row) cell.append_attribute("role").set_value("label");
      inline_content(cell, c);
    }
    return j;
  }

  // An image: its address as <graphic url>, its text as the figure's <head>.
  // The model has one text, a caption or an alt text; it is written as the
  // caption (head) because it is text of the source a reader sees, shown
  // wherever the image is not (print, a relative path), and because head
  // takes a paragraph's content (names, dates, a note call) where figDesc
  // takes only limited content.
  void figure(pugi::xml_node parent, const Block& b) {
    pugi::xml_node f = parent.append_child("figure");
    f.append_attribute("xml:id").set_value(id("fig", ++figures).c_str());
    if (!b.url.empty()) f.append_child("graphic").append_attribute("url").set_value(as_uri(b.url).c_str());
    if (!b.text.empty()) inline_content(f.append_child("head"), b);
  }

  // A link to "#id" that names no element of the document (a source's own
  // anchor, such as a Markdown heading's) would break the rule that every
  // pointer resolves: its words are kept, without the link.
  void unlink_unresolved(const pugi::xml_document& out) {
    std::set<std::string> ids;
    for (const pugi::xpath_node& n : out.select_nodes("//@xml:id")) ids.insert(n.attribute().value());
    for (pugi::xml_node ref : local_links) {
      if (ids.count(std::string(ref.attribute("target").value()).substr(1))) continue;
      pugi::xml_node parent = ref.parent();
      while (ref.first_child()) parent.insert_move_before(ref.first_child(), ref);
      parent.remove_child(ref);
    }
  }

  pugi::xml_node item(pugi::xml_node list) {
    pugi::xml_node it = list.append_child("item");
    ++items;
    it.append_attribute("xml:id").set_value(id("i", items).c_str());
    return it;
  }

  // Blocks [from, to) as divisions, headings, paragraphs, lists and quotations
  // inside `top` (the body, or a text's division). `top_div` is the division
  // they go into, or none: then one is made when content needs it.
  void blocks(pugi::xml_node top, pugi::xml_node top_div, std::size_t from, std::size_t to) {
    struct Open {
      int level;
      pugi::xml_node div;
    };
    std::vector<Open> stack;  // open divisions, outermost first
    if (top_div) stack.push_back({0, top_div});
    auto container = [&]() -> pugi::xml_node {
      if (stack.empty()) stack.push_back({0, top.append_child("div")});
      return stack.back().div;
    };
    pugi::xml_node list;
    for (std::size_t k = from; k < to; ++k) {
      if (doc.blocks[k].kind == BlockKind::TableCell) {
        list = pugi::xml_node();
        k = table(container(), k, to) - 1;
        continue;
      }
      const Block& b = doc.blocks[k];
      const bool address = b.role == BlockRole::Address;
      if (b.kind != BlockKind::ListItem && !address) list = pugi::xml_node();
      if (address) {
        if (!list || std::string_view(list.attribute("type").value()) != "addresses") {
          list = container().append_child("list");
          list.append_attribute("type").set_value("addresses");
        }
        inline_content(item(list).append_child("address").append_child("addrLine"), b);
        continue;
      }
      switch (b.kind) {
        case BlockKind::Title: {
          head(container(), b);
          break;
        }
        case BlockKind::Heading: {
          // Close divisions at this level or deeper; the title's division (0) stays.
          while (!stack.empty() && stack.back().level >= b.level) stack.pop_back();
          pugi::xml_node parent = stack.empty() ? top : stack.back().div;
          // Content before the first heading sits in its own division.
          pugi::xml_node div = parent.append_child("div");
          if (!b.division_type.empty()) div.append_attribute("type").set_value(b.division_type.c_str());
          stack.push_back({b.level, div});
          head(div, b);
          break;
        }
        case BlockKind::Paragraph:
          if (b.role == BlockRole::Headnote) {
            pugi::xml_node n = container().append_child("note");
            n.append_attribute("type").set_value("headnote");
            n.append_attribute("place").set_value("inline");
            if (!b.resp.empty()) n.append_attribute("resp").set_value(("#" + b.resp).c_str());
            paragraph(n, b);
          } else {
            paragraph(container(), b);
          }
          break;
        case BlockKind::Quote:
          paragraph(container().append_child("quote"), b);
          break;
        case BlockKind::Figure:
          figure(container(), b);
          break;
        case BlockKind::TableCell:  // written above, a table at a time
          break;
        case BlockKind::ListItem: {
          if (!list || list.attribute("type") || b.list_start) {
            list = container().append_child("list");
            const bool numbered = !b.label.empty() && b.label[0] >= '0' && b.label[0] <= '9';
            if (!b.label.empty()) list.append_attribute("rend").set_value(numbered ? "numbered" : "bulleted");
          }
          pugi::xml_node it = list.append_child("item");
          if (!b.label.empty() && b.label[0] >= '0' && b.label[0] <= '9') {
            std::string n = b.label;
            while (!n.empty() && (n.back() == '.' || n.back() == ')')) n.pop_back();
            it.append_attribute("n").set_value(n.c_str());
          }
          ++items;
          it.append_attribute("xml:id").set_value(id("i", items).c_str());
          inline_content(it, b);
          break;
        }
      }
    }
  }

  // An opener's or closer's line as its element.
  void role_line(pugi::xml_node parent, const Block& b) {
    pugi::xml_node el;
    switch (b.role) {
      case BlockRole::Dateline: el = parent.append_child("dateline"); break;
      case BlockRole::Salute: el = parent.append_child("salute"); break;
      case BlockRole::Signed: el = parent.append_child("signed"); break;
      case BlockRole::Reference:
        el = parent.append_child("idno");
        el.append_attribute("type").set_value("reference");
        break;
      case BlockRole::Classification:
        el = parent.append_child("seg");
        el.append_attribute("type").set_value("classification");
        break;
      case BlockRole::Source:  // the office's or the archive's line, as archival editions encode it
        el = parent.append_child("note");
        el.append_attribute("type").set_value("source");
        el.append_attribute("place").set_value("inline");
        break;
      case BlockRole::Closing:  // the signer's office, "For the Secretary of State:"
        el = parent.append_child("seg");
        el.append_attribute("type").set_value("closing");
        break;
      default:
        el = parent.append_child("seg");
        el.append_attribute("type").set_value("addressee");
        break;
    }
    inline_content(el, b);
    // an editor's note at the end of a number stands after it (idno holds no notes)
    if (b.role == BlockRole::Reference)
      while (el.last_child().type() == pugi::node_element && std::string_view(el.last_child().name()) == "note")
        parent.insert_move_after(el.last_child(), el);
  }

  // The editor's date of a text the source leaves undated: a supplied dateline.
  void supplied_dateline(pugi::xml_node opener, const TextPart& part) {
    pugi::xml_node sup = opener.append_child("dateline").append_child("supplied");
    sup.append_attribute("reason").set_value("undated");
    if (!resp.empty()) sup.append_attribute("resp").set_value(resp.c_str());
    pugi::xml_node d = sup.append_child("date");
    set_attributes(d, {{"when", part.date.when}, {"from", part.date.from}, {"to", part.date.to},
                       {"notBefore", part.date.not_before}, {"notAfter", part.date.not_after}});
    const std::string& shown = !part.date.text.empty() ? part.date.text : part.date.when;
    d.append_child(pugi::node_pcdata).set_value(shown.c_str());
  }

  pugi::xml_node new_opener(pugi::xml_node div) {
    pugi::xml_node o = div.append_child("opener");
    o.append_attribute("xml:id").set_value(id("open", ++openers).c_str());
    return o;
  }

  // One of several texts of the source: a typed division with its head,
  // opener, text, postscript and closer.
  void part(pugi::xml_node body, std::size_t index, std::size_t from, std::size_t to) {
    const TextPart& p = doc.parts[index];
    pugi::xml_node div = body.append_child("div");
    if (!p.type.empty()) div.append_attribute("type").set_value(p.type.c_str());
    if (doc.parts.size() > 1)
      div.append_attribute("xml:id").set_value(id("t", static_cast<int>(index) + 1).c_str());
    std::size_t k = from;
    // the office's lines above the heading ("File No. ..."): notes before it
    std::size_t h = k;
    while (h < to && doc.blocks[h].role == BlockRole::Source) ++h;
    if (h > k && h < to && (doc.blocks[h].kind == BlockKind::Title || doc.blocks[h].kind == BlockKind::Heading))
      for (; k < h; ++k) role_line(div, doc.blocks[k]);
    if (k < to && (doc.blocks[k].kind == BlockKind::Title || doc.blocks[k].kind == BlockKind::Heading)) {
      head(div, doc.blocks[k]);
      ++k;
    } else if (!p.title.empty()) {
      pugi::xml_node h = div.append_child("head");
      h.append_attribute("type").set_value("supplied");
      if (!resp.empty()) h.append_attribute("resp").set_value(resp.c_str());
      h.append_child(pugi::node_pcdata).set_value(p.title.c_str());
    }
    while (k < to && doc.blocks[k].role == BlockRole::Headnote) blocks(body, div, k, k + 1), ++k;
    pugi::xml_node opener;
    bool dated = false;
    while (k < to && doc.blocks[k].kind == BlockKind::Paragraph && is_opener_role(doc.blocks[k].role)) {
      if (!opener) opener = new_opener(div);
      dated = dated || doc.blocks[k].role == BlockRole::Dateline;
      role_line(opener, doc.blocks[k]);
      ++k;
    }
    if (!dated && (!p.date.when.empty() || !p.date.from.empty() || !p.date.not_before.empty() ||
                   !p.date.not_after.empty())) {  // (`to` alone does not date a text)
      if (!opener) opener = new_opener(div);
      supplied_dateline(opener, p);
    }
    // The closing lines (signatures, salutes, a dateline) before a
    // postscript and after it.
    auto closing_from = [&](std::size_t from, std::size_t end) {
      while (end > from && is_closer_role(doc.blocks[end - 1].role)) --end;
      return end;
    };
    auto closer = [&](std::size_t from, std::size_t end) {
      if (from == end) return;
      pugi::xml_node c = div.append_child("closer");
      c.append_attribute("xml:id").set_value(id("close", ++closers).c_str());
      for (std::size_t j = from; j < end; ++j) role_line(c, doc.blocks[j]);
    };
    std::size_t ps = k;
    while (ps < to && doc.blocks[ps].role != BlockRole::Postscript) ++ps;
    const std::size_t c1 = closing_from(k, ps);
    blocks(body, div, k, c1);
    closer(c1, ps);
    if (ps < to) {
      const std::size_t c2 = closing_from(ps + 1, to);
      blocks(body, div.append_child("postscript"), ps, c2);
      closer(c2, to);
    }
    if (!div.first_child()) div.append_child("p");
  }

  // Front or back matter: the publication's heading, archival references.
  void matter(pugi::xml_node parent, const char* type, std::size_t from, std::size_t to) {
    pugi::xml_node div = parent.append_child("div");
    div.append_attribute("type").set_value(type);
    for (std::size_t k = from; k < to; ++k) {
      const Block& b = doc.blocks[k];
      if (b.kind == BlockKind::Title || b.kind == BlockKind::Heading) head(div, b);
      else paragraph(div, b);
    }
  }

  void body(pugi::xml_node text) {
    std::size_t front_end = 0, back_begin = doc.blocks.size();
    while (front_end < doc.blocks.size() && doc.blocks[front_end].region == Region::Front) ++front_end;
    while (back_begin > front_end && doc.blocks[back_begin - 1].region == Region::Back) --back_begin;
    if (front_end > 0) matter(text.append_child("front"), "headnote", 0, front_end);
    pugi::xml_node body = text.append_child("body");
    if (doc.parts.empty()) {
      blocks(body, pugi::xml_node(), front_end, back_begin);
    } else {
      for (std::size_t i = 0; i < doc.parts.size(); ++i) {
        const std::size_t from = std::max(doc.parts[i].first, front_end);
        const std::size_t to = i + 1 < doc.parts.size() ? doc.parts[i + 1].first : back_begin;
        part(body, i, from, std::max(from, to));
      }
    }
    if (!body.first_child()) body.append_child("div").append_child("p");
    if (back_begin < doc.blocks.size()) matter(text.append_child("back"), "colophon", back_begin, doc.blocks.size());
  }
};

}  // namespace

void build_tei(const Document& doc, const TeiContext& ctx, pugi::xml_document& out) {
  auto pi = [&](const std::string& href, const char* ns) {
    pugi::xml_node n = out.append_child(pugi::node_pi);
    n.set_name("xml-model");
    std::string v = "href=\"" + href + "\" type=\"application/xml\" schematypens=\"" + ns + "\"";
    n.set_value(v.c_str());
  };
  pi(ctx.schema_dir + "/editio.rng", "http://relaxng.org/ns/structure/1.0");
  pi(ctx.schema_dir + "/editio.sch", "http://purl.oclc.org/dsdl/schematron");

  pugi::xml_node tei = out.append_child("TEI");
  tei.append_attribute("xmlns").set_value(kTeiNs);
  tei.append_attribute("xml:id").set_value(doc.id.c_str());
  tei.append_attribute("xml:lang").set_value(doc.lang.c_str());
  build_header(doc, ctx, tei);

  pugi::xml_node text = tei.append_child("text");
  BodyWriter w{doc};
  if (ctx.edition && !ctx.edition->editors.empty() && !ctx.edition->editors.front().id.empty())
    w.resp = "#" + ctx.edition->editors.front().id;
  w.body(text);

  // Note bodies no call refers to: kept, apart, so no text is lost.
  bool any_uncalled = std::any_of(doc.notes.begin(), doc.notes.end(), [](const Note& n) { return !n.called; });
  if (any_uncalled) {
    pugi::xml_node back = text.child("back");
    if (!back) back = text.append_child("back");
    pugi::xml_node div = back.append_child("div");
    div.append_attribute("type").set_value("notes");
    for (std::size_t i = 0; i < doc.notes.size(); ++i)
      if (!doc.notes[i].called) w.note(div, i);
  }
  w.unlink_unresolved(out);
}

std::string write_tei(const Document& doc, const TeiContext& ctx) {
  pugi::xml_document out;
  build_tei(doc, ctx, out);
  return serialize_xml(out);
}

}  // namespace editio
