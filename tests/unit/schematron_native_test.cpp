// The C++ checks of editio.sch (check/schematron_native.hpp) against the
// reference, libxml2's Schematron evaluating schemas/editio.sch: on every
// document of the schema tests (tests/schema, the contract samples) and on a
// document of edge cases, both give the same messages at the same lines; and
// every pattern of editio.sch is checked in C++ (a pattern added to the .sch
// without its C++ check fails here).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <regex>
#include <set>
#include <string>

#include "check/validator.hpp"

using namespace editio;
namespace sfs = std::filesystem;

namespace {

const sfs::path kSource(EDITIO_SOURCE_DIR);
const std::string kSch = (kSource / "schemas" / "editio.sch").string();

// The Schematron messages of validating `file`, one "line: text" each, as a set.
std::set<std::string> messages(const Validator& v, const sfs::path& file) {
  Diagnostics d;
  v.validate_file(file.string(), d);
  std::set<std::string> out;
  for (const auto& x : d.items()) out.insert(x.format());
  return out;
}

// The documents of the schema tests, and the edge cases.
std::vector<sfs::path> fixtures() {
  std::vector<sfs::path> out;
  for (const sfs::path dir : {kSource / "tests" / "schema", kSource / "tests" / "data" / "contract",
                              kSource / "tests" / "data" / "schematron"})
    for (const auto& e : sfs::directory_iterator(dir))
      if (e.path().extension() == ".xml") out.push_back(e.path());
  return out;
}

// The one thing the C++ check says beyond the .sch's message: the repeated
// note number and the first note's line.
std::string without_note_detail(const std::string& message) {
  static const std::regex detail(R"( \(n="[^"]*"; the first note with it is at line [0-9]+\)$)");
  return std::regex_replace(message, detail, "");
}

}  // namespace

TEST(SchematronNative, EveryPatternOfEditioSchIsCheckedInCxx) {
  Diagnostics d;
  const Validator native("", kSch, d);
  EXPECT_TRUE(native.ok());
  EXPECT_EQ(native.libxml2_patterns(), 0);
  const Validator reference("", kSch, d, Validator::Schematron::Libxml2);
  EXPECT_GE(reference.libxml2_patterns(), 10);
}

TEST(SchematronNative, GivesLibxml2sMessagesOnEveryFixture) {
  Diagnostics d;
  const Validator native("", kSch, d);
  const Validator reference("", kSch, d, Validator::Schematron::Libxml2);
  ASSERT_TRUE(native.ok() && reference.ok());
  std::size_t invalid = 0;
  for (const sfs::path& f : fixtures()) {
    std::set<std::string> got;
    for (const std::string& m : messages(native, f)) got.insert(without_note_detail(m));
    const std::set<std::string> want = messages(reference, f);
    EXPECT_EQ(got, want) << f;
    invalid += !want.empty();
  }
  EXPECT_EQ(invalid, 17u);  // the 16 Schematron cases of tests/schema and the edge cases
}

TEST(SchematronNative, AnEditedPatternIsLeftToLibxml2) {
  std::ifstream in(kSch);
  std::string sch(std::istreambuf_iterator<char>(in), {});
  const std::string from = "<assert test=\"@place\">";
  ASSERT_NE(sch.find(from), std::string::npos);
  sch.replace(sch.find(from), from.size(), "<assert test=\"@place or @n\">");
  const auto path = sfs::temp_directory_path() / "editio-schematron-native-edited.sch";
  std::ofstream(path) << sch;
  Diagnostics d;
  const Validator v("", path.string(), d);
  EXPECT_TRUE(v.ok());
  EXPECT_EQ(v.libxml2_patterns(), 1);
}
