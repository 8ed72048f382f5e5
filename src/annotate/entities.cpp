#include "annotate/entities.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <unordered_set>

#include "annotate/name_forms.hpp"
#include "annotate/persons.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

// ---------------------------------------------------------------------------
// The forms of a name. Russian names of places and institutions decline as
// nouns: the leading adjectives agree with the head noun, what follows the
// head (a genitive complement, "иностранных дел") stays as written. The
// declension of single words is name_forms's (the surname and first-name
// paradigms, read by their slots: slot % 10 is the grammatical case).

enum class Gender { Masc, Fem, Neut, Plural, None };
constexpr int kCases = 6;
using CaseForms = std::array<std::vector<std::string>, kCases>;  // per case, its forms

bool ends(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The gender and number an adjective's ending says, None for a word that is
// no adjective ("Народный" Masc, "Красная" Fem, "Царское" Neut, "Соединённые" Plural).
Gender adjective_gender(std::string_view w) {
  if (utf8::length(w) < 4) return Gender::None;
  if (ends(w, "ый") || ends(w, "ий") || ends(w, "ой")) return Gender::Masc;
  if (ends(w, "ая") || ends(w, "яя")) return Gender::Fem;
  if (ends(w, "ое") || ends(w, "ее")) return Gender::Neut;
  if (ends(w, "ые") || ends(w, "ие")) return Gender::Plural;
  return Gender::None;
}

// The forms of a paradigm of name_forms, sorted into cases; `nominative`
// stands for the nominative and, of inanimate nouns, the accusative.
CaseForms by_case(const std::vector<NameForm>& forms, int first_slot, const std::string& nominative) {
  CaseForms out;
  for (const NameForm& f : forms)
    if (f.slot >= first_slot && f.slot < first_slot + kCases) out[static_cast<std::size_t>(f.slot % 10)].push_back(f.text);
  out[0] = {nominative};
  out[3].push_back(nominative);
  return out;
}

// An adjective in the cases of its gender ("Народный" -> "Народного", "Народному"...).
CaseForms adjective_cases(const std::string& w, Gender g) {
  const NameLanguage& ru = russian_names();
  const std::string stem = w.substr(0, w.size() - 4);  // two Cyrillic letters
  switch (g) {
    case Gender::Fem: return by_case(ru.forms(NamePart::Surname, w, Sex::Female), 10, w);
    case Gender::Masc: return by_case(ru.forms(NamePart::Surname, w, Sex::Male), 0, w);
    case Gender::Neut:  // as the masculine, but the accusative is the nominative
      return by_case(ru.forms(NamePart::Surname, stem + (ends(w, "ее") ? "ий" : "ый"), Sex::Male), 0, w);
    case Gender::Plural:
      return by_case(ru.forms(NamePart::Surname, stem + (ends(w, "ие") ? "ий" : "ый"), Sex::Male), 20, w);
    case Gender::None: break;
  }
  CaseForms same;
  for (auto& c : same) c = {w};
  return same;
}

// The plural of a noun in -ы/-и ("Штаты" -> "Штатов", "Штатам", "Штатами", "Штатах").
CaseForms plural_noun_cases(const std::string& w) {
  const std::string stem = w.substr(0, w.size() - 2);
  const bool hushing = ends(stem, "ж") || ends(stem, "ш") || ends(stem, "ч") || ends(stem, "щ");
  return {{{w}, {stem + (hushing ? "ей" : "ов")}, {stem + "ам"}, {w}, {stem + "ами"}, {stem + "ах"}}};
}

// The gender a noun's ending suggests when no adjective says it: -а/-я
// feminine, a consonant or -й masculine, -ь either (Севастополь, Казань).
CaseForms noun_cases(const std::string& w, Gender g) {
  const NameLanguage& ru = russian_names();
  if (g == Gender::Plural && (ends(w, "ы") || ends(w, "и"))) return plural_noun_cases(w);
  if (ends(w, "а") || ends(w, "я")) return by_case(ru.forms(NamePart::Forename, w, Sex::Female), 10, w);
  if (ends(w, "о") || ends(w, "е")) {  // "Село" with an adjective; else indeclinable ("Токио", "Осло")
    if (g != Gender::Neut) return adjective_cases(w, Gender::None);
    return by_case(ru.forms(NamePart::Forename, w.substr(0, w.size() - 2), Sex::Male), 0, w);
  }
  const char32_t last = utf8::last_char(w);
  constexpr std::u32string_view kDeclining = U"бвгджзклмнпрстфхцчшщйь";
  if (kDeclining.find(last) == std::u32string_view::npos) return adjective_cases(w, Gender::None);  // indeclinable
  CaseForms out;
  if (!(last == U'ь' && g == Gender::Fem)) out = by_case(ru.forms(NamePart::Forename, w, Sex::Male), 0, w);
  if (last == U'ь' && g != Gender::Masc) {
    const CaseForms fem = by_case(ru.forms(NamePart::Forename, w, Sex::Female), 10, w);
    for (int c = 0; c < kCases; ++c)
      for (const auto& f : fem[static_cast<std::size_t>(c)]) out[static_cast<std::size_t>(c)].push_back(f);
  }
  return out;
}

// Every combination of the words' forms in one case, joined by spaces.
void combine(const std::vector<std::vector<std::string>>& words, std::size_t k, std::string sofar,
             std::set<std::string>& out) {
  if (k == words.size()) {
    out.insert(sofar);
    return;
  }
  for (const auto& w : words[k]) combine(words, k + 1, sofar.empty() ? w : sofar + " " + w, out);
}

// The forms of a Russian name in the six cases: its leading adjectives and
// its head noun inflected, the rest as written.
std::set<std::string> russian_forms(const std::string& name) {
  std::vector<std::string> words;
  for (std::string_view w : utf8::words(name)) words.emplace_back(w);
  if (words.empty()) return {name};
  std::size_t head = 0;
  Gender g = Gender::None;
  while (head + 1 < words.size() && adjective_gender(words[head]) != Gender::None) g = adjective_gender(words[head++]);
  std::vector<CaseForms> inflected;
  for (std::size_t k = 0; k < head; ++k) inflected.push_back(adjective_cases(words[k], g));
  inflected.push_back(noun_cases(fold_yo(words[head]), g));
  std::string rest;
  for (std::size_t k = head + 1; k < words.size(); ++k) rest += " " + words[k];
  std::set<std::string> out{name};
  for (int c = 0; c < kCases; ++c) {
    std::vector<std::vector<std::string>> slot;
    for (const CaseForms& w : inflected) slot.push_back(w[static_cast<std::size_t>(c)]);
    std::set<std::string> joined;
    combine(slot, 0, "", joined);
    for (const auto& j : joined) out.insert(j + rest);
  }
  return out;
}

bool word_char(char32_t c) { return utf8::is_letter(c) || utf8::is_mark(c) || utf8::is_digit(c); }

// The key a form is indexed by: its first word, lower case, ё as е.
std::string key_of(std::string_view text) {
  const auto words = name_words(text);
  if (words.empty()) return {};
  return fold_yo(utf8::lower(text.substr(words[0].begin, words[0].end - words[0].begin)));
}

// A name written wholly in capitals ("МХАТ", "UNESCO"): an abbreviation, matched as written.
bool in_capitals(std::string_view s) {
  bool any = false;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    if (utf8::is_letter(c)) {
      if (!utf8::is_upper(c)) return false;
      any = true;
    }
  }
  return any && utf8::length(s) > 1;
}

