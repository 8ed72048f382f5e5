#pragma once
// URLs from the editor's data (the manifest's licence_url, a source's url)
// reach href attributes of the reading edition and the print: only schemes
// that cannot run anything are let through.
#include <string>
#include <string_view>

namespace editio {

// Why `url` may not be linked, or "" when it may: it must be a relative
// reference or have the scheme http, https or mailto (in any case). The
// scheme is read as a browser reads it: white space and control characters
// anywhere are ignored ("java\tscript:" is "javascript:"), so they are
// refused; so is an HTML character reference ("&#58;", "&colon;"), which
// would spell a different URL wherever it is decoded. An empty URL is allowed.
std::string url_problem(std::string_view url);

}  // namespace editio
