#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "temp_name.h"
#include "app/app.h"
#include "ingest/ingest.h"

using namespace claimtrack;
namespace fs = std::filesystem;

namespace {
const rules::RuleSet& rules_() {
  static rules::RuleSet rs = rules::RuleSet::load(CLAIMTRACK_SOURCE_DIR "/rules");
  return rs;
}
fs::path temp_dir() {
  fs::path d = unique_temp_path("ct-ingest-");
  fs::create_directories(d);
  return d;
}
void write(const fs::path& p, const std::string& s) { std::ofstream(p, std::ios::binary) << s; }
bool has_error(const ingest::Result& r, const std::string& what) {
  for (const auto& e : r.errors)
    if (e.find(what) != std::string::npos) return true;
  return false;
}
}  // namespace

TEST_CASE("a directory with a manifest gives attributed, dated documents", "[ingest]") {
  fs::path d = temp_dir();
  write(d / "a.txt", "قال المتحدث إن القمة تأجلت.\nاقرأ أيضًا\nعنوان مقال آخر عن تأجيل القمة");
  write(d / "b.txt", "یک منبع آگاه گفت که دیدار لغو شد.");
  write(d / "manifest.json", R"({"documents": [
    {"file": "a.txt", "id": "A", "outlet": "cnn.com", "lang": "ar", "published": "2025-10-21", "via": ["Reuters"]},
    {"file": "b.txt", "id": "B", "outlet": null, "published": "2025-10-22"}]})");
  auto r = ingest::read_paths({d.string()}, rules_());
  CHECK(r.errors.empty());
  REQUIRE(r.documents.size() == 2);
  const Document& a = r.documents[0];
  CHECK(a.id == "A");
  CHECK(a.outlet == "CNN");  // resolved from the domain
  CHECK(a.via == std::vector<std::string>{"Reuters"});
  CHECK(a.body_end < a.text.size());  // "اقرأ أيضًا" cuts the related-articles list
  CHECK(r.documents[1].lang == "fa");  // detected from Persian letters
  fs::remove_all(d);
}

TEST_CASE("bad inputs are reported with file and line, good ones kept", "[ingest]") {
  fs::path d = temp_dir();
  write(d / "good.txt", "The summit was postponed, an official said.");
  write(d / "empty.txt", "  \n");
  write(d / "bin.txt", std::string("PK\0\0\x03\x04", 6));
  write(d / "bad.txt", "first line\nsecond \xc3\x28 line\n");
  write(d / "news.jsonl",
        "{\"title\": \"Talks off\", \"maintext\": \"The talks were cancelled.\", \"date_publish\": \"2025-10-21 "
        "08:00:00\", \"language\": \"en\", \"source_domain\": \"reuters.com\"}\n"
        "{not json\n");
  auto r = ingest::read_paths({d.string(), (d / "missing").string()}, rules_());
  CHECK(has_error(r, "empty.txt: empty file"));
  CHECK(has_error(r, "bin.txt: binary file"));
  CHECK(has_error(r, "bad.txt:2: invalid UTF-8"));
  CHECK(has_error(r, "news.jsonl:2: malformed JSON"));
  CHECK(has_error(r, "missing: no such file"));
  REQUIRE(r.documents.size() == 2);
  bool jsonl = false;
  for (const auto& doc : r.documents)
    if (doc.id == "news-1") {
      jsonl = true;
      CHECK(doc.outlet == "Reuters");
      CHECK(doc.published == "2025-10-21");
    }
  CHECK(jsonl);
  fs::remove_all(d);
}

TEST_CASE("malformed manifests name the file and line or entry", "[ingest]") {
  struct Row {
    const char* manifest;
    const char* expect;
  };
  std::vector<Row> rows = {
      {"{\"documents\": [\n {\"file\": \"a.txt\",,}\n]}", "manifest.json:2: malformed JSON"},
      {"{\"documents\": [{\"file\": \"a.txt\", \"colour\": \"red\"}]}", "documents[0]: unknown key 'colour'"},
      {"{\"documents\": [{\"file\": \"a.txt\", \"published\": \"21/10/2025\"}]}", "must be YYYY-MM-DD"},
      {"{\"documents\": [{\"file\": \"a.txt\", \"lang\": \"de\"}]}", "no rules for language 'de'"},
      {"{\"docs\": []}", "\"documents\" array"},
  };
  for (const auto& row : rows) {
    INFO(row.manifest);
    fs::path d = temp_dir();
    write(d / "a.txt", "The meeting was postponed.");
    write(d / "manifest.json", row.manifest);
    auto r = ingest::read_paths({d.string()}, rules_());
    CHECK(has_error(r, row.expect));
    CHECK(r.documents.empty());
    fs::remove_all(d);
  }
}

