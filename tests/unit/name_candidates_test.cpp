// `editio names`' candidates: capitalized common words at sentence starts are
// left out by the language's Hunspell dictionary (Debian's hunspell-en-us and
// hunspell-ru), and names a place or institution word goes with are grouped
// apart from persons.
#include <gtest/gtest.h>

#include <filesystem>

#include "annotate/name_candidates.hpp"
#include "read/segment.hpp"
#include "read/source.hpp"

using namespace editio;

namespace {

Document document(const std::string& text, const std::string& lang) {
  Diagnostics d;
  auto src = read_source("t.txt", text, d);
  Document doc;
  doc.id = "t";
  doc.source_path = "t.txt";
  doc.lang = lang;
  segment(*src, doc, d);
  return doc;
}

std::vector<std::string> labels(const std::vector<NameCandidate>& ranked) {
  std::vector<std::string> out;
  for (const auto& c : ranked) out.push_back(c.label);
  return out;
}

bool listed(const std::vector<NameCandidate>& ranked, const std::string& label) {
  const auto l = labels(ranked);
  return std::find(l.begin(), l.end(), label) != l.end();
}

// The Debian dictionaries the tests read (scripts/install-deps.sh installs them).
const std::string kDictionaries = "/usr/share/hunspell";

}  // namespace

TEST(NameCandidates, ACommonWordOnlyAtSentenceStartsIsLeftOut) {
  CommonWords lexicon(kDictionaries);
  NameCandidates c(lexicon);
  c.add(document("According to the report, Kellner came late. According to Kellner, it rained.\n", "en"));
  EXPECT_FALSE(listed(c.ranked(), "According"));
  EXPECT_TRUE(listed(c.ranked(), "Kellner"));
  EXPECT_EQ(c.left_out().sentence_initial, 1);
  EXPECT_EQ(c.left_out().dictionaries, std::vector<std::string>{"en_US"});
}

TEST(NameCandidates, ADictionaryWordAlsoCapitalizedMidSentenceIsKept) {
  CommonWords lexicon(kDictionaries);
  NameCandidates c(lexicon);
  c.add(document("Smith arrived. The letter was given to Smith the next day.\n", "en"));
  EXPECT_TRUE(listed(c.ranked(), "Smith"));
  EXPECT_EQ(c.left_out().sentence_initial, 0);
}

TEST(NameCandidates, ADictionaryWordTheDictionaryAlsoListsAsANameIsKept) {
  CommonWords lexicon(kDictionaries);
  NameCandidates c(lexicon);
  c.add(document("Miller, Treaties, vol. 2, p. 457.\n", "en"));  // "miller" and "Miller" are both in en_US
  EXPECT_TRUE(listed(c.ranked(), "Miller"));
}

TEST(NameCandidates, ARussianSentenceInitialWordIsLeftOut) {
  CommonWords lexicon(kDictionaries);
  NameCandidates c(lexicon);
  c.add(document("Разумеется, письмо пришло. Разумеется, ответа не было.\n", "ru"));
  EXPECT_FALSE(listed(c.ranked(), "Разумеется"));
  EXPECT_EQ(c.left_out().sentence_initial, 1);
}

TEST(NameCandidates, ANameTheDictionaryLacksIsKeptAtSentenceStart) {
  CommonWords lexicon(kDictionaries);
  NameCandidates c(lexicon);
  c.add(document("Иванов пришёл вечером. Иванов ушёл утром.\n", "ru"));
  EXPECT_TRUE(listed(c.ranked(), "Иванов"));
}

TEST(NameCandidates, ADotAfterATitleStartsNoSentence) {
  CommonWords lexicon(kDictionaries);
  NameCandidates c(lexicon);
  c.add(document("The letter was read by Dr. Black. Black left.\n", "en"));
  EXPECT_TRUE(listed(c.ranked(), "Black"));
}

TEST(NameCandidates, AStreetWordMakesAPlace) {
  CommonWords lexicon(kDictionaries);
  NameCandidates c(lexicon);
  c.add(document("Он жил на улица Горького, а потом на улице Горького.\n", "ru"));
  const auto places = c.ranked(NameKind::Place);
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].count(), 2);
  EXPECT_EQ(places[0].forms.count("улица Горького"), 1u);
  EXPECT_EQ(places[0].forms.count("улице Горького"), 1u);  // the inflected marker, by its stem
  EXPECT_FALSE(listed(c.ranked(), "Горького"));            // not a person
}

TEST(NameCandidates, AnInstituteWordMakesAnOrganisation) {
  CommonWords lexicon(kDictionaries);
  NameCandidates c(lexicon);
  c.add(document("Он работал в Институт Маркса. Рукопись хранится в институте Маркса.\n", "ru"));
  const auto orgs = c.ranked(NameKind::Organisation);
  ASSERT_EQ(orgs.size(), 1u);
  EXPECT_EQ(orgs[0].label, "Институт Маркса");
  EXPECT_EQ(orgs[0].count(), 2);
  EXPECT_TRUE(c.ranked().empty());
}

TEST(NameCandidates, AnEnglishInstitutionWordAfterOrBeforeTheName) {
  CommonWords lexicon(kDictionaries);
  NameCandidates c(lexicon);
  c.add(document("He studied at Harvard University and taught at the University of Chicago.\n", "en"));
  EXPECT_TRUE(listed(c.ranked(NameKind::Organisation), "Harvard University"));
  EXPECT_TRUE(listed(c.ranked(NameKind::Organisation), "University of Chicago"));
  EXPECT_FALSE(listed(c.ranked(), "Harvard University"));
  EXPECT_FALSE(listed(c.ranked(), "Chicago"));
}

TEST(NameCandidates, AMissingDictionaryKeepsTheWordsWithOneNote) {
  const std::string empty = (std::filesystem::temp_directory_path() / "editio-no-hunspell").string();
  std::filesystem::create_directories(empty);
  CommonWords lexicon(empty);
  NameCandidates c(lexicon);
  c.add(document("According to the report, it rained.\n", "en"));
  c.add(document("According to the letter, it snowed.\n", "en"));
  EXPECT_TRUE(listed(c.ranked(), "According"));
  ASSERT_EQ(c.notes().size(), 1u);
  EXPECT_EQ(c.notes()[0], "no Hunspell dictionary for 'en' in " + empty +
                              "; sentence-initial words are kept (install one: apt-cache search hunspell-en)");
  EXPECT_TRUE(c.left_out().dictionaries.empty());
}
