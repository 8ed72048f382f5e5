#pragma once
// xml:ids made from names an editor did not choose: a document's from its
// file name, a person's from a name the texts use (`editio init`, `editio
// convert`, the starter personography).
#include <set>
#include <string>
#include <string_view>

namespace editio {

// `name` as an XML name (NCName): letters, digits and '_' kept in
// any script; a lone '.' between them kept ("v1.2"); every other run of
// characters (spaces, punctuation, "-") one '-', none at either end; at most
// kMaxIdBytes bytes. `prefix` goes before a result that would not start as a
// name must ("1920-letter" -> "d-1920-letter") and is the whole id when
// nothing is left ("d").
std::string xml_id_from(std::string_view name, std::string_view prefix);

// `base`, or `base-2`, `base-3`... the first not in `taken`; added to it.
std::string unique_id(const std::string& base, std::set<std::string>& taken);

// A document's id from its file's stem: xml_id_from(stem, "d-"), "d-" also
// before an id that would name one of the edition's own files ("index"),
// and unique among `taken`, to which it is added.
std::string document_id_from_file(std::string_view stem, std::set<std::string>& taken);

}  // namespace editio
