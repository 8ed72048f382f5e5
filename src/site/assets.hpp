#pragma once
// The static files of the HTML site: the stylesheets and scripts beside the
// XSLT (xslt/html/*.css, *.js) and the font files their @font-face rules name
// as url(fonts/<file>), found in the system's font directories, so the site
// ships everything it loads and works offline.
#include <string>
#include <vector>

#include "model/diagnostic.hpp"

namespace editio {

// The font files named by url(fonts/<file>) in a stylesheet, in order, once each,
// with the line that names them (1-based).
struct FontReference {
  std::string file;
  std::size_t line = 0;
};
std::vector<FontReference> font_references(const std::string& css);

// Directories searched for font files: $EDITIO_FONT_PATH (colon-separated) first,
// then ~/.local/share/fonts, /usr/local/share/fonts, /usr/share/fonts.
std::vector<std::string> font_directories();

// Finds a file by name under the directories (recursively); "" when absent.
std::string find_font(const std::string& file, const std::vector<std::string>& dirs);

// Copies xslt/html/*.css and *.js to <html_out>/ and the fonts they name to
// <html_out>/fonts/. A missing font is a warning (the pages fall back to the
// reader's fonts); a file that cannot be copied is an error.
void copy_site_assets(const std::string& html_src_dir, const std::string& html_out, Diagnostics& diags);

}  // namespace editio
