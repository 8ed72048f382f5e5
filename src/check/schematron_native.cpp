#include "check/schematron_native.hpp"

#include <libxml/valid.h>

#include <algorithm>
#include <array>
#include <cstdlib>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace editio {
namespace {
const xmlChar* const kTeiNs = BAD_CAST "http://www.tei-c.org/ns/1.0";
}  // namespace

bool is_tei_element(xmlNodePtr n, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && n->ns && xmlStrEqual(n->ns->href, kTeiNs) &&
         xmlStrEqual(n->name, BAD_CAST name);
}

namespace {

bool is_tei(xmlNodePtr n, const char* name) { return is_tei_element(n, name); }

bool is_sch(xmlNodePtr n, const char* name) {
  return n && n->type == XML_ELEMENT_NODE && n->ns &&
         xmlStrEqual(n->ns->href, BAD_CAST "http://purl.oclc.org/dsdl/schematron") && xmlStrEqual(n->name, BAD_CAST name);
}

// The attribute `name` of `n` (in the XML namespace when `xml`), or null.
xmlAttrPtr find_attr(xmlNodePtr n, const char* name, bool xml = false) {
  for (xmlAttrPtr a = n->properties; a; a = a->next)
    if (xmlStrEqual(a->name, BAD_CAST name) &&
        (xml ? a->ns && xmlStrEqual(a->ns->href, XML_XML_NAMESPACE) : a->ns == nullptr))
      return a;
  return nullptr;
}

// XPath's string value of an attribute ("" for none).
std::string value(xmlAttrPtr a) {
  if (!a) return "";
  if (a->children && !a->children->next && a->children->type == XML_TEXT_NODE)
    return reinterpret_cast<const char*>(a->children->content);
  xmlChar* v = xmlNodeListGetString(a->doc, a->children, 1);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

std::string attr(xmlNodePtr n, const char* name, bool xml = false) { return value(find_attr(n, name, xml)); }

bool blank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The tokens of `s` between XML white space: those of normalize-space(s), and
// what id(s) looks up.
std::vector<std::string> tokens(std::string_view s) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < s.size();) {
    if (blank(s[i])) {
      ++i;
      continue;
    }
    std::size_t j = i;
    while (j < s.size() && !blank(s[j])) ++j;
    out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::string without_hashes(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), '#'), s.end());
  return s;
}

// What XPath's id() gives for one token: the element whose xml:id it is (the
// first one, as libxml2 registers it while parsing), or null.
xmlNodePtr id_element(xmlDocPtr doc, const std::string& token) {
  if (token.empty()) return nullptr;
  xmlAttrPtr a = xmlGetID(doc, BAD_CAST token.c_str());
  if (!a) return nullptr;
  if (a->type == XML_ATTRIBUTE_NODE) return a->parent;
  return a->type == XML_ELEMENT_NODE ? reinterpret_cast<xmlNodePtr>(a) : nullptr;
}


// The patterns implemented here, in the .sch's order of asserts.
enum Pattern { TeiIdLang, Pointers, NoteN, NotePlace, UniqueIds, PersonRefs, PlaceRefs, OrgRefs, WitRefs, AppWits, kPatterns };

struct Spec {
  const char* id;
  const char* context;
  std::vector<std::string> tests;
};

const char* const kPointerAttributes[] = {"resp", "who", "ref", "target"};

// The tests of editio-pointers: the first four tokens of each attribute.
std::vector<std::string> pointer_tests() {
  std::vector<std::string> out;
  for (const std::string a : kPointerAttributes) {
    std::string rest = "normalize-space(@" + a + ")";
    for (int k = 0; k < 4; ++k) {
      const std::string token = "substring-before(concat(" + rest + ", ' '), ' ')";
      out.push_back("not(@" + a + ") or " + (k ? "not(contains(normalize-space(@" + a + "), ' #')) or " : "") +
                    "not(starts-with(" + token + ", '#')) or id(substring(" + token + ", 2))");
      rest = "substring-after(" + rest + ", ' ')";
    }
  }
  return out;
}

std::string app_witnesses_test() {
  std::vector<std::string> ids{"id(translate(normalize-space(tei:lem/@wit), '#', ''))"};
  for (int k = 1; k <= 10; ++k)
    ids.push_back("id(translate(normalize-space(tei:rdg[" + std::to_string(k) + "]/@wit), '#', ''))");
  const std::string all = "count(ancestor::tei:TEI[1]/tei:teiHeader//tei:listWit/tei:witness)";
  std::string sum, either;
  for (const std::string& i : ids) {
    sum += (sum.empty() ? "" : " + ") + ("count(" + i + "[self::tei:witness])");
    either += (either.empty() ? "" : " | ") + i;
  }
  return "count(tei:rdg) > 10 or (" + sum + " = " + all + " and count((" + either + ")[self::tei:witness]) = " + all +
         ")";
}

