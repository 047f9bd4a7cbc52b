#include <catch2/catch.hpp>

#include "check/check.h"
#include "link/link.h"

using namespace claimtrack;

namespace {
const rules::RuleSet& rules_() {
  static rules::RuleSet rs = rules::RuleSet::load(CLAIMTRACK_SOURCE_DIR "/rules");
  return rs;
}
// A claim with the event features the extractor would give it.
Claim make(const std::string& id, const std::string& status, const std::string& kind,
           std::vector<std::string> who, const std::string& as_of, const std::string& speaker = "x",
           const std::string& side = "", const std::string& outlet = "O") {
  Claim c;
  c.id = id;
  c.doc = id.substr(0, id.find('-'));
  c.sentence = std::stoi(id.substr(id.find('-') + 1));
  c.status = status;
  c.as_of = as_of;
  c.speaker = speaker;
  c.speaker_id = speaker;
  c.speaker_type = "person";
  c.speaker_side = side;
  c.outlet = outlet;
  c.mention.kind = kind;
  c.mention.participants = std::move(who);
  auto* st = rules_().status(status);
  c.mention.phase = st ? st->phase : "";
  for (const auto& p : c.mention.participants) {
    auto* e = rules_().entity(p);
    if (e) c.mention.level = e->level;
  }
  return c;
}
// The day (or month, year: precision "month", "year") the mention dates the event on.
void dated(Claim& c, const std::string& date, const std::string& precision = "day") {
  c.mention.date = date;
  c.mention.date_precision = precision;
}
std::vector<Finding> run(std::vector<Claim>& cs) {
  auto events = link::link_events(cs, rules_());
  link::Provenance prov({});
  return check::find_conflicts(cs, events, rules_(), prov);
}
const std::vector<std::string> FM = {"marco_rubio", "sergei_lavrov"};
const std::vector<std::string> HEADS = {"donald_trump", "vladimir_putin"};
}  // namespace

TEST_CASE("event linking keeps different events apart", "[link]") {
  std::vector<Claim> cs = {
      make("a-1", "postponed", "meeting", FM, "2025-10-21"),
      make("b-1", "never_agreed", "meeting", FM, "2025-10-21"),       // same meeting
      make("c-1", "held", "call", FM, "2025-10-20"),                   // their phone call
      make("d-1", "held", "call", FM, "2025-03-15"),                   // an earlier call
      make("e-1", "not_planned", "summit", HEADS, "2025-10-21"),       // the leaders' summit
      make("f-1", "planned", "summit", HEADS, "2025-03-16"),           // months earlier
  };
  cs[4].mention.level = "leaders";
  cs[5].mention.level = "leaders";
  link::link_events(cs, rules_());
  CHECK(cs[0].event == cs[1].event);
  CHECK(cs[0].event != cs[2].event);
  CHECK(cs[2].event != cs[3].event);
  CHECK(cs[4].event != cs[0].event);
  CHECK(cs[4].event != cs[5].event);
  SECTION("a call said to have taken place, undated, days after a dated one is another call") {
    std::vector<Claim> k = {make("j-1", "held", "call", FM, "2025-10-16"), make("k-1", "held", "call", FM, "2025-10-23"),
                            make("l-1", "held", "call", FM, "2025-10-17")};
    k[0].mention.date = "2025-10-15";
    k[0].mention.date_precision = "day";
    link::link_events(k, rules_());
    CHECK(k[1].event != k[0].event);
    CHECK(k[2].event == k[0].event);  // reported the next days: that call
  }
  SECTION("places and participants") {
    std::vector<Claim> p = {make("g-1", "held", "summit", HEADS, "2025-10-21"),
                            make("h-1", "expected", "summit", HEADS, "2025-10-21"),
                            make("i-1", "held", "meeting", {"donald_trump", "volodymyr_zelensky"}, "2025-10-21")};
    p[0].mention.place = "anchorage";
    p[1].mention.place = "budapest";
    link::link_events(p, rules_());
    CHECK(p[0].event != p[1].event);
    CHECK(p[2].event != p[0].event);
  }
}

TEST_CASE("the conflict table: presuppositions, time and hedging", "[check]") {
  SECTION("postponed vs never agreed is a high-severity contradiction") {
    std::vector<Claim> cs = {make("a-1", "postponed", "meeting", FM, "2025-10-21", "White House official", "US"),
                             make("b-1", "never_agreed", "meeting", FM, "2025-10-21", "Sergei Ryabkov", "RU")};
    auto f = run(cs);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "presupposition_denied");
    CHECK(f[0].severity == "high");
    CHECK(f[0].a == std::vector<std::string>{"a-1"});
    CHECK(f[0].explanation.find("Sergei Ryabkov") != std::string::npos);
  }
  SECTION("postponed and suspended are compatible") {
    std::vector<Claim> cs = {make("a-1", "postponed", "meeting", FM, "2025-10-21"),
                             make("b-1", "suspended", "meeting", FM, "2025-10-21")};
    CHECK(run(cs).empty());
  }
  SECTION("no plans after a postponement is consistent") {
    std::vector<Claim> cs = {make("a-1", "planned", "meeting", FM, "2025-10-16"),
                             make("b-1", "postponed", "meeting", FM, "2025-10-20"),
                             make("c-1", "not_planned", "meeting", FM, "2025-10-21")};
    for (const auto& f : run(cs)) CHECK(f.rule != "plan_withdrawn");
  }
  SECTION("a plan maintained after the postponement still contradicts no plans") {
    std::vector<Claim> cs = {make("a-1", "postponed", "summit", HEADS, "2025-10-20", "A", "US"),
                             make("b-1", "planned", "summit", HEADS, "2025-10-21", "Peter Szijjarto", "HU"),
                             make("c-1", "not_planned", "summit", HEADS, "2025-10-21", "B", "US")};
    auto f = run(cs);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "plan_withdrawn");
    CHECK(f[0].a == std::vector<std::string>{"b-1"});
  }
  SECTION("one speaker's 'agreed to continue' and 'no date yet' are his own account, not a contradiction") {
    std::vector<Claim> cs = {make("a-1", "agreed", "talks", {}, "2025-03-17", "Esmaeil Baghaei", "IR"),
                             make("a-2", "never_agreed", "talks", {}, "2025-03-17", "Esmaeil Baghaei", "IR")};
    for (const auto& f : run(cs)) CHECK(f.rule != "agreement_denied");
    SECTION("two unnamed sources of one article described differently are two speakers") {
      for (Claim& c : cs) c.speaker_type = "anonymous";
      cs[0].speaker_id = cs[1].speaker_id = "anon:source";
      cs[0].speaker = "Palestine source";
      cs[1].speaker = "source";
      auto f = run(cs);
      REQUIRE(f.size() == 1);
      CHECK(f[0].rule == "agreement_denied");
    }
  }
  SECTION("a new date announced days after 'no date was set' is an update") {
    std::vector<Claim> cs = {make("a-1", "never_agreed", "talks", {}, "2025-05-02", "A", "IR"),
                             make("b-1", "scheduled", "talks", {}, "2025-05-09", "B", "OM"),
                             make("c-1", "scheduled", "talks", {}, "2025-05-02", "C", "OM")};
    auto f = run(cs);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "agreement_denied");
    CHECK(f[0].a == std::vector<std::string>{"c-1"});
  }
  SECTION("a merely possible postponement does not explain away a withdrawn plan") {
    std::vector<Claim> cs = {make("a-1", "planned", "summit", HEADS, "2025-10-16", "A", "US"),
                             make("b-1", "postponed", "summit", HEADS, "2025-10-20", "C", "HU"),
                             make("c-1", "not_planned", "summit", HEADS, "2025-10-21", "B", "RU")};
    cs[1].modality = "hedged";
    auto f = run(cs);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "plan_withdrawn");
  }
  SECTION("the same side changing its plan within days is a reversal") {
    std::vector<Claim> cs = {make("a-1", "planned", "summit", HEADS, "2025-10-16", "Donald Trump", "US"),
                             make("b-1", "not_planned", "summit", HEADS, "2025-10-21", "White House official", "US")};
    auto f = run(cs);
    REQUIRE(f.size() == 1);
    CHECK(f[0].kind == "reversal");
    CHECK(f[0].severity == "low");
  }
  SECTION("statuses weeks apart are updates, not contradictions") {
    std::vector<Claim> cs = {make("a-1", "planned", "summit", HEADS, "2025-09-01", "A", "US"),
                             make("b-1", "not_planned", "summit", HEADS, "2025-10-21", "B", "RU")};
    CHECK(run(cs).empty());
  }
  SECTION("a hedged side never makes a high-severity finding") {
    std::vector<Claim> cs = {make("a-1", "postponed", "meeting", FM, "2025-10-21"),
                             make("b-1", "never_agreed", "meeting", FM, "2025-10-21")};
    cs[0].modality = "hedged";
    auto f = run(cs);
    REQUIRE(f.size() == 1);
    CHECK(f[0].severity == "low");
  }
  SECTION("one claim per sentence side: a sentence does not contradict itself") {
    std::vector<Claim> cs = {make("a-1", "postponed", "meeting", FM, "2025-10-21"),
                             make("a-1", "never_agreed", "meeting", FM, "2025-10-21")};
    cs[1].id = "a-2";
    CHECK(run(cs).empty());
  }
}

