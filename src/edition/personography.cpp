#include "edition/personography.hpp"

#include <algorithm>
#include <cstring>
#include <optional>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <unordered_set>

#include "edition/manifest.hpp"
#include "edition/tei_file.hpp"
#include "util/fs.hpp"

namespace editio {
namespace {

PersonName read_name(pugi::xml_node n, const std::string& inherited_lang) {
  PersonName pn;
  pn.type = n.attribute("type").value();
  if (pn.type.empty()) pn.type = "variant";
  pn.lang = n.attribute("xml:lang") ? n.attribute("xml:lang").value() : inherited_lang;
  pn.text = normalize_space(text_of(n));
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string name = local(c.name());
    std::string t = normalize_space(text_of(c));
    if (t.empty()) continue;
    if (name == "surname") {
      pn.surnames.push_back(t);
      if (std::string(c.attribute("type").value()) == "indeclinable") pn.indeclinable.push_back(t);
    }
    else if (name == "forename") {
      if (std::string(c.attribute("type").value()) == "patronymic") pn.patronymics.push_back(t);
      else pn.forenames.push_back(t);
    } else if (name == "genName") {
      pn.suffixes.push_back(t);
    } else if (name == "nameLink") {
      pn.links.push_back(t);
    } else if (name == "addName" || name == "roleName") {
      pn.addnames.push_back(t);
    }
  }
  return pn;
}

}  // namespace

const PersonName* Person::reg(const std::string& lang) const {
  for (const auto& n : names)
    if (n.type == "reg" && n.lang == lang) return &n;
  for (const auto& n : names)
    if (n.type == "reg") return &n;
  return names.empty() ? nullptr : &names.front();
}

std::string Person::sort_name(const std::string& lang) const {
  const PersonName* n = reg(lang);
  if (!n) return id;
  if (n->surnames.empty()) return n->text;
  std::string s = n->surnames.front();
  std::string rest;
  for (const auto& f : n->forenames) rest += (rest.empty() ? "" : " ") + f;
  for (const auto& p : n->patronymics) rest += (rest.empty() ? "" : " ") + p;
  return rest.empty() ? s : s + ", " + rest;
}

std::string Person::display_name(const std::string& lang) const {
  const PersonName* n = reg(lang);
  if (!n) return id;
  return n->text;
}

const Person* Personography::find(const std::string& id) const {
  int i = index_of(id);
  return i < 0 ? nullptr : &persons[static_cast<std::size_t>(i)];
}

void Personography::set_sort_order(const std::vector<int>& order) {
  sort_keys.assign(persons.size(), std::string());
  for (std::size_t rank = 0; rank < order.size(); ++rank) {
    std::string k = std::to_string(rank + 1);
    sort_keys[static_cast<std::size_t>(order[rank])] = std::string(k.size() < 4 ? 4 - k.size() : 0, '0') + k;
  }
}

int Personography::index_of(const std::string& id) const {
  if (by_id_.size() == persons.size()) {
    auto it = by_id_.find(id);
    return it == by_id_.end() ? -1 : it->second;
  }
  for (std::size_t i = 0; i < persons.size(); ++i)  // not indexed (built by hand)
    if (persons[i].id == id) return static_cast<int>(i);
  return -1;
}

void Personography::index_ids() {
  by_id_.clear();
  for (std::size_t i = 0; i < persons.size(); ++i) by_id_.emplace(persons[i].id, static_cast<int>(i));
}