std::string ref_test(const char* kinds) {
  return "not(starts-with(normalize-space(@ref), '#')) or id(substring(substring-before(concat(normalize-space(@ref), "
         "' '), ' '), 2))[" +
         std::string(kinds) + "]";
}

const std::array<Spec, kPatterns>& specs() {
  static const std::array<Spec, kPatterns> s{{
      {"editio-tei-id-lang", "tei:TEI", {"@xml:id", "normalize-space(@xml:lang)"}},
      {"editio-pointers", "tei:*", pointer_tests()},
      {"editio-note-n-unique",
       "tei:note",
       {"not(@n) or not(@n = ancestor-or-self::*[ancestor::tei:TEI]/preceding-sibling::*/descendant-or-self::tei:note/@n) "
        "or (starts-with(@xml:id, concat(ancestor::tei:TEI[1]/@xml:id, '-n', @n, '.')) and "
        "number(substring-after(@xml:id, concat(ancestor::tei:TEI[1]/@xml:id, '-n', @n, '.'))) >= 2)"}},
      {"editio-note-place", "tei:text//tei:note", {"@place"}},
      {"editio-unique-ids", "tei:*", {"not(@xml:id) or count(id(@xml:id) | .) = 1"}},
      {"editio-person-refs", "tei:text//tei:persName", {ref_test("self::tei:person or self::tei:personGrp")}},
      {"editio-place-refs", "tei:placeName", {ref_test("self::tei:place")}},
      {"editio-org-refs", "tei:orgName", {ref_test("self::tei:org")}},
      {"editio-wit-refs",
       "tei:*",
       {"not(@wit) or (string-length(@wit) - string-length(translate(@wit, '#', '')) = (string-length(normalize-space(@wit)) "
        "- string-length(translate(normalize-space(@wit), ' ', '')) + 1) and count(id(translate(normalize-space(@wit), "
        "'#', ''))[self::tei:witness][parent::tei:listWit]) = (string-length(normalize-space(@wit)) - "
        "string-length(translate(normalize-space(@wit), ' ', '')) + 1))"}},
      {"editio-app-witnesses", "tei:app", {app_witnesses_test()}},
  }};
  return s;
}

std::string normalized(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (blank(c) && (out.empty() || out.back() == ' ')) continue;
    out += blank(c) ? ' ' : c;
  }
  if (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// Where a message has <name/>: the element's name goes there.
constexpr char kName = '\x01';

// The message of an assert as libxml2 makes it (xmlSchematronFormatReport):
// its text, <name/> as the element's name, white space at the end of each
// piece made one space. False for anything else in it (name/@path, value-of).
bool message_of(xmlNodePtr assert_node, std::string& out) {
  out.clear();
  for (xmlNodePtr c = assert_node->children; c; c = c->next) {
    if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) out += reinterpret_cast<const char*>(c->content);
    else if (is_sch(c, "name") && !xmlHasProp(c, BAD_CAST "path")) out += kName;
    else if (c->type == XML_ELEMENT_NODE) return false;
    else continue;
    if (!out.empty() && blank(out.back())) {
      while (!out.empty() && blank(out.back())) out.pop_back();
      out += ' ';
    }
  }
  while (!out.empty() && (out.back() == ' ' || out.back() == '\n')) out.pop_back();  // as Validator reports it
  return true;
}

// The messages of `pattern`'s asserts when it is exactly `spec`.
bool matches(xmlNodePtr pattern, const Spec& spec, std::vector<std::string>& messages) {
  xmlChar* id = xmlGetNoNsProp(pattern, BAD_CAST "id");
  const bool same_id = id && xmlStrEqual(id, BAD_CAST spec.id);
  xmlFree(id);
  xmlNodePtr rule = xmlFirstElementChild(pattern);
  if (!same_id || !is_sch(rule, "rule") || xmlNextElementSibling(rule) || normalized(attr(rule, "context")) != spec.context)
    return false;
  messages.clear();
  for (xmlNodePtr a = xmlFirstElementChild(rule); a; a = xmlNextElementSibling(a)) {
    std::string message;
    const std::size_t i = messages.size();
    if (!is_sch(a, "assert") || i >= spec.tests.size() || normalized(attr(a, "test")) != spec.tests[i] ||
        !message_of(a, message))
      return false;
    messages.push_back(message);
  }
  return messages.size() == spec.tests.size();
}

