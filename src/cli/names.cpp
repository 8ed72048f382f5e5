#include "cli/names.hpp"

#include <algorithm>
#include <filesystem>
#include <set>

#include "annotate/name_candidates.hpp"
#include "annotate/name_forms.hpp"
#include "convert/pipeline.hpp"
#include "edition/starter_personography.hpp"
#include "lang/place_prepositions.hpp"
#include "util/fs.hpp"
#include "util/paths.hpp"
#include "util/utf8.hpp"

namespace editio {

NameCandidates collect_name_candidates(const Edition& edition, const PersonMatcher* matcher,
                                      std::set<std::string>& mentioned, std::ostream& log,
                                      const EntityMatcher* entities, EntityReport* report) {
  NameCandidates candidates;
  for (const auto& entry : edition.documents) {
    Diagnostics d;
    auto read = read_entry(edition, entry, d);
    if (!read) {
      for (const auto& x : d.items()) log << x.format() << '\n';
      continue;
    }
    // Its warnings belong to `build`; here only the names count.
    Document& doc = *read;
    annotate_document(doc, edition, entry, d, Annotators{matcher, entities});
    mentioned.insert(doc.persons.begin(), doc.persons.end());
    if (report) report->add(doc);
    candidates.add(doc);
  }
  return candidates;
}

namespace {

// Roman numerals in capitals ("II", "XIV") are no abbreviations.
bool roman_numeral(std::string_view w) { return w.find_first_not_of("IVXLCDM") == std::string_view::npos; }

// Adds an occurrence of `form` at `begin` of block `b` to the group `key` of `into`.
void add_occurrence(std::map<std::string, NameCandidate>& into, const std::string& key, const Document& doc,
                    const Block& b, std::size_t begin, const std::string& form) {
  NameCandidate& c = into[key];
  c.key = key;
  c.forms[form]++;
  c.occurrences.push_back({doc.source_path, b.position_of(begin), form, false});
}

// One block: the linked mentions counted; words in capitals and capitalized
// words after a place's preposition ("in Riga", "из Риги", up to three words:
// "in New York") that no annotation covers, as candidates.
void add_entity_block(EntityReport& r, const Document& doc, const Block& b) {
  for (const Span& s : b.spans) {
    if (const PlaceName* p = s.as<PlaceName>(); p && !p->place.empty()) r.found[p->place]++;
    if (const OrgName* o = s.as<OrgName>(); o && !o->org.empty()) r.found[o->org]++;
  }
  const std::string_view text = b.text;
  const std::vector<Word> words = name_words(text);
  auto covered = [&](const Word& w) {
    return std::any_of(b.spans.begin(), b.spans.end(), [&](const Span& s) { return keeps_off(s, w.begin, w.end); });
  };
  auto word = [&](std::size_t k) { return text.substr(words[k].begin, words[k].end - words[k].begin); };
  auto spaced = [&](std::size_t k) {  // only spaces between words k and k+1
    const std::string_view gap = text.substr(words[k].end, words[k + 1].begin - words[k].end);
    return !gap.empty() && utf8::is_blank(gap);
  };
  for (std::size_t k = 0; k < words.size(); ++k) {
    const Word& w = words[k];
    if (!w.capitalized) {
      r.lower_words.insert(fold_yo(utf8::lower(word(k))));
      continue;
    }
    if (covered(w)) continue;
    if (w.all_caps && utf8::length(word(k)) > 1) {
      if (!roman_numeral(word(k))) add_occurrence(r.abbreviations, std::string(word(k)), doc, b, w.begin, std::string(word(k)));
      continue;
    }
    if (k == 0 || !introduces_place(word(k - 1)) || !spaced(k - 1)) continue;
    std::size_t e = k;
    while (e + 1 < words.size() && e - k < 2 && words[e + 1].capitalized && !words[e + 1].all_caps && spaced(e) &&
           !covered(words[e + 1]))
      ++e;
    const std::string form(text.substr(w.begin, words[e].end - w.begin));
    add_occurrence(r.after_preposition, name_language_for(word(e)).group_key(word(e)), doc, b, w.begin, form);
    k = e;
  }
}

}  // namespace

void EntityReport::add(const Document& doc) {
  for (const Block& b : doc.blocks) add_entity_block(*this, doc, b);
  for (const Note& n : doc.notes)
    for (const Block& b : n.blocks) add_entity_block(*this, doc, b);
}

std::vector<StarterPerson> starter_persons(const std::vector<NameCandidate>& ranked) {
  std::vector<StarterPerson> out;
  for (const auto& c : ranked) {
    StarterPerson p{c.label, guess_language({c.label}), {c.forms.begin(), c.forms.end()}, c.count()};
    out.push_back(std::move(p));
  }
  return out;
}

std::set<std::string> edition_ids(const Edition& edition, const Personography* persons) {
  std::set<std::string> ids{"julian"};
  for (const auto& d : edition.documents) ids.insert(d.id);
  for (const auto& a : edition.editors) ids.insert(a.id);
  for (const auto& r : edition.responsibilities) ids.insert(r.id);
  if (persons)
    for (const auto& p : persons->persons) ids.insert(p.id);
  return ids;
}

namespace {

// --personography-out: the starter personography of the candidates, never
// over the edition's own personography (the editor merges it by hand).
bool write_starter(const std::string& file, const std::vector<NameCandidate>& ranked, const Edition& edition,
                   const Personography* persons, std::ostream& log) {
  if (persons && paths::same_file(file, persons->path)) {
    log << "editio names: --personography-out " << file << " is the edition's personography; write the starter "
        << "to another file and merge what you keep\n";
    return false;
  }
  std::set<std::string> taken = edition_ids(edition, persons);
  std::string why;
  if (!fs::write_atomic(file, starter_personography(starter_persons(ranked), taken), why)) {
    log << "editio names: cannot write " << why << '\n';
    return false;
  }
  log << "editio names: wrote " << file << " (" << ranked.size() << " persons to keep or delete)\n";
  return true;
}

// Each candidate: its count, label and forms, then its occurrences as
// file:line:column, one line per file.
void print_candidates(const std::vector<NameCandidate>& ranked, std::ostream& out) {
  for (const auto& c : ranked) {
    out << c.count() << "\t" << c.label;
    if (c.forms.size() > 1) {
      out << "\t(";
      bool first = true;
      for (const auto& [form, n] : c.forms) {
        out << (first ? "" : ", ") << form << " ×" << n;
        first = false;
      }
      out << ")";
    }
    out << '\n';
    std::string file;
    for (const auto& o : c.occurrences) {
      if (o.file != file) {
        if (!file.empty()) out << '\n';
        out << '\t';
        file = o.file;
      } else {
        out << "  ";
      }
      out << o.file << ':' << o.pos.line << ':' << o.pos.column;
    }
    out << '\n';
  }
}

// "# Left out 83 sentence-initial common words (Hunspell en_US, ru_RU) and 12
// words the texts also write in lower case"
void print_left_out(const NamesLeftOut& left, std::ostream& out) {
  std::string dictionaries;
  for (const auto& d : left.dictionaries) dictionaries += (dictionaries.empty() ? "" : ", ") + d;
  out << "\n# Left out " << left.sentence_initial << " sentence-initial common words (Hunspell "
      << (dictionaries.empty() ? "dictionaries: none found" : dictionaries) << ") and " << left.lower_case
      << " words the texts also write in lower case\n";
}

// A report's candidates, most frequent first, each labelled by its most
// frequent form; single words the texts also write in lower case ("In",
// "The" at a sentence start) are left out.
std::vector<NameCandidate> ranked_groups(const std::map<std::string, NameCandidate>& groups,
                                         const std::set<std::string>& lower_words) {
  std::vector<NameCandidate> out;
  for (const auto& [key, c] : groups) {
    const bool common = std::all_of(c.forms.begin(), c.forms.end(), [&](const auto& f) {
      return f.first.find(' ') == std::string::npos && lower_words.count(fold_yo(utf8::lower(f.first)));
    });
    if (common) continue;
    NameCandidate x = c;
    int best = 0;
    for (const auto& [form, n] : c.forms)
      if (n > best) best = n, x.label = form;
    out.push_back(std::move(x));
  }
  std::stable_sort(out.begin(), out.end(), [](const NameCandidate& a, const NameCandidate& b) {
    return a.count() != b.count() ? a.count() > b.count() : a.key < b.key;
  });
  return out;
}

// The gazetteer's part of the report: the entries named (id, mentions,
// kind, name), the candidates it lacks, and the entries no text names.
void print_entities(const EntityReport& r, const Gazetteer* gazetteer, const std::string& lang, std::ostream& out) {
  if (gazetteer) {
    std::vector<const Entity*> named, unnamed;
    for (const Entity& e : gazetteer->entities) (r.found.count(e.id) ? named : unnamed).push_back(&e);
    std::stable_sort(named.begin(), named.end(),
                     [&](const Entity* a, const Entity* b) { return r.found.at(a->id) > r.found.at(b->id); });
    auto describe = [&](const Entity& e) {
      const EntityName* reg = e.reg(lang);
      return std::string(e.kind == EntityKind::Place ? "place" : "org") + "\t" + (reg ? reg->text : e.id);
    };
    out << "\n# Places and organisations of the gazetteer the texts name (" << named.size()
        << "): id, mentions, kind, name\n";
    for (const Entity* e : named) out << e->id << '\t' << r.found.at(e->id) << '\t' << describe(*e) << '\n';
    out << "\n# Gazetteer entries that no document names (" << unnamed.size() << ")\n";
    for (const Entity* e : unnamed) out << e->id << '\t' << describe(*e) << '\n';
  }
  const auto abbreviations = ranked_groups(r.abbreviations, r.lower_words);
  out << "\n# Words in capitals the gazetteer lacks (" << abbreviations.size()
      << "): abbreviations of organisations or places, or emphasis\n";
  print_candidates(abbreviations, out);
  const auto after = ranked_groups(r.after_preposition, r.lower_words);
  out << "\n# Capitalized words after \"in\", \"at\", \"from\", \"в\", \"из\"... the gazetteer lacks (" << after.size()
      << "): perhaps places\n";
  print_candidates(after, out);
}

}  // namespace

int run_names(const std::string& sources_dir, std::ostream& out, std::ostream& log,
              const std::string& personography_out) {
  Diagnostics setup;
  const std::string manifest = (std::filesystem::path(sources_dir) / "manifest.toml").string();
  auto edition = load_manifest(manifest, setup);
  std::unique_ptr<Personography> persons;
  if (edition && !edition->personography.empty())
    persons = load_personography(edition->resolve(edition->personography), setup);
  for (const auto& d : setup.items()) log << d.format() << '\n';
  if (!edition || setup.errors()) {
    log << "editio names: the manifest or the personography has errors\n";
    return 1;
  }
  std::unique_ptr<PersonMatcher> matcher;
  if (persons) matcher = std::make_unique<PersonMatcher>(*persons);
  Diagnostics places_diags;
  std::unique_ptr<Gazetteer> gazetteer = load_gazetteer(gazetteer_files(*edition), places_diags);
  std::unique_ptr<EntityMatcher> entities;
  if (gazetteer) entities = std::make_unique<EntityMatcher>(*gazetteer);
  check_places_and_orgs(*edition, gazetteer.get(), persons.get(), places_diags);
  for (const auto& d : places_diags.items()) log << d.format() << '\n';

  std::set<std::string> mentioned;
  EntityReport report;
  const NameCandidates candidates =
      collect_name_candidates(*edition, matcher.get(), mentioned, log, entities.get(), &report);
  const auto ranked = candidates.ranked();
  if (!personography_out.empty() && !write_starter(personography_out, ranked, *edition, persons.get(), log))
    return 1;
  out << "# Names the personography does not know (" << ranked.size()
      << "), most frequent first; inflected forms of one name are grouped.\n";
  print_candidates(ranked, out);
  const auto places = candidates.ranked(NameKind::Place);
  out << "\n# Places (" << places.size() << "): names a place word goes with (\"улица\", \"River\")\n";
  print_candidates(places, out);
  const auto organisations = candidates.ranked(NameKind::Organisation);
  out << "\n# Organisations (" << organisations.size()
      << "): names an institution word goes with (\"институт\", \"University\")\n";
  print_candidates(organisations, out);
  for (const auto& note : candidates.notes()) log << "editio names: " << note << '\n';
  if (persons) {
    std::vector<const Person*> unused;
    for (const auto& p : persons->persons)
      if (!mentioned.count(p.id)) unused.push_back(&p);
    out << "\n# Personography entries that no document mentions (" << unused.size() << ")\n";
    for (const Person* p : unused)
      out << persons->path << ':' << p->pos.line << ':' << p->pos.column << ": " << p->id << " ("
          << p->display_name(edition->language) << ")\n";
  }
  print_entities(report, gazetteer.get(), edition->language, out);
  print_left_out(candidates.left_out(), out);
  log << "editio names: " << edition->documents.size() << " documents, " << ranked.size()
      << " unknown names" << (persons ? ", " + std::to_string(persons->persons.size()) + " persons known" : std::string())
      << '\n';
  return 0;
}

}  // namespace editio
