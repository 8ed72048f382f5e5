#include "driver/build_context.hpp"

#include <cstdio>

#include "corpus/edition_index.hpp"
#include "render/book.hpp"
#include "tei/serialize.hpp"

namespace editio {

double seconds_since(BuildClock::time_point t) {
  return std::chrono::duration<double>(BuildClock::now() - t).count();
}

std::string fixed(double v, int decimals) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
  return buf;
}

Wanted::Wanted(const std::set<Format>& formats)
    : html(formats.count(Format::Html)),
      tex(formats.count(Format::Pdf) || formats.count(Format::Tex)),
      pdf(formats.count(Format::Pdf)) {}

std::string OutputPaths::tei(const std::string& id) const { return (out / "tei" / (id + ".xml")).string(); }
std::string OutputPaths::html(const std::string& id) const { return (out / "html" / (id + ".html")).string(); }
std::string OutputPaths::tex(const std::string& id) const { return (out / "print" / (id + ".tex")).string(); }
std::string OutputPaths::pdf(const std::string& id) const { return (out / "print" / (id + ".pdf")).string(); }
std::string OutputPaths::state(const std::string& name) const {
  return (out / ".editio" / "state" / (name + ".state")).string();
}

std::vector<std::string> OutputPaths::of_document(const std::string& id, const Wanted& wanted) const {
  std::vector<std::string> files{tei(id)};
  if (wanted.html) files.push_back(html(id));
  if (wanted.tex) {
    files.push_back(tex(id));
    if (!clashes_with_book(id)) files.push_back((out / "print" / (id + ".body.tex")).string());
  }
  if (wanted.pdf) files.push_back(pdf(id));
  return files;
}

void CorpusIndexes::add(std::size_t i, const std::string& id, const pugi::xml_document& written, DocResult& r,
                        std::vector<Passage>* passages) {
  if (register_index) {
    const auto mentions = collect_mentions(written, id);
    r.mentions = mentions.size();
    register_index->add(static_cast<std::uint32_t>(i), mentions);
  }
  if (places || orgs) {
    const Gazetteer carried = carried_entities(written);
    if (places) places->add(static_cast<std::uint32_t>(i), carried, collect_mentions(written, id, "placeName"));
    if (orgs) orgs->add(static_cast<std::uint32_t>(i), carried, collect_mentions(written, id, "orgName"));
  }
  const auto dates = collect_dates(written, id);
  r.dates = dates.size();
  chronology->add(static_cast<std::uint32_t>(i), dates);
  if (passages && search) *passages = collect_passages(written, id);
  pugi::xml_document described;
  describe_source(written, described.append_child("document"));
  r.source.clear();
  serialize_node(r.source, described.first_child(), 0, true);
}

}  // namespace editio