// Where `form` ends when the text at `at` reads as it, else npos: letter for
// letter (ё as е), any run of spaces for a space, every letter in capitals
// when `capitals`; and no letter or digit right after.
std::size_t match_at(std::string_view text, std::size_t at, std::string_view form, bool capitals) {
  std::size_t i = at;
  for (std::size_t f = 0; f < form.size();) {
    const char32_t fc = utf8::next(form, f);
    if (i >= text.size()) return std::string::npos;
    std::size_t j = i;
    char32_t tc = utf8::next(text, j);
    if (utf8::is_space(fc)) {
      if (!utf8::is_space(tc)) return std::string::npos;
      while (j < text.size()) {
        std::size_t k = j;
        if (!utf8::is_space(utf8::next(text, k))) break;
        j = k;
      }
      i = j;
      continue;
    }
    char32_t want = fc == U'ё' ? U'е' : fc == U'Ё' ? U'Е' : fc;
    if (tc == U'ё') tc = U'е';
    if (tc == U'Ё') tc = U'Е';
    if (capitals) want = utf8::to_upper(want);
    if (tc != want) return std::string::npos;
    i = j;
  }
  if (i < text.size()) {
    std::size_t j = i;
    if (word_char(utf8::next(text, j))) return std::string::npos;
  }
  return i;
}

