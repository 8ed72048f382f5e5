// Validator::validate_corpus_file: a <teiCorpus> validated one TEI at a time
// (check/validator.hpp). What the whole file's validation checks across its
// TEIs, and how the pieces keep it:
//   - xml:ids are unique in the file: the first pass registers every xml:id
//     (libxml2's parser reports a repeated one, "ID ... already defined", at
//     its line, as when the whole file is parsed), and editio-unique-ids
//     finds the first element with a value in the whole file's index;
//   - pointers (#id) resolve anywhere in the file: id() is answered from the
//     index (an element of the header or of the piece's TEI itself; for
//     another TEI's, a stand-in of the same kind: person, place, witness...);
//   - the header is part of each piece (its ids and pointers), and its own
//     problems, like those of <teiCorpus> itself (its content model:
//     teiHeader then TEI+), are reported with the first piece only.
// The pieces are small documents teiCorpus(teiHeader copy, one TEI copy),
// their nodes at the lines of the file.
#include <libxml/parser.h>
#include <libxml/valid.h>
#include <libxml/xmlreader.h>

#include <cstdint>
#include <fstream>
#include <unordered_map>
#include <vector>

#include "check/validator.hpp"

namespace editio {
namespace {

const xmlChar* const kTeiNs = BAD_CAST "http://www.tei-c.org/ns/1.0";

// What the native Schematron asks of an element another TEI holds.
enum class Kind : std::uint8_t { Other, Person, PersonGrp, Place, Org, Witness, ListedWitness };

Kind kind_of(xmlNodePtr n) {
  if (is_tei_element(n, "witness")) return is_tei_element(n->parent, "listWit") ? Kind::ListedWitness : Kind::Witness;
  static const std::pair<const char*, Kind> kinds[] = {
      {"person", Kind::Person}, {"personGrp", Kind::PersonGrp}, {"place", Kind::Place}, {"org", Kind::Org}};
  for (const auto& [name, kind] : kinds)
    if (is_tei_element(n, name)) return kind;
  return Kind::Other;
}

// The first element with each xml:id: the top-level child of <teiCorpus> it
// is in (0 the first) and its kind.
constexpr std::size_t kEveryPart = static_cast<std::size_t>(-1);  // the root's own id: in every piece
struct IdEntry {
  std::size_t part;
  Kind kind;
};
using IdIndex = std::unordered_map<std::string, IdEntry>;

std::string xml_id(xmlNodePtr n) {
  xmlChar* v = xmlGetNsProp(n, BAD_CAST "id", XML_XML_NAMESPACE);
  std::string s = v ? reinterpret_cast<const char*>(v) : "";
  xmlFree(v);
  return s;
}

// Parser options for the file: safe_parse_options() of its beginning (where
// a DOCTYPE would be), lines past 65535 kept.
int reader_options(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string head(64 * 1024, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  return safe_parse_options(head) | XML_PARSE_BIG_LINES;
}

// Reads the file through, calling `element(node, part)` at each element's
// start (part: the index of its top-level child of the root, -1 for the
// root). Returns false when the file is not well-formed.
template <class Element>
bool stream_elements(const std::string& path, int options, Element element) {
  xmlTextReaderPtr r = xmlReaderForFile(path.c_str(), nullptr, options);
  if (!r) return false;
  long part = -1;
  int rc;
  while ((rc = xmlTextReaderRead(r)) == 1) {
    if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT) continue;
    if (xmlTextReaderDepth(r) == 1) ++part;
    element(xmlTextReaderCurrentNode(r), part);
  }
  xmlFreeTextReader(r);
  return rc == 0;
}

// The stand-ins for elements of other TEIs, one per xml:id, in a document
// of their own.
class StandIns {
 public:
  StandIns() : doc_(xmlNewDoc(BAD_CAST "1.0")) {
    xmlNodePtr root = xmlNewDocNode(doc_, nullptr, BAD_CAST "standIns", nullptr);
    xmlDocSetRootElement(doc_, root);
    ns_ = xmlNewNs(root, kTeiNs, nullptr);
  }
  ~StandIns() { xmlFreeDoc(doc_); }
  StandIns(const StandIns&) = delete;
  StandIns& operator=(const StandIns&) = delete;

  xmlNodePtr get(const std::string& id, Kind kind) {
    auto [it, fresh] = made_.emplace(id, nullptr);
    if (!fresh) return it->second;
    static const char* const names[] = {"ab", "person", "personGrp", "place", "org", "witness", "witness"};
    xmlNodePtr parent = xmlDocGetRootElement(doc_);
    if (kind == Kind::ListedWitness) parent = xmlNewChild(parent, ns_, BAD_CAST "listWit", nullptr);
    it->second = xmlNewChild(parent, ns_, BAD_CAST names[static_cast<int>(kind)], nullptr);
    return it->second;
  }

