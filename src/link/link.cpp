#include "link/link.h"

#include <algorithm>
#include <boost/graph/adjacency_list.hpp>
#include <boost/graph/breadth_first_search.hpp>
#include <climits>
#include <cstdlib>
#include <map>
#include <set>

#include "extract/timex.h"

namespace claimtrack::link {
namespace {


struct Cluster {
  Event ev;
  std::set<std::string> participants, sides, phases;
  int day_min = INT_MAX, day_max = INT_MIN;  // dates the claims were made
  std::set<int> days;                        // ... each of them (claim_day)
  std::set<int> dates;                       // explicit event dates
  std::set<std::string> years;               // years of dates known only to the year ("since 2018")
  std::set<int> months;                      // first days of months it is dated to without a day ("in July")
  std::map<std::string, int> named;          // participant -> mentions naming them
  int naming_mentions = 0;                   // mentions that name any participant
  std::set<std::string> docs;                // documents with claims about it
  std::set<std::string> novel_docs;          // documents that introduced it as a new event
  int cancelled_day = INT_MAX;               // when it was first reported cancelled
  int held_day = INT_MAX;                    // the earliest day it is said to have taken place
  bool postponed = false;                    // some claim says it was put off
  int ordinal = 0;                           // "the fourth round"
  int parties = 0;                           // "trilateral"
  int pairs = 0;                             // mentions naming exactly two participants, no count
  std::string attendee;                      // an attendance event's attendee ("" for the event itself)
  bool part = false;                         // an event within a larger one ("a separate meeting")