TEST_CASE("re-reports of one source count as one origin", "[link][check]") {
  Document tabnak, cnn_ar, alelm;
  tabnak.id = "t";
  tabnak.outlet = "Tabnak";
  tabnak.via = {"ISNA", "CNN"};
  cnn_ar.id = "c";
  cnn_ar.outlet = "CNN Arabic";
  cnn_ar.via = {"CNN"};
  alelm.id = "a";
  alelm.outlet = "alelm";
  link::Provenance prov({tabnak, cnn_ar, alelm});
  auto c1 = make("t-1", "postponed", "meeting", FM, "2025-10-21", "White House official");
  c1.via = {"ISNA", "CNN"};
  auto c2 = make("c-1", "postponed", "meeting", FM, "2025-10-21", "White House official");
  c2.via = {"CNN"};
  auto c3 = make("a-1", "postponed", "meeting", FM, "2025-10-22", "White House official");
  c3.via = {"ISNA"};  // ISNA re-reports CNN (known from Tabnak's chain)
  CHECK(prov.origin_of(c1) == prov.origin_of(c2));
  CHECK(prov.origin_of(c1) == prov.origin_of(c3));
  auto own = make("a-2", "postponed", "meeting", FM, "2025-10-22", "alelm");
  own.speaker_type = "outlet";
  CHECK(prov.origin_of(own) != prov.origin_of(c1));
  auto chains = prov.chains();
  CHECK(std::find(chains.begin(), chains.end(), std::make_pair(std::string("ISNA"), std::string("CNN"))) != chains.end());
}

TEST_CASE("attribute conflicts: the same status, a different format or day", "[check]") {
  SECTION("direct vs indirect talks") {
    std::vector<Claim> cs = {make("a-1", "planned", "talks", {}, "2025-04-07", "Donald Trump", "US"),
                             make("b-1", "scheduled", "talks", {}, "2025-04-08", "Abbas Araghchi", "IR")};
    cs[0].mention.format = "direct";
    cs[1].mention.format = "indirect";
    auto f = run(cs);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "format_disagreement");
    CHECK(f[0].kind == "attribute");
    CHECK(f[0].a == std::vector<std::string>{"a-1"});
    CHECK(f[0].explanation.find("indirect according to Abbas Araghchi") != std::string::npos);
  }
  SECTION("two days for the same meeting; a week-level date does not count") {
    std::vector<Claim> cs = {make("a-1", "scheduled", "meeting", FM, "2025-10-20", "A", "US"),
                             make("b-1", "scheduled", "meeting", FM, "2025-10-20", "B", "RU"),
                             make("c-1", "agreed", "meeting", FM, "2025-10-20", "C", "RU")};
    dated(cs[0], "2025-10-23");
    dated(cs[1], "2025-10-24");
    dated(cs[2], "2025-10-27", "week");
    auto f = run(cs);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "date_disagreement");
    CHECK(f[0].b == std::vector<std::string>{"b-1"});
  }
  SECTION("a new date after a postponement is not a disagreement") {
    std::vector<Claim> cs = {make("a-1", "scheduled", "talks", {}, "2025-04-30", "A", "OM"),
                             make("b-1", "postponed", "talks", {}, "2025-05-01", "A", "OM"),
                             make("c-1", "scheduled", "talks", {}, "2025-05-02", "B", "IR")};
    cs[0].mention.date = "2025-05-03";
    cs[2].mention.date = "2025-05-08";  // within a week: one event either way
    cs[0].mention.date_precision = cs[2].mention.date_precision = "day";
    for (const auto& f : run(cs)) CHECK(f.rule != "date_disagreement");
    // Without the postponement the same two dates do disagree.
    std::vector<Claim> without = {cs[0], cs[2]};
    auto f = run(without);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "date_disagreement");
  }
  SECTION("a cancellation sets no new date: two days for the cancelled meeting still disagree") {
    std::vector<Claim> cs = {make("a-1", "planned", "meeting", HEADS, "2018-11-29", "A", "RU"),
                             make("b-1", "cancelled", "meeting", HEADS, "2018-11-29", "C", "US"),
                             make("c-1", "planned", "meeting", HEADS, "2018-12-01", "B", "RU")};
    cs[0].mention.date = "2018-12-01";
    cs[2].mention.date = "2018-11-30";
    cs[0].mention.date_precision = cs[2].mention.date_precision = "day";
    auto f = run(cs);
    CHECK(std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "date_disagreement"; }));
  }
  SECTION("two reports of the day a round was held disagree on its place, weeks apart") {
    std::vector<Claim> cs = {make("a-1", "held", "talks", {"abbas_araghchi"}, "2025-05-23", "A", "OM"),
                             make("b-1", "held", "talks", {"abbas_araghchi"}, "2025-06-16", "B", "IR")};
    cs[0].mention.date = cs[1].mention.date = "2025-05-23";
    cs[0].mention.date_precision = cs[1].mention.date_precision = "day";
    cs[0].mention.place = "muscat";
    cs[1].mention.place = "rome";
    cs[0].mention.ordinal = cs[1].mention.ordinal = 5;
    auto f = run(cs);
    REQUIRE(cs[0].event == cs[1].event);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "place_disagreement");
  }
  SECTION("agreeing attributes make no finding") {
    std::vector<Claim> cs = {make("a-1", "planned", "talks", {}, "2025-04-07"),
                             make("b-1", "scheduled", "talks", {}, "2025-04-08")};
    cs[0].mention.format = cs[1].mention.format = "indirect";
    CHECK(run(cs).empty());
  }
}

TEST_CASE("ordinals and years keep events apart", "[link]") {
  std::vector<Claim> cs = {make("a-1", "held", "talks", {}, "2025-04-12"),
                           make("b-1", "scheduled", "talks", {}, "2025-04-14"),
                           make("c-1", "not_held", "talks", {}, "2025-04-11")};
  cs[0].mention.ordinal = 1;
  cs[1].mention.ordinal = 2;
  cs[1].mention.phase = cs[0].mention.phase = "past";
  dated(cs[2], "2018-01-01", "year");  // "no direct talks since 2018"
  cs[2].mention.phase = "past";
  link::link_events(cs, rules_());
  CHECK(cs[0].event != cs[1].event);
  CHECK(cs[2].event != cs[0].event);
}

TEST_CASE("a pending event dated to a later year takes in an undated plan told before it", "[link]") {
  // "agreed in principle on a Xi visit to India in 2026"; days later "no such visit is on the agenda"
  std::vector<Claim> cs = {make("a-1", "agreed", "visit", {"xi_jinping"}, "2025-08-20"),
                           make("b-1", "not_planned", "visit", {"xi_jinping"}, "2025-08-22")};
  dated(cs[0], "2026-01-01", "year");
  link::link_events(cs, rules_());
  CHECK(cs[0].event == cs[1].event);
  SECTION("but an event of a past year does not") {
    std::vector<Claim> r = {make("a-1", "held", "visit", {"xi_jinping"}, "2025-08-20"),
                            make("b-1", "not_planned", "visit", {"xi_jinping"}, "2025-08-22")};
    dated(r[0], "2024-01-01", "year");
    link::link_events(r, rules_());
    CHECK(r[0].event != r[1].event);
  }
}

TEST_CASE("a meeting of two named leaders is not the trilateral", "[link]") {
  std::vector<Claim> cs = {make("a-1", "possible", "meeting", HEADS, "2025-08-07"),
                           make("a-2", "not_planned", "meeting", {"volodymyr_zelensky"}, "2025-08-07"),
                           make("b-1", "expected", "meeting", HEADS, "2025-08-07")};
  cs[1].mention.parties = 3;  // "a trilateral meeting with Zelensky"
  link::link_events(cs, rules_());
  CHECK(cs[1].event != cs[0].event);
  CHECK(cs[2].event == cs[0].event);
  SECTION("and the other way round") {
    std::vector<Claim> r = {make("a-1", "proposed", "meeting", {"volodymyr_zelensky"}, "2025-08-07"),
                            make("b-1", "expected", "meeting", HEADS, "2025-08-07")};
    r[0].mention.parties = 3;
    link::link_events(r, rules_());
    CHECK(r[0].event != r[1].event);
  }
}

TEST_CASE("a numbered round told in another place joins that round and not the meeting held there", "[link]") {
  // "The ministers met in Tehran and agreed to start talks"; "the first round will be in Muscat";
  // the other capital's "the first round will be held in Tehran" disputes the round's venue.
  std::vector<Claim> cs = {make("a-1", "held", "meeting", FM, "2024-06-24"),
                           make("a-2", "agreed", "talks", {}, "2024-06-24"),
                           make("a-3", "scheduled", "talks", {}, "2024-06-25", "S", "BH"),
                           make("b-1", "held", "talks", {}, "2024-06-27"),
                           make("b-2", "scheduled", "talks", {}, "2024-06-27", "S", "BH"),
                           make("b-3", "scheduled", "talks", {}, "2024-06-27", "K", "IR")};
  for (int i : {0, 1, 3}) dated(cs[i], "2024-06-24");
  cs[0].mention.place = cs[1].mention.place = cs[3].mention.place = "tehran";
  cs[2].mention.place = cs[4].mention.place = "muscat";
  cs[5].mention.place = "tehran";
  for (int i : {0, 1, 3, 5}) cs[i].mention.level = "officials";
  cs[2].mention.ordinal = cs[4].mention.ordinal = cs[5].mention.ordinal = 1;
  link::link_events(cs, rules_());
  REQUIRE(cs[3].event == cs[0].event);
  REQUIRE(cs[4].event == cs[2].event);
  CHECK(cs[5].event == cs[2].event);
  CHECK(cs[0].event != cs[2].event);
}

