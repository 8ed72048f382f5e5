#include "site/passages.hpp"

#include <cstring>
#include <initializer_list>

#include "corpus/tei_text.hpp"
#include "util/text.hpp"

namespace editio {
namespace {


bool is_name(pugi::xml_node n, const char* name) { return std::strcmp(n.name(), name) == 0; }

bool in(const char* name, std::initializer_list<const char*> names) {
  for (const char* x : names)
    if (std::strcmp(name, x) == 0) return true;
  return false;
}

// Units that become passages of their own when they carry an xml:id (notes:
// always, except insertions that stand in the text).
bool is_unit(const char* name) {
  return in(name, {"p", "ab", "head", "item", "l", "lg", "div", "div1", "div2", "div3", "div4", "div5", "div6",
                   "div7", "list", "table", "row", "cell", "figure", "sp", "speaker", "opener", "closer",
                   "postscript", "trailer", "byline", "epigraph", "argument", "floatingText", "listBibl",
                   "castList", "front", "body", "back"});
}

// Elements whose text is separated from its neighbours' (a space before and after).
bool is_spaced(const char* name) {
  return is_unit(name) ||
         in(name, {"dateline", "signed", "salute", "address", "addrLine", "docAuthor", "docDate", "docTitle",
                   "titlePart"});
}

std::string label_of(pugi::xml_node e) {
  const std::string n = e.attribute("n").value();
  if (is_name(e, "note")) return "n" + n;
  if (is_name(e, "head")) return "h";
  if (is_name(e, "item")) return "i" + n;
  if (is_name(e, "p") || is_name(e, "ab")) return "p" + n;
  if (is_name(e, "opener")) return "o";
  if (is_name(e, "closer")) return "c";
  if (std::strncmp(e.name(), "div", 3) == 0) return "t" + n;
  return "x" + n;
}

std::string lang_of(pugi::xml_node e, const std::string& inherited) {
  pugi::xml_attribute a = e.attribute("xml:lang");
  if (a && *a.value()) return a.value();
  return inherited;
}

class Collector {
 public:
  Collector(std::vector<Passage>& out, const std::string& doc) : out_(out), doc_(doc) {}

  std::size_t open(pugi::xml_node e, const std::string& anchor, const std::string& lang) {
    Passage p;
    p.doc = doc_;
    p.anchor = anchor;
    p.label = e ? label_of(e) : "o";
    p.lang = lang;
    out_.push_back(std::move(p));
    return out_.size() - 1;
  }

  void children(pugi::xml_node n, std::size_t cur, const std::string& lang) {
    for (pugi::xml_node c : n.children()) node(c, cur, lang);
  }

  void node(pugi::xml_node c, std::size_t cur, const std::string& lang) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      out_[cur].text += c.value();
      return;
    }
    if (c.type() != pugi::node_element) return;
    const char* name = c.name();
    if (in(name, {"figDesc", "teiHeader", "rdg"})) return;  // of an apparatus, the lemma is the text
    if (is_name(c, "lb") || is_name(c, "cb")) {
      if (std::strcmp(c.attribute("break").value(), "no") != 0) out_[cur].text += ' ';
      return;
    }
    if (is_name(c, "choice")) {  // the corrected reading
      pugi::xml_node pick;
      for (pugi::xml_node k : c.children())
        if (k.type() == pugi::node_element && in(k.name(), {"corr", "reg", "expan"})) {
          pick = k;
          break;
        }
      if (!pick) pick = c.first_child();
      while (pick && pick.type() != pugi::node_element) pick = pick.next_sibling();
      if (pick) children(pick, cur, lang_of(pick, lang));
      return;
    }
    const std::string l = lang_of(c, lang);
    const char* id = c.attribute("xml:id").value();
    const bool spaced = is_spaced(name);
    if (is_name(c, "note")) {
      const bool inline_insertion = std::strcmp(c.attribute("type").value(), "insertion") == 0 &&
                                    std::strcmp(c.attribute("place").value(), "inline") == 0;
      if (inline_insertion) {
        children(c, cur, l);
        return;
      }
      // A note is found at its call site; it is a passage of its own. One
      // without an id is found where it is called.
      std::string anchor = *id ? std::string(id) : out_[cur].anchor;
      std::size_t k = open(c, anchor, l);
      children(c, k, l);
      return;
    }
    if (*id && is_unit(name)) {
      std::size_t k = open(c, id, l);
      children(c, k, l);
      out_[cur].text += ' ';  // the text around it continues after a break
      return;
    }
    if (spaced) out_[cur].text += ' ';
    children(c, cur, l);
    if (spaced) out_[cur].text += ' ';
  }

 private:
  std::vector<Passage>& out_;
  const std::string& doc_;
};

}  // namespace

std::vector<Passage> collect_passages(const std::string& tei, const std::string& doc_id) {
  pugi::xml_document x;
  if (!load_written_tei(x, tei)) return {};
  return collect_passages(x, doc_id);
}

std::vector<Passage> collect_passages(const pugi::xml_document& x, const std::string& doc_id) {
  std::vector<Passage> out;
  pugi::xml_node root = x.document_element();
  pugi::xml_node text = root.child("text");
  if (!text) return out;
  const std::string lang = lang_of(text, lang_of(root, ""));
  Collector c(out, doc_id);
  std::size_t top = c.open(pugi::xml_node(), "", lang);  // text in no unit with an id
  c.children(text, top, lang);
  std::vector<Passage> kept;
  for (auto& p : out) {
    p.text = squeeze_space(p.text);
    if (!p.text.empty()) kept.push_back(std::move(p));
  }
  return kept;
}

}  // namespace editio
