#include "annotate/persons.hpp"

#include <algorithm>
#include <set>
#include <unordered_set>

#include "lang/common_words.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

std::size_t edit_distance(const std::u32string& a, const std::u32string& b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diag = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      std::size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
    }
  }
  return row[b.size()];
}

// The regular name a garbled one stands for: of the person's regular and
// variant names in its language, the one nearest in spelling, so that a
// garbled form of a name the person bore at the time is corrected to that
// name and not to the one the register files them under. Ties go to the
// regular name; without any, the regular name.
const PersonName* nearest_regular(const Person& p, const PersonName& bad, const std::string& lang) {
  const PersonName* reg = p.reg(lang);
  if (!reg) return nullptr;
  const std::u32string wrong = utf8::decode(bad.text);
  const PersonName* best = reg;
  std::size_t best_d = edit_distance(wrong, utf8::decode(reg->text));
  for (const auto& n : p.names) {
    if (n.type != "variant" || (n.lang != lang && !n.lang.empty())) continue;
    const bool same_shape = n.surnames.empty() == bad.surnames.empty() && n.forenames.empty() == bad.forenames.empty();
    if (!same_shape) continue;
    const std::size_t d = edit_distance(wrong, utf8::decode(n.text));
    if (d < best_d) best = &n, best_d = d;
  }
  return best;
}


bool is_hyphen(char32_t c) { return c == U'-' || c == U'\u2010' || c == U'\u2011'; }
bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019'; }
bool word_char(char32_t c) { return utf8::is_letter(c) || utf8::is_mark(c); }

char32_t at(std::string_view s, std::size_t i) {
  if (i >= s.size()) return 0;
  return utf8::next(s, i);
}

std::string first_word(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t j = i;
    if (!word_char(utf8::next(s, j))) break;
    i = j;
  }
  return fold_yo(s.substr(0, i));
}

// The parts of `w` between hyphens.
std::vector<Word> split_hyphens(std::string_view text, const Word& w) {
  std::vector<Word> parts;
  std::size_t start = w.begin;
  for (std::size_t i = w.begin; i < w.end;) {
    std::size_t j = i;
    char32_t c = utf8::next(text, j);
    if (is_hyphen(c)) {
      parts.push_back({start, i});
      start = j;
    }
    i = j;
  }
  parts.push_back({start, w.end});
  for (auto& p : parts) {
    std::size_t k = p.begin;
    char32_t c = at(text, k);
    p.capitalized = utf8::is_upper(c);
    p.all_caps = true;
    for (std::size_t m = p.begin; m < p.end;) {
      char32_t d = utf8::next(text, m);
      if (utf8::is_letter(d) && !utf8::is_upper(d)) p.all_caps = false;
    }
    p.dot_after = p.end == w.end && w.dot_after;
  }
  return parts;
}

std::size_t letters(std::string_view s) { return utf8::count_code_points(s, 0, s.size()); }

std::string lower(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) utf8::append(out, utf8::to_lower(utf8::next(s, i)));
  return out;
}

// A word in capitals as a name is written in running text: "RUBIN" ->
// "Rubin", "ТЕР-ВАГАНЯН" -> "Тер-Ваганян", "O'BRIEN" -> "O'Brien".
std::string title_case(std::string_view s) {
  std::string out;
  bool start = true;
  for (std::size_t i = 0; i < s.size();) {
    const char32_t c = utf8::next(s, i);
    utf8::append(out, start ? utf8::to_upper(c) : utf8::to_lower(c));
    start = is_hyphen(c) || is_apostrophe(c);
  }
  return out;
}

}  // namespace

// The particles that stand between first names and surname ("Jean van
// Heijenoort", "Baron de Schleinitz", "фон Мекк"), in either case.
bool is_name_particle(std::string_view word) {
  static const std::string_view particles[] = {"van", "von", "de", "der", "den", "du", "des", "di", "da", "del",
                                               "della", "dos", "das", "ten", "ter", "le", "la", "zu", "фон", "де",
                                               "ван", "дер", "дю", "ди", "да", "ле", "ла", "цу"};
  const std::string w = lower(word);
  return std::find(std::begin(particles), std::end(particles), w) != std::end(particles);
}

namespace {

// The particles that open a surname in the personography ("van der Lubbe")
// are left off: what remains is the name that declines and stands alone.
std::string without_particles(const std::string& surname) {
  std::size_t start = 0;
  for (std::size_t sp = surname.find(' '); sp != std::string::npos; sp = surname.find(' ', start)) {
    if (!is_name_particle(std::string_view(surname).substr(start, sp - start))) break;
    start = sp + 1;
  }
  return surname.substr(start);
}

// The name after an elided particle ("d'Estaing" -> "Estaing", "д’Аламбер"
// -> "Аламбер"), or empty when the word has none.
std::string after_elision(std::string_view s) {
  std::size_t i = 0;
  const char32_t d = utf8::next(s, i);
  if (!(d == U'd' || d == U'D' || d == U'l' || d == U'L' || d == U'д' || d == U'Д') || i >= s.size()) return {};
  std::size_t j = i;
  if (!is_apostrophe(utf8::next(s, j)) || j >= s.size()) return {};
  std::size_t k = j;
  return utf8::is_upper(utf8::next(s, k)) ? std::string(s.substr(j)) : std::string();
}

// The particles of a surname as written ("van der Lubbe" -> van, der), lower case.
std::vector<std::string> particles_in(const std::string& surname) {
  std::vector<std::string> out;
  for (const Word& w : name_words(surname)) {
    std::string_view t = std::string_view(surname).substr(w.begin, w.end - w.begin);
    if (is_name_particle(t)) out.push_back(lower(t));
  }
  return out;
}

// The words of a person's note and roles, lower case ("President of the
// United States" -> president, of, the, united, states), for titles.
void add_words(const std::string& text, std::vector<std::string>& into) {
  for (const Word& w : name_words(text)) into.push_back(fold_yo(lower(std::string_view(text).substr(w.begin, w.end - w.begin))));
}

// Does the initial ("Ya", "И") stand for the name ("Yakov", "Иван")?
bool initial_of(std::string_view initial, const std::string& name) {
  std::string i = fold_yo(initial), n = fold_yo(name);
  return !i.empty() && n.size() >= i.size() && n.compare(0, i.size(), i) == 0;
}

}  // namespace

bool is_dotted_initial(std::string_view text, const Word& w) {
  if (!w.dot_after || !w.capitalized) return false;
  std::string_view t = text.substr(w.begin, w.end - w.begin);
  if (name_language_for(t).title_word(t)) return false;  // "Dr.", "Mr."
  std::size_t n = letters(t);
  if (n == 1) return true;
  if (n != 2) return false;
  std::size_t i = 0;
  utf8::next(t, i);
  return !utf8::is_upper(utf8::next(t, i));  // "Ya", not "LS"
}

bool is_caps_initials(std::string_view text, const Word& w) {
  std::string_view t = text.substr(w.begin, w.end - w.begin);
  return w.all_caps && !w.dot_after && letters(t) <= 3;
}

