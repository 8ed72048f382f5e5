#include "site/search_words.hpp"

#include <libstemmer.h>
#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>

#include <algorithm>
#include <unordered_map>

#include "util/utf8.hpp"

namespace editio {
namespace {

bool is_word_char(char32_t c) {
  if (c == 0xAD || c == 0x200C || c == 0x200D || c == 0x2060) return true;
  return (U_GET_GC_MASK(static_cast<UChar32>(c)) & (U_GC_L_MASK | U_GC_M_MASK | U_GC_N_MASK)) != 0;
}

bool is_dropped(char32_t c) { return c == 0xAD || c == 0x200C || c == 0x200D || c == 0x2060; }


}  // namespace

std::string search_normalize(std::string_view word) {
  bool ascii = true;
  for (char ch : word)
    if (static_cast<unsigned char>(ch) >= 0x80) ascii = false;
  if (ascii) {
    std::string out(word);
    for (char& ch : out)
      if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
  }
  std::string kept;
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = utf8::next(word, i);
    if (!is_dropped(c)) utf8::append(kept, c);
  }
  UErrorCode err = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(kept);
  u.toLower(icu::Locale::getRoot());
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(err);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(err);
  if (U_FAILURE(err)) return kept;
  icu::UnicodeString d = nfd->normalize(u, err);
  if (U_FAILURE(err)) return kept;
  // Marks go, except the breve of й (и + U+0306), a letter of its own.
  icu::UnicodeString bare;
  UChar32 before = 0;
  for (int32_t i = 0; i < d.length();) {
    UChar32 c = d.char32At(i);
    i += U16_LENGTH(c);
    const bool breve_of_short_i = c == 0x0306 && before == 0x0438;
    before = c;
    if ((U_GET_GC_MASK(c) & U_GC_M_MASK) != 0) {
      if (breve_of_short_i) bare.setCharAt(bare.length() - 1, 0x0439);
      continue;
    }
    bare.append(c);
  }
  icu::UnicodeString composed = nfc->normalize(bare, err);
  std::string out;
  composed.toUTF8String(out);
  return out;
}

std::vector<std::string> search_words(std::string_view text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    std::size_t b = i;
    char32_t c = utf8::next(text, i);
    if (!is_word_char(c)) continue;
    std::size_t e = i;
    while (e < text.size()) {
      std::size_t k = e;
      if (!is_word_char(utf8::next(text, k))) break;
      e = k;
    }
    i = e;
    // Words recur: the ICU normalization of each distinct word is done once
    // per thread (the cache is bounded; ASCII words are cheap anyway).
    thread_local std::unordered_map<std::string, std::string> normalized;
    const std::string_view raw = text.substr(b, e - b);
    auto hit = normalized.find(std::string(raw));
    if (hit == normalized.end()) {
      if (normalized.size() > 200000) normalized.clear();
      hit = normalized.emplace(std::string(raw), search_normalize(raw)).first;
    }
    const std::string& w = hit->second;
    if (!w.empty()) out.push_back(w);
  }
  return out;
}

SearchStemmer::SearchStemmer()
    : russian_(sb_stemmer_new("russian", "UTF_8")), english_(sb_stemmer_new("english", "UTF_8")) {}

SearchStemmer::~SearchStemmer() {
  if (russian_) sb_stemmer_delete(russian_);
  if (english_) sb_stemmer_delete(english_);
}

std::string SearchStemmer::stem(const std::string& word) {
  int cyrillic = 0, latin = 0;
  for (std::size_t i = 0; i < word.size();) {
    char32_t c = utf8::next(word, i);
    if (!utf8::is_letter(c)) continue;
    UErrorCode err = U_ZERO_ERROR;
    UScriptCode s = uscript_getScript(static_cast<UChar32>(c), &err);
    if (s == USCRIPT_CYRILLIC) ++cyrillic;
    else if (s == USCRIPT_LATIN) ++latin;
  }
  sb_stemmer* st = nullptr;
  if (cyrillic > 0 && cyrillic >= latin) st = russian_;
  else if (latin > 0) st = english_;
  if (!st) return word;
  const sb_symbol* r = sb_stemmer_stem(st, reinterpret_cast<const sb_symbol*>(word.data()),
                                       static_cast<int>(word.size()));
  if (!r) return word;
  std::string out(reinterpret_cast<const char*>(r), static_cast<std::size_t>(sb_stemmer_length(st)));
  if (out.empty()) return word;
  return out;
}

std::map<std::string, std::vector<std::string>> stem_groups(const std::vector<std::string>& forms, bool surnames) {
  SearchStemmer stemmer;
  std::map<std::string, std::vector<std::string>> groups;
  std::vector<std::pair<std::string, std::string>> stemmed;  // (form, stem)
  for (const auto& f : forms) {
    stemmed.emplace_back(f, stemmer.stem(f));
    groups[stemmed.back().second].push_back(f);
  }
  // Russian surnames in -ов/-ев: the stemmer reads the nominative (Петров)
  // as a genitive plural and cuts the ending (петр), while the other cases
  // (Петрова, Петрову, Петровым) keep it (петров). When a form is the stem
  // of other forms, its own stem's group joins that one.
  std::map<std::string, std::string> moved;  // stem -> the stem its group went to
  auto resolve = [&](std::string s) {
    for (auto m = moved.find(s); m != moved.end(); m = moved.find(s)) s = m->second;
    return s;
  };
  for (const auto& [form, stem] : stemmed) {
    if (!surnames) break;
    if (form == stem || form.compare(0, stem.size(), stem) != 0 || !groups.count(form)) continue;
    const std::string ending = form.substr(stem.size());
    if (ending != "ов" && ending != "ев" && ending != "ьев") continue;
    const std::string from = resolve(stem), to = resolve(form);
    if (from == to) continue;
    auto& target = groups[to];
    auto& source = groups[from];
    target.insert(target.end(), source.begin(), source.end());
    groups.erase(from);
    moved[from] = to;
  }
  for (auto& g : groups) std::sort(g.second.begin(), g.second.end());
  return groups;
}


}  // namespace editio
