// Notes in the TEI that `editio convert` writes: a note call in the title,
// numbering that starts again, note bodies without a call.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include <pugixml.hpp>

#include "convert/pipeline.hpp"

using namespace editio;

namespace {

struct Tei {
  pugi::xml_document xml;
  Diagnostics diags;
};

// Converts `text` as the file NAME.txt (the document's id is NAME).
void convert(const std::string& name, const std::string& text, Tei& out) {
  const auto path = std::filesystem::temp_directory_path() / (name + ".txt");
  std::ofstream(path) << text;
  Converted c = convert_standalone(path.string(), out.diags, nullptr);
  ASSERT_TRUE(c.ok);
  ASSERT_TRUE(out.xml.load_string(c.tei.c_str()));
}

std::string main_title(const Tei& t) {
  return t.xml.select_node("//teiHeader//titleStmt/title[@type='main']").node().text().get();
}

std::vector<std::string> notes(const Tei& t, const char* attribute) {
  std::vector<std::string> out;
  for (const auto& n : t.xml.select_nodes("//text//note")) out.push_back(n.node().attribute(attribute).value());
  return out;
}

}  // namespace

TEST(NotesTei, TheTitleNeverHoldsTheCallAndTheHeadKeepsTheNote) {
  Tei t;
  convert("cole", "The Secretary of State to the Consul (Cole)[1]\n\nPlease report.\n\n[1] Sent through the Embassy.\n", t);
  EXPECT_EQ(main_title(t), "The Secretary of State to the Consul (Cole)");
  const pugi::xml_node head = t.xml.select_node("//body//head").node();
  EXPECT_EQ(std::string(head.first_child().value()), "The Secretary of State to the Consul (Cole)");
  EXPECT_EQ(std::string(head.child("note").attribute("n").value()), "1");
}

TEST(NotesTei, TheTitleNeverHoldsTheCallInRussian) {
  Tei t;
  convert("ivanov", "Письмо И. И. Иванову [1]\n\nПрошу сообщить.\n\n[1] Отправлено почтой.\n", t);
  EXPECT_EQ(main_title(t), "Письмо И. И. Иванову");
}

TEST(NotesTei, NumberingThatStartsAgainKeepsThePrintedNumberAndTellsTheSequencesApartInTheId) {
  Tei t;
  convert("d5", "First telegram[1] and[2].\n\nSecond telegram[1].\n\n[1] a.\n\n[2] b.\n\n[1] c.\n", t);
  EXPECT_EQ(notes(t, "n"), (std::vector<std::string>{"1", "2", "1"}));
  EXPECT_EQ(notes(t, "xml:id"), (std::vector<std::string>{"d5-n1", "d5-n2", "d5-n1.2"}));
}

TEST(NotesTei, BodiesWithoutACallGoToTheBackMatterAndCallsWithoutABodyStayText) {
  Tei t;
  convert("orphans", "A call without a body[7] here.\n\nAnd text.\n\n[3] A body without a call.\n", t);
  const pugi::xml_node back = t.xml.select_node("//back/div[@type='notes']/note").node();
  EXPECT_EQ(std::string(back.attribute("n").value()), "3");
  EXPECT_EQ(std::string(back.attribute("place").value()), "end");
  EXPECT_NE(std::string(t.xml.select_node("//body//p").node().text().get()).find("body[7] here"), std::string::npos);
  EXPECT_EQ(t.diags.warnings(), 2u);
}