  // Participants named by at least a third of the mentions that name anyone:
  // a name that one sentence attached by mistake does not relabel the event.
  std::vector<std::string> main_participants() const {
    std::vector<std::string> out;
    for (const auto& [p, n] : named)
      if (3 * n >= naming_mentions) out.push_back(p);
    return out;
  }
};

// Claims about one event are made within kMaxGapDays of each other (10 for a
// call). Linking relies on it twice: compatibility() rejects a larger gap, and
// link_events() only compares a claim with the events indexed in the 32-day
// buckets around its day (blocking), plus those without a dated claim.
constexpr int kMaxGapDays = 45;
constexpr int kMaxCallGapDays = 10;
constexpr int kStaleGapDays = 21;  // beyond it, an event needs more than one name in common
constexpr int kBucketDays = 32;
constexpr int kMonthDays = 31;
constexpr int kCallReportDays = 4;  // a call said to have happened, undated, is at most this old  // the longest month of the calendars a date may be told in

// The day a claim counts from: when it was made, or for a retrospective
// mention ("the visit had been planned for 5-6 February", said in June) the
// day of the event it names.
int claim_day(const Claim& c) {
  int d = timex::to_days(c.as_of);
  int md = timex::to_days(c.mention.date);
  if (c.mention.date_precision == "day" && md != INT_MIN && d != INT_MIN && md < d) return md;
  // ("they met in July", said in March: from that July)
  if (c.mention.date_precision == "month" && md != INT_MIN && d != INT_MIN && md + kMonthDays < d) return md;
  return d;
}

bool disjoint_both_ways(const std::set<std::string>& a, const std::vector<std::string>& b) {
  if (a.size() < 2 || b.size() < 2) return false;
  bool a_extra = false, b_extra = false;
  for (const auto& x : b)
    if (!a.count(x)) b_extra = true;
  std::set<std::string> bs(b.begin(), b.end());
  for (const auto& x : a)
    if (!bs.count(x)) a_extra = true;
  return a_extra && b_extra;
}

// Two places for one event ("in Gyeongju" for one source, "in Busan" for
// another) only when the same people meet (two or more in common), the claims
// were made within two weeks of each other, the mention is not a new event
// ("next time in Moscow"), and, if either was held, on the day the plan named
// ("in Gyeongju on Thursday", then "met in Busan on Thursday").
// (Undated, two venues of one city will do: "met at the Diaoyutai State Guesthouse" and "held
// in the Great Hall of the People", both in Beijing, told of the same ministers.)
bool other_place_same_event(const Cluster& c, const Claim& x, const rules::RuleSet& rules) {
  const EventMention& m = x.mention;
  if (m.novel) return false;
  if (m.phase == "past" || c.phases.count("past")) {
    int d = m.date_precision == "day" ? timex::to_days(m.date) : INT_MIN;
    const auto* here = rules.entity(m.place);
    const auto* there = rules.entity(c.ev.place);
    bool one_city = d == INT_MIN && here && there && !here->in.empty() && here->in == there->in &&
                    here->type == "place" && there->type == "place";
    if (!one_city &&
        (d == INT_MIN || std::none_of(c.dates.begin(), c.dates.end(), [&](int cd) { return std::abs(cd - d) <= 1; })))
      return false;
  }
  int shared = 0;
  for (const auto& p : m.participants) shared += static_cast<int>(c.participants.count(p));
  int day = claim_day(x);
  // (or the same two sides: "the security meeting of Damascus and Ankara, in Moscow")
  bool same_sides = m.sides.size() >= 2 &&
                    std::all_of(m.sides.begin(), m.sides.end(), [&](const std::string& s) { return c.sides.count(s) > 0; });
  return (shared >= 2 || same_sides) && day != INT_MIN && c.day_min != INT_MAX && day >= c.day_min - 14 &&
         day <= c.day_max + 14;
}

// True when `day` is unknown or within `days` of the day of one of the event's claims.
bool near_a_claim(const Cluster& c, int day, int days) {
  if (day == INT_MIN || c.days.empty()) return true;
  auto it = c.days.lower_bound(day - days);
  return it != c.days.end() && *it <= day + days;
}

// A place that lies in another along `in` ("Anchorage" in "Alaska"); not a city in its country.
bool venue_within(const rules::RuleSet& rules, const std::string& wide, const std::string& narrow) {
  const auto* w = rules.entity(wide);
  return w && w->type != "country" && rules.within(wide, narrow);
}

// Returns -1 when incompatible, else a score (higher = more shared evidence).
int compatibility(const Cluster& c, const Claim& x, const rules::RuleSet& rules) {
  const EventMention& m = x.mention;
  if (kind_class(c.ev.kind) != kind_class(m.kind)) return -1;
  // "Putin will not attend the summit" is about Putin's attendance, an event of
  // its own: the summit may take place without him.
  if (m.attendee != c.attendee) return -1;
  // "There was no separate meeting" is not about the summit or the talks it was said
  // of (another kind, or three or more taking part); what is told of the separate
  // meeting without the word may join it.
  // (Nor one whose people it does not all name: "Misri also held a separate meeting with
  // Drouin" is not the leaders' meeting.)
  if (m.part && !c.part &&
      (c.ev.kind != m.kind || c.parties >= 3 || c.main_participants().size() >= 3 ||
       std::any_of(m.participants.begin(), m.participants.end(), [&](const std::string& p) { return !c.participants.count(p); })))
    return -1;
  if (!c.ev.level.empty() && !m.level.empty() && c.ev.level != m.level) return -1;
  // "The fourth round" names one event even when its venue moved or its day
  // slipped ("set for Rome on 3 May, held in Muscat on 11 May").
  // (Told within weeks of it: "the first technical meeting" in Vienna in September
  // is not the first round in Istanbul, however long that story went on.)
  bool same_round = m.ordinal && c.ordinal && m.ordinal == c.ordinal && near_a_claim(c, claim_day(x), 21);
  // The same place, or a venue in the other ("in Anchorage", "in Alaska").
  bool same_place = !m.place.empty() && !c.ev.place.empty() &&
                    (m.place == c.ev.place || venue_within(rules, m.place, c.ev.place) ||
                     venue_within(rules, c.ev.place, m.place));
  // "... in Cairo, not in Doha" is about the event placed in Doha.
  bool other_place = !c.ev.place.empty() && !m.place.empty() && c.ev.place != m.place &&
                     !rules.within(c.ev.place, m.place) && !rules.within(m.place, c.ev.place) &&
                     m.not_place != c.ev.place;
  // ("these talks will be held in Geneva", said of the article's event placed elsewhere)
  bool referred = m.anaphoric && m.inherited && c.docs.count(x.doc);
  if (other_place && !same_round && !referred && !other_place_same_event(c, x, rules)) return -1;
  if (disjoint_both_ways(c.participants, m.participants)) return -1;
  // Two or more people named, none of them among the event's: the meeting of others
  // ("a Putin-Zelensky meeting" is not "Khamenei's meeting in Tehran").
  // (People the knowledge base knows: a phrase taken for a name tells nothing.)
  auto known = [&](const std::string& p) { return rules.entity(p) != nullptr; };
  if (!same_round && std::count_if(m.participants.begin(), m.participants.end(), known) >= 2 &&
      std::any_of(c.participants.begin(), c.participants.end(), known) &&
      std::none_of(m.participants.begin(), m.participants.end(), [&](const std::string& p) { return c.participants.count(p) > 0; }))
    return -1;
  // One person named, who is not among the two or more of the event: another meeting
  // ("talks with Amir-Abdollahian in Moscow" are not "a meeting of Bagheri Kani and
  // Malley"), unless that person joins them where they meet (below).
  // (A name the knowledge base lacks is weaker evidence: it may be a mediator or a
  // phrase taken for a name, "проекты ... передавал глава ангольской дипломатии Тете Антониу".)
  bool one_stranger = m.participants.size() == 1 && c.participants.size() >= 2 && !c.participants.count(m.participants[0]) &&
                      !same_place && rules.entity(m.participants[0]);
  if (one_stranger && !c.docs.count(x.doc)) return -1;
  if (m.ordinal && c.ordinal && m.ordinal != c.ordinal) return -1;  // the second round is not the first
  if (m.parties && c.parties && m.parties != c.parties) return -1;  // a trilateral is not the bilateral
  // "a meeting between Trump and Putin" is a bilateral even when nobody says so.
  if ((m.parties >= 3 && !c.parties && c.pairs > 0) || (!m.parties && m.participants.size() == 2 && c.parties >= 3))
    return -1;
  // The host ("Oman announced the postponement" of talks in Muscat) is not a
  // party that tells one event from another.
  std::set<std::string> hosts;
  for (const std::string* place : {&c.ev.place, &m.place})
    if (const auto* p = place->empty() ? nullptr : rules.entity(*place)) hosts.insert(p->side);
  std::set<std::string> c_sides;
  std::vector<std::string> m_sides;
  for (const auto& sd : c.sides)
    if (!hosts.count(sd)) c_sides.insert(sd);
  for (const auto& sd : m.sides)
    if (!hosts.count(sd)) m_sides.push_back(sd);
  if (disjoint_both_ways(c_sides, m_sides)) return -1;
  // Sides known on both and none in common: talks of Iran are not a meeting of Russia's
  // (but one leader joining a meeting of others at its place is: "Netanyahu will not
  // attend the summit in Sharm el-Sheikh").
  bool joins = m.participants.size() == 1 && c.participants.size() >= 2 && same_place;
  if (!c_sides.empty() && !m_sides.empty() && !joins &&
      std::none_of(m_sides.begin(), m_sides.end(), [&](const std::string& sd) { return c_sides.count(sd) > 0; }))
    return -1;
  bool past = m.phase == "past";
  bool c_past = c.phases.count("past") > 0, c_pending = c.phases.count("pending") > 0;
  // A date known only to the year ("since 2018") rules out events of other years.
  bool year_only = m.date_precision == "year";
  if (year_only && c.day_min != INT_MAX && !c.years.count(m.date.substr(0, 4))) {
    std::string y = m.date.substr(0, 4);
    if (timex::from_days(c.day_min).substr(0, 4) > y || timex::from_days(c.day_max).substr(0, 4) < y) return -1;
  }
  // An event dated only by its year ("the talks of 2022") is not what a
  // mention dated in another year, or an undated one from a later year, is about.
  // (Not an undated plan told before the year a pending event is dated to: "a Xi visit to
  // India in 2026" and "no such visit is on the agenda", both said in 2025.)
  if (!c.years.empty() && c.dates.empty()) {
    std::string y = !m.date.empty() ? m.date.substr(0, 4) : x.as_of.substr(0, 4);
    bool later_plan = m.date.empty() && m.phase == "pending" && !c_past &&
                      std::all_of(c.years.begin(), c.years.end(), [&](const std::string& cy) { return cy > y; });
    if (!y.empty() && !c.years.count(y) && !later_plan) return -1;
  }
  bool month_only = m.date_precision == "month";
  int md = year_only || month_only ? INT_MIN : timex::to_days(m.date);
  bool dated_match = md != INT_MIN && c.dates.count(md);
  // A plan dated no later than the reports that the event took place is that
  // event's history ("the summit would be held on 15 August" / "was held").
  bool history = md != INT_MIN && !past && c_past && c.day_max != INT_MIN && md <= c.day_max &&
                 same_place;
  // A meeting reported held within a week after the day it was planned for
  // (or, undated, after the last report of the plan) is that plan come true;
  // a plan reported before the day an event was held is its history.
  int said = timex::to_days(x.as_of);
  bool shares_who_or_where = same_place;
  for (const auto& p : m.participants) shares_who_or_where = shares_who_or_where || c.participants.count(p) > 0;
  bool came_true = false, earlier_plan = false;
  if (!m.novel && said != INT_MIN && shares_who_or_where) {
    if (past && c_pending && !c_past) {
      if (!c.dates.empty())
        came_true = std::any_of(c.dates.begin(), c.dates.end(), [&](int d) { return d <= said && said - d <= 7; });
      else
        came_true = !c.docs.count(x.doc) && c.day_max != INT_MIN && said > c.day_max && said - c.day_max <= 7 &&
                    (md == INT_MIN || md >= c.day_min);
    } else if (m.phase == "pending" && c_past && !c_pending) {
      earlier_plan = said < c.held_day;
    }
  }
  if (!dated_match && !same_round && !history && !came_true && !earlier_plan &&
      ((past && c_pending && !c_past) || (!past && m.phase == "pending" && c_past && !c_pending)))
    return -1;
  // A call said to have taken place, with no day of its own, told days after the day of
  // the call an event is dated to, is a later call ("spoke on Tuesday", then "созвонились"
  // reported a week later): calls are made often and reported at once.
  if (kind_class(m.kind) == "call" && past && md == INT_MIN && m.date_precision.empty() && !c.dates.empty() &&
      said != INT_MIN && *c.dates.rbegin() < said - kCallReportDays && !c.docs.count(x.doc))
    return -1;
  // Time: explicit event dates must agree (a call is a point in time); else the
  // claims must have been made within a few weeks of each other.
  // The same numbered round may have been moved by a week or two.
  // So may an event that was put off ("postponed from 10 to 19 December").
  bool moved = c.postponed || x.status == "postponed";
  int tolerance = kind_class(m.kind) == "call" ? 1 : (same_round || moved) ? 14 : 7;
  // A meeting told as held on its day is not one held days before or after it ("the second
  // meeting of the ministers within a week, after they met in Doha on Thursday").
  if (past && m.date_precision == "day" && c_past && !c_pending && !moved && !same_round) tolerance = std::min(tolerance, 2);
  if (md != INT_MIN && !c.dates.empty()) {
    bool near = false;
    for (int d : c.dates)
      if (std::abs(d - md) <= tolerance) near = true;
    if (!near) return -1;
  }
  // "In July" ("в июле", "در تیر"): the event's days fall in that month, and a
  // month it is dated to overlaps it (months of two calendars may be told).
  auto in_month = [&](int start, int d) { return d >= start - tolerance && d < start + kMonthDays + tolerance; };
  int ms = month_only ? timex::to_days(m.date) : INT_MIN;
  if (ms != INT_MIN && !c.dates.empty() &&
      std::none_of(c.dates.begin(), c.dates.end(), [&](int d) { return in_month(ms, d); }))
    return -1;
  if (ms != INT_MIN && c.dates.empty() && !c.months.empty() &&
      std::none_of(c.months.begin(), c.months.end(), [&](int cm) { return std::abs(cm - ms) < kMonthDays - 3; }))
    return -1;
  if (md != INT_MIN && c.dates.empty() && !c.months.empty() &&
      std::none_of(c.months.begin(), c.months.end(), [&](int cm) { return in_month(cm, md); }))
    return -1;
  int day = claim_day(x);
  if (day != INT_MIN && c.day_min != INT_MAX) {
    int gap = day < c.day_min ? c.day_min - day : (day > c.day_max ? day - c.day_max : 0);
    if (gap > (kind_class(m.kind) == "call" ? kMaxCallGapDays : kMaxGapDays)) return -1;
    // Weeks after its last report, only a mention that names two of its people, its day
    // or its round is still that event ("Aliyev's visit to Moscow is possible", said in
    // October, is not the three-way meeting in Moscow reported in August).
    int shared = 0;
    for (const auto& p : m.participants) shared += static_cast<int>(c.participants.count(p));
    if (gap > kStaleGapDays && shared < 2 && !dated_match && !same_round && !c.docs.count(x.doc)) return -1;
  }
  // An event known only by its kind ("the meeting", "the talks") from other
  // articles is no evidence for a mention that says who, where or which sides:
  // joining it would make it a magnet for every later event of that kind.
  bool bare = c.participants.empty() && c.ev.place.empty() && c.sides.empty() && c.dates.empty() && !c.ordinal;
  bool telling = !m.participants.empty() || !m.place.empty() || !m.sides.empty() || m.ordinal;
  if (bare && telling && !c.docs.count(x.doc)) return -1;
  // Nor is an event known only by its kind and day ("the teams met again on
  // Wednesday") for a mention that names who or where but not that day.
  bool faceless = c.participants.empty() && c.ev.place.empty() && c.sides.empty() && c.ev.level.empty() && !c.ordinal;
  if (faceless && telling && !dated_match && !c.docs.count(x.doc)) return -1;
  // An event known by its place alone ("the second-phase talks in Cairo next
  // week") is not the meeting of two people another article names without a
  // place, however the days agree.
  if (c.participants.empty() && c.sides.empty() && !c.ev.place.empty() && m.place.empty() &&
      m.participants.size() >= 2 && !c.docs.count(x.doc))
    return -1;
  // Nor is a date alone enough for "the meeting" of another article to join
  // "the talks in Cairo": with nothing told, the kind must be the same (a summit
  // is a meeting of leaders).
  bool same_kind = m.kind == c.ev.kind || (m.kind == "summit" && c.ev.kind == "meeting") ||
                   (m.kind == "meeting" && c.ev.kind == "summit");
  if (!bare && !telling && !c.docs.count(x.doc) && !same_kind) return -1;
  // With nothing but the kind in common ("the talks in Sharm el-Sheikh", "the
  // meeting of Rubio and Lavrov"), only claims made within a week are one event.
  if (telling && !c.docs.count(x.doc)) {
    bool shares = dated_match || same_round || (!m.place.empty() && !c.ev.place.empty() && !other_place);
    for (const auto& p : m.participants) shares = shares || c.participants.count(p) > 0;
    for (const auto& sd : m.sides) shares = shares || c.sides.count(sd) > 0;
    // (a week from one of its claims: an event reported for months is no reason
    // to take in anything of its kind from those months)
    if (!shares && !near_a_claim(c, claim_day(x), 7)) return -1;
  }
  // The article itself set a "next round" apart from the events it named
  // (but goes on about that next round: "another meeting... the meeting could").
  if (m.novel && c.docs.count(x.doc) && !c.novel_docs.count(x.doc)) return -1;
  // "A new summit", "the next round" is not one that has already taken place
  // (unless it names that event's day: "the second meeting did not happen on Wednesday").
  if (m.novel && m.phase != "past" && c.phases.count("past") && !dated_match) return -1;
  // Nor is "a new round" spoken of after this one was called off.
  if (m.novel && m.phase != "past" && claim_day(x) != INT_MIN && claim_day(x) > c.cancelled_day) return -1;
  int score = 1;
  for (const auto& p : m.participants) score += 3 * static_cast<int>(c.participants.count(p));
  for (const auto& s : m.sides) score += static_cast<int>(c.sides.count(s));
  if (!m.level.empty() && m.level == c.ev.level) score += 2;
  if (same_place || (!m.place.empty() && !m.not_place.empty() && m.not_place == c.ev.place)) score += 3;
  else if (!m.place.empty() && !c.ev.place.empty() && !other_place) score += 2;
  if (m.kind == c.ev.kind) score += 1;
  if (dated_match) score += 3;
  if (same_round) score += 4;
  if (c.docs.count(x.doc)) score += 2;  // an article usually keeps talking about the same event
  return score;
}

void absorb(Cluster& c, const Claim& x, const rules::RuleSet& rules) {
  const EventMention& m = x.mention;
  if (c.ev.claims.empty()) {
    c.attendee = m.attendee;
    c.part = m.part;
  }
  if (c.ev.kind.empty() || (c.ev.kind == "meeting" && m.kind == "summit")) c.ev.kind = m.kind;
  if (c.ev.level.empty()) c.ev.level = m.level;
  if (c.ev.place.empty()) c.ev.place = m.place;
  // A city in the country the event was placed in says where more precisely.
  if (!m.place.empty() && m.place != c.ev.place && rules.within(c.ev.place, m.place) &&
      rules.entity(m.place)->type != "country")
    c.ev.place = m.place;
  if (!c.ordinal) c.ordinal = m.ordinal;
  if (!c.parties) c.parties = m.parties;
  for (const auto& p : m.participants) {
    c.participants.insert(p);
    ++c.named[p];
  }
  if (!m.participants.empty()) ++c.naming_mentions;
  if (!m.parties && m.participants.size() == 2) ++c.pairs;
  for (const auto& s : m.sides) c.sides.insert(s);
  if (!m.phase.empty()) c.phases.insert(m.phase);
  int d = m.date_precision == "year" || m.date_precision == "month" ? INT_MIN : timex::to_days(m.date);
  if (d != INT_MIN) c.dates.insert(d);
  if (m.date_precision == "month" && timex::valid_date(m.date)) c.months.insert(timex::to_days(m.date));
  if (m.date_precision == "year") c.years.insert(m.date.substr(0, 4));
  int day = claim_day(x);
  if (day != INT_MIN) {
    c.day_min = std::min(c.day_min, day);
    c.day_max = std::max(c.day_max, day);
    c.days.insert(day);
  }
  c.ev.claims.push_back(x.id);
  c.docs.insert(x.doc);
  if (m.novel) c.novel_docs.insert(x.doc);
  if (x.status == "cancelled" && x.modality == "asserted" && day != INT_MIN) c.cancelled_day = std::min(c.cancelled_day, day);
  if (x.status == "postponed") c.postponed = true;
  if (m.phase == "past" && day != INT_MIN) c.held_day = std::min(c.held_day, d != INT_MIN ? std::min(d, day) : day);
}

std::string label_of(const Cluster& c, const rules::RuleSet& rules) {
  std::string names;
  for (const auto& p : c.main_participants()) {
    const auto* e = rules.entity(p);
    names += (names.empty() ? "" : "–") + (e ? e->name : p);
  }
  std::string l = c.ev.kind;
  if (!c.attendee.empty()) {
    const auto* e = rules.entity(c.attendee);
    // (an unnamed source or a name the knowledge base lacks: the label or name after "anon:", "name:")
    std::string who = e ? e->name : c.attendee.substr(c.attendee.find(':') + 1);
    l = "attendance of " + who + " at " + l;
  }
  if (!names.empty()) l += " " + names;
  else if (!c.sides.empty()) {
    std::string s;
    for (const auto& x : c.sides) s += (s.empty() ? "" : "-") + x;
    l += " " + s;
  }
  if (!c.ev.level.empty() && names.empty()) l += " (" + c.ev.level + ")";
  if (!c.ev.place.empty()) {
    const auto* e = rules.entity(c.ev.place);
    l += " in " + (e ? e->name : c.ev.place);
  }
  if (!c.dates.empty()) l += ", " + timex::from_days(*c.dates.begin());
  else if (c.day_min != INT_MAX) l += ", reported " + timex::from_days(c.day_min);
  return l;
}

int bucket_of(int day) { return day >= 0 ? day / kBucketDays : -((-day + kBucketDays - 1) / kBucketDays); }

}  // namespace

std::vector<Event> link_events(std::vector<Claim>& claims, const rules::RuleSet& rules) {
  std::vector<Cluster> clusters;
  std::map<int, std::vector<size_t>> buckets;   // bucket -> clusters whose span covers it
  std::vector<std::pair<int, int>> registered;  // per cluster: the bucket range already indexed
  std::vector<size_t> undated;                  // clusters with no dated claim
  std::vector<size_t> candidates;
  std::map<std::string, size_t> last_of_doc;  // document -> the event its last claim went to
  for (Claim& x : claims) {
    int day = claim_day(x);
    candidates.clear();
    if (day == INT_MIN) {
      for (size_t i = 0; i < clusters.size(); ++i) candidates.push_back(i);
    } else {
      candidates = undated;
      for (int b = bucket_of(day - kMaxGapDays); b <= bucket_of(day + kMaxGapDays); ++b) {
        auto it = buckets.find(b);
        if (it != buckets.end()) candidates.insert(candidates.end(), it->second.begin(), it->second.end());
      }
      // The same order as a full scan, so ties go to the older event as before.
      std::sort(candidates.begin(), candidates.end());
      candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    }
    int best = -1, best_score = -1;
    auto last = last_of_doc.find(x.doc);
    for (size_t i : candidates) {
      int s = compatibility(clusters[i], x, rules);
      // Of two events as good, the one the article spoke of last.
      bool latest = last != last_of_doc.end() && last->second == i;
      if (s > best_score || (s >= 0 && s == best_score && latest)) {
        best_score = s;
        best = static_cast<int>(i);
      }
    }
    if (best < 0) {
      clusters.emplace_back();
      clusters.back().ev.id = "E-" + x.id;
      clusters.back().ev.kind = x.mention.kind;
      best = static_cast<int>(clusters.size() - 1);
      registered.emplace_back(INT_MAX, INT_MIN);
      undated.push_back(static_cast<size_t>(best));
    }
    Cluster& c = clusters[best];
    last_of_doc[x.doc] = static_cast<size_t>(best);
    absorb(c, x, rules);
    x.event = c.ev.id;
    if (c.day_min != INT_MAX) {
      auto& [lo, hi] = registered[best];
      if (lo == INT_MAX)
        undated.erase(std::find(undated.begin(), undated.end(), static_cast<size_t>(best)));
      for (int b = bucket_of(c.day_min); b <= bucket_of(c.day_max); ++b)
        if (b < lo || b > hi) buckets[b].push_back(static_cast<size_t>(best));
      lo = std::min(lo, bucket_of(c.day_min));
      hi = std::max(hi, bucket_of(c.day_max));
    }
  }
  std::vector<Event> out;
  for (auto& c : clusters) {
    c.ev.participants = c.main_participants();
    c.ev.sides.assign(c.sides.begin(), c.sides.end());
    c.ev.phase = c.phases.count("past") ? "past" : "pending";
    if (!c.dates.empty()) {
      c.ev.date_from = timex::from_days(*c.dates.begin());
      c.ev.date_to = timex::from_days(*c.dates.rbegin());
    } else if (c.day_min != INT_MAX) {
      c.ev.date_from = timex::from_days(c.day_min);
      c.ev.date_to = timex::from_days(c.day_max);
    }
    c.ev.label = label_of(c, rules);
    out.push_back(std::move(c.ev));
  }
  return out;
}

struct Provenance::Impl {
  using Graph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, std::string>;
  Graph g;
  std::map<std::string, Graph::vertex_descriptor> vertex;
  std::map<std::string, std::vector<std::string>> doc_via;
  std::map<std::string, std::string> doc_outlet;

