// Validation of large documents: a TEI of more than 10 MB (a long document's)
// is parsed and validated, because it declares no DTD; a document with a DTD
// keeps libxml2's limits against entity expansion.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

#include "check/validator.hpp"

using namespace editio;

namespace {

std::string write_schema() {
  const auto path = std::filesystem::temp_directory_path() / "editio-validator-test.rng";
  std::ofstream(path) << "<element name='a' xmlns='http://relaxng.org/ns/structure/1.0'><text/></element>";
  return path.string();
}

// Validates `xml` against <a> holding text; the errors go to `d`.
bool validate_with_a_schema(const std::string& xml, Diagnostics& d) {
  Diagnostics setup;
  Validator v(write_schema(), "", setup);
  EXPECT_TRUE(v.ok());
  return v.validate(xml, "big.xml", d);
}

const std::string kElevenMegabytes(11 * 1024 * 1024, 'x');

}  // namespace

TEST(Validator, ThePrologDecidesWhetherADtdIsDeclared) {
  EXPECT_TRUE(declares_no_dtd("<?xml version='1.0'?>\n<?xml-model href='x'?><!-- c --><TEI/>"));
  EXPECT_TRUE(declares_no_dtd("<a>text that mentions <!DOCTYPE in a comment is not a prolog</a>"));
  EXPECT_FALSE(declares_no_dtd("<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>"));
  EXPECT_FALSE(declares_no_dtd("<?xml version='1.0'?>"));  // no root element in sight
}

TEST(Validator, ADocumentOverTenMegabytesWithoutADtdIsValidated) {
  Diagnostics d;
  EXPECT_TRUE(validate_with_a_schema("<a>" + kElevenMegabytes + "</a>", d));
  EXPECT_EQ(d.errors(), 0u) << (d.items().empty() ? "" : d.items().front().format());
}

TEST(Validator, ADocumentWithADtdKeepsTheParsersLimits) {
  Diagnostics d;
  EXPECT_FALSE(validate_with_a_schema("<!DOCTYPE a><a>" + kElevenMegabytes + "</a>", d));
  EXPECT_GT(d.errors(), 0u);
}