  // Registers in `piece` the xml:id `id`, which an element of another TEI
  // has first, as its stand-in's: the piece's own element with that value
  // is then a repeated ID, for the grammar (xsd:ID) as in the whole file.
  void take_id(xmlDocPtr piece, const std::string& id, Kind kind) {
    xmlNodePtr e = get(id, kind);
    if (!e->properties) xmlNewNsProp(e, xmlSearchNsByHref(doc_, e, XML_XML_NAMESPACE), BAD_CAST "id", BAD_CAST id.c_str());
    xmlAddID(nullptr, piece, BAD_CAST id.c_str(), e->properties);
  }

 private:
  xmlDocPtr doc_;
  xmlNsPtr ns_;
  std::unordered_map<std::string, xmlNodePtr> made_;
};

// Copies `from` (a subtree of the file) under `parent` in another document,
// each node at its line in the file (lines past 65535 are kept on text
// nodes, which xmlDocCopyNode leaves out).
void copy_under(xmlNodePtr parent, xmlNodePtr from) {
  xmlNodePtr to = xmlDocCopyNode(from, parent->doc, 1);
  xmlAddChild(parent, to);
  for (xmlNodePtr a = from, b = to; a && b;) {
    if (a->type == XML_TEXT_NODE) {
      b->line = a->line;
      b->psvi = a->psvi;
    }
    if (a->children && b->children && a->type == XML_ELEMENT_NODE) {
      a = a->children;
      b = b->children;
      continue;
    }
    while (a != from && !a->next) {
      a = a->parent;
      b = b->parent;
    }
    if (a == from) break;
    a = a->next;
    b = b->next;
  }
}

// Calls `visit` on each element of the subtree `top`, in document order.
template <class Visit>
void walk(xmlNodePtr top, Visit visit) {
  for (xmlNodePtr n = top; n;) {
    if (n->type == XML_ELEMENT_NODE) visit(n);
    if (n->children && n->type == XML_ELEMENT_NODE) {
      n = n->children;
      continue;
    }
    while (n != top && !n->next) n = n->parent;
    if (n == top) break;
    n = n->next;
  }
}

// Whether `n` lies in the subtree of `top`.
bool inside(xmlNodePtr n, xmlNodePtr top) {
  for (; n; n = n->parent)
    if (n == top) return true;
  return false;
}

void ignore_error(void*, xmlErrorPtr) {}

}  // namespace

bool Validator::is_tei_corpus_file(const std::string& path) {
  xmlTextReaderPtr r = xmlReaderForFile(path.c_str(), nullptr, XML_PARSE_NONET);
  if (!r) return false;
  xmlSetStructuredErrorFunc(nullptr, ignore_error);
  bool corpus = false;
  while (xmlTextReaderRead(r) == 1) {
    if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT) continue;
    corpus = is_tei_element(xmlTextReaderCurrentNode(r), "teiCorpus");
    break;
  }
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  xmlFreeTextReader(r);
  return corpus;
}

namespace {

// One teiCorpus(header copy, one top-level child copy) validated after the
// other. The first piece has the whole header, whose problems it reports;
// the others a short copy (each run of list entries down to its first), so
// that a piece costs its TEI, not the edition's register: the header's other
// ids are then answered by the index, like another TEI's.
class CorpusPieces {
 public:
  CorpusPieces(const Validator& v, const std::string& path, const IdIndex& ids, Diagnostics& diags)
      : v_(v), path_(path), ids_(ids), diags_(diags) {}
  ~CorpusPieces() {
    if (short_doc_) xmlFreeDoc(short_doc_);
  }
  CorpusPieces(const CorpusPieces&) = delete;
  CorpusPieces& operator=(const CorpusPieces&) = delete;

  // The first top-level child, when it is the header: kept for every piece.
  void keep_header(xmlNodePtr header) { header_ = header; }

  // `child` (null: none) is the top-level child number `part`.
  void validate(xmlNodePtr child, std::size_t part) {
    const bool first = pieces_++ == 0;
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlSetStructuredErrorFunc(nullptr, ignore_error);  // the file's repeated ids: said by its parser
    xmlNodePtr root = xmlDocCopyNode((header_ ? header_ : child)->parent, doc, 2);
    xmlDocSetRootElement(doc, root);
    xmlNodePtr header = nullptr;
    if (header_) {
      copy_under(root, first ? header_ : short_header());
      header = xmlGetLastChild(root);
    }
    StandIns stand_ins;
    if (child) {
      take_ids_of_elsewhere(doc, child, part, stand_ins);
      copy_under(root, child);
    }
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    Validator::Piece piece;
    piece.keep = [&](xmlNodePtr n) { return first || (n && n != root && !(header && inside(n, header))); };
    // Without a leading header the grammar fails at the first child of
    // teiCorpus, and stops there: nothing more to say after the first piece.
    piece.grammar = first || header_;
    piece.resolve = [&](const std::string& id) -> xmlNodePtr {
      auto it = ids_.find(id);
      if (it == ids_.end()) return nullptr;
      xmlAttrPtr a = xmlGetID(doc, BAD_CAST id.c_str());
      return a && a->type == XML_ATTRIBUTE_NODE ? a->parent : stand_ins.get(id, it->second.kind);
    };
    v_.validate_tree(doc, path_, diags_, piece);
    xmlFreeDoc(doc);
  }

