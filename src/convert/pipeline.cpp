#include "convert/pipeline.hpp"

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <set>

#include "annotate/apparatus.hpp"
#include "annotate/dates.hpp"
#include "annotate/editorial.hpp"
#include "annotate/notes.hpp"
#include "edition/xml_ids.hpp"
#include "read/document_reader.hpp"
#include "read/segment.hpp"
#include "read/structure.hpp"
#include "read/source.hpp"
#include "tei/writer.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

// "ed": the xml:id of who the editor's interventions are attributed to (the first editor), or empty.
std::string editor_id(const Edition& edition) {
  return edition.editors.empty() ? "" : edition.editors.front().id;
}

StructureOptions structure_options(const Edition& edition, const DocumentEntry& entry, const std::string& lang) {
  StructureOptions o;
  o.lang = lang;
  if (!entry.title_from_text) o.title = entry.title;  // an editor's title the text may repeat
  o.kind = entry.kind;
  o.editorial_path = edition.editorial_layer.path;
  for (const auto& r : edition.responsibilities)
    for (const auto& m : r.insertion_marks) o.insertions.push_back({m, r.id});
  return o;
}

NoteOptions note_options(const Edition& edition, const DocumentEntry& entry) {
  NoteOptions o;
  for (const auto& r : edition.responsibilities)
    for (const auto& s : r.signatures) o.signatures.push_back({s, r.id});
  o.default_resp = entry.note_resp;
  return o;
}

// The document's own date (the manifest's) is the context of partial dates in its text.
DateOptions date_options(const DocumentEntry& entry) {
  DateOptions o;
  const std::string& when = entry.date.when;
  if (when.size() >= 4 && std::isdigit(static_cast<unsigned char>(when[0]))) {
    o.document_year = std::atoi(when.substr(0, 4).c_str());
    if (when.size() >= 7 && when[4] == '-') o.document_month = std::atoi(when.substr(5, 2).c_str());
    if (when.size() >= 10 && when[7] == '-') o.document_day = std::atoi(when.substr(8, 2).c_str());
  }
  o.julian = entry.calendar == "julian";
  return o;
}

// Links the names to the personography, with the editor's decisions and the
// persons the manifest names (author, correspondents) as context.
void link_persons(Document& doc, const PersonMatcher& persons, const Edition& edition, const DocumentEntry& entry,
                  Diagnostics& diags) {
  PersonOptions po;
  po.corr_resp = editor_id(edition);
  po.context = {entry.author, entry.sender, entry.addressee};
  for (const auto& part : doc.parts) po.context.insert(po.context.end(), {part.sender, part.addressee});
  po.decisions = locate_editorial_persons(doc, edition.editorial_layer, diags);
  persons.annotate(doc, po, diags);
  // Person entries are copied into the document: their ids must not be
  // ids it writes itself (a build checks this once, for all documents).
  for (const auto& pid : doc.persons)
    if (std::string what = generated_id(pid, edition, doc.id); !what.empty()) {
      const Person* p = persons.personography().find(pid);
      diags.error(persons.personography().path, p ? p->pos : SourcePos{},
                  "person id '" + pid + "' is also the id Editio gives " + what + ": rename the person");
    }
}

// Writes the prepared document's TEI.
Converted write_converted(Document doc, const Edition& edition, const DocumentEntry& entry,
                          const Annotators& with, StageTimes* times) {
  StageTimer timer(times, Stage::WriteTei);
  Converted c;
  c.doc = std::move(doc);
  TeiContext ctx;
  ctx.edition = &edition;
  ctx.entry = &entry;
  ctx.persons = with.persons ? &with.persons->personography() : nullptr;
  ctx.places = with.entities ? &with.entities->gazetteer() : nullptr;
  ctx.source_name = std::filesystem::path(c.doc.source_path).filename().string();
  c.tei = write_tei(c.doc, ctx);
  c.tei.shrink_to_fit();  // kept through validation and the stylesheets: no spare capacity
  c.ok = true;
  return c;
}

}  // namespace

