// The manifest's [print] table: the print edition's settings, checked and
// handed to the LaTeX stylesheets (render/formats: latex_params); the roles of [[responsibility]].
#include <gtest/gtest.h>

#include <string>

#include "driver/build.hpp"
#include "edition/manifest.hpp"

using namespace editio;

namespace {

const char* const kBase = R"([edition]
title = "T"
editors = [{ id = "ed", name = "E" }]
publisher = "P"
licence = "CC0"
language = "ru"

[[document]]
id = "d"
file = "d.txt"
title = "D"
language = "en"
)";

std::string all_diagnostics(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d.items()) s += x.format() + "\n";
  return s;
}

}  // namespace

TEST(ManifestPrint, AllKeys) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", std::string(kBase) + R"(
[print]
corrections = "inline"
targeted_notes = "merge"
insertion_notes = "all"
editor_notes = "apparatus"
)", d);
  ASSERT_TRUE(ed) << all_diagnostics(d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  const std::map<std::string, std::string> expected{{"corrections", "inline"},
                                                    {"targeted-notes", "merge"},
                                                    {"insertion-notes", "all"},
                                                    {"editor-notes", "apparatus"}};
  EXPECT_EQ(ed->print, expected);
  auto params = latex_params(*ed);
  EXPECT_EQ(params["index-lang"], "ru");
  EXPECT_EQ(params["corrections"], "inline");
  EXPECT_EQ(params["targeted-notes"], "merge");
  EXPECT_EQ(params["insertion-notes"], "all");
  EXPECT_EQ(params["editor-notes"], "apparatus");
  EXPECT_EQ(params.size(), 5u);
}

// Without [print] (or with some keys), the stylesheets' defaults hold: only
// what the manifest sets is passed.
TEST(ManifestPrint, DefaultsAreTheStylesheets) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", kBase, d);
  ASSERT_TRUE(ed) << all_diagnostics(d);
  EXPECT_TRUE(ed->print.empty());
  EXPECT_EQ(latex_params(*ed), (std::map<std::string, std::string>{{"index-lang", "ru"}}));

  auto ed2 = parse_manifest("manifest.toml", std::string(kBase) + "[print]\ncorrections = \"silent\"\n", d);
  ASSERT_TRUE(ed2) << all_diagnostics(d);
  EXPECT_EQ(ed2->print, (std::map<std::string, std::string>{{"corrections", "silent"}}));
}

TEST(ManifestPrint, UnknownValueIsAnErrorNamingTheValues) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", std::string(kBase) + "\n[print]\neditor_notes = \"numbered\"\n", d);
  EXPECT_FALSE(ed);
  ASSERT_EQ(d.items().size(), 1u) << all_diagnostics(d);
  // The [print] table starts on line 14; the value is on line 15, column 16.
  EXPECT_EQ(d.items()[0].format(),
            "manifest.toml:15:16: error: [print]: editor_notes 'numbered' is not known: write \"lettered\" or "
            "\"apparatus\" (the first is the default)");

  Diagnostics d2;
  EXPECT_FALSE(parse_manifest("manifest.toml", std::string(kBase) + "[print]\ncorrections = \"\"\n", d2));
  ASSERT_EQ(d2.items().size(), 1u) << all_diagnostics(d2);
  EXPECT_NE(d2.items()[0].message.find("write \"apparatus\", \"inline\" or \"silent\""), std::string::npos);

  Diagnostics d3;
  EXPECT_FALSE(parse_manifest("manifest.toml", std::string(kBase) + "[print]\ninsertion_notes = true\n", d3));
  ASSERT_EQ(d3.items().size(), 1u) << all_diagnostics(d3);
  EXPECT_EQ(d3.items()[0].format(), "manifest.toml:14:19: error: [print]: 'insertion_notes' must be a string: \"first\", \"all\" or \"none\"");

  Diagnostics d4;
  EXPECT_FALSE(parse_manifest("manifest.toml", "print = \"apparatus\"\n" + std::string(kBase), d4));
  ASSERT_EQ(d4.items().size(), 1u) << all_diagnostics(d4);
  EXPECT_NE(d4.items()[0].message.find("'print' must be a table"), std::string::npos);
}

// A misspelt key is warned about, like everywhere in the manifest; the
// manifest still loads.
TEST(ManifestPrint, UnknownKeyIsAWarning) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", std::string(kBase) + "[print]\ncorrection = \"inline\"\n", d);
  ASSERT_TRUE(ed) << all_diagnostics(d);
  ASSERT_EQ(d.items().size(), 1u) << all_diagnostics(d);
  EXPECT_EQ(d.items()[0].format(),
            "manifest.toml:14:14: warning: [print]: unknown key 'correction' is ignored (see docs/manual/manifest.md "
            "for the manifest's keys)");
  EXPECT_TRUE(ed->print.empty());
}

TEST(ManifestResponsibility, AKeyIsAMarcRelatorCode) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", std::string(kBase) + R"(
[[responsibility]]
id = "tr"
name = "Anna Bell"
role = "our reading of the manuscript"
key = "trc"
)", d);
  ASSERT_TRUE(ed) << all_diagnostics(d);
  ASSERT_EQ(ed->responsibilities.size(), 1u);
  EXPECT_EQ(ed->responsibilities[0].key, "trc");
}

TEST(ManifestResponsibility, AKeyThatIsNoRelatorCodeIsAnErrorAtTheKey) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", std::string(kBase) + R"(
[[responsibility]]
id = "bad"
name = "Ivan Petrov"
role = "translator"
key = "Translator"
)", d);
  EXPECT_FALSE(ed);
  EXPECT_EQ(all_diagnostics(d),
            "manifest.toml:18:7: error: [[responsibility]] 'bad': key 'Translator' is no MARC relator code (three "
            "lower-case letters, such as \"trl\" or \"edt\")\n");
}