TEST_CASE("a numbered round stays one event when its venue moves", "[link]") {
  std::vector<Claim> cs = {make("a-1", "scheduled", "talks", {}, "2025-04-30"),
                           make("b-1", "held", "talks", {}, "2025-05-11"),
                           make("c-1", "held", "talks", {}, "2025-05-11")};
  cs[0].mention.ordinal = cs[1].mention.ordinal = 4;
  cs[2].mention.ordinal = 3;
  cs[0].mention.place = "rome";
  cs[1].mention.place = cs[2].mention.place = "muscat";
  cs[0].mention.date = "2025-05-03";
  cs[1].mention.date = "2025-05-11";
  cs[2].mention.date = "2025-04-26";
  for (auto& c : cs) c.mention.date_precision = "day";
  link::link_events(cs, rules_());
  CHECK(cs[0].event == cs[1].event);
  CHECK(cs[2].event != cs[1].event);
}

TEST_CASE("a day named after the day first named had passed is the plan moved", "[check]") {
  // "set for Wednesday 20 July" (said on the 14th); "on Friday 22 July" (said on the 21st, or the 15th)
  for (auto [said, disputed] : {std::pair<const char*, bool>{"2022-07-21", false}, {"2022-07-15", true}}) {
    std::vector<Claim> cs = {make("a-1", "scheduled", "ceremony", {}, "2022-07-14"),
                             make("b-1", "scheduled", "ceremony", {}, said)};
    dated(cs[0], "2022-07-20");
    dated(cs[1], "2022-07-22");
    cs[0].mention.place = cs[1].mention.place = "istanbul";
    auto fs = run(cs);
    INFO(said);
    REQUIRE(cs[0].event == cs[1].event);
    CHECK(std::any_of(fs.begin(), fs.end(), [](const Finding& f) { return f.rule == "date_disagreement"; }) ==
          disputed);
  }
  // Both days told in one account weeks later ("Trump had said Thursday the 12th;
  // Tehran and Muscat said Sunday the 15th"): neither was told after the other had passed.
  std::vector<Claim> cs = {make("a-1", "scheduled", "ceremony", {}, "2022-08-10"),
                           make("a-2", "scheduled", "ceremony", {}, "2022-08-10", "y")};
  dated(cs[0], "2022-07-20");
  dated(cs[1], "2022-07-22");
  cs[0].mention.place = cs[1].mention.place = "istanbul";
  auto fs = run(cs);
  REQUIRE(cs[0].event == cs[1].event);
  CHECK(std::any_of(fs.begin(), fs.end(), [](const Finding& f) { return f.rule == "date_disagreement"; }));
}

TEST_CASE("a long-told event takes in only what is near one of its claims", "[link]") {
  // "the first round in Istanbul" in May, reported on into the autumn;
  // "the first technical meeting will be in Vienna" in September.
  std::vector<Claim> cs = {make("a-1", "held", "talks", HEADS, "2025-05-16"),
                           make("b-1", "scheduled", "talks", {}, "2025-05-20"),
                           make("c-1", "possible", "talks", HEADS, "2025-06-25"),
                           make("d-1", "possible", "talks", HEADS, "2025-08-05"),
                           make("e-1", "possible", "talks", HEADS, "2025-08-15"),
                           make("f-1", "scheduled", "talks", {}, "2025-09-13"),
                           make("g-1", "expected", "talks", {}, "2025-07-15")};
  cs[0].mention.ordinal = cs[1].mention.ordinal = cs[5].mention.ordinal = 1;
  cs[0].mention.place = "istanbul";
  cs[1].mention.place = "antalya";  // the venue of that round changed within days
  cs[5].mention.place = "vienna";
  cs[6].mention.sides = {"IR"};  // "talks with Iran" in July, three weeks from any claim of it
  cs[0].mention.phase = "past";
  link::link_events(cs, rules_());
  REQUIRE(cs[4].event == cs[0].event);  // one story, told for months
  CHECK(cs[1].event == cs[0].event);
  CHECK(cs[5].event != cs[0].event);
  CHECK(cs[6].event != cs[0].event);
}

TEST_CASE("a new or next event is not one that has already taken place", "[link]") {
  std::vector<Claim> cs = {make("a-1", "held", "summit", HEADS, "2021-06-16"),
                           make("b-1", "never_agreed", "summit", HEADS, "2021-06-17")};
  cs[0].mention.phase = "past";
  cs[1].mention.novel = true;  // "no agreement on a new summit"
  link::link_events(cs, rules_());
  CHECK(cs[0].event != cs[1].event);
}

TEST_CASE("an event known by its year is not a later year's", "[link]") {
  // "the previous direct talks took place in Istanbul in 2022", then in 2025 "the talks were held".
  std::vector<Claim> cs = {make("a-1", "held", "talks", {}, "2025-05-15"), make("b-1", "held", "talks", {}, "2025-05-16"),
                           make("c-1", "held", "talks", {}, "2025-05-16")};
  dated(cs[0], "2022-01-01", "year");
  dated(cs[2], "2022-01-01", "year");
  link::link_events(cs, rules_());
  CHECK(cs[1].event != cs[0].event);
  CHECK(cs[2].event == cs[0].event);
}

TEST_CASE("an event dated to a month is not one held in another month", "[link]") {
  // "they met on the sidelines in New Delhi" (2 March 2023); "they did not talk at
  // the meeting in July last year" (said the next day); "they met in March".
  std::vector<Claim> cs = {make("a-1", "held", "meeting", FM, "2023-03-02"),
                           make("b-1", "not_held", "meeting", FM, "2023-03-03"),
                           make("c-1", "held", "meeting", FM, "2023-03-03")};
  for (auto& c : cs) c.mention.phase = "past";
  dated(cs[0], "2023-03-02");
  dated(cs[1], "2022-07-01", "month");
  dated(cs[2], "2023-03-01", "month");
  link::link_events(cs, rules_());
  CHECK(cs[1].event != cs[0].event);
  CHECK(cs[2].event == cs[0].event);
  CHECK(run(cs).empty());  // no "held" against "not held": two different meetings
}

TEST_CASE("a plan that came true is not set against a denial of another plan", "[check]") {
  // Fidan: the talks are on Friday; they were held on Friday; a Ukrainian
  // official: there was never an agreed start (the Thursday one).
  std::vector<Claim> cs = {make("a-1", "scheduled", "talks", {}, "2025-05-15"),
                           make("b-1", "held", "talks", {}, "2025-05-16"),
                           make("c-1", "never_agreed", "talks", {}, "2025-05-16", "Ukrainian official", "UA")};
  cs[0].mention.date = cs[1].mention.date = "2025-05-16";
  cs[0].mention.date_precision = cs[1].mention.date_precision = "day";
  cs[1].mention.phase = "past";
  cs[1].modality = cs[0].modality = "asserted";
  auto fs = run(cs);
  REQUIRE(cs[0].event == cs[2].event);
  for (const auto& f : fs) CHECK(f.rule != "agreement_denied");
  SECTION("a plan for another day is") {
    cs[0].mention.date = "2025-05-15";
    auto gs = run(cs);
    REQUIRE(cs[0].event == cs[2].event);
    CHECK(std::any_of(gs.begin(), gs.end(), [](const Finding& f) { return f.rule == "agreement_denied"; }));
  }
  SECTION("a denial that names the very day it was held is not about another plan") {
    // "We never agreed to the 16th", said the day before the talks were held on the 16th.
    cs[2].mention.date = "2025-05-16";
    cs[2].mention.date_precision = "day";
    cs[2].as_of = "2025-05-15";
    auto gs = run(cs);
    REQUIRE(cs[0].event == cs[2].event);
    CHECK(std::any_of(gs.begin(), gs.end(), [](const Finding& f) { return f.rule == "agreement_denied"; }));
  }
}

TEST_CASE("a plan dated before the event was reported held is that event's history", "[link]") {
  // "the summit in Anchorage was held" (reported 19 Aug), then "the summit would be held on 15 August in Anchorage".
  std::vector<Claim> cs = {make("a-1", "held", "summit", HEADS, "2025-08-19"),
                           make("a-2", "scheduled", "summit", {}, "2025-08-19"),
                           make("b-1", "scheduled", "summit", {}, "2025-08-19")};
  cs[0].mention.place = cs[1].mention.place = cs[2].mention.place = "anchorage";
  dated(cs[1], "2025-08-15");
  dated(cs[2], "2025-09-05");  // a plan for after the reports: another summit
  link::link_events(cs, rules_());
  CHECK(cs[1].event == cs[0].event);
  CHECK(cs[2].event != cs[0].event);
}

TEST_CASE("an article goes on about the new event it introduced", "[link]") {
  // "Trump met Putin in Helsinki" / "Putin proposed another meeting in Moscow" /
  // "the meeting could take place next month": the last two are one event.
  std::vector<Claim> cs = {make("a-1", "held", "meeting", HEADS, "2018-08-22"),
                           make("a-2", "proposed", "meeting", {"vladimir_putin"}, "2018-08-22"),
                           make("a-3", "possible", "meeting", {"vladimir_putin"}, "2018-08-22")};
  cs[0].mention.place = "helsinki";
  cs[1].mention.place = cs[2].mention.place = "moscow";
  cs[1].mention.novel = cs[2].mention.novel = true;
  link::link_events(cs, rules_());
  CHECK(cs[1].event != cs[0].event);
  CHECK(cs[2].event == cs[1].event);
}

