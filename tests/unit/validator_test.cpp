// Validation of large documents: a TEI of more than 10 MB (a long document's)
// is parsed and validated, because it declares no DTD; a document with a DTD
// keeps libxml2's limits against entity expansion.
#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
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

// Against the project's schemas: a document of the data contract
// (tests/data/contract/sample-archival.xml) is valid, and each kind of
// problem put into it is one diagnostic at its line, saying which check
// found it.
namespace {

const std::filesystem::path kSchemas = std::filesystem::path(EDITIO_SOURCE_DIR) / "schemas";

std::string contract_sample() {
  std::ifstream in(std::filesystem::path(EDITIO_TEST_DATA) / "contract" / "sample-archival.xml");
  return std::string(std::istreambuf_iterator<char>(in), {});
}

// `xml` with the first `from` replaced by `to`.
std::string with(std::string xml, const std::string& from, const std::string& to) {
  const std::size_t at = xml.find(from);
  EXPECT_NE(at, std::string::npos) << from;
  if (at != std::string::npos) xml.replace(at, from.size(), to);
  return xml;
}

// The diagnostics of validating `xml` (named sample.xml) with editio.rng and editio.sch, one a line.
std::string problems(const std::string& xml) {
  Diagnostics setup, d;
  static const Validator v((kSchemas / "editio.rng").string(), (kSchemas / "editio.sch").string(), setup);
  EXPECT_TRUE(v.ok());
  const bool valid = v.validate(xml, "sample.xml", d);
  std::string out;
  for (const auto& x : d.items()) out += x.format() + "\n";
  EXPECT_EQ(valid, out.empty()) << out;
  return out;
}

}  // namespace

TEST(ValidatorProject, TheContractSampleIsValid) { EXPECT_EQ(problems(contract_sample()), ""); }

TEST(ValidatorProject, AnElementTheSchemaDoesNotAllowIsASchemaError) {
  EXPECT_EQ(problems(with(contract_sample(), "<head type=\"supplied\" resp=\"#ed\">Memorandum</head>",
                          "<head type=\"supplied\" resp=\"#ed\">Memorandum<bogus/></head>")),
            "sample.xml:106: error: schema: <bogus>: Did not expect element bogus there\n"
            "sample.xml:106: error: schema: <bogus>: Element head has extra content: bogus\n");
}

TEST(ValidatorProject, APointerToNoIdIsASchematronError) {
  EXPECT_EQ(problems(with(contract_sample(), "<head type=\"supplied\" resp=\"#ed\">",
                          "<head type=\"supplied\" resp=\"#nobody\">")),
            "sample.xml:106: error: Schematron: <head>: The first (or only) pointer in @resp of this <head> names an "
            "xml:id that no element in this document has: declare the responsible person or body in the teiHeader "
            "(for example respStmt/@xml:id or editor/@xml:id) or fix the reference.\n");
}

TEST(ValidatorProject, TwoNotesWithOneNumberAreAnErrorAtTheSecond) {
  const std::string got = problems(with(contract_sample(), "place=\"foot\" n=\"b\"", "place=\"foot\" n=\"a\""));
  EXPECT_EQ(got.rfind("sample.xml:123: error: Schematron: <note>: This <note> has the same @n as an earlier note", 0), 0u)
      << got;
  EXPECT_NE(got.find("(n=\"a\"; the first note with it is at line 113)\n"), std::string::npos) << got;
}

TEST(ValidatorProject, ADocumentThatIsNotXmlIsAnErrorAtItsLineAndColumn) {
  EXPECT_EQ(problems(with(contract_sample(), "<head type=\"supplied\" resp=\"#ed\">Memorandum</head>",
                          "<head type=\"supplied\" resp=\"#ed\">Memorandum</hed>")),
            "sample.xml:106:58: error: XML: Opening and ending tag mismatch: head line 106 and hed\n");
}

TEST(ValidatorProject, ASchemaThatDoesNotCompileIsReportedAndValidatesNothing) {
  const auto path = std::filesystem::temp_directory_path() / "editio-validator-broken.rng";
  std::ofstream(path) << "<element name='a' xmlns='http://relaxng.org/ns/structure/1.0'><bogus/></element>";
  Diagnostics d;
  Validator v(path.string(), "", d);
  EXPECT_FALSE(v.ok());
  ASSERT_FALSE(d.items().empty());
  EXPECT_EQ(d.items().back().format(),
            path.string() + ": error: the RelaxNG schema could not be compiled (see the messages above)");
}

TEST(ValidatorProject, AFileThatCannotBeReadIsAnError) {
  Diagnostics setup, d;
  Validator v(write_schema(), "", setup);
  EXPECT_FALSE(v.validate_file("/nonexistent/editio.xml", d));
  ASSERT_EQ(d.items().size(), 1u);
  EXPECT_EQ(d.items()[0].format(), "/nonexistent/editio.xml: error: cannot read: No such file or directory");
}
