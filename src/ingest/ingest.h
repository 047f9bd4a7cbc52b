// Ingest: turns files into Documents ready for extraction.
//
// Accepted inputs: a directory (its *.txt files, described by an optional
// manifest.json beside them, and its *.jsonl files; sub-directories are
// walked), a single .txt file, or a .jsonl file of news-please articles
// (title, maintext, date_publish, language, source_domain, url; optional id).
// Other files in a directory are ignored.
//
// Every document gets: id (manifest id, JSON id, else the file name / file
// stem plus line), a language (given, else detected from its script and
// letters), page furniture marked, and a content hash.
//
// Errors: each bad input (missing path, empty or binary file, invalid UTF-8,
// malformed manifest or JSON line, unsupported language) becomes one message
// "path[:line]: ..." in `errors`; the good inputs are still returned.
#pragma once

#include <string>
#include <vector>

#include "model/model.h"
#include "rules/rules.h"

namespace claimtrack::ingest {

struct Result {
  std::vector<Document> documents;
  std::vector<std::string> errors;
};

Result read_paths(const std::vector<std::string>& paths, const rules::RuleSet& rules);

// Fills language (if empty), furniture and hash. Throws InputError.
void prepare(Document& doc, const rules::RuleSet& rules);

}  // namespace claimtrack::ingest
