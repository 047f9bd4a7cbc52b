// Tests of the Graphviz export, the nightly check and its output formats.
//
// The export is checked twice: by looking at the DOT text (escaping, UTF-8,
// clusters, edges, filters) and by rendering it with the real `dot`, because
// Graphviz only warns about most mistakes and the requirement is a clean run.
// The nightly check needs real extraction, so its dataset is the seed articles
// ingested from a temporary directory.
#include <array>
#include <catch2/catch.hpp>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <unistd.h>

#include "app/app.h"
#include "report/report.h"

using namespace claimtrack;
namespace fs = std::filesystem;

namespace {

size_t count(const std::string& s, const std::string& needle) {
  size_t n = 0;
  for (size_t p = s.find(needle); p != std::string::npos; p = s.find(needle, p + needle.size())) ++n;
  return n;
}

// A fresh directory under the system temp dir, removed at scope exit.
struct TempDir {
  fs::path path;
  TempDir() {
    static int n = 0;
    path = fs::temp_directory_path() / ("claimtrack_ops_" + std::to_string(::getpid()) + "_" + std::to_string(n++));
    fs::remove_all(path);
    fs::create_directories(path);
  }
  ~TempDir() { fs::remove_all(path); }
};

void write(const fs::path& p, const std::string& s) {
  std::ofstream(p, std::ios::binary) << s;
}

// Two events; an Arabic and a Persian document re-reporting CNN; a
// contradiction between them; a claim whose speaker needs escaping.
struct Dataset {
  std::vector<Document> docs;
  std::vector<Claim> claims;
  std::vector<Event> events;
  std::vector<Finding> findings;

  Dataset() {
    Document ar;
    ar.id = "ar1";
    ar.outlet = "CNN Arabic";
    ar.lang = "ar";
    ar.via = {"CNN"};
    ar.text = "وقال مسؤول في البيت الأبيض لشبكة CNN إن الاجتماع بين روبيو ولافروف تم تأجيله إلى أجل غير مسمى، "
              "ولم يتضح بعد سبب هذا التأجيل المفاجئ الذي أثار تساؤلات كثيرة.";
    Document fa;
    fa.id = "fa1";
    fa.outlet = "Tabnak";
    fa.lang = "fa";
    fa.via = {"ISNA", "CNN"};
    fa.text = "ریابکوف گفت که هیچ توافقی برای این دیدار وجود نداشت.";
    Document en;
    en.id = "en1";
    en.outlet = "RIA";
    en.lang = "en";
    en.text = "He said \"the summit is C:\\path\" and\nleft.";
    docs = {ar, fa, en};

    Claim a;
    a.id = "ar1-1";
    a.doc = "ar1";
    a.sentence_span = {0, ar.text.size()};
    a.evidence = {ar.text.find("تأجيله"), ar.text.find("تأجيله") + std::string("تأجيله").size()};
    a.speaker = "White House official";
    a.outlet = "CNN Arabic";
    a.via = {"CNN"};
    a.status = "postponed";
    a.status_cue = "تم تأجيله";
    a.as_of = "2025-10-21";
    a.event = "E1";
    Claim b = a;
    b.id = "fa1-1";
    b.doc = "fa1";
    b.sentence_span = {0, fa.text.size()};
    b.evidence = {0, 10};
    b.speaker = "Sergei Ryabkov";
    b.outlet = "Tabnak";
    b.via = {"ISNA", "CNN"};
    b.status = "never_agreed";
    b.modality = "hedged";
    b.status_cue = "هیچ توافقی";
    b.as_of = "2025-10-22";
    Claim c = a;  // same event and status as `a`, from another document: support
    c.id = "en1-1";
    c.doc = "en1";
    c.sentence_span = {0, en.text.size()};
    c.evidence = {0, 2};
    c.speaker = "Q \"Quote\" \\ Back";
    c.outlet = "RIA";
    c.via = {};
    c.status_cue = "postponed";
    c.as_of = "2025-10-20";
    Claim d = c;
    d.id = "en1-2";
    d.event = "E2";
    d.status = "held";
    d.as_of = "2025-03-16";
    claims = {a, b, c, d};

    Event e1;
    e1.id = "E1";
    e1.label = "Rubio–Lavrov meeting (لقاء)";
    Event e2;
    e2.id = "E2";
    e2.label = "Trump–Putin call";
    events = {e1, e2};

    Finding f;
    f.id = "f1";
    f.key = "postponed_vs_never_agreed|E1";
    f.event = "E1";
    f.rule = "postponed_vs_never_agreed";
    f.kind = "contradiction";
    f.severity = "high";
    f.a = {"ar1-1", "en1-1"};
    f.b = {"fa1-1"};
    findings = {f};
  }

