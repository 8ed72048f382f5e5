#include "annotate/name_candidates.hpp"

#include <algorithm>

#include "annotate/name_forms.hpp"
#include "annotate/persons.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

std::string lower(std::string_view s) { return fold_yo(utf8::lower(s)); }

bool only_spaces(std::string_view s) { return !s.empty() && utf8::is_blank(s); }

bool is_initial(std::string_view text, const Word& w) {
  return is_dotted_initial(text, w) || is_caps_initials(text, w);
}

std::string_view word_text(std::string_view text, const Word& w) { return text.substr(w.begin, w.end - w.begin); }

// The marker tables, stemmed once per process.
const NameMarkers& markers() {
  static const NameMarkers m;
  return m;
}

// A word of up to three letters before a dot, or a title: an abbreviation or
// an initial ("Dr.", "Gen.", "т.", "ул."), whose dot ends no sentence.
bool abbreviation(std::string_view text, const Word& w) {
  std::string_view s = word_text(text, w);
  return utf8::length(s) <= 3 || name_language_for(s).title_word(s);
}

// Does words[k] start a sentence: is it the block's first word, or the first
// after ".", "!", "?", "…" or ":", with only spaces, quotes, brackets and
// dashes between? A dot after an abbreviation ends no sentence ("Mr. Black").
bool sentence_start(std::string_view text, const std::vector<Word>& words, std::size_t k) {
  static const std::string_view openers[] = {"«", "“", "„", "‘", "\"", "'", "(", "[", "—", "–", "-", "*"};
  std::size_t i = words[k].begin;
  for (bool moved = true; moved && i > 0;) {
    moved = false;
    std::size_t j = i;
    if (utf8::is_space(utf8::prev(text, j))) i = j, moved = true;
    for (auto o : openers)
      if (!moved && text.substr(0, i).ends_with(o)) i -= o.size(), moved = true;
  }
  if (i == 0) return true;
  std::size_t j = i;
  const char32_t c = utf8::prev(text, j);
  if (c == U'!' || c == U'?' || c == U'…' || c == U':') return true;
  if (c != U'.') return false;
  return k == 0 || words[k - 1].end != j || !abbreviation(text, words[k - 1]);
}

// The marker word that says what a run of capitalized words words[a..e]
// names: one inside the run ("Harvard University", "Институт Маркса") or the
// word just before it ("улица Горького", "на улице Горького", "ул. Горького"),
// possibly across link words ("University of Chicago"). Gives the marker's
// index and kind, or Person and words.size() when there is none.
std::pair<NameKind, std::size_t> marker_of(std::string_view text, const std::vector<Word>& words, std::size_t a,
                                           std::size_t e) {
  const NameMarkers& m = markers();
  for (std::size_t k = a; k <= e; ++k)
    if (NameKind kind = m.kind_of(word_text(text, words[k])); kind != NameKind::Person) return {kind, k};
  for (std::size_t k = a, links = 0; k > 0 && links <= 2; --k, ++links) {
    const Word& w = words[k - 1];
    std::string_view gap = text.substr(w.end, words[k].begin - w.end);
    // Or joined by the dot of a short abbreviation ("ул. Горького"; not "sea. Number").
    const bool adjacent = only_spaces(gap) || (w.dot_after && utf8::length(word_text(text, w)) <= 2 &&
                                               (gap == "." || only_spaces(gap.substr(1))));
    if (!adjacent) break;
    if (NameKind kind = m.kind_of(word_text(text, w)); kind != NameKind::Person) return {kind, k - 1};
    if (!m.is_link(word_text(text, w))) break;
  }
  return {NameKind::Person, words.size()};
}

// Is the run words[a..e] only marker words ("Department", "Наркомата")? It
// names no particular place or institution, or it heads the name a link word
// joins it to ("University of Chicago"), whose candidate holds it.
bool only_markers(std::string_view text, const std::vector<Word>& words, std::size_t a, std::size_t e) {
  for (std::size_t k = a; k <= e; ++k)
    if (markers().kind_of(word_text(text, words[k])) == NameKind::Person) return false;
  return true;
}

char kind_tag(NameKind k) { return k == NameKind::Place ? 'l' : k == NameKind::Organisation ? 'o' : 'p'; }

}  // namespace

NameCandidates::NameCandidates() : lexicon_(&CommonWords::shared()) {}
NameCandidates::NameCandidates(CommonWords& lexicon) : lexicon_(&lexicon) {}

void NameCandidates::add(const Document& doc) {
  if (!doc.lang.empty()) {
    const std::string dict = lexicon_->dictionary_name(doc.lang);
    if (dict.empty()) missing_.insert(doc.lang);
    else dictionaries_.insert(dict);
  }
  for (const Block& b : doc.blocks) add_block(doc, b);
  for (const Note& n : doc.notes)
    for (const Block& b : n.blocks) add_block(doc, b);
}