namespace {

// A file the manifest names, as the manifest's entry (`what`: "[[document]] 'id'") gives it.
struct NamedFile {
  std::string what, file, path, refused;
  SourcePos pos, file_pos;
};

// The file read by the reader its format needs; none, with the error at the manifest's entry, when it cannot be.
std::optional<Document> read_named(const Edition& edition, const DocumentEntry& entry, const NamedFile& f,
                                   Diagnostics& diags) {
  if (!f.refused.empty()) {  // outside the sources: never opened
    diags.error(edition.manifest_path, f.file_pos, f.refused);
    return std::nullopt;
  }
  std::error_code ec;
  const auto status = std::filesystem::status(f.path, ec);
  if (!std::filesystem::is_regular_file(status)) {
    const std::string what = !std::filesystem::exists(status)        ? "does not exist"
                             : std::filesystem::is_directory(status) ? "is a directory"
                                                                     : "is not a regular file";
    diags.error(edition.manifest_path, f.pos,
                f.what + ": file '" + f.file + "' " + what + " (looked for " + f.path +
                    "); the document is skipped: correct the file name, which is relative to the manifest");
    return std::nullopt;
  }
  Document doc;
  doc.id = entry.id;  // a reader's later call of a note refers to the note's id, which holds it
  if (!read_document({f.path, entry.encoding, entry.format}, doc, diags)) return std::nullopt;
  return doc;
}

// The texts of the document's witnesses in the manifest's order (the base's
// left empty: it is the document itself), read as the base is; none, with
// the error at the witness's entry, when one cannot be read.
std::optional<std::vector<std::string>> read_witnesses(const Edition& edition, const DocumentEntry& entry,
                                                       Diagnostics& diags) {
  std::vector<std::string> texts(entry.witnesses.size());
  bool ok = true;
  for (std::size_t w = 0; w < entry.witnesses.size(); ++w) {
    if (w == entry.base_witness()) continue;
    const Witness& wit = entry.witnesses[w];
    const NamedFile f{"[[document.witness]] '" + wit.id + "' of '" + entry.id + "'", wit.file, wit.path, wit.refused,
                      wit.pos, wit.file_pos};
    auto doc = read_named(edition, entry, f, diags);
    if (!doc) {
      ok = false;
      continue;
    }
    Diagnostics ignored;  // the witness's own notes are not the document's: only their calls are left out
    link_notes(*doc, {}, ignored);
    texts[w] = witness_text(*doc);
  }
  if (!ok) return std::nullopt;
  return texts;
}

// The apparatus of a document with witnesses: its places of variation, then the editor's [[reading]] entries.
void collate_witnesses(Document& doc, const Edition& edition, const DocumentEntry& entry,
                       const std::vector<std::string>& texts, Diagnostics& diags) {
  std::vector<std::string> ids;
  for (const auto& w : entry.witnesses) ids.push_back(w.id);
  annotate_apparatus(doc, ids, entry.base_witness(), texts);
  apply_editorial_readings(doc, edition.editorial_layer, editor_id(edition), diags);
}

}  // namespace

void annotate_document(Document& doc, const Edition& edition, const DocumentEntry& entry, Diagnostics& diags,
                       const Annotators& with, StageTimes* times, const std::vector<std::string>* witnesses) {
  doc.id = entry.id;
  doc.lang = entry.language;
  // The passes, in order: each reads the model and adds to it (roles, notes, spans).
  StageTimer timer(times, Stage::Annotate);
  const std::string editor = editor_id(edition);
  apply_editorial_structure(doc, edition.editorial_layer, diags);
  recognize_structure(doc, structure_options(edition, entry, doc.lang), diags);
  link_notes(doc, note_options(edition, entry), diags);
  if (witnesses) collate_witnesses(doc, edition, entry, *witnesses, diags);  // first: the others tag inside its apps
  if (with.persons) link_persons(doc, *with.persons, edition, entry, diags);
  if (with.entities) with.entities->annotate(doc, {locate_editorial_entities(doc, edition.editorial_layer, diags)}, diags);
  annotate_dates(doc, date_options(entry), diags);
  apply_editorial_dates(doc, edition.editorial_layer, editor, diags);
  apply_editorial_changes(doc, edition.editorial_layer, editor, diags);
  report_truncations(doc, diags, edition.editorial_layer.path);
}

