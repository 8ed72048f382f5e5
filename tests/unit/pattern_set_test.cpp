// PatternSet (util/pattern_set.hpp): which of many patterns occur in a text,
// in one pass; the incremental build's prefilter of persons by their names.
#include "util/pattern_set.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace editio {
namespace {

using Tags = std::vector<std::size_t>;

PatternSet linked(const std::vector<std::string>& patterns) {
  PatternSet set;
  for (std::size_t i = 0; i < patterns.size(); ++i) set.add(patterns[i], i);
  set.link();
  return set;
}

TEST(PatternSet, FindsEveryPatternThatOccursAlsoInsideAndOverlappingOthers) {
  const PatternSet set = linked({"he", "she", "his", "hers"});
  EXPECT_EQ(set.tags_in("ushers"), (Tags{0, 1, 3}));
  EXPECT_EQ(set.tags_in("this"), (Tags{2}));
  EXPECT_EQ(set.tags_in("nothing here"), (Tags{0}));
  EXPECT_EQ(set.tags_in("xyz"), Tags{});
}

TEST(PatternSet, APatternFoundAfterAFalseStartIsFound) {
  const PatternSet set = linked({"petrova", "trov"});
  EXPECT_EQ(set.tags_in("petrov"), (Tags{1}));  // "petrov" is no "petrova", but holds "trov"
  EXPECT_EQ(set.tags_in("pepetrova"), (Tags{0, 1}));
}

TEST(PatternSet, PatternsSharingATagGiveItOnce) {
  PatternSet set;
  set.add("ivanov", 7);
  set.add("ivanova", 7);
  set.add("", 9);  // an empty pattern occurs in every text
  set.link();
  EXPECT_EQ(set.tags_in("ivanova"), (Tags{7, 9}));
  EXPECT_EQ(set.tags_in(""), (Tags{9}));
}

TEST(PatternSet, WorksOnUtf8Bytes) {
  const PatternSet set = linked({"петров", "ежов"});
  EXPECT_EQ(set.tags_in("письмопетровуиежову"), (Tags{0, 1}));
  EXPECT_EQ(set.tags_in("петр"), Tags{});
}

TEST(PatternSet, AnUnlinkedSetStillSearches) {
  PatternSet set;
  set.add("abc", 1);
  EXPECT_EQ(set.tags_in("xabcx"), (Tags{1}));
}

}  // namespace
}  // namespace editio
