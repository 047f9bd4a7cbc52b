// Evaluation against a gold file (report/eval.h): folding, matching, the claim,
// link and conflict metrics, --require conditions and gold file errors. Every
// test writes its own small gold file into a fresh temporary directory.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "report/eval.h"

using namespace claimtrack;
namespace fs = std::filesystem;

namespace {

// Two documents: a Persian one written with ZWNJ and Arabic letter variants,
// and an Arabic one with harakat, a related-articles line and a second event.
const char* kDoc1 = "ترامب گفت: توافق کردیم هفته آینده جلسه‌ای برگزار شود. خبرنگار ما گزارش داد.";
const char* kDoc2 =
    "قالت الخارجية إن الاجتماعَ تأجّل إلى موعد لاحق. وعُقدت القمة في أنكوراج. "
    "اقرأ أيضا: ترامب يحاول إنهاء الحرب";

struct Fixture {
  fs::path dir;
  std::vector<Document> docs;
  std::vector<Claim> claims;
  std::vector<Finding> findings;

  Fixture() {
    dir = fs::temp_directory_path() / ("claimtrack-eval-" + std::to_string(::getpid()) + "-" +
                                       std::to_string(reinterpret_cast<uintptr_t>(this)));
    fs::create_directories(dir);
    docs.push_back(doc("d1", kDoc1));
    docs.push_back(doc("d2", kDoc2));
  }
  ~Fixture() { fs::remove_all(dir); }

  static Document doc(const std::string& id, const std::string& text) {
    Document d;
    d.id = id;
    d.file = id + ".txt";
    d.text = text;
    return d;
  }

  // A claim on the sentence of `doc` that contains `piece` (the sentence runs
  // from the previous '.' to the next one).
  Claim& claim(const std::string& id, const std::string& doc_id, const std::string& piece, const std::string& status,
               const std::string& speaker, const std::string& event) {
    const Document* d = nullptr;
    for (const auto& x : docs)
      if (x.id == doc_id) d = &x;
    const std::string& t = d ? d->text : docs.front().text;
    size_t at = t.find(piece);
    REQUIRE(at != std::string::npos);
    size_t b = t.rfind(". ", at);
    b = b == std::string::npos ? 0 : b + 2;
    size_t e = t.find('.', at);
    e = e == std::string::npos ? t.size() : e + 1;
    Claim c;
    c.id = id;
    c.doc = doc_id;
    c.sentence_span = {b, e};
    c.status = status;
    c.speaker = speaker;
    c.event = event;
    claims.push_back(c);
    return claims.back();
  }

  Finding& finding(const std::string& id, std::vector<std::string> a, std::vector<std::string> b) {
    Finding f;
    f.id = id;
    f.a = std::move(a);
    f.b = std::move(b);
    findings.push_back(f);
    return findings.back();
  }

  std::string write(const std::string& name, const std::string& content) {
    fs::path p = dir / name;
    std::ofstream(p, std::ios::binary) << content;
    return p.string();
  }

  // g1 (d1, required, E1 agreed) is written without ZWNJ and with Arabic ي; g2
  // (d2, required, E1 postponed) without harakat; g3 (d2, optional, E2 held).
  std::string gold(const std::string& extra = "") {
    return write("gold.json", R"({
  "documents": {"d1": "d1.txt", "d2": "d2.txt"},
  "claims": [
    {"id": "g1", "doc": "d1", "evidence": "توافق كرديم هفته آينده جلسهای", "speaker": ["trump"],
     "event": "E1", "status": "agreed", "required": true},
    {"id": "g2", "doc": "d2", "evidence": "الاجتماع تأجل", "speaker": ["ministry", "foreign"],
     "event": "E1", "status": "postponed", "required": true},
    {"id": "g3", "doc": "d2", "evidence": "عقدت القمة", "speaker": ["*"],
     "event": "E2", "status": "held", "required": false}
  ],
  "conflicts": [{"id": "C1", "event": "E1", "required": true, "why": "agreed vs postponed", "a": ["g1"], "b": ["g2"]}],
  "must_not": [{"id": "N1", "why": "different events", "a": ["g2"], "b": ["g3"]}],
  "distinct_events": [["E1", "E2"]],
  "boilerplate": {"d2": ["ترامب يحاول إنهاء الحرب"]}
  )" + extra + "}");
  }

