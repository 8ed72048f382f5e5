#pragma once
// The register of persons: every mention of every person across the edition,
// gathered from the written TEI, and the persons sorted for the reader's
// language (ICU collation, not byte order).
#include <cstdint>
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
  std::string person;  // personography id
  std::string doc;     // document id
  std::string target;  // xml:id of the paragraph, heading, item or note that holds it
  std::string n;       // its number for display ("3", "n41"), may be empty
  std::string text;    // the form in the source
};

// The persName[@ref] of one TEI document's text (load_written_tei), in document order.
std::vector<Mention> collect_mentions(const pugi::xml_document& tei, const std::string& doc_id);

// Indexes of the persons in the order of their regular names in `lang`
// (surname first), by the collation rules of that language.
std::vector<int> register_order(const Personography& persons, const std::string& lang);

// The register's mentions of a whole build. They grow with the corpus, so
// each is serialized (as edition.xml holds it) into the build's scratch
// file as its document is done; memory keeps 24 bytes a mention.
class RegisterIndex {
 public:
  RegisterIndex(const Personography& persons, Scratch& scratch) : persons_(persons), scratch_(scratch) {}

  // One document's mentions (collect_mentions), from any thread; `doc` is
  // the document's position in the manifest. Mentions of a person not in
  // the personography are left out.
  void add(std::uint32_t doc, const std::vector<Mention>& mentions);
  std::size_t size() const;

  // Writes <persons> of the edition description (urn:x-editio) inline, as
  // serialize_xml writes the inside of <edition>, one person at a time: the
  // persons in the order of `lang`, each with its mentions in manifest and
  // document order. False when the scratch file failed.
  bool write(const TextSink& out, const std::string& lang);

  // The register's pages: parts of at most `max` mentions (0: one part), in
  // register order; a person's mentions may go on over two or more parts.
  std::vector<PagePart> plan(const std::string& lang, std::size_t max);
  // <persons> of one part: the persons with mentions in it, each with those
  // mentions (@continued="true" when they began in the part before).
  bool write_part(const TextSink& out, const std::string& lang, const PagePart& part);
  // <persons> of the overview of a register in parts: every person without
  // mentions, @part naming the file of the part where its mentions begin.
  bool write_overview(const TextSink& out, const std::string& lang, const std::vector<PagePart>& parts,
                      const std::string& page);

 private:
  struct Ref {
    std::uint32_t person, doc, seq;
    Scratch::Span at;
  };
  const Personography& persons_;
  Scratch& scratch_;
  mutable std::mutex mutex_;
  void prepare(const std::string& lang);  // sorts the mentions in register order
  bool write_person(const TextSink& out, std::size_t r, std::size_t from, std::size_t to,
                    const char* extra = nullptr, const std::string& extra_value = {});
  std::vector<Ref> refs_;
  bool prepared_ = false;
  std::string lang_;
  std::vector<int> order_;            // register position -> person
  std::vector<std::size_t> position_;  // person -> register position
  std::vector<std::size_t> first_;     // register position -> its first mention in refs_
};

}  // namespace editio
