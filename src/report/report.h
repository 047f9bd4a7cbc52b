// Outputs: claims (text, JSON Lines), the contradiction report (text, JSON),
// the Graphviz export, JUnit XML for the nightly check, and the evaluation
// against a gold file. All functions are pure: they format what they are given.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "app/app.h"
#include "model/model.h"

namespace claimtrack::report {

// One JSON object per line: id, doc, sentence, span, evidence, speaker,
// speaker_id, speaker_type, cue, channel, outlet, via, event, event_label,
// status, polarity, modality, as_of, rule, confidence (docs/formats.md).
std::string claims_jsonl(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                         const std::vector<Event>& events);
std::string claims_text(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                        const std::vector<Event>& events, bool isolate);

// {"conflicts": [{id, event, event_label, kind, severity, explanation, rule,
// a, b, origins_a, origins_b}]}
std::string report_json(const std::vector<Finding>& findings);
// Human-readable; `isolate` wraps right-to-left runs in Unicode isolates.
std::string report_text(const std::vector<Finding>& findings, const std::vector<Claim>& claims, bool isolate);

struct ExportFilter {
  std::string event;   // only this event id
  std::string since;   // only claims as_of >= this date
  std::string outlet;  // only claims published by or reaching us via this outlet
};
// Graphviz DOT: one cluster per event, claim nodes, outlet nodes, provenance
// (dashed), contradiction (red, bold, rule id) and support edges.
std::string export_dot(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                       const std::vector<Event>& events, const std::vector<Finding>& findings,
                       const ExportFilter& filter);

std::string check_text(const app::CheckResult& r, bool isolate);
std::string check_json(const app::CheckResult& r);
std::string check_junit(const app::CheckResult& r);

}  // namespace claimtrack::report