std::vector<Word> name_words(std::string_view text) {
  std::vector<Word> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t j = i;
    char32_t c = utf8::next(text, j);
    if (!utf8::is_letter(c)) {
      i = j;
      continue;
    }
    Word w;
    w.begin = i;
    w.capitalized = utf8::is_upper(c);
    w.all_caps = w.capitalized;
    std::size_t k = j;
    while (k < text.size()) {
      std::size_t m = k;
      char32_t d = utf8::next(text, m);
      if (word_char(d)) {
        if (utf8::is_letter(d) && !utf8::is_upper(d)) w.all_caps = false;
        k = m;
        continue;
      }
      // An inner hyphen or apostrophe followed by a letter joins, except the
      // possessive "'s" that ends a word.
      if (is_hyphen(d) || is_apostrophe(d)) {
        char32_t after = at(text, m);
        if (!utf8::is_letter(after)) break;
        if (is_apostrophe(d) && (after == U's' || after == U'S')) {
          std::size_t q = m;
          utf8::next(text, q);
          if (!word_char(at(text, q))) break;
        }
        k = m;
        continue;
      }
      break;
    }
    w.end = k;
    w.dot_after = k < text.size() && text[k] == '.';
    if (!w.capitalized && !after_elision(text.substr(w.begin, w.end - w.begin)).empty()) w.capitalized = true;  // d'Estaing
    out.push_back(w);
    i = k;
  }
  return out;
}

namespace {

// Calls fn with each word of `written` ("Jacques Andre": "Jacques", "Andre").
template <class Fn>
void for_each_word(const std::string& written, Fn fn) {
  std::size_t start = 0;
  while (start < written.size()) {
    std::size_t sp = written.find(' ', start);
    if (sp == std::string::npos) sp = written.size();
    if (sp > start) fn(written.substr(start, sp - start));
    start = sp + 1;
  }
}

}  // namespace

PersonMatcher::PersonMatcher(const Personography& persons) : persons_(persons) {
  initials_.resize(persons.persons.size());
  particles_.resize(persons.persons.size());
  roles_.resize(persons.persons.size());
  second_initials_.resize(persons.persons.size());
  suffixes_.resize(persons.persons.size());
  for (std::size_t pi = 0; pi < persons.persons.size(); ++pi) {
    const Person& p = persons.persons[pi];
    for (std::size_t ni = 0; ni < p.names.size(); ++ni) index_name(static_cast<int>(pi), static_cast<int>(ni));
    add_words(p.note, roles_[pi]);
    std::sort(roles_[pi].begin(), roles_[pi].end());
  }
  for (auto& [key, v] : literals_)
    std::stable_sort(v.begin(), v.end(), [](const Literal& a, const Literal& b) { return a.text.size() > b.text.size(); });
}

void PersonMatcher::add_forms(int person, int name, NamePart part, const std::string& lemma, bool standalone) {
  const Person& p = persons_.persons[static_cast<std::size_t>(person)];
  const PersonName& n = p.names[static_cast<std::size_t>(name)];
  const NameLanguage& lang = name_language_for(lemma);
  const bool fixed = std::any_of(n.indeclinable.begin(), n.indeclinable.end(),
                                 [&](const std::string& x) { return without_particles(x) == lemma; });
  const std::vector<NameForm> forms =
      fixed ? std::vector<NameForm>{{lemma, kMasc | kFem, 0}} : lang.forms(part, lemma, p.sex);
  for (const NameForm& f : forms) {
    // A family (personGrp) is named in the plural only.
    if (p.group && !(f.gender & kPlural) && f.text != lemma) continue;
    Entry e{person, part, p.group ? std::uint8_t(kPlural) : f.gender, f.slot, name, n.erroneous(), standalone,
            f.also_masculine};
    // Persons are added in order, so each form's entries are sorted by
    // person and a duplicate can only be among the last person's.
    auto& v = forms_[fold_yo(f.text)];
    auto dup = std::find_if(v.rbegin(), v.rend(), [&](const Entry& x) {
      return x.person != e.person || (x.part == e.part && x.gender == e.gender && x.erroneous == e.erroneous);
    });
    if (dup == v.rend() || dup->person != e.person) v.push_back(e);
    else dup->standalone = dup->standalone || e.standalone;
  }
}

void PersonMatcher::add_literal(int person, int name, const std::string& text) {
  std::string key = first_word(text);
  if (key.empty()) return;
  const bool err = persons_.persons[static_cast<std::size_t>(person)].names[static_cast<std::size_t>(name)].erroneous();
  literals_[key].push_back({text, person, name, err});  // sorted longest first by the constructor
}

void PersonMatcher::index_name(int person, int name) {
  const auto pi = static_cast<std::size_t>(person);
  const PersonName& n = persons_.persons[pi].names[static_cast<std::size_t>(name)];
  const bool err = n.erroneous();
  if (!n.has_parts()) {
    add_literal(person, name, n.text);
    return;
  }
  // Parts joined by a hyphen ("She-Mlachkovsky") match as written.
  bool part_hyphen = false;
  for (const auto* parts : {&n.surnames, &n.forenames, &n.patronymics})
    for (const auto& x : *parts) part_hyphen |= x.find('-') != std::string::npos;
  if (!part_hyphen && n.text.find('-') != std::string::npos) add_literal(person, name, n.text);
  // A name of one kind of part alone ("Leo", "Ильич", "Bard") may stand
  // alone in the text; other first names need a surname or patronymic.
  const bool no_surname = n.surnames.empty();
  const bool forename_only = no_surname && n.patronymics.empty();
  const bool patronymic_only = no_surname && n.forenames.empty() && n.addnames.empty();
  for (const auto& written : n.surnames) {
    const std::string s = without_particles(written);  // "van der Lubbe" -> "Lubbe"
    if (s.find(' ') != std::string::npos) {  // "Zuylen de Nijevelt": not inflected
      add_literal(person, name, s);
      if (!err) tails_[fold_yo(s.substr(s.rfind(' ') + 1))].push_back(person);
    } else {
      add_forms(person, name, NamePart::Surname, s, false);
    }
    if (std::string bare = after_elision(s); !bare.empty()) add_forms(person, name, NamePart::Surname, bare, false);
    for (const auto& x : particles_in(written)) particles_[pi].push_back(x);
  }
  // First names and nicknames, word by word ("Jacques Andre", "Lady Bird").
  bool first = true;
  for (const auto& written : n.forenames)
    for_each_word(written, [&](const std::string& f) {
      if (is_name_particle(f) && !utf8::is_upper(at(f, 0))) {  // "J. P. van" Dijk
        particles_[pi].push_back(lower(f));
        return;
      }
      add_forms(person, name, NamePart::Forename, f, forename_only);
      // Initials are checked against the full names, not nicknames used alone.
      if (!err && !forename_only) (first ? initials_ : second_initials_)[pi].push_back(f);
      first = false;
    });
  for (const auto& written : n.addnames)
    for_each_word(written, [&](const std::string& f) {
      add_forms(person, name, NamePart::Forename, f, forename_only && n.forenames.empty());
    });
  for (const auto& f : n.patronymics) {
    add_forms(person, name, patronymic_only ? NamePart::Forename : NamePart::Patronymic, f, patronymic_only);
    if (!err && !patronymic_only) second_initials_[pi].push_back(f);
  }
  for (const auto& sfx : n.suffixes) suffixes_[pi].push_back(sfx);
  for (const auto& x : n.links) particles_[pi].push_back(lower(x));
  for (const auto& role : n.addnames) add_words(role, roles_[pi]);
}

std::vector<std::vector<std::string>> PersonMatcher::index_words() const {
  std::vector<std::vector<std::string>> words(persons_.persons.size());
  for (const auto& [form, entries] : forms_)
    for (const Entry& e : entries) words[static_cast<std::size_t>(e.person)].push_back(form);
  for (const auto& [first, literals] : literals_)
    for (const Literal& l : literals) words[static_cast<std::size_t>(l.person)].push_back(first);
  return words;
}

bool PersonMatcher::is_known_form(std::string_view word) const {
  return forms_.count(fold_yo(word)) > 0 || literals_.count(fold_yo(word)) > 0;
}

