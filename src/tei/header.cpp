#include <algorithm>
#include <cstring>
#include <set>

#include "annotate/date_value.hpp"
#include "edition/tei_file.hpp"
#include "read/structure.hpp"
#include "tei/serialize.hpp"
#include "tei/writer.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"
#include "util/version.hpp"

namespace editio {
namespace {

using xml::add;
using xml::set;

// The document's title without the note calls it takes from the text: a
// title read from the first line ("The Secretary to the Consul (Cole)[1]",
// as editio convert does, or a manifest title copied from it) is that line
// without its calls; the note itself stays in the text's <head>.
std::string title_without_calls(const std::string& title, const Document& doc) {
  static const std::string kCut = "…";  // a long first line is cut
  std::string_view core = title;
  const bool cut = core.size() > kCut.size() && core.substr(core.size() - kCut.size()) == kCut;
  if (cut) core.remove_suffix(kCut.size());
  for (std::size_t k = 0; k < std::min<std::size_t>(doc.blocks.size(), 3); ++k) {
    const Block& b = doc.blocks[k];
    if (b.text.compare(0, core.size(), core) != 0) continue;
    std::vector<std::pair<std::size_t, std::size_t>> calls;
    for (const Span& sp : b.spans)
      if (sp.is<NoteCall>() && sp.end > sp.begin && sp.begin < core.size())
        calls.emplace_back(sp.begin, std::min(sp.end, core.size()));
    if (calls.empty()) return title;
    std::sort(calls.begin(), calls.end());
    std::string out;
    std::size_t pos = 0;
    for (const auto& [from, to] : calls) {
      if (from > pos) out.append(core.substr(pos, from - pos));
      pos = std::max(pos, to);
    }
    out.append(core.substr(pos));
    return cut ? out + kCut : out;
  }
  return title;
}

// @when, @from, @to, @notBefore, @notAfter (and @cert) of a date of the header.
void set_value(pugi::xml_node n, const DateValue& d, bool with_cert) {
  set(n, "when", d.when);
  set(n, "from", d.from);
  set(n, "to", d.to);
  set(n, "notBefore", d.not_before);
  set(n, "notAfter", d.not_after);
  if (with_cert) set(n, "cert", d.cert);
}

void add_date(pugi::xml_node parent, const DateValue& d, const char* name = "date") {
  if (!d.has_value() && d.text.empty()) return;
  pugi::xml_node n = parent.append_child(name);
  set_value(n, d, true);
  std::string shown = d.display();
  if (!shown.empty()) n.append_child(pugi::node_pcdata).set_value(shown.c_str());
}

// The MARC relator code of a responsibility the manifest names in words,
// written as <resp key="..."> (att.canonical) so that the stylesheets read
// the role instead of guessing it: "trl" when the words speak of
// translation, "edt" of editing, "" for anything else ("author of the notes
// signed (A.B.)").
std::string relator_code(const std::string& role) {
  const std::string words = utf8::lower(role);
  auto says = [&](const char* w) { return words.find(w) != std::string::npos; };
  if (says("transl") || says("перев")) return "trl";
  if (says("edit") || says("редак")) return "edt";
  return {};
}

void add_para(pugi::xml_node parent, const std::string& text) {
  for (const auto& p : split_paragraphs(text)) add(parent, "p", p);
}

// The ids that @resp values of this document point to.
std::set<std::string> resp_ids_used(const Document& doc) {
  std::set<std::string> ids;
  auto from_blocks = [&](const std::vector<Block>& blocks) {
    for (const auto& b : blocks) {
      if (!b.resp.empty()) ids.insert(b.resp);
      for (const auto& s : b.spans)
        if (const std::string* resp = element_resp(s); resp && !resp->empty()) ids.insert(*resp);
    }
  };
  from_blocks(doc.blocks);
  for (const auto& n : doc.notes) {
    if (!n.resp.empty()) ids.insert(n.resp);
    from_blocks(n.blocks);
  }
  return ids;
}

// The person a part's blocks with `role` name (the first persName's @ref).
std::string person_in(const Document& doc, std::size_t from, std::size_t to, BlockRole role) {
  for (std::size_t i = from; i < to; ++i) {
    if (doc.blocks[i].role != role) continue;
    for (const auto& s : doc.blocks[i].spans)
      if (const PersonMention* name = s.as<PersonMention>(); name && !name->person.empty()) return name->person;
  }
  return {};
}

const DateValue* date_in(const Document& doc, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    if (doc.blocks[i].role != BlockRole::Dateline) continue;
    for (const auto& s : doc.blocks[i].spans)
      if (const DateMention* date = s.as<DateMention>(); date && date->value.has_value()) return &date->value;
  }
  return nullptr;
}

// The first place a part's dateline names: its gazetteer id when the matcher
// found one, else the name as written.
std::string place_in(const Document& doc, std::size_t from, std::size_t to) {
  for (std::size_t i = from; i < to; ++i) {
    const Block& b = doc.blocks[i];
    if (b.role != BlockRole::Dateline) continue;
    for (const auto& s : b.spans)
      if (const PlaceName* place = s.as<PlaceName>())
        return !place->place.empty() ? place->place : normalize_space(b.text.substr(s.begin, s.end - s.begin));
  }
  return {};
}

bool dated(const DateValue& d) {  // (`to` alone does not date a text)
  return !d.when.empty() || !d.from.empty() || !d.not_before.empty() || !d.not_after.empty();
}

// What is known of one letter: who sent it to whom, where and when. Persons
// and places are ids (of the personography, of the gazetteer) or names as
// written.
struct LetterFacts {
  std::string sender, addressee, place;
  DateValue date;
  bool editor_date = false;  // the date is the editor's, not the dateline's
};

// A letter's facts: the editor's [[text]] entry, then (for a document of one
// text) the manifest's [[document]], then the text's signature, addressee
// line and dateline, each filling what the one before leaves open. The
// editor's dates are Old Style under `calendar = "julian"`.
LetterFacts letter_facts(const Document& doc, std::size_t i, const DocumentEntry& e) {
  LetterFacts f;
  if (i < doc.parts.size()) {
    const TextPart& p = doc.parts[i];
    f = {p.sender, p.addressee, p.place, p.date, dated(p.date)};
  }
  if (doc.parts.size() <= 1) {
    for (auto [mine, manifest] : {std::pair{&f.sender, &e.sender}, {&f.addressee, &e.addressee}, {&f.place, &e.place}})
      if (mine->empty()) *mine = *manifest;
    if (!f.editor_date && dated(e.date)) f.date = e.date, f.editor_date = true;
  }
  if (f.editor_date && e.calendar == "julian") f.date = old_style_value(f.date);
  const std::size_t from = i < doc.parts.size() ? doc.parts[i].first : 0;
  const std::size_t to = i + 1 < doc.parts.size() ? doc.parts[i + 1].first : doc.blocks.size();
  if (f.sender.empty()) f.sender = person_in(doc, from, to, BlockRole::Signed);
  if (f.addressee.empty()) f.addressee = person_in(doc, from, to, BlockRole::Addressee);
  if (f.place.empty()) f.place = place_in(doc, from, to);
  if (!f.editor_date)
    if (const DateValue* d = date_in(doc, from, to)) f.date = *d;
  return f;
}

// Whether the manifest makes a document a letter: its entry names a sender
// or an addressee.
bool declared_letter(const DocumentEntry& e) { return !e.sender.empty() || !e.addressee.empty(); }

// A correspondent: persName with @ref to the personography's entry, or the
// name as written. A value that reads as an id (an XML name) but is not in
// the personography is an id mistyped, never printed as a name (the edition's
// check warned about it).
void add_correspondent(pugi::xml_node action, const std::string& who, const TeiContext& ctx, const std::string& lang) {
  if (const Person* p = ctx.persons ? ctx.persons->find(who) : nullptr)
    set(add(action, "persName", p->display_name(lang)), "ref", "#" + who);
  else if (!who.empty() && !is_ncname(who))
    add(action, "persName", who);
}

// Where a letter was written: placeName with @ref to the gazetteer's entry,
// else the name as written (an id the gazetteer lacks included: the
// edition's check warned about it).
void add_letter_place(pugi::xml_node action, const std::string& place, const TeiContext& ctx, const std::string& lang) {
  if (place.empty()) return;
  const Entity* e = ctx.places ? ctx.places->find(place) : nullptr;
  if (e && e->kind == EntityKind::Place) {
    const EntityName* name = e->reg(lang);
    set(add(action, "placeName", name ? name->text : place), "ref", "#" + place);
  } else {
    add(action, "placeName", place);
  }
}

// A letter's date in its correspAction: the Gregorian values, and for a
// Julian date the values as written (*-custom) with datingMethod.
void add_letter_date(pugi::xml_node action, const LetterFacts& f) {
  if (!f.date.has_value()) return;
  pugi::xml_node n = action.append_child("date");
  for (const DateField& field : kDateFields) set(n, field.name, f.date.*field.field);
  if (f.date.julian) set(n, "datingMethod", "#julian");
  set(n, "cert", f.date.cert);
  if (f.editor_date && !f.date.text.empty()) n.append_child(pugi::node_pcdata).set_value(f.date.text.c_str());
}

// One correspDesc: correspAction "sent" (sender, place, date) and, with an
// addressee, "received".
void add_letter(pugi::xml_node prof, const Document& doc, const LetterFacts& f, const std::string& corresp,
                const TeiContext& ctx) {
  pugi::xml_node cd = prof.append_child("correspDesc");
  set(cd, "corresp", corresp);
  pugi::xml_node sent = cd.append_child("correspAction");
  set(sent, "type", "sent");
  add_correspondent(sent, f.sender, ctx, doc.lang);
  if (!sent.child("persName")) add(sent, "persName", "Unknown");
  add_letter_place(sent, f.place, ctx, doc.lang);
  add_letter_date(sent, f);
  pugi::xml_node rec = cd.append_child("correspAction");
  set(rec, "type", "received");
  add_correspondent(rec, f.addressee, ctx, doc.lang);
  if (!rec.child("persName")) cd.remove_child(rec);
}

// The letters of a document: the index of each text (or 0 for a document
// the manifest makes a letter) with a sender or an addressee that can be
// named, and the @corresp that points to its text in a document of several.
std::vector<std::pair<std::size_t, std::string>> letters_of(const Document& doc, const TeiContext& ctx) {
  std::vector<std::pair<std::size_t, std::string>> out;
  auto nameable = [&](const std::string& who) {
    return (ctx.persons && ctx.persons->find(who)) || (!who.empty() && !is_ncname(who));
  };
  const std::size_t n = std::max<std::size_t>(doc.parts.size(), declared_letter(*ctx.entry) ? 1 : 0);
  for (std::size_t i = 0; i < n; ++i) {
    const LetterFacts f = letter_facts(doc, i, *ctx.entry);
    if (!nameable(f.sender) && !nameable(f.addressee)) continue;
    out.emplace_back(i, doc.parts.size() > 1 ? "#" + doc.id + "-t" + std::to_string(i + 1) : std::string());
  }
  return out;
}

// correspDesc for each letter of the document (letters_of, letter_facts).
void add_correspondence(pugi::xml_node prof, const Document& doc, const TeiContext& ctx) {
  for (const auto& [part, corresp] : letters_of(doc, ctx))
    add_letter(prof, doc, letter_facts(doc, part, *ctx.entry), corresp, ctx);
}

// Whether a letter's date is Julian (the header then declares the calendar).
bool letter_julian(const Document& doc, const TeiContext& ctx) {
  for (const auto& l : letters_of(doc, ctx))
    if (letter_facts(doc, l.first, *ctx.entry).date.julian) return true;
  return false;
}

// msDesc for an archival source: from the manifest's `archive`, else from
// the archival reference in the text.
void add_manuscript(pugi::xml_node sd, const Document& doc, const DocumentEntry& e) {
  ShelfMark sm;
  if (e.source.archive.empty() || !parse_shelfmark(e.source.archive, sm)) sm = doc.shelfmark;
  if (sm.empty()) return;
  pugi::xml_node ms = sd.append_child("msDesc");
  pugi::xml_node id = ms.append_child("msIdentifier");
  if (!sm.repository.empty()) add(id, "repository", sm.repository);
  for (const auto& [type, value] : {std::pair<const char*, const std::string*>{"fond", &sm.fond},
                                    {"opis", &sm.opis}, {"delo", &sm.delo}})
    if (!value->empty()) set(add(id, "idno", *value), "type", type);
  if (!id.first_child()) set(add(id, "idno", sm.text), "type", "shelfmark");
  pugi::xml_node item = ms.append_child("msContents").append_child("msItem");
  if (!sm.folios.empty()) {
    pugi::xml_node locus = add(item, "locus", "l. " + sm.folios);
    std::string f = sm.folios;
    std::size_t dash = f.find('-');
    std::size_t dash_len = 1;
    if (dash == std::string::npos) {
      dash = f.find("–");
      dash_len = std::string("–").size();
    }
    if (dash != std::string::npos) {
      set(locus, "from", f.substr(0, dash));
      set(locus, "to", f.substr(dash + dash_len));
    } else {
      set(locus, "from", f);
      set(locus, "to", f);
    }
  }
  add(item, "title", title_without_calls(e.title, doc));
  if (!sm.form.empty()) add(ms.append_child("physDesc"), "p", sm.form);
}

// The entries of the persons this document mentions (and of those its
// responsibility statements name), copied from the personography, so that
// every @ref resolves inside the file and the header says who is mentioned.
void add_persons(pugi::xml_node prof, const Document& doc, const TeiContext& ctx,
                 const std::set<std::string>& used) {
  if (!ctx.persons) return;
  std::vector<std::string> ids = doc.persons;
  auto named = [&](const std::string& who) {  // the correspondents the editor names
    if (!who.empty() && ctx.persons->find(who) && std::find(ids.begin(), ids.end(), who) == ids.end())
      ids.push_back(who);
  };
  for (const auto& p : doc.parts) named(p.sender), named(p.addressee);
  named(ctx.entry->sender), named(ctx.entry->addressee);
  for (const auto& r : ctx.edition->responsibilities)
    if (used.count(r.id) && !r.person.empty() && ctx.persons->find(r.person) &&
        std::find(ids.begin(), ids.end(), r.person) == ids.end())
      ids.push_back(r.person);
  if (ids.empty()) return;
  pugi::xml_node list = prof.append_child("particDesc").append_child("listPerson");
  for (const auto& id : ids) {
    const int i = ctx.persons->index_of(id);
    if (i < 0) continue;
    pugi::xml_node copy = list.append_copy(ctx.persons->persons[static_cast<std::size_t>(i)].node);
    // The edition's sort order (its language's collation), for indexes.
    if (static_cast<std::size_t>(i) < ctx.persons->sort_keys.size() && !copy.attribute("sortKey"))
      copy.append_attribute("sortKey").set_value(ctx.persons->sort_keys[static_cast<std::size_t>(i)].c_str());
  }
}

// Appends to `list` a copy of a gazetteer entry (place or org) without the
// entries nested in it, its children in the order TEI requires whatever the
// editor's file has: names, descriptions and location first, then notes,
// bibliography and links (and, in a place, its idnos). An editor's file
// that puts a <desc> after an <idno> thus still gives valid TEI.
void copy_entity(pugi::xml_node list, pugi::xml_node entry) {
  pugi::xml_node copy = list.append_copy(entry);
  const bool place = std::strcmp(entry.name(), "place") == 0;
  std::vector<pugi::xml_node> trailing;
  for (pugi::xml_node c = copy.first_child(), next; c; c = next) {
    next = c.next_sibling();
    const std::string name = c.name();
    if (name == entry.name())
      copy.remove_child(c);
    else if (name == "note" || name == "noteGrp" || name == "bibl" || name == "biblStruct" || name == "listBibl" ||
             name == "ptr" || name == "link" || name == "linkGrp" || (place && name == "idno"))
      trailing.push_back(c);
  }
  for (pugi::xml_node c : trailing) copy.append_move(c);
}

// The entries of the places (settingDesc/listPlace) and organisations
// (particDesc/listOrg) this document names, copied from the gazetteer, so
// that every @ref resolves inside the file. A text's place the editor gives
// by id counts as named. Each entry is copied once, at the top of its list,
// without the entries nested in it (a district in a city): those are
// entries of their own, copied when named, and a nested copy would give
// their xml:id twice. Nothing is written when no entry is found.
void add_places_and_orgs(pugi::xml_node prof, const Document& doc, const TeiContext& ctx) {
  if (!ctx.places) return;
  std::vector<std::string> places = doc.places;
  std::vector<const std::string*> letter_places{&ctx.entry->place};  // the manifest's and the texts' places
  for (const auto& p : doc.parts) letter_places.push_back(&p.place);
  for (const std::string* place : letter_places)
    if (!place->empty() && ctx.places->find(*place) && std::find(places.begin(), places.end(), *place) == places.end())
      places.push_back(*place);
  auto entries = [&](const std::vector<std::string>& ids, EntityKind kind) {
    std::vector<const Entity*> out;
    for (const auto& id : ids)
      if (const Entity* e = ctx.places->find(id); e && e->kind == kind && std::find(out.begin(), out.end(), e) == out.end())
        out.push_back(e);
    return out;
  };
  auto copy_into = [](pugi::xml_node list, const std::vector<const Entity*>& found) {
    for (const Entity* e : found) copy_entity(list, e->node);
  };
  if (const auto orgs = entries(doc.orgs, EntityKind::Org); !orgs.empty()) {
    pugi::xml_node pd = prof.child("particDesc");
    if (!pd) pd = prof.append_child("particDesc");
    copy_into(pd.append_child("listOrg"), orgs);
  }
  if (const auto found = entries(places, EntityKind::Place); !found.empty())
    copy_into(prof.append_child("settingDesc").append_child("listPlace"), found);
}

}  // namespace

