// Use cases behind the CLI: ingest, analyse, the nightly check and triage.
// Each takes an open Store and loaded rules; errors are InputError (bad input,
// bad database) and leave the store as it was before the failing document.
#pragma once

#include <string>
#include <vector>

#include "model/model.h"
#include "rules/rules.h"
#include "store/store.h"

namespace claimtrack::app {

struct IngestStats {
  int documents = 0;  // stored (new or changed)
  int unchanged = 0;  // already stored with the same content hash
  int claims = 0;
  std::vector<std::string> errors;  // "path[:line]: message", one per rejected input
};

// Reads files and directories (see ingest/ingest.h), extracts claims, stores
// each document in its own transaction, then re-analyses the store. Bad inputs
// are reported in `errors` and skipped; the others are stored.
IngestStats ingest(Store& store, const rules::RuleSet& rules, const std::vector<std::string>& paths);

struct Analysis {
  std::vector<Claim> claims;
  std::vector<Event> events;
  std::vector<Finding> findings;
};
// Links all stored claims into events and checks them for conflicts with the
// current rules; with `reextract`, first re-extracts every stored document.
// Stores events and findings (one transaction) and returns them.
Analysis analyze(Store& store, const rules::RuleSet& rules, bool reextract = false);

// The nightly consistency check (docs/operations.md).
struct CheckResult {
  int run = 0;
  std::vector<Finding> fresh;      // new since the previous check, not quieted by triage
  std::vector<Finding> open;       // still present (including fresh and triaged ones)
  std::vector<std::string> resolved;  // keys present at the previous check, gone now
  std::vector<std::string> quiet;     // keys of open findings quieted by triage
  std::vector<std::string> problems;  // store health and rule problems: exit 2
  std::string rules_hash;
};
// Re-extracts and re-analyses with `rules` (null when the rules failed to load:
// `rules_error` says why and is reported as a problem), checks the store's
// health, compares with the previous check run and records this one.
CheckResult nightly_check(Store& store, const rules::RuleSet* rules, const std::string& rules_error);

// Marks a finding (by id or key) acknowledged or dismissed with a note. It stays
// quiet in later checks until a claim joins either of its sides. Throws
// InputError when no such finding exists.
void triage(Store& store, const std::string& finding, const std::string& state, const std::string& note);

}  // namespace claimtrack::app
