#include "build/register.hpp"

#include "tei/serialize.hpp"

#include <algorithm>
#include <map>
#include <memory>

#include <unicode/ucol.h>

#include "build/tei_text.hpp"

namespace editio {

std::vector<Mention> collect_mentions(const pugi::xml_document& x, const std::string& doc_id) {
  std::vector<Mention> out;
  pugi::xpath_node_set names = x.select_nodes("/*/*[local-name()='text']//*[local-name()='persName'][@ref]");
  for (const auto& xn : names) {
    pugi::xml_node n = xn.node();
    Mention m;
    m.doc = doc_id;
    m.text = source_reading(n);
    if (pugi::xml_node unit = enclosing_unit(n, m.n)) m.target = unit.attribute("xml:id").value();
    std::string refs = n.attribute("ref").value();
    std::size_t start = 0;
    while (start < refs.size()) {  // "#a #b": a mention of each
      std::size_t e = refs.find(' ', start);
      if (e == std::string::npos) e = refs.size();
      std::string r = refs.substr(start, e - start);
      if (r.size() > 1 && r[0] == '#') {
        m.person = r.substr(1);
        out.push_back(m);
      }
      start = e + 1;
    }
  }
  return out;
}

std::vector<int> register_order(const Personography& persons, const std::string& lang) {
  std::vector<int> order(persons.persons.size());
  for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
  std::vector<std::string> keys;
  for (const auto& p : persons.persons) keys.push_back(p.sort_name(lang));
  UErrorCode err = U_ZERO_ERROR;
  std::unique_ptr<UCollator, void (*)(UCollator*)> coll(ucol_open(lang.c_str(), &err), ucol_close);
  if (U_FAILURE(err) || !coll) {
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return keys[a] < keys[b]; });
    return order;
  }
  std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
    UErrorCode e = U_ZERO_ERROR;
    UCollationResult r = ucol_strcollUTF8(coll.get(), keys[a].data(), static_cast<int32_t>(keys[a].size()),
                                          keys[b].data(), static_cast<int32_t>(keys[b].size()), &e);
    if (r == UCOL_EQUAL) return persons.persons[a].id < persons.persons[b].id;
    return r == UCOL_LESS;
  });
  return order;
}

void write_register(std::string& out, int depth, bool inline_mode, const Personography& persons,
                    const std::vector<Mention>& mentions, const std::string& lang) {
  std::map<std::string, std::vector<const Mention*>> by_person;
  for (const auto& m : mentions) by_person[m.person].push_back(&m);
  if (!inline_mode) out.append(2 * depth, ' ');
  out += inline_mode ? "<persons>" : "<persons>\n";
  int rank = 0;
  for (int i : register_order(persons, lang)) {
    const Person& p = persons.persons[static_cast<std::size_t>(i)];
    pugi::xml_document scratch;
    pugi::xml_node n = scratch.append_child("person");
    struct Emit {  // the person is written when its entry is complete
      std::string& out;
      pugi::xml_node n;
      int depth;
      bool inline_mode;
      ~Emit() { serialize_node(out, n, depth, inline_mode); }
    } emit{out, n, depth + 1, inline_mode};
    n.append_attribute("id").set_value(p.id.c_str());
    n.append_attribute("sort").set_value(++rank);
    if (p.group) n.append_attribute("group").set_value("true");
    if (p.sex != Sex::Unknown) n.append_attribute("sex").set_value(p.sex == Sex::Male ? "M" : "F");
    if (!p.birth.empty()) n.append_attribute("birth").set_value(p.birth.c_str());
    if (!p.death.empty()) n.append_attribute("death").set_value(p.death.c_str());
    pugi::xml_node key = n.append_child("sort-name");
    key.append_child(pugi::node_pcdata).set_value(p.sort_name(lang).c_str());
    for (const auto& name : p.names) {
      pugi::xml_node e = n.append_child("name");
      e.append_attribute("type").set_value(name.type.c_str());
      if (!name.lang.empty()) e.append_attribute("lang").set_value(name.lang.c_str());
      e.append_child(pugi::node_pcdata).set_value(name.text.c_str());
    }
    for (const auto& [type, value] : p.idnos) {
      pugi::xml_node e = n.append_child("idno");
      if (!type.empty()) e.append_attribute("type").set_value(type.c_str());
      e.append_child(pugi::node_pcdata).set_value(value.c_str());
    }
    if (!p.note.empty()) n.append_child("note").append_child(pugi::node_pcdata).set_value(p.note.c_str());
    auto it = by_person.find(p.id);
    n.append_attribute("mentions").set_value(it == by_person.end() ? 0 : static_cast<int>(it->second.size()));
    if (it == by_person.end()) continue;
    for (const Mention* m : it->second) {
      pugi::xml_node e = n.append_child("mention");
      e.append_attribute("doc").set_value(m->doc.c_str());
      if (!m->target.empty()) e.append_attribute("target").set_value(m->target.c_str());
      if (!m->n.empty()) e.append_attribute("n").set_value(m->n.c_str());
      e.append_child(pugi::node_pcdata).set_value(m->text.c_str());
    }
  }
  if (!inline_mode) out.append(2 * depth, ' ');
  out += inline_mode ? "</persons>" : "</persons>\n";
}

}  // namespace editio
