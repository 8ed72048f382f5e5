#pragma once
// Builds in shards (docs/manual/shards.md): `editio build --shard K/N` builds
// the documents of shard K only, `editio merge` makes what spans documents
// from the shards' outputs. A document's shard depends on its id alone, so
// that every machine agrees without talking to the others.
#include <cstdint>
#include <string>
#include <string_view>

namespace editio {

// FNV-1a, 64 bits, of the bytes (no length added: util/hash's Hasher differs).
std::uint64_t fnv1a64(std::string_view bytes);

struct Shard {
  unsigned k = 0, n = 0;  // shard k of n, 1 <= k <= n; n == 0: no shard (the whole edition)
  bool any() const { return n > 0; }
  // Whether document `id` is this shard's: 1 + fnv1a64(id) mod n == k.
  bool has(const std::string& id) const;
  std::string label() const;  // "K/N"
  std::string name() const;   // "shard-K-of-N": in the names of its lock and journal
};

// The shard of document `id` among `n`: 1 + fnv1a64(id) mod n.
unsigned shard_of(const std::string& id, unsigned n);

// "K/N" with 1 <= K <= N; false with what is wrong in `why`.
bool parse_shard(const std::string& text, Shard& shard, std::string& why);

}  // namespace editio
