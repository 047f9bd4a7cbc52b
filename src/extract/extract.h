// Extraction: attributed status claims from one document.
//
// For every sentence of the article body: match the language's lexicons, find
// the status words, and for each one decide the event it is about (kind,
// participants, level, sides, place, date), who says it (speaker, channel,
// via), whether it is negated or hedged, and when it was said.
//
// requires: doc.lang names a language of `rules`; doc.body_end and
//           doc.dropped are set (ingest does it).
// ensures:  claims are in document order, ids "<doc>-<sentence>.<k>" (both from 1),
//           spans inside doc.text, rule = the status entry's "lang/file:line".
// thread safety: pure function of its arguments; `rules` is only read.
#pragma once

#include <vector>

#include "model/model.h"
#include "rules/rules.h"

namespace claimtrack::extract {

struct Options {
  int focus_sentences = 2;   // how far back a status without an event noun may look for its event
  int speaker_sentences = 2; // how far back "he said" / an agentless verb looks for its speaker
  int outlet_sentences = 3;  // how far back "the newspaper said" looks for the outlet it names
  int after_window = 7;      // words after a speech verb where its subject may stand (VSO: "قال ترامب", "заявил пресс-секретарь Дмитрий Песков")
  int hedge_window = 4;      // words around a status cue where a hedge applies
  int negation_before = 1;   // words between a "before" negator and its status cue (negation.tsv window= overrides)
  int negation_after = 20;   // words between a status cue and an "after" negator (verb-final clauses)
  int channel_window = 6;    // words after a channel marker where its outlet or source stands
};

std::vector<Claim> extract_claims(const Document& doc, const rules::RuleSet& rules,
                                  const Options& opt = Options{});

// Marks page furniture: sets doc.body_end and doc.dropped from furniture.tsv.
void mark_furniture(Document& doc, const rules::RuleSet& rules);

}  // namespace claimtrack::extract