// XPath's number(s) >= 2 for a string: digits with at most one ".", XML
// white space around (anything else is NaN, which compares false).
bool number_at_least_two(std::string_view s) {
  while (!s.empty() && blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && blank(s.back())) s.remove_suffix(1);
  std::size_t digits = 0, dots = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') ++digits;
    else if (c == '.') ++dots;
    else return false;
  }
  return digits > 0 && dots <= 1 && std::strtod(std::string(s).c_str(), nullptr) >= 2;
}

// Visits the elements under and including `root` in document order: enter(n)
// when an element starts, leave(n) when it ends. No recursion (any depth).
template <class Enter, class Leave>
void walk_elements(xmlNodePtr root, Enter enter, Leave leave) {
  for (xmlNodePtr n = root; n;) {
    enter(n);
    if (xmlNodePtr child = xmlFirstElementChild(n)) {
      n = child;
      continue;
    }
    for (;;) {
      leave(n);
      if (n == root) return;
      if (xmlNodePtr next = xmlNextElementSibling(n)) {
        n = next;
        break;
      }
      n = n->parent;
    }
  }
}

}  // namespace

struct NativeSchematron::Impl {
  // The messages of each pattern's asserts; empty when not taken.
  std::array<std::vector<std::string>, kPatterns> messages;
  std::vector<Pattern> order;  // the taken patterns, in the .sch's order
};

namespace {

// One walk over a document with the taken patterns.
class Pass {
 public:
  Pass(xmlDocPtr doc, const NativeSchematron::Impl& impl, const NativeSchematron::Resolve& resolve)
      : doc_(doc), impl_(impl), resolve_(resolve) {}

  void enter(xmlNodePtr n) {
    if (is_tei(n, "TEI")) enter_tei(n);
    if (!n->ns || !xmlStrEqual(n->ns->href, kTeiNs)) return;  // every context is a TEI element
    const bool in_text = texts_ > 0;
    if (is_tei(n, "text")) ++texts_;
    if (on(TeiIdLang) && is_tei(n, "TEI")) {
      if (!find_attr(n, "id", true)) fail(TeiIdLang, 0, n);
      if (tokens(attr(n, "lang", true)).empty()) fail(TeiIdLang, 1, n);
    }
    if (on(Pointers)) check_pointers(n);
    if (on(NoteN) && is_tei(n, "note")) enter_note(n);
    if (on(NotePlace) && in_text && is_tei(n, "note") && !find_attr(n, "place")) fail(NotePlace, 0, n);
    if (on(UniqueIds)) check_unique_id(n);
    if (on(PersonRefs) && in_text && is_tei(n, "persName"))
      check_ref(n, PersonRefs, [](xmlNodePtr e) { return is_tei(e, "person") || is_tei(e, "personGrp"); });
    if (on(PlaceRefs) && is_tei(n, "placeName")) check_ref(n, PlaceRefs, [](xmlNodePtr e) { return is_tei(e, "place"); });
    if (on(OrgRefs) && is_tei(n, "orgName")) check_ref(n, OrgRefs, [](xmlNodePtr e) { return is_tei(e, "org"); });
    if (on(WitRefs)) check_wit(n);
    if (on(AppWits) && is_tei(n, "app")) check_app(n);
  }

  void leave(xmlNodePtr n) {
    if (is_tei(n, "text")) --texts_;
    if (is_tei(n, "TEI")) tei_ids_.pop_back();
    if (on(NoteN) && !tei_ids_.empty() && is_tei(n, "note") && find_attr(n, "n")) --seen_[attr(n, "n")].open;
  }

  void report(const NativeSchematron::Report& report) const {
    for (Pattern p : impl_.order)
      for (const Failure& f : failures_[p]) {
        std::string message = impl_.messages[p][f.assert_index];
        const std::string name = f.element->ns && f.element->ns->prefix
                                     ? std::string(reinterpret_cast<const char*>(f.element->ns->prefix)) + ":" +
                                           reinterpret_cast<const char*>(f.element->name)
                                     : reinterpret_cast<const char*>(f.element->name);
        for (std::size_t at; (at = message.find(kName)) != std::string::npos;) message.replace(at, 1, name);
        report(f.element, message + f.detail);
      }
  }

 private:
  struct Failure {
    xmlNodePtr element;
    std::size_t assert_index;
    std::string detail;  // said after the message
  };
  struct Seen {
    std::uint32_t first_line = 0;
    std::size_t notes = 0;  // entered so far
    std::size_t open = 0;   // of those, still open (ancestors of the current node)
  };