TEST_CASE("a cancellation is disputed only by claims made no earlier than it", "[check]") {
  const std::vector<std::string> TALKS = {"abbas_araghchi", "steve_witkoff"};
  SECTION("'Washington still expects the talks' after 'the talks will not take place'") {
    std::vector<Claim> cs = {make("a-1", "cancelled", "talks", TALKS, "2025-06-13", "Badr Albusaidi", "OM", "X"),
                             make("b-1", "expected", "talks", TALKS, "2025-06-14", "US official", "US", "Y")};
    auto f = run(cs);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "cancellation_disputed");
    CHECK(f[0].a == std::vector<std::string>{"b-1"});
  }
  SECTION("the plan of Thursday is overtaken by Friday's cancellation") {
    std::vector<Claim> cs = {make("a-1", "scheduled", "talks", TALKS, "2025-06-12", "Donald Trump", "US", "X"),
                             make("b-1", "cancelled", "talks", TALKS, "2025-06-13", "Badr Albusaidi", "OM", "Y")};
    CHECK(run(cs).empty());
  }
  SECTION("an article that recalls the plan while reporting its cancellation") {
    std::vector<Claim> cs = {make("a-1", "scheduled", "talks", TALKS, "2025-06-13", "X", "", "X"),
                             make("a-2", "cancelled", "talks", TALKS, "2025-06-13", "source", "IR", "X")};
    CHECK(run(cs).empty());
  }
}

TEST_CASE("a plan maintained after a cancellation, by someone else, disputes it", "[check]") {
  auto plan_maintained = [](const std::vector<Finding>& fs) {
    return std::count_if(fs.begin(), fs.end(), [](const Finding& f) { return f.rule == "plan_maintained"; });
  };
  SECTION("'preparations are still under way', the same day, in the same article") {
    std::vector<Claim> cs = {make("a-1", "cancelled", "summit", HEADS, "2025-10-22", "Donald Trump", "US", "X"),
                             make("a-5", "planned", "summit", HEADS, "2025-10-22", "Hungarian spokesman", "HU", "X")};
    auto f = run(cs);
    REQUIRE(plan_maintained(f) == 1);
    CHECK(f[0].a == std::vector<std::string>{"a-5"});
    CHECK(f[0].b == std::vector<std::string>{"a-1"});
  }
  SECTION("the speaker who cancelled, planning again, updates himself") {
    std::vector<Claim> cs = {make("a-1", "cancelled", "summit", HEADS, "2025-10-22", "Donald Trump", "US", "X"),
                             make("a-5", "planned", "summit", HEADS, "2025-10-23", "Donald Trump", "US", "X")};
    CHECK(plan_maintained(run(cs)) == 0);
  }
  SECTION("a hedged plan does not dispute it") {
    std::vector<Claim> cs = {make("a-1", "cancelled", "summit", HEADS, "2025-10-22", "Donald Trump", "US", "X"),
                             make("a-5", "planned", "summit", HEADS, "2025-10-22", "Hungarian spokesman", "HU", "X")};
    cs[1].modality = "hedged";
    CHECK(plan_maintained(run(cs)) == 0);
  }
  SECTION("'called off a planned meeting': the plan is the cancellation's background") {
    std::vector<Claim> cs = {make("a-1", "cancelled", "summit", HEADS, "2025-10-22", "Donald Trump", "US", "X"),
                             make("a-1", "planned", "summit", HEADS, "2025-10-22", "X", "", "X"),
                             make("b-1", "cancelled", "summit", HEADS, "2025-10-22", "Dmitry Peskov", "RU", "Y")};
    cs[1].id = "a-1.2";
    CHECK(plan_maintained(run(cs)) == 0);
  }
}

TEST_CASE("'it was not postponed' disputes a postponement and a plan stated alone does not", "[check]") {
  auto denied = [](const std::vector<Finding>& fs) {
    return std::count_if(fs.begin(), fs.end(), [](const Finding& f) { return f.rule == "postponement_denied"; });
  };
  auto claims = [](const std::string& polarity, const std::string& denier) {
    std::vector<Claim> cs = {make("a-1", "postponed", "meeting", HEADS, "2024-10-21", "Marmara Gundem", "TR", "X"),
                             make("b-2", "scheduled", "meeting", HEADS, "2024-10-22", denier, "RU", "Y")};
    cs[1].polarity = polarity;  // "Никаких переносов нет": the negation of "postponed"
    return cs;
  };
  auto cs = claims("negated", "Yuri Ushakov");
  auto f = run(cs);
  REQUIRE(denied(f) == 1);
  CHECK(f[0].a == std::vector<std::string>{"a-1"});
  CHECK(f[0].b == std::vector<std::string>{"b-2"});
  cs = claims("positive", "Yuri Ushakov");  // "the meeting will take place on Wednesday"
  CHECK(denied(run(cs)) == 0);
  cs = claims("negated", "Marmara Gundem");  // a speaker taking back his own report updates it
  CHECK(denied(run(cs)) == 0);
  // "Badalyan rejected reports that the meeting had been postponed": the reports and the
  // denial share a sentence and still oppose each other
  cs = claims("negated", "Ani Badalyan");
  cs[1].id = "a-1.2";
  cs[1].doc = "a";
  cs[1].sentence = 1;
  cs[1].as_of = cs[0].as_of;
  CHECK(denied(run(cs)) == 1);
}

TEST_CASE("an event known only by its kind from another article does not absorb a named one", "[link]") {
  // "the meeting was agreed" (article a, nothing else known), then "talks in
  // Muscat between Iran and the US" (article b): not the same event.
  std::vector<Claim> cs = {make("a-1", "agreed", "talks", {}, "2025-05-20"),
                           make("b-1", "scheduled", "talks", {}, "2025-06-12"),
                           make("b-2", "expected", "talks", {}, "2025-06-12")};
  cs[1].mention.place = "muscat";
  cs[1].mention.sides = {"IR", "US"};
  link::link_events(cs, rules_());
  CHECK(cs[1].event != cs[0].event);
  CHECK(cs[2].event == cs[1].event);  // its own article's bare mention follows the named event
}

TEST_CASE("a proposal the other side declines is not a contradiction", "[check]") {
  const std::vector<std::string> PZ = {"vladimir_putin", "volodymyr_zelensky"};
  std::vector<Claim> cs = {make("a-1", "proposed", "meeting", PZ, "2025-06-02", "Rustem Umerov", "UA"),
                           make("b-1", "not_planned", "meeting", PZ, "2025-06-03", "Dmitry Peskov", "RU")};
  CHECK(run(cs).empty());
}

TEST_CASE("sides: the host is not a party, and parties with nothing in common are two events", "[link]") {
  // "Oman announces the postponement of the round" (side OM), then the round
  // in Muscat between Iran and the US: one event.
  std::vector<Claim> cs = {make("a-1", "cancelled", "talks", {}, "2025-06-14"),
                           make("a-2", "scheduled", "talks", {"abbas_araghchi", "steve_witkoff"}, "2025-06-14"),
                           make("b-1", "not_planned", "meeting", {}, "2025-06-14")};
  cs[0].mention.place = cs[1].mention.place = "muscat";
  cs[0].mention.sides = {"IR", "OM"};
  cs[1].mention.sides = {"IR", "US"};
  cs[2].mention.sides = {"RU"};  // a meeting of Russia's, in another article
  link::link_events(cs, rules_());
  CHECK(cs[1].event == cs[0].event);
  CHECK(cs[2].event != cs[0].event);
}

TEST_CASE("a new round spoken of after the round was called off is another event", "[link]") {
  std::vector<Claim> cs = {make("a-1", "cancelled", "talks", {}, "2025-06-14"),
                           make("b-1", "never_agreed", "talks", {}, "2025-07-08")};
  cs[0].mention.sides = cs[1].mention.sides = {"IR", "US"};
  cs[1].mention.novel = true;  // "no date for a new round of talks"
  link::link_events(cs, rules_());
  CHECK(cs[1].event != cs[0].event);
}

TEST_CASE("two places for one planned meeting are an attribute conflict", "[link][check]") {
  const std::vector<std::string> TX = {"donald_trump", "xi_jinping"};
  std::vector<Claim> cs = {make("a-1", "scheduled", "meeting", TX, "2025-10-25", "White House", "US", "X"),
                           make("b-1", "scheduled", "meeting", TX, "2025-10-27", "Yonhap", "KR", "Y")};
  cs[0].mention.place = "seoul";
  cs[1].mention.place = "tokyo";
  auto f = run(cs);
  CHECK(cs[1].event == cs[0].event);
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "place_disagreement");
  CHECK(f[0].kind == "attribute");
  // Held in one place and planned in another is two meetings ("next time in Moscow").
  std::vector<Claim> hs = {make("a-1", "held", "summit", HEADS, "2025-08-16"),
                           make("b-1", "proposed", "summit", HEADS, "2025-08-16")};
  hs[0].mention.place = "anchorage";
  hs[0].mention.phase = "past";
  hs[1].mention.place = "moscow";
  link::link_events(hs, rules_());
  CHECK(hs[1].event != hs[0].event);
}

