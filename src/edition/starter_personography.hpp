#pragma once
// The starter personography `editio init` and `editio names
// --personography-out` write: one <person> per name the texts use that no
// person accounts for, most frequent first, for the editor to keep (and
// complete) or delete. It loads as a personography (load_personography) and
// is valid TEI.
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace editio {

// A name the texts use, its inflected forms grouped (from NameCandidate).
struct StarterPerson {
  std::string label;                              // the most frequent form
  std::string lang;                               // the forms' language ("ru", "en")
  std::vector<std::pair<std::string, int>> forms;  // each form as written, how often
  int count = 0;                                  // occurrences in all
};

// The personography's XML: each person, by `count` (highest first), as
// <person xml:id> with the label as its regular name and the other forms as
// variants (so that a build links exactly the mentions found), after a
// comment with its count and forms. Ids are made from the labels in lower
// case (xml_id_from, "p-" before one that needs it), none of `taken` (the ids the
// edition already uses), to which they are added.
std::string starter_personography(std::vector<StarterPerson> persons, std::set<std::string>& taken);

}  // namespace editio
