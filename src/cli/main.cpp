// editio: the command line. Thin: the library does the work.
#include <CLI/CLI.hpp>

#include <filesystem>
#include <iostream>

#include "driver/build.hpp"
#include "convert/pipeline.hpp"
#include "cli/names.hpp"
#include "edition/personography.hpp"
#include "check/validator.hpp"
#include "read/encoding.hpp"
#include "util/fs.hpp"
#include "util/interrupt.hpp"
#include "util/paths.hpp"
#include "util/version.hpp"

namespace {

int cmd_convert(const std::string& file, const std::string& out, bool validate, const std::string& home,
                const std::string& personography, const std::string& encoding) {
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
  editio::Converted c = editio::convert_standalone(file, d, matcher.get(), encoding);
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

int cmd_validate(const std::vector<std::string>& files, const std::string& rng, const std::string& sch) {
  editio::Diagnostics setup;
  editio::Validator v(rng, sch, setup);
  for (const auto& x : setup.items()) std::cerr << x.format() << '\n';
  if (!v.ok()) return 1;
  int bad = 0;
  for (const auto& f : files) {
    editio::Diagnostics d;
    bool ok = v.validate_file(f, d);
    for (const auto& x : d.items()) std::cerr << x.format() << '\n';
    std::cout << (ok ? "valid   " : "INVALID ") << f << '\n';
    bad += !ok;
  }
  std::cout << "editio: " << files.size() << " files, " << (files.size() - bad) << " valid, " << bad
            << " invalid\n";
  return bad ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  editio::interrupt::install();
  CLI::App app{"Editio: plain-text documents -> TEI P5, an HTML reading edition and a PDF print edition"};
  app.set_version_flag("--version", std::string("editio ") + editio::kVersion);
  app.require_subcommand(1);
  std::string home = editio::default_home();
  app.add_option("--home", home, "Where schemas/ and xslt/ are (default: $EDITIO_HOME or the source tree)");

  editio::BuildOptions bopt;
  std::string formats = "tei,html,tex,pdf";
  auto* build = app.add_subcommand("build", "Build the edition: sources/ -> output/ (TEI, HTML, LaTeX, PDF)");
  build->add_option("--sources", bopt.sources_dir, "Directory with manifest.toml (default: the sample edition)");
  build->add_option("--out", bopt.out_dir, "Output directory (default: output/ beside the sources)");
  build->add_option("--formats", formats, "Comma-separated: tei,html,tex,pdf (TEI is always written)");
  build->add_option("--jobs,-j", bopt.jobs, "Documents processed in parallel (default: all cores)");
  std::string progress = "auto";
  build->add_option("--progress", progress, "auto (a bar on a terminal, plain lines otherwise), bar, lines or off")
      ->check(CLI::IsMember({"auto", "bar", "lines", "off"}));
  build->add_flag("--force", bopt.force, "Rebuild every document, also those unchanged since the last build into --out");
  build->add_option("--page-entries", bopt.page_entries,
                    "Mentions or dates per page of the register and the chronology; larger ones are split into "
                    "parts, with an overview page (default 2000; 0: never split)");
  build->add_option("--stats", bopt.stats_path, "Write the run's statistics (time per stage, bytes, peak memory) as JSON to this file");

  std::string conv_file, conv_out;
  bool conv_validate = true;
  auto* convert = app.add_subcommand("convert", "Convert one plain-text file to TEI without a manifest");
  convert->add_option("FILE", conv_file, "The text file (UTF-8, UTF-16 or an 8-bit encoding)")->required();
  convert->add_option("-o,--output", conv_out, "Write the TEI here (default: standard output)");
  convert->add_flag("!--no-validate", conv_validate, "Skip validation against the project schema");
  std::string conv_persons, conv_encoding;
  convert->add_option("--personography", conv_persons, "A TEI listPerson file: link the persons the text names");
  convert->add_option("--encoding", conv_encoding,
                      "The file's encoding (e.g. windows-1251, KOI8-R, UTF-16); default: detect it and say so");

  std::string names_sources;
  auto* names = app.add_subcommand("names", "List the names the texts use that the personography lacks, and its unused entries");
  names->add_option("--sources", names_sources, "Directory with manifest.toml (default: the sample edition)");

  std::vector<std::string> val_files;
  auto* validate = app.add_subcommand("validate", "Validate TEI files against the project schema (RelaxNG + Schematron)");
  validate->add_option("FILE", val_files, "TEI files")->required();
  std::string val_rng, val_sch;
  bool rng_given = false, sch_given = false;
  auto* rng_opt = validate->add_option("--rng", val_rng, "RelaxNG schema (default: schemas/editio.rng)");
  auto* sch_opt = validate->add_option("--sch", val_sch, "Schematron schema (default: schemas/editio.sch; \"\" for none)");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int rc = app.exit(e);
    return rc == 0 ? 0 : 2;
  }

  if (*build) {
    std::set<editio::Format> f;
    std::string bad;
    if (!editio::parse_formats(formats, f, bad)) {
      std::cerr << "editio build: unknown format '" << bad << "' in --formats; use tei, html, tex or pdf\n";
      return 2;
    }
    f.insert(editio::Format::Tei);
    bopt.formats = f;
    bopt.home = home;
    bopt.progress = progress == "bar" ? editio::ProgressMode::Bar
                    : progress == "lines" ? editio::ProgressMode::Lines
                    : progress == "off"   ? editio::ProgressMode::Off
                                          : editio::ProgressMode::Auto;
    bopt.log_is_terminal = editio::Progress::is_terminal(1);
    if (bopt.sources_dir.empty()) bopt.sources_dir = (std::filesystem::path(home) / "sources").string();
    if (bopt.out_dir.empty())
      bopt.out_dir = (std::filesystem::path(bopt.sources_dir).parent_path() / "output").string();
    if (!std::filesystem::exists(std::filesystem::path(bopt.sources_dir) / "manifest.toml")) {
      std::cerr << "editio build: " << bopt.sources_dir
                << "/manifest.toml not found; pass --sources DIR with a manifest.toml (see README)\n";
      return 2;
    }
    return editio::run_build(bopt, std::cout);
  }
  if (*convert) {
    if (!conv_encoding.empty() && editio::canonical_encoding(conv_encoding).empty()) {
      std::cerr << "editio convert: --encoding '" << conv_encoding
                << "' is not known; write e.g. UTF-8, windows-1251, KOI8-R, UTF-16\n";
      return 2;
    }
    const std::pair<std::string, const char*> inputs[] = {{conv_file, "the text"}, {conv_persons, "the personography"}};
    for (const auto& [input, what] : inputs)
      if (!input.empty() && !conv_out.empty() && conv_out != "-" && editio::paths::same_file(input, conv_out)) {
        std::cerr << "editio convert: -o " << conv_out << " is " << what << " being converted (" << input
                  << "); it would be overwritten: write the TEI to another file\n";
        return 2;
      }
    return cmd_convert(conv_file, conv_out, conv_validate, home, conv_persons, conv_encoding);
  }
  if (*names) {
    if (names_sources.empty()) names_sources = (std::filesystem::path(home) / "sources").string();
    if (!std::filesystem::exists(std::filesystem::path(names_sources) / "manifest.toml")) {
      std::cerr << "editio names: " << names_sources
                << "/manifest.toml not found; pass --sources DIR with a manifest.toml (see README)\n";
      return 2;
    }
    return editio::run_names(names_sources, std::cout, std::cerr);
  }
  if (*validate) {
    rng_given = rng_opt->count() > 0;
    sch_given = sch_opt->count() > 0;
    if (!rng_given) val_rng = (std::filesystem::path(home) / "schemas/editio.rng").string();
    if (!sch_given) val_sch = (std::filesystem::path(home) / "schemas/editio.sch").string();
    return cmd_validate(val_files, val_rng, val_sch);
  }
  return 2;
}