TEST_CASE("'in Cairo, not in Doha' is the Doha round, its place disputed", "[link][check]") {
  std::vector<Claim> cs = {make("a-1", "scheduled", "talks", {}, "2024-08-14", "Qatar", "QA", "X"),
                           make("a-2", "scheduled", "talks", {}, "2024-08-14", "Egyptian source", "EG", "X")};
  cs[0].mention.place = "doha";
  cs[1].mention.place = "cairo";
  SECTION("without the denial, a round in another place is another round") {
    link::link_events(cs, rules_());
    CHECK(cs[1].event != cs[0].event);
  }
  SECTION("with it, one round and a place disagreement") {
    cs[1].mention.not_place = "doha";
    auto f = run(cs);
    CHECK(cs[1].event == cs[0].event);
    REQUIRE(f.size() == 1);
    CHECK(f[0].rule == "place_disagreement");
  }
}

TEST_CASE("a place the event was put off from is not in dispute", "[check]") {
  std::vector<Claim> cs = {make("a-1", "postponed", "talks", {}, "2025-05-01", "Badr Albusaidi", "OM"),
                           make("b-1", "scheduled", "talks", {}, "2025-05-09", "Esmaeil Baghaei", "IR")};
  cs[0].mention.place = "rome";
  cs[1].mention.place = "muscat";
  cs[0].mention.ordinal = cs[1].mention.ordinal = 4;
  for (const auto& f : run(cs)) CHECK(f.rule != "place_disagreement");
  SECTION("named again after the postponement, that place is the plan once more") {
    cs.push_back(make("c-1", "scheduled", "talks", {}, "2025-05-09", "Vektor", "", "Y"));
    cs[2].mention.place = "rome";
    cs[2].mention.ordinal = 4;
    auto f = run(cs);
    CHECK(std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "place_disagreement"; }));
  }
}

TEST_CASE("a postponement moves the day, not the place: two places across it still disagree", "[check]") {
  std::vector<Claim> cs = {make("a-1", "planned", "meeting", FM, "2025-10-20", "Peter Szijjarto", "HU", "X"),
                           make("b-1", "postponed", "meeting", FM, "2025-10-21", "White House official", "US", "Y"),
                           make("c-1", "scheduled", "meeting", FM, "2025-10-22", "diplomatic source", "RU", "Z")};
  cs[0].mention.place = "budapest";
  cs[2].mention.place = "geneva";
  auto f = run(cs);
  CHECK(std::count_if(f.begin(), f.end(), [](const Finding& x) { return x.rule == "place_disagreement"; }) == 1);
  // ... while two days across it do not
  cs[0].mention.place = cs[2].mention.place = "";
  dated(cs[0], "2025-10-23");
  dated(cs[2], "2025-10-30");
  f = run(cs);
  CHECK(std::count_if(f.begin(), f.end(), [](const Finding& x) { return x.rule == "date_disagreement"; }) == 0);
  // ... unless it was put off from a day neither of them names ("set for mid-October,
  // postponed"): then the two days still disagree
  dated(cs[1], "2025-10-15");
  f = run(cs);
  CHECK(std::count_if(f.begin(), f.end(), [](const Finding& x) { return x.rule == "date_disagreement"; }) == 1);
  // ... and one put off from the day one of them names explains the other
  dated(cs[1], "2025-10-23");
  f = run(cs);
  CHECK(std::count_if(f.begin(), f.end(), [](const Finding& x) { return x.rule == "date_disagreement"; }) == 0);
}

TEST_CASE("a country contains its cities", "[link][check]") {
  const std::vector<std::string> TX = {"donald_trump", "xi_jinping"};
  std::vector<Claim> cs = {make("a-1", "scheduled", "meeting", TX, "2025-10-25", "A", "US", "X"),
                           make("b-1", "scheduled", "meeting", TX, "2025-10-27", "B", "CN", "Y")};
  cs[0].mention.place = "south_korea";
  cs[1].mention.place = "seoul";
  auto f = run(cs);
  CHECK(cs[1].event == cs[0].event);
  for (const auto& x : f) CHECK(x.rule != "place_disagreement");
}

TEST_CASE("two days for a meeting that was held are an attribute conflict", "[check]") {
  std::vector<Claim> cs = {make("a-1", "held", "meeting", FM, "2025-08-07", "A", "", "X"),
                           make("b-1", "held", "meeting", FM, "2025-08-09", "B", "", "Y")};
  for (auto& c : cs) {
    c.mention.phase = "past";
    c.mention.place = "abu_dhabi";
    c.mention.date_precision = "day";
  }
  cs[0].mention.date = "2025-07-10";
  cs[1].mention.date = "2025-07-11";
  auto f = run(cs);
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "held_date_disagreement");
}

TEST_CASE("held somewhere else than planned is one event only on the planned day", "[link]") {
  const std::vector<std::string> TX = {"donald_trump", "xi_jinping"};
  std::vector<Claim> cs = {make("a-1", "scheduled", "meeting", TX, "2025-10-24"),
                           make("b-1", "held", "meeting", TX, "2025-10-30"),
                           make("c-1", "held", "meeting", TX, "2025-10-30")};
  cs[0].mention.place = "gyeongju";
  dated(cs[0], "2025-10-30");
  cs[1].mention.place = "busan";
  cs[1].mention.phase = "past";
  dated(cs[1], "2025-10-30");
  cs[2].mention.place = "seoul";  // held elsewhere, no day given: another meeting
  cs[2].mention.phase = "past";
  link::link_events(cs, rules_());
  CHECK(cs[1].event == cs[0].event);
  CHECK(cs[2].event != cs[0].event);
}

TEST_CASE("one leader joining a meeting of others is that meeting", "[link]") {
  std::vector<Claim> cs = {make("a-1", "scheduled", "meeting", {"donald_trump", "abdel_fattah_al_sisi"}, "2025-10-13"),
                           make("b-1", "not_planned", "meeting", {"benjamin_netanyahu"}, "2025-10-13")};
  cs[0].mention.place = cs[1].mention.place = "sharm_el_sheikh";
  cs[0].mention.sides = {"EG", "US"};
  cs[1].mention.sides = {"IL"};
  link::link_events(cs, rules_());
  CHECK(cs[1].event == cs[0].event);
}

TEST_CASE("with nothing but the kind in common, only claims within a week are one event", "[link]") {
  for (const auto& [day, same] : {std::pair<std::string, bool>{"2025-10-16", false}, {"2025-10-08", true}}) {
    std::vector<Claim> cs = {make("a-1", "scheduled", "talks", {}, "2025-10-05"),
                             make("b-1", "agreed", "meeting", {"marco_rubio"}, day)};
    cs[0].mention.place = "sharm_el_sheikh";
    link::link_events(cs, rules_());
    INFO(day);
    CHECK((cs[1].event == cs[0].event) == same);
  }
}

TEST_CASE("an event known by its place alone is not the meeting of two people named without a place", "[link]") {
  std::vector<Claim> cs = {make("a-1", "possible", "talks", {}, "2025-10-13"),
                           make("b-1", "scheduled", "meeting", FM, "2025-10-18")};
  cs[0].mention.place = "cairo";  // "the second-phase talks may be held in Cairo next week"
  for (auto& c : cs) {
    dated(c, "2025-10-20");
  }
  link::link_events(cs, rules_());
  CHECK(cs[1].event != cs[0].event);
  SECTION("the same article may name them later") {
    cs[1].doc = cs[0].doc;
    link::link_events(cs, rules_());
    CHECK(cs[1].event == cs[0].event);
  }
}

TEST_CASE("a meeting reported held after the day it was planned for is that plan come true", "[link]") {
  const std::vector<std::string> PK = {"vladimir_putin", "kim_jong_un"};
  SECTION("dated plan: held reported within a week after the planned day") {
    for (const auto& [day, same] : {std::pair<std::string, bool>{"2023-09-13", true}, {"2023-09-30", false}}) {
      std::vector<Claim> cs = {make("a-1", "expected", "summit", PK, "2023-09-12"),
                               make("b-1", "held", "talks", PK, day)};
      dated(cs[0], "2023-09-13");
      cs[1].mention.phase = "past";
      link::link_events(cs, rules_());
      INFO(day);
      CHECK((cs[1].event == cs[0].event) == same);
    }
  }
  SECTION("undated plan: only another article's report made on a later day") {
    std::vector<Claim> cs = {make("a-1", "agreed", "talks", {}, "2025-02-18"),
                             make("a-2", "held", "talks", {}, "2025-02-19"),  // the article's own account, dated a day later
                             make("b-1", "scheduled", "summit", PK, "2025-05-01"),
                             make("c-1", "held", "summit", PK, "2025-05-03")};
    cs[0].mention.place = cs[1].mention.place = "riyadh";
    cs[1].mention.phase = cs[3].mention.phase = "past";
    link::link_events(cs, rules_());
    CHECK(cs[1].event != cs[0].event);
    CHECK(cs[3].event == cs[2].event);
  }
  SECTION("nothing shared, or a new meeting: not the plan") {
    std::vector<Claim> cs = {make("a-1", "scheduled", "meeting", PK, "2025-05-01"),
                             make("b-1", "held", "meeting", HEADS, "2025-05-03"),
                             make("c-1", "held", "meeting", PK, "2025-05-03")};
    cs[1].mention.phase = cs[2].mention.phase = "past";
    cs[2].mention.novel = true;
    link::link_events(cs, rules_());
    CHECK(cs[1].event != cs[0].event);
    CHECK(cs[2].event != cs[0].event);
  }
}

