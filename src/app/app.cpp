#include "app/app.h"

#include <map>

#include "check/check.h"
#include "extract/extract.h"
#include "ingest/ingest.h"
#include "link/link.h"

namespace claimtrack::app {

IngestStats ingest(Store& store, const rules::RuleSet& rules, const std::vector<std::string>& paths) {
  IngestStats st;
  ingest::Result in = ingest::read_paths(paths, rules);
  st.errors = std::move(in.errors);
  RunInfo run;
  run.kind = "ingest";
  run.rules_hash = rules.hash;
  run.id = store.add_run(run);
  for (const Document& d : in.documents) {
    if (store.document_hash(d.id) == d.hash) {
      ++st.unchanged;
      continue;
    }
    std::vector<Claim> claims = extract::extract_claims(d, rules);
    store.put_document(d, claims);  // one transaction per document
    ++st.documents;
    st.claims += static_cast<int>(claims.size());
  }
  if (st.documents > 0) analyze(store, rules);
  run.documents = st.documents;
  store.finish_run(run);
  return st;
}

Analysis analyze(Store& store, const rules::RuleSet& rules, bool reextract) {
  Analysis a;
  std::vector<Document> docs = store.documents();
  if (reextract) {
    for (Document& d : docs) {
      if (!rules.lang(d.lang)) continue;  // kept as stored; `check` reports rules that no longer cover it
      extract::mark_furniture(d, rules);
      store.put_document(d, extract::extract_claims(d, rules));
    }
  }
  a.claims = store.claims();
  a.events = link::link_events(a.claims, rules);
  link::Provenance prov(docs);
  a.findings = check::find_conflicts(a.claims, a.events, rules, prov);
  std::map<std::string, std::string> claim_event;
  for (const Claim& c : a.claims) claim_event[c.id] = c.event;
  store.put_analysis(a.events, a.findings, claim_event);
  return a;
}

}  // namespace claimtrack::app