// The matching of one document: its words, what it has mentioned so far.
struct MatchRun {
  const PersonMatcher& m;
  Document& doc;
  const PersonOptions& opt;
  Diagnostics& diags;
  std::vector<int> mentioned;  // persons in order of first mention
  std::vector<int> last_seen;  // per person: order of the latest unambiguous mention, 0 = never
  int clock = 0;
  std::vector<int> times;      // per person: linked mentions so far
  std::vector<bool> context;   // per person: the document's author, sender or addressee
  std::unordered_map<const Block*, std::vector<const PersonDecision*>> decisions;  // the editor's, by block
  mutable std::unordered_set<int> namesakes;  // persons whose surname this document also gives someone the personography lacks
  std::unordered_set<std::string> common_words;  // words the document writes in lower case (lower case, ё as е)
  std::unordered_set<std::string> common_stems;  // their group keys (NameLanguage::group_key)
  std::vector<bool> in_full;   // per person: named in this document by a form that fits them alone
  // A mention no rule decided while reading: decided at the end of the
  // document by its full names (decide_pending), else warned about.
  struct Pending {
    Block* block;
    std::size_t span;  // index in block->spans
    std::vector<int> candidates;
    bool by_full_name;  // a full name elsewhere in the document may decide it
    std::vector<int> before;  // the candidates mentioned before it
    std::string warning;
    SourcePos at;
  };
  std::vector<Pending> pending;


  MatchRun(const PersonMatcher& matcher, Document& d, const PersonOptions& o, Diagnostics& dg)
      : m(matcher), doc(d), opt(o), diags(dg) {}

  // Within one block:
  const Block* block = nullptr;
  std::size_t initials_checked_until = 0;  // words before this index were read as initials already
  std::string_view text;
  std::vector<Word> words;

  // The entries of word w's form (sorted by person), looked up once per word.
  mutable std::vector<const std::vector<PersonMatcher::Entry>*> entries_of_word;
  mutable std::vector<bool> looked_up;
  const std::vector<PersonMatcher::Entry>* entries(std::size_t w) const {
    if (!looked_up[w]) {
      const std::string key = fold_yo(word(w));
      auto it = m.forms_.find(key);
      // A name in capitals ("RUBIN", "СТАЛИНУ") is read as written in
      // running text, unless the document uses the word as a common word.
      if (it == m.forms_.end() && words[w].all_caps && letters(key) > 1 && !common_words.count(lower(key)))
        it = m.forms_.find(title_case(key));
      entries_of_word[w] = it == m.forms_.end() ? nullptr : &it->second;
      looked_up[w] = true;
    }
    return entries_of_word[w];
  }

  // Person p's entries for word w: a binary search, as the entries are
  // sorted by person (however many persons share the form).
  std::pair<const PersonMatcher::Entry*, const PersonMatcher::Entry*> entries_of(std::size_t w, int p) const {
    const auto* es = entries(w);
    if (!es) return {nullptr, nullptr};
    auto [lo, hi] = std::equal_range(es->begin(), es->end(), p, ByPerson{});
    return {es->data() + (lo - es->begin()), es->data() + (hi - es->begin())};
  }
  struct ByPerson {
    bool operator()(const PersonMatcher::Entry& e, int p) const { return e.person < p; }
    bool operator()(int p, const PersonMatcher::Entry& e) const { return p < e.person; }
  };

  std::string_view word(std::size_t w) const { return text.substr(words[w].begin, words[w].end - words[w].begin); }

  // Only spaces between words a and a+1 (one name goes on).
  bool adjacent(std::size_t a) const {
    if (a + 1 >= words.size()) return false;
    std::string_view gap = text.substr(words[a].end, words[a + 1].begin - words[a].end);
    return !gap.empty() && utf8::is_blank(gap);
  }

  bool dotted_initial(std::size_t a) const { return is_dotted_initial(text, words[a]); }

  // The word after the particles that start at word i ("de la Cruz": Cruz),
  // each followed by spaces only; i itself when word i is no particle.
  std::size_t past_particles(std::size_t i) const {
    std::size_t j = i;
    while (j < words.size() && j - i < 3 && is_name_particle(word(j)) && !words[j].dot_after && adjacent(j)) ++j;
    return j;
  }

  // A particle just before a mention belongs to the name when it is one that
  // only names use (van, von, de, фон) or one of the candidates' own.
  bool particle_of(const std::vector<int>& candidates, std::string_view w) const {
    static const std::string_view plain[] = {"van", "von", "de", "der", "du", "ter", "ten", "фон", "ван"};
    const std::string x = lower(w);
    if (std::find(std::begin(plain), std::end(plain), x) != std::end(plain)) return true;
    return std::any_of(candidates.begin(), candidates.end(), [&](int p) {
      const auto& own = m.particles_[static_cast<std::size_t>(p)];
      return std::find(own.begin(), own.end(), x) != own.end();
    });
  }

  // Only spaces (or nothing: "И.П.Сидоров") after the dot that ends word a,
  // before word a+1.
  bool continues_after_dot(std::size_t a) const {
    if (a + 1 >= words.size() || !words[a].dot_after) return false;
    return utf8::is_blank(text.substr(words[a].end + 1, words[a + 1].begin - words[a].end - 1));
  }

  // The initials run starting at a ("Ya. G.", "И.Н."): its letters in `out`;
  // returns the index of the word after it when the name goes on there, else a.
  std::size_t initials_run(std::size_t a, std::vector<std::string>& out) const {
    out.clear();
    std::size_t k = a;
    while (k < words.size() && dotted_initial(k) && out.size() < 3) {
      out.emplace_back(word(k));
      if (!continues_after_dot(k)) {
        out.clear();
        return a;
      }
      ++k;
    }
    return out.empty() ? a : k;
  }

  // Initials after a surname ("Сидоров И. П."): dotted, separated by spaces
  // only; the last may end the sentence. Returns the index after them.
  std::size_t trailing_initials(std::size_t a, std::vector<std::string>& out) const {
    out.clear();
    std::size_t k = a;
    while (k < words.size() && dotted_initial(k) && out.size() < 3) {
      out.emplace_back(word(k));
      ++k;
      if (!continues_after_dot(k - 1)) break;
    }
    return k;
  }

  // "IP Petrov": two or three capitals without dots stand for initials.
  bool caps_initials(std::size_t a, std::vector<std::string>& out) const {
    if (!is_caps_initials(text, words[a]) || !adjacent(a)) return false;
    std::string_view t = word(a);
    out.clear();
    for (std::size_t i = 0; i < t.size();) {
      std::size_t s = i;
      utf8::next(t, i);
      out.emplace_back(t.substr(s, i - s));
    }
    return true;
  }

  bool initials_match(int person, const std::vector<std::string>& in) const {
    const auto& first = m.initials_[static_cast<std::size_t>(person)];
    const auto& second = m.second_initials_[static_cast<std::size_t>(person)];
    if (first.empty()) return true;  // first names unknown: cannot contradict
    if (in.empty()) return false;
    // The initials must be in the same script as some first name.
    bool ok = std::any_of(first.begin(), first.end(), [&](const std::string& f) { return initial_of(in[0], f); });
    if (!ok) return false;
    if (in.size() >= 2 && !second.empty())
      ok = std::any_of(second.begin(), second.end(), [&](const std::string& f) { return initial_of(in[1], f); });
    return ok;
  }

  std::vector<int> persons_with(std::size_t w, NamePart part, bool singular) const {
    std::vector<int> out;
    if (const auto* es = entries(w))
      for (const auto& e : *es)  // sorted by person: a repeated person follows itself
        if (e.part == part && (singular ? (e.gender & (kMasc | kFem)) != 0 : true) &&
            !(singular && m.persons_.persons[static_cast<std::size_t>(e.person)].group) &&
            (out.empty() || out.back() != e.person))
          out.push_back(e.person);
    return out;
  }

