#pragma once
// The edition's personography: a TEI file whose listPerson holds one <person>
// per individual (and <personGrp> for families), with regularized names and
// the variants the texts use. The matcher derives inflected forms from it; the
// TEI writer copies the entries of the persons a document mentions.
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <pugixml.hpp>

#include "model/diagnostic.hpp"

namespace editio {

enum class Sex { Unknown, Male, Female };

// One <persName> of a person, its parts as marked up.
struct PersonName {
  std::string type;                    // reg, variant, pseudonym, signature, erroneous...
  std::string lang;                    // xml:lang, may be empty
  std::vector<std::string> surnames;   // <surname>
  std::vector<std::string> forenames;  // <forename> (not patronymics)
  std::vector<std::string> patronymics;  // <forename type="patronymic">
  std::vector<std::string> addnames;   // <addName>, <roleName>: nicknames, with a first name or alone
  std::vector<std::string> suffixes;   // <genName>: "Jr.", "Sr.", "III" after the surname
  std::vector<std::string> links;      // <nameLink>: "van", "de" between first names and surname
  // <surname type="indeclinable">: the surnames (of `surnames`) that keep
  // their nominative in every case where the grammar would decline them.
  std::vector<std::string> indeclinable;
  std::string text;                    // the whole name, spaces normalized
  bool erroneous() const { return type == "erroneous"; }
  bool has_parts() const {
    return !surnames.empty() || !forenames.empty() || !patronymics.empty() || !addnames.empty() ||
           !suffixes.empty();
  }
};

struct Person {
  std::string id;
  bool group = false;                  // <personGrp>
  Sex sex = Sex::Unknown;
  std::vector<PersonName> names;
  std::string birth, death;            // ISO values as written (@when), may be empty
  std::string note;                    // one line
  std::vector<std::pair<std::string, std::string>> idnos;  // authority ids: (type, value)
  SourcePos pos;
  pugi::xml_node node;                 // the entry in the loaded file

  // The regularized name in a language ("ru", "en"), or the first reg name, or
  // the first name. Never null for a loaded person.
  const PersonName* reg(const std::string& lang) const;
  // "Surname, Forename Patronymic" of reg(lang), for sorting and indexes.
  std::string sort_name(const std::string& lang) const;
  // "Forename Patronymic Surname" (en) or "Surname Forename Patronymic" (ru).
  std::string display_name(const std::string& lang) const;
};

class Personography {
 public:
  std::string path;
  std::vector<Person> persons;

  const Person* find(const std::string& id) const;
  int index_of(const std::string& id) const;  // -1 when absent; a hash lookup once index_ids() ran
  void index_ids();                            // after `persons` is complete (the loaders call it)
  std::shared_ptr<pugi::xml_document> xml;     // keeps Person::node alive
  // Per person, its place in the register's order as a fixed-width key
  // ("0042"), written as @sortKey; empty until set_sort_order().
  std::vector<std::string> sort_keys;
  void set_sort_order(const std::vector<int>& order);

 private:
  std::unordered_map<std::string, int> by_id_;
};

struct Edition;

// What else than a person has the id `id` in document `doc_id`'s TEI, in
// words ("the Julian calendar", "paragraph 3 of document 'a'"), or empty:
// ids Editio writes itself (the document's, those made from it, the
// editors', the responsibilities', the calendar's) must not be a person's.
std::string generated_id(const std::string& id, const Edition& edition, const std::string& doc_id);

// What the manifest and the editor's layer say about persons, against the
// personography (null when the edition has none), each reported once: a
// person whose xml:id Editio gives to something else in a document is an
// error at the person's entry; a responsibility's person, or a [[text]]'s
// sender or addressee, that is not in it is a warning (the [[text]]'s is
// then not used).
void check_persons(Edition& edition, const Personography* persons, Diagnostics& diags);

// Loads a personography. Problems (not well-formed, duplicate or missing
// xml:id, a person without names) are reported with file:line:column;
// returns nothing when the file cannot be used.
std::unique_ptr<Personography> load_personography(const std::string& path, Diagnostics& diags);
std::unique_ptr<Personography> parse_personography(const std::string& path, const std::string& text,
                                                   Diagnostics& diags);

}  // namespace editio