  bool on(Pattern p) const { return !impl_.messages[p].empty(); }

  // id(token): the document's own, or the resolver's.
  xmlNodePtr id_of(const std::string& token) const {
    if (!resolve_) return id_element(doc_, token);
    return token.empty() ? nullptr : resolve_(token);
  }

  // id(s) of a list of tokens, as a set, keeping the elements `keep` accepts.
  template <class Keep>
  std::unordered_set<xmlNodePtr> id_set(const std::vector<std::string>& toks, Keep keep) const {
    std::unordered_set<xmlNodePtr> out;
    for (const std::string& t : toks)
      if (xmlNodePtr e = id_of(t); e && keep(e)) out.insert(e);
    return out;
  }
  void fail(Pattern p, std::size_t assert_index, xmlNodePtr n, std::string detail = "") {
    failures_[p].push_back({n, assert_index, std::move(detail)});
  }

  // editio-pointers: the first four tokens of @resp, @who, @ref and @target
  // that start with '#' name an xml:id.
  void check_pointers(xmlNodePtr n) {
    for (std::size_t a = 0; a < 4; ++a) {
      xmlAttrPtr at = find_attr(n, kPointerAttributes[a]);
      if (!at) continue;
      const std::vector<std::string> t = tokens(value(at));
      for (std::size_t k = 0; k < std::min<std::size_t>(4, t.size()); ++k)
        if (t[k][0] == '#' && !id_of(t[k].substr(1))) fail(Pointers, a * 4 + k, n);
    }
  }

  // editio-unique-ids: id(@xml:id) is this element or nothing.
  void check_unique_id(xmlNodePtr n) {
    xmlAttrPtr at = find_attr(n, "id", true);
    if (!at) return;
    for (const std::string& t : tokens(value(at)))
      if (xmlNodePtr e = id_of(t); e && e != n) return fail(UniqueIds, 0, n);
  }

  // editio-person-refs, -place-refs, -org-refs: the first token of @ref, when
  // it starts with '#', names an element `kind` accepts.
  template <class Kind>
  void check_ref(xmlNodePtr n, Pattern p, Kind kind) {
    const std::vector<std::string> t = tokens(attr(n, "ref"));
    if (t.empty() || t[0][0] != '#') return;
    xmlNodePtr e = id_of(t[0].substr(1));
    if (!e || !kind(e)) fail(p, 0, n);
  }

  // editio-wit-refs: every token of @wit is "#" and a witness of a listWit, each named once.
  void check_wit(xmlNodePtr n) {
    xmlAttrPtr at = find_attr(n, "wit");
    if (!at) return;
    const std::string wit = value(at);
    const std::vector<std::string> t = tokens(wit);
    const std::size_t count = std::max<std::size_t>(1, t.size());
    const auto hashes = static_cast<std::size_t>(std::count(wit.begin(), wit.end(), '#'));
    const auto named = id_set(tokens(without_hashes(wit)),
                              [](xmlNodePtr e) { return is_tei(e, "witness") && is_tei(e->parent, "listWit"); });
    if (hashes != count || named.size() != count) fail(WitRefs, 0, n);
  }

  // editio-app-witnesses: the lem (the first with @wit) and the first ten rdg
  // name each witness of the TEI's listWit once; an app of more than ten rdg
  // is not checked.
  void check_app(xmlNodePtr app) {
    std::vector<xmlNodePtr> rdgs;
    xmlAttrPtr lem_wit = nullptr;
    for (xmlNodePtr c = xmlFirstElementChild(app); c; c = xmlNextElementSibling(c)) {
      if (is_tei(c, "rdg")) rdgs.push_back(c);
      if (!lem_wit && is_tei(c, "lem")) lem_wit = find_attr(c, "wit");
    }
    if (rdgs.size() > 10) return;
    std::vector<std::string> wits{value(lem_wit)};
    for (xmlNodePtr r : rdgs) wits.push_back(attr(r, "wit"));
    std::size_t sum = 0;
    std::unordered_set<xmlNodePtr> all;
    for (const std::string& w : wits) {
      const auto named = id_set(tokens(without_hashes(w)), [](xmlNodePtr e) { return is_tei(e, "witness"); });
      sum += named.size();
      all.insert(named.begin(), named.end());
    }
    const std::size_t witnesses = witnesses_of(app);
    if (sum != witnesses || all.size() != witnesses) fail(AppWits, 0, app);
  }

