#pragma once
// A fast non-cryptographic 64-bit hash (FNV-1a) for change detection: an
// incremental build compares the hash of a document's inputs with the one
// recorded when its outputs were written.
#include <cstdint>
#include <string>
#include <string_view>

namespace editio {

class Hasher {
 public:
  // Adds the bytes, then their length, so that ("ab","c") and ("a","bc") differ.
  Hasher& add(std::string_view bytes);
  // Adds a file's contents; a missing file adds a marker of its own. False when unreadable.
  bool add_file(const std::string& path);
  std::uint64_t value() const { return h_; }
  std::string hex() const;

 private:
  std::uint64_t h_ = 0xcbf29ce484222325ull;
};

}  // namespace editio
