// The SQLite store (schema/*.sql, migrated by PRAGMA user_version).
//
// Error policy: a database that cannot be opened, is locked, corrupt, not a
// claimtrack database or newer than this binary throws InputError naming the
// path. Every write is one transaction: a failure rolls back and leaves what
// was stored before intact. Not thread safe: one Store per thread (SQLite
// serializes writers anyway).
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "model/model.h"

namespace SQLite {
class Database;
}

namespace claimtrack {

struct RunInfo {
  int id = 0;
  std::string kind, started, rules_hash, version;
  int documents = 0, new_count = 0, resolved_count = 0, open_count = 0;
};

struct Triage {
  std::string key, state, note, at;
  std::vector<std::string> claims;
};

class Store {
 public:
  static constexpr int kSchemaVersion = 1;

  // Opens (creating unless must_exist) and migrates. ":memory:" works.
  // A write waits up to busy_ms for another process's lock, then fails.
  explicit Store(const std::string& path, bool must_exist = false, int busy_ms = 5000);
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  const std::string& path() const { return path_; }
  int schema_version() const;

  // "" when the document is not stored, else its hash.
  std::string document_hash(const std::string& id) const;
  std::string document_file(const std::string& id) const;  // "" when not stored
  // Replaces the document and its claims in one transaction.
  void put_document(const Document& doc, const std::vector<Claim>& claims);
  std::vector<Document> documents() const;
  std::vector<Claim> claims() const;  // document order
  // Replaces events and findings and sets claims' event ids, in one transaction.
  void put_analysis(const std::vector<Event>& events, const std::vector<Finding>& findings,
                    const std::map<std::string, std::string>& claim_event);
  std::vector<Event> events() const;
  std::vector<Finding> findings() const;

  int add_run(const RunInfo& r);  // returns the run id
  void finish_run(const RunInfo& r);
  std::vector<RunInfo> runs(const std::string& kind = "") const;
  void set_run_findings(int run, const std::vector<std::string>& keys);
  std::set<std::string> run_findings(int run) const;

  void set_triage(const Triage& t);
  std::map<std::string, Triage> triage() const;

  // PRAGMA integrity_check, foreign_key_check, orphan and schema checks;
  // one line per problem, empty when healthy.
  std::vector<std::string> health() const;

 private:
  void migrate();
  std::string document_field(const char* column, const std::string& id) const;  // "" when not stored
  std::string path_;
  std::unique_ptr<SQLite::Database> db_;
};

}  // namespace claimtrack
