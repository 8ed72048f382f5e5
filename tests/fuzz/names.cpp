// libFuzzer target: the name matcher. Two modes, chosen by the input:
//  - an input starting with '<' is a personography: parse_personography, and
//    when it loads, a PersonMatcher built from it annotates a fixed text;
//  - anything else is a source text (read_source + segment, as the build
//    does) that the matcher of a small fixed personography annotates, followed
//    by the unknown-name candidates (`editio names`) and the name forms of
//    its first words.
// The persons are invented; nothing here comes from the sample edition.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "annotate/name_candidates.hpp"
#include "annotate/name_forms.hpp"
#include "annotate/persons.hpp"
#include "convert/pipeline.hpp"
#include "edition/personography.hpp"
#include "read/segment.hpp"
#include "read/source.hpp"

namespace {

const char* kPersonography = R"(<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>t</title></titleStmt>
<publicationStmt><p>t</p></publicationStmt><sourceDesc><p>t</p></sourceDesc></fileDesc></teiHeader>
<text><body><listPerson>
  <person xml:id="petrov-ii" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Петров</surname> <forename>Иван</forename> <forename type="patronymic">Ильич</forename></persName>
    <persName type="reg" xml:lang="en"><forename>Ivan</forename> <forename type="patronymic">Ilyich</forename> <surname>Petrov</surname></persName>
    <persName type="erroneous" xml:lang="en"><surname>Petroff</surname></persName>
    <persName type="signature">I.P.</persName>
  </person>
  <person xml:id="petrova-ms" sex="F">
    <persName type="reg" xml:lang="ru"><surname>Петрова</surname> <forename>Мария</forename> <forename type="patronymic">Сергеевна</forename></persName>
    <persName type="reg" xml:lang="en"><forename>Maria</forename> <surname>Petrova</surname></persName>
  </person>
  <person xml:id="sidorov-ap" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Сидоров</surname> <forename>Алексей</forename></persName>
    <persName type="reg" xml:lang="en"><forename>Alexei</forename> <surname>Sidorov</surname> <genName>Jr.</genName></persName>
    <persName type="pseudonym" xml:lang="en"><addName>Grey</addName></persName>
    <persName type="variant" xml:lang="ru"><surname>Сидоровъ</surname></persName>
  </person>
  <person xml:id="brown-jo" sex="F">
    <persName type="reg" xml:lang="en"><forename>Jane</forename> <forename>Olivia</forename> <surname>Brown-Smith</surname></persName>
    <persName type="variant" xml:lang="en"><surname>O'Brown</surname></persName>
  </person>
  <personGrp xml:id="ivanovy">
    <persName type="reg" xml:lang="ru"><surname>Ивановы</surname></persName>
    <persName type="reg" xml:lang="en"><surname>Ivanov</surname> family</persName>
  </personGrp>
  <person xml:id="kuznetsov-ng">
    <persName type="reg" xml:lang="ru"><surname>Кузнецов</surname> <forename>Николай</forename></persName>
    <persName type="variant" xml:lang="ru"><surname>Кузнецов</surname></persName>
  </person>
  <person xml:id="kuznetsov-pa" sex="M">
    <persName type="reg" xml:lang="ru"><surname>Кузнецов</surname> <forename>Павел</forename></persName>
  </person>
</listPerson></body></text></TEI>
)";

// A short fixed text for the matchers built from fuzzed personographies.
const char* kText =
    "Иван Ильич Петров писал И. И. Петрову и Марии Сергеевне.\n"
    "\n"
    "Ivan Petrov met Dr. J. O. Brown-Smith and Petroff's friend Grey in 1930.\n";

struct Fixed {
  std::unique_ptr<editio::Personography> persons;
  std::unique_ptr<editio::PersonMatcher> matcher;
  std::optional<editio::SourceText> text;
  Fixed() {
    editio::Diagnostics d;
    persons = editio::parse_personography("persons.xml", kPersonography, d);
    if (!persons || d.errors()) __builtin_trap();
    matcher = std::make_unique<editio::PersonMatcher>(*persons);
    text = editio::read_source("fixed.txt", kText, d);
    if (!text) __builtin_trap();
  }
};

const Fixed& fixed() {
  static const Fixed f;
  return f;
}

void annotate_text(const editio::SourceText& src, const editio::PersonMatcher& matcher, bool candidates) {
  using namespace editio;
  Document doc;
  doc.id = "fuzz";
  doc.source_path = src.path;
  doc.lang = guess_language(src.lines);
  Diagnostics d;
  segment(src, doc, d);
  PersonOptions po;
  po.corr_resp = "#ed";
  matcher.annotate(doc, po, d);
  if (!candidates) return;
  NameCandidates c;
  c.add(doc);
  (void)c.ranked();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace editio;
  const Fixed& f = fixed();
  const std::string text(reinterpret_cast<const char*>(data), size);

  if (!text.empty() && text[0] == '<') {
    Diagnostics d;
    auto persons = parse_personography("fuzz.xml", text, d);
    if (!persons) return 0;
    PersonMatcher matcher(*persons);
    annotate_text(*f.text, matcher, false);
    for (const auto& p : persons->persons) {
      (void)p.sort_name("en");
      (void)p.display_name("ru");
    }
    return 0;
  }

  Diagnostics d;
  auto src = read_source("fuzz.txt", text, d);
  if (!src) return 0;
  annotate_text(*src, *f.matcher, true);

  // The word splitter, the initials tests and the inflection of the first
  // words as if they were names.
  int inflected = 0;
  for (const auto& line : src->lines) {
    for (const Word& w : name_words(line)) {
      if (w.begin > w.end || w.end > line.size()) __builtin_trap();
      (void)is_dotted_initial(line, w);
      (void)is_caps_initials(line, w);
      if (inflected >= 6) continue;
      ++inflected;
      const std::string word = line.substr(w.begin, w.end - w.begin);
      const NameLanguage& lang = name_language_for(word);
      (void)lang.group_key(word);
      (void)lang.title_word(word);
      for (NamePart part : {NamePart::Surname, NamePart::Forename, NamePart::Patronymic})
        for (Sex sex : {Sex::Male, Sex::Female, Sex::Unknown}) (void)lang.forms(part, word, sex);
    }
  }
  return 0;
}
