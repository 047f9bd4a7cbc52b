-- claimtrack store, version 1. Applied by Store::migrate() when PRAGMA user_version < 1.
-- Documents and claims are primary data; events and findings are derived and
-- rewritten by every analysis; runs, run_findings and triage are history.
CREATE TABLE documents (
  id        TEXT PRIMARY KEY,
  file      TEXT NOT NULL,
  outlet    TEXT NOT NULL DEFAULT '',
  lang      TEXT NOT NULL,
  published TEXT NOT NULL DEFAULT '',
  url       TEXT NOT NULL DEFAULT '',
  title     TEXT NOT NULL DEFAULT '',
  via       TEXT NOT NULL DEFAULT '[]',   -- JSON array of outlet names, nearest first
  text      TEXT NOT NULL,
  body_end  INTEGER NOT NULL,
  dropped   TEXT NOT NULL DEFAULT '[]',   -- JSON array of [begin, end] furniture spans
  hash      TEXT NOT NULL,
  ingested  TEXT NOT NULL
);

CREATE TABLE claims (
  id           TEXT PRIMARY KEY,
  doc          TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  seq          INTEGER NOT NULL,          -- order inside the document
  sentence     INTEGER NOT NULL,
  sent_begin   INTEGER NOT NULL,
  sent_end     INTEGER NOT NULL,
  ev_begin     INTEGER NOT NULL,
  ev_end       INTEGER NOT NULL,
  speaker_id   TEXT NOT NULL,
  speaker      TEXT NOT NULL,
  speaker_type TEXT NOT NULL,
  speaker_side TEXT NOT NULL DEFAULT '',
  cue          TEXT NOT NULL DEFAULT '',
  channel      TEXT NOT NULL DEFAULT '',
  via          TEXT NOT NULL DEFAULT '[]',
  outlet       TEXT NOT NULL DEFAULT '',
  status       TEXT NOT NULL,
  status_cue   TEXT NOT NULL,
  polarity     TEXT NOT NULL,
  modality     TEXT NOT NULL,
  as_of        TEXT NOT NULL DEFAULT '',
  rule         TEXT NOT NULL,
  confidence   REAL NOT NULL,
  mention      TEXT NOT NULL,             -- JSON EventMention
  event        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX claims_doc ON claims(doc);
CREATE INDEX claims_event ON claims(event);

CREATE TABLE events (
  id           TEXT PRIMARY KEY,
  kind         TEXT NOT NULL,
  level        TEXT NOT NULL DEFAULT '',
  participants TEXT NOT NULL DEFAULT '[]',
  sides        TEXT NOT NULL DEFAULT '[]',
  place        TEXT NOT NULL DEFAULT '',
  date_from    TEXT NOT NULL DEFAULT '',
  date_to      TEXT NOT NULL DEFAULT '',
  phase        TEXT NOT NULL DEFAULT '',
  label        TEXT NOT NULL
);

CREATE TABLE findings (
  key         TEXT PRIMARY KEY,
  id          TEXT NOT NULL UNIQUE,
  event       TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
  event_label TEXT NOT NULL,
  rule        TEXT NOT NULL,
  kind        TEXT NOT NULL,
  severity    TEXT NOT NULL,
  explanation TEXT NOT NULL,
  a           TEXT NOT NULL,              -- JSON array of claim ids
  b           TEXT NOT NULL,
  origins_a   INTEGER NOT NULL,
  origins_b   INTEGER NOT NULL
);

CREATE TABLE runs (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  kind       TEXT NOT NULL,               -- ingest, check
  started    TEXT NOT NULL,
  rules_hash TEXT NOT NULL,
  version    TEXT NOT NULL,
  documents  INTEGER NOT NULL DEFAULT 0,
  new_count      INTEGER NOT NULL DEFAULT 0,
  resolved_count INTEGER NOT NULL DEFAULT 0,
  open_count     INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE run_findings (
  run INTEGER NOT NULL REFERENCES runs(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  PRIMARY KEY (run, key)
);

CREATE TABLE triage (
  key    TEXT PRIMARY KEY,
  state  TEXT NOT NULL CHECK (state IN ('acknowledged', 'dismissed')),
  note   TEXT NOT NULL DEFAULT '',
  claims TEXT NOT NULL,                   -- JSON array of the claim ids the finding had when triaged
  at     TEXT NOT NULL
);
