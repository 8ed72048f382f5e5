#include "read/front_matter.hpp"

#include <yaml.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "util/utf8.hpp"

namespace editio {
namespace {

std::string_view trim_end(std::string_view s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  return s;
}

// The index of the line that closes the front matter opened on line 1, or 0.
std::size_t closing_line(const SourceText& src) {
  for (std::size_t i = 1; i < src.lines.size(); ++i) {
    const std::string_view l = trim_end(src.lines[i]);
    if (l == "---" || l == "...") return i;
  }
  return 0;
}

// Where a libyaml mark (0-based line and column, in characters, of the YAML
// that starts on the file's line 2) stands in the file.
SourcePos file_pos(const yaml_mark_t& m) {
  return {static_cast<std::uint32_t>(m.line + 2), static_cast<std::uint32_t>(m.column + 1)};
}

// A libyaml document, loaded from the front matter's text; freed with it.
struct YamlDocument {
  yaml_parser_t parser{};
  yaml_document_t doc{};
  bool loaded = false;

  explicit YamlDocument(const std::string& text) {
    yaml_parser_initialize(&parser);
    yaml_parser_set_input_string(&parser, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    loaded = yaml_parser_load(&parser, &doc) != 0;
  }
  ~YamlDocument() {
    if (loaded) yaml_document_delete(&doc);
    yaml_parser_delete(&parser);
  }
  YamlDocument(const YamlDocument&) = delete;
  YamlDocument& operator=(const YamlDocument&) = delete;

  yaml_node_t* node(int index) { return yaml_document_get_node(&doc, index); }
  static std::string scalar(const yaml_node_t* n) {
    if (!n || n->type != YAML_SCALAR_NODE) return {};
    return std::string(utf8::trim(std::string_view(reinterpret_cast<const char*>(n->data.scalar.value),
                                                    n->data.scalar.length)));
  }
};

// "malformed YAML front matter: <what libyaml says>" at the problem's place.
void report_syntax(const YamlDocument& y, const std::string& path, Diagnostics& diags) {
  std::string what = y.parser.problem ? y.parser.problem : "cannot be read";
  if (y.parser.context)
    what += std::string(" (") + y.parser.context + ", line " + std::to_string(file_pos(y.parser.context_mark).line) +
            ")";
  diags.error(path, file_pos(y.parser.problem_mark),
              "malformed YAML front matter: " + what +
                  "; the front matter is left out of the text: fix the YAML (quote a value that holds \": \" or "
                  "starts with a special character)");
}

// The authors of `author:` or `authors:`: a text, or a list of texts or of
// mappings with a `name`.
std::vector<std::string> authors(YamlDocument& y, const yaml_node_t* value) {
  if (value->type == YAML_SCALAR_NODE) return {YamlDocument::scalar(value)};
  std::vector<std::string> out;
  if (value->type != YAML_SEQUENCE_NODE) return out;
  for (auto* i = value->data.sequence.items.start; i < value->data.sequence.items.top; ++i) {
    yaml_node_t* item = y.node(*i);
    if (item && item->type == YAML_MAPPING_NODE) {
      for (auto* p = item->data.mapping.pairs.start; p < item->data.mapping.pairs.top; ++p)
        if (YamlDocument::scalar(y.node(p->key)) == "name") item = y.node(p->value);
    }
    if (std::string a = YamlDocument::scalar(item); !a.empty()) out.push_back(a);
  }
  return out;
}

// Takes one key's value into the metadata; false when Editio does not use the key.
bool take(YamlDocument& y, const std::string& key, const yaml_node_t* value, SourceMetadata& meta,
          const std::string& path, Diagnostics& diags) {
  std::string* field = key == "title"                       ? &meta.title
                       : key == "subtitle"                  ? &meta.subtitle
                       : key == "date"                      ? &meta.date
                       : key == "lang" || key == "language" ? &meta.lang
                                                            : nullptr;
  if (field) {
    if (value->type == YAML_SCALAR_NODE)
      *field = YamlDocument::scalar(value);
    else
      diags.warning(path, file_pos(value->start_mark),
                    "front matter: `" + key + "` should be a text (key: value); it is not used");
    return true;
  }
  if (key == "author" || key == "authors") {
    meta.authors = authors(y, value);
    if (meta.authors.empty())
      diags.warning(path, file_pos(value->start_mark),
                    "front matter: `" + key + "` should be a name or a list of names; it is not used");
    return true;
  }
  return false;
}

// Reads the keys of the root mapping; those not used are noted and listed in left_out.
void read_keys(YamlDocument& y, yaml_node_t* root, Document& doc, Diagnostics& diags) {
  std::vector<std::string> unused;
  for (auto* p = root->data.mapping.pairs.start; p < root->data.mapping.pairs.top; ++p) {
    const std::string key = YamlDocument::scalar(y.node(p->key));
    const yaml_node_t* value = y.node(p->value);
    if (!value || !take(y, key, value, doc.metadata, doc.source_path, diags))
      unused.push_back(key.empty() ? "?" : key);
  }
  if (unused.empty()) return;
  std::string list;
  for (const auto& k : unused) list += (list.empty() ? "" : ", ") + k;
  diags.note(doc.source_path, doc.metadata.pos,
             "front matter keys not used: " + list +
                 " (Editio reads title, subtitle, author or authors, date, lang or language)");
  const char* keys = unused.size() == 1 ? " front-matter key (" : " front-matter keys (";
  doc.left_out.push_back(std::to_string(unused.size()) + keys + list + ")");
}

}  // namespace

// A "---" that nothing closes is read as Markdown (a thematic break, then
// text), with a warning: without a closing line nothing tells where metadata
// would end, and leaving the whole file out of the text would lose it.
std::size_t read_front_matter(const SourceText& src, Document& doc, Diagnostics& diags) {
  if (src.lines.empty() || trim_end(src.lines[0]) != "---") return 0;
  const std::size_t close = closing_line(src);
  if (close == 0) {
    diags.warning(src.path, {1, 1},
                  "the first line \"---\" opens a YAML front matter that no \"---\" or \"...\" line closes: the "
                  "file is read as Markdown text; close the front matter, or begin the file with a blank line if "
                  "the \"---\" is a rule");
    return 0;
  }
  doc.metadata.pos = {1, 1};
  std::string text;
  for (std::size_t i = 1; i < close; ++i) text += src.lines[i] + "\n";
  YamlDocument y(text);
  if (!y.loaded) {
    report_syntax(y, src.path, diags);
    return close + 1;
  }
  yaml_node_t* root = yaml_document_get_root_node(&y.doc);
  if (!root) return close + 1;  // empty front matter
  if (root->type != YAML_MAPPING_NODE) {
    diags.error(src.path, file_pos(root->start_mark),
                "the YAML front matter is not a list of \"key: value\" lines; it is left out of the text (if the "
                "lines between the \"---\" lines are text, begin the file with a blank line)");
    return close + 1;
  }
  read_keys(y, root, doc, diags);
  return close + 1;
}

}  // namespace editio
