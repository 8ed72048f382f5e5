#include "read/zip_archive.hpp"

#include <zip.h>

namespace editio {
namespace {

// "64 MB", or "1000 bytes" below a megabyte.
std::string size_text(std::size_t n) {
  return n >= (std::size_t{1} << 20) ? std::to_string(n >> 20) + " MB" : std::to_string(n) + " bytes";
}

}  // namespace

std::unique_ptr<ZipArchive> ZipArchive::open(std::string_view bytes, std::string& error, ZipLimits limits) {
  zip_error_t e;
  zip_error_init(&e);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &e);
  zip_t* archive = src ? zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &e) : nullptr;
  if (!archive) {
    error = "not a ZIP archive (" + std::string(zip_error_strerror(&e)) +
            "), so not a Word or OpenDocument file: save it again from the word processor";
    if (src) zip_source_free(src);
    zip_error_fini(&e);
    return nullptr;
  }
  zip_error_fini(&e);
  return std::unique_ptr<ZipArchive>(new ZipArchive(archive, limits));
}

ZipArchive::~ZipArchive() { zip_discard(zip_); }

bool ZipArchive::has(const std::string& name) const { return zip_name_locate(zip_, name.c_str(), 0) >= 0; }

// Whether `size` bytes inflated from `compressed` break a limit; `error` says which.
bool ZipArchive::over_limit(std::size_t size, std::size_t compressed, std::string& error) const {
  if (size > limits_.part) {
    error = "inflates to more than " + size_text(limits_.part) + " (a ZIP bomb?): not read";
  } else if (size > limits_.ratio_from && size / (compressed ? compressed : 1) > limits_.ratio) {
    error = "is compressed more than " + std::to_string(limits_.ratio) + ":1 (a ZIP bomb?): not read";
  } else if (total_ + size > limits_.total) {
    error = "takes the parts read past " + size_text(limits_.total) + " (a ZIP bomb?): not read";
  } else {
    return false;
  }
  return true;
}

std::optional<std::string> ZipArchive::read(const std::string& name, std::string& error) {
  const zip_int64_t index = zip_name_locate(zip_, name.c_str(), 0);
  zip_stat_t st;
  if (index < 0 || zip_stat_index(zip_, index, 0, &st) != 0) {
    error = "is missing";
    return std::nullopt;
  }
  const std::size_t compressed = (st.valid & ZIP_STAT_COMP_SIZE) ? st.comp_size : 0;
  if ((st.valid & ZIP_STAT_SIZE) && over_limit(st.size, compressed, error)) return std::nullopt;
  zip_file_t* file = zip_fopen_index(zip_, index, 0);
  if (!file) {
    error = "cannot be opened (" + std::string(zip_strerror(zip_)) + "): the file is damaged";
    return std::nullopt;
  }
  // Read in chunks, checking the limits on what actually came out, whatever the size declared.
  std::string out;
  char chunk[1 << 16];
  zip_int64_t n = 0;
  while ((n = zip_fread(file, chunk, sizeof chunk)) > 0) {
    out.append(chunk, static_cast<std::size_t>(n));
    if (over_limit(out.size(), compressed, error)) break;
  }
  if (n < 0) error = "is corrupt (" + std::string(zip_file_strerror(file)) + "): the file is damaged";
  zip_fclose(file);
  if (n != 0) return std::nullopt;
  total_ += out.size();
  return out;
}

}  // namespace editio
