#include "tei/writer.hpp"

#include <algorithm>

#include "tei/serialize.hpp"

namespace editio {
namespace {

struct BodyWriter {
  const Document& doc;
  int paragraphs = 0;
  int items = 0;
  int heads = 0;

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

  void note(pugi::xml_node parent, std::size_t index) {
    const Note& n = doc.notes[index];
    pugi::xml_node el = parent.append_child("note");
    el.append_attribute("place").set_value(n.called ? "foot" : "end");
    // A number the source uses twice (already warned about) is made unique
    // for the second body, "1" -> "1-2", so that @n and xml:id stay unique.
    std::string label = n.n;
    int occurrence = 1;
    for (std::size_t k = 0; k < index; ++k) occurrence += doc.notes[k].n == n.n;
    if (occurrence > 1) label += "-" + std::to_string(occurrence);
    el.append_attribute("n").set_value(label.c_str());
    if (!n.resp.empty()) el.append_attribute("resp").set_value(("#" + n.resp).c_str());
    el.append_attribute("xml:id").set_value((doc.id + "-n" + label).c_str());
    for (const Block& b : n.blocks) inline_content(el.append_child("p"), b);
  }

  // Text with its spans nested into elements. Spans that cross another's
  // boundary were resolved by the annotators; any left are written as text.
  void inline_content(pugi::xml_node parent, const Block& b) {
    std::vector<const Span*> spans;
    for (const auto& s : b.spans) spans.push_back(&s);
    std::stable_sort(spans.begin(), spans.end(), [](const Span* x, const Span* y) {
      if (x->begin != y->begin) return x->begin < y->begin;
      return x->end != y->end ? x->end > y->end : x->depth < y->depth;
    });
    std::size_t i = 0;
    emit(parent, b, spans, i, 0, b.text.size());
  }

  void emit(pugi::xml_node parent, const Block& b, const std::vector<const Span*>& spans,
            std::size_t& i, std::size_t from, std::size_t to) {
    std::size_t pos = from;
    while (i < spans.size() && spans[i]->begin < to) {
      const Span& s = *spans[i];
      if (s.begin < pos || s.end > to) {  // crossing: skip, keep the text
        ++i;
        continue;
      }
      text(parent, b.text, pos, s.begin);
      ++i;
      if (s.kind == SpanKind::NoteCall) {
        note(parent, s.note);
        // spans inside a replaced call are dropped
        while (i < spans.size() && spans[i]->begin < s.end) ++i;
      } else if (s.kind == SpanKind::Choice) {
        pugi::xml_node choice = parent.append_child("choice");
        emit(choice.append_child("sic"), b, spans, i, s.begin, s.end);
        pugi::xml_node corr = choice.append_child("corr");
        if (!s.resp.empty()) corr.append_attribute("resp").set_value(s.resp.c_str());
        corr.append_child(pugi::node_pcdata).set_value(s.corr.c_str());
      } else {
        pugi::xml_node el = parent.append_child(s.element.c_str());
        for (const auto& [k, v] : s.attributes) el.append_attribute(k.c_str()).set_value(v.c_str());
        emit(el, b, spans, i, s.begin, s.end);
      }
      pos = s.end;
    }
    text(parent, b.text, pos, to);
  }

  pugi::xml_node paragraph(pugi::xml_node parent, const Block& b) {
    pugi::xml_node p = parent.append_child("p");
    ++paragraphs;
    p.append_attribute("n").set_value(paragraphs);
    p.append_attribute("xml:id").set_value(id("p", paragraphs).c_str());
    inline_content(p, b);
    return p;
  }

  void body(pugi::xml_node body) {
    struct Open {
      int level;
      pugi::xml_node div;
    };
    std::vector<Open> stack;  // open divisions, outermost first
    auto container = [&]() -> pugi::xml_node {
      if (stack.empty()) stack.push_back({0, body.append_child("div")});
      return stack.back().div;
    };
    pugi::xml_node list;
    for (std::size_t k = 0; k < doc.blocks.size(); ++k) {
      const Block& b = doc.blocks[k];
      if (b.kind != BlockKind::ListItem) list = pugi::xml_node();
      switch (b.kind) {
        case BlockKind::Title: {
          head(container(), b);
          break;
        }
        case BlockKind::Heading: {
          // Close divisions at this level or deeper; the title's division (0) stays.
          while (!stack.empty() && stack.back().level >= b.level) stack.pop_back();
          pugi::xml_node parent = stack.empty() ? body : stack.back().div;
          // Content before the first heading sits in its own division.
          pugi::xml_node div = parent.append_child("div");
          if (!b.division_type.empty()) div.append_attribute("type").set_value(b.division_type.c_str());
          stack.push_back({b.level, div});
          head(div, b);
          break;
        }
        case BlockKind::Paragraph:
          paragraph(container(), b);
          break;
        case BlockKind::Quote:
          paragraph(container().append_child("quote"), b);
          break;
        case BlockKind::ListItem: {
          if (!list) {
            list = container().append_child("list");
            const bool numbered = !b.label.empty() && b.label[0] >= '0' && b.label[0] <= '9';
            if (!b.label.empty()) list.append_attribute("rend").set_value(numbered ? "numbered" : "bulleted");
          }
          pugi::xml_node item = list.append_child("item");
          if (!b.label.empty() && b.label[0] >= '0' && b.label[0] <= '9') {
            std::string n = b.label;
            while (!n.empty() && (n.back() == '.' || n.back() == ')')) n.pop_back();
            item.append_attribute("n").set_value(n.c_str());
          }
          ++items;
          item.append_attribute("xml:id").set_value(id("i", items).c_str());
          inline_content(item, b);
          break;
        }
      }
    }
    if (!body.first_child()) body.append_child("div").append_child("p");
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
  w.body(text.append_child("body"));

  // Note bodies no call refers to: kept, apart, so no text is lost.
  bool any_uncalled = std::any_of(doc.notes.begin(), doc.notes.end(), [](const Note& n) { return !n.called; });
  if (any_uncalled) {
    pugi::xml_node div = text.append_child("back").append_child("div");
    div.append_attribute("type").set_value("notes");
    for (std::size_t i = 0; i < doc.notes.size(); ++i)
      if (!doc.notes[i].called) w.note(div, i);
  }
}

std::string write_tei(const Document& doc, const TeiContext& ctx) {
  pugi::xml_document out;
  build_tei(doc, ctx, out);
  return serialize_xml(out);
}

}  // namespace editio
