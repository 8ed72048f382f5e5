// Builds in shards (driver/shard.hpp) and the documents' part files
// (driver/document_part.hpp) a merge reads instead of the TEI.
#include "driver/shard.hpp"

#include <gtest/gtest.h>

#include <map>
#include <string>

#include "driver/document_part.hpp"
#include "test_files.hpp"
#include "written_tei.hpp"

namespace editio {
namespace {

TEST(Shard, HashIsFnv1a64) {
  EXPECT_EQ(fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(fnv1a64("foobar"), 0x85944171f73967e8ull);
  EXPECT_EQ(fnv1a64("письмо-1"), 0x4eb1798dbff8c697ull);  // the UTF-8 bytes
}

TEST(Shard, AssignmentIsStableAndCoversEveryShard) {
  EXPECT_EQ(shard_of("a", 3), 2u);
  EXPECT_EQ(shard_of("foobar", 3), 1u);
  EXPECT_EQ(shard_of("anything", 1), 1u);
  std::map<unsigned, int> count;
  for (int i = 0; i < 300; ++i) {
    const std::string id = "doc-" + std::to_string(i);
    const unsigned k = shard_of(id, 4);
    EXPECT_EQ(k, shard_of(id, 4));
    ASSERT_GE(k, 1u);
    ASSERT_LE(k, 4u);
    ++count[k];
    // Exactly one shard has the document.
    int owners = 0;
    for (unsigned s = 1; s <= 4; ++s) owners += Shard{s, 4}.has(id);
    EXPECT_EQ(owners, 1) << id;
  }
  ASSERT_EQ(count.size(), 4u);
  for (const auto& [k, n] : count) EXPECT_GT(n, 40) << "shard " << k;  // 75 expected
  EXPECT_TRUE(Shard{}.has("any"));  // no shard: the whole edition
}

TEST(Shard, ParsesKOfN) {
  Shard s;
  std::string why;
  ASSERT_TRUE(parse_shard("2/4", s, why));
  EXPECT_EQ(s.k, 2u);
  EXPECT_EQ(s.n, 4u);
  EXPECT_EQ(s.label(), "2/4");
  EXPECT_EQ(s.name(), "shard-2-of-4");
  ASSERT_TRUE(parse_shard("4/4", s, why));
  for (const char* bad : {"0/4", "5/4", "x", "1/0", "/4", "2/", "-1/4", "1/4/2", "1 /4", ""}) {
    Shard t{1, 1};
    why.clear();
    EXPECT_FALSE(parse_shard(bad, t, why)) << bad;
    EXPECT_NE(why.find('\'' + std::string(bad) + '\''), std::string::npos) << why;
    EXPECT_EQ(t.n, 1u) << "left as it was";
  }
}

constexpr const char* kBody = R"(      <p n="1" xml:id="a-p1">On <date when="1929-05-03">3 May 1929</date> <persName ref="#p1">Petrov</persName> came to <placeName ref="#moscow">Moscow</placeName>.<note place="foot" n="1" xml:id="a-n1"><p>Said <orgName ref="#party">the party</orgName>: 12:3 "x".</p></note></p>
)";

DocumentPart sample_part() {
  pugi::xml_document doc;
  const DocumentPart part = collect_part(test::parsed(doc, test::written_tei("a", "en", kBody)), "a",
                                         PartContents{true, true, true, true});
  return part;
}

TEST(DocumentPart, CollectsWhatTheIndexesTake) {
  const DocumentPart part = sample_part();
  ASSERT_EQ(part.persons.size(), 1u);
  EXPECT_EQ(part.persons[0].entry, "p1");
  EXPECT_EQ(part.persons[0].target, "a-p1");
  ASSERT_EQ(part.places.size(), 1u);
  EXPECT_EQ(part.places[0].text, "Moscow");
  ASSERT_EQ(part.orgs.size(), 1u);
  ASSERT_EQ(part.dates.size(), 1u);
  EXPECT_EQ(part.dates[0].value.when, "1929-05-03");
  EXPECT_FALSE(part.passages.empty());
  EXPECT_FALSE(part.source.empty());
  pugi::xml_document doc;
  const DocumentPart bare = collect_part(test::parsed(doc, test::written_tei("a", "en", kBody)), "a", PartContents{});
  EXPECT_TRUE(bare.persons.empty() && bare.places.empty() && bare.passages.empty());
  EXPECT_EQ(bare.dates.size(), 1u);  // the chronology is always made
}

TEST(DocumentPart, RoundTripsThroughItsFile) {
  DocumentPart part = sample_part();
  part.key = "0123abcd";
  part.carried = "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"><listPlace/></TEI>";
  part.dates[0].value.julian = true;
  part.dates[0].order = -3;
  part.dates[0].dateline = true;
  part.passages[0].text = "with 12:3 a colon, a\nnewline and \xD0\xB4 UTF-8";
  const std::string bytes = serialize_part(part);
  DocumentPart back;
  ASSERT_TRUE(parse_part(bytes, back));
  EXPECT_EQ(serialize_part(back), bytes);
  EXPECT_EQ(back.key, "0123abcd");
  EXPECT_EQ(back.persons[0].text, "Petrov");
  EXPECT_EQ(back.carried, part.carried);
  EXPECT_EQ(back.dates[0].value.when, "1929-05-03");
  EXPECT_TRUE(back.dates[0].value.julian);
  EXPECT_EQ(back.dates[0].order, -3);
  EXPECT_TRUE(back.dates[0].dateline);
  EXPECT_EQ(back.dates[0].context, part.dates[0].context);
  EXPECT_EQ(back.passages[0].text, part.passages[0].text);
  EXPECT_EQ(back.source, part.source);

  const auto dir = test::temp_dir("document-part");
  const std::string path = (dir / "parts" / "a.part").string();
  std::string why;
  ASSERT_TRUE(write_part(path, part, why)) << why;
  DocumentPart read;
  EXPECT_TRUE(read_part(path, "0123abcd", read));
  EXPECT_EQ(serialize_part(read), bytes);
  EXPECT_FALSE(read_part(path, "another key", read));
  EXPECT_FALSE(read_part((dir / "none.part").string(), "0123abcd", read));
}

TEST(DocumentPart, RefusesDamagedBytes) {
  DocumentPart part = sample_part();
  part.key = "k";
  const std::string bytes = serialize_part(part);
  DocumentPart back;
  EXPECT_FALSE(parse_part("", back));
  EXPECT_FALSE(parse_part("editio-part 2\n" + bytes.substr(14), back));
  EXPECT_FALSE(parse_part(bytes.substr(0, bytes.size() - 1), back));  // cut short
  EXPECT_FALSE(parse_part(bytes + "1:x", back));                      // something after the end
  std::string huge = bytes;
  huge.replace(huge.find("1:k") , 3, "99999:k");                       // a length past the end
  EXPECT_FALSE(parse_part(huge, back));
}

}  // namespace
}  // namespace editio