  bool has(std::size_t w, NamePart part, int person) const {
    auto [b, e] = entries_of(w, person);
    return std::any_of(b, e, [&](const PersonMatcher::Entry& x) { return x.part == part; });
  }

  struct Found {
    std::size_t first = 0, last = 0;  // words
    std::vector<int> candidates;
    bool literal = false;
    std::size_t literal_word = 0;  // where the literal starts (particles before it may join the mention)
    // The form is also a man's surname of the family of the one woman who
    // fits ("Крутой": her genitive, his nominative), who may not be in the
    // personography: only an earlier mention or the metadata decide.
    bool maybe_other = false;
    bool unknown = false;  // the initials fit none of the candidates: someone the personography lacks
    bool namesake = false;  // such a someone of this surname is named in the document
    bool other_sex = false;  // a title of one sex ("Miss", "Sir") before a name none of that sex bears
    std::size_t end_byte = 0;  // where the name ends when not at the last word's end (literal, "И. Н.", "Jr.")
  };

  // Spaces, and perhaps quotation marks, between words a and a+1
  // (Eugene "Bull" Connor): a name goes on, within one person's name only.
  bool adjacent_quoted(std::size_t a) const {
    if (a + 1 >= words.size()) return false;
    std::string_view gap = text.substr(words[a].end, words[a + 1].begin - words[a].end);
    bool space = false;
    for (std::size_t i = 0; i < gap.size();) {
      char32_t c = utf8::next(gap, i);
      if (utf8::is_space(c)) space = true;
      else if (!(c == U'"' || c == U'\u201c' || c == U'\u201d' || c == U'\u00ab' || c == U'\u00bb' || c == U'\u201e'))
        return false;
    }
    return space;
  }

  // A suffix of the person's name after word k ("King Jr.", "King, Jr."):
  // the byte where the name then ends, or 0.
  std::size_t suffix_after(std::size_t k, int person) const {
    if (k + 1 >= words.size() || m.suffixes_[static_cast<std::size_t>(person)].empty()) return 0;
    std::string_view gap = text.substr(words[k].end, words[k + 1].begin - words[k].end);
    if (gap != " " && gap != ", " && gap != "\u00a0") return 0;
    for (const auto& sfx : m.suffixes_[static_cast<std::size_t>(person)]) {
      std::string_view w = word(k + 1);
      std::string_view bare = std::string_view(sfx);
      const bool dot = !bare.empty() && bare.back() == '.';
      if (dot) bare.remove_suffix(1);
      if (w != bare) continue;
      if (dot && !words[k + 1].dot_after) continue;
      return words[k + 1].end + (dot ? 1 : 0);
    }
    return 0;
  }

  // Do the initials fit the person's middle names or patronymic?
  bool middle_initials_match(int person, const std::vector<std::string>& in) const {
    const auto& second = m.second_initials_[static_cast<std::size_t>(person)];
    for (const auto& i : in)
      if (!std::any_of(second.begin(), second.end(), [&](const std::string& s) { return initial_of(i, s); }))
        return false;
    return !in.empty();
  }

  // First name(s) [middle initials] [patronymic] [surname(s)] [suffix] of one
  // person, from word a. Chains that reach a surname win over longer ones
  // that do not ("Martin Luther" the reformer, not King's first names).
  bool forename_led(std::size_t a, Found& f) const {
    std::vector<int> firsts = persons_with(a, NamePart::Forename, true);
    int best = 0;
    std::vector<int> who;
    std::size_t best_last = a, best_end = 0;
    // A common first name is shared by thousands of persons; only those whose
    // name can go on after word a (a word of theirs next, middle initials and
    // their surname, a suffix) or whose first name stands alone are looked at.
    std::vector<std::string> middle;
    const std::size_t after_middle = adjacent(a) ? initials_run(a + 1, middle) : a;
    auto goes_on = [&](int p) {
      if (a + 1 < words.size()) {
        auto [b, e] = entries_of(a + 1, p);
        if (b != e) return true;
        const std::size_t s = adjacent(a) ? past_particles(a + 1) : a + 1;  // "Jean van Heijenoort"
        if (s > a + 1 && s < words.size() && has(s, NamePart::Surname, p)) return true;
      }
      const std::size_t s = past_particles(after_middle);
      return (!middle.empty() && s < words.size() && has(s, NamePart::Surname, p)) ||
             !m.suffixes_[static_cast<std::size_t>(p)].empty();
    };
    // "Sir John", "Lord Henry": a title that takes the first name alone.
    const bool titled = a > 0 && adjacent(a - 1) && name_language_for(word(a - 1)).title_before_forename(word(a - 1));
    for (int p : firsts) {
      auto [eb, ee] = entries_of(a, p);
      const bool standalone = titled || std::any_of(eb, ee, [](const PersonMatcher::Entry& e) {
                                return e.part == NamePart::Forename && e.standalone;
                              });
      if (!standalone && !goes_on(p)) continue;
      std::size_t k = a;
      while (k - a < 4 && adjacent_quoted(k) && has(k + 1, NamePart::Forename, p) && !dotted_initial(k + 1)) ++k;
      std::vector<std::string> ini;
      bool surname = false;
      if (adjacent(k)) {  // "Robert F. Kennedy": middle initials, then the surname
        std::size_t after = initials_run(k + 1, ini);
        if (!ini.empty()) after = past_particles(after);
        if (!ini.empty() && after < words.size() && middle_initials_match(p, ini) && has(after, NamePart::Surname, p)) {
          k = after;
          surname = true;
        }
      }
      if (!surname && adjacent(k) && has(k + 1, NamePart::Patronymic, p)) ++k;
      while (adjacent_quoted(k)) {
        const std::size_t next = past_particles(k + 1);  // "Jean van Heijenoort"
        if (next >= words.size() || !has(next, NamePart::Surname, p)) break;
        k = next;
        surname = true;
      }
      std::size_t end = suffix_after(k, p);  // "King Jr.", "Николай II"
      const int len = static_cast<int>(k - a + 1) + (end ? 1 : 0);
      if (len < 2 && !standalone) continue;
      const int score = len * 2 + (surname ? 1 : 0);
      if (score > best) {
        best = score;
        who.clear();
        best_last = end ? k + 1 : k;
        best_end = end;
      }
      if (score == best) who.push_back(p);
    }
    if (who.empty()) return false;
    f.first = a;
    f.last = best_last;
    f.end_byte = best_end;
    f.candidates = who;
    return true;
  }

  // A family named in the plural ("the Radeks"): a <personGrp> of the personography.
  bool family_named(std::size_t a, Found& f) const {
    std::vector<int> families = persons_with(a, NamePart::Surname, false);
    if (families.empty()) return false;
    f.first = f.last = a;
    for (int p : families)
      if (m.persons_.persons[static_cast<std::size_t>(p)].group) f.candidates.push_back(p);
    // Without a <personGrp>, a plural is a common noun ("Radeks and
    // half-Radeks"), not a mention.
    return !f.candidates.empty();
  }

  // Surname Forename [Patronymic]: "Сидоров Иван Петрович"; or a surname
  // followed by two or more initials: "Сидорова И. П.".
  bool surname_first(std::size_t a, const std::vector<int>& people, Found& f) const {
    std::size_t best = 0;
    std::vector<int> who;
    for (int p : people) {
      std::size_t k = a;
      if (adjacent(k) && has(k + 1, NamePart::Forename, p)) {
        ++k;
        if (adjacent(k) && has(k + 1, NamePart::Patronymic, p)) ++k;
      }
      if (k > a && k - a + 1 >= best) {
        if (k - a + 1 > best) who.clear();
        best = k - a + 1;
        who.push_back(p);
      }
    }
    if (!who.empty()) {
      f.first = a;
      f.last = a + best - 1;
      f.candidates = who;
      return true;
    }
    std::vector<std::string> ini;
    if (!adjacent(a)) return false;
    std::size_t after = trailing_initials(a + 1, ini);
    if (ini.empty()) return false;
    std::vector<int> fit;
    for (int p : people)
      if (initials_match(p, ini)) fit.push_back(p);
    if (fit.empty()) return false;
    f.first = a;
    f.last = after - 1;
    f.end_byte = words[f.last].end + 1;  // the initial's dot belongs to the name
    f.candidates = fit;
    return true;
  }