  std::string dot(const report::ExportFilter& filter = {}) const {
    return report::export_dot(docs, claims, events, findings, filter);
  }
};

// Runs `dot -Tsvg` on the text; returns its exit status and stderr.
std::pair<int, std::string> render(const std::string& dot_text) {
  TempDir tmp;
  write(tmp.path / "g.dot", dot_text);
  std::string cmd = "dot -Tsvg -o '" + (tmp.path / "g.svg").string() + "' '" + (tmp.path / "g.dot").string() +
                    "' 2> '" + (tmp.path / "err.txt").string() + "'";
  int rc = std::system(cmd.c_str());
  std::ifstream err(tmp.path / "err.txt");
  std::stringstream ss;
  ss << err.rdbuf();
  return {rc, ss.str()};
}

bool have_dot() { return std::system("command -v dot > /dev/null 2>&1") == 0; }

}  // namespace

TEST_CASE("export escapes quotes, backslashes and newlines", "[export]") {
  std::string dot = Dataset().dot();
  CHECK(dot.find("Q \\\"Quote\\\" \\\\ Back") != std::string::npos);
  CHECK(dot.find("C:\\\\path") != std::string::npos);
  // The newline in the sentence became a space, not a raw line break in a label.
  CHECK(dot.find("\\\" and left.") != std::string::npos);
  CHECK(count(dot, "fontname=\"DejaVu Sans\"") == 3);
}

TEST_CASE("export keeps right-to-left text as valid UTF-8 and truncates evidence", "[export]") {
  Dataset d;
  std::string dot = d.dot();
  CHECK(dot.find("ریابکوف گفت") != std::string::npos);
  CHECK(dot.find("تأجيله") != std::string::npos);
  CHECK_NOTHROW(nlohmann::json(dot).dump());  // throws on invalid UTF-8
  // The Arabic sentence is longer than a label holds: cut at a character with "…".
  CHECK(dot.find("أثار تساؤلات كثيرة") == std::string::npos);
  CHECK(dot.find("…") != std::string::npos);
}

TEST_CASE("export labels stay short and valid UTF-8 whatever the input", "[export]") {
  Dataset d;
  d.claims[2].speaker = std::string(20000, 'x') + "\xC3\x28 bad";
  d.docs[2].text = "Broken \xE2\x82 byte and a very long sentence " + std::string(20000, 'y');
  d.claims[2].sentence_span = {0, d.docs[2].text.size()};
  std::string dot = d.dot();
  CHECK_NOTHROW(nlohmann::json(dot).dump());
  CHECK(dot.find("Broken \uFFFD\uFFFD byte") != std::string::npos);  // one per bad byte
  CHECK(dot.find(std::string(61, 'x')) == std::string::npos);
  CHECK(dot.find(std::string(81, 'y')) == std::string::npos);
  if (have_dot()) CHECK(render(dot) == std::make_pair(0, std::string()));
}

TEST_CASE("export draws clusters, outlets and edges", "[export]") {
  std::string dot = Dataset().dot();
  CHECK(count(dot, "subgraph cluster_") == 2);
  CHECK(dot.find("label=\"Rubio–Lavrov meeting (لقاء)\\nE1\"") != std::string::npos);
  // The Persian claim is hedged, and says so.
  CHECK(dot.find("never_agreed (hedged)") != std::string::npos);
  // Contradictions: every a-claim against every b-claim, red and labelled.
  CHECK(dot.find("\"c:ar1-1\" -> \"c:fa1-1\" [color=red, fontcolor=red, style=bold, "
                 "label=\"postponed_vs_never_agreed\"]") != std::string::npos);
  CHECK(dot.find("\"c:en1-1\" -> \"c:fa1-1\" [color=red") != std::string::npos);
  // Provenance along each document's chain, and claim -> publisher.
  CHECK(dot.find("\"o:Tabnak\" -> \"o:ISNA\" [style=dashed") != std::string::npos);
  CHECK(dot.find("\"o:ISNA\" -> \"o:CNN\" [style=dashed") != std::string::npos);
  CHECK(dot.find("\"o:CNN Arabic\" -> \"o:CNN\" [style=dashed") != std::string::npos);
  CHECK(dot.find("\"c:fa1-1\" -> \"o:Tabnak\" [style=dashed") != std::string::npos);
  // Support: same event and status, different documents.
  CHECK(dot.find("\"c:en1-1\" -> \"c:ar1-1\" [color=grey70") != std::string::npos);
  CHECK(count(dot, "color=grey70") == 1);
  CHECK(Dataset().dot() == dot);  // deterministic
}