TEST_CASE("re-ingesting the same documents changes nothing", "[ingest]") {
  Store store(":memory:");
  auto st1 = app::ingest(store, rules_(), {CLAIMTRACK_SOURCE_DIR "/samples/seeds"});
  CHECK(st1.errors.empty());
  CHECK(st1.documents == 5);
  auto claims = store.claims();
  auto findings = store.findings();
  auto st2 = app::ingest(store, rules_(), {CLAIMTRACK_SOURCE_DIR "/samples/seeds"});
  CHECK(st2.documents == 0);
  CHECK(st2.unchanged == 5);
  CHECK(store.claims().size() == claims.size());
  CHECK(store.findings().size() == findings.size());
  // Boilerplate after the furniture markers yields no claims.
  for (const auto& c : claims) {
    INFO(c.id);
    CHECK(c.sentence_span.end <= store.documents().at(0).text.size() + 100000);
  }
}

TEST_CASE("another article under a stored id is refused and the stored one kept", "[ingest]") {
  fs::path a = temp_dir(), b = temp_dir();
  write(a / "a.txt", "The summit was postponed, Peskov said.");
  write(a / "manifest.json", R"({"documents": [{"file": "a.txt", "id": "x1", "lang": "en", "published": "2025-10-22"}]})");
  write(b / "b.txt", "The meeting was cancelled, Rubio said.");
  write(b / "manifest.json", R"({"documents": [{"file": "b.txt", "id": "x1", "lang": "en", "published": "2025-10-22"}]})");
  Store store(":memory:");
  auto st1 = app::ingest(store, rules_(), {a.string()});
  CHECK(st1.errors.empty());
  auto st2 = app::ingest(store, rules_(), {b.string()});
  REQUIRE(st2.errors.size() == 1);
  CHECK(st2.errors[0].find("b.txt: document id 'x1' is already stored from") != std::string::npos);
  REQUIRE(store.claims().size() == 1);
  CHECK(store.claims()[0].status == "postponed");
  // The same file edited updates its article.
  write(a / "a.txt", "The summit was cancelled, Peskov said.");
  auto st3 = app::ingest(store, rules_(), {a.string()});
  CHECK(st3.errors.empty());
  CHECK(st3.documents == 1);
  REQUIRE(store.claims().size() == 1);
  CHECK(store.claims()[0].status == "cancelled");
  // Two articles with one id in one call: the second is refused.
  Store fresh(":memory:");
  auto st4 = app::ingest(fresh, rules_(), {a.string(), b.string()});
  REQUIRE(st4.errors.size() == 1);
  CHECK(st4.errors[0].find("is also given to") != std::string::npos);
  CHECK(st4.documents == 1);
  fs::remove_all(a);
  fs::remove_all(b);
}

TEST_CASE("a saved HTML page is ingested as its readable text", "[ingest]") {
  fs::path d = temp_dir();
  write(d / "page.html", "<html><head><title>T</title></head><body><h1>Summit postponed</h1>"
                         "<p>Peskov said the summit had been postponed.</p></body></html>");
  write(d / "empty.htm", "<html><body><script>x()</script></body></html>");
  write(d / "manifest.json", R"({"documents": [
    {"file": "page.html", "id": "P", "outlet": "cnn.com", "lang": "en", "published": "2025-10-21"},
    {"file": "empty.htm", "id": "E", "outlet": "cnn.com", "lang": "en", "published": "2025-10-21"}]})");
  auto r = ingest::read_paths({d.string()}, rules_());
  REQUIRE(r.documents.size() == 1);
  CHECK(r.documents[0].id == "P");
  CHECK(r.documents[0].text == "Summit postponed\n\nPeskov said the summit had been postponed.\n");
  CHECK(has_error(r, "empty.htm"));
  CHECK(has_error(r, "no text"));
  fs::remove_all(d);
}
