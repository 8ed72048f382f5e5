// The English words that mark a place's or an institution's name (lang/name_markers.hpp).
// Left out on purpose: words whose stem is also a title's ("office" and
// "officer" both stem to "offic"), words that are also common verbs before
// a name ("trust", "fund") and words that name countries as much as
// institutions ("union": "Soviet Union"; "state": "Secretary of State").
#include "lang/name_markers.hpp"

namespace editio {

NameMarkerTable english_name_markers() {
  NameMarkerTable t;
  t.language = "en";
  t.snowball = "english";
  t.places = {"street", "avenue", "road", "square", "lane", "boulevard", "river", "lake", "mount", "mountain",
              "mountains", "island", "islands", "bay", "sea", "ocean", "city", "county", "province", "district",
              "port", "cape", "fort", "bridge", "canal", "station", "harbor", "harbour", "valley", "peninsula",
              "gulf", "strait", "straits", "coast", "territory", "colony", "region", "kingdom", "empire"};
  t.organisations = {"institute", "university", "college", "school", "academy", "committee", "commission",
                     "council", "department", "ministry", "bureau", "agency", "society", "association", "party",
                     "company", "corporation", "bank", "library", "museum", "archive", "archives", "foundation",
                     "board", "court", "senate", "congress", "parliament", "church", "cathedral", "hospital",
                     "theatre", "theater", "newspaper", "embassy", "legation", "consulate", "army", "navy",
                     "league", "club", "conference", "assembly", "tribunal"};
  t.links = {"of", "the"};
  t.endings = {{"", "s"}, {"", "es"}, {"y", "ies"}, {"", "'s"}, {"", "’s"}};
  return t;
}

}  // namespace editio