namespace {

// Every person and personGrp in the TEI namespace, wherever it sits.
std::vector<pugi::xml_node> person_entries(pugi::xml_document& doc) {
  std::vector<pugi::xml_node> entries;
  struct Walker : pugi::xml_tree_walker {
    std::vector<pugi::xml_node>* out;
    bool for_each(pugi::xml_node& n) override {
      if (n.type() == pugi::node_element) {
        std::string name = local(n.name());
        if ((name == "person" || name == "personGrp") &&
            std::string(n.parent().name()).find("listPerson") != std::string::npos)
          out->push_back(n);
      }
      return true;
    }
  } walker;
  walker.out = &entries;
  doc.traverse(walker);
  return entries;
}

// A root that is not TEI, a file not in the TEI namespace, or one without
// persons is still read, with a warning.
void check_root(pugi::xml_node root, bool no_entries, const std::string& path, const LineMap& lines,
                Diagnostics& diags) {
  if (local(root.name()) != "TEI" && local(root.name()) != "listPerson" && local(root.name()) != "teiCorpus")
    diags.warning(path, lines.at(root.offset_debug()),
                  "the personography's root element is <" + std::string(root.name()) +
                      ">, not <TEI> or <listPerson>; reading its <person> entries anyway");
  const char* ns = root.attribute("xmlns").value();
  if (std::strcmp(ns, kTei) != 0)
    diags.warning(path, lines.at(root.offset_debug()),
                  "the personography is not in the TEI namespace (xmlns=\"" + std::string(kTei) + "\")");
  if (no_entries)
    diags.warning(path, lines.at(root.offset_debug()),
                  "the personography has no <person> in a <listPerson>: no names will be linked");
}

// An entry's xml:id must be there, be an XML name and be its own (`seen`:
// the ids before it, where); false (reported) when it is not.
bool check_person_id(const Person& p, pugi::xml_node n, std::unordered_map<std::string, SourcePos>& seen,
                     const std::string& path, Diagnostics& diags) {
  if (p.id.empty()) {
    diags.error(path, p.pos, "a <" + std::string(n.name()) +
                                 "> has no xml:id: give it one (such as surname and initials, \"petrov-ia\") so that mentions can point to it");
    return false;
  }
  if (!is_ncname(p.id)) {
    diags.error(path, p.pos, "xml:id \"" + p.id + "\" is not an XML name (letters, digits, '-', '_', '.', not starting with a digit)");
    return false;
  }
  if (auto it = seen.find(p.id); it != seen.end()) {
    diags.error(path, p.pos, "xml:id \"" + p.id + "\" is used twice (first at line " +
                                 std::to_string(it->second.line) + "): each person needs its own id");
    return false;
  }
  seen[p.id] = p.pos;
  return true;
}

// @sex, or <sex value="...">, or <sex>'s text: M/m/1/male, F/f/2/female.
Sex read_sex(pugi::xml_node n) {
  std::string sex = n.attribute("sex").value();
  if (sex.empty()) sex = normalize_space(n.child("sex").attribute("value").value());
  if (sex.empty()) sex = normalize_space(text_of(n.child("sex")));
  if (sex == "M" || sex == "m" || sex == "1" || sex == "male") return Sex::Male;
  if (sex == "F" || sex == "f" || sex == "2" || sex == "female") return Sex::Female;
  return Sex::Unknown;
}

// The entry's names (persName, in the entry's xml:lang unless their own),
// birth, death, idnos and its first note.
void read_person_children(pugi::xml_node n, Person& p) {
  std::string lang = n.attribute("xml:lang").value();
  for (pugi::xml_node c : n.children()) {
    if (c.type() != pugi::node_element) continue;
    std::string name = local(c.name());
    if (name == "persName") {
      PersonName pn = read_name(c, lang);
      if (!pn.text.empty()) p.names.push_back(std::move(pn));
    } else if (name == "birth") {
      p.birth = c.attribute("when").value();
    } else if (name == "death") {
      p.death = c.attribute("when").value();
    } else if (name == "idno") {
      p.idnos.emplace_back(c.attribute("type").value(), normalize_space(text_of(c)));
    } else if (name == "note" && p.note.empty()) {
      p.note = normalize_space(text_of(c));
    }
  }
}

// One <person> or <personGrp>; nothing (reported) when it has no usable
// xml:id or no name.
std::optional<Person> read_person(pugi::xml_node n, std::unordered_map<std::string, SourcePos>& seen,
                                  const std::string& path, const LineMap& lines, Diagnostics& diags) {
  Person p;
  p.node = n;
  p.pos = lines.at(n.offset_debug());
  p.group = local(n.name()) == "personGrp";
  p.id = n.attribute("xml:id").value();
  if (!check_person_id(p, n, seen, path, diags)) return std::nullopt;
  p.sex = read_sex(n);
  read_person_children(n, p);
  if (p.names.empty()) {
    diags.error(path, p.pos, "person \"" + p.id + "\" has no <persName>: it could never be matched; add its regularized name");
    return std::nullopt;
  }
  if (std::none_of(p.names.begin(), p.names.end(), [](const PersonName& x) { return x.type == "reg"; }))
    diags.warning(path, p.pos, "person \"" + p.id + "\" has no <persName type=\"reg\">: its first name is used as the regular form");
  return p;
}

}  // namespace

