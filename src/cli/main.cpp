// editio: the command line. Thin: the library does the work.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

#include "driver/build.hpp"
#include "driver/data_home.hpp"
#include "convert/pipeline.hpp"
#include "cli/init.hpp"
#include "cli/names.hpp"
#include "edition/personography.hpp"
#include "check/validator.hpp"
#include "read/encoding.hpp"
#include "read/format.hpp"
#include "util/fs.hpp"
#include "util/interrupt.hpp"
#include "util/paths.hpp"
#include "util/version.hpp"
#include "preview/server.hpp"
#include "preview/watch.hpp"

namespace {

int cmd_convert(const std::string& file, const std::string& out, bool validate, const std::string& home,
                const std::string& personography, const std::string& encoding,
                std::optional<editio::SourceFormat> format) {
  editio::Diagnostics d;
  std::unique_ptr<editio::Personography> persons;
  std::unique_ptr<editio::PersonMatcher> matcher;
  if (!personography.empty()) {
    persons = editio::load_personography(personography, d);
    if (!persons) {
      for (const auto& x : d.items()) std::cerr << x.format() << '\n';
      return 1;
    }
    matcher = std::make_unique<editio::PersonMatcher>(*persons);
  }
  editio::Converted c = editio::convert_standalone(file, d, matcher.get(), encoding, format);
  bool ok = c.ok;
  if (ok && validate) {
    editio::Validator v((std::filesystem::path(home) / "schemas/editio.rng").string(),
                        (std::filesystem::path(home) / "schemas/editio.sch").string(), d);
    ok = v.ok() && v.validate(c.tei, out.empty() ? file : out, d);
  }
  for (const auto& x : d.items()) std::cerr << x.format() << '\n';
  if (!c.ok) return 1;
  if (out.empty() || out == "-") {
    std::cout << c.tei;
  } else {
    std::string why;
    if (!editio::fs::write_atomic(out, c.tei, why)) {
      std::cerr << "editio: cannot write " << why << '\n';
      return 1;
    }
    std::cerr << "editio: wrote " << out << " (" << c.doc.notes.size() << " notes, language "
              << c.doc.lang << ")\n";
  }
  return ok && d.errors() == 0 ? 0 : 1;
}

// Whether the data folder holds what a run making `formats` needs; if not,
// says which file is missing and what to do (one line on stderr).
bool data_ready(const editio::DataHome& home, const std::set<editio::Format>& formats) {
  const std::string missing = editio::missing_data(home, editio::needed_data_files(formats));
  if (!missing.empty()) std::cerr << missing << '\n';
  return missing.empty();
}

int cmd_validate(const std::vector<std::string>& files, const std::string& rng, const std::string& sch) {
  editio::Diagnostics setup;
  editio::Validator v(rng, sch, setup);
  for (const auto& x : setup.items()) std::cerr << x.format() << '\n';
  if (!v.ok()) return 1;
  int bad = 0;
  for (const auto& f : files) {
    editio::Diagnostics d;
    // A teiCorpus (an edition's corpus may be hundreds of MB) is validated one TEI at a time.
    bool ok = editio::Validator::is_tei_corpus_file(f) ? v.validate_corpus_file(f, d) : v.validate_file(f, d);
    for (const auto& x : d.items()) std::cerr << x.format() << '\n';
    std::cout << (ok ? "valid   " : "INVALID ") << f << '\n';
    bad += !ok;
  }
  std::cout << "editio: " << files.size() << " files, " << (files.size() - bad) << " valid, " << bad
            << " invalid\n";
  return bad ? 1 : 0;
}

// The edition `build` and `names` work on without --sources: ./manifest.toml
// when the current folder has one (its output: ./output), else the bundled
// sample <home>/sources, whose output goes beside it when <home> is the source
// tree (a checkout: `./build/editio build` writes ./output there) and into
// ./output otherwise (an installed <home> is not writable). `said` is the line
// that tells which, after "editio: " and the verb ("building").
struct DefaultEdition {
  std::string sources, out;
  std::string said;
};

DefaultEdition default_edition(const std::string& home, const std::string& verb) {
  namespace sfs = std::filesystem;
  std::error_code ec;
  if (sfs::is_regular_file("manifest.toml", ec)) return {".", "output", verb + " ./manifest.toml"};
  const sfs::path sample = sfs::path(home) / "sources";
  const bool source_tree = sfs::exists(sfs::path(home) / "CMakeLists.txt", ec);
  return {sample.string(), source_tree ? (sample.parent_path() / "output").string() : "output",
          "no manifest.toml here; " + verb + " the bundled sample edition " + sample.string()};
}

// Each subcommand: its options, declared on the command line when it is
// made, and run() once they are parsed; run() returns the exit code (2: a
// wrong argument).

struct BuildCommand {
  // build; serve (no --watch, no --shard of its own); merge (no --watch, no --shard).
  enum class Kind { Build, Serve, Merge };
  CLI::App* app;
  editio::BuildOptions options;
  std::string formats = "tei,html,tex,pdf";
  std::string progress = "auto";
  std::string shard;
  bool watch = false;
  CLI::Option* book_option = nullptr;