  Graph::vertex_descriptor node(const std::string& name) {
    auto it = vertex.find(name);
    if (it != vertex.end()) return it->second;
    auto v = boost::add_vertex(name, g);
    vertex[name] = v;
    return v;
  }
};

Provenance::Provenance(const std::vector<Document>& docs) : impl_(std::make_unique<Impl>()) {
  for (const Document& d : docs) {
    std::string from = d.outlet.empty() ? "doc:" + d.id : d.outlet;
    impl_->doc_outlet[d.id] = from;
    impl_->doc_via[d.id] = d.via;
    auto prev = impl_->node(from);
    for (const auto& v : d.via) {
      auto next = impl_->node(v);
      if (!boost::edge(prev, next, impl_->g).second) boost::add_edge(prev, next, impl_->g);
      prev = next;
    }
  }
}

Provenance::~Provenance() = default;

std::string Provenance::origin_of(const Claim& c) const {
  // Follow the re-reporting edges from the claim's nearest known source to a
  // source that cites no one: that outlet is where the claim entered the news.
  std::string start = !c.via.empty() ? c.via.back() : impl_->doc_outlet.count(c.doc) ? impl_->doc_outlet.at(c.doc)
                                                                                        : c.outlet;
  auto it = impl_->vertex.find(start);
  std::string root = start;
  if (it != impl_->vertex.end()) {
    std::vector<boost::default_color_type> color(boost::num_vertices(impl_->g));
    std::vector<Impl::Graph::vertex_descriptor> order;
    struct Recorder : boost::default_bfs_visitor {
      std::vector<Impl::Graph::vertex_descriptor>* out;
      void discover_vertex(Impl::Graph::vertex_descriptor v, const Impl::Graph&) const { out->push_back(v); }
    } rec;
    rec.out = &order;
    boost::breadth_first_search(impl_->g, it->second,
                                boost::visitor(rec).color_map(boost::make_iterator_property_map(
                                    color.begin(), boost::get(boost::vertex_index, impl_->g))));
    for (auto v : order)
      if (boost::out_degree(v, impl_->g) == 0) {
        root = impl_->g[v];
        break;
      }
  }
  // The outlet's own voice is its own origin; a quoted speaker is an origin
  // wherever it was first reported.
  return c.speaker_type == "outlet" && c.via.empty() ? c.speaker_id : c.speaker_id + "@" + root;
}

std::vector<std::pair<std::string, std::string>> Provenance::chains() const {
  std::vector<std::pair<std::string, std::string>> out;
  auto [b, e] = boost::edges(impl_->g);
  for (auto it = b; it != e; ++it)
    out.emplace_back(impl_->g[boost::source(*it, impl_->g)], impl_->g[boost::target(*it, impl_->g)]);
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace claimtrack::link