  bool surname_led(std::size_t a, Found& f) const {
    std::vector<int> people = persons_with(a, NamePart::Surname, true);
    if (people.empty()) return family_named(a, f);
    if (surname_first(a, people, f)) return true;
    if (first_name_of_next(a, people) || common_word_in_a_phrase(a) || common_word_heading_a_name(a, people))
      return false;
    f.first = f.last = a;
    f.candidates = people;
    if (std::size_t first = foreign_first_names(a, people); first < a) {  // "John Grafton Green"
      for (int p : people) namesakes.insert(p);
      f.first = first;
      f.unknown = true;
      return true;
    }
    if (std::any_of(people.begin(), people.end(), [&](int p) { return namesakes.count(p) > 0; })) {
      f.maybe_other = f.namesake = true;  // a namesake the personography lacks is named in this document
    } else if (people.size() == 1) {
      auto [eb, ee] = entries_of(a, people.front());
      f.maybe_other = std::all_of(eb, ee, [](const PersonMatcher::Entry& e) {
        return e.part != NamePart::Surname || e.also_masculine;
      });
    }
    // "King Jr.": the suffix tells who.
    std::vector<int> with_suffix;
    std::size_t end = 0;
    for (int p : people)
      if (std::size_t e = suffix_after(a, p)) {
        with_suffix.push_back(p);
        end = e;
      }
    if (!with_suffix.empty()) {
      f.candidates = with_suffix;
      f.last = a + 1;
      f.end_byte = end;
    }
    return true;
  }

  // "the Green Room", "International Law": a surname that the document also
  // writes as a common word, next to another capitalized word that is no
  // title ("Mr. Green" stays), is part of a name of something, not a person.
  bool common_word_in_a_phrase(std::size_t a) const {
    const std::string_view w0 = word(a);
    if (!common_stems.count(name_language_for(w0).group_key(w0))) return false;  // "Белым" and "белый" too
    auto phrase_word = [&](std::size_t k) {
      const std::string_view w = word(k);
      return words[k].capitalized && !name_language_for(w).title_word(w) && !is_name_particle(w);
    };
    return (a > 0 && adjacent(a - 1) && phrase_word(a - 1)) || (adjacent(a) && phrase_word(a + 1));
  }

  // "the Green River", "the Court of Appeal": in a
  // language that writes names of things as capitalized compounds, a surname
  // that the dictionary has as a common word, without a title before it,
  // followed by a capitalized word that is no title and none of the
  // candidates' names (not "Ellis Green", Ellis being his first name), or by "of" and a capitalized word,
  // names a thing.
  bool common_word_heading_a_name(std::size_t a, const std::vector<int>& people) const {
    const std::string_view w0 = word(a);
    const NameLanguage& lang = name_language_for(w0);
    if (!lang.capitalized_compounds() || !adjacent(a)) return false;
    if (a > 0 && (adjacent(a - 1) || continues_after_dot(a - 1)) && lang.title_word(title_case(word(a - 1)))) return false;
    std::size_t next = a + 1;
    if (lang.linking_word(word(next)) && adjacent(next)) ++next;
    const std::string_view w = word(next);
    if (!words[next].capitalized || lang.title_word(w)) return false;
    for (int p : people) {
      auto [b, e] = entries_of(next, p);
      if (b != e) return false;
    }
    return CommonWords::shared().is_word(doc.lang, lower(w0));
  }

  // Can `w` be a first name of person p: one of theirs, or one their
  // initial stands for ("Charles" for "C. H. Brown"), or theirs are unknown?
  bool first_name_fits(std::string_view w, int p) const {
    const auto& firsts = m.initials_[static_cast<std::size_t>(p)];
    if (firsts.empty()) return true;
    return std::any_of(firsts.begin(), firsts.end(), [&](const std::string& f) {
      std::string_view bare = f;
      if (!bare.empty() && bare.back() == '.') bare.remove_suffix(1);
      return fold_yo(f) == fold_yo(w) || (letters(bare) == 1 && initial_of(bare, std::string(w)));
    });
  }

  // The first names directly before the surname at word a that are first
  // names of the personography but of none of `people`: where they start
  // (someone of that surname whom the personography lacks), else a.
  std::size_t foreign_first_names(std::size_t a, const std::vector<int>& people) const {
    // "Валериана Петровича Сидорова": a first name and a patronymic before
    // the surname that the full-name reading did not take fit none of them
    // (a first name spelt otherwise, or someone the personography lacks).
    auto capital = [&](std::size_t k) { return words[k].capitalized && !name_language_for(word(k)).title_word(word(k)); };
    if (a >= 2 && adjacent(a - 2) && adjacent(a - 1) && capital(a - 2) && capital(a - 1)) {
      const auto* es = entries(a - 1);
      if (es && std::any_of(es->begin(), es->end(), [](const PersonMatcher::Entry& e) { return e.part == NamePart::Patronymic; }))
        return a - 2;
    }
    std::size_t k = a;
    bool foreign = false;
    while (k > 0 && a - k < 3 && adjacent(k - 1) && words[k - 1].capitalized && !words[k - 1].all_caps) {
      const std::string_view w = word(k - 1);
      if (name_language_for(w).title_word(w)) break;
      const auto* es = entries(k - 1);
      const bool forename = es && std::any_of(es->begin(), es->end(), [](const PersonMatcher::Entry& e) {
                              return e.part == NamePart::Forename;
                            });
      if (forename && std::any_of(people.begin(), people.end(), [&](int p) { return first_name_fits(w, p); }))
        return a;  // one of theirs
      foreign = foreign || forename;
      --k;
    }
    return foreign ? k : a;
  }

  // "Anna Rose Black": a word directly before another person's surname,
  // with that person's first initial, is their first name, not a mention.
  bool first_name_of_next(std::size_t a, const std::vector<int>& people) const {
    if (!adjacent(a) || !words[a + 1].capitalized) return false;
    Found next;
    if (!literal_at(a + 1, next)) next.candidates = persons_with(a + 1, NamePart::Surname, true);
    std::string_view w = word(a);
    std::size_t one = 0;
    utf8::next(w, one);
    for (int q : next.candidates) {
      if (std::find(people.begin(), people.end(), q) != people.end()) continue;
      for (const auto& first : m.initials_[static_cast<std::size_t>(q)])
        if (initial_of(w.substr(0, one), first)) return true;
    }
    return false;
  }

