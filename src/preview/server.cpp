#include "preview/server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <microhttpd.h>
#include <signal.h>
#include <netinet/in.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <map>
#include <ostream>

#include "preview/watch.hpp"

namespace editio {
namespace {

namespace sfs = std::filesystem;

// A short page for an error status, freed by libmicrohttpd.
MHD_Result send_status(MHD_Connection* connection, unsigned status, const char* text) {
  MHD_Response* r = MHD_create_response_from_buffer(std::strlen(text), const_cast<char*>(text), MHD_RESPMEM_PERSISTENT);
  MHD_add_response_header(r, "Content-Type", "text/plain; charset=utf-8");
  const MHD_Result ret = MHD_queue_response(connection, status, r);
  MHD_destroy_response(r);
  return ret;
}

// One request: GET or HEAD of a file under the root (libmicrohttpd sends no
// body for HEAD). `cls` is the root.
MHD_Result answer(void* cls, MHD_Connection* connection, const char* url, const char* method, const char*,
                  const char*, size_t*, void**) {
  const std::string& root = *static_cast<const std::string*>(cls);
  if (std::strcmp(method, "GET") != 0 && std::strcmp(method, "HEAD") != 0)
    return send_status(connection, MHD_HTTP_METHOD_NOT_ALLOWED, "405 only GET and HEAD\n");
  const std::string file = file_for_url(root, url);
  if (file.empty()) return send_status(connection, MHD_HTTP_NOT_FOUND, "404 not found\n");
  const int fd = open(file.c_str(), O_RDONLY | O_CLOEXEC);
  struct stat st {};
  if (fd < 0 || fstat(fd, &st) != 0) {
    if (fd >= 0) close(fd);
    return send_status(connection, MHD_HTTP_NOT_FOUND, "404 not found\n");
  }
  MHD_Response* r = MHD_create_response_from_fd(static_cast<uint64_t>(st.st_size), fd);  // closes fd
  MHD_add_response_header(r, "Content-Type", content_type(file).c_str());
  MHD_add_response_header(r, "Cache-Control", "no-cache");  // a rebuild changes the files
  const MHD_Result ret = MHD_queue_response(connection, MHD_HTTP_OK, r);
  MHD_destroy_response(r);
  return ret;
}

}  // namespace

std::string content_type(const std::string& path) {
  static const std::map<std::string, std::string> types = {
      {".html", "text/html; charset=utf-8"},     {".htm", "text/html; charset=utf-8"},
      {".css", "text/css; charset=utf-8"},       {".js", "text/javascript; charset=utf-8"},
      {".xml", "application/xml"},               {".pdf", "application/pdf"},
      {".svg", "image/svg+xml"},                 {".woff2", "font/woff2"},
      {".woff", "font/woff"},                    {".json", "application/json"},
      {".txt", "text/plain; charset=utf-8"},     {".tex", "text/plain; charset=utf-8"},
      {".rng", "application/xml"},               {".sch", "application/xml"},
      {".png", "image/png"},                     {".ico", "image/x-icon"}};
  auto it = types.find(sfs::path(path).extension().string());
  return it == types.end() ? "application/octet-stream" : it->second;
}

std::string file_for_url(const std::string& root, const std::string& url) {
  if (url.empty() || url[0] != '/' || url.find('\0') != std::string::npos) return {};
  const sfs::path rel = sfs::path(url.substr(1));
  for (const auto& part : rel)
    if (part == "..") return {};
  std::error_code ec;
  sfs::path file = sfs::weakly_canonical(sfs::path(root) / rel, ec);
  if (ec) return {};
  if (sfs::is_directory(file, ec)) file /= "index.html";
  file = sfs::canonical(file, ec);  // symbolic links resolved: a link out of the root is refused below
  if (ec || !sfs::is_regular_file(file, ec)) return {};
  const sfs::path base = sfs::canonical(root, ec);
  if (ec) return {};
  auto [b, f] = std::mismatch(base.begin(), base.end(), file.begin(), file.end());
  return b == base.end() ? file.string() : std::string();
}

Server::Server(const std::string& root, std::uint16_t port) : root_(root) {
  sockaddr_in addr{};
  addr.sin_family = AF_INET;
  addr.sin_port = htons(port);
  addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  daemon_ = MHD_start_daemon(MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_ERROR_LOG, port, nullptr, nullptr, &answer,
                             &root_, MHD_OPTION_SOCK_ADDR, reinterpret_cast<sockaddr*>(&addr), MHD_OPTION_END);
  if (!daemon_) return;
  const MHD_DaemonInfo* info = MHD_get_daemon_info(daemon_, MHD_DAEMON_INFO_BIND_PORT);
  port_ = info ? info->port : port;
}

Server::~Server() {
  if (daemon_) MHD_stop_daemon(daemon_);
}

int serve_edition(const BuildOptions& options, std::uint16_t port, bool watch, bool rebuild_book,
                  std::ostream& log) {
  std::error_code ec;
  std::filesystem::create_directories(options.out_dir, ec);
  // The server's thread is started with SIGINT and SIGTERM blocked, so that
  // they reach this thread only (which waits for them, or builds).
  sigset_t stop, before;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop, &before);
  // The site's folder, as it will be published (html/ holds everything its pages link to).
  const std::string site = (sfs::path(options.out_dir) / "html").string();
  Server server(site, port);
  pthread_sigmask(SIG_SETMASK, &before, nullptr);
  if (!server.ok()) {
    log << "editio serve: cannot listen on 127.0.0.1:" << port << " (" << std::strerror(errno)
        << "); choose another with --port N\n";
    return 2;
  }
  log << "editio: serving " << site << " at http://127.0.0.1:" << server.port() << "/ (Ctrl-C stops)"
      << std::endl;
  if (watch) return build_and_watch(options, rebuild_book, log);
  run_build(options, log);
  pthread_sigmask(SIG_BLOCK, &stop, nullptr);  // then serve until SIGINT or SIGTERM
  int sig = 0;
  sigwait(&stop, &sig);
  log << "editio: stopped serving" << std::endl;
  return 0;
}

}  // namespace editio