  explicit BuildCommand(CLI::App& parent)
      : BuildCommand(*parent.add_subcommand("build", "Build the edition: sources/ -> output/ (TEI, HTML, LaTeX, PDF)"),
                     Kind::Build) {}
  // The build's options on `command`.
  BuildCommand(CLI::App& command, Kind kind) : app(&command) {
    app->add_option("--sources", options.sources_dir, "Directory with manifest.toml (default: the current one when it has a manifest.toml, else the "
                    "bundled sample edition)");
    app->add_option("--out", options.out_dir, "Output directory (default: output/ beside the sources, or in the current directory)");
    app->add_option("--formats", formats, "Comma-separated: tei,html,tex,pdf (TEI is always written)");
    app->add_option("--jobs,-j", options.jobs, "Documents processed in parallel (default: all cores)");
    app->add_option("--progress", progress, "auto (a bar on a terminal, plain lines otherwise), bar, lines or off")
        ->check(CLI::IsMember({"auto", "bar", "lines", "off"}));
    app->add_flag("--force", options.force, "Rebuild every document, also those unchanged since the last build into --out");
    app->add_option("--page-entries", options.page_entries,
                    "Mentions or dates per page of the register and the chronology; larger ones are split into "
                    "parts, with an overview page (default 2000; 0: never split)");
    app->add_option("--stats", options.stats_path, "Write the run's statistics (time per stage, bytes, peak memory) as JSON to this file");
    book_option = app->add_flag("--book,!--no-book", options.book,
                                "Make the whole-edition book (print/edition.pdf) when its documents changed (the "
                                "default); --no-book leaves it out. The rebuilds of --watch leave it out unless --book");
    options.merge = kind == Kind::Merge;
    if (kind != Kind::Build) return;
    app->add_flag("--watch", watch,
                  "After the build, watch the sources (manifest, personography, editor's layer, texts) and build "
                  "again on every change, until Ctrl-C");
    app->add_option("--shard", shard,
                    "K/N: build only shard K of N (the documents whose id hashes to it) and their part of the "
                    "indexes, nothing that spans documents; then `editio merge` (docs/manual/shards.md)");
  }

  int run(const editio::DataHome& data) {
    if (const int rc = prepare(data, "editio build"); rc != 0) return rc;
    if (watch && options.shard.any()) {
      std::cerr << "editio build: --watch and --shard do not go together; watch a whole build (without --shard)\n";
      return 2;
    }
    if (watch) return editio::build_and_watch(options, book_option->count() > 0 && options.book, std::cout);
    return editio::run_build(options, std::cout);
  }

  // The options from the command line (`command` names it in messages); 0, or 2 for a wrong argument.
  int prepare(const editio::DataHome& data, const std::string& command) {
    const std::string& home = data.path;
    if (std::string why; !shard.empty() && !editio::parse_shard(shard, options.shard, why)) {
      std::cerr << command << ": --shard " << why << '\n';
      return 2;
    }
    std::set<editio::Format> f;
    std::string bad;
    if (!editio::parse_formats(formats, f, bad)) {
      std::cerr << command << ": unknown format '" << bad << "' in --formats; use tei, html, tex or pdf\n";
      return 2;
    }
    f.insert(editio::Format::Tei);
    options.formats = f;
    if (!data_ready(data, f)) return 2;
    std::cout << editio::describe(data) << '\n';
    options.home = home;
    options.progress = progress == "bar"     ? editio::ProgressMode::Bar
                       : progress == "lines" ? editio::ProgressMode::Lines
                       : progress == "off"   ? editio::ProgressMode::Off
                                             : editio::ProgressMode::Auto;
    options.log_is_terminal = editio::Progress::is_terminal(1);
    if (options.sources_dir.empty()) {
      const DefaultEdition e = default_edition(home, "building");
      options.sources_dir = e.sources;
      if (options.out_dir.empty()) options.out_dir = e.out;
      std::cout << "editio: " << e.said << '\n';
    }
    if (options.out_dir.empty())
      options.out_dir = (std::filesystem::path(options.sources_dir).parent_path() / "output").string();
    if (!std::filesystem::exists(std::filesystem::path(options.sources_dir) / "manifest.toml")) {
      std::cerr << command << ": " << options.sources_dir
                << "/manifest.toml not found; pass --sources DIR with a manifest.toml, or start one with `editio init DIR TEXTS...` (man editio)\n";
      return 2;
    }
    return 0;
  }
};

// editio serve: a build command (its options) whose run serves the output.
struct ServeCommand {
  CLI::App* app;
  BuildCommand build;
  unsigned port = 8000;
  bool watch = true;