TEST_CASE("a plan reported before the day a meeting was held is that meeting's history", "[link]") {
  // "Blinken and Lavrov met briefly" (2 March); "the day before, a source said the meeting was not planned".
  std::vector<Claim> cs = {make("a-1", "held", "meeting", FM, "2023-03-02"),
                           make("c-1", "planned", "meeting", FM, "2023-03-03"),
                           make("b-1", "not_planned", "meeting", FM, "2023-03-01")};
  cs[0].mention.phase = "past";
  link::link_events(cs, rules_());
  CHECK(cs[1].event != cs[0].event);  // a plan spoken of after it: another meeting
  CHECK(cs[2].event == cs[0].event);
}

TEST_CASE("a retrospective mention counts from the day of the event it names", "[link]") {
  // February: "Blinken postponed his trip, due on 5 February"; June: "the visit had been planned for 5-6 February".
  std::vector<Claim> cs = {make("a-1", "postponed", "visit", {"antony_blinken"}, "2023-02-04"),
                           make("b-1", "scheduled", "visit", {"antony_blinken"}, "2023-06-19")};
  cs[0].mention.date = "2023-02-05";
  cs[1].mention.date = "2023-02-06";
  cs[0].mention.date_precision = cs[1].mention.date_precision = "day";
  link::link_events(cs, rules_());
  CHECK(cs[1].event == cs[0].event);
}

TEST_CASE("a postponed meeting may move by up to two weeks and stay one event", "[link]") {
  for (const auto& [status, same] : {std::pair<std::string, bool>{"postponed", true}, {"scheduled", false}}) {
    std::vector<Claim> cs = {make("a-1", "scheduled", "meeting", FM, "2025-12-05"), make("b-1", status, "meeting", FM, "2025-12-08")};
    cs[0].mention.date = "2025-12-10";
    cs[1].mention.date = "2025-12-19";
    cs[0].mention.date_precision = cs[1].mention.date_precision = "day";
    link::link_events(cs, rules_());
    INFO(status);
    CHECK((cs[1].event == cs[0].event) == same);
  }
}

TEST_CASE("a leader's attendance is an event of its own", "[link][check]") {
  // "The summit in Johannesburg is set for Tuesday" / "Putin will not attend the summit":
  // the summit may take place without him, so no plan is withdrawn.
  std::vector<Claim> cs = {make("a-1", "scheduled", "summit", {}, "2023-08-20", "A", "ZA"),
                           make("b-1", "not_planned", "summit", {"vladimir_putin"}, "2023-08-20", "Dmitry Peskov", "RU"),
                           make("c-1", "planned", "summit", {"vladimir_putin"}, "2023-08-19", "B", "ZA")};
  cs[1].mention.attendee = "vladimir_putin";
  cs[2].mention.attendee = "vladimir_putin";
  auto f = run(cs);
  CHECK(cs[0].event != cs[1].event);
  CHECK(cs[1].event == cs[2].event);  // his attendance, planned then not
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "plan_withdrawn");
  CHECK(f[0].a == std::vector<std::string>{"c-1"});
}

TEST_CASE("'no direct meeting took place' does not deny 'the talks were held indirectly'", "[check]") {
  std::vector<Claim> cs = {make("a-1", "held", "talks", FM, "2025-09-19", "x", "IR"),
                           make("b-1", "not_held", "talks", FM, "2025-09-19", "y", "IR")};
  cs[0].mention.phase = "past";
  cs[0].mention.format = "indirect";
  cs[1].mention.format = "direct";
  auto f = run(cs);
  CHECK(cs[0].event == cs[1].event);
  CHECK(std::none_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "held_denied"; }));
  SECTION("without formats they do contradict") {
    cs[0].mention.format.clear();
    cs[1].mention.format.clear();
    auto g = run(cs);
    CHECK(std::any_of(g.begin(), g.end(), [](const Finding& x) { return x.rule == "held_denied"; }));
  }
}

TEST_CASE("an event known only by its kind and day takes no named mention of another day", "[link]") {
  std::vector<Claim> cs = {make("a-1", "held", "meeting", {}, "2018-05-30"),
                           make("b-1", "held", "visit", HEADS, "2018-06-03")};
  cs[0].mention.phase = "past";
  dated(cs[0], "2018-05-30");
  cs[1].mention.phase = "past";
  link::link_events(cs, rules_());
  CHECK(cs[0].event != cs[1].event);
  SECTION("but a mention of that day joins it, even a 'second' one") {
    cs[1] = make("b-1", "not_held", "meeting", {}, "2018-06-03");
    cs[1].mention.novel = true;  // "the second meeting did not take place on Wednesday"
    dated(cs[1], "2018-05-30");
    link::link_events(cs, rules_());
    CHECK(cs[0].event == cs[1].event);
  }
}

TEST_CASE("of two events as good, a mention goes to the one its article spoke of last", "[link]") {
  std::vector<Claim> cs = {make("a-1", "held", "talks", {"abbas_araghchi"}, "2025-05-02"),
                           make("a-2", "held", "talks", {"abbas_araghchi"}, "2025-05-02"),
                           make("a-3", "held", "talks", {"abbas_araghchi"}, "2025-05-02")};
  for (auto& c : cs) {
    c.mention.phase = "past";
    c.mention.place = "muscat";
  }
  dated(cs[0], "2025-04-12");
  dated(cs[1], "2025-04-26");
  link::link_events(cs, rules_());
  REQUIRE(cs[0].event != cs[1].event);
  CHECK(cs[2].event == cs[1].event);  // "the Muscat round was indirect"
}

// True when the check sets the claims against each other as agreement_denied.
bool denial(std::vector<Claim>& cs) {
  auto f = run(cs);
  return std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "agreement_denied"; });
}

TEST_CASE("'no date has been set' denies a date, not an agreement to meet", "[check]") {
  std::vector<Claim> cs = {make("a-1", "agreed", "meeting", FM, "2025-10-20", "Trump", "US"),
                           make("b-1", "never_agreed", "meeting", FM, "2025-10-21", "Peskov", "RU")};
  cs[1].mention.unset = {"date"};
  CHECK_FALSE(denial(cs));
  SECTION("an agreement that names the day is denied") {
    dated(cs[0], "2025-10-27");
    CHECK(denial(cs));
  }
  SECTION("so is a scheduled meeting") {
    cs[0].status = "scheduled";
    CHECK(denial(cs));
  }
  SECTION("'nothing was decided on time or place' denies an agreement on the place") {
    cs[1].mention.unset = {"date", "place"};
    cs[0].mention.place = "budapest";
    CHECK(denial(cs));
  }
  SECTION("a denial of the meeting itself denies any agreement") {
    cs[1].mention.unset.clear();
    CHECK(denial(cs));
  }
}

TEST_CASE("an agreement told two days after 'never agreed' disputes it and a date set then is news", "[check]") {
  std::vector<Claim> cs = {make("a-1", "agreed", "meeting", FM, "2025-10-22", "Lavrov", "RU"),
                           make("b-1", "never_agreed", "meeting", FM, "2025-10-20", "State Department official", "US")};
  CHECK(denial(cs));  // "we agreed to meet again", two days after "no further meeting has been agreed"
  SECTION("a date announced two days later updates the denial") {
    cs[0].status = "scheduled";
    CHECK_FALSE(denial(cs));
  }
  SECTION("an agreement told three days later is news too") {
    cs[0].as_of = "2025-10-23";
    CHECK_FALSE(denial(cs));
  }
}

TEST_CASE("a plan is denied by 'never agreed' from the other side only", "[check]") {
  auto rule_of = [](std::vector<Claim>& cs) {
    auto f = run(cs);
    return f.empty() ? std::string() : f[0].rule;
  };
  std::vector<Claim> cs = {make("a-1", "planned", "summit", HEADS, "2025-10-20", "Peskov", "RU"),
                           make("b-1", "never_agreed", "summit", HEADS, "2025-10-21", "Ushakov", "RU")};
  CHECK(rule_of(cs).empty());  // "preparations are under way", "nothing is agreed yet": one account
  SECTION("another side's denial") {
    cs[1].speaker = cs[1].speaker_id = "Araghchi";
    cs[1].speaker_side = "IR";
    CHECK(rule_of(cs) == "plan_denied");
  }
  SECTION("an agreement is denied from either side") {
    cs[0].status = "agreed";
    CHECK(rule_of(cs) == "agreement_denied");
  }
}

TEST_CASE("one person named who is not among an event's people is another meeting", "[link]") {
  std::vector<Claim> cs = {make("a-1", "not_held", "meeting", {"ali_bagheri_kani", "robert_malley"}, "2022-03-12"),
                           make("b-1", "held", "talks", {"hossein_amir_abdollahian"}, "2022-03-16")};
  link::link_events(cs, rules_());
  CHECK(cs[0].event != cs[1].event);
  SECTION("one of its people is the same event") {
    cs[1].mention.participants = {"robert_malley"};
    link::link_events(cs, rules_());
    CHECK(cs[0].event == cs[1].event);
  }
  SECTION("a name the knowledge base lacks does not tell it apart") {
    cs[1].mention.participants = {"name:Tete Antonio"};
    link::link_events(cs, rules_());
    CHECK(cs[0].event == cs[1].event);
  }
}