  bool initials_led(std::size_t a, Found& f) {
    if (a < initials_checked_until) return false;  // already warned about this run
    std::vector<std::string> ini;
    std::size_t after = initials_run(a, ini);
    bool dotless = false;
    if (ini.empty()) {
      if (!caps_initials(a, ini)) return false;
      after = a + 1;
      dotless = true;
    }
    if (after >= words.size()) return false;
    if (!dotless && after > a && !words[after - 1].dot_after) return false;
    after = past_particles(after);  // "A. de Moreira"
    if (after >= words.size()) return false;
    std::vector<int> people = persons_with(after, NamePart::Surname, true);
    if (people.empty()) return false;
    std::vector<int> fit;
    for (int p : people)
      if (initials_match(p, ini)) fit.push_back(p);
    // "Г. Л. Сидоров" (граф Л. Сидоров): a first initial that abbreviates a
    // title, where the full initials fit no one and the rest fit someone.
    if (fit.empty() && !dotless && ini.size() >= 2 && name_language_for(ini[0]).title_initial(ini[0])) {
      const std::vector<std::string> rest(ini.begin() + 1, ini.end());
      for (int p : people)
        if (initials_match(p, rest)) fit.push_back(p);
      if (!fit.empty()) ++a;
    }
    if (fit.empty() && !dotless && ini.size() >= 2) {
      // "Л. Н. Крутой" where the personography has only other Крутой's:
      // someone it does not list. Tagged without @ref (and warned); the
      // bare surname is no longer certain in this document.
      for (int p : people) namesakes.insert(p);
      f.first = a;
      f.last = after;
      f.candidates = people;
      f.unknown = true;
      return true;
    }
    if (fit.empty()) {
      // "USSR Lenin", "T. Ivanov" (T. = comrade): the initials are not
      // the person's; the surname alone is read as a mention.
      initials_checked_until = after;
      if (!dotless)
        diags.warning(doc.source_path, block->position_of(words[a].begin),
                      "'" + std::string(text.substr(words[a].begin, words[after].end - words[a].begin)) +
                          "': the initials fit no person named " + std::string(word(after)) +
                          " in the personography; tagged the surname alone (check the initials or complete the personography)");
      return false;
    }
    f.first = a;
    f.last = after;
    f.candidates = fit;
    return true;
  }

  // "Hope" after "Carter Hope": the last word of a surname of several
  // words, standing alone (no capitalized word joined before or after it:
  // not "King Hope", "Hope Ellis"), names the one person of that
  // surname already named in the document.
  bool tail_of_named(std::size_t a, Found& f) const {
    auto it = m.tails_.find(fold_yo(word(a)));
    if (it == m.tails_.end()) return false;
    if ((a > 0 && adjacent(a - 1) && words[a - 1].capitalized) || (adjacent(a) && words[a + 1].capitalized)) return false;
    std::vector<int> named;
    for (int p : it->second)
      if (last_seen[static_cast<std::size_t>(p)] > 0 && std::find(named.begin(), named.end(), p) == named.end())
        named.push_back(p);
    if (named.size() != 1) return false;
    f.first = f.last = a;
    f.candidates = named;
    return true;
  }

  bool literal_starts(std::size_t at_byte, const std::string& key) const {
    auto it = m.literals_.find(key);
    if (it == m.literals_.end()) return false;
    for (const auto& lit : it->second)
      if (text.compare(at_byte, lit.text.size(), lit.text) == 0) return true;
    return false;
  }

  bool literal_at(std::size_t a, Found& f) const {
    auto it = m.literals_.find(first_word(word(a)));
    if (it == m.literals_.end()) return false;
    for (const auto& lit : it->second) {
      if (text.compare(words[a].begin, lit.text.size(), lit.text) != 0) continue;
      std::size_t end = words[a].begin + lit.text.size();
      char32_t after = at(text, end);
      if (word_char(after) || utf8::is_digit(after)) continue;
      std::size_t last = a;
      while (last + 1 < words.size() && words[last + 1].begin < end) ++last;
      f.first = a;
      f.last = last;
      f.candidates = {lit.person};
      f.literal = true;
      f.literal_word = a;
      f.end_byte = end;
      return true;
    }
    return false;
  }

  std::string label(int p) const {
    const Person& person = m.persons_.persons[static_cast<std::size_t>(p)];
    return person.display_name(doc.lang) + " (" + person.id + ")";
  }

  // "The Consul at Lyon (Green)", «Посол в Японии (Громов)»: a name in
  // brackets after an office of a few words, joined by spaces only, holds
  // that office. The office's title word, or words.size() when there is none.
  std::size_t office_before_parenthesis(const Found& f) const {
    if (f.first == 0) return words.size();
    const std::string_view gap = text.substr(words[f.first - 1].end, words[f.first].begin - words[f.first - 1].end);
    if (gap.empty() || gap.back() != '(' || !utf8::is_blank(gap.substr(0, gap.size() - 1))) return words.size();
    for (std::size_t k = f.first - 1, n = 0; n < 6; --k, ++n) {
      if (name_language_for(word(k)).title_word(title_case(word(k)))) return k;
      if (k == 0 || !adjacent(k - 1)) break;
    }
    return words.size();
  }

  // "Miss Green", "Sir Hugh", «княгиня Громова»: a title of one sex
  // just before the name leaves the candidates of the other sex out; if none
  // is left, the name is someone else's (f.other_sex).
  void by_sex_of_title(Found& f) const {
    if (f.first == 0 || !(adjacent(f.first - 1) || continues_after_dot(f.first - 1))) return;
    const std::string_view t = word(f.first - 1);
    const Sex want = name_language_for(t).title_sex(title_case(t));
    if (want == Sex::Unknown) return;
    std::vector<int> fit;
    for (int p : f.candidates) {
      const Sex sex = m.persons_.persons[static_cast<std::size_t>(p)].sex;
      if (sex == Sex::Unknown || sex == want) fit.push_back(p);
    }
    if (fit.empty()) f.other_sex = true;
    else f.candidates = fit;
  }

  // A title just before the mention ("President Green", "генерал Петров")
  // that the note or role names of one candidate only use: that one.
  void by_title(const Found& f, std::vector<int>& c) const {
    std::size_t title = office_before_parenthesis(f);
    if (title == words.size()) {
      if (f.first == 0 || !(adjacent(f.first - 1) || continues_after_dot(f.first - 1))) return;
      title = f.first - 1;
    }
    const std::string_view t = word(title);
    if (!name_language_for(t).title_word(title_case(t))) return;  // "посол Петров" too
    const std::string key = fold_yo(lower(t));
    std::vector<int> fit;
    for (int p : c) {
      const auto& roles = m.roles_[static_cast<std::size_t>(p)];
      if (std::binary_search(roles.begin(), roles.end(), key)) fit.push_back(p);
    }
    // "General Green": a military rank that no note uses names the one
    // candidate whose note says they served ("Military Representative", "officer").
    if (fit.empty() && name_language_for(t).military_rank(title_case(t)))
      for (int p : c) {
        const auto& roles = m.roles_[static_cast<std::size_t>(p)];
        if (std::any_of(roles.begin(), roles.end(), [](const std::string& w) { return name_language_for(w).military_word(w); }))
          fit.push_back(p);
      }
    if (fit.size() == 1) c = fit;
  }

  // Chooses among the candidates: one fits; or a title, an earlier mention
  // in this document, or the document's author, sender or addressee decides
  // (and they do not contradict each other). Otherwise no one: the caller warns.
  int choose(const Found& f) {
    if (f.unknown || f.other_sex) return -1;
    std::vector<int> c = f.candidates;
    if (f.namesake) {  // earlier mentions cannot tell the namesake from them: the metadata only
      const auto meta = std::count_if(c.begin(), c.end(), [&](int p) { return context[static_cast<std::size_t>(p)]; });
      if (meta != 1) return -1;
      return *std::find_if(c.begin(), c.end(), [&](int p) { return context[static_cast<std::size_t>(p)]; });
    }
    if (c.size() > 1) by_title(f, c);
    if (c.size() == 1 && !f.maybe_other) {
      if (f.candidates.size() == 1 && (f.last > f.first || f.literal)) in_full[static_cast<std::size_t>(c[0])] = true;
      return c.front();
    }
    auto among = [&](const std::vector<int>& from, auto keep) {
      std::vector<int> out;
      for (int p : from)
        if (keep(static_cast<std::size_t>(p))) out.push_back(p);
      return out;
    };
    const std::vector<int> before = among(c, [&](std::size_t p) { return last_seen[p] > 0; });
    const std::vector<int> meta = among(c, [&](std::size_t p) { return bool(context[p]); });
    if (before.size() == 1) return meta.size() == 1 && meta[0] != before[0] ? -1 : before[0];
    if (before.empty()) return meta.size() == 1 ? meta[0] : -1;
    const std::vector<int> both = among(before, [&](std::size_t p) { return bool(context[p]); });
    if (both.size() == 1) return both[0];
    // Several were mentioned: one who has been named at least twice as often
    // as any other (the document's subject) is meant; otherwise no one.
    int top = -1, top_n = 0, second_n = 0;
    for (int p : c) {
      const int n = times[static_cast<std::size_t>(p)];
      if (n > top_n) {
        second_n = top_n;
        top_n = n;
        top = p;
      } else if (n > second_n) {
        second_n = n;
      }
    }
    return top_n >= 2 && top_n >= 2 * second_n ? top : -1;
  }

