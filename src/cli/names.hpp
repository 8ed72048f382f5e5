#pragma once
// `editio names`: what the texts name that the personography does not know,
// and what the personography knows that no text names.
#include <ostream>
#include <set>
#include <string>
#include <vector>

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

// The names of the edition's documents that `matcher` does not link (with
// null: all of them); the persons it links go into `mentioned`. A document
// that cannot be read is reported to `log` and skipped.
NameCandidates collect_name_candidates(const Edition& edition, const PersonMatcher* matcher,
                                      std::set<std::string>& mentioned, std::ostream& log);

// The candidates (ranked) as the starter personography's persons, each
// with the language its label's letters suggest.
std::vector<StarterPerson> starter_persons(const std::vector<NameCandidate>& ranked);

// The ids a person of the edition may not take: the documents', the
// editors', the responsibilities', "julian", and the known persons'.
std::set<std::string> edition_ids(const Edition& edition, const Personography* persons);

}  // namespace editio