TEST_CASE("export filters by event, date and outlet", "[export]") {
  Dataset d;
  std::string e2 = d.dot({"E2", "", ""});
  CHECK(count(e2, "subgraph cluster_") == 1);
  CHECK(e2.find("Trump–Putin call") != std::string::npos);
  CHECK(e2.find("c:ar1-1") == std::string::npos);
  CHECK(e2.find("color=red") == std::string::npos);
  CHECK(e2.find("o:Tabnak") == std::string::npos);

  std::string since = d.dot({"", "2025-10-21", ""});
  CHECK(since.find("c:ar1-1") != std::string::npos);
  CHECK(since.find("c:fa1-1") != std::string::npos);
  CHECK(since.find("c:en1-1") == std::string::npos);
  CHECK(since.find("o:RIA") == std::string::npos);
  CHECK(count(since, "-> \"c:fa1-1\" [color=red") == 1);

  // ISNA relays only the Persian claim: the contradiction loses its other side.
  std::string isna = d.dot({"", "", "ISNA"});
  CHECK(isna.find("c:fa1-1") != std::string::npos);
  CHECK(isna.find("c:ar1-1") == std::string::npos);
  CHECK(isna.find("color=red") == std::string::npos);
  CHECK(isna.find("o:CNN Arabic") == std::string::npos);
  CHECK(count(isna, "subgraph cluster_") == 1);
}

TEST_CASE("export draws large findings through one junction", "[export]") {
  Dataset d;
  Finding& f = d.findings[0];
  for (int i = 0; i < 5; ++i) {
    Claim c = d.claims[0];
    c.id = "ar1-x" + std::to_string(i);
    d.claims.push_back(c);
    f.a.push_back(c.id);
    Claim o = d.claims[1];
    o.id = "fa1-x" + std::to_string(i);
    d.claims.push_back(o);
    f.b.push_back(o.id);
  }
  std::string dot = d.dot();
  CHECK(dot.find("\"f:f1\" [shape=point") != std::string::npos);
  CHECK(count(dot, "label=\"postponed_vs_never_agreed\"") == 6);  // one per b-claim
}

TEST_CASE("exported DOT renders with dot -Tsvg without warnings", "[export]") {
  if (!have_dot()) FAIL("Graphviz `dot` is not installed (apt-get install graphviz)");
  Dataset d;
  for (const auto& filter : {report::ExportFilter{}, report::ExportFilter{"E1", "", ""},
                             report::ExportFilter{"", "2099-01-01", ""}}) {
    auto [rc, err] = render(d.dot(filter));
    CHECK(rc == 0);
    CHECK(err == "");
  }
}

namespace {

// The seed articles in a temp directory with their manifest, plus `copies`:
// copies of seed documents under new ids ("zz_<id>") that sort after the
// original, so their claims join the originals' events and findings.
struct Seeds {
  TempDir dir;
  nlohmann::json manifest;

  Seeds() {
    std::ifstream in(CLAIMTRACK_SOURCE_DIR "/samples/seeds/manifest.json");
    manifest = nlohmann::json::parse(in);
    for (const auto& d : manifest["documents"])
      fs::copy_file(fs::path(CLAIMTRACK_SOURCE_DIR "/samples/seeds") / d["file"].get<std::string>(),
                    dir.path / d["file"].get<std::string>());
    save();
  }
  void save() { write(dir.path / "manifest.json", manifest.dump(2)); }