void add_id(std::vector<std::string>& ids, const std::string& id) {
  if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
}

// The English article that is no part of a name: "the Central Committee".
std::string without_article(const std::string& name) {
  if ((name.rfind("the ", 0) == 0 || name.rfind("The ", 0) == 0) && name.size() > 4) return name.substr(4);
  return name;
}

}  // namespace

EntityMatcher::EntityMatcher(const Gazetteer& gazetteer) : gazetteer_(gazetteer) {
  for (std::size_t i = 0; i < gazetteer.entities.size(); ++i)
    for (const EntityName& n : gazetteer.entities[i].names) index_name(static_cast<int>(i), n);
  for (auto& [key, forms] : forms_)
    std::stable_sort(forms.begin(), forms.end(), [](const Form& a, const Form& b) { return a.text.size() > b.text.size(); });
}

// One name of entry `entity`: as written when an abbreviation or in
// capitals, else without a leading English article and, in Russian, in
// all its cases.
void EntityMatcher::index_name(int entity, const EntityName& name) {
  if (name.abbreviation() || in_capitals(name.text)) {
    add_form(entity, name.text, true);
    return;
  }
  const std::string text = without_article(name.text);
  if (!russian_names().handles(text)) {
    add_form(entity, text, false);
    return;
  }
  for (const std::string& f : russian_forms(text)) add_form(entity, f, false);
}

void EntityMatcher::add_form(int entity, const std::string& text, bool exact) {
  const std::string key = key_of(text);
  if (key.empty()) return;
  auto& v = forms_[key];
  const bool dup = std::any_of(v.begin(), v.end(), [&](const Form& f) { return f.entity == entity && f.text == text; });
  if (!dup) v.push_back({text, entity, exact});
}

std::vector<std::vector<std::string>> EntityMatcher::index_words() const {
  std::vector<std::vector<std::string>> out(gazetteer_.entities.size());
  for (const auto& [key, forms] : forms_)
    for (const Form& f : forms) {
      auto& words = out[static_cast<std::size_t>(f.entity)];
      if (std::find(words.begin(), words.end(), key) == words.end()) words.push_back(key);
    }
  return out;
}

// The matching of one document: what it has named so far, what was warned.
struct EntityRun {
  const EntityMatcher& m;
  Document& doc;
  Diagnostics& diags;
  std::unordered_map<const Block*, std::vector<const EntityDecision*>> decisions;
  std::set<std::string> warned;  // forms as written, warned about once per document

  // The entries whose form the text reads as at word `w`, the longest such
  // form; `end` is where it ends. Empty when none.
  std::vector<int> candidates_at(std::string_view text, const Word& w, std::size_t& end) const {
    std::vector<int> out;
    end = 0;
    auto it = m.forms_.find(fold_yo(utf8::lower(text.substr(w.begin, w.end - w.begin))));
    if (it == m.forms_.end()) return out;
    const bool capitals = w.all_caps && utf8::length(text.substr(w.begin, w.end - w.begin)) > 1;
    for (const EntityMatcher::Form& f : it->second) {
      std::size_t e = match_at(text, w.begin, f.text, false);
      if (e == std::string::npos && capitals && !f.exact) e = match_at(text, w.begin, f.text, true);
      if (e == std::string::npos || e < end) continue;
      if (e > end) out.clear(), end = e;
      if (std::find(out.begin(), out.end(), f.entity) == out.end()) out.push_back(f.entity);
    }
    return out;
  }

  const Entity& entity(int i) const { return m.gazetteer_.entities[static_cast<std::size_t>(i)]; }

  void seen(const Entity& e) { add_id(e.kind == EntityKind::Place ? doc.places : doc.orgs, e.id); }

  // The span for a name that fits `c` (one entry: its id; several: none,
  // of the first one's kind, and a warning once per form).
  Span span_for(const Block& b, std::size_t begin, std::size_t end, const std::vector<int>& c) {
    const Entity& first = entity(c.front());
    const std::string id = c.size() == 1 ? first.id : std::string();
    if (c.size() == 1) seen(first);
    else warn_ambiguous(b, begin, end, c);
    if (first.kind == EntityKind::Place) return Span{begin, end, PlaceName{id}};
    return Span{begin, end, OrgName{id}};
  }