  // The warning for a mention left without @ref: where, the form, the
  // candidates, and how the editor decides.
  std::string undecided_message(const Block& b, const Found& f, std::size_t begin, std::size_t end) const {
    const std::string form(text.substr(begin, end - begin));
    std::string msg = "'" + form + "' may name ";
    if (f.unknown) msg = "'" + form + "': the first names or initials fit no person of that name in the personography (";
    if (f.other_sex) msg = "'" + form + "': the title before it is of the other sex than ";
    for (std::size_t k = 0; k < f.candidates.size(); ++k)
      msg += (k ? (k + 1 == f.candidates.size() && !f.maybe_other ? " or " : ", ") : "") + label(f.candidates[k]);
    if (f.unknown) msg += "), so it names someone the personography lacks";
    else if (f.other_sex) msg += ", so it names someone the personography lacks";
    else if (f.maybe_other) msg += " or another person of that name not in the personography";
    const SourcePos at = b.position_of(begin);
    msg += ": tagged <persName> without @ref; give a fuller form (first name or initials) at the first mention, or "
           "decide in the editor's layer: [[person]] document = \"" + doc.id + "\", text = \"" + form +
           "\", line = " + std::to_string(at.line) + ", person = \"" +
           m.persons_.persons[static_cast<std::size_t>(f.candidates.front())].id + "\" (or none = true)";
    return msg;
  }

  // Do the persons share a surname (Hugh and Anna Green), rather than a
  // form of two surnames ("Петрову": Петров's dative, Петрова's accusative,
  // which only what was read before decides)?
  bool namesakes_all(const std::vector<int>& people) const {
    auto surnames = [&](int p) {
      std::set<std::string> out;
      for (const PersonName& n : m.persons_.persons[static_cast<std::size_t>(p)].names)
        for (const std::string& x : n.surnames) out.insert(fold_yo(x));
      return out;
    };
    std::set<std::string> common = surnames(people.front());
    for (int p : people) {
      const std::set<std::string> own = surnames(p);
      std::erase_if(common, [&](const std::string& x) { return !own.count(x); });
    }
    return !common.empty();
  }

  // Keeps an undecided mention (the span just added to `added`) for the end
  // of the document. A full name decides it unless the name fits someone the
  // personography lacks or the form is garbled (its correction needs the person).
  void defer(Block& b, const Found& f, std::size_t begin, std::size_t end, std::size_t span) {
    bool garbled = false;
    std::vector<int> before;
    for (int p : f.candidates) {
      garbled = garbled || !correction(f, p).empty();
      if (last_seen[static_cast<std::size_t>(p)] > 0) before.push_back(p);
    }
    const bool namesakes = !f.unknown && !f.other_sex && !f.maybe_other && namesakes_all(f.candidates);
    pending.push_back({&b, span, f.candidates, namesakes && !garbled, std::move(before), undecided_message(b, f, begin, end),
                       b.position_of(begin)});
  }

  // The end of the document: a pending mention whose candidates include
  // exactly one person named in full somewhere in the document ("Hugh
  // Green" in the signature decides "Green" in the heading) names that person,
  // unless another of them was mentioned before it or is the document's
  // author, sender or addressee.
  // The others are warned about, in order.
  void decide_pending() {
    for (const Pending& p : pending) {
      int full = -1, named = 0, meta = -1, metas = 0;
      for (int c : p.candidates) {
        if (in_full[static_cast<std::size_t>(c)]) full = c, ++named;
        if (context[static_cast<std::size_t>(c)]) meta = c, ++metas;
      }
      const bool other_before = std::any_of(p.before.begin(), p.before.end(), [&](int c) { return c != full; });
      if (p.by_full_name && named == 1 && !other_before && !(metas == 1 && meta != full)) {
        p.block->spans[p.span].as<PersonMention>()->person = m.persons_.persons[static_cast<std::size_t>(full)].id;
        continue;
      }
      diags.warning(doc.source_path, p.at, p.warning);
    }
  }

  void seen(int p) {
    last_seen[static_cast<std::size_t>(p)] = ++clock;
    if (times[static_cast<std::size_t>(p)]++ == 0) mentioned.push_back(p);
  }

  // The regular form for a garbled word, in the same grammatical form.
  std::string corrected_word(const PersonMatcher::Entry& e) const {
    const Person& p = m.persons_.persons[static_cast<std::size_t>(e.person)];
    const PersonName& bad = p.names[static_cast<std::size_t>(e.name)];
    const PersonName* reg = nearest_regular(p, bad, bad.lang.empty() ? doc.lang : bad.lang);
    if (!reg) return {};
    const std::vector<std::string>* parts = e.part == NamePart::Surname ? &reg->surnames
                                            : e.part == NamePart::Patronymic ? &reg->patronymics
                                                                             : &reg->forenames;
    if (parts->empty()) return reg->text;
    const std::string& lemma = parts->front();
    for (const NameForm& form : name_language_for(lemma).forms(e.part, lemma, p.sex))
      if (form.slot == e.slot) return form.text;
    return lemma;
  }

  // The correction of a mention with garbled words, or "" when none is garbled.
  std::string correction(const Found& f, int person) const {
    if (person < 0) return {};
    const Person& p = m.persons_.persons[static_cast<std::size_t>(person)];
    if (f.literal) {
      auto it = m.literals_.find(first_word(word(f.literal_word)));
      if (it == m.literals_.end()) return {};
      for (const auto& lit : it->second)
        if (lit.erroneous && lit.person == person && text.compare(words[f.literal_word].begin, lit.text.size(), lit.text) == 0) {
          const PersonName& bad = p.names[static_cast<std::size_t>(lit.name)];
          const PersonName* reg = nearest_regular(p, bad, bad.lang.empty() ? doc.lang : bad.lang);
          return reg ? reg->text : std::string();
        }
      return {};
    }
    std::string out;
    bool any = false;
    std::size_t pos = words[f.first].begin;
    for (std::size_t w = f.first; w <= f.last; ++w) {
      out.append(text.substr(pos, words[w].begin - pos));
      std::string replaced;
      {
        // Use the garbled reading only when the word is not also a regular form.
        auto [eb, ee] = entries_of(w, person);
        bool regular = std::any_of(eb, ee, [&](const auto& e) { return !e.erroneous; });
        if (!regular)
          for (auto e = eb; e != ee; ++e)
            if (e->erroneous) {
              replaced = corrected_word(*e);
              break;
            }
      }
      if (!replaced.empty()) {
        out += replaced;
        any = true;
      } else {
        out.append(word(w));
      }
      pos = words[w].end;
    }
    return any ? out : std::string();
  }

