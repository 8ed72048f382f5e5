#include "driver/build_context.hpp"

#include <cstdio>

#include "corpus/entity_register.hpp"
#include "render/book.hpp"

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
std::string OutputPaths::part(const std::string& id) const {
  return (out / ".editio" / "parts" / (id + ".part")).string();
}
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

PartContents CorpusIndexes::contents() const {
  return {register_index != nullptr, places != nullptr, orgs != nullptr, passages};
}

void CorpusIndexes::add(std::size_t i, const DocumentPart& part, DocResult& r) {
  const auto doc = static_cast<std::uint32_t>(i);
  if (register_index) register_index->add(doc, part.persons);
  r.mentions = part.persons.size();
  if (places || orgs) {
    const Gazetteer carried = read_carried(part.carried);
    if (places) places->add(doc, carried, part.places);
    if (orgs) orgs->add(doc, carried, part.orgs);
  }
  r.dates = part.dates.size();
  chronology->add(doc, part.dates);
  r.source = part.source;
}

}  // namespace editio
