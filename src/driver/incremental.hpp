#pragma once
// Incremental builds. A document's outputs are reused when the hash of
// everything they were made from is the one recorded when they were written:
// its source text and manifest id, and the inputs all documents share (the
// editio program itself, the manifest, the editor's layer, the personography,
// the schemas, the stylesheets, the formats asked for). The record is
// <out>/.editio/state/<id>.state, written after the document's last output;
// a document that failed has none, so it is built again.
#include <cstddef>
#include <string>
#include <vector>

namespace editio {

struct BuildOptions;
struct DocumentEntry;
struct Edition;

// The hash of the inputs every document shares.
std::string common_inputs_key(const BuildOptions& options, const Edition& edition, const std::string& manifest_path);

// The hash of one document's inputs: the common key, its id and its source text.
std::string document_key(const std::string& common_key, const DocumentEntry& entry);

struct DocumentState {
  std::string key;
  std::size_t notes = 0, paragraphs = 0, warnings = 0;
};

// False when there is no readable record (or it is from another format).
bool read_state(const std::string& path, DocumentState& state);

// Whether the record at `path` says the outputs were made from `key` and
// every one of them still exists; `state`, when given, receives the record.
bool outputs_current(const std::string& path, const std::string& key, const std::vector<std::string>& outputs,
                     DocumentState* state = nullptr);
bool write_state(const std::string& path, const DocumentState& state, std::string& why);
void remove_state(const std::string& path);

bool all_exist(const std::vector<std::string>& files);

}  // namespace editio