std::unique_ptr<Personography> parse_personography(const std::string& path, const std::string& text,
                                                   Diagnostics& diags) {
  auto doc = std::make_shared<pugi::xml_document>();
  const LineMap lines(text);
  if (!load_xml(*doc, path, text, lines, "the personography", diags)) return nullptr;
  drop_indentation(doc->document_element());
  auto out = std::make_unique<Personography>();
  out->path = path;
  out->xml = doc;
  const std::vector<pugi::xml_node> entries = person_entries(*doc);
  check_root(doc->document_element(), entries.empty(), path, lines, diags);
  std::unordered_map<std::string, SourcePos> seen;
  for (pugi::xml_node n : entries)
    if (std::optional<Person> p = read_person(n, seen, path, lines, diags)) out->persons.push_back(std::move(*p));
  out->index_ids();
  return out;
}

namespace {

// "12", "1.2" (the second note numbered 1), or with `letters` "a", "ab-2".
bool is_label(std::string_view s, bool letters) {
  std::size_t i = 0;
  auto run = [&](bool alpha) {
    const std::size_t from = i;
    while (i < s.size() && (alpha ? (s[i] >= 'a' && s[i] <= 'z') : (s[i] >= '0' && s[i] <= '9'))) ++i;
    return i > from;
  };
  if (!run(letters)) return false;
  const char sequence = letters ? '-' : '.';
  if (i < s.size() && s[i] == sequence && (++i, !run(false))) return false;
  return i == s.size();
}

// The ids the TEI writer makes from a document's id: "{id}-p12" (paragraph),
// "-h" (heading), "-i" (list item), "-t" (text), "-c" (correction), "-open",
// "-close", "-n41" (note), "-ea" (editor's note): what `rest` names, or empty.
std::string made_from_document_id(std::string_view rest) {
  static const std::pair<const char*, const char*> numbered[] = {
      {"open", "opener"}, {"close", "closer"}, {"p", "paragraph"}, {"h", "heading"},
      {"i", "list item"}, {"t", "text"},       {"c", "correction"}};
  for (const auto& [kind, what] : numbered) {
    const std::string_view k = kind;
    if (rest.substr(0, k.size()) == k && rest.size() > k.size() &&
        rest.find_first_not_of("0123456789", k.size()) == std::string_view::npos)
      return std::string(what) + " " + std::string(rest.substr(k.size()));
  }
  if (rest.size() > 1 && rest[0] == 'n' && is_label(rest.substr(1), false))
    return "note [" + std::string(rest.substr(1)) + "]";
  if (rest.size() > 1 && rest[0] == 'e' && is_label(rest.substr(1), true))
    return "the editor's note " + std::string(rest.substr(1));
  return "";
}

// generated_id for any document of the edition.
std::string generated_id_in_edition(const std::string& id, const Edition& ed,
                                    const std::unordered_set<std::string>& doc_ids) {
  if (std::string what = generated_id(id, ed, ""); !what.empty()) return what;
  if (doc_ids.count(id)) return "document '" + id + "' (the id of its TEI)";
  for (std::size_t dash = id.find('-'); dash != std::string::npos; dash = id.find('-', dash + 1))
    if (doc_ids.count(id.substr(0, dash)))
      if (std::string what = generated_id(id, ed, id.substr(0, dash)); !what.empty()) return what;
  return "";
}

// [[person]] entries whose person is not in the personography are reported
// once, at the entry, and left out.
void check_editorial_persons(EditorialLayer& layer, const Personography* persons, Diagnostics& diags) {
  auto unknown = [&](const EditorialPerson& e) {
    if (e.none || (persons && persons->find(e.person))) return false;
    diags.warning(layer.path, e.person_pos.line ? e.person_pos : e.pos,
                  "[[person]] '" + e.at.text + "': person '" + e.person + "' is not the xml:id of a person in " +
                      (persons ? "the personography (" + persons->path + ")" : "a personography (the edition has none)") +
                      ": the entry was not applied; write the person's xml:id, or none = true for words that name no one");
    return true;
  };
  layer.persons.erase(std::remove_if(layer.persons.begin(), layer.persons.end(), unknown), layer.persons.end());
}

}  // namespace