  std::string file(const std::string& id) const {
    for (const auto& d : manifest["documents"])
      if (d["id"] == id) return (dir.path / d["file"].get<std::string>()).string();
    FAIL("no seed " << id);
    return "";
  }
  std::string copy(const std::string& id) {
    nlohmann::json d;
    for (const auto& x : manifest["documents"])
      if (x["id"] == id) d = x;
    d["id"] = "zz_" + id;
    d["file"] = "zz_" + id + ".txt";
    fs::copy_file(file(id), dir.path / d["file"].get<std::string>());
    manifest["documents"].push_back(d);
    save();
    return (dir.path / d["file"].get<std::string>()).string();
  }
};

const rules::RuleSet& seed_rules() {
  static const rules::RuleSet r = rules::RuleSet::load(CLAIMTRACK_SOURCE_DIR "/rules");
  return r;
}

std::set<std::string> keys(const std::vector<Finding>& fs) {
  std::set<std::string> s;
  for (const auto& f : fs) s.insert(f.key);
  return s;
}

std::set<std::string> set_of(const std::vector<std::string>& v) { return {v.begin(), v.end()}; }

void ingest(Store& store, const std::vector<std::string>& paths) {
  auto st = app::ingest(store, seed_rules(), paths);
  INFO((st.errors.empty() ? "" : st.errors.front()));
  REQUIRE(st.errors.empty());
}

}  // namespace

TEST_CASE("nightly check reports only what is new", "[check]") {
  Seeds seeds;
  Store store(":memory:");
  ingest(store, {seeds.dir.path.string()});

  auto first = app::nightly_check(store, &seed_rules(), "");
  REQUIRE(!first.open.empty());
  CHECK(keys(first.fresh) == keys(first.open));
  CHECK(first.resolved.empty());
  CHECK(first.problems.empty());
  CHECK(first.rules_hash == seed_rules().hash);

  auto second = app::nightly_check(store, &seed_rules(), "");
  CHECK(second.run > first.run);
  CHECK(second.fresh.empty());
  CHECK(second.resolved.empty());
  CHECK(keys(second.open) == keys(first.open));

  auto runs = store.runs("check");
  REQUIRE(runs.size() == 2);
  CHECK(runs[0].new_count == static_cast<int>(first.fresh.size()));
  CHECK(runs[1].new_count == 0);
  CHECK(runs[1].open_count == static_cast<int>(first.open.size()));
  CHECK(store.run_findings(runs[1].id) == keys(first.open));
}

TEST_CASE("nightly check after more documents: new and resolved", "[check]") {
  Seeds seeds;
  Store store(":memory:");
  ingest(store, {seeds.file("001"), seeds.file("004")});
  auto before = app::nightly_check(store, &seed_rules(), "");
  ingest(store, {seeds.file("000"), seeds.file("002"), seeds.file("003")});
  auto after = app::nightly_check(store, &seed_rules(), "");

  std::set<std::string> expect_new, expect_resolved;
  for (const auto& k : keys(after.open))
    if (!keys(before.open).count(k)) expect_new.insert(k);
  for (const auto& k : keys(before.open))
    if (!keys(after.open).count(k)) expect_resolved.insert(k);
  CHECK(!expect_new.empty());  // the CNN story brings contradictions of its own
  CHECK(keys(after.fresh) == expect_new);
  CHECK(set_of(after.resolved) == expect_resolved);
}

TEST_CASE("a dismissed finding stays quiet until a claim joins it", "[check]") {
  Seeds seeds;
  Store store(":memory:");
  ingest(store, {seeds.dir.path.string()});
  auto first = app::nightly_check(store, &seed_rules(), "");
  REQUIRE(!first.open.empty());
  const Finding f = first.open.front();

  CHECK_THROWS_WITH(app::triage(store, "no-such-finding", "dismissed", ""),
                    "no finding 'no-such-finding' (see claimtrack report)");
  app::triage(store, f.id, "dismissed", "same anonymous source");
  auto t = store.triage().at(f.key);
  CHECK(t.state == "dismissed");
  CHECK(t.note == "same anonymous source");
  CHECK(!t.at.empty());

  auto quiet = app::nightly_check(store, &seed_rules(), "");
  CHECK(set_of(quiet.quiet) == std::set<std::string>{f.key});
  CHECK(quiet.fresh.empty());
  CHECK(keys(quiet.open).count(f.key));

  // A copy of one of its documents adds claims to the finding: fresh again, once.
  std::string doc = f.a.front().substr(0, f.a.front().rfind('-'));
  ingest(store, {seeds.copy(doc)});
  auto grown = app::nightly_check(store, &seed_rules(), "");
  CHECK(keys(grown.fresh).count(f.key));
  CHECK(!set_of(grown.quiet).count(f.key));
  auto next = app::nightly_check(store, &seed_rules(), "");
  CHECK(!keys(next.fresh).count(f.key));

  // Acknowledging the grown finding quiets it again.
  app::triage(store, f.key, "acknowledged", "");
  auto again = app::nightly_check(store, &seed_rules(), "");
  CHECK(set_of(again.quiet).count(f.key));
}

