// The manifest's [html] table: base_url, the address the site is published
// at, checked (an absolute http or https URL) and normalized to end in "/".
#include <gtest/gtest.h>

#include <string>

#include "edition/manifest.hpp"

using namespace editio;

namespace {

// A manifest of one document whose [html] table is `html` (lines 7 on:
// "[html]" on line 7, its first key on line 8), placed before the document.
std::string manifest_with(const std::string& html) {
  return "[edition]\ntitle = \"T\"\neditors = [{ id = \"ed\", name = \"E\" }]\npublisher = \"P\"\n"
         "licence = \"CC0\"\n\n" +
         html + "\n[[document]]\nid = \"d\"\nfile = \"d.txt\"\ntitle = \"D\"\nlanguage = \"en\"\n";
}

// Every diagnostic, one a line.
std::string listed(const Diagnostics& d) {
  std::string s;
  for (const auto& x : d.items()) s += x.format() + "\n";
  return s;
}

// The base_url the manifest gives with `html` as its [html] table.
std::string base_url_of(const std::string& html) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", manifest_with(html), d);
  EXPECT_TRUE(ed) << listed(d);
  EXPECT_TRUE(d.empty()) << listed(d);
  return ed ? ed->base_url : "(no manifest)";
}

// The one diagnostic the manifest gives with `html` as its [html] table.
std::string error_of(const std::string& html) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", manifest_with(html), d);
  EXPECT_FALSE(ed);
  EXPECT_EQ(d.items().size(), 1u) << listed(d);
  return listed(d);
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
  // base_url's value starts at column 12 of line 8.
  EXPECT_EQ(error_of("[html]\nbase_url = \"edition/\"\n"),
            "manifest.toml:8:12: error: [html]: base_url 'edition/' cannot be used: it must be an absolute address "
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
  EXPECT_NE(error_of("[html]\nbase_url = 3\n").find("manifest.toml:8:12"), std::string::npos);
}

TEST(ManifestHtml, UnknownKeyIsWarned) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", manifest_with("[html]\nbase = \"https://example.org/\"\n"), d);
  ASSERT_TRUE(ed) << listed(d);
  EXPECT_NE(listed(d).find("manifest.toml:8:8: warning: [html]: unknown key 'base'"), std::string::npos) << listed(d);
  EXPECT_EQ(ed->base_url, "");
}

TEST(ManifestHtml, HtmlMustBeATable) {
  Diagnostics d;
  auto ed = parse_manifest("manifest.toml", "html = \"https://example.org/\"\n" + manifest_with(""), d);
  EXPECT_FALSE(ed);
  EXPECT_EQ(listed(d), "manifest.toml:1:8: error: 'html' must be a table: [html] with base_url\n");
}
