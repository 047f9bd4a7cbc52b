// The nightly check and triage (docs/operations.md).
//
// A check re-extracts and re-analyses the whole archive with the current
// rules, so a rules change shows up the night it lands, and compares the
// findings with those of the previous check run. Only what changed is
// "fresh": cron and CI alert on fresh findings, not on the standing backlog.
//
// Triage quiets a finding for as long as its claims are a subset of the
// claims it had when it was triaged. Each run records the keys of the
// findings it reported, quiet ones excepted: so when a claim joins a triaged
// finding it is absent from the previous run and comes back fresh exactly
// once, like a finding never seen before, instead of alerting every night
// until someone triages it again.
#include <algorithm>
#include <set>

#include "app/app.h"

namespace claimtrack::app {
namespace {

std::set<std::string> claim_set(const Finding& f) {
  std::set<std::string> s(f.a.begin(), f.a.end());
  s.insert(f.b.begin(), f.b.end());
  return s;
}

bool quieted(const Finding& f, const std::map<std::string, Triage>& triaged) {
  auto t = triaged.find(f.key);
  if (t == triaged.end()) return false;
  std::set<std::string> then(t->second.claims.begin(), t->second.claims.end());
  auto now = claim_set(f);
  return std::includes(then.begin(), then.end(), now.begin(), now.end());
}

}  // namespace

CheckResult nightly_check(Store& store, const rules::RuleSet* rules, const std::string& rules_error) {
  CheckResult r;
  std::set<std::string> previous;
  if (auto runs = store.runs("check"); !runs.empty()) previous = store.run_findings(runs.back().id);

  r.problems = store.health();
  std::vector<Finding> findings;
  if (rules) {
    findings = analyze(store, *rules, /*reextract=*/true).findings;
    r.rules_hash = rules->hash;
  } else {
    // Without rules nothing can be re-analysed: report what the last analysis
    // stored, so the comparison with the previous run stays meaningful.
    r.problems.push_back("rules do not load: " + rules_error);
    findings = store.findings();
  }

  auto triaged = store.triage();
  std::vector<std::string> reported;
  std::set<std::string> now;
  for (const auto& f : findings) {
    now.insert(f.key);
    r.open.push_back(f);
    if (quieted(f, triaged)) {
      r.quiet.push_back(f.key);
      continue;
    }
    reported.push_back(f.key);
    if (!previous.count(f.key)) r.fresh.push_back(f);
  }
  for (const auto& k : previous)
    if (!now.count(k)) r.resolved.push_back(k);

  RunInfo run;
  run.kind = "check";
  run.rules_hash = r.rules_hash;
  run.documents = static_cast<int>(store.documents().size());
  run.new_count = static_cast<int>(r.fresh.size());
  run.resolved_count = static_cast<int>(r.resolved.size());
  run.open_count = static_cast<int>(r.open.size());
  run.id = r.run = store.add_run(run);
  store.set_run_findings(run.id, reported);
  store.finish_run(run);
  return r;
}

void triage(Store& store, const std::string& finding, const std::string& state, const std::string& note) {
  if (state != "acknowledged" && state != "dismissed")
    throw InputError("", "triage state must be 'acknowledged' or 'dismissed', not '" + state + "'");
  for (const auto& f : store.findings()) {
    if (f.id != finding && f.key != finding) continue;
    Triage t;
    t.key = f.key;
    t.state = state;
    t.note = note;
    auto claims = claim_set(f);
    t.claims.assign(claims.begin(), claims.end());
    // t.at is left empty: the store stamps it with the current UTC time.
    store.set_triage(t);
    return;
  }
  throw InputError("", "no finding '" + finding + "' (see claimtrack report)");
}

}  // namespace claimtrack::app
