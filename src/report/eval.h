// Evaluation against a gold file (samples/gold/*.gold.json): the same metrics,
// definitions, folding and output format as the external scorer eval/score.py,
// computed in-process from the stored documents, claims and findings.
//
// A claim matches a gold claim when it comes from the same document (claim doc
// equals the gold document id, its file name or the file name's stem) and its
// sentence contains the gold evidence, both folded with eval_fold().
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace claimtrack::report {

struct EvalMetric {
  std::string name;
  double value = 0.0;
  bool integer = false;  // a count (printed as is) rather than a ratio (printed %.3f)
};

struct EvalResult {
  std::vector<EvalMetric> metrics;  // score.py's order
  std::vector<std::string> details; // score.py --verbose lines (gold claims, conflicts, problems)
  std::vector<std::string> failed;  // failed --require conditions, "name=value (want op limit)"
  std::string summary;              // the one-line summary, "FAIL ... | " first when a condition failed
  bool ok() const { return failed.empty(); }
  // Value of a metric by name; throws std::out_of_range for an unknown name.
  double metric(const std::string& name) const;
};

// Folding of score.py: NFKC; harakat (U+064B-U+065F, U+0670), tatweel, U+200B-U+200F,
// U+2066-U+2069 and soft hyphen dropped; Arabic letter variants mapped to Persian
// (ي ى ئ -> ی, ك -> ک, أ إ آ ٱ -> ا, ۀ ة -> ه, ؤ -> و); every digit to ASCII; all
// non-word characters (punctuation, spaces, marks, underscore) removed; lowercased.
std::string eval_fold(std::string_view s);

// Scores `claims` (sentences taken from `docs` through Claim::sentence_span) and
// `findings` against the gold file. `require` is a comma-separated list of
// conditions "metric OP number", OP one of >= <= == > <; failures are listed in
// `failed`. Throws InputError(gold_path, ...) for an unreadable or malformed gold
// file, InputError("--require", ...) for an unknown metric or malformed condition,
// and InputError("findings", ...) when a finding names a claim not in `claims`.
EvalResult evaluate_with_docs(const std::string& gold_path, const std::vector<Document>& docs,
                              const std::vector<Claim>& claims, const std::vector<Finding>& findings,
                              const std::string& require);

// What score.py prints: with `verbose` the detail lines, then one "name: value"
// line per metric, then the summary. Every line ends with '\n'.
std::string eval_text(const EvalResult& r, bool verbose);

}  // namespace claimtrack::report
