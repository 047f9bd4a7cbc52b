#include <sqlite3.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "temp_name.h"
#include "store/store.h"

using namespace claimtrack;
namespace fs = std::filesystem;

namespace {
Document doc(const std::string& id, const std::string& text) {
  Document d;
  d.id = id;
  d.file = id + ".txt";
  d.lang = "en";
  d.outlet = "Reuters";
  d.published = "2025-10-21";
  d.via = {"CNN"};
  d.text = text;
  d.body_end = text.size();
  d.hash = "h-" + text;
  return d;
}
Claim claim(const std::string& id, const std::string& doc_id, const std::string& status) {
  Claim c;
  c.id = id;
  c.doc = doc_id;
  c.status = status;
  c.speaker = "Dmitry Peskov";
  c.speaker_id = "dmitry_peskov";
  c.speaker_type = "person";
  c.rule = "en/statuses.tsv:1";
  c.status_cue = "postponed";
  c.via = {"TASS"};
  c.mention.kind = "summit";
  c.mention.participants = {"donald_trump", "vladimir_putin"};
  return c;
}
// Runs one statement on a database file with the plain C API, as another program would.
void sqlite_exec(const std::string& path, const char* sql) {
  sqlite3* db = nullptr;
  sqlite3_open(path.c_str(), &db);
  sqlite3_exec(db, sql, nullptr, nullptr, nullptr);
  sqlite3_close(db);
}
// A database path in the temp directory, removed with SQLite's companion files
// (-wal, -shm, -journal) when it goes out of scope, also when a check fails.
// Declared before a Store, it outlives it: the Store closes first.
struct TempDb {
  std::string path;
  explicit TempDb(const std::string& prefix) : path(unique_temp_path(prefix).string()) {}
  ~TempDb() {
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
      std::error_code ec;
      fs::remove(path + suffix, ec);
    }
  }
};
}  // namespace

TEST_CASE("store round-trips documents and claims, one transaction per document", "[store]") {
  Store s(":memory:");
  CHECK(s.schema_version() == Store::kSchemaVersion);
  s.put_document(doc("d1", "The summit was postponed."), {claim("d1-1", "d1", "postponed")});
  CHECK(s.document_hash("d1") == "h-The summit was postponed.");
  CHECK(s.document_hash("nope").empty());
  auto docs = s.documents();
  REQUIRE(docs.size() == 1);
  CHECK(docs[0].via == std::vector<std::string>{"CNN"});
  auto cs = s.claims();
  REQUIRE(cs.size() == 1);
  CHECK(cs[0].mention.participants.size() == 2);
  CHECK(cs[0].via == std::vector<std::string>{"TASS"});
  // Re-putting a document replaces its claims rather than adding to them.
  s.put_document(doc("d1", "Changed."), {claim("d1-1", "d1", "cancelled"), claim("d1-2", "d1", "held")});
  CHECK(s.claims().size() == 2);
  CHECK(s.health().empty());
}

TEST_CASE("analysis, runs and triage are stored", "[store]") {
  Store s(":memory:");
  s.put_document(doc("d1", "x"), {claim("d1-1", "d1", "postponed")});
  Event e;
  e.id = "E-d1-1";
  e.kind = "summit";
  e.label = "summit";
  Finding f;
  f.key = "rule|E-d1-1";
  f.id = "F1";
  f.event = e.id;
  f.rule = "rule";
  f.a = {"d1-1"};
  s.put_analysis({e}, {f}, {{"d1-1", "E-d1-1"}});
  CHECK(s.events().at(0).claims == std::vector<std::string>{"d1-1"});
  CHECK(s.findings().at(0).a == std::vector<std::string>{"d1-1"});
  RunInfo r;
  r.kind = "check";
  r.id = s.add_run(r);
  s.set_run_findings(r.id, {f.key});
  CHECK(s.run_findings(r.id).count(f.key) == 1);
  s.set_triage({f.key, "dismissed", "same source", "", {"d1-1"}});
  CHECK(s.triage().at(f.key).note == "same source");
  // A claim pointing at an event that is gone is reported by health().
  s.put_analysis({}, {}, {});
  CHECK(s.health().empty());
}

TEST_CASE("bad databases fail with the path and leave the file alone", "[store]") {
  SECTION("garbage bytes") {
    TempDb tmp("ct-corrupt");
    const std::string& p = tmp.path;
    std::ofstream(p) << std::string(4096, 'x');
    try {
      Store s(p);
      FAIL("opened a corrupt database");
    } catch (const InputError& e) {
      CHECK(std::string(e.what()).find(p) != std::string::npos);
    }
    CHECK(fs::file_size(p) == 4096);
  }
  SECTION("another application's SQLite file") {
    TempDb tmp("ct-other");
    const std::string& p = tmp.path;
    sqlite_exec(p, "CREATE TABLE t(x)");
    CHECK_THROWS_WITH(Store(p), Catch::Contains("not a claimtrack database"));
  }
  SECTION("a newer schema") {
    TempDb tmp("ct-newer");
    const std::string& p = tmp.path;
    { Store s(p); }
    sqlite_exec(p, "PRAGMA user_version=99");
    CHECK_THROWS_WITH(Store(p), Catch::Contains("newer than this claimtrack"));
  }
  SECTION("a directory, a missing parent, a missing database") {
    CHECK_THROWS_AS(Store(fs::temp_directory_path().string()), InputError);
    CHECK_THROWS_AS(Store("/nonexistent-dir/x.db"), InputError);
    CHECK_THROWS_WITH(Store(TempDb("ct-missing").path, true), Catch::Contains("no database here"));
  }
  SECTION("locked by another writer: the write fails, stored data stays") {
    TempDb tmp("ct-locked");
    const std::string& p = tmp.path;
    Store s(p, false, 100);
    s.put_document(doc("d1", "kept"), {claim("d1-1", "d1", "postponed")});
    sqlite3* other = nullptr;
    sqlite3_open(p.c_str(), &other);
    REQUIRE(sqlite3_exec(other, "BEGIN EXCLUSIVE", nullptr, nullptr, nullptr) == SQLITE_OK);
    CHECK_THROWS_WITH(s.put_document(doc("d2", "new"), {}), Catch::Contains("locked"));
    sqlite3_exec(other, "ROLLBACK", nullptr, nullptr, nullptr);
    sqlite3_close(other);
    CHECK(s.documents().size() == 1);
    CHECK(s.claims().size() == 1);
  }
}