std::string language_name(const std::string& code) {
  static const std::pair<const char*, const char*> names[] = {
      {"ru", "Russian"}, {"en", "English"}, {"de", "German"}, {"fr", "French"},
      {"uk", "Ukrainian"}, {"it", "Italian"}, {"es", "Spanish"}, {"pl", "Polish"},
      {"be", "Belarusian"}, {"yi", "Yiddish"}, {"he", "Hebrew"}, {"la", "Latin"}};
  std::string base = code.substr(0, code.find('-'));
  for (const auto& [c, n] : names)
    if (base == c) return n;
  return code;
}

namespace {

bool uses_julian(const Document& doc) {
  auto in = [](const std::vector<Block>& blocks) {
    for (const auto& b : blocks)
      for (const auto& s : b.spans)
        if (const DateMention* date = s.as<DateMention>(); date && date->value.julian) return true;
    return false;
  };
  if (in(doc.blocks)) return true;
  for (const auto& n : doc.notes)
    if (in(n.blocks)) return true;
  return false;
}

// The responsibility statements of the titleStmt: those of the manifest
// this document's @resp values use (`used`), the translator's, Editio's.
void add_responsibilities(pugi::xml_node ts, const DocumentEntry& e, const TeiContext& ctx,
                          const std::set<std::string>& used) {
  for (const auto& r : ctx.edition->responsibilities) {
    if (!used.count(r.id)) continue;
    pugi::xml_node rs = ts.append_child("respStmt");
    set(rs, "xml:id", r.id);
    set(add(rs, "resp", r.role), "key", r.key.empty() ? relator_code(r.role) : r.key);
    const bool known = !r.person.empty() && ctx.persons && ctx.persons->find(r.person);
    pugi::xml_node who = add(rs, known ? "persName" : "name", r.name);
    if (known) set(who, "ref", "#" + r.person);
  }
  if (!e.source.translator.empty()) {
    pugi::xml_node rs = ts.append_child("respStmt");
    set(add(rs, "resp", "translation"), "key", "trl");
    add(rs, "name", e.source.translator);
  }
  pugi::xml_node rs = ts.append_child("respStmt");
  add(rs, "resp", "TEI encoding generated by");
  add(rs, "name", std::string("Editio ") + kVersion);
}

// titleStmt: the document's title and author, the edition's editors, who
// is responsible for what.
void add_title_stmt(pugi::xml_node file, const Document& doc, const TeiContext& ctx,
                    const std::set<std::string>& used) {
  const DocumentEntry& e = *ctx.entry;
  pugi::xml_node ts = file.append_child("titleStmt");
  set(add(ts, "title", title_without_calls(e.title, doc)), "type", "main");
  if (!e.subtitle.empty()) set(add(ts, "title", e.subtitle), "type", "sub");
  // An anonymous text has no author element (the HTML and print say so in
  // their own words); "Unknown" would read as a name.
  if (!e.author.empty()) add(ts, "author", e.author);
  for (const auto& a : ctx.edition->editors) {
    pugi::xml_node n = add(ts, "editor", a.name);
    set(n, "xml:id", a.id);
    set(n, "role", a.role);
  }
  add_responsibilities(ts, e, ctx, used);
}

// editionStmt: this digital edition and its editors.
void add_edition_stmt(pugi::xml_node file, const Edition& ed) {
  pugi::xml_node es = file.append_child("editionStmt");
  add(es, "edition", ed.title + ": digital edition");
  if (ed.editors.empty()) return;
  pugi::xml_node rs = es.append_child("respStmt");
  add(rs, "resp", "edited by");
  for (const auto& a : ed.editors) {
    pugi::xml_node n = add(rs, "persName", a.name);
    if (!a.id.empty()) set(n, "ref", "#" + a.id);
  }
}

// publicationStmt: the edition's publisher, place, date and licence, and the document's id.
void add_publication_stmt(pugi::xml_node file, const Document& doc, const Edition& ed) {
  pugi::xml_node ps = file.append_child("publicationStmt");
  add(ps, "publisher", ed.publisher);
  if (!ed.pub_place.empty()) add(ps, "pubPlace", ed.pub_place);
  add_date(ps, ed.date);
  pugi::xml_node av = ps.append_child("availability");
  pugi::xml_node lic = add(av, "licence", ed.licence);
  set(lic, "target", ed.licence_url);
  set(add(ps, "idno", doc.id), "type", "editio");
  // With [html] base_url, where the document's page is published.
  if (!ed.base_url.empty()) set(add(ps, "idno", ed.base_url + doc.id + ".html"), "type", "URL");
}

// The source's bibl, from the manifest's [document.source] (an archival
// reference already in msDesc is not repeated); never empty.
void add_source_bibl(pugi::xml_node sd, const DocumentEntry& e, bool manuscript) {
  pugi::xml_node bibl = sd.append_child("bibl");
  const SourceInfo& s = e.source;
  if (!s.author.empty()) add(bibl, "author", s.author);
  if (!s.title.empty()) add(bibl, "title", s.title);
  if (!s.translator.empty()) {
    pugi::xml_node rs = bibl.append_child("respStmt");
    set(add(rs, "resp", "translated by"), "key", "trl");
    add(rs, "name", s.translator);
  }
  if (!s.publisher.empty()) add(bibl, "publisher", s.publisher);
  if (!s.pub_place.empty()) add(bibl, "pubPlace", s.pub_place);
  add_date(bibl, s.date);
  if (!s.pages.empty()) set(add(bibl, "biblScope", s.pages), "unit", "page");
  if (!s.archive.empty() && !manuscript) set(add(bibl, "idno", s.archive), "type", "archive");
  if (!s.url.empty()) set(add(bibl, "ref", s.url), "target", s.url);
  if (!e.original_language.empty() && e.original_language != e.language) {
    pugi::xml_node tl = add(bibl, "textLang", "Translated from " + language_name(e.original_language));
    set(tl, "mainLang", e.language);
    set(tl, "otherLangs", e.original_language);
  }
  if (!s.note.empty()) add(bibl, "note", s.note);
  if (!bibl.first_child()) add(bibl, "note", "The source of this text is not recorded.");
}

// `name` holding `text` in `parent`, after ", " when another part precedes it.
void add_part(pugi::xml_node parent, const char* name, const std::string& text) {
  if (text.empty()) return;
  if (parent.first_child()) parent.append_child(pugi::node_pcdata).set_value(", ");
  add(parent, name, text);
}

// The date of a witness, as a part of `parent`.
void add_date_part(pugi::xml_node parent, const DateValue& d) {
  if (!d.has_value() && d.text.empty()) return;
  if (parent.first_child()) parent.append_child(pugi::node_pcdata).set_value(", ");
  add_date(parent, d);
}

// A printed (or otherwise unarchived) witness: bibl with title
// (description), publisher (printing), date and idno (shelfmark).
void add_witness_bibl(pugi::xml_node wit, const Witness& w) {
  pugi::xml_node bibl = wit.append_child("bibl");
  add_part(bibl, "title", w.description);
  add_part(bibl, "publisher", w.printing);
  add_date_part(bibl, w.date);
  if (!w.shelfmark.empty()) {
    add_part(bibl, "idno", w.shelfmark);
    set(bibl.last_child(), "type", "shelfmark");
  }
}

// A witness kept in an archive: msDesc with msIdentifier (repository, idno)
// and a p of its description, printing and date.
void add_witness_ms(pugi::xml_node wit, const Witness& w) {
  pugi::xml_node ms = wit.append_child("msDesc");
  pugi::xml_node id = ms.append_child("msIdentifier");
  add(id, "repository", w.archive);
  if (!w.shelfmark.empty()) add(id, "idno", w.shelfmark);
  pugi::xml_node p = ms.append_child("p");
  add_part(p, "title", w.description);
  add_part(p, "publisher", w.printing);
  add_date_part(p, w.date);
}

// listWit: the document's witnesses in the manifest's order, @xml:id the
// witness's id (what @wit points to), @n its siglum.
void add_list_wit(pugi::xml_node sd, const DocumentEntry& e) {
  if (e.witnesses.empty()) return;
  pugi::xml_node list = sd.append_child("listWit");
  for (const Witness& w : e.witnesses) {
    pugi::xml_node wit = list.append_child("witness");
    set(wit, "xml:id", w.id);
    set(wit, "n", w.siglum);
    if (w.archive.empty()) add_witness_bibl(wit, w);
    else add_witness_ms(wit, w);
  }
}

// sourceDesc: the manuscript, the source's bibl, the first publications the
// text names, the witnesses of a collated document.
void add_source_desc(pugi::xml_node file, const Document& doc, const DocumentEntry& e) {
  pugi::xml_node sd = file.append_child("sourceDesc");
  add_manuscript(sd, doc, e);
  add_source_bibl(sd, e, static_cast<bool>(sd.child("msDesc")));
  for (const auto& p : doc.publications) set(add(sd, "bibl", p), "type", "firstPublication");
  add_list_wit(sd, e);
}

// fileDesc: titleStmt, editionStmt, publicationStmt, seriesStmt, notesStmt, sourceDesc.
void add_file_desc(pugi::xml_node header, const Document& doc, const TeiContext& ctx,
                   const std::set<std::string>& used) {
  const Edition& ed = *ctx.edition;
  const DocumentEntry& e = *ctx.entry;
  pugi::xml_node file = header.append_child("fileDesc");
  add_title_stmt(file, doc, ctx, used);
  add_edition_stmt(file, ed);
  add_publication_stmt(file, doc, ed);
  add(file.append_child("seriesStmt"), "title", ed.title);
  if (!e.description.empty()) {
    pugi::xml_node ns = file.append_child("notesStmt");
    set(add(ns, "note", e.description), "type", "description");
  }
  add_source_desc(file, doc, e);
}

// What the document was read from, in words: "Markdown (CommonMark)",
// "Word (.docx)"; "plain text" for Editio's plain-text reader.
std::string format_name(const std::string& format) {
  static const std::pair<const char*, const char*> names[] = {
      {"markdown", "Markdown (CommonMark)"}, {"html", "HTML"}, {"docx", "Word (.docx)"},
      {"odt", "OpenDocument text (.odt)"}};
  for (const auto& [f, name] : names)
    if (format == f) return name;
  return format.empty() || format == "text" ? "plain text" : format;
}

// The editorialDecl's sentences on a structured source (nothing for plain
// text): how its markup is encoded, and what its reader left out
// (Document::left_out: "Left out of the source file: 3 comments; the
// page's navigation.").
void add_structured_source(pugi::xml_node decl, const Document& doc) {
  if (doc.format.empty() || doc.format == "text") return;
  add(decl, "p", "The text was converted from a " + format_name(doc.format) +
                     " file: its emphasis and other typography are kept as hi (with @rend), its links as ref, "
                     "its tables and images as table and figure, its notes at their calls.");
  if (doc.left_out.empty()) return;
  std::string what = "Left out of the source file: ";
  for (std::size_t i = 0; i < doc.left_out.size(); ++i) what += (i ? "; " : "") + doc.left_out[i];
  add(decl, "p", what + ".");
}

// editorialDecl: the edition's policy, the lines left out as the web page's,
// a structured source's markup and what its reader left out, the editor's
// interventions; or that there were none.
void add_editorial_decl(pugi::xml_node enc, const Document& doc, const Edition& ed) {
  pugi::xml_node decl = enc.append_child("editorialDecl");
  for (const char* k : kPolicyKeys) {
    auto it = ed.policy.find(k);
    if (it != ed.policy.end()) add_para(decl.append_child(k), it->second);
  }
  if (!doc.omitted.empty()) {
    std::string what = "Lines of the source that belong to the web page rather than to the text "
                       "(site navigation, repeated page titles) were left out: ";
    for (std::size_t i = 0; i < doc.omitted.size(); ++i)
      what += (i ? "; “" : "“") + doc.omitted[i] + "”";
    add(decl, "p", what + ".");
  }
  add_structured_source(decl, doc);
  if (doc.editor_interventions > 0) {
    const std::string who = ed.editors.empty() ? std::string("the editor") : ed.editors.front().name;
    add(decl, "p", "The editor's interventions recorded in the editor's layer (" +
                       std::to_string(doc.editor_interventions) +
                       " in this text: corrections, regularizations, gaps, notes, dates, persons and the division into texts) "
                       "carry the responsibility of " + who + " (@resp).");
  }
  if (!decl.first_child()) add(decl, "p", "The text is transcribed from the source without intervention.");
}

// encodingDesc: the project, the editorial principles, the apparatus's
// encoding (of a document of two or more witnesses), Editio as the application.
void add_encoding_desc(pugi::xml_node header, const Document& doc, const Edition& ed, const DocumentEntry& e) {
  pugi::xml_node enc = header.append_child("encodingDesc");
  pugi::xml_node proj = enc.append_child("projectDesc");
  add(proj, "p", ed.title + (ed.subtitle.empty() ? "" : ": " + ed.subtitle) +
                     ". A digital edition produced with Editio from " +
                     (doc.format.empty() || doc.format == "text" ? "plain-text sources."
                                                                 : "plain-text and structured sources."));
  add_editorial_decl(enc, doc, ed);
  if (e.witnesses.size() >= 2) {
    pugi::xml_node ve = enc.append_child("variantEncoding");
    set(ve, "method", "parallel-segmentation");
    set(ve, "location", "internal");
  }
  pugi::xml_node app = enc.append_child("appInfo").append_child("application");
  set(app, "ident", "editio");
  set(app, "version", kVersion);
  add(app, "label", "Editio");
}

// profileDesc: the creation date, the correspondence, the language, the
// Julian calendar when a date uses it, the genre, the persons, places and organisations.
void add_profile_desc(pugi::xml_node header, const Document& doc, const TeiContext& ctx,
                      const std::set<std::string>& used) {
  const DocumentEntry& e = *ctx.entry;
  pugi::xml_node prof = header.append_child("profileDesc");
  if (e.date.has_value() || !e.date.text.empty()) add_date(prof.append_child("creation"), e.date);
  add_correspondence(prof, doc, ctx);
  pugi::xml_node lu = prof.append_child("langUsage");
  set(add(lu, "language", language_name(doc.lang)), "ident", doc.lang);
  if (uses_julian(doc) || letter_julian(doc, ctx)) {
    pugi::xml_node cal = prof.append_child("calendarDesc").append_child("calendar");
    set(cal, "xml:id", "julian");
    add(cal, "p",
        "Julian calendar (Old Style), in use in Russia until 31 January 1918. Dates written in it keep "
        "their written value in @when-custom (@from-custom, @to-custom, @notBefore-custom, @notAfter-custom); "
        "@when, @from, @to, @notBefore and @notAfter give the Gregorian equivalent.");
  }
  if (!e.kind.empty()) {
    pugi::xml_node term = add(prof.append_child("textClass").append_child("keywords"), "term", e.kind);
    set(term, "type", "genre");
  }
  add_persons(prof, doc, ctx, used);
  add_places_and_orgs(prof, doc, ctx);
}

// revisionDesc: one change, Editio's encoding of the source: the place
// the TEI Guidelines give a file's history, where a conversion is the
// first event ("... from the Markdown (CommonMark) file essay.md.").
void add_revision_desc(pugi::xml_node header, const Document& doc, const TeiContext& ctx) {
  const Edition& ed = *ctx.edition;
  pugi::xml_node rev = header.append_child("revisionDesc");
  const std::string source = ctx.source_name.empty() ? std::string("source") : ctx.source_name;
  const bool plain = doc.format.empty() || doc.format == "text";
  pugi::xml_node ch = add(rev, "change",
                          "TEI encoding generated by Editio from the " +
                              (plain ? "plain text " + source : format_name(doc.format) + " file " + source) + ".");
  if (!ed.date.when.empty()) set(ch, "when", ed.date.when);
  if (!ed.editors.empty() && !ed.editors.front().id.empty()) set(ch, "who", "#" + ed.editors.front().id);
}

}  // namespace

void build_header(const Document& doc, const TeiContext& ctx, pugi::xml_node tei) {
  pugi::xml_node header = tei.append_child("teiHeader");
  const std::set<std::string> used = resp_ids_used(doc);  // the responsibilities the header states
  add_file_desc(header, doc, ctx, used);
  add_encoding_desc(header, doc, *ctx.edition, *ctx.entry);
  add_profile_desc(header, doc, ctx, used);
  add_revision_desc(header, doc, ctx);
}

}  // namespace editio