  explicit ServeCommand(CLI::App& parent)
      : app(parent.add_subcommand("serve", "Build the edition, serve it on http://127.0.0.1:PORT/ and build it "
                                           "again when the sources change")),
        build(*app, BuildCommand::Kind::Serve) {
    app->add_option("--port", port, "The port on 127.0.0.1 (default 8000; 0: any free port)")
        ->check(CLI::Range(0, 65535));
    app->add_flag("!--no-watch", watch, "Serve without rebuilding when the sources change");
  }

  int run(const editio::DataHome& data) {
    if (const int rc = build.prepare(data, "editio serve"); rc != 0) return rc;
    const bool rebuild_book = build.book_option->count() > 0 && build.options.book;
    return editio::serve_edition(build.options, static_cast<std::uint16_t>(port), watch, rebuild_book, std::cout);
  }
};

// editio merge: the build's options; every document's outputs must be there
// (the shards made them), and what spans documents is made from them.
struct MergeCommand {
  BuildCommand build;

  explicit MergeCommand(CLI::App& parent)
      : build(*parent.add_subcommand("merge", "Make what spans documents (edition.xml, registers, search, book) "
                                              "from the outputs of `editio build --shard K/N` in --out"),
              BuildCommand::Kind::Merge) {}

  int run(const editio::DataHome& data) {
    if (const int rc = build.prepare(data, "editio merge"); rc != 0) return rc;
    return editio::run_build(build.options, std::cout);
  }
};

struct ConvertCommand {
  CLI::App* app;
  std::string file, out, persons, encoding, format;
  bool validate = true;

  explicit ConvertCommand(CLI::App& parent)
      : app(parent.add_subcommand("convert", "Convert one file (text, Markdown, HTML, .docx, .odt) to TEI without a manifest")) {
    app->add_option("FILE", file, "The file: plain text (UTF-8, UTF-16 or an 8-bit encoding), Markdown, HTML, .docx or .odt")->required();
    app->add_option("-o,--output", out, "Write the TEI here (default: standard output)");
    app->add_flag("!--no-validate", validate, "Skip validation against the project schema");
    app->add_option("--personography", persons, "A TEI listPerson file: link the persons the text names");
    app->add_option("--encoding", encoding,
                    "The file's encoding (e.g. windows-1251, KOI8-R, UTF-16); default: detect it and say so");
    app->add_option("--format", format,
                    "The file's format: text, markdown, html, docx or odt; default: by its content and name");
  }

  int run(const std::string& home) const {
    const auto source_format = format.empty() ? std::nullopt : editio::parse_format_name(format);
    if (!format.empty() && !source_format) {
      std::cerr << "editio convert: --format '" << format << "' is not known; write " << editio::format_names() << "\n";
      return 2;
    }
    if (!encoding.empty() && editio::canonical_encoding(encoding).empty()) {
      std::cerr << "editio convert: --encoding '" << encoding
                << "' is not known; write e.g. UTF-8, windows-1251, KOI8-R, UTF-16\n";
      return 2;
    }
    const std::pair<std::string, const char*> inputs[] = {{file, "the text"}, {persons, "the personography"}};
    for (const auto& [input, what] : inputs)
      if (!input.empty() && !out.empty() && out != "-" && editio::paths::same_file(input, out)) {
        std::cerr << "editio convert: -o " << out << " is " << what << " being converted (" << input
                  << "); it would be overwritten: write the TEI to another file\n";
        return 2;
      }
    return cmd_convert(file, out, validate, home, persons, encoding, source_format);
  }
};

struct NamesCommand {
  CLI::App* app;
  std::string sources, personography_out;

