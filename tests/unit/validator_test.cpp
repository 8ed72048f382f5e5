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

}  // namespace

TEST(Validator, ThePrologDecidesWhetherADtdIsDeclared) {
  EXPECT_TRUE(declares_no_dtd("<?xml version='1.0'?>\n<?xml-model href='x'?><!-- c --><TEI/>"));
  EXPECT_TRUE(declares_no_dtd("<a>text that mentions <!DOCTYPE in a comment is not a prolog</a>"));
  EXPECT_FALSE(declares_no_dtd("<?xml version='1.0'?><!DOCTYPE a [<!ENTITY e 'x'>]><a>&e;</a>"));
  EXPECT_FALSE(declares_no_dtd("<?xml version='1.0'?>"));  // no root element in sight
}

TEST(Validator, ADocumentOverTenMegabytesWithoutADtdIsValidated) {
  Diagnostics setup;
  Validator v(write_schema(), "", setup);
  ASSERT_TRUE(v.ok());
  const std::string big = "<a>" + std::string(11 * 1024 * 1024, 'x') + "</a>";
  Diagnostics d;
  EXPECT_TRUE(v.validate(big, "big.xml", d));
  EXPECT_EQ(d.errors(), 0u) << (d.items().empty() ? "" : d.items().front().format());
}

TEST(Validator, ADocumentWithADtdKeepsTheParsersLimits) {
  Diagnostics setup;
  Validator v(write_schema(), "", setup);
  ASSERT_TRUE(v.ok());
  const std::string big = "<!DOCTYPE a><a>" + std::string(11 * 1024 * 1024, 'x') + "</a>";
  Diagnostics d;
  EXPECT_FALSE(v.validate(big, "big.xml", d));
  EXPECT_GT(d.errors(), 0u);
}
