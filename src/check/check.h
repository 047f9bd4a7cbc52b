// Check: sets the claims about each event against each other with the
// conflict table of rules/all/conflicts.tsv.
//
// One finding per (event, rule): every claim on side a that has at least one
// valid partner on side b, and vice versa. A pair is valid when the claims
// come from different sentences, fit the rule's scope (cross/same outlet) and
// time window, and no status in the rule's `unless` list, stated no later than
// the b claim, explains the pair away. Severity drops to low when either side
// is only hedged claims; a rule with same_side=reversal reports a reversal
// (low) when every claim on both sides speaks for the same side. Each side
// counts its independent origins (link::Provenance). Pure function.
#pragma once

#include <vector>

#include "link/link.h"
#include "model/model.h"
#include "rules/rules.h"

namespace claimtrack::check {

std::vector<Finding> find_conflicts(const std::vector<Claim>& claims, const std::vector<Event>& events,
                                    const rules::RuleSet& rules, const link::Provenance& provenance);

}  // namespace claimtrack::check
