#include "app/app.h"

#include <algorithm>
#include <atomic>
#include <filesystem>
#include <map>
#include <thread>

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
  // A document id names one article: the same file again (edited or not) updates
  // it; another article under a stored id is refused, so nothing stored is lost.
  auto name_of = [](const std::string& file) {
    std::string f = file.substr(0, file.rfind(':') == std::string::npos || file.rfind(':') < file.rfind('/') ? file.size()
                                                                                                          : file.rfind(':'));
    return std::filesystem::path(f).filename().string();
  };
  std::vector<const Document*> todo;
  std::map<std::string, std::string> given;  // id -> file, in this call
  for (const Document& d : in.documents) {
    auto [it, fresh] = given.emplace(d.id, d.file);
    if (!fresh) {
      st.errors.push_back(d.file + ": document id '" + d.id + "' is also given to " + it->second +
                          " in this call; give each article its own id (this one was not stored)");
      continue;
    }
    std::string hash = store.document_hash(d.id);
    if (hash == d.hash) {
      ++st.unchanged;
      continue;
    }
    std::string stored = hash.empty() ? "" : store.document_file(d.id);
    if (!stored.empty() && name_of(stored) != name_of(d.file)) {
      st.errors.push_back(d.file + ": document id '" + d.id + "' is already stored from " + stored +
                          "; give this article another id (the stored one was kept)");
      continue;
    }
    todo.push_back(&d);
  }
  // Extraction is a pure function of a document and the (read-only) rules, so
  // documents are extracted on all cores; the single SQLite writer then
  // stores them one transaction per document, in input order.
  std::vector<std::vector<Claim>> claims(todo.size());
  // A fault in one article is reported with its file and stores nothing for it;
  // it must not take down the other workers (nor leave their threads unjoined).
  std::vector<std::string> failed(todo.size());
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t i = next++; i < todo.size(); i = next++) try {
        claims[i] = extract::extract_claims(*todo[i], rules);
      } catch (const std::exception& e) {
        failed[i] = todo[i]->file + ": internal error while extracting claims (" + e.what() +
                    "); the article was not stored, please report it";
      }
  };
  size_t n_threads = std::max(1u, std::min<unsigned>(std::thread::hardware_concurrency(), 8));
  std::vector<std::thread> pool;
  for (size_t t = 1; t < n_threads && t < todo.size(); ++t) pool.emplace_back(worker);
  worker();
  for (auto& t : pool) t.join();
  for (size_t i = 0; i < todo.size(); ++i) {
    if (!failed[i].empty()) {
      st.errors.push_back(failed[i]);
      continue;
    }
    store.put_document(*todo[i], claims[i]);
    ++st.documents;
    st.claims += static_cast<int>(claims[i].size());
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
