#include "lang/common_words.hpp"

#include <hunspell.hxx>
#include <unicode/ucnv.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>

#include "util/utf8.hpp"

namespace editio {

namespace fs = std::filesystem;

struct CommonWords::Dictionary {
  std::string name;      // "en_US"
  std::string encoding;  // the dictionary's SET, "UTF-8" for Debian's current ones
  std::unique_ptr<Hunspell> speller;
};

namespace {

// The dictionary file stem for a language in `dir`: "ll_CC" as the tag says
// ("en-GB" -> en_GB), else "ll_LL" (ru_RU, de_DE), else the first "ll_*" in
// name order (en -> en_US when only hunspell-en-us is installed), else "ll".
std::string find_dictionary(const std::string& dir, std::string_view lang) {
  std::string ll, cc;
  const std::size_t sep = lang.find_first_of("-_");
  for (char c : lang.substr(0, sep)) ll += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (sep != std::string_view::npos)
    for (char c : lang.substr(sep + 1, 2)) cc += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  if (ll.empty()) return {};
  auto present = [&](const std::string& stem) {
    std::error_code ec;
    return fs::is_regular_file(fs::path(dir) / (stem + ".aff"), ec) &&
           fs::is_regular_file(fs::path(dir) / (stem + ".dic"), ec);
  };
  std::string upper_ll;
  for (char c : ll) upper_ll += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  for (const std::string& stem : {cc.empty() ? std::string() : ll + "_" + cc, ll + "_" + upper_ll})
    if (!stem.empty() && present(stem)) return stem;
  std::vector<std::string> regional;
  std::error_code ec;
  for (const auto& e : fs::directory_iterator(dir, ec)) {
    const std::string f = e.path().filename().string();
    if (f.size() > ll.size() + 5 && f.compare(0, ll.size() + 1, ll + "_") == 0 && e.path().extension() == ".aff")
      regional.push_back(e.path().stem().string());
  }
  std::sort(regional.begin(), regional.end());
  for (const auto& stem : regional)
    if (present(stem)) return stem;
  return present(ll) ? ll : std::string();
}

// `word` (UTF-8) in the dictionary's encoding; "" when it cannot be written in it.
std::string to_encoding(std::string_view word, const std::string& encoding) {
  if (encoding.empty() || encoding == "UTF-8" || encoding == "utf-8") return std::string(word);
  std::string out(word.size() * 4 + 4, '\0');
  UErrorCode err = U_ZERO_ERROR;
  const int32_t n = ucnv_convert(encoding.c_str(), "UTF-8", out.data(), static_cast<int32_t>(out.size()), word.data(),
                                 static_cast<int32_t>(word.size()), &err);
  if (U_FAILURE(err)) return {};
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace

CommonWords::CommonWords(std::string dictionary_dir) : dir_(std::move(dictionary_dir)) {}
CommonWords::~CommonWords() = default;

std::string CommonWords::default_dir() {
  const char* env = std::getenv("EDITIO_HUNSPELL_DIR");
  return env && *env ? std::string(env) : std::string("/usr/share/hunspell");
}

CommonWords& CommonWords::shared() {
  static CommonWords lexicon;
  return lexicon;
}

CommonWords::Dictionary* CommonWords::load(std::string_view lang) {
  auto it = by_lang_.find(std::string(lang));
  if (it != by_lang_.end()) return it->second.get();
  std::unique_ptr<Dictionary> d;
  const std::string stem = find_dictionary(dir_, lang);
  if (!stem.empty()) {
    const std::string base = (fs::path(dir_) / stem).string();
    d = std::make_unique<Dictionary>();
    d->name = stem;
    d->speller = std::make_unique<Hunspell>((base + ".aff").c_str(), (base + ".dic").c_str());
    if (const char* enc = d->speller->get_dic_encoding()) d->encoding = enc;
  } else {
    missing_.emplace_back(lang);
  }
  return by_lang_.emplace(std::string(lang), std::move(d)).first->second.get();
}

bool CommonWords::is_word(std::string_view lang, std::string_view word) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (lang.empty() || word.empty()) return false;
  Dictionary* d = load(lang);
  if (!d) return false;
  const std::string w = to_encoding(word, d->encoding);
  return !w.empty() && d->speller->spell(w);
}

bool CommonWords::is_common_word(std::string_view lang, std::string_view written) {
  const std::string lower = utf8::lower(written);
  if (!is_word(lang, lower)) return false;
  std::lock_guard<std::mutex> lock(mutex_);
  Dictionary* d = load(lang);
  // The stems come in the dictionary's encoding; Debian's current ones are
  // UTF-8, and for another the proper-name check is skipped.
  if (!d->encoding.empty() && d->encoding != "UTF-8" && d->encoding != "utf-8") return true;
  for (const std::string& stem : d->speller->stem(std::string(written)))
    if (!stem.empty() && utf8::lower(stem) != stem) return false;
  return true;
}

std::string CommonWords::dictionary_name(std::string_view lang) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (lang.empty()) return {};
  Dictionary* d = load(lang);
  return d ? d->name : std::string();
}

std::vector<std::string> CommonWords::missing() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return missing_;
}

}  // namespace editio