  explicit NamesCommand(CLI::App& parent)
      : app(parent.add_subcommand("names", "List the names the texts use that the personography lacks, and its unused entries")) {
    app->add_option("--sources", sources,
                    "Directory with manifest.toml (default: the current one when it has a manifest.toml, else the "
                    "bundled sample edition)");
    app->add_option("--personography-out", personography_out,
                    "Also write the listed names as a starter personography (TEI) to this file, most frequent first, "
                    "to merge into the edition's");
  }

  int run(const std::string& home) {
    if (sources.empty()) {
      const DefaultEdition e = default_edition(home, "reading");
      sources = e.sources;
      std::cerr << "editio: " << e.said << '\n';
    }
    if (!std::filesystem::exists(std::filesystem::path(sources) / "manifest.toml")) {
      std::cerr << "editio names: " << sources
                << "/manifest.toml not found; pass --sources DIR with a manifest.toml, or start one with `editio init DIR TEXTS...` (man editio)\n";
      return 2;
    }
    return editio::run_names(sources, std::cout, std::cerr, personography_out);
  }
};

struct InitCommand {
  CLI::App* app;
  editio::InitOptions options;

  explicit InitCommand(CLI::App& parent)
      : app(parent.add_subcommand("init", "Start an edition: copy texts into DIR/texts/ and write DIR/manifest.toml "
                                          "and a starter DIR/personography.xml")) {
    app->add_option("DIR", options.dir, "The edition's folder (made when missing)")->required();
    app->add_option("TEXTS", options.texts,
                    "Plain-text files to copy into DIR/texts/ (default: the *.txt files already under DIR, in its "
                    "subfolders too)");
    app->add_flag("--force", options.force,
                  "Replace an existing manifest.toml and personography.xml (and copies in texts/ that differ)");
  }

  int run() const { return editio::run_init(options, std::cout, std::cerr); }
};

struct ValidateCommand {
  CLI::App* app;
  std::vector<std::string> files;
  std::string rng, sch;
  CLI::Option* rng_option;
  CLI::Option* sch_option;

  explicit ValidateCommand(CLI::App& parent)
      : app(parent.add_subcommand("validate", "Validate TEI files against the project schema (RelaxNG + Schematron)")) {
    app->add_option("FILE", files, "TEI files")->required();
    rng_option = app->add_option("--rng", rng, "RelaxNG schema (default: schemas/editio.rng)");
    sch_option = app->add_option("--sch", sch, "Schematron schema (default: schemas/editio.sch; \"\" for none)");
  }

  int run(const editio::DataHome& data) {
    const std::string& home = data.path;
    if ((rng_option->count() == 0 || sch_option->count() == 0) && !data_ready(data, {editio::Format::Tei})) return 2;
    if (rng_option->count() == 0) rng = (std::filesystem::path(home) / "schemas/editio.rng").string();
    if (sch_option->count() == 0) sch = (std::filesystem::path(home) / "schemas/editio.sch").string();
    return cmd_validate(files, rng, sch);
  }
};

}  // namespace

int main(int argc, char** argv) {
  editio::interrupt::install();
  CLI::App app{"Editio: plain-text documents -> TEI P5, an HTML reading edition and a PDF print edition"};
  app.require_subcommand(1);
  app.fallthrough();  // --home also after the subcommand: `editio build --home DIR`
  std::string home_option;
  app.add_option("--home", home_option,
                 "Where schemas/, xslt/ and the sample sources/ are (default: share/editio beside the program, "
                 "else $EDITIO_HOME, else the source tree it was built from)");
  // After --home, so that `editio --home DIR --version` names DIR.
  app.set_version_flag("--version", [&home_option] {
    return std::string("editio ") + editio::kVersion + "\n" + editio::describe(editio::find_data_home(home_option));
  });
  BuildCommand build(app);
  ConvertCommand convert(app);
  NamesCommand names(app);
  InitCommand init(app);
  ValidateCommand validate(app);
  ServeCommand serve(app);
  MergeCommand merge(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }
  const editio::DataHome home = editio::find_data_home(home_option);
  if (*build.app) return build.run(home);
  if (*convert.app) return convert.validate && !data_ready(home, {editio::Format::Tei}) ? 2 : convert.run(home.path);
  if (*names.app) return names.run(home.path);
  if (*init.app) return init.run();
  if (*validate.app) return validate.run(home);
  if (*serve.app) return serve.run(home);
  if (*merge.build.app) return merge.run(home);
  return 2;
}
