// Link: event coreference across documents and languages, and provenance.
//
// link_events groups the claims' event mentions into events. Two mentions can
// be the same event only when nothing about them disagrees: kind class
// (in-person meeting/summit/visit, call, talks), level (leaders vs officials),
// place, participants (each side naming someone the other lacks), sides, phase
// (held vs pending) and time (explicit dates, else the dates the claims were
// made). Among compatible events the one sharing most features wins.
// Deterministic: the result depends only on the claims and their order.
//
// Provenance is a Boost.Graph of who re-reports whom: outlet -> outlet edges
// from each document's via chain, claim -> origin. origin_of() names the
// original source a claim reaches the reader through, so five outlets
// repeating one anonymous official count as one origin.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "model/model.h"
#include "rules/rules.h"

namespace claimtrack::link {

// Sets claim.event for every claim and returns the events, ids "E-<first claim id>".
std::vector<Event> link_events(std::vector<Claim>& claims, const rules::RuleSet& rules);

class Provenance {
 public:
  explicit Provenance(const std::vector<Document>& docs);
  ~Provenance();
  // "<speaker id>@<original outlet>": the speaker and the outlet at the end of
  // the claim's re-reporting chain (the publishing outlet when there is none).
  std::string origin_of(const Claim& c) const;
  // Outlet re-reporting edges (from, to), for the export.
  std::vector<std::pair<std::string, std::string>> chains() const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrack::link
