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

}  // namespace

void NameCandidates::add(const Document& doc) {
  auto one_block = [&](const Block& b) {
    const std::string& text = b.text;
    std::vector<Word> words = name_words(text);
    auto covered = [&](const Word& w) {
      for (const Span& s : b.spans)
        if (s.begin < w.end && w.begin < s.end) return true;
      return false;
    };
    for (const Word& w : words)
      if (!w.capitalized) lower_words_[lower(text.substr(w.begin, w.end - w.begin))]++;
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
      // Leading words that are titles ("Comrade") or common words written
      // capitalized at a sentence start ("If Comrade ...") are not the name.
      auto word_at = [&](std::size_t k) {
        return std::string_view(text).substr(words[k].begin, words[k].end - words[k].begin);
      };
      std::size_t first = a;
      while (first <= e && (name_language_for(word_at(first)).title_word(word_at(first)) ||
                            (first < e && !is_initial(text, words[first]) &&
                             lower_words_.count(lower(word_at(first))))))
        ++first;
      if (first > e) {
        a = e + 1;
        continue;
      }
      a = first;
      // The run must end in a word that can be a surname, not an initial or acronym.
      std::size_t last = e;
      while (last > a && is_initial(text, words[last])) --last;
      const Word& lw = words[last];
      std::string_view last_text = std::string_view(text).substr(lw.begin, lw.end - lw.begin);
      const bool acronym = lw.all_caps && utf8::count_code_points(last_text, 0, last_text.size()) > 1;
      if (acronym || (last == a && is_initial(text, lw))) {
        a = e + 1;
        continue;
      }
      std::size_t begin = words[a].begin, end = lw.end;
      if (last > a || !words[last].dot_after || !is_initial(text, lw)) {
        std::string form = text.substr(begin, end - begin);
        std::string key = name_language_for(last_text).group_key(last_text);
        NameCandidate& c = groups_[key];
        c.key = key;
        c.forms[form]++;
        c.occurrences.push_back({doc.source_path, b.position_of(begin), form});
      }
      a = e + 1;
    }
  };
  for (const Block& b : doc.blocks) one_block(b);
  for (const Note& n : doc.notes)
    for (const Block& b : n.blocks) one_block(b);
}

std::vector<NameCandidate> NameCandidates::ranked() const {
  std::vector<NameCandidate> out;
  for (const auto& [key, c] : groups_) {
    // A single word the texts also write in lower case is a common word
    // ("The", "Он"), capitalized at the start of a sentence.
    bool common = true;
    for (const auto& [form, n] : c.forms)
      if (form.find(' ') != std::string::npos || !lower_words_.count(lower(form))) common = false;
    if (common) continue;
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

}  // namespace editio
