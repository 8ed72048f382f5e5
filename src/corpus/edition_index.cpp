#include "corpus/edition_index.hpp"

#include <algorithm>

#include <pugixml.hpp>

#include "tei/serialize.hpp"
#include "tei/writer.hpp"
#include "util/text.hpp"

namespace editio {
namespace {

// A respStmt of a translator: the TEI writer marks its resp with the MARC
// relator code (key="trl"); roles are never guessed from words here.
bool is_translation(pugi::xml_node resp_stmt) {
  return std::string(resp_stmt.child("resp").attribute("key").value()) == "trl";
}

using xml::add;

// The text of an element and its descendants, white space squeezed.
void gather_text(pugi::xml_node n, std::string& out) {
  for (pugi::xml_node c : n.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
    else if (c.type() == pugi::node_element) gather_text(c, out);
  }
}
std::string plain_text(pugi::xml_node n) {
  std::string t;
  gather_text(n, t);
  return squeeze_space(t);
}

// Adds <name>text</name> when the text is not empty; returns the new node.
pugi::xml_node add_text(pugi::xml_node parent, const char* name, pugi::xml_node from) {
  const std::string t = plain_text(from);
  if (t.empty()) return {};
  return add(parent, name, t);
}

void copy_attribute(pugi::xml_node to, pugi::xml_node from, const char* from_name, const char* to_name) {
  pugi::xml_attribute a = from.attribute(from_name);
  if (a && *a.value()) to.append_attribute(to_name).set_value(a.value());
}

// The languages of the document's text, as BCP 47 codes: TEI/@xml:lang,
// then every other xml:lang under text, in document order, each once.
std::string text_languages(pugi::xml_node tei) {
  std::vector<std::string> langs;
  auto note = [&](const char* v) {
    std::string code = squeeze_space(v ? v : "");
    if (!code.empty() && std::find(langs.begin(), langs.end(), code) == langs.end()) langs.push_back(code);
  };
  note(tei.attribute("xml:lang").value());
  for (const pugi::xpath_node& x : tei.select_nodes("text//@xml:lang")) note(x.attribute().value());
  std::string out;
  for (const auto& l : langs) out += (out.empty() ? "" : " ") + l;
  return out;
}

// The year of a letter's date: of @when, else @from, @notBefore, @notAfter.
std::string year_of(pugi::xml_node date) {
  for (const char* a : {"when", "from", "notBefore", "notAfter"}) {
    const std::string v = date.attribute(a).value();
    if (v.size() >= 4 && v[0] != '-') return v.substr(0, 4);
  }
  return {};
}

// <letters>: each correspDesc of the TEI header, for the index page's lists
// of letters by correspondent and by year:
//   <letter corresp="#id-t3"? year="1929"?> <sender ref="#p"?>name</sender>*
//     <addressee ref="#p"?>name</addressee>* <place>name</place>? <date>as shown</date>? </letter>
void describe_letters(pugi::xml_node tei, pugi::xml_node doc_node) {
  pugi::xml_node letters;
  for (pugi::xml_node cd : tei.child("teiHeader").child("profileDesc").children("correspDesc")) {
    if (!letters) letters = doc_node.append_child("letters");
    pugi::xml_node l = letters.append_child("letter");
    copy_attribute(l, cd, "corresp", "corresp");
    for (pugi::xml_node action : cd.children("correspAction")) {
      const std::string type = action.attribute("type").value();
      const char* role = type == "sent" ? "sender" : type == "received" ? "addressee" : nullptr;
      if (!role) continue;
      for (pugi::xml_node who : action.children("persName"))
        if (pugi::xml_node n = add_text(l, role, who)) copy_attribute(n, who, "ref", "ref");
      if (type != "sent") continue;
      add_text(l, "place", action.child("placeName"));
      if (pugi::xml_node date = action.child("date")) {
        const std::string year = year_of(date);
        if (!year.empty()) l.append_attribute("year").set_value(year.c_str());
        std::string shown = plain_text(date);
        if (shown.empty()) shown = date.attribute("when").value();
        if (!shown.empty()) add(l, "date", shown);
      }
    }
  }
}

}  // namespace

// <source>: what the TEI header says about the document's source, for the
// list of sources of the whole-edition print. Children, each when known:
//   citation (a bibliographic description written as running text);
//   author*, title*, publisher, pubPlace, date, pages, idno[@type] (an
//   archival reference given as text), url, original-language[@code];
//   publication* (first publications); archive (msDesc: repository,
//   idno[@type = fond | opis | delo | shelfmark]*, locus[@from, @to], form);
//   translator; note (the editor's note on the source).
void describe_source(const pugi::xml_document& t, pugi::xml_node doc_node) {
  pugi::xml_node tei = t.child("TEI");
  if (!tei) return;
  const std::string langs = text_languages(tei);
  if (!langs.empty()) doc_node.append_attribute("text-langs").set_value(langs.c_str());
  describe_letters(tei, doc_node);
  pugi::xml_node fd = tei.child("teiHeader").child("fileDesc");
  pugi::xml_node sd = fd.child("sourceDesc");
  if (!sd) return;
  pugi::xml_node src = doc_node.append_child("source");
  std::string translator, note;
  for (pugi::xml_node b : sd.children("bibl")) {
    if (std::string(b.attribute("type").value()) == "firstPublication") continue;
    bool running = false;
    for (pugi::xml_node c : b.children())
      if (c.type() == pugi::node_pcdata && !squeeze_space(c.value()).empty()) running = true;
    if (running) {
      add_text(src, "citation", b);
      continue;
    }
    for (pugi::xml_node c : b.children()) {
      const std::string name = c.name();
      if (name == "author" || name == "title" || name == "publisher" || name == "pubPlace" || name == "date") {
        add_text(src, c.name(), c);
      } else if (name == "biblScope") {
        pugi::xml_node n = add_text(src, "pages", c);
        if (n) copy_attribute(n, c, "unit", "unit");
      } else if (name == "idno") {
        pugi::xml_node n = add_text(src, "idno", c);
        if (n) copy_attribute(n, c, "type", "type");
      } else if (name == "ref" || name == "ptr") {
        std::string url = c.attribute("target").value();
        if (url.empty()) url = plain_text(c);
        if (!url.empty()) add(src, "url", url);
      } else if (name == "textLang") {
        pugi::xml_node n = add_text(src, "original-language", c);
        if (n) copy_attribute(n, c, "otherLangs", "code");
      } else if ((name == "respStmt" && is_translation(c)) ||
                 (name == "editor" && std::string(c.attribute("role").value()) == "translator")) {
        if (translator.empty()) translator = plain_text(c.child("name"));
        if (translator.empty()) translator = plain_text(c.child("persName"));
        if (translator.empty() && name == "editor") translator = plain_text(c);
      } else if (name == "note") {
        if (note.empty()) note = plain_text(c);
        else note += " " + plain_text(c);
      }
    }
  }
  for (pugi::xml_node b : sd.children("bibl"))
    if (std::string(b.attribute("type").value()) == "firstPublication") add_text(src, "publication", b);
  if (pugi::xml_node ms = sd.child("msDesc")) {
    pugi::xml_node a = src.append_child("archive");
    pugi::xml_node id = ms.child("msIdentifier");
    for (const char* part : {"settlement", "institution", "repository", "collection"})
      add_text(a, part, id.child(part));
    for (pugi::xml_node i : id.children("idno")) {
      pugi::xml_node n = add_text(a, "idno", i);
      if (n) copy_attribute(n, i, "type", "type");
    }
    pugi::xml_node locus = ms.child("msContents").child("msItem").child("locus");
    if (pugi::xml_node n = add_text(a, "locus", locus)) {
      copy_attribute(n, locus, "from", "from");
      copy_attribute(n, locus, "to", "to");
    }
    std::string form;
    for (pugi::xml_node p : ms.child("physDesc").children()) {
      const std::string x = plain_text(p);
      if (!x.empty()) form += (form.empty() ? "" : "; ") + x;
    }
    if (!form.empty()) add(a, "form", form);
  }
  if (translator.empty())  // the title statement's translation
    for (pugi::xml_node rs : fd.child("titleStmt").children("respStmt"))
      if (is_translation(rs) && plain_text(rs.child("resp")) == "translation") translator = plain_text(rs.child("name"));
  if (!translator.empty()) add(src, "translator", translator);
  if (!note.empty()) add(src, "note", note);
}

std::string edition_index_head(const Edition& ed, const std::vector<IndexedDocument>& docs,
                               const std::set<Format>& formats, bool book_pdf) {
  pugi::xml_document x;
  pugi::xml_node root = x.append_child("edition");
  root.append_attribute("xmlns").set_value("urn:x-editio");
  root.append_attribute("lang").set_value(ed.language.c_str());
  // The whole edition as one book (print/edition.pdf, made from this file).
  // Downloads are linked as the site holds them (html/print/, html/tei/:
  // site/downloads.hpp), relative to the pages.
  if (formats.count(Format::Pdf) && book_pdf) root.append_attribute("pdf").set_value("print/edition.pdf");
  add(root, "title", ed.title);
  if (!ed.subtitle.empty()) add(root, "subtitle", ed.subtitle);
  for (const auto& e : ed.editors) add(root, "editor", e.name);
  add(root, "publisher", ed.publisher);
  if (ed.date.has_value() || !ed.date.text.empty()) {
    pugi::xml_node d = add(root, "date", ed.date.display());
    if (!ed.date.when.empty()) d.append_attribute("when").set_value(ed.date.when.c_str());
  }
  pugi::xml_node lic = add(root, "licence", ed.licence);
  if (!ed.licence_url.empty()) lic.append_attribute("target").set_value(ed.licence_url.c_str());
  if (!ed.introduction.empty()) {
    pugi::xml_node intro = root.append_child("introduction");
    for (const auto& p : split_paragraphs(ed.introduction)) add(intro, "p", p);
  }
  for (const auto& d : docs) {
    const DocumentEntry& e = *d.entry;
    pugi::xml_node n = root.append_child("document");
    n.append_attribute("id").set_value(e.id.c_str());
    if (d.built) {
      if (formats.count(Format::Html)) n.append_attribute("html").set_value((e.id + ".html").c_str());
      if (formats.count(Format::Tei)) n.append_attribute("tei").set_value(("tei/" + e.id + ".xml").c_str());
      if (formats.count(Format::Pdf) && d.pdf) n.append_attribute("pdf").set_value(("print/" + e.id + ".pdf").c_str());
    }
    n.append_attribute("lang").set_value(e.language.c_str());
    n.append_attribute("language").set_value(language_name(e.language).c_str());
    if (!e.kind.empty()) n.append_attribute("kind").set_value(e.kind.c_str());
    add(n, "title", e.title);
    if (!e.author.empty()) add(n, "author", e.author);
    pugi::xml_node date = add(n, "date", e.date.display());
    if (!e.date.when.empty()) date.append_attribute("when").set_value(e.date.when.c_str());
    if (!e.description.empty()) add(n, "description", e.description);
    if (d.source && !d.source->empty()) {
      pugi::xml_document described;
      if (described.load_buffer(d.source->data(), d.source->size(), pugi::parse_default | pugi::parse_ws_pcdata,
                               pugi::encoding_utf8)) {
        pugi::xml_node s = described.first_child();
        for (pugi::xml_attribute a : s.attributes()) n.append_copy(a);
        for (pugi::xml_node c : s.children()) n.append_copy(c);
      }
    }
  }
  // The register and the chronology grow with the corpus: written in parts
  // after the rest, not built as one tree. (serialize_xml writes the inside
  // of <edition> on one line, as it writes every element it takes for mixed
  // content; so do the register's and the chronology's writers.)
  std::string out = serialize_xml(x);
  out.resize(out.rfind("</edition>"));
  return out;
}

bool write_edition_index(const TextSink& sink, const std::string& head, RegisterIndex* persons,
                         const std::string& lang, ChronologyIndex* dates) {
  sink(head);
  bool ok = true;
  if (persons) ok = persons->write(sink, lang) && ok;
  if (dates && dates->size()) ok = dates->write(sink) && ok;
  sink("</edition>\n");
  return ok;
}

}  // namespace editio