TEST_CASE("two people named, none of them among an event's, is another meeting", "[link]") {
  // Khamenei receiving a guest in Tehran is not a Putin-Zelensky meeting proposed days later,
  // though the host's side is no party that tells them apart.
  std::vector<Claim> cs = {make("a-1", "held", "meeting", {"ali_khamenei"}, "2025-05-27"),
                           make("b-1", "held", "meeting", {"vladimir_putin", "volodymyr_zelensky"}, "2025-05-28")};
  cs[0].mention.place = "tehran";
  link::link_events(cs, rules_());
  CHECK(cs[0].event != cs[1].event);
  SECTION("one of them among its people is the same event") {
    cs[1].mention.participants = {"ali_khamenei", "shehbaz_sharif"};
    link::link_events(cs, rules_());
    CHECK(cs[0].event == cs[1].event);
  }
}

TEST_CASE("a venue agrees with the place it lies in, and disagrees with another", "[link][check]") {
  // "in Alaska" and "in Anchorage": one summit, no place disagreement.
  std::vector<Claim> cs = {make("a-1", "scheduled", "summit", HEADS, "2025-08-09", "A", "US"),
                           make("b-1", "held", "summit", HEADS, "2025-08-16", "B", "RU")};
  cs[0].mention.place = "alaska";
  cs[1].mention.place = "anchorage";
  auto f = run(cs);
  REQUIRE(cs[0].event == cs[1].event);
  for (const auto& x : f) CHECK(x.rule != "place_disagreement");
  // inside St Peter's Basilica and at the villa in Rome, the same day: two places.
  std::vector<Claim> ds = {make("c-1", "held", "meeting", {"donald_trump", "volodymyr_zelensky"}, "2025-04-26", "C", "UA"),
                           make("d-1", "held", "meeting", {"donald_trump", "volodymyr_zelensky"}, "2025-04-28", "D", "RU")};
  dated(ds[0], "2025-04-26");
  dated(ds[1], "2025-04-26");
  ds[0].mention.place = "st_peters_basilica";
  ds[1].mention.place = "villa_taverna";
  f = run(ds);
  REQUIRE(ds[0].event == ds[1].event);
  CHECK(std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "place_disagreement"; }));
}

TEST_CASE("a place put off in time, not moved, still disagrees with another told the same days", "[check]") {
  // Baghdad named all week, postponed on the 16th "until after the elections"; Moscow
  // named on the 16th too: two places, not a move.
  std::vector<Claim> cs = {make("a-1", "scheduled", "meeting", {}, "2024-07-09", "A", "IQ"),
                           make("b-1", "postponed", "meeting", {}, "2024-07-16", "A", "IQ"),
                           make("c-1", "scheduled", "meeting", {}, "2024-07-16", "C", "RU")};
  for (auto& c : cs) c.mention.sides = {"SY", "TR"};
  cs[0].mention.place = cs[1].mention.place = "baghdad";
  cs[2].mention.place = "moscow";
  auto f = run(cs);
  REQUIRE(cs[0].event == cs[2].event);
  CHECK(std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "place_disagreement"; }));
  // Moscow named only after the postponement from Baghdad: the meeting moved.
  cs[2].as_of = "2024-07-20";
  f = run(cs);
  for (const auto& x : f) CHECK(x.rule != "place_disagreement");
}

TEST_CASE("'it was never called off' from another speaker denies a cancellation", "[check]") {
  std::vector<Claim> cs = {make("a-1", "cancelled", "summit", HEADS, "2018-05-24", "A", "US"),
                           make("b-1", "planned", "summit", HEADS, "2018-06-02", "B", "KR")};
  cs[1].polarity = "negated";  // "it was never really called off"
  auto f = run(cs);
  CHECK(std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "cancellation_denied"; }));
  // a plan told plainly nine days later is news after the cancellation, not a denial of it
  cs[1].polarity = "positive";
  for (const auto& x : run(cs)) CHECK(x.rule != "cancellation_denied");
}

TEST_CASE("a speaker's own 'no plans' after his plan is his update, not a withdrawal", "[check]") {
  std::vector<Claim> cs = {make("a-1", "planned", "summit", HEADS, "2025-08-06", "Peskov", "RU"),
                           make("b-1", "not_planned", "summit", HEADS, "2025-08-07", "Peskov", "RU")};
  for (const auto& f : run(cs)) CHECK(f.rule != "plan_withdrawn");
  // another speaker's "no plans" the next day does withdraw it
  cs[1].speaker = cs[1].speaker_id = "Ushakov";
  auto f = run(cs);
  CHECK(std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "plan_withdrawn"; }));
}

TEST_CASE("a day planned when the event had already been held on another day is a date disagreement", "[check]") {
  // Wednesday evening: "he will meet the factions on Thursday"; later: "he met them on Wednesday".
  std::vector<Claim> cs = {make("a-1", "scheduled", "meeting", {"ebrahim_raisi"}, "2023-05-03", "A", "PS"),
                           make("b-1", "held", "meeting", {"ebrahim_raisi"}, "2023-05-06", "B", "IR")};
  dated(cs[0], "2023-05-04");
  dated(cs[1], "2023-05-03");
  auto f = run(cs);
  REQUIRE(cs[0].event == cs[1].event);
  CHECK(std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "held_plan_date_disagreement"; }));
  // planned on Monday for Thursday, held on Wednesday: the plan moved, no disagreement
  cs[0].as_of = "2023-05-01";
  for (const auto& x : run(cs)) CHECK(x.rule != "held_plan_date_disagreement");
}

TEST_CASE("a finding pairs only claims that contradict each other", "[check]") {
  // "Set for Monday" (the 8th); "no date yet" (Tuesday the 9th); "no date yet" (Friday the 12th);
  // "confirmed" (Saturday the 13th): Saturday's confirmation is news after Tuesday's "no date",
  // not a contradiction of it, though it does contradict Friday's.
  std::vector<Claim> cs = {make("a-1", "scheduled", "summit", HEADS, "2021-11-08", "w", "US"),
                           make("b-1", "never_agreed", "summit", HEADS, "2021-11-09", "c", "CN"),
                           make("d-1", "never_agreed", "summit", HEADS, "2021-11-12", "c", "CN"),
                           make("e-1", "scheduled", "summit", HEADS, "2021-11-13", "w", "US")};
  auto fs = run(cs);
  REQUIRE(cs[0].event == cs[3].event);
  auto has = [](const std::vector<std::string>& v, const char* id) { return std::find(v.begin(), v.end(), id) != v.end(); };
  bool early = false, late = false;
  for (const auto& f : fs) {
    if (f.rule != "agreement_denied") continue;
    CHECK_FALSE((has(f.a, "e-1") && has(f.b, "b-1")));
    early = early || (has(f.a, "a-1") && has(f.b, "b-1"));
    late = late || (has(f.a, "e-1") && has(f.b, "d-1"));
  }
  CHECK(early);
  CHECK(late);
}

TEST_CASE("two speakers in one sentence are two accounts and one speaker's are one", "[check]") {
  // "Kanaani rejected the outlet's report that the trip had been cancelled, saying there was
  // no trip to cancel": the outlet's cancellation against Kanaani's "never agreed".
  std::vector<Claim> cs = {make("a-3", "cancelled", "visit", {"faisal_bin_farhan"}, "2023-06-14", "outlet:Sada"),
                           make("a-3", "never_agreed", "visit", {"faisal_bin_farhan"}, "2023-06-14", "nasser_kanaani")};
  cs[0].id = "a-3.1";
  cs[1].id = "a-3.2";
  auto fs = run(cs);
  REQUIRE(cs[0].event == cs[1].event);
  CHECK(std::any_of(fs.begin(), fs.end(), [](const Finding& f) { return f.rule == "presupposition_denied"; }));
  // The same two statuses from one speaker in one sentence are that speaker's account.
  cs[0].speaker_id = cs[1].speaker_id;
  for (const auto& f : run(cs)) CHECK(f.rule != "presupposition_denied");
}

TEST_CASE("weeks after its last report an event needs two of its people named", "[link]") {
  const std::vector<std::string> three = {"vladimir_putin", "ilham_aliyev", "nikol_pashinyan"};
  std::vector<Claim> one = {make("a-1", "planned", "meeting", three, "2025-08-07"),
                            make("b-1", "possible", "visit", {"ilham_aliyev"}, "2025-09-10")};
  std::vector<Claim> two = {make("a-1", "planned", "meeting", three, "2025-08-07"),
                            make("c-1", "possible", "meeting", {"ilham_aliyev", "vladimir_putin"}, "2025-09-10")};
  for (auto* v : {&one, &two})
    for (auto& c : *v) c.mention.place = "moscow";
  link::link_events(one, rules_());
  link::link_events(two, rules_());
  CHECK(one[1].event != one[0].event);  // one name in common, five weeks on: another event
  CHECK(two[1].event == two[0].event);  // two names in common: still that meeting
}

TEST_CASE("two unnamed sources of one description are one speaker only in one outlet", "[check]") {
  auto withdrawn = [](const std::vector<Finding>& fs) {
    return std::count_if(fs.begin(), fs.end(), [](const Finding& f) { return f.rule == "plan_withdrawn"; });
  };
  auto source = [](Claim c) {
    c.speaker_type = "anonymous";
    return c;
  };
  SECTION("told to two outlets: two accounts that disagree") {
    std::vector<Claim> cs = {source(make("a-1", "planned", "visit", {"rafael_grossi"}, "2024-11-13", "anon:aeoi", "", "IRNA")),
                             source(make("b-1", "not_planned", "visit", {"rafael_grossi"}, "2024-11-14", "anon:aeoi", "", "ISNA"))};
    CHECK(withdrawn(run(cs)) == 1);
  }
  SECTION("in one outlet: the same source's account") {
    std::vector<Claim> cs = {source(make("a-1", "planned", "visit", {"rafael_grossi"}, "2024-11-13", "anon:aeoi", "", "IRNA")),
                             source(make("b-1", "not_planned", "visit", {"rafael_grossi"}, "2024-11-14", "anon:aeoi", "", "IRNA"))};
    CHECK(withdrawn(run(cs)) == 0);
  }
}

