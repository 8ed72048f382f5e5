// URLs from the editor's data are linked only with a scheme that runs
// nothing (http, https, mailto, a relative reference): util/url, and the
// manifest's check at the key's line and column.
#include <gtest/gtest.h>

#include <string>

#include "edition/manifest.hpp"
#include "util/url.hpp"

using namespace editio;

TEST(Url, WebMailAndRelativeReferencesAreAllowed) {
  for (const char* u : {"", "http://example.org/a?b=1&c=2#frag", "HTTPS://example.org/%20x", "mailto:ed@example.org",
                        "licence.html", "../print/a.pdf", "#top", "//example.org/x", "/a:b", "?q=a:b",
                        "https://example.org/a b", "https://example.org/я"})
    EXPECT_EQ(url_problem(u), "") << u;
}

TEST(Url, ScriptAndOtherSchemesAreRefused) {
  for (const char* u : {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<script>alert(1)</script>",
                        "vbscript:msgbox(1)", "file:///etc/passwd", "ftp://example.org/", "java script:alert(1)"})
    EXPECT_NE(url_problem(u), "") << u;
}

TEST(Url, ObfuscatedSchemesAreRefused) {
  // What a browser would strip or decode before it reads the scheme.
  for (const char* u : {" javascript:alert(1)", "\tjavascript:alert(1)", "java\tscript:alert(1)",
                        "java\nscript:alert(1)", "javascript:alert(1)\n", "\x01javascript:alert(1)",
                        "javascript&#58;alert(1)", "javascript&#x3A;alert(1)", "javascript&colon;alert(1)",
                        "&#106;avascript:alert(1)"})
    EXPECT_NE(url_problem(u), "") << u;
}

namespace {

// A one-document manifest with these URLs (licence_url on line 6, the
// source's url on line 14), parsed into `d`.
void parse_with_urls(const std::string& licence_url, const std::string& source_url, Diagnostics& d) {
  parse_manifest("manifest.toml",
                 "[edition]\ntitle = \"T\"\neditors = [{ id = \"ed\", name = \"E\" }]\npublisher = \"P\"\n"
                 "licence = \"CC0\"\nlicence_url = \"" + licence_url + "\"\n\n[[document]]\nid = \"d\"\n"
                 "file = \"d.txt\"\ntitle = \"D\"\nlanguage = \"en\"\n[document.source]\nurl = \"" + source_url + "\"\n",
                 d);
}

}  // namespace

TEST(Url, ManifestRefusesAScriptUrlAtItsPosition) {
  Diagnostics d;
  parse_with_urls("javascript:alert(document.cookie)", "  JaVa\\tScRiPt:alert(1)", d);
  std::string all;
  for (const auto& x : d.items()) all += x.format() + "\n";
  EXPECT_NE(all.find("manifest.toml:6:"), std::string::npos) << all;
  EXPECT_NE(all.find("'licence_url' cannot be linked"), std::string::npos) << all;
  EXPECT_NE(all.find("manifest.toml:14:"), std::string::npos) << all;
  EXPECT_EQ(d.errors(), 2u) << all;
}

TEST(Url, ManifestAcceptsAWebUrl) {
  Diagnostics d;
  parse_with_urls("https://creativecommons.org/licenses/by/4.0/", "mailto:archive@example.org", d);
  EXPECT_EQ(d.errors(), 0u);
}

TEST(Url, APercentSignMustBeginAnEscape) {
  // "%zz" or a trailing "%" would make the TEI's anyURI invalid: refused at the manifest, not by the schema.
  for (const char* u : {"https://example.org/100%", "https://example.org/a%zzb", "https://example.org/%2"})
    EXPECT_NE(url_problem(u), "") << u;
  EXPECT_EQ(url_problem("https://example.org/100%25"), "");
}
