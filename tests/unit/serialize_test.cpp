// The XML serializer (tei/serialize): indentation that never changes text.
// Element-only content is indented two spaces a level; an element holding
// text, or one whose content is text by TEI's rules (p, head, persName...),
// is written on one line with everything inside it as it is.
#include <gtest/gtest.h>

#include <pugixml.hpp>

#include "tei/serialize.hpp"

using namespace editio;

namespace {

// `xml` parsed (white space between elements dropped, as layout) and written again.
std::string rewritten(const std::string& xml) {
  pugi::xml_document doc;
  EXPECT_TRUE(doc.load_string(xml.c_str(), pugi::parse_default | pugi::parse_pi | pugi::parse_comments |
                                              pugi::parse_declaration))
      << xml;
  return serialize_xml(doc);
}

}  // namespace

TEST(Serialize, ElementOnlyContentIsIndentedAndTextIsWrittenAsItIs) {
  EXPECT_EQ(rewritten("<TEI><text><body><div><p n='1'>One  two\nthree <hi>four</hi>.</p><lb/></div></body></text></TEI>"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<TEI>\n"
            "  <text>\n"
            "    <body>\n"
            "      <div>\n"
            "        <p n=\"1\">One  two\nthree <hi>four</hi>.</p>\n"
            "        <lb/>\n"
            "      </div>\n"
            "    </body>\n"
            "  </text>\n"
            "</TEI>\n");
}

TEST(Serialize, AnElementWhoseContentIsTextStaysOnOneLineThoughItHoldsOnlyElements) {
  // White space put between <persName> and <date> here would become text of the heading.
  EXPECT_EQ(rewritten("<div><head><persName>Anna</persName><date>1942</date></head><list><item><hi>x</hi></item></list></div>"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<div>\n"
            "  <head><persName>Anna</persName><date>1942</date></head>\n"
            "  <list>\n"
            "    <item><hi>x</hi></item>\n"
            "  </list>\n"
            "</div>\n");
}

TEST(Serialize, TextAndAttributesAreEscapedOnlyWhereXmlNeedsIt) {
  pugi::xml_document doc;
  pugi::xml_node p = doc.append_child("p");
  p.append_attribute("rend") = "a \"b\" & <c>\tline\nnext";
  p.text() = "Tom & \"Jerry\" <cat> > mouse";
  EXPECT_EQ(serialize_xml(doc),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<p rend=\"a &quot;b&quot; &amp; &lt;c&gt;&#9;line&#10;next\">Tom &amp; \"Jerry\" &lt;cat&gt; &gt; mouse</p>\n");
}

TEST(Serialize, TheDeclarationIsAlwaysUtf8AndProcessingInstructionsAndCommentsKeepTheirLines) {
  EXPECT_EQ(rewritten("<?xml version='1.0' encoding='windows-1251'?>\n<?xml-model href=\"editio.rng\"?>"
                      "<TEI><!-- generated --><teiHeader/></TEI>"),
            "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<?xml-model href=\"editio.rng\"?>\n"
            "<TEI>\n"
            "  <!-- generated -->\n"
            "  <teiHeader/>\n"
            "</TEI>\n");
}

TEST(Serialize, ANodeIsWrittenAtItsDepthOrInlineForADocumentWrittenInParts) {
  pugi::xml_document doc;
  doc.load_string("<person id='a'><name>Anna</name><note>Poet.</note></person>");
  std::string at_depth, in_line;
  serialize_node(at_depth, doc.first_child(), 1);
  serialize_node(in_line, doc.first_child(), 1, true);
  EXPECT_EQ(at_depth,
            "  <person id=\"a\">\n"
            "    <name>Anna</name>\n"
            "    <note>Poet.</note>\n"
            "  </person>\n");
  EXPECT_EQ(in_line, "<person id=\"a\"><name>Anna</name><note>Poet.</note></person>");
}

TEST(Serialize, WhatItWritesReadsBackToTheSameText) {
  const std::string once = rewritten(
      "<TEI xmlns='http://www.tei-c.org/ns/1.0'><text><body><p>A <note place='foot'><p>N &amp; M</p></note> b.</p>"
      "<quote><p>“Q”</p></quote></body></text></TEI>");
  EXPECT_EQ(rewritten(once), once);
}
