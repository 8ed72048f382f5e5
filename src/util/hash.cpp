#include "util/hash.hpp"

#include <cstdio>

#include "util/fs.hpp"

namespace editio {

Hasher& Hasher::add(std::string_view bytes) {
  std::uint64_t h = h_;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  const std::uint64_t n = bytes.size();
  for (int i = 0; i < 8; ++i) {
    h ^= (n >> (8 * i)) & 0xff;
    h *= 0x100000001b3ull;
  }
  h_ = h;
  return *this;
}

bool Hasher::add_file(const std::string& path) {
  std::string data, why;
  if (!fs::read_file(path, data, why)) {
    add("\x01missing:" + path);
    return false;
  }
  add(data);
  return true;
}

std::string Hasher::hex() const {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h_));
  return buf;
}

}  // namespace editio