// One block's candidates: each run of capitalized words, without leading
// titles and common words, that ends in a word that can be a surname. A list
// of steps on one run, kept together so the run's indexes stay in view.
void NameCandidates::add_block(const Document& doc, const Block& b) {
  const std::string& text = b.text;
  std::vector<Word> words = name_words(text);
  auto covered = [&](const Word& w) {  // tagged already, or code and addresses, where no name is sought
    for (const Span& s : b.spans)
      if (keeps_off(s, w.begin, w.end)) return true;
    return false;
  };
  auto word_at = [&](std::size_t k) { return word_text(text, words[k]); };
  for (const Word& w : words)
    if (!w.capitalized) lower_words_[lower(word_text(text, w))]++;
  for (std::size_t a = 0; a < words.size();) {
    if (!words[a].capitalized || covered(words[a])) {
      ++a;
      continue;
    }
    // A run of capitalized words and initials joined by spaces (or by the
    // dot of an initial): "Ya. A. Ivanov", "Ивану Петровичу Сидорову".
    std::size_t e = a;
    while (e + 1 < words.size() && words[e + 1].capitalized && !covered(words[e + 1])) {
      std::string_view gap = std::string_view(text).substr(words[e].end, words[e + 1].begin - words[e].end);
      bool joined = only_spaces(gap) || (words[e].dot_after && is_initial(text, words[e]) &&
                                         (gap == "." || only_spaces(gap.substr(1))));
      if (!joined || e - a >= 3) break;
      ++e;
    }
    const auto [kind, marker] = marker_of(text, words, a, e);
    if (only_markers(text, words, a, e)) {  // "Department", "Islands": no name, or "University" of "University of"
      a = e + 1;
      continue;
    }
    // Leading words that are titles ("Comrade") or common words written
    // capitalized at a sentence start ("If Comrade ...") are not the name.
    std::size_t first = a;
    while (first <= e && (name_language_for(word_at(first)).title_word(word_at(first)) ||
                          (first < e && !is_initial(text, words[first]) && lower_words_.count(lower(word_at(first))))))
      ++first;
    if (first > e) {
      a = e + 1;
      continue;
    }
    const bool initial = sentence_start(text, words, first);
    a = first;
    // The run must end in a word that can be a surname, not an initial or acronym.
    std::size_t last = e;
    while (last > a && is_initial(text, words[last])) --last;
    const Word& lw = words[last];
    std::string_view last_text = word_at(last);
    const bool acronym = lw.all_caps && utf8::count_code_points(last_text, 0, last_text.size()) > 1;
    if (acronym || (last == a && is_initial(text, lw))) {
      a = e + 1;
      continue;
    }
    if (last > a || !words[last].dot_after || !is_initial(text, lw)) {
      // A place's or institution's name keeps its marker ("улица Горького") and
      // is grouped by its last word that is no marker ("Горького").
      std::size_t begin = words[a].begin, end = lw.end, key_word = last;
      if (kind != NameKind::Person) {
        begin = std::min(begin, words[marker].begin);
        end = std::max(end, words[marker].end);
        while (key_word > a && markers().kind_of(word_at(key_word)) != NameKind::Person) --key_word;
      }
      std::string form = text.substr(begin, end - begin);
      std::string key = name_language_for(word_at(key_word)).group_key(word_at(key_word));
      const std::string group = std::string(1, kind_tag(kind)) + ":" + key;
      NameCandidate& c = groups_[group];
      c.key = key;
      c.kind = kind;
      c.forms[form]++;
      c.occurrences.push_back({doc.source_path, b.position_of(begin), form, initial && begin == words[a].begin});
      // Asked of the lower-case form (the dictionary accepts "According" as it
      // accepts any word at a sentence start, "according" only if common), and
      // whether the dictionary lists the word as a name too ("John", "Hull").
      if (c.occurrences.back().sentence_initial && form.find(' ') == std::string::npos &&
          (lexicon_->is_common_word(doc.lang, form) || lexicon_->is_common_word(doc.lang, fold_yo(form))))
        initial_common_[group]++;
    }
    a = e + 1;
  }
}

// Why a candidate is a common word, not a name:
// - LowerCase: a single word the texts also write in lower case ("The", "Он"),
//   so its capital comes from the sentence start.
// - SentenceInitial: a single word that the texts write capitalized only where
//   every word is (a sentence's or block's start) and that the dictionary of
//   the text's language has in lower case ("According", "Разумеется"). Nothing
//   in the texts says it is a name; the dictionary says it is a word. A word
//   capitalized also in mid-sentence is a name even when the dictionary knows
//   it ("Smith", "Black"), and a name the dictionary does not know is kept
//   wherever it stands ("Иванов").
NameCandidates::Common NameCandidates::common(const std::string& group, const NameCandidate& c) const {
  bool lower_case = true;
  for (const auto& [form, n] : c.forms)
    if (form.find(' ') != std::string::npos || !lower_words_.count(lower(form))) lower_case = false;
  if (lower_case) return Common::LowerCase;
  auto it = initial_common_.find(group);
  if (it != initial_common_.end() && it->second == c.count()) return Common::SentenceInitial;
  return Common::No;
}

std::vector<NameCandidate> NameCandidates::ranked(NameKind kind) const {
  std::vector<NameCandidate> out;
  for (const auto& [group, c] : groups_) {
    if (c.kind != kind || common(group, c) != Common::No) continue;
    NameCandidate x = c;
    int best = 0;
    for (const auto& [form, n] : c.forms)
      if (n > best) {
        best = n;
        x.label = form;
      }
    out.push_back(std::move(x));
  }
  std::stable_sort(out.begin(), out.end(), [](const NameCandidate& a, const NameCandidate& b) {
    return a.count() != b.count() ? a.count() > b.count() : a.key < b.key;
  });
  return out;
}

NamesLeftOut NameCandidates::left_out() const {
  NamesLeftOut out;
  for (const auto& [group, c] : groups_) {
    const Common why = common(group, c);
    if (why == Common::LowerCase) ++out.lower_case;
    if (why == Common::SentenceInitial) ++out.sentence_initial;
  }
  out.dictionaries.assign(dictionaries_.begin(), dictionaries_.end());
  return out;
}

std::vector<std::string> NameCandidates::notes() const {
  std::vector<std::string> out;
  for (const auto& lang : missing_)
    out.push_back("no Hunspell dictionary for '" + lang + "' in " + lexicon_->dir() +
                  "; sentence-initial words are kept (install one: apt-cache search hunspell-" + lang + ")");
  return out;
}

}  // namespace editio
