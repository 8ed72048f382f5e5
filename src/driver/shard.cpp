#include "driver/shard.hpp"

#include <cstdlib>

namespace editio {

std::uint64_t fnv1a64(std::string_view bytes) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

unsigned shard_of(const std::string& id, unsigned n) { return 1 + static_cast<unsigned>(fnv1a64(id) % n); }

bool Shard::has(const std::string& id) const { return !any() || shard_of(id, n) == k; }

std::string Shard::label() const { return std::to_string(k) + "/" + std::to_string(n); }

std::string Shard::name() const { return "shard-" + std::to_string(k) + "-of-" + std::to_string(n); }

bool parse_shard(const std::string& text, Shard& shard, std::string& why) {
  const std::size_t slash = text.find('/');
  auto number = [](const std::string& s, unsigned& out) {
    if (s.empty() || s.size() > 6 || s.find_first_not_of("0123456789") != std::string::npos) return false;
    out = static_cast<unsigned>(std::strtoul(s.c_str(), nullptr, 10));
    return true;
  };
  Shard s;
  if (slash == std::string::npos || !number(text.substr(0, slash), s.k) || !number(text.substr(slash + 1), s.n)) {
    why = "'" + text + "' is not K/N; write e.g. --shard 2/4 (shard 2 of 4)";
    return false;
  }
  if (s.n == 0 || s.k == 0 || s.k > s.n) {
    why = "'" + text + "' names no shard; K counts from 1 to N (e.g. 1/" + std::to_string(s.n ? s.n : 4) + " to " +
          std::to_string(s.n ? s.n : 4) + "/" + std::to_string(s.n ? s.n : 4) + ")";
    return false;
  }
  shard = s;
  return true;
}

}  // namespace editio