TEST_CASE("nightly check without rules still checks the store", "[check]") {
  Seeds seeds;
  Store store(":memory:");
  ingest(store, {seeds.file("002")});
  auto r = app::nightly_check(store, nullptr, "rules/en/statuses.tsv:3: unknown key 'x'");
  REQUIRE(r.problems.size() == 1);
  CHECK(r.problems[0].find("rules/en/statuses.tsv:3: unknown key 'x'") != std::string::npos);
  CHECK(keys(r.open) == keys(store.findings()));
}

namespace {

app::CheckResult sample_result() {
  Finding f;
  f.id = "f1";
  f.key = "k<1>";
  f.event_label = "لقاء روبيو & Lavrov";
  f.rule = "postponed_vs_never_agreed";
  f.kind = "contradiction";
  f.severity = "high";
  f.explanation = "\"postponed\" <presupposes> an agreed meeting; Ryabkov says none was agreed";
  f.a = {"002-1"};
  f.b = {"fa-2"};
  f.origins_a = f.origins_b = 1;
  Finding old = f;
  old.id = "f2";
  old.key = "k2";
  app::CheckResult r;
  r.run = 3;
  r.rules_hash = "abc'def";
  r.fresh = {f};
  r.open = {f, old};
  r.quiet = {"k2"};
  r.resolved = {"gone"};
  r.problems = {"database: row 3 \x01 missing <doc>"};
  return r;
}

}  // namespace

TEST_CASE("check JUnit output is well formed and escaped", "[check]") {
  std::string x = report::check_junit(sample_result());
  CHECK(x.rfind("<?xml version=\"1.0\" encoding=\"UTF-8\"?>", 0) == 0);
  CHECK(x.find("<testsuite name=\"claimtrack.check\" tests=\"3\" failures=\"1\" errors=\"1\"") !=
        std::string::npos);
  CHECK(count(x, "<testcase ") == 3);
  CHECK(count(x, "<failure ") == 1);
  CHECK(count(x, "<error ") == 1);
  CHECK(x.find("&quot;postponed&quot; &lt;presupposes&gt;") != std::string::npos);
  CHECK(x.find("لقاء روبيو &amp; Lavrov") != std::string::npos);
  CHECK(x.find("abc&apos;def") != std::string::npos);
  CHECK(x.find('\x01') == std::string::npos);
  CHECK(count(x, "</testcase>") == 2);  // the passing one is self-closed
  if (std::system("command -v xmllint > /dev/null 2>&1") == 0) {
    TempDir tmp;
    write(tmp.path / "j.xml", x);
    CHECK(std::system(("xmllint --noout '" + (tmp.path / "j.xml").string() + "'").c_str()) == 0);
  }
}

TEST_CASE("check JSON and text outputs", "[check]") {
  auto r = sample_result();
  auto j = nlohmann::json::parse(report::check_json(r));
  CHECK(j["run"] == 3);
  CHECK(j["new"].size() == 1);
  CHECK(j["new"][0]["key"] == "k<1>");
  CHECK(j["open"].size() == 2);
  CHECK(j["quiet"] == nlohmann::json{"k2"});
  CHECK(j["resolved"] == nlohmann::json{"gone"});
  CHECK(j["problems"].size() == 1);

  std::string plain = report::check_text(r, false);
  CHECK(plain.find("1 new, 2 open (1 triaged), 1 resolved, 1 problem") != std::string::npos);
  CHECK(plain.find("f2") != std::string::npos);
  std::string isolated = report::check_text(r, true);
  CHECK(isolated.find("\u2068لقاء روبيو\u2069") != std::string::npos);
  CHECK(plain.find("\u2068") == std::string::npos);
}
