// Golden tests: small inputs under tests/golden/<case>/ (a manifest and its
// texts) must convert to exactly the TEI in tests/golden/<case>/expected/.
// To accept a deliberate change: EDITIO_UPDATE_GOLDEN=1 ctest -R Golden,
// then review the diff of expected/ before committing.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "convert/pipeline.hpp"
#include "corpus/register.hpp"
#include "edition/manifest.hpp"
#include "util/fs.hpp"

using namespace editio;
namespace sfs = std::filesystem;

namespace {

// Diagnostics with paths relative to the case directory, one per line.
std::string relative_diagnostics(const Diagnostics& d, const sfs::path& dir) {
  std::string got;
  for (const auto& x : d.items()) {
    std::string line = x.format();
    const std::string prefix = dir.string() + "/";
    for (auto p = line.find(prefix); p != std::string::npos; p = line.find(prefix, p))
      line.erase(p, prefix.size());
    got += line + "\n";
  }
  return got;
}

void check_case(const std::string& name) {
  const sfs::path dir = sfs::path(EDITIO_TEST_DATA).parent_path() / "golden" / name;
  Diagnostics d;
  auto ed = load_manifest((dir / "manifest.toml").string(), d);
  ASSERT_TRUE(ed) << (d.items().empty() ? "" : d.items()[0].format());
  const bool update = std::getenv("EDITIO_UPDATE_GOLDEN") != nullptr;
  std::unique_ptr<Personography> persons;
  std::unique_ptr<PersonMatcher> matcher;
  if (!ed->personography.empty()) {
    persons = load_personography((dir / ed->personography).string(), d);
    ASSERT_TRUE(persons) << relative_diagnostics(d, dir);
    persons->set_sort_order(register_order(*persons, ed->language));
    matcher = std::make_unique<PersonMatcher>(*persons);
  }
  for (const auto& entry : ed->documents) {
    Converted c = convert_entry(*ed, entry, d, matcher.get());
    ASSERT_TRUE(c.ok);
    const std::string expected_path = (dir / "expected" / (entry.id + ".xml")).string();
    std::string expected, why;
    if (update) {
      ASSERT_TRUE(fs::write_atomic(expected_path, c.tei, why)) << why;
      continue;
    }
    ASSERT_TRUE(fs::read_file(expected_path, expected, why)) << expected_path << ": " << why;
    EXPECT_EQ(c.tei, expected) << "TEI for " << entry.id << " differs from " << expected_path;
  }
  const std::string diags_path = (dir / "expected" / "diagnostics.txt").string();
  const std::string got = relative_diagnostics(d, dir);
  std::string expected, why;
  if (update) {
    ASSERT_TRUE(fs::write_atomic(diags_path, got, why)) << why;
    return;
  }
  ASSERT_TRUE(fs::read_file(diags_path, expected, why)) << diags_path;
  EXPECT_EQ(got, expected);
}

}  // namespace

TEST(Golden, Notes) { check_case("notes"); }
TEST(Golden, Structure) { check_case("structure"); }
TEST(Golden, Persons) { check_case("persons"); }
TEST(Golden, Dates) { check_case("dates"); }
TEST(Golden, Archival) { check_case("archival"); }
