#pragma once
// Register and chronology pages in parts: a large edition's register or
// chronology is split into pages of at most a given number of entries, so
// that no page (and no transform making it) grows with the corpus. The
// parts are described to the stylesheets by <parts> in the page's input.
#include <cstddef>
#include <string>
#include <vector>

namespace editio {

struct PagePart {
  std::size_t from = 0, to = 0;  // [from, to) of the sorted entries
  std::string first, last;       // what the first and the last entry are, for the parts' list
};

// [0, count) in consecutive ranges of at most `max` entries (one empty
// range for none; `max` 0 means no limit).
std::vector<PagePart> split_parts(std::size_t count, std::size_t max);

// The file of part `n` (from 1) of a page: "register.html" -> "register-2.html".
std::string part_file(const std::string& page, std::size_t n);

// <parts page="register.html" current="n"> with a <part n href first last
// count> per part (urn:x-editio, inline); current 0 for the overview page.
std::string parts_xml(const std::string& page, const std::vector<PagePart>& parts, std::size_t current);

}  // namespace editio
