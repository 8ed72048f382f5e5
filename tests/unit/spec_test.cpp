// The specification examples (tests/spec/<area>.md, format in
// tests/spec/README.md), each its own test: Spec_<area>.<number>_<title>.
// An example's inputs are converted as a build converts them; each document's
// <text> (or, for the header's examples, the document without its <text>)
// and the example's diagnostics must be what the example says, and each
// document must be valid against the project's schemas.
//
// To accept a deliberate change: EDITIO_UPDATE_GOLDEN=1
// ./build/tests/editio_unit_tests --gtest_filter='Spec_*' rewrites the
// expected blocks in tests/spec/ (and adds missing ones); review the diff
// before committing. With EDITIO_SPEC_TEI=<folder>, each example also
// leaves its documents' TEI there as <area>-<id>.xml (for the stylesheets'
// checks, tests/html/check.sh).
#include <gtest/gtest.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>

#include "check/validator.hpp"
#include "spec_examples.hpp"
#include "test_files.hpp"

using namespace editio;
namespace sfs = std::filesystem;

namespace {

const sfs::path kSchemas = sfs::path(EDITIO_SOURCE_DIR) / "schemas";

std::string first(const Diagnostics& d) { return d.items().empty() ? "" : d.items()[0].format(); }

const Validator& project_schema() {
  static Diagnostics d;
  static const Validator v((kSchemas / "editio.rng").string(), (kSchemas / "editio.sch").string(), d);
  EXPECT_TRUE(v.ok()) << first(d);
  return v;
}

// "tests/spec/dates.md:42": where a block begins, for the reader of a failure.
std::string at(const spec::Example& e, const spec::Block& b) {
  return "tests/spec/" + e.area + ".md:" + std::to_string(b.open + 1);
}

class SpecExample : public testing::Test {
 public:
  explicit SpecExample(spec::Example e) : e_(std::move(e)) {}

  void TestBody() override {
    const spec::Result r = spec::convert(e_);
    ASSERT_EQ(r.failure, "") << r.diagnostics;
    if (std::getenv("EDITIO_UPDATE_GOLDEN")) {
      std::string error;
      ASSERT_TRUE(spec::update(e_, r, error)) << error;
      return;
    }
    for (const auto& doc : r.documents) {
      const std::string& tei = r.tei.at(doc);
      const spec::Block* text = e_.find("tei", doc);
      const spec::Block* header = e_.find("header", doc);
      EXPECT_TRUE(text || header) << "no ```tei " << doc << "``` block for document " << doc;
      if (text) {
        EXPECT_EQ(spec::text_fragment(tei), text->body) << "the <text> of " << doc << ", " << at(e_, *text);
      }
      if (header) {
        EXPECT_EQ(spec::without_text(tei), header->body) << "the header of " << doc << ", " << at(e_, *header);
      }
      Diagnostics v;
      EXPECT_TRUE(project_schema().validate(tei, doc + ".xml", v)) << first(v);
      if (const char* keep = std::getenv("EDITIO_SPEC_TEI")) test::write(sfs::path(keep) / (e_.area + "-" + doc + ".xml"), tei);
    }
    for (const auto& b : e_.blocks)
      if ((b.kind == "tei" || b.kind == "header") && !r.tei.count(b.arg))
        ADD_FAILURE() << at(e_, b) << ": the manifest has no document '" << b.arg << "'";
    const spec::Block* diags = e_.find("diagnostics");
    EXPECT_EQ(r.diagnostics, diags ? diags->body : "") << "the diagnostics, " << (diags ? at(e_, *diags) : "none expected");
  }

 private:
  spec::Example e_;
};

// "03_a_letter_dated_in_the_manifest": the number and the title's ASCII words.
std::string test_name(const spec::Example& e) {
  std::string n = (e.number < 10 ? "0" : "") + std::to_string(e.number);
  bool gap = true;
  for (unsigned char c : e.title) {
    if (std::isalnum(c)) {
      if (gap) n += '_';
      n += static_cast<char>(std::tolower(c));
      gap = false;
    } else {
      gap = true;
    }
  }
  return n;
}

class SpecFile : public testing::Test {
 public:
  explicit SpecFile(std::string error) : error_(std::move(error)) {}
  void TestBody() override { FAIL() << error_; }

 private:
  std::string error_;
};

// Every example of every spec file becomes a test; a malformed file, one failing test.
bool register_examples() {
  for (const auto& area : spec::areas()) {
    std::string error;
    const auto examples = spec::read_area(area, error);
    const std::string suite = "Spec_" + area;
    if (!error.empty()) {
      testing::RegisterTest(suite.c_str(), "file_is_well_formed", nullptr, nullptr, __FILE__, __LINE__,
                            [error]() -> testing::Test* { return new SpecFile(error); });
      continue;
    }
    for (const auto& e : examples)
      testing::RegisterTest(suite.c_str(), test_name(e).c_str(), nullptr, nullptr, __FILE__, __LINE__,
                            [e]() -> testing::Test* { return new SpecExample(e); });
  }
  return true;
}

const bool kRegistered = register_examples();

}  // namespace

// Every example's TEI is also valid against tei_all (when it is installed).
TEST(SpecValid, EveryExampleAgainstTeiAll) {
  if (!sfs::exists(EDITIO_TEI_ALL)) GTEST_SKIP() << EDITIO_TEI_ALL << " is absent";
  Diagnostics d;
  const Validator tei_all(EDITIO_TEI_ALL, "", d);
  ASSERT_TRUE(tei_all.ok()) << first(d);
  int documents = 0;
  for (const auto& area : spec::areas()) {
    std::string error;
    for (const auto& e : spec::read_area(area, error)) {
      const spec::Result r = spec::convert(e);
      for (const auto& [doc, tei] : r.tei) {
        Diagnostics v;
        EXPECT_TRUE(tei_all.validate(tei, doc + ".xml", v)) << area << " example " << e.number << ": " << first(v);
        ++documents;
      }
    }
  }
  EXPECT_GT(documents, 0);
}