  // A teiCorpus of a header alone: validated so that the grammar says what is missing.
  void finish() {
    if (pieces_ == 0 && header_) validate(nullptr, 0);
  }

 private:
  // Each xml:id of `child` that an element outside the piece has first
  // (another TEI's, one of the header left out) is taken by a stand-in, so
  // that the piece's element with it is a repeated ID, as in the file.
  void take_ids_of_elsewhere(xmlDocPtr doc, xmlNodePtr child, std::size_t part, StandIns& stand_ins) const {
    walk(child, [&](xmlNodePtr n) {
      const std::string id = xml_id(n);
      auto it = id.empty() ? ids_.end() : ids_.find(id);
      if (it != ids_.end() && it->second.part != part && !xmlGetID(doc, BAD_CAST id.c_str()))
        stand_ins.take_id(doc, id, it->second.kind);
    });
  }

  // The header without the entries of a list after the first (an element
  // with an xml:id whose previous sibling has the same name).
  xmlNodePtr short_header() {
    if (short_doc_) return xmlDocGetRootElement(short_doc_)->children;
    short_doc_ = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr holder = xmlNewDocNode(short_doc_, nullptr, BAD_CAST "holder", nullptr);
    xmlDocSetRootElement(short_doc_, holder);
    copy_under(holder, header_);
    std::vector<xmlNodePtr> left_out;
    walk(holder->children, [&](xmlNodePtr n) {
      xmlNodePtr before = xmlPreviousElementSibling(n);
      if (before && xmlStrEqual(before->name, n->name) && !xml_id(n).empty()) left_out.push_back(n);
    });
    for (auto n = left_out.rbegin(); n != left_out.rend(); ++n) {  // the innermost first
      xmlUnlinkNode(*n);
      xmlFreeNode(*n);
    }
    return holder->children;
  }

  const Validator& v_;
  const std::string& path_;
  const IdIndex& ids_;
  Diagnostics& diags_;
  xmlNodePtr header_ = nullptr;
  xmlDocPtr short_doc_ = nullptr;
  std::size_t pieces_ = 0;
};

}  // namespace

bool Validator::validate_corpus_file(const std::string& path, Diagnostics& diags) const {
  // A pattern libxml2 evaluates (a user's own) sees only its piece: the whole file then.
  if (libxml2_patterns() > 0) return validate_file(path, diags);
  const std::size_t before = diags.errors();
  const int options = reader_options(path);
  IdIndex ids;
  // First pass: the parser's own problems (well-formedness, repeated ids), and the index of ids.
  bool well_formed;
  {
    XmlErrorsTo errors(diags, path);
    well_formed = stream_elements(path, options, [&](xmlNodePtr n, long part) {
      std::string id = xml_id(n);
      if (!id.empty()) ids.emplace(std::move(id), IdEntry{part < 0 ? kEveryPart : static_cast<std::size_t>(part), kind_of(n)});
    });
  }
  if (!well_formed) {
    if (diags.errors() == before) diags.error(path, {}, "XML: the document is not well-formed");
    return false;
  }
  // Second pass: each top-level child, expanded, then skipped (the reader frees it).
  xmlTextReaderPtr r = xmlReaderForFile(path.c_str(), nullptr, options);
  if (!r) return false;
  CorpusPieces pieces(*this, path, ids, diags);
  xmlSetStructuredErrorFunc(nullptr, ignore_error);  // said by the first pass
  std::size_t part = 0;
  int rc = xmlTextReaderRead(r);
  while (rc == 1) {
    if (xmlTextReaderNodeType(r) != XML_READER_TYPE_ELEMENT || xmlTextReaderDepth(r) != 1) {
      rc = xmlTextReaderRead(r);
      continue;
    }
    xmlNodePtr child = xmlTextReaderExpand(r);
    if (!child) break;
    xmlSetStructuredErrorFunc(nullptr, nullptr);
    if (part == 0 && is_tei_element(child, "teiHeader")) pieces.keep_header(xmlTextReaderPreserve(r));
    else pieces.validate(child, part);
    xmlSetStructuredErrorFunc(nullptr, ignore_error);
    ++part;
    rc = xmlTextReaderNext(r);
  }
  xmlSetStructuredErrorFunc(nullptr, nullptr);
  pieces.finish();
  xmlFreeTextReader(r);
  return diags.errors() == before;
}

}  // namespace editio