  report::EvalResult eval(const std::string& require = "") {
    return report::evaluate_with_docs(gold(), docs, claims, findings, require);
  }
};

}  // namespace

TEST_CASE("eval_fold unifies what score.py unifies", "[eval]") {
  struct Case {
    const char* a;
    const char* b;
  };
  const Case same[] = {
      {"جلسه‌ای", "جلسهای"},         // ZWNJ
      {"علي", "علی"},                // Arabic yeh / Persian yeh
      {"مُحَمَّد", "محمد"},           // harakat
      {"كتاب", "کتاب"},              // Arabic kaf / Persian keheh
      {"جـــلسه", "جلسه"},           // tatweel
      {"أإآٱ", "اااا"},              // alef variants
      {"مدرسة", "مدرسه"},            // teh marbuta
      {"٢٠٢٥ ۲۰۲۵", "20252025"},     // Arabic-Indic and Persian digits
      {"Hello, World!", "helloworld"},  // punctuation, spaces, case
      {"a_b-c", "abc"},              // underscore is not a word character
      {"ﬁ ①", "fi1"},                // NFKC
      {"\u00ADx\u2066y\u2069\u200F", "xy"},  // soft hyphen, isolates, marks
  };
  for (const auto& c : same) {
    INFO(c.a << " vs " << c.b);
    CHECK(report::eval_fold(c.a) == report::eval_fold(c.b));
  }
  CHECK(report::eval_fold("Ёлка") == "ёлка");  // unlike text::fold, ё stays
  CHECK(report::eval_fold("  ").empty());
}

TEST_CASE("claim recall, status and precision counts", "[eval]") {
  struct Row {
    const char* name;
    const char* status1;  // status of the claim on g1's sentence ("" = no claim)
    const char* doc1;     // its doc field
    double recall, recall_all, exact;
    int unmatched;
    double precision;
  };
  const Row rows[] = {
      {"both required found, exact", "agreed", "d1", 1.0, 2.0 / 3, 1.0, 0, 1.0},
      {"same status group counts, not exact", "planned", "d1", 1.0, 2.0 / 3, 0.5, 0, 1.0},
      {"other status group misses", "postponed", "d1", 0.5, 1.0 / 3, 1.0, 1, 0.5},
      {"doc given as file name", "agreed", "d1.txt", 1.0, 2.0 / 3, 1.0, 0, 1.0},
      {"doc given as a path to the stem", "agreed", "corpus/d1", 1.0, 2.0 / 3, 1.0, 0, 1.0},
      {"wrong document misses", "agreed", "d2", 0.5, 1.0 / 3, 1.0, 1, 0.5},
      {"no claim", "", "d1", 0.5, 1.0 / 3, 1.0, 0, 1.0},
  };
  for (const auto& row : rows) {
    SECTION(row.name) {
      Fixture f;
      if (*row.status1) {
        auto& c = f.claim("c1", "d1", "توافق", row.status1, "Donald Trump", "ev1");
        c.doc = row.doc1;
        if (c.doc == "d2")
          c.sentence_span = {0, std::string(kDoc2).find('.') + 1};
        else if (c.doc != "d1")  // the store knows the document under that id
          f.docs.push_back(Fixture::doc(c.doc, kDoc1));
      }
      f.claim("c2", "d2", "تأجّل", "postponed", "Foreign Ministry", "ev1");
      auto r = f.eval();
      CHECK(r.metric("claims") == f.claims.size());
      CHECK(r.metric("claim_recall") == Approx(row.recall));
      CHECK(r.metric("claim_recall_all") == Approx(row.recall_all));
      CHECK(r.metric("status_exact") == Approx(row.exact));
      CHECK(r.metric("claims_unmatched") == row.unmatched);
      CHECK(r.metric("claim_precision_est") == Approx(row.precision));
    }
  }
}

