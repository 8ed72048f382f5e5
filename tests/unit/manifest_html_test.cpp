// The manifest's [html] table: base_url, the address the site is published
// at, checked (an absolute http or https URL) and normalized to end in "/".
#include <gtest/gtest.h>

#include <string>

#include "edition/manifest.hpp"

using namespace editio;

namespace {

// 13 lines: a table after it starts on line 14.
const char* const kBase = R"([edition]
title = "T"
editors = [{ id = "ed", name = "E" }]
publisher = "P"
licence = "CC0"
language = "en"

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

// The base_url the manifest gives with `html` as its [html] table.
std::string base_url_of(const std::string& html) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", std::string(kBase) + html, d);
  EXPECT_TRUE(ed) << all_diagnostics(d);
  EXPECT_TRUE(d.empty()) << all_diagnostics(d);
  return ed ? ed->base_url : "(no manifest)";
}

// The one diagnostic the manifest gives with `html` as its [html] table.
std::string error_of(const std::string& html) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", std::string(kBase) + html, d);
  EXPECT_FALSE(ed);
  EXPECT_EQ(d.items().size(), 1u) << all_diagnostics(d);
  return all_diagnostics(d);
}

}  // namespace

TEST(ManifestHtml, WithoutHtmlTableThereIsNoBaseUrl) {
  EXPECT_EQ(base_url_of(""), "");
  EXPECT_EQ(base_url_of("[html]\n"), "");
}

TEST(ManifestHtml, BaseUrlEndsInASlash) {
  EXPECT_EQ(base_url_of("[html]\nbase_url = \"https://example.org/edition/\"\n"), "https://example.org/edition/");
  EXPECT_EQ(base_url_of("[html]\nbase_url = \"https://example.org/edition\"\n"), "https://example.org/edition/");
  EXPECT_EQ(base_url_of("[html]\nbase_url = \"http://example.org\"\n"), "http://example.org/");
  EXPECT_EQ(base_url_of("[html]\nbase_url = \"HTTPS://example.org:8080/a/b/\"\n"), "HTTPS://example.org:8080/a/b/");
}

TEST(ManifestHtml, BaseUrlMustBeAbsoluteHttp) {
  // [html] is line 14; base_url's value starts at column 12 of line 15.
  EXPECT_EQ(error_of("[html]\nbase_url = \"edition/\"\n"),
            "manifest.toml:15:12: error: [html]: base_url 'edition/' cannot be used: it must be an absolute address "
            "beginning with https:// or http://; write the address the site is published at, such as "
            "\"https://example.org/edition/\"\n");
  EXPECT_NE(error_of("[html]\nbase_url = \"file:///srv/www/\"\n").find("https:// or http://"), std::string::npos);
  EXPECT_NE(error_of("[html]\nbase_url = \"javascript:alert(1)//\"\n").find("https:// or http://"),
            std::string::npos);
  EXPECT_NE(error_of("[html]\nbase_url = \"https:///edition/\"\n").find("names no host"), std::string::npos);
  EXPECT_NE(error_of("[html]\nbase_url = \"https://example.org/my edition/\"\n").find("white space"),
            std::string::npos);
  EXPECT_NE(error_of("[html]\nbase_url = \"https://example.org/e/?lang=ru\"\n").find("query or a fragment"),
            std::string::npos);
  EXPECT_NE(error_of("[html]\nbase_url = \"https://example.org/\\\"onload=\\\"x\"\n").find("percent-encode"),
            std::string::npos);
}

TEST(ManifestHtml, BaseUrlMustBeAString) {
  EXPECT_NE(error_of("[html]\nbase_url = 3\n").find("manifest.toml:15:12"), std::string::npos);
}

TEST(ManifestHtml, UnknownKeyIsWarned) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", std::string(kBase) + "[html]\nbase = \"https://example.org/\"\n", d);
  ASSERT_TRUE(ed) << all_diagnostics(d);
  EXPECT_NE(all_diagnostics(d).find("warning"), std::string::npos) << all_diagnostics(d);
  EXPECT_EQ(ed->base_url, "");
}

TEST(ManifestHtml, HtmlMustBeATable) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", "html = \"https://example.org/\"\n" + std::string(kBase), d);
  EXPECT_FALSE(ed);
  EXPECT_EQ(all_diagnostics(d), "manifest.toml:1:8: error: 'html' must be a table: [html] with base_url\n");
}
