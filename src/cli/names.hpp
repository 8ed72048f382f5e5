#pragma once
// `editio names`: what the texts name that the personography does not know,
// and what the personography knows that no text names; and, apart from
// persons, the places and organisations: the gazetteer's entries the texts
// name (with counts), and candidates it lacks (names with a place or
// institution word, words in capitals, capitalized words after "in",
// "from", "в", "из"...).
#include <map>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "annotate/entities.hpp"
#include "annotate/name_candidates.hpp"
#include "annotate/persons.hpp"
#include "edition/manifest.hpp"
#include "edition/starter_personography.hpp"

namespace editio {

// Reads the edition in `sources_dir` (manifest.toml, its personography if
// any) and prints the report; with `personography_out`, also writes the
// candidates there as a starter personography. Returns the exit code (0, or 1
// when the manifest or personography cannot be read or the file written).
int run_names(const std::string& sources_dir, std::ostream& out, std::ostream& log,
              const std::string& personography_out = "");

// What the texts name of places and organisations: the mentions the matcher
// linked, per gazetteer id, and candidates the gazetteer lacks, grouped as
// person candidates are (inflected forms of one name together).
struct EntityReport {
  std::map<std::string, int> found;                      // gazetteer id -> mentions linked to it
  std::map<std::string, NameCandidate> abbreviations;    // words in capitals no entry accounts for ("NKVD")
  std::map<std::string, NameCandidate> after_preposition;  // "in Riga", "из Риги": capitalized words after a place's preposition
  std::set<std::string> lower_words;                     // words the texts write in lower case (lower case)
  // Adds one annotated document.
  void add(const Document& doc);
};

// The names of the edition's documents that `matcher` does not link (with
// null: all of them); the persons it links go into `mentioned`. With
// `entities`, places and organisations are matched too (so they are no
// person candidates) and, with `report`, counted there. A document that
// cannot be read is reported to `log` and skipped.
NameCandidates collect_name_candidates(const Edition& edition, const PersonMatcher* matcher,
                                      std::set<std::string>& mentioned, std::ostream& log,
                                      const EntityMatcher* entities = nullptr, EntityReport* report = nullptr);

// The candidates (ranked) as the starter personography's persons, each
// with the language its label's letters suggest.
std::vector<StarterPerson> starter_persons(const std::vector<NameCandidate>& ranked);

// The ids a person of the edition may not take: the documents', the
// editors', the responsibilities', "julian", and the known persons'.
std::set<std::string> edition_ids(const Edition& edition, const Personography* persons);

}  // namespace editio