  // count(ancestor::tei:TEI[1]/tei:teiHeader//tei:listWit/tei:witness)
  std::size_t witnesses_of(xmlNodePtr n) {
    xmlNodePtr tei = n->parent;
    while (tei && !is_tei(tei, "TEI")) tei = tei->parent;
    if (!tei) return 0;
    const auto [it, fresh] = witness_counts_.emplace(tei, 0);
    std::size_t& count = it->second;
    if (!fresh) return count;
    for (xmlNodePtr h = xmlFirstElementChild(tei); h; h = xmlNextElementSibling(h)) {
      if (!is_tei(h, "teiHeader")) continue;
      walk_elements(
          h,
          [&](xmlNodePtr e) {
            if (e != h && is_tei(e, "witness") && is_tei(e->parent, "listWit") && e->parent != h) ++count;
          },
          [](xmlNodePtr) {});
    }
    return count;
  }

  void enter_tei(xmlNodePtr n) {
    if (tei_ids_.empty()) seen_.clear();
    tei_ids_.push_back(attr(n, "id", true));
  }

  // editio-note-n-unique: not(@n) or not(@n = (the earlier notes of its
  // TEI)/@n) or (its xml:id is that of a later numbering sequence), with a
  // hash map emptied where an outermost TEI begins (a teiCorpus holds
  // several, each numbering its notes anew); notes outside any TEI are not
  // concerned. As with preceding::, ancestors are left out, so a note inside
  // a note with the same @n is not a duplicate here either. The message adds
  // the number and the first note's line.
  void enter_note(xmlNodePtr n) {
    if (tei_ids_.empty() || !find_attr(n, "n")) return;
    const std::string number = attr(n, "n");
    Seen& s = seen_[number];
    if (s.notes > s.open && !in_later_sequence(n, number))
      fail(NoteN, 0, n,
           " (n=\"" + number + "\"; the first note with it is at line " + std::to_string(s.first_line) + ")");
    if (s.notes++ == 0) s.first_line = static_cast<std::uint32_t>(std::max(0L, xmlGetLineNo(n)));
    ++s.open;
  }

  // starts-with(@xml:id, P) and number(substring-after(@xml:id, P)) >= 2,
  // P = concat(ancestor::tei:TEI[1]/@xml:id, '-n', @n, '.').
  bool in_later_sequence(xmlNodePtr note, const std::string& n) const {
    const std::string id = attr(note, "id", true);
    const std::string prefix = tei_ids_.back() + "-n" + n + ".";
    return id.compare(0, prefix.size(), prefix) == 0 && number_at_least_two(std::string_view(id).substr(prefix.size()));
  }

  xmlDocPtr doc_;
  const NativeSchematron::Impl& impl_;
  const NativeSchematron::Resolve& resolve_;
  std::array<std::vector<Failure>, kPatterns> failures_;
  int texts_ = 0;                         // open tei:text elements
  std::vector<std::string> tei_ids_;      // of the TEI elements the walk is in
  std::unordered_map<std::string, Seen> seen_;  // note numbers of the current outermost TEI
  std::unordered_map<xmlNodePtr, std::size_t> witness_counts_;
};

}  // namespace

NativeSchematron::NativeSchematron() : impl_(std::make_unique<Impl>()) {}
NativeSchematron::~NativeSchematron() = default;

bool NativeSchematron::empty() const { return impl_->order.empty(); }

int NativeSchematron::take_patterns(xmlDocPtr sch) {
  int left = 0;
  xmlNodePtr root = xmlDocGetRootElement(sch);
  for (xmlNodePtr n = root ? xmlFirstElementChild(root) : nullptr; n;) {
    xmlNodePtr next = xmlNextElementSibling(n);
    if (is_sch(n, "pattern")) {
      std::vector<std::string> messages;
      int found = -1;
      for (int p = 0; p < kPatterns; ++p)
        if (impl_->messages[p].empty() && matches(n, specs()[p], messages)) found = p;
      if (found >= 0) {
        impl_->messages[found] = messages;
        impl_->order.push_back(static_cast<Pattern>(found));
        xmlUnlinkNode(n);
        xmlFreeNode(n);
      } else {
        ++left;
      }
    }
    n = next;
  }
  return left;
}

void NativeSchematron::check(xmlDocPtr doc, const Report& report, const Resolve& resolve) const {
  if (empty()) return;
  Pass pass(doc, *impl_, resolve);
  walk_elements(
      xmlDocGetRootElement(doc), [&](xmlNodePtr n) { pass.enter(n); }, [&](xmlNodePtr n) { pass.leave(n); });
  pass.report(report);
}

}  // namespace editio
