#include "lang/old_spelling.hpp"

#include <gtest/gtest.h>

using namespace editio;

TEST(OldSpelling, TheReformsLettersBecomeTodaysAtTheSameOffsets) {
  EXPECT_EQ(modern_letters("Сиятельнѣйшій Маія"), "Сиятельнейший Маия");
  EXPECT_EQ(modern_letters("Ѳеодоръ и Ѵпсиланти"), "Феодоръ и Ипсиланти");
  EXPECT_EQ(modern_letters("Ѣхалъ").size(), std::string("Ѣхалъ").size());
}

TEST(OldSpelling, AdjectiveEndingsOnlyAtTheWordsEnd) {
  EXPECT_EQ(modern_letters("Гражданскаго губернатора"), "Гражданского губернатора");
  EXPECT_EQ(modern_letters("синяго моря"), "синего моря");
  EXPECT_EQ(modern_letters("Саговый"), "Саговый");  // no ending there
  EXPECT_EQ(modern_letters("новаго, но благо"), "нового, но благо");  // a short word keeps its ending
}

TEST(OldSpelling, TheHardSignAtAWordsEndIsDroppedForComparison) {
  EXPECT_EQ(modern_spelling("Милостивой Государь Петръ Васильевичъ!"), "Милостивой Государь Петр Васильевич!");
  EXPECT_EQ(modern_spelling("объявление"), "объявление");  // inside a word it stays
  EXPECT_EQ(modern_spelling("Булгаковъ."), "Булгаков.");
}

TEST(OldSpelling, TellsOldFromTodaysSpelling) {
  EXPECT_TRUE(has_old_spelling("Яковъ Булгаковъ"));
  EXPECT_TRUE(has_old_spelling("Маія"));
  EXPECT_FALSE(has_old_spelling("Яков Булгаков, объявление"));
  EXPECT_FALSE(has_old_spelling("The Minister to the Secretary"));
}
