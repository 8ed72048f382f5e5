#pragma once
// The registers: every mention of every entry (a person, a place, an
// organisation) across the edition, gathered from the written TEI, and the
// entries sorted for the reader's language (ICU collation, not byte order).
// MentionRegister is what all registers share (the mentions, their order,
// the pages in parts); RegisterEntries says what a register lists. The
// register of persons (RegisterIndex) lists the personography; the
// registers of places and organisations (corpus/entity_register) list the
// entries the documents carry.
#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "edition/personography.hpp"
#include "tei/serialize.hpp"
#include "util/scratch.hpp"
#include "corpus/parts.hpp"

namespace editio {

struct Mention {
  std::string entry;   // the id the @ref points to: a person, place or organisation
  std::string doc;     // document id
  std::string target;  // xml:id of the paragraph, heading, item or note that holds it
  std::string n;       // its number for display ("3", "n41"), may be empty
  std::string text;    // the form in the source
};

// The `element`[@ref] (persName, placeName, orgName) of one TEI document's
// text (load_written_tei), in document order; "#a #b" is a mention of each.
std::vector<Mention> collect_mentions(const pugi::xml_document& tei, const std::string& doc_id,
                                      const char* element = "persName");

// Indexes of `keys` in the collation order of `lang` (ICU; byte order when
// ICU has no collator), equal keys in the order of `ids`.
std::vector<int> collation_order(const std::vector<std::string>& keys, const std::vector<std::string>& ids,
                                 const std::string& lang);

// Indexes of the persons in the order of their regular names in `lang`
// (surname first), by the collation rules of that language.
std::vector<int> register_order(const Personography& persons, const std::string& lang);

// What a register lists: entries by index, each with an id, a name to sort
// by and its description. count() and index_of() may be asked from any
// thread while documents are added; the rest once all are.
class RegisterEntries {
 public:
  virtual ~RegisterEntries() = default;
  virtual const char* list_element() const = 0;   // "persons"
  virtual const char* entry_element() const = 0;  // "person"
  virtual std::size_t count() const = 0;
  virtual int index_of(const std::string& id) const = 0;  // -1 when not listed
  virtual const std::string& id(std::size_t entry) const = 0;
  virtual std::string sort_name(std::size_t entry, const std::string& lang) const = 0;
  // Adds to `e` (which has @id, @sort and <sort-name>) the entry's own
  // attributes and children (names, authority ids, note).
  virtual void describe(pugi::xml_node e, std::size_t entry, const std::string& lang) const = 0;
};

// Adds to an entry's element <name type lang?>text</name> for each of
// `names` (a person's or a place's: text, lang, type), then <idno type?> for
// each (type, value) of `idnos`, then <note> when `note` is not empty.
template <class Names>
void describe_names(pugi::xml_node e, const Names& names,
                    const std::vector<std::pair<std::string, std::string>>& idnos, const std::string& note) {
  for (const auto& name : names) {
    pugi::xml_node x = e.append_child("name");
    x.append_attribute("type").set_value(name.type.c_str());
    if (!name.lang.empty()) x.append_attribute("lang").set_value(name.lang.c_str());
    x.append_child(pugi::node_pcdata).set_value(name.text.c_str());
  }
  for (const auto& [type, value] : idnos) {
    pugi::xml_node x = e.append_child("idno");
    if (!type.empty()) x.append_attribute("type").set_value(type.c_str());
    x.append_child(pugi::node_pcdata).set_value(value.c_str());
  }
  if (!note.empty()) e.append_child("note").append_child(pugi::node_pcdata).set_value(note.c_str());
}

// The mentions of a register over a whole build. They grow with the corpus,
// so each is serialized (as edition.xml holds it) into the build's scratch
// file as its document is done; memory keeps 24 bytes a mention.
class MentionRegister {
 public:
  MentionRegister(std::unique_ptr<RegisterEntries> entries, Scratch& scratch)
      : entries_(std::move(entries)), scratch_(scratch) {}
  virtual ~MentionRegister() = default;

  // One document's mentions (collect_mentions), from any thread; `doc` is
  // the document's position in the manifest. Mentions of an id the
  // register does not list are left out.
  void add(std::uint32_t doc, const std::vector<Mention>& mentions);
  std::size_t size() const;
  std::size_t entries() const { return entries_->count(); }

  // Writes <persons> (<places>, <orgs>) of the edition description
  // (urn:x-editio) inline, as serialize_xml writes the inside of <edition>,
  // one entry at a time: the entries in the order of `lang`, each with its
  // mentions in manifest and document order. False when the scratch file failed.
  bool write(const TextSink& out, const std::string& lang);

  // The register's pages: parts of at most `max` mentions (0: one part), in
  // register order; an entry's mentions may go on over two or more parts.
  std::vector<PagePart> plan(const std::string& lang, std::size_t max);
  // The list of one part: the entries with mentions in it, each with those
  // mentions (@continued="true" when they began in the part before).
  bool write_part(const TextSink& out, const std::string& lang, const PagePart& part);
  // The list of the overview of a register in parts: every entry without
  // mentions, @part naming the file of the part where its mentions begin.
  bool write_overview(const TextSink& out, const std::string& lang, const std::vector<PagePart>& parts,
                      const std::string& page);

 protected:
  RegisterEntries& entry_list() { return *entries_; }

 private:
  struct Ref {
    std::uint32_t entry, doc, seq;
    Scratch::Span at;
  };
  std::unique_ptr<RegisterEntries> entries_;
  Scratch& scratch_;
  mutable std::mutex mutex_;
  void prepare(const std::string& lang);  // sorts the mentions in register order
  bool write_entry(const TextSink& out, std::size_t r, std::size_t from, std::size_t to,
                   const char* extra = nullptr, const std::string& extra_value = {});
  void open_list(const TextSink& out) const;
  void close_list(const TextSink& out) const;
  std::vector<Ref> refs_;
  bool prepared_ = false;
  std::string lang_;
  std::vector<int> order_;             // register position -> entry
  std::vector<std::size_t> position_;  // entry -> register position
  std::vector<std::size_t> first_;     // register position -> its first mention in refs_
};

// The register of persons: the personography's persons, each with the
// persName[@ref] that point to it.
class RegisterIndex : public MentionRegister {
 public:
  RegisterIndex(const Personography& persons, Scratch& scratch);
};

}  // namespace editio
