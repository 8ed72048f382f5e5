#include "render/book.hpp"

#include <filesystem>

#include "util/fs.hpp"

namespace editio {
namespace {

namespace sfs = std::filesystem;

const char* const kBegin = "editio-book: begin document ";
const char* const kEnd = "editio-book: end document ";

bool ends_with(const std::string& s, const std::string& e) {
  return s.size() >= e.size() && s.compare(s.size() - e.size(), e.size(), e) == 0;
}

// Whether a log line reports a TeX error: "! message", or with
// -file-line-error "path/file.ext:12: message" (then `file` is the path).
bool error_line(const std::string& line, std::string& file) {
  file.clear();
  if (!line.empty() && line[0] == '!') return true;
  if (line.empty() || line[0] == ' ') return false;
  for (std::size_t p = line.find(':'); p != std::string::npos; p = line.find(':', p + 1)) {
    std::size_t q = p + 1;
    while (q < line.size() && line[q] >= '0' && line[q] <= '9') ++q;
    if (q == p + 1 || q + 1 >= line.size() || line[q] != ':' || line[q + 1] != ' ') continue;
    // The file has an extension ("x.tex", "reledmac.sty"): not text that
    // merely looks like it ("at 10:30: ...").
    const std::size_t dot = line.rfind('.', p);
    const std::size_t slash = line.rfind('/', p);
    if (dot == std::string::npos || dot + 1 >= p || p - dot > 5) continue;
    if (slash != std::string::npos && slash > dot) continue;
    file = line.substr(0, p);
    return true;
  }
  return false;
}

}  // namespace

std::string book_error_document(const std::string& log) {
  const std::string begin_marker = kBegin, end_marker = kEnd, body = ".body.tex";
  std::string current;  // the document whose body is being read
  std::size_t start = 0;
  while (start < log.size()) {
    std::size_t e = log.find('\n', start);
    if (e == std::string::npos) e = log.size();
    std::string line = log.substr(start, e - start);
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.pop_back();
    start = e + 1;
    if (line.compare(0, begin_marker.size(), begin_marker) == 0) {
      current = line.substr(begin_marker.size());
      continue;
    }
    if (line.compare(0, end_marker.size(), end_marker) == 0) {
      current.clear();
      continue;
    }
    std::string file;
    if (!error_line(line, file)) continue;
    if (ends_with(file, body)) {  // raised while reading a body file: its name says which
      std::string name = file.substr(file.rfind('/') == std::string::npos ? 0 : file.rfind('/') + 1);
      return name.substr(0, name.size() - body.size());
    }
    return current;
  }
  return {};
}

bool typeset_book(const BookOptions& opt, const std::vector<BookDocument>& docs, Diagnostics& diags,
                  int* passes_run) {
  const sfs::path print(opt.print_dir);
  const std::string tex = (print / "edition.tex").string();
  const std::string work = (print / ".work" / "edition").string();
  TypesetOptions topt = opt.typeset_options;
  // The style files (the stylesheets' directory), then the print directory,
  // where the body files are (\input{<id>.body.tex}).
  std::string texinputs = topt.texinputs;
  if (texinputs.empty()) texinputs = (sfs::path(opt.home) / "xslt" / "latex").string();
  texinputs += ":" + sfs::absolute(print).lexically_normal().string();
  topt.texinputs = texinputs;
  Diagnostics d;
  const bool ok = typeset(tex, work, (print / "edition.pdf").string(), tex, topt, d, passes_run);
  if (ok) {
    diags.append(d);
    return true;
  }
  // Which document's body the error came from.
  std::string log, why;
  fs::read_file((sfs::path(work) / "edition.log").string(), log, why);
  const std::string id = book_error_document(log);
  const BookDocument* culprit = nullptr;
  for (const auto& doc : docs)
    if (!id.empty() && doc.id == id) culprit = &doc;
  for (const auto& x : d.items()) {
    if (x.severity != Severity::Error || !culprit) {
      diags.add(x.severity, x.file, x.pos, x.message);
      continue;
    }
    diags.error(culprit->label, {},
                "in the whole-edition book (print/edition.pdf), document '" + culprit->id + "' (print/" +
                    culprit->id + ".body.tex): " + x.message);
  }
  return false;
}

bool clashes_with_book(const std::string& id) {
  return id == "edition" || (id.size() > 5 && id.compare(id.size() - 5, 5, ".body") == 0);
}

bool write_book_body(const Stylesheet& document_xsl, const std::string& tei, const std::string& id,
                     const std::map<std::string, std::string>& document_params, const std::string& print_dir,
                     Diagnostics& diags) {
  std::map<std::string, std::string> params = document_params;
  params["standalone"] = "no";
  std::string body, why;
  if (!document_xsl.transform(tei, id, params, body, diags)) return false;
  const std::string path = (sfs::path(print_dir) / (id + ".body.tex")).string();
  if (!keep_tex_line_limit(body)) {
    diags.error(path, {}, kTexLineTooLong);
    return false;
  }
  if (!fs::write_atomic(path, body, why)) {
    diags.error(path, {}, "cannot write: " + why);
    return false;
  }
  return true;
}

bool make_book(const BookOptions& opt, const Stylesheet& document_xsl, const std::vector<BookDocument>& docs,
               Diagnostics& diags, int* passes_run) {
  const sfs::path print(opt.print_dir);
  std::string why;
  std::string ids;
  std::vector<BookDocument> in_book;
  for (const auto& doc : docs) {
    if (clashes_with_book(doc.id)) {
      diags.warning(doc.label, {},
                    "document '" + doc.id + "': its output files would clash with the whole-edition book's "
                    "(print/edition.tex, print/<id>.body.tex); rename it to have the book made");
      return false;
    }
  }
  for (const auto& doc : docs) {
    if (doc.ok && doc.body_written) {
      in_book.push_back(doc);
      ids += (ids.empty() ? "" : " ") + doc.id;
      continue;
    }
    if (!doc.ok || !doc.tei || doc.tei->empty()) {
      diags.warning(doc.label, {},
                    "document '" + doc.id + "' failed: it is left out of the whole-edition book (print/edition.pdf)");
      continue;
    }
    Diagnostics d;
    const bool written = write_book_body(document_xsl, *doc.tei, doc.id, opt.document_params, opt.print_dir, d);
    diags.append(d);
    if (!written) {
      diags.warning(doc.label, {}, "document '" + doc.id + "': no LaTeX body; it is left out of the whole-edition book");
      continue;
    }
    in_book.push_back(doc);
    ids += (ids.empty() ? "" : " ") + doc.id;
  }
  if (in_book.empty()) {
    diags.warning(opt.label, {}, "no document could go into the whole-edition book: print/edition.pdf is not made");
    return false;
  }

  Stylesheet edition_xsl((sfs::path(opt.home) / "xslt" / "latex" / "edition.xsl").string(), diags);
  if (!edition_xsl.ok()) return false;
  std::string tex;
  const std::string tex_path = (print / "edition.tex").string();
  if (!edition_xsl.transform_file(opt.edition_xml, "edition.xml", {{"documents", ids}, {"index-lang", opt.index_lang}},
                             tex, diags))
    return false;
  if (!keep_tex_line_limit(tex)) {
    diags.error(tex_path, {}, kTexLineTooLong);
    return false;
  }
  if (!fs::write_atomic(tex_path, tex, why)) {
    diags.error(tex_path, {}, "cannot write: " + why);
    return false;
  }
  if (!opt.typeset) return true;
  return typeset_book(opt, in_book, diags, passes_run);
}

}  // namespace editio
