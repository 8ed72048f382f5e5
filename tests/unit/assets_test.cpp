// The site's static files: fonts named by the stylesheet are found and shipped,
// a missing one is reported at its line, nothing climbs out of fonts/.
#include <gtest/gtest.h>

#include <sys/stat.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "site/assets.hpp"
#include "test_files.hpp"
#include "util/fs.hpp"

using namespace editio;
using editio::test::read;
using editio::test::write;
namespace sfs = std::filesystem;

TEST(Assets, FontReferencesInOrderOnceWithTheirLine) {
  const std::string css =
      "/* a */\n"
      "@font-face { src: url(\"fonts/A.otf\") format(\"opentype\"); }\n"
      "@font-face { src: url(fonts/B.woff2); }\n"
      "@font-face { src: url('fonts/A.otf'); }\n"
      "body { background: url(images/x.png); }\n";
  const auto refs = font_references(css);
  ASSERT_EQ(refs.size(), 2u);
  EXPECT_EQ(refs[0].file, "A.otf");
  EXPECT_EQ(refs[0].line, 2u);
  EXPECT_EQ(refs[1].file, "B.woff2");
  EXPECT_EQ(refs[1].line, 3u);
}

TEST(Assets, FontReferencesNeverLeaveTheFontsFolder) {
  const auto refs = font_references(
      "a { src: url(fonts/../../etc/passwd); }\n"
      "b { src: url(fonts/.hidden); }\n"
      "c { src: url(fonts/sub/dir.otf); }\n");
  EXPECT_TRUE(refs.empty());
}

TEST(Assets, FindsAFontInASubdirectory) {
  const auto d = test::temp_dir("assets-find");
  write(d / "opentype" / "family" / "Face.otf", "OTTO");
  EXPECT_EQ(find_font("Face.otf", {(d / "missing").string(), d.string()}),
            (d / "opentype" / "family" / "Face.otf").string());
  EXPECT_EQ(find_font("Other.otf", {d.string()}), "");
  sfs::remove_all(d);
}

TEST(Assets, CopiesStylesheetsScriptsAndTheirFonts) {
  const auto d = test::temp_dir("assets-copy");
  write(d / "src" / "site.css",
        "@font-face { src: url(\"fonts/Shipped-Face.otf\"); }\n"
        "@font-face { src: url(\"fonts/No-Such-Face-Anywhere.otf\"); }\n");
  write(d / "src" / "site.js", "console.log(1);\n");
  write(d / "src" / "page.xsl", "<xsl/>");
  write(d / "fonts" / "Shipped-Face.otf", std::string("OTTO\0bin", 8));
  ::setenv("EDITIO_FONT_PATH", (d / "fonts").string().c_str(), 1);
  Diagnostics diags;
  copy_site_assets((d / "src").string(), (d / "out").string(), diags);
  ::unsetenv("EDITIO_FONT_PATH");

  EXPECT_EQ(read(d / "out" / "site.js"), "console.log(1);\n");
  EXPECT_NE(read(d / "out" / "site.css").find("Shipped-Face"), std::string::npos);
  EXPECT_FALSE(sfs::exists(d / "out" / "page.xsl"));
  EXPECT_EQ(read(d / "out" / "fonts" / "Shipped-Face.otf"), std::string("OTTO\0bin", 8));
  EXPECT_FALSE(sfs::exists(d / "out" / "fonts" / "No-Such-Face-Anywhere.otf"));
  EXPECT_EQ(diags.errors(), 0u);
  ASSERT_EQ(diags.warnings(), 1u);
  const std::string msg = diags.items()[0].format();
  EXPECT_NE(msg.find("site.css:2"), std::string::npos) << msg;
  EXPECT_NE(msg.find("No-Such-Face-Anywhere.otf"), std::string::npos) << msg;
  sfs::remove_all(d);
}

// A rebuild leaves the files that already hold the same bytes alone (same
// inode, not rewritten), and makes again one that differs (edited by hand).
TEST(Assets, CopiesAgainOnlyWhatDiffers) {
  const auto d = test::temp_dir("assets-again");
  write(d / "src" / "site.css", "@font-face { src: url(\"fonts/Face.otf\"); }\n");
  write(d / "src" / "site.js", "console.log(1);\n");
  write(d / "fonts" / "Face.otf", std::string("OTTO\0bin", 8));
  ::setenv("EDITIO_FONT_PATH", (d / "fonts").string().c_str(), 1);
  Diagnostics diags;
  copy_site_assets((d / "src").string(), (d / "out").string(), diags);
  auto inode = [&](const sfs::path& p) {
    struct stat st {};
    return ::stat(p.c_str(), &st) == 0 ? st.st_ino : 0;
  };
  const auto font = inode(d / "out" / "fonts" / "Face.otf"), css = inode(d / "out" / "site.css");
  write(d / "out" / "site.js", "edited\n");
  copy_site_assets((d / "src").string(), (d / "out").string(), diags);
  ::unsetenv("EDITIO_FONT_PATH");

  EXPECT_EQ(diags.errors(), 0u);
  EXPECT_NE(font, 0u);
  EXPECT_EQ(inode(d / "out" / "fonts" / "Face.otf"), font);
  EXPECT_EQ(inode(d / "out" / "site.css"), css);
  EXPECT_EQ(read(d / "out" / "site.js"), "console.log(1);\n");
  sfs::remove_all(d);
}