TEST_CASE("speaker accuracy uses lowercased substrings and skips '*'", "[eval]") {
  const std::pair<const char*, double> rows[] = {
      {"Donald TRUMP", 1.0}, {"Trumpet Office", 1.0}, {"Vladimir Putin", 0.5}, {"", 0.5}};
  for (const auto& [speaker, acc] : rows) {
    Fixture f;
    f.claim("c1", "d1", "توافق", "agreed", speaker, "ev1");
    f.claim("c2", "d2", "تأجّل", "postponed", "the Foreign Ministry", "ev1");
    f.claim("c3", "d2", "القمة", "held", "nobody in the keyword list", "ev2");
    INFO(speaker);
    CHECK(f.eval().metric("speaker_acc") == Approx(acc));
  }
}

TEST_CASE("link metrics over cross-document pairs", "[eval]") {
  struct Row {
    const char* name;
    const char *e1, *e2, *e3;  // system events of the claims on g1, g2, g3
    double p, r, f1;
    int merged;
  };
  // Cross-document pairs: (g1,g2) same gold event, (g1,g3) different; (g2,g3) share a document.
  const Row rows[] = {
      {"perfect", "a", "a", "b", 1.0, 1.0, 1.0, 0},
      {"split", "a", "b", "c", 0.0, 0.0, 0.0, 0},
      {"all merged", "a", "a", "a", 0.5, 1.0, 2.0 / 3, 1},
      {"wrong merge only", "a", "b", "a", 0.0, 0.0, 0.0, 1},
  };
  for (const auto& row : rows) {
    SECTION(row.name) {
      Fixture f;
      f.claim("c1", "d1", "توافق", "agreed", "Trump", row.e1);
      f.claim("c2", "d2", "تأجّل", "postponed", "Foreign Ministry", row.e2);
      f.claim("c3", "d2", "القمة", "held", "", row.e3);
      auto r = f.eval();
      CHECK(r.metric("link_p") == Approx(row.p));
      CHECK(r.metric("link_r") == Approx(row.r));
      CHECK(r.metric("link_f1") == Approx(row.f1));
      CHECK(r.metric("merged_distinct_events") == row.merged);
    }
  }
}

TEST_CASE("conflict metrics and must_not violations", "[eval]") {
  Fixture f;
  f.claim("c1", "d1", "توافق", "agreed", "Trump", "ev1");
  f.claim("c2", "d2", "تأجّل", "postponed", "Foreign Ministry", "ev1");
  f.claim("c3", "d2", "القمة", "held", "", "ev2");
  f.claim("c4", "d1", "خبرنگار", "held", "", "ev1");  // realises no gold claim

  SECTION("no findings") {
    auto r = f.eval();
    CHECK(r.metric("conflicts") == 0);
    CHECK(r.metric("conflict_recall") == 0.0);
    CHECK(r.metric("conflict_precision") == 0.0);
    CHECK(r.metric("conflict_coverage") == 0.0);
  }
  SECTION("the gold conflict, either orientation") {
    f.finding("F1", {"c2"}, {"c1", "c4"});
    auto r = f.eval();
    CHECK(r.metric("conflicts") == 1);
    CHECK(r.metric("conflict_recall") == 1.0);
    CHECK(r.metric("conflict_precision") == 1.0);
    CHECK(r.metric("conflict_pair_precision") == 1.0);  // (c2,c4) is not counted: c4 is not gold
    CHECK(r.metric("conflict_coverage") == 1.0);
    CHECK(r.metric("must_not_violations") == 0);
  }
  SECTION("a must_not pair") {
    f.finding("F1", {"c1"}, {"c2"});
    f.finding("F2", {"c3"}, {"c2"});
    auto r = f.eval("must_not_violations<=0");
    CHECK(r.metric("conflict_precision") == 0.5);
    CHECK(r.metric("conflict_pair_precision") == 0.5);
    CHECK(r.metric("must_not_violations") == 1);
    CHECK_FALSE(r.ok());
    CHECK(std::find(r.details.begin(), r.details.end(), "VIOLATION N1: reported as conflict F2") != r.details.end());
  }
  SECTION("a finding naming an unknown claim") {
    f.finding("F1", {"c1"}, {"nope"});
    CHECK_THROWS_AS(f.eval(), InputError);
  }
}