std::string generated_id(const std::string& id, const Edition& ed, const std::string& doc_id) {
  if (id == "julian") return "the Julian calendar (declared in the header of each document with Old Style dates)";
  for (const auto& a : ed.editors)
    if (a.id == id) return "the editor " + a.name + " ([edition] editors in the manifest)";
  for (const auto& r : ed.responsibilities)
    if (r.id == id) return "the [[responsibility]] of " + r.name + " in the manifest";
  if (doc_id.empty()) return "";
  if (id == doc_id) return "document '" + doc_id + "' (the id of its TEI)";
  const std::string prefix = doc_id + "-";
  if (id.compare(0, prefix.size(), prefix) != 0) return "";
  const std::string what = made_from_document_id(std::string_view(id).substr(prefix.size()));
  return what.empty() ? "" : what + " of document '" + doc_id + "'";
}

void check_persons(Edition& ed, const Personography* persons, Diagnostics& diags) {
  if (persons) {
    std::unordered_set<std::string> doc_ids;
    for (const auto& d : ed.documents) doc_ids.insert(d.id);
    for (const Person& p : persons->persons)
      if (std::string what = generated_id_in_edition(p.id, ed, doc_ids); !what.empty())
        diags.error(persons->path, p.pos,
                    "person id \"" + p.id + "\" is also the id Editio gives " + what +
                        ": give the person another xml:id (and use it where the manifest or the editor's layer "
                        "names the person)");
  }
  for (const auto& r : ed.responsibilities)
    if (!r.person.empty() && (!persons || !persons->find(r.person)))
      diags.warning(ed.manifest_path, {}, "responsibility '" + r.id + "' names person '" + r.person +
                                              "', who is not in the personography: the link is left out");
  // A correspondent the editor names: an id of the personography, or a name
  // as written (not an XML name: it has a space). An XML name not in the
  // personography is an id mistyped: warned about and not used.
  auto check_correspondent = [&](std::string& id, const std::string& file, SourcePos pos, const std::string& what,
                                 const char* key) {
    if (id.empty() || !is_ncname(id) || (persons && persons->find(id))) return;
    diags.warning(file, pos,
                  what + ": " + key + " '" + id + "' is not the xml:id of a person in " +
                      (persons ? "the personography (" + persons->path + ")" : "a personography (the edition has none)") +
                      "; it is not used (the text's own " +
                      (std::string(key) == "sender" ? "signature" : "addressee line") +
                      " is, if it names a person): write the person's xml:id");
    id.clear();
  };
  for (auto& t : ed.editorial_layer.texts) {
    check_correspondent(t.sender, ed.editorial_layer.path, t.sender_pos, "[[text]]", "sender");
    check_correspondent(t.addressee, ed.editorial_layer.path, t.addressee_pos, "[[text]]", "addressee");
  }
  for (auto& d : ed.documents) {
    check_correspondent(d.sender, ed.manifest_path, d.sender_pos, "[[document]] '" + d.id + "'", "sender");
    check_correspondent(d.addressee, ed.manifest_path, d.addressee_pos, "[[document]] '" + d.id + "'", "addressee");
  }
  check_editorial_persons(ed.editorial_layer, persons, diags);
}

std::unique_ptr<Personography> load_personography(const std::string& path, Diagnostics& diags) {
  std::string text, why;
  if (!fs::read_file(path, text, why)) {
    diags.error(path, {}, "cannot read the personography: " + why);
    return nullptr;
  }
  return parse_personography(path, text, diags);
}

}  // namespace editio