  void warn_ambiguous(const Block& b, std::size_t begin, std::size_t end, const std::vector<int>& c) {
    const std::string form = b.text.substr(begin, end - begin);
    if (!warned.insert(form).second) return;
    const Entity& first = entity(c.front());
    const bool place = first.kind == EntityKind::Place;
    std::string msg = "'" + form + "' may name ";
    for (std::size_t k = 0; k < c.size(); ++k) {
      const Entity& e = entity(c[k]);
      const EntityName* reg = e.reg(doc.lang);
      msg += (k ? (k + 1 == c.size() ? " or " : ", ") : "") + e.id + " (" + (reg ? reg->text : e.id) + ", " +
             (e.kind == EntityKind::Place ? "a place" : "an organisation") + ")";
    }
    const SourcePos at = b.position_of(begin);
    const char* kind = place ? "place" : "org";
    msg += std::string(": tagged <") + (place ? "placeName" : "orgName") +
           "> without @ref (here and wherever this form recurs in the document); decide in the editor's layer: [[" +
           kind + "]] document = \"" + doc.id + "\", text = \"" + form + "\", line = " + std::to_string(at.line) +
           ", " + kind + " = \"" + first.id + "\" (or none = true)";
    diags.warning(doc.source_path, at, msg);
  }

  // The places a dateline's place names: those its words as a whole are a
  // form of, else those of its first comma-separated part that is a whole
  // form of a place ("Department of State, Washington", "Peking, China":
  // Washington, Peking). Organisations are left out: the span is a place.
  std::vector<int> dateline_entries(const std::string& text, std::size_t begin, std::size_t end) const {
    auto places = [&](const std::string& words) {
      std::vector<int> c = m.entries_named(words);
      c.erase(std::remove_if(c.begin(), c.end(), [&](int i) { return entity(i).kind != EntityKind::Place; }), c.end());
      return c;
    };
    if (std::vector<int> c = places(text.substr(begin, end - begin)); !c.empty()) return c;
    for (std::size_t from = begin; from < end;) {
      const std::size_t comma = std::min(text.find(',', from), end);
      if (std::vector<int> c = places(std::string(utf8::trim(std::string_view(text).substr(from, comma - from))));
          !c.empty())
        return c;
      from = comma + 1;
    }
    return {};
  }

  // The places recognize_structure found in datelines (PlaceName without
  // id): the id of the entry their words name, if exactly one (see
  // dateline_entries); the span keeps its words.
  void datelines(Block& b) {
    for (Span& s : b.spans) {
      PlaceName* p = s.as<PlaceName>();
      if (!p || !p->place.empty() || decision_over(b, s.begin, s.end)) continue;
      const std::vector<int> c = dateline_entries(b.text, s.begin, s.end);
      if (c.empty()) continue;
      p->place = span_for(b, s.begin, s.end, c).as<PlaceName>()->place;
    }
  }

  const EntityDecision* decision_over(const Block& b, std::size_t begin, std::size_t end) const {
    auto it = decisions.find(&b);
    if (it == decisions.end()) return nullptr;
    for (const EntityDecision* d : it->second)
      if (d->begin < end && begin < d->end) return d;
    return nullptr;
  }

  // The editor's decision: the words get its entry's id (a dateline place
  // over exactly those words too) or, with none, nothing.
  void apply(Block& b, const EntityDecision& d, std::vector<Span>& added) {
    const Entity* e = d.id.empty() ? nullptr : m.gazetteer_.find(d.id);
    for (Span& s : b.spans)
      if (s.begin == d.begin && s.end == d.end && s.is<PlaceName>()) {
        if (e && e->kind == EntityKind::Place) s.as<PlaceName>()->place = e->id, seen(*e);
        return;
      }
    if (std::any_of(b.spans.begin(), b.spans.end(), [&](const Span& s) { return keeps_off(s, d.begin, d.end); })) {
      diags.warning(d.layer_path, d.entry_pos, "'" + b.text.substr(d.begin, d.end - d.begin) +
                                                   "' overlaps another annotation in " + doc.id +
                                                   ": the [[place]] or [[org]] entry was not applied; choose words "
                                                   "that lie outside it");
      return;
    }
    if (!e) return;  // none = true (unknown ids were left out with the editor's layer)
    seen(*e);
    if (e->kind == EntityKind::Place) added.push_back(Span{d.begin, d.end, PlaceName{e->id}});
    else added.push_back(Span{d.begin, d.end, OrgName{e->id}});
  }

