// Benchmark of the collation (collate::align): witnesses of 1,000, 10,000 and
// 50,000 words made from a real public-domain text by seeded mutation, aligned
// 2, 4 and 6 at a time; prints one Markdown table row per run (see RESULTS.md).
//
// Takes: a folder of UTF-8 .txt files (default ../shared/devsets/frus, the FRUS
// documents, U.S. government works in the public domain), read in path order
// and concatenated; optional --sizes and --witnesses lists. Gives: the table
// on standard output. The mutations, per word of the base witness, at rates
// near those between printed editions of one text: 2% substitution (another
// word of the text), 1% omission, 1% addition, 1% spelling variant (one
// letter changed: a near match), and every 400 words on average two adjacent
// blocks of 2-6 words swapped (a transposition). The same seed gives the same
// witnesses on every machine (mt19937_64, no library distributions).
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "collate/collate.hpp"

namespace fs = std::filesystem;
using editio::collate::Token;

namespace {

std::vector<std::string> read_words(const fs::path& folder) {
  std::vector<fs::path> files;
  for (const auto& e : fs::recursive_directory_iterator(folder))
    if (e.is_regular_file() && e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());
  std::vector<std::string> words;
  for (const fs::path& f : files) {
    std::ifstream in(f);
    std::string w;
    while (in >> w) words.push_back(w);
  }
  return words;
}

struct Random {
  std::mt19937_64 engine;
  std::uint64_t below(std::uint64_t n) { return engine() % n; }  // n > 0
  bool chance(std::uint64_t per_thousand) { return below(1000) < per_thousand; }
};

std::string misspell(std::string w, Random& r) {
  std::size_t ascii = 0;
  for (char c : w) ascii += (c >= 'a' && c <= 'z') ? 1 : 0;
  if (ascii == 0 || w.size() < 4) return w;
  std::size_t at = r.below(w.size());
  while (!(w[at] >= 'a' && w[at] <= 'z')) at = (at + 1) % w.size();
  w[at] = static_cast<char>('a' + (w[at] - 'a' + 1 + r.below(25)) % 26);
  return w;
}

std::vector<std::string> mutate(const std::vector<std::string>& base, const std::vector<std::string>& pool, Random& r) {
  std::vector<std::string> out;
  for (const std::string& w : base) {
    if (r.chance(10)) continue;  // omission
    if (r.chance(20))
      out.push_back(pool[r.below(pool.size())]);  // substitution
    else
      out.push_back(r.chance(10) ? misspell(w, r) : w);           // spelling variant or the word
    if (r.chance(10)) out.push_back(pool[r.below(pool.size())]);  // addition
    if (out.size() > 12 && r.chance(2)) {                         // swap the last two blocks
      const std::size_t a = 2 + r.below(5), b = 2 + r.below(5);
      std::rotate(out.end() - static_cast<long>(a + b), out.end() - static_cast<long>(b), out.end());
    }
  }
  return out;
}

std::string join(const std::vector<std::string>& words) {
  std::string s;
  for (const std::string& w : words) s += w, s += ' ';
  return s;
}

std::vector<std::size_t> parse_list(const std::string& s) {
  std::vector<std::size_t> out;
  std::stringstream in(s);
  std::string item;
  while (std::getline(in, item, ',')) out.push_back(std::stoul(item));
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  fs::path folder = "../shared/devsets/frus";
  std::vector<std::size_t> sizes{1000, 10000, 50000}, counts{2, 4, 6};
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string opt = argv[i];
    if (opt == "--texts")
      folder = argv[i + 1];
    else if (opt == "--sizes")
      sizes = parse_list(argv[i + 1]);
    else if (opt == "--witnesses")
      counts = parse_list(argv[i + 1]);
    else {
      std::cerr << "usage: " << argv[0] << " [--texts DIR] [--sizes 1000,10000] [--witnesses 2,4]\n";
      return 2;
    }
  }
  if (!fs::is_directory(folder)) {
    std::cerr << folder.string() << ": no such folder of .txt files; give one with --texts DIR\n";
    return 2;
  }
  const std::vector<std::string> words = read_words(folder);
  std::cout
      << "| words | witnesses | tokens (all witnesses) | align (s) | columns | variant columns | transposed cells |\n"
      << "|---:|---:|---:|---:|---:|---:|---:|\n";
  for (std::size_t size : sizes) {
    if (words.size() < size) {
      std::cerr << "the texts hold only " << words.size() << " words\n";
      return 2;
    }
    const std::vector<std::string> base(words.begin(), words.begin() + static_cast<long>(size));
    Random r{std::mt19937_64(25 + size)};
    std::vector<std::vector<Token>> all{editio::collate::tokenize(join(base))};
    for (std::size_t k = 1; k < counts.back(); ++k)
      all.push_back(editio::collate::tokenize(join(mutate(base, words, r))));
    for (std::size_t n : counts) {
      const std::vector<std::vector<Token>> wits(all.begin(), all.begin() + static_cast<long>(n));
      std::size_t tokens = 0;
      for (const auto& w : wits) tokens += w.size();
      const auto t0 = std::chrono::steady_clock::now();
      const editio::collate::Table table = editio::collate::align(wits);
      const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      std::size_t variant = 0, moved = 0;
      for (const auto& c : table.columns) {
        variant += c.variant ? 1 : 0;
        for (int m : c.moved) moved += m >= 0 ? 1 : 0;
      }
      std::printf("| %zu | %zu | %zu | %.3f | %zu | %zu | %zu |\n", size, n, tokens, secs, table.columns.size(),
                  variant, moved);
      std::fflush(stdout);
    }
  }
}