TEST_CASE("boilerplate claims are counted", "[eval]") {
  Fixture f;
  f.claim("c1", "d2", "اقرأ", "expected", "", "ev9");
  auto r = f.eval();
  CHECK(r.metric("boilerplate_claims") == 1);
  CHECK(r.summary.find("boilerplate=1") != std::string::npos);
}

TEST_CASE("require conditions", "[eval]") {
  Fixture f;
  f.claim("c1", "d1", "توافق", "agreed", "Trump", "ev1");

  SECTION("passing and failing conditions") {
    auto r = f.eval(" claim_recall >= 0.5 , ,claims==1,conflicts<1");
    CHECK(r.ok());
    r = f.eval("claim_recall>=0.9,speaker_acc>0.5,must_not_violations<=0");
    REQUIRE(r.failed.size() == 1);
    CHECK(r.failed[0] == "claim_recall=0.500 (want >=0.9)");
    CHECK(r.summary.rfind("FAIL claim_recall=0.500 (want >=0.9) | claim_recall=0.50 speaker_acc=1.00", 0) == 0);
  }
  SECTION("malformed conditions") {
    const char* bad[] = {"recall>=0.9",       "claim_recall=>0.9", "claim_recall>=",   "claim_recall>=x",
                         "claim_recall>=1.2.3", ">=1",             "claim_recall 0.9", "claim_recall>=-1"};
    for (const char* cond : bad) {
      INFO(cond);
      try {
        f.eval(cond);
        FAIL("accepted");
      } catch (const InputError& e) {
        CHECK(e.where() == "--require");
      }
    }
  }
}

TEST_CASE("gold file errors name the file", "[eval]") {
  Fixture f;
  struct Row {
    const char* name;
    const char* content;  // nullptr: no file at all
  };
  const Row rows[] = {
      {"missing", nullptr},
      {"not JSON", "{\"documents\": {"},
      {"no claims", R"({"documents": {}, "conflicts": []})"},
      {"claim without evidence",
       R"({"documents": {"d1": "d1.txt"}, "conflicts": [],
           "claims": [{"id": "g", "doc": "d1", "speaker": [], "event": "E", "status": "held", "required": true}]})"},
      {"unknown document",
       R"({"documents": {}, "conflicts": [],
           "claims": [{"id": "g", "doc": "d1", "evidence": "x", "speaker": [], "event": "E", "status": "held", "required": true}]})"},
      {"unknown status",
       R"({"documents": {"d1": "d1.txt"}, "conflicts": [],
           "claims": [{"id": "g", "doc": "d1", "evidence": "x", "speaker": [], "event": "E", "status": "maybe", "required": true}]})"},
      {"wrong type", R"({"documents": {"d1": 3}, "conflicts": [], "claims": []})"},
  };
  for (const auto& row : rows) {
    INFO(row.name);
    std::string path = row.content ? f.write(std::string(row.name) + ".json", row.content)
                                   : (f.dir / "absent.json").string();
    try {
      report::evaluate_with_docs(path, f.docs, f.claims, f.findings, "");
      FAIL("accepted");
    } catch (const InputError& e) {
      CHECK(e.where() == path);
    }
  }
}

TEST_CASE("eval_text prints like score.py", "[eval]") {
  Fixture f;
  f.claim("c1", "d1", "توافق", "agreed", "Trump", "ev1");
  auto r = f.eval();
  std::string plain = report::eval_text(r, false);
  CHECK(plain.rfind("claims: 1\nclaim_recall: 0.500\nclaim_recall_all: 0.333\n", 0) == 0);
  CHECK(plain.find("\nconflict_coverage: 0.000\nclaim_recall=0.50 speaker_acc=1.00 link_f1=0.00") != std::string::npos);
  std::string verbose = report::eval_text(r, true);
  CHECK(verbose.rfind("ok  g1      agreed       E1   got status=agreed speaker=Trump event=ev1\n"
                      "MISS g2      postponed    E1   no claim on that sentence\n"
                      "miss g3      held         E2   no claim on that sentence\n"
                      "MISS conflict C1 (required): agreed vs postponed\n", 0) == 0);
}