  void run_block(Block& b) {
    datelines(b);
    const std::string_view text = b.text;
    const std::vector<Word> words = name_words(text);
    std::vector<Span> added;
    std::size_t done = 0;  // bytes before this are decided
    for (const Word& w : words) {
      if (w.begin < done) continue;
      if (const EntityDecision* d = decision_over(b, w.begin, w.end)) {
        apply(b, *d, added);
        done = d->end;
        continue;
      }
      std::size_t end = 0;
      const std::vector<int> c = candidates_at(text, w, end);
      if (c.empty() || decision_over(b, w.begin, end)) continue;
      if (std::any_of(b.spans.begin(), b.spans.end(), [&](const Span& s) { return keeps_off(s, w.begin, end); }))
        continue;
      added.push_back(span_for(b, w.begin, end, c));
      done = end;
    }
    for (Span& s : added) b.spans.push_back(std::move(s));
  }
};

std::vector<int> EntityMatcher::entries_named(const std::string& written) const {
  const std::string text = without_article(written);
  const auto words = name_words(text);
  if (words.empty()) return {};
  Document none;
  Diagnostics quiet;
  EntityRun run{*this, none, quiet, {}, {}};
  std::size_t end = 0;
  std::vector<int> c = run.candidates_at(text, words[0], end);
  if (end != text.size()) return {};
  return c;
}

void EntityMatcher::annotate(Document& doc, const EntityOptions& options, Diagnostics& diags) const {
  EntityRun run{*this, doc, diags, {}, {}};
  for (const EntityDecision& d : options.decisions) run.decisions[d.block].push_back(&d);
  for (Block& b : doc.blocks) run.run_block(b);
  for (Note& n : doc.notes)
    for (Block& b : n.blocks) run.run_block(b);
}

std::vector<std::string> gazetteer_files(const Edition& edition) {
  std::vector<std::string> lists;
  for (const std::string* f : {&edition.places, &edition.organisations})
    if (!f->empty() && std::find(lists.begin(), lists.end(), edition.resolve(*f)) == lists.end())
      lists.push_back(edition.resolve(*f));
  return lists;
}

void check_places_and_orgs(Edition& edition, const Gazetteer* gazetteer, const Personography* persons,
                           Diagnostics& diags) {
  if (gazetteer)
    for (const Entity& e : gazetteer->entities) {
      std::string path = gazetteer->paths.empty() ? std::string() : gazetteer->paths.front();
      for (std::size_t i = 0; i < gazetteer->xml.size() && i < gazetteer->paths.size(); ++i)
        if (e.node && e.node.root() == *gazetteer->xml[i]) path = gazetteer->paths[i];
      std::string what;
      if (persons && persons->find(e.id)) what = "the person " + e.id + " of the personography (" + persons->path + ")";
      if (what.empty()) what = generated_id(e.id, edition, "");
      for (std::size_t k = 0; what.empty() && k < edition.documents.size(); ++k)
        what = generated_id(e.id, edition, edition.documents[k].id);
      if (!what.empty())
        diags.error(path, e.pos, "id \"" + e.id + "\" of this " + (e.kind == EntityKind::Place ? "place" : "organisation") +
                                     " is also the id of " + what + ": give the entry another xml:id");
    }
  EditorialLayer& layer = edition.editorial_layer;
  auto unknown = [&](const EditorialEntity& e) {
    if (e.none) return false;
    const Entity* found = gazetteer ? gazetteer->find(e.id) : nullptr;
    if (found && (found->kind == EntityKind::Org) == e.org) return false;
    const char* kind = e.org ? "org" : "place";
    diags.error(layer.path, e.id_pos.line ? e.id_pos : e.pos,
                "[[" + std::string(kind) + "]] '" + e.at.text + "': " + kind + " '" + e.id + "' is not the xml:id of " +
                    (e.org ? "an organisation" : "a place") + " in " +
                    (gazetteer ? "the edition's list of places and organisations"
                               : "a list of places and organisations (the manifest names none)") +
                    ": write the entry's xml:id, or none = true for words that name none");
    return true;
  };
  layer.entities.erase(std::remove_if(layer.entities.begin(), layer.entities.end(), unknown), layer.entities.end());
}

}  // namespace editio
