#include "cli/names.hpp"

#include <filesystem>
#include <set>

#include "annotate/name_candidates.hpp"
#include "convert/pipeline.hpp"
#include "edition/starter_personography.hpp"
#include "util/fs.hpp"
#include "util/paths.hpp"

namespace editio {

NameCandidates collect_name_candidates(const Edition& edition, const PersonMatcher* matcher,
                                      std::set<std::string>& mentioned, std::ostream& log) {
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
    annotate_document(doc, edition, entry, d, matcher);
    mentioned.insert(doc.persons.begin(), doc.persons.end());
    candidates.add(doc);
  }
  return candidates;
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

  std::set<std::string> mentioned;
  const NameCandidates candidates = collect_name_candidates(*edition, matcher.get(), mentioned, log);
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
  print_left_out(candidates.left_out(), out);
  log << "editio names: " << edition->documents.size() << " documents, " << ranked.size()
      << " unknown names" << (persons ? ", " + std::to_string(persons->persons.size()) + " persons known" : std::string())
      << '\n';
  return 0;
}

}  // namespace editio
