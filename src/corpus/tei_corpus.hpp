#pragma once
// The whole edition as one TEI file (output/tei/edition-corpus.xml), for
// archives and publishing systems that ingest an edition as a <teiCorpus>:
// the edition's teiHeader, then the <TEI> of every document as it was
// written to tei/<id>.xml. The per-document files are not touched: each
// stays self-contained.
//
// Why the documents change inside the corpus: each document's TEI repeats
// what all documents share (the editors, xml:id="ed"; the responsibilities;
// its own copy of every person it mentions), so a plain concatenation has
// the same xml:id many times. An element that is the same entity in every
// document that has it (an editor or respStmt of the titleStmt, a person or
// personGrp of particDesc/listPerson, an org of particDesc/listOrg, a place
// of settingDesc/listPlace, with the same xml:id and the same content:
// copied from the same manifest, personography or gazetteer entry) goes once
// into the corpus header, and each TEI drops its copy; its pointers ("#ed")
// then resolve there. Every other xml:id is the document's own: it keeps its
// value when it already starts with the document id ("<id>-p3", the TEI's
// own "<id>") and is prefixed "<id>-" when not (a copy of a person whose
// entry differs from the header's, a calendar), and if the value is still
// taken, suffixed "-2", "-3"...; every pointer of the document to it
// (a '#' token in any TEI pointer attribute: @ref, @target, @resp, @corresp,
// @who, ...) is rewritten with the same map. So every xml:id of the file is
// unique and every pointer that resolved in the document resolves in the
// corpus, to the same entity.
//
// Made from the TEI each document WROTE (as edition.xml and the register),
// never from the model: a reused document and a rebuilt one give the same
// corpus. Each file is read twice (once to gather the header, once to copy
// it), one at a time, so memory holds one document and the header, not the
// edition.
#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "edition/manifest.hpp"
#include "tei/serialize.hpp"

namespace editio {

// The corpus's file name, beside the documents' TEI (tei/).
inline constexpr const char* kTeiCorpusFile = "edition-corpus.xml";

// Gives the written TEI of the corpus's document `i` in `tei`; false with
// `why` when it cannot be read.
using ReadWrittenTei = std::function<bool(std::size_t i, std::string& tei, std::string& why)>;

// What went into a corpus, for the build's log.
struct CorpusSummary {
  std::size_t documents = 0;  // <TEI> elements
  std::size_t persons = 0;    // persons and groups in the header's listPerson
  std::size_t orgs = 0;       // organisations in the header's listOrg
  std::size_t places = 0;     // places in the header's listPlace
  std::size_t renamed = 0;    // xml:ids given a new value
};

// Writes to `out` the corpus of `count` documents (at least one), each read
// with `read`, in that order: the XML declaration and the first document's
// processing instructions (its <?xml-model?>, which name the schemas
// relatively: the corpus lies beside the documents), then
// <teiCorpus xml:lang="edition.language"> with the header (the edition's
// title and subtitle; the shared editors and responsibilities; the first
// document's editionStmt, and its publicationStmt without the document's
// idno; the shared persons, organisations and places) and each document's
// TEI, indented one level.
// False with `why` (naming the document by its index's reader) when a
// document cannot be read or is not a TEI document; `out` then holds a part.
bool write_tei_corpus(const Edition& edition, std::size_t count, const ReadWrittenTei& read, const TextSink& out,
                      CorpusSummary& summary, std::string& why);

// The corpus of the TEI files at `tei_paths`, written atomically at `path`
// (util/fs AtomicFile): nothing is left at `path` half-written, and when it
// fails (with `why`) the file that was there is removed, as it would stand
// for other texts.
bool write_tei_corpus_file(const std::string& path, const Edition& edition, const std::vector<std::string>& tei_paths,
                           CorpusSummary& summary, std::string& why);

}  // namespace editio