TEST_CASE("one outlet's 'cancelled' against another's 'postponed' the same days is a contradiction", "[check]") {
  auto with_rule = [](const std::vector<Finding>& f) {
    return std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "cancelled_vs_postponed"; });
  };
  std::vector<Claim> cs = {make("a-1", "cancelled", "meeting", FM, "2025-10-21", "A", "RU", "O1"),
                           make("b-1", "postponed", "meeting", FM, "2025-10-22", "B", "US", "O2")};
  CHECK(with_rule(run(cs)));
  SECTION("a week later, the cancellation is news after the postponement") {
    cs[0].as_of = "2025-10-29";
    CHECK_FALSE(with_rule(run(cs)));
  }
  SECTION("one outlet saying both is an inconsistency of its own, not this contradiction") {
    cs[1].outlet = "O1";
    CHECK_FALSE(with_rule(run(cs)));
  }
  SECTION("'cancelled' in a sentence that also says 'postponed' is a loose word for the postponement") {
    std::vector<Claim> more = cs;
    more.push_back(make("a-1", "postponed", "meeting", FM, "2025-10-21", "A", "RU", "O1"));
    CHECK_FALSE(with_rule(run(more)));
  }
}

TEST_CASE("'met X' and 'no meeting with Y took place' speak of two meetings", "[check]") {
  auto held_denied = [](std::vector<Claim>& cs) {
    auto f = run(cs);
    return std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "held_denied"; });
  };
  std::vector<Claim> cs = {make("a-1", "held", "meeting", {"antonio_tajani"}, "2023-08-28", "A", "LY", "O1"),
                           make("b-1", "not_held", "meeting", {"eli_cohen"}, "2023-08-28", "B", "LY", "O2")};
  for (auto& c : cs) c.mention.place = "rome";
  CHECK_FALSE(held_denied(cs));
  CHECK(cs[0].event == cs[1].event);  // linked as one event all the same
  SECTION("the same person met and not met is a contradiction") {
    cs[1].mention.participants = {"antonio_tajani"};
    CHECK(held_denied(cs));
  }
  SECTION("'X held talks' and 'X left without meeting Y' speak of two meetings") {
    cs[1].mention.participants = {"antonio_tajani", "eli_cohen"};
    CHECK_FALSE(held_denied(cs));
    cs[0].mention.participants = {"antonio_tajani", "eli_cohen"};
    CHECK(held_denied(cs));
  }
}

TEST_CASE("a separate meeting is not the summit it was told of", "[link][check]") {
  // "The summit was held" / "Trump did not hold a separate meeting with Japarov": two events,
  // so no held_denied; a later claim about the separate meeting without the word joins it.
  const std::vector<std::string> five = {"donald_trump", "sadyr_japarov", "kassym_jomart_tokayev", "shavkat_mirziyoyev"};
  std::vector<Claim> cs = {make("a-1", "held", "summit", five, "2025-11-07", "A", "US"),
                           make("b-1", "not_held", "meeting", {"donald_trump", "sadyr_japarov"}, "2025-11-07", "B", "US"),
                           make("c-1", "held", "meeting", {"donald_trump", "sadyr_japarov"}, "2025-11-08", "C", "KG")};
  cs[1].mention.part = true;
  auto f = run(cs);
  CHECK(cs[0].event != cs[1].event);
  CHECK(cs[1].event == cs[2].event);
  CHECK(std::none_of(f.begin(), f.end(), [&](const Finding& x) {
    return std::find(x.a.begin(), x.a.end(), "a-1") != x.a.end() || std::find(x.b.begin(), x.b.end(), "a-1") != x.b.end();
  }));
  CHECK(std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "held_denied"; }));
  SECTION("nor the leaders' meeting, when it names someone else") {
    // "Misri also held a separate meeting with Drouin": not the Modi-Carney meeting.
    std::vector<Claim> ms = {make("a-1", "held", "meeting", {"narendra_modi", "mark_carney"}, "2025-06-18", "A", "IN"),
                             make("a-2", "held", "meeting", {"vikram_misri", "mark_carney"}, "2025-06-18", "A", "IN"),
                             make("b-1", "not_held", "meeting", {"vikram_misri", "mark_carney"}, "2025-06-20", "B", "IN")};
    ms[1].mention.part = ms[2].mention.part = true;
    run(ms);
    CHECK(ms[1].event != ms[0].event);
    CHECK(ms[1].event == ms[2].event);
  }
  SECTION("without the word it is the summit's") {
    cs[1].mention.part = false;
    cs[1].mention.kind = "summit";
    run(cs);
    CHECK(cs[0].event == cs[1].event);
  }
}

TEST_CASE("a plan one side tells days after the other side's 'no plans' still contradicts it", "[check]") {
  const std::vector<std::string> call = {"donald_trump", "lula_da_silva"};
  std::vector<Claim> cs = {make("a-1", "not_planned", "call", call, "2025-08-09", "Luiz Inacio Lula da Silva", "BR"),
                           make("b-1", "planned", "call", call, "2025-08-12", "White House official", "US")};
  auto f = run(cs);
  REQUIRE(cs[0].event == cs[1].event);
  CHECK(std::any_of(f.begin(), f.end(), [](const Finding& x) { return x.rule == "plan_withdrawn"; }));
  SECTION("from the same side it is news") {
    cs[1].speaker_side = "BR";
    cs[1].speaker = cs[1].speaker_id = "Brazil presidency";
    auto g = run(cs);
    CHECK(std::none_of(g.begin(), g.end(), [](const Finding& x) { return x.rule == "plan_withdrawn"; }));
  }
}

TEST_CASE("two venues of one city told of the same people's past meeting are one meeting whose venue is disputed",
          "[link][check]") {
  const std::vector<std::string> fm = {"takeshi_iwaya", "wang_yi"};
  std::vector<Claim> cs = {make("a-1", "held", "talks", fm, "2024-12-25", "Xinhua", "CN", "X"),
                           make("a-2", "held", "talks", fm, "2024-12-25", "Xinhua", "CN", "X"),
                           make("b-1", "held", "talks", fm, "2024-12-26", "Japanese official", "JP", "Y")};
  dated(cs[0], "2024-12-25");
  cs[0].mention.place = "beijing";
  cs[1].mention.place = "diaoyutai";
  cs[2].mention.place = "great_hall_of_the_people";
  auto f = run(cs);
  CHECK(cs[1].event == cs[0].event);
  CHECK(cs[2].event == cs[0].event);
  // "In Beijing" holds both venues; the first venue named is side a's.
  REQUIRE(f.size() == 1);
  CHECK(f[0].rule == "place_disagreement");
  CHECK(f[0].a == std::vector<std::string>{"a-2"});
  CHECK(f[0].b == std::vector<std::string>{"b-1"});
  SECTION("venues of two cities stay two meetings") {
    cs[2].mention.place = "hyderabad_house";
    for (const auto& x : run(cs)) CHECK(x.rule != "place_disagreement");
    CHECK(cs[2].event != cs[0].event);
  }
}

TEST_CASE("a meeting told as held on its day is not one held days before", "[link]") {
  const std::vector<std::string> ministers = {"abbas_araghchi", "faisal_bin_farhan"};
  std::vector<Claim> cs = {make("a-1", "held", "meeting", ministers, "2024-10-09"),
                           make("a-2", "held", "meeting", ministers, "2024-10-09")};
  dated(cs[0], "2024-10-09");
  dated(cs[1], "2024-10-03");  // "after they met in Doha on Thursday"
  auto events = link::link_events(cs, rules_());
  CHECK(cs[0].event != cs[1].event);
  // A day apart, it is one meeting whose day the sources may dispute.
  std::vector<Claim> close = {make("b-1", "held", "meeting", ministers, "2024-10-09"),
                              make("c-1", "held", "meeting", ministers, "2024-10-10")};
  dated(close[0], "2024-10-08");
  dated(close[1], "2024-10-09");
  link::link_events(close, rules_());
  CHECK(close[0].event == close[1].event);
}

TEST_CASE("one speaker telling a meeting set and then called off disputes nothing", "[check]") {
  auto has_dispute = [](const std::vector<Finding>& fs) {
    return std::any_of(fs.begin(), fs.end(), [](const Finding& f) { return f.rule == "cancellation_disputed"; });
  };
  std::vector<Claim> same = {make("a-1", "scheduled", "meeting", HEADS, "2019-09-07", "Donald Trump", "US", "O1"),
                             make("b-1", "cancelled", "meeting", HEADS, "2019-09-07", "Donald Trump", "US", "O2")};
  CHECK_FALSE(has_dispute(run(same)));
  std::vector<Claim> two = {make("a-1", "scheduled", "meeting", HEADS, "2019-09-07", "A source", "AF", "O1"),
                            make("b-1", "cancelled", "meeting", HEADS, "2019-09-07", "Donald Trump", "US", "O2")};
  CHECK(has_dispute(run(two)));
}
