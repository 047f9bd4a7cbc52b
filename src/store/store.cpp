#include "store/store.h"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <ctime>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "model/mention_json.h"

namespace claimtrack {

const std::vector<std::string>& schema_migrations();  // generated from schema/*.sql

namespace {

using json = nlohmann::json;

std::string now_utc() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

std::string to_json(const std::vector<std::string>& v) { return json(v).dump(); }
std::vector<std::string> strings(const std::string& s) {
  if (s.empty()) return {};
  return json::parse(s).get<std::vector<std::string>>();
}

// Turns SQLite failures into errors that name the database and say what to do.
[[noreturn]] void fail(const std::string& path, const SQLite::Exception& e) {
  int code = e.getErrorCode() & 0xff;
  std::string what = e.what();
  if (code == SQLITE_BUSY || code == SQLITE_LOCKED)
    throw InputError(path, "database is locked by another process (" + what + "); try again when it finishes");
  if (code == SQLITE_CORRUPT || code == SQLITE_NOTADB)
    throw InputError(path, "not a claimtrack database or corrupt (" + what + "); nothing was changed");
  if (code == SQLITE_CANTOPEN || code == SQLITE_READONLY || code == SQLITE_PERM || code == SQLITE_IOERR)
    throw InputError(path, "cannot open or write the database (" + what + ")");
  throw InputError(path, "database error: " + what);
}

}  // namespace

Store::Store(const std::string& path, bool must_exist, int busy_ms) : path_(path) {
  try {
    if (path != ":memory:") {
      if (must_exist && !std::filesystem::exists(path))
        throw InputError(path, "no database here (run 'claimtrack ingest' first)");
      if (std::filesystem::is_directory(path)) throw InputError(path, "is a directory, not a database file");
    }
    db_ = std::make_unique<SQLite::Database>(path, SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE);
    db_->setBusyTimeout(busy_ms);
    db_->exec("PRAGMA foreign_keys=ON");
    if (path != ":memory:") {
      db_->exec("PRAGMA journal_mode=WAL");
      db_->exec("PRAGMA synchronous=NORMAL");
    }
    migrate();
  } catch (const SQLite::Exception& e) {
    fail(path, e);
  }
}

Store::~Store() = default;

int Store::schema_version() const { return db_->execAndGet("PRAGMA user_version").getInt(); }

void Store::migrate() {
  // Reading the schema first makes a non-database file fail here, before any write.
  db_->execAndGet("SELECT count(*) FROM sqlite_master");
  const auto& m = schema_migrations();
  int v = schema_version();
  if (v > static_cast<int>(m.size()))
    throw InputError(path_, "database schema version " + std::to_string(v) + " is newer than this claimtrack (" +
                                std::to_string(m.size()) + ")");
  if (v == 0) {
    SQLite::Statement t(*db_, "SELECT count(*) FROM sqlite_master WHERE type='table'");
    t.executeStep();
    if (t.getColumn(0).getInt() > 0)
      throw InputError(path_, "this SQLite file is not a claimtrack database (it has other tables)");
  }
  for (int i = v; i < static_cast<int>(m.size()); ++i) {
    SQLite::Transaction tx(*db_);
    db_->exec(m[i]);
    db_->exec("PRAGMA user_version=" + std::to_string(i + 1));
    tx.commit();
  }
}

std::string Store::document_field(const char* column, const std::string& id) const {
  try {
    SQLite::Statement q(*db_, std::string("SELECT ") + column + " FROM documents WHERE id=?");
    q.bind(1, id);
    return q.executeStep() ? q.getColumn(0).getString() : "";
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
}

std::string Store::document_hash(const std::string& id) const { return document_field("hash", id); }

std::string Store::document_file(const std::string& id) const { return document_field("file", id); }

void Store::put_document(const Document& d, const std::vector<Claim>& claims) {
  try {
    SQLite::Transaction tx(*db_);
    SQLite::Statement del(*db_, "DELETE FROM documents WHERE id=?");
    del.bind(1, d.id);
    del.exec();
    SQLite::Statement ins(*db_,
                          "INSERT INTO documents(id,file,outlet,lang,published,url,title,via,text,body_end,dropped,hash,"
                          "ingested) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?)");
    json dropped = json::array();
    for (const Span& s : d.dropped) dropped.push_back({s.begin, s.end});
    ins.bind(1, d.id);
    ins.bind(2, d.file);
    ins.bind(3, d.outlet);
    ins.bind(4, d.lang);
    ins.bind(5, d.published);
    ins.bind(6, d.url);
    ins.bind(7, d.title);
    ins.bind(8, to_json(d.via));
    ins.bind(9, d.text);
    ins.bind(10, static_cast<int64_t>(d.body_end));
    ins.bind(11, dropped.dump());
    ins.bind(12, d.hash);
    ins.bind(13, now_utc());
    ins.exec();
    SQLite::Statement c(*db_,
                        "INSERT INTO claims(id,doc,seq,sentence,sent_begin,sent_end,ev_begin,ev_end,speaker_id,speaker,"
                        "speaker_type,speaker_side,cue,channel,via,outlet,status,status_cue,polarity,modality,as_of,rule,"
                        "confidence,mention,event) VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
    int seq = 0;
    for (const Claim& x : claims) {
      c.reset();
      int i = 1;
      c.bind(i++, x.id);
      c.bind(i++, x.doc);
      c.bind(i++, seq++);
      c.bind(i++, x.sentence);
      c.bind(i++, static_cast<int64_t>(x.sentence_span.begin));
      c.bind(i++, static_cast<int64_t>(x.sentence_span.end));
      c.bind(i++, static_cast<int64_t>(x.evidence.begin));
      c.bind(i++, static_cast<int64_t>(x.evidence.end));
      c.bind(i++, x.speaker_id);
      c.bind(i++, x.speaker);
      c.bind(i++, x.speaker_type);
      c.bind(i++, x.speaker_side);
      c.bind(i++, x.cue);
      c.bind(i++, x.channel);
      c.bind(i++, to_json(x.via));
      c.bind(i++, x.outlet);
      c.bind(i++, x.status);
      c.bind(i++, x.status_cue);
      c.bind(i++, x.polarity);
      c.bind(i++, x.modality);
      c.bind(i++, x.as_of);
      c.bind(i++, x.rule);
      c.bind(i++, x.confidence);
      c.bind(i++, mention_to_json(x.mention).dump());
      c.bind(i++, x.event);
      c.exec();
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
}

std::vector<Document> Store::documents() const {
  std::vector<Document> out;
  try {
    SQLite::Statement q(*db_,
                        "SELECT id,file,outlet,lang,published,url,title,via,text,body_end,dropped,hash FROM documents "
                        "ORDER BY published, id");
    while (q.executeStep()) {
      Document d;
      d.id = q.getColumn(0).getString();
      d.file = q.getColumn(1).getString();
      d.outlet = q.getColumn(2).getString();
      d.lang = q.getColumn(3).getString();
      d.published = q.getColumn(4).getString();
      d.url = q.getColumn(5).getString();
      d.title = q.getColumn(6).getString();
      d.via = strings(q.getColumn(7).getString());
      d.text = q.getColumn(8).getString();
      d.body_end = static_cast<size_t>(q.getColumn(9).getInt64());
      for (const auto& s : json::parse(q.getColumn(10).getString()))
        d.dropped.push_back({s[0].get<size_t>(), s[1].get<size_t>()});
      d.hash = q.getColumn(11).getString();
      out.push_back(std::move(d));
    }
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
  return out;
}

std::vector<Claim> Store::claims() const {
  std::vector<Claim> out;
  try {
    SQLite::Statement q(*db_,
                        "SELECT c.id,c.doc,c.sentence,c.sent_begin,c.sent_end,c.ev_begin,c.ev_end,c.speaker_id,c.speaker,"
                        "c.speaker_type,c.speaker_side,c.cue,c.channel,c.via,c.outlet,c.status,c.status_cue,c.polarity,"
                        "c.modality,c.as_of,c.rule,c.confidence,c.mention,c.event FROM claims c JOIN documents d ON "
                        "d.id=c.doc ORDER BY d.published, d.id, c.seq");
    while (q.executeStep()) {
      Claim x;
      int i = 0;
      x.id = q.getColumn(i++).getString();
      x.doc = q.getColumn(i++).getString();
      x.sentence = q.getColumn(i++).getInt();
      x.sentence_span.begin = static_cast<size_t>(q.getColumn(i++).getInt64());
      x.sentence_span.end = static_cast<size_t>(q.getColumn(i++).getInt64());
      x.evidence.begin = static_cast<size_t>(q.getColumn(i++).getInt64());
      x.evidence.end = static_cast<size_t>(q.getColumn(i++).getInt64());
      x.speaker_id = q.getColumn(i++).getString();
      x.speaker = q.getColumn(i++).getString();
      x.speaker_type = q.getColumn(i++).getString();
      x.speaker_side = q.getColumn(i++).getString();
      x.cue = q.getColumn(i++).getString();
      x.channel = q.getColumn(i++).getString();
      x.via = strings(q.getColumn(i++).getString());
      x.outlet = q.getColumn(i++).getString();
      x.status = q.getColumn(i++).getString();
      x.status_cue = q.getColumn(i++).getString();
      x.polarity = q.getColumn(i++).getString();
      x.modality = q.getColumn(i++).getString();
      x.as_of = q.getColumn(i++).getString();
      x.rule = q.getColumn(i++).getString();
      x.confidence = q.getColumn(i++).getDouble();
      x.mention = mention_from_json(json::parse(q.getColumn(i++).getString()));
      x.event = q.getColumn(i++).getString();
      out.push_back(std::move(x));
    }
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
  return out;
}

void Store::put_analysis(const std::vector<Event>& events, const std::vector<Finding>& findings,
                         const std::map<std::string, std::string>& claim_event) {
  try {
    SQLite::Transaction tx(*db_);
    db_->exec("DELETE FROM findings");
    db_->exec("DELETE FROM events");
    SQLite::Statement e(*db_,
                        "INSERT INTO events(id,kind,level,participants,sides,place,date_from,date_to,phase,label) "
                        "VALUES(?,?,?,?,?,?,?,?,?,?)");
    for (const Event& x : events) {
      e.reset();
      e.bind(1, x.id);
      e.bind(2, x.kind);
      e.bind(3, x.level);
      e.bind(4, to_json(x.participants));
      e.bind(5, to_json(x.sides));
      e.bind(6, x.place);
      e.bind(7, x.date_from);
      e.bind(8, x.date_to);
      e.bind(9, x.phase);
      e.bind(10, x.label);
      e.exec();
    }
    SQLite::Statement f(*db_,
                        "INSERT INTO findings(key,id,event,event_label,rule,kind,severity,explanation,a,b,origins_a,"
                        "origins_b) VALUES(?,?,?,?,?,?,?,?,?,?,?,?)");
    for (const Finding& x : findings) {
      f.reset();
      f.bind(1, x.key);
      f.bind(2, x.id);
      f.bind(3, x.event);
      f.bind(4, x.event_label);
      f.bind(5, x.rule);
      f.bind(6, x.kind);
      f.bind(7, x.severity);
      f.bind(8, x.explanation);
      f.bind(9, to_json(x.a));
      f.bind(10, to_json(x.b));
      f.bind(11, x.origins_a);
      f.bind(12, x.origins_b);
      f.exec();
    }
    db_->exec("UPDATE claims SET event=''");
    SQLite::Statement u(*db_, "UPDATE claims SET event=? WHERE id=?");
    for (const auto& [claim, event] : claim_event) {
      u.reset();
      u.bind(1, event);
      u.bind(2, claim);
      u.exec();
    }
    tx.commit();
  } catch (const SQLite::Exception& ex) {
    fail(path_, ex);
  }
}

std::vector<Event> Store::events() const {
  std::vector<Event> out;
  try {
    SQLite::Statement q(*db_,
                        "SELECT id,kind,level,participants,sides,place,date_from,date_to,phase,label FROM events ORDER BY "
                        "id");
    while (q.executeStep()) {
      Event e;
      e.id = q.getColumn(0).getString();
      e.kind = q.getColumn(1).getString();
      e.level = q.getColumn(2).getString();
      e.participants = strings(q.getColumn(3).getString());
      e.sides = strings(q.getColumn(4).getString());
      e.place = q.getColumn(5).getString();
      e.date_from = q.getColumn(6).getString();
      e.date_to = q.getColumn(7).getString();
      e.phase = q.getColumn(8).getString();
      e.label = q.getColumn(9).getString();
      out.push_back(std::move(e));
    }
    SQLite::Statement c(*db_, "SELECT id, event FROM claims ORDER BY doc, seq");
    std::map<std::string, Event*> by;
    for (auto& e : out) by[e.id] = &e;
    while (c.executeStep())
      if (auto it = by.find(c.getColumn(1).getString()); it != by.end())
        it->second->claims.push_back(c.getColumn(0).getString());
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
  return out;
}

std::vector<Finding> Store::findings() const {
  std::vector<Finding> out;
  try {
    SQLite::Statement q(*db_,
                        "SELECT key,id,event,event_label,rule,kind,severity,explanation,a,b,origins_a,origins_b FROM "
                        "findings ORDER BY CASE severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, event, rule");
    while (q.executeStep()) {
      Finding f;
      f.key = q.getColumn(0).getString();
      f.id = q.getColumn(1).getString();
      f.event = q.getColumn(2).getString();
      f.event_label = q.getColumn(3).getString();
      f.rule = q.getColumn(4).getString();
      f.kind = q.getColumn(5).getString();
      f.severity = q.getColumn(6).getString();
      f.explanation = q.getColumn(7).getString();
      f.a = strings(q.getColumn(8).getString());
      f.b = strings(q.getColumn(9).getString());
      f.origins_a = q.getColumn(10).getInt();
      f.origins_b = q.getColumn(11).getInt();
      out.push_back(std::move(f));
    }
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
  return out;
}

int Store::add_run(const RunInfo& r) {
  try {
    SQLite::Statement q(*db_, "INSERT INTO runs(kind,started,rules_hash,version,documents) VALUES(?,?,?,?,?)");
    q.bind(1, r.kind);
    q.bind(2, r.started.empty() ? now_utc() : r.started);
    q.bind(3, r.rules_hash);
    q.bind(4, r.version.empty() ? std::string(CLAIMTRACK_VERSION) : r.version);
    q.bind(5, r.documents);
    q.exec();
    return static_cast<int>(db_->getLastInsertRowid());
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
}

void Store::finish_run(const RunInfo& r) {
  try {
    SQLite::Statement q(*db_,
                        "UPDATE runs SET documents=?, new_count=?, resolved_count=?, open_count=? WHERE id=?");
    q.bind(1, r.documents);
    q.bind(2, r.new_count);
    q.bind(3, r.resolved_count);
    q.bind(4, r.open_count);
    q.bind(5, r.id);
    q.exec();
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
}

std::vector<RunInfo> Store::runs(const std::string& kind) const {
  std::vector<RunInfo> out;
  try {
    SQLite::Statement q(*db_,
                        "SELECT id,kind,started,rules_hash,version,documents,new_count,resolved_count,open_count FROM "
                        "runs WHERE ?='' OR kind=? ORDER BY id");
    q.bind(1, kind);
    q.bind(2, kind);
    while (q.executeStep()) {
      RunInfo r;
      r.id = q.getColumn(0).getInt();
      r.kind = q.getColumn(1).getString();
      r.started = q.getColumn(2).getString();
      r.rules_hash = q.getColumn(3).getString();
      r.version = q.getColumn(4).getString();
      r.documents = q.getColumn(5).getInt();
      r.new_count = q.getColumn(6).getInt();
      r.resolved_count = q.getColumn(7).getInt();
      r.open_count = q.getColumn(8).getInt();
      out.push_back(r);
    }
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
  return out;
}

void Store::set_run_findings(int run, const std::vector<std::string>& keys) {
  try {
    SQLite::Transaction tx(*db_);
    SQLite::Statement q(*db_, "INSERT OR IGNORE INTO run_findings(run,key) VALUES(?,?)");
    for (const auto& k : keys) {
      q.reset();
      q.bind(1, run);
      q.bind(2, k);
      q.exec();
    }
    tx.commit();
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
}

std::set<std::string> Store::run_findings(int run) const {
  std::set<std::string> out;
  try {
    SQLite::Statement q(*db_, "SELECT key FROM run_findings WHERE run=?");
    q.bind(1, run);
    while (q.executeStep()) out.insert(q.getColumn(0).getString());
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
  return out;
}

void Store::set_triage(const Triage& t) {
  try {
    SQLite::Statement q(*db_, "INSERT OR REPLACE INTO triage(key,state,note,claims,at) VALUES(?,?,?,?,?)");
    q.bind(1, t.key);
    q.bind(2, t.state);
    q.bind(3, t.note);
    q.bind(4, to_json(t.claims));
    q.bind(5, t.at.empty() ? now_utc() : t.at);
    q.exec();
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
}

std::map<std::string, Triage> Store::triage() const {
  std::map<std::string, Triage> out;
  try {
    SQLite::Statement q(*db_, "SELECT key,state,note,claims,at FROM triage");
    while (q.executeStep()) {
      Triage t;
      t.key = q.getColumn(0).getString();
      t.state = q.getColumn(1).getString();
      t.note = q.getColumn(2).getString();
      t.claims = strings(q.getColumn(3).getString());
      t.at = q.getColumn(4).getString();
      out[t.key] = t;
    }
  } catch (const SQLite::Exception& e) {
    fail(path_, e);
  }
  return out;
}

std::vector<std::string> Store::health() const {
  std::vector<std::string> out;
  try {
    SQLite::Statement ic(*db_, "PRAGMA integrity_check");
    while (ic.executeStep()) {
      std::string r = ic.getColumn(0).getString();
      if (r != "ok") out.push_back("integrity_check: " + r);
    }
    SQLite::Statement fk(*db_, "PRAGMA foreign_key_check");
    while (fk.executeStep())
      out.push_back("foreign_key_check: row " + fk.getColumn(1).getString() + " of table " +
                    fk.getColumn(0).getString() + " points to a missing " + fk.getColumn(2).getString());
    if (schema_version() != static_cast<int>(schema_migrations().size()))
      out.push_back("schema version " + std::to_string(schema_version()) + ", expected " +
                    std::to_string(schema_migrations().size()));
    SQLite::Statement orphan(*db_,
                             "SELECT count(*) FROM claims WHERE event<>'' AND event NOT IN (SELECT id FROM events)");
    orphan.executeStep();
    if (int n = orphan.getColumn(0).getInt()) out.push_back(std::to_string(n) + " claims point to missing events");
    SQLite::Statement empty(*db_, "SELECT count(*) FROM events WHERE id NOT IN (SELECT event FROM claims)");
    empty.executeStep();
    if (int n = empty.getColumn(0).getInt()) out.push_back(std::to_string(n) + " events have no claims");
  } catch (const SQLite::Exception& e) {
    out.push_back(std::string("database error: ") + e.what());
  }
  return out;
}

}  // namespace claimtrack