Document prepare_document(const SourceText& src, const Edition& edition, const DocumentEntry& entry,
                          Diagnostics& diags, const Annotators& with, StageTimes* times) {
  Document doc;
  doc.source_path = src.path;
  {
    StageTimer timer(times, Stage::Read);
    segment(src, doc, diags);
  }
  annotate_document(doc, edition, entry, diags, with, times);
  return doc;
}

std::optional<Document> read_entry(const Edition& edition, const DocumentEntry& entry, Diagnostics& diags) {
  return read_named(edition, entry,
                    {"[[document]] '" + entry.id + "'", entry.file, entry.path, entry.refused, entry.pos, entry.file_pos},
                    diags);
}

std::string guess_language(const std::vector<std::string>& lines) {
  std::size_t cyr = 0, lat = 0;
  for (const auto& l : lines) {
    for (std::size_t i = 0; i < l.size();) {
      char32_t ch = utf8::next(l, i);
      if (utf8::is_cyrillic(ch)) ++cyr;
      else if ((ch >= U'a' && ch <= U'z') || (ch >= U'A' && ch <= U'Z')) ++lat;
    }
  }
  return cyr > lat ? "ru" : "en";
}

Converted convert_entry(const Edition& edition, const DocumentEntry& entry, Diagnostics& diags,
                        const Annotators& with, StageTimes* times) {
  StageTimer timer(times, Stage::Read);
  auto doc = read_entry(edition, entry, diags);
  std::optional<std::vector<std::string>> witnesses;
  if (doc && entry.witnesses.size() >= 2 && !(witnesses = read_witnesses(edition, entry, diags))) return {};
  timer.stop();
  if (!doc) return {};
  annotate_document(*doc, edition, entry, diags, with, times, witnesses ? &*witnesses : nullptr);
  return write_converted(std::move(*doc), edition, entry, with, times);
}

Converted convert_standalone(const std::string& path, Diagnostics& diags, const Annotators& with,
                             const std::string& encoding, std::optional<SourceFormat> format) {
  DocumentEntry e;
  const std::string stem = std::filesystem::path(path).stem().string();
  std::set<std::string> taken;
  e.id = document_id_from_file(stem, taken);
  Document doc;
  doc.id = e.id;  // a reader's later call of a note refers to the note's id, which holds it
  ReadRequest request{path, encoding, format};
  request.format_option = "--format";
  if (!read_document(request, doc, diags)) return {};
  Edition ed;
  ed.title = "Editio conversion";
  ed.publisher = "Unpublished";
  ed.licence = "All rights reserved by the rights holders of the source";
  e.path = path;
  e.title = own_title(doc);
  if (e.title.empty()) e.title = stem;
  e.title_from_text = doc.metadata.title.empty();
  e.subtitle = doc.metadata.subtitle;
  for (const auto& a : doc.metadata.authors) e.author += (e.author.empty() ? "" : "; ") + a;
  std::vector<std::string> texts;
  for (const Block& b : doc.blocks) texts.push_back(b.text);
  e.language = doc.metadata.lang.empty() ? guess_language(texts) : doc.metadata.lang;
  if (with.persons) ed.editors.push_back({"editor", "The editor", "editor"});
  annotate_document(doc, ed, e, diags, with);
  return write_converted(std::move(doc), ed, e, with, nullptr);
}

}  // namespace editio
