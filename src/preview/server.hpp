#pragma once
// A local web server for the built edition (editio serve): serves the site's
// folder (output/html/, which holds the TEI, PDFs and schemas its pages link)
// on 127.0.0.1 with libmicrohttpd, GET and HEAD only, nothing outside it.
#include <cstdint>
#include <iosfwd>
#include <string>

#include "driver/build.hpp"

struct MHD_Daemon;  // libmicrohttpd's

namespace editio {

// The Content-Type of a file by its extension ("application/octet-stream" when unknown).
std::string content_type(const std::string& path);

// The file under `root` (canonical, symbolic links resolved) that the URL
// path `url` (already percent-decoded) names, index.html for a directory; ""
// when there is none or it would lie outside `root` ("..", a link out).
std::string file_for_url(const std::string& root, const std::string& url);

class Server {
 public:
  // Serves `root` on 127.0.0.1:`port` (0: a free port); ok() says whether it started.
  Server(const std::string& root, std::uint16_t port);
  ~Server();
  Server(const Server&) = delete;
  Server& operator=(const Server&) = delete;
  bool ok() const { return daemon_ != nullptr; }
  std::uint16_t port() const { return port_; }

 private:
  std::string root_;
  MHD_Daemon* daemon_ = nullptr;
  std::uint16_t port_ = 0;
};

// editio serve: serves options.out_dir on 127.0.0.1:`port` (0: a free one),
// printing the address, builds, and with `watch` rebuilds on every change
// (preview/watch.hpp; `rebuild_book` as there). Returns 0 when stopped by
// SIGINT or SIGTERM, 2 when the port cannot be used.
int serve_edition(const BuildOptions& options, std::uint16_t port, bool watch, bool rebuild_book, std::ostream& log);

}  // namespace editio