  bool institution(const Found& f) const {
    const NameLanguage& lang = name_language_for(word(f.first));
    if (f.first > 0) {
      std::string_view before = word(f.first - 1);
      std::string_view gap = text.substr(words[f.first - 1].end, words[f.first].begin - words[f.first - 1].end);
      bool plain = true;  // spaces, the dot of "им.", quotation marks ("станции «Иван Крутой»")
      for (std::size_t i = 0; i < gap.size();) {
        char32_t c = utf8::next(gap, i);
        if (!(utf8::is_space(c) || c == U'.' || c == U'"' || c == U'\u00ab' || c == U'\u201c' || c == U'\u201e'))
          plain = false;
      }
      if (plain && lang.institution_before(before)) return true;
    }
    if (!f.literal && adjacent(f.last) && lang.institution_after(word(f.last + 1))) return true;
    return false;
  }

  // The block's words; a hyphenated word that is no name as a whole is read
  // part by part: "Martov-Dan bloc" names two persons.
  void read_words() {
    words.clear();
    for (const Word& w : name_words(text)) {
      std::string_view t = text.substr(w.begin, w.end - w.begin);
      bool hyphen = false;
      for (std::size_t i = 0; i < t.size();)
        if (is_hyphen(utf8::next(t, i))) hyphen = true;
      if (hyphen && !m.forms_.count(fold_yo(t)) && !literal_starts(w.begin, first_word(t))) {
        for (const Word& part : split_hyphens(text, w)) words.push_back(part);
      } else {
        words.push_back(w);
      }
    }
    entries_of_word.assign(words.size(), nullptr);
    looked_up.assign(words.size(), false);
  }

  // The editor's decision over [begin, end) of this block, if any.
  const PersonDecision* decision_over(std::size_t begin, std::size_t end) const {
    auto it = decisions.find(block);
    if (it == decisions.end()) return nullptr;
    for (const PersonDecision* d : it->second)
      if (d->begin < end && begin < d->end) return d;
    return nullptr;
  }

  // Tags the words of the editor's decision as it says (or leaves them
  // untagged for none); returns the index of the first word after them.
  std::size_t apply_decision(const PersonDecision& d, std::vector<Span>& added, bool taken) {
    std::size_t next = 0;
    while (next < words.size() && words[next].begin < d.end) ++next;
    if (taken) {
      diags.warning(d.layer_path, d.entry_pos, "[[person]] '" + std::string(text.substr(d.begin, d.end - d.begin)) +
                                                   "' overlaps another annotation in " + doc.id +
                                                   ": the entry was not applied; choose words that lie outside it");
      return next;
    }
    if (d.person.empty()) return next;
    const int p = m.persons_.index_of(d.person);
    if (p < 0) return next;  // reported with the editor's layer
    added.push_back(Span{d.begin, d.end, PersonMention{d.person}});
    seen(p);
    return next;
  }

  void run_block(Block& b) {
    block = &b;
    text = b.text;
    initials_checked_until = 0;
    read_words();
    auto taken = [&](std::size_t from, std::size_t to) {
      for (const Span& s : b.spans)
        if (keeps_off(s, from, to)) return true;
      return false;
    };
    std::vector<Span> added;
    for (std::size_t a = 0; a < words.size();) {
      if (const PersonDecision* d = decision_over(words[a].begin, words[a].end)) {
        a = apply_decision(*d, added, taken(d->begin, d->end));
        continue;
      }
      if (!words[a].capitalized || taken(words[a].begin, words[a].end)) {
        ++a;
        continue;
      }
      Found f;
      bool ok = literal_at(a, f);
      if (!ok) { f = {}; ok = initials_led(a, f); }
      if (!ok) { f = {}; ok = forename_led(a, f) && f.last > f.first; }
      if (!ok) { f = {}; ok = surname_led(a, f); }
      if (!ok) { f = {}; ok = forename_led(a, f); }
      if (!ok) { f = {}; ok = tail_of_named(a, f); }
      if (!ok) {
        ++a;
        continue;
      }
      // "van Heijenoort", "de Schleinitz": the particle before belongs to the name.
      while (f.first > 0 && adjacent(f.first - 1) && !words[f.first - 1].dot_after &&
             is_name_particle(word(f.first - 1)) && particle_of(f.candidates, word(f.first - 1)) &&
             words[f.first - 1].begin >= (added.empty() ? 0 : added.back().end))
        --f.first;
      // "Anna Rose Black": a name word read as their first name joins.
      if (f.candidates.size() == 1 && f.first > 0 && entries(f.first - 1) &&
          words[f.first - 1].begin >= (added.empty() ? 0 : added.back().end) && first_name_of_next(f.first - 1, {}))
        --f.first;
      std::size_t begin = words[f.first].begin;
      std::size_t end = f.end_byte ? f.end_byte : words[f.last].end;
      if (decision_over(begin, end)) {  // the editor decides the words there
        ++a;
        continue;
      }
      if (taken(begin, end) || institution(f)) {
        a = f.last + 1;
        continue;
      }
      by_sex_of_title(f);
      int person = choose(f);
      Span s{begin, end, PersonMention{}};
      if (person >= 0) {
        s.as<PersonMention>()->person = m.persons_.persons[static_cast<std::size_t>(person)].id;
        seen(person);
      } else {
        defer(b, f, begin, end, b.spans.size() + added.size());
      }
      added.push_back(s);
      std::string corr = correction(f, person);
      if (!corr.empty()) {
        added.push_back(Span{begin, end, Correction{corr, opt.corr_resp, false, {}}, 1});
      }
      a = f.last + 1;
    }
    for (auto& s : added) b.spans.push_back(std::move(s));
  }
};

namespace {

// The words a document writes in lower case (lower case, ё as е).
std::unordered_set<std::string> common_words_of(const Document& doc) {
  std::unordered_set<std::string> out;
  auto add = [&](const Block& b) {
    for (const Word& w : name_words(b.text))
      if (!w.capitalized) out.insert(fold_yo(std::string_view(b.text).substr(w.begin, w.end - w.begin)));
  };
  for (const Block& b : doc.blocks) add(b);
  for (const Note& n : doc.notes)
    for (const Block& b : n.blocks) add(b);
  return out;
}

}  // namespace

std::vector<int> PersonMatcher::designated(const std::string& who) const {
  if (who.empty()) return {};
  if (int i = persons_.index_of(who); i >= 0) return {i};
  const std::string key = fold_yo(lower(who));
  std::vector<int> out;
  for (std::size_t i = 0; i < persons_.persons.size(); ++i) {
    const Person& p = persons_.persons[i];
    const bool named = std::any_of(p.names.begin(), p.names.end(), [&](const PersonName& n) {
      return fold_yo(lower(n.text)) == key;
    });
    if (named || fold_yo(lower(p.display_name("en"))) == key || fold_yo(lower(p.display_name("ru"))) == key)
      out.push_back(static_cast<int>(i));
  }
  return out;
}

void PersonMatcher::annotate(Document& doc, const PersonOptions& options, Diagnostics& diags) const {
  MatchRun run{*this, doc, options, diags};
  run.last_seen.assign(persons_.persons.size(), 0);
  run.times.assign(persons_.persons.size(), 0);
  run.context.assign(persons_.persons.size(), false);
  run.in_full.assign(persons_.persons.size(), false);
  for (const std::string& who : options.context)
    for (int p : designated(who)) run.context[static_cast<std::size_t>(p)] = true;
  run.common_words = common_words_of(doc);
  for (const std::string& w : run.common_words) run.common_stems.insert(name_language_for(w).group_key(w));
  for (const PersonDecision& d : options.decisions) run.decisions[d.block].push_back(&d);
  for (Block& b : doc.blocks) run.run_block(b);
  for (Note& n : doc.notes)
    for (Block& b : n.blocks) run.run_block(b);
  run.decide_pending();
  for (int p : run.mentioned) doc.persons.push_back(persons_.persons[static_cast<std::size_t>(p)].id);
}

}  // namespace editio
