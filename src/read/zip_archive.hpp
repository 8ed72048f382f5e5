#pragma once
// The parts of a ZIP package (a Word or OpenDocument file) read with libzip,
// from memory, with limits against ZIP bombs: a part that would inflate past
// `part` bytes, or more than `ratio` times its compressed size once past
// `ratio_from` bytes, or all parts read together past `total` bytes, is refused.
// The sizes the archive declares are checked first but never trusted: every
// part is read through a bounded buffer that stops at the limit.
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

struct zip;

namespace editio {

struct ZipLimits {
  std::size_t part = std::size_t{64} << 20;    // one part, uncompressed
  std::size_t total = std::size_t{256} << 20;  // every part read, together
  std::size_t ratio = 100;                     // uncompressed : compressed
  std::size_t ratio_from = std::size_t{1} << 20;  // the ratio counts past this size only
};

class ZipArchive {
 public:
  // Opens the ZIP held in `bytes`, which must outlive the archive. Null, with
  // `error` saying why ("not a ZIP archive: ..."), when it cannot be opened.
  static std::unique_ptr<ZipArchive> open(std::string_view bytes, std::string& error, ZipLimits limits = {});
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const std::string& name) const;
  // The uncompressed bytes of part `name` ("word/document.xml"); nullopt with
  // `error` (one line, without the part's name) when it is missing, corrupt or
  // over a limit.
  std::optional<std::string> read(const std::string& name, std::string& error);

 private:
  ZipArchive(struct zip* archive, ZipLimits limits) : zip_(archive), limits_(limits) {}
  bool over_limit(std::size_t size, std::size_t compressed, std::string& error) const;

  struct zip* zip_;
  ZipLimits limits_;
  std::size_t total_ = 0;  // bytes read so far, all parts
};

}  // namespace editio
