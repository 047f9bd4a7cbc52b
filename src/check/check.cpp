#include "check/check.h"

#include <algorithm>
#include <climits>
#include <cstdlib>
#include <map>
#include <set>
#include <unordered_map>
#include <sstream>

#include "extract/timex.h"

namespace claimtrack::check {
namespace {

std::string join_names(const std::vector<const Claim*>& side) {
  std::vector<std::string> names;
  for (const Claim* c : side)
    if (std::find(names.begin(), names.end(), c->speaker) == names.end()) names.push_back(c->speaker);
  std::string out;
  size_t shown = std::min<size_t>(names.size(), 3);
  for (size_t i = 0; i < shown; ++i) out += (i ? (i + 1 == shown && names.size() <= 3 ? " and " : ", ") : "") + names[i];
  if (names.size() > 3) out += " and " + std::to_string(names.size() - 3) + " more";
  return out;
}

std::string join_statuses(const std::vector<const Claim*>& side) {
  std::set<std::string> s;
  for (const Claim* c : side) s.insert(c->status);
  std::string out;
  for (const auto& x : s) out += (out.empty() ? "" : "/") + x;
  return out;
}

void replace_all(std::string& s, const std::string& from, const std::string& to) {
  for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
}

// A short stable id: the first 8 hex digits of the key's FNV-1a hash.
std::string short_id(const std::string& key) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : key) h = (h ^ c) * 1099511628211ULL;
  std::ostringstream o;
  o << "F" << std::hex << (h & 0xffffffffULL);
  return o.str();
}

Finding make_finding(const Event& ev, const rules::ConflictRule& r, const std::vector<const Claim*>& va,
                     const std::vector<const Claim*>& vb, const link::Provenance& provenance) {
  Finding f;
  f.event = ev.id;
  f.event_label = ev.label;
  f.rule = r.id;
  f.key = r.id + "|" + ev.id;
  f.id = short_id(f.key);
  f.kind = r.attribute.empty() ? r.kind : "attribute";
  f.severity = r.severity;
  std::set<std::string> oa, ob;
  for (const Claim* c : va) {
    f.a.push_back(c->id);
    oa.insert(provenance.origin_of(*c));
  }
  for (const Claim* c : vb) {
    f.b.push_back(c->id);
    ob.insert(provenance.origin_of(*c));
  }
  f.origins_a = static_cast<int>(oa.size());
  f.origins_b = static_cast<int>(ob.size());
  return f;
}

// The a-claims that oppose the same b-claims, each group with those b-claims, both sorted by
// the time they were told: every claim on one side of a group contradicts every claim on the
// other. opposed(i, j) tells whether as[i] and bs[j] contradict each other.
using Sides = std::pair<std::vector<const Claim*>, std::vector<const Claim*>>;
template <class Opposed>
std::vector<Sides> opposing_groups(const std::vector<const Claim*>& as, const std::vector<const Claim*>& bs,
                                   Opposed opposed) {
  std::map<std::vector<const Claim*>, std::vector<const Claim*>> groups;  // b-claims -> a-claims
  for (size_t i = 0; i < as.size(); ++i) {
    std::vector<const Claim*> against;
    for (size_t j = 0; j < bs.size(); ++j)
      if (opposed(i, j)) against.push_back(bs[j]);
    if (!against.empty()) groups[against].push_back(as[i]);
  }
  auto by_time = [](const Claim* x, const Claim* y) {
    return std::make_pair(x->as_of, x->id) < std::make_pair(y->as_of, y->id);
  };
  std::vector<Sides> out;
  for (auto& [vb, va] : groups) {
    out.emplace_back(va, vb);
    std::sort(out.back().first.begin(), out.back().first.end(), by_time);
    std::sort(out.back().second.begin(), out.back().second.end(), by_time);
  }
  return out;
}

// The finding of one group; when a rule gives an event more than one, each key also names
// the group's first a-claim (with one, the key stays that of the rule and event).
Finding group_finding(const Event& ev, const rules::ConflictRule& r, const Sides& g, size_t groups,
                      const link::Provenance& provenance) {
  Finding f = make_finding(ev, r, g.first, g.second, provenance);
  if (groups > 1) {
    f.key += "|" + g.first.front()->id;
    f.id = short_id(f.key);
  }
  return f;
}

// Two mentions that name who meets with no one in common, or each with someone the other
// lacks when both name two or more; or a denial (b) of a meeting with someone the claim that
// it took place (a) does not name ("Zuppi held talks in Moscow", "left without meeting Putin").
bool different_people(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  size_t common = 0;
  for (const auto& p : a) common += static_cast<size_t>(std::count(b.begin(), b.end(), p));
  bool b_extra = b.size() >= 2 && common < b.size();
  return common == 0 || (a.size() >= 2 && b.size() >= 2 && common < a.size() && common < b.size()) ||
         (a.size() == 1 && b_extra);
}

// A place that is a whole country ("in South Korea") states no venue to dispute.
std::string attribute_of(const Claim& c, const std::string& attribute, const rules::RuleSet& rules) {
  if (attribute == "format") return c.mention.format;
  if (attribute == "date" && c.mention.date_precision == "day") return c.mention.date;
  if (attribute == "place") {
    const auto* p = rules.entity(c.mention.place);
    return p && p->type != "country" ? c.mention.place : "";
  }
  return "";
}

// Claims that agree on the status but not on an attribute of the event: the
// talks are "direct" for one source and "indirect" for another, or set for
// two different days. Side a holds the value stated first; side b the others.
std::vector<Finding> attribute_conflicts(const Event& ev, const std::vector<const Claim*>& cs,
                                          std::unordered_map<const Claim*, int>& day, const rules::ConflictRule& r,
                                          const link::Provenance& provenance, const rules::RuleSet& rules) {
  std::vector<const Claim*> with;
  for (const Claim* c : cs)
    if ((r.a.count(c->status) || r.b.count(c->status)) && !attribute_of(*c, r.attribute, rules).empty()) with.push_back(c);
  std::sort(with.begin(), with.end(), [&](const Claim* x, const Claim* y) {
    return std::make_pair(x->as_of, x->id) < std::make_pair(y->as_of, y->id);
  });
  if (with.empty()) return {};
  // (A place that holds another one named, "in Beijing" beside "at the Diaoyutai State
  // Guesthouse", agrees with both: the first venue stated is side a's.)
  std::string first = attribute_of(*with.front(), r.attribute, rules);
  for (const Claim* c : with) {
    std::string v = attribute_of(*c, r.attribute, rules);
    if (std::none_of(with.begin(), with.end(),
                     [&](const Claim* o) { return rules.within(v, attribute_of(*o, r.attribute, rules)); })) {
      first = v;
      break;
    }
  }
  // A postponement explains a new date: pairs that straddle it are not in conflict.
  // (Not a postponement from a day neither names: "the meeting set for mid-March was
  // put off" does not explain "on Thursday 10 April" against "on Friday 11 April".)
  // Looked up once: the pair loop below is quadratic. The earliest day of an asserted
  // postponement that explains any date (undated, or not a date rule), and, per date, of
  // one put off from a day, month or year containing it.
  int unless_any = INT_MAX;
  std::vector<std::pair<std::pair<int, int>, int>> unless_from;  // [from, to] -> day told
  for (const Claim* u : cs) {
    if (!r.unless.count(u->status) || u->modality != "asserted" || day[u] == INT_MIN) continue;
    int from = r.attribute == "date" && !u->mention.date.empty() ? timex::to_days(u->mention.date) : INT_MIN;
    if (from == INT_MIN) {
      unless_any = std::min(unless_any, day[u]);
      continue;
    }
    int span = u->mention.date_precision == "day" ? 0 : u->mention.date_precision == "month" ? 30 : 365;
    unless_from.push_back({{from, from + span}, day[u]});
  }
  std::unordered_map<int, int> unless_by_date;
  auto unless_for_date = [&](const Claim* c) {
    int d = timex::to_days(c->mention.date);
    if (d == INT_MIN) return INT_MAX;
    auto [it, fresh] = unless_by_date.try_emplace(d, INT_MAX);
    if (fresh)
      for (const auto& [span, told] : unless_from)
        if (d >= span.first && d <= span.second) it->second = std::min(it->second, told);
    return it->second;
  };
  auto unless_day_for = [&](const Claim* a, const Claim* b) {
    return std::min({unless_any, unless_for_date(a), unless_for_date(b)});
  };
  // ... and so does a place it was put off from ("the round set for Rome was
  // postponed", then held in Muscat): that place was the old plan.
  // (Named again after the postponement, the place is the plan once more.)
  // place -> the days of the first and the last postponement from it
  std::map<std::string, std::pair<int, int>> explained;
  for (const Claim* u : cs)
    if (r.attribute == "place" && r.unless.count(u->status) && u->modality == "asserted" &&
        !attribute_of(*u, r.attribute, rules).empty()) {
      auto& d = explained.try_emplace(attribute_of(*u, r.attribute, rules), INT_MAX, INT_MIN).first->second;
      d.first = std::min(d.first, day[u]);
      d.second = std::max(d.second, day[u]);
    }
  // (Only against a place told after the first postponement: two places told the
  // same days, one of them then put off in time, still disagree.)
  auto old_plan = [&](const Claim* c, const Claim* other) {
    auto it = explained.find(attribute_of(*c, r.attribute, rules));
    if (it == explained.end()) return false;
    auto [first, last] = it->second;
    return first == INT_MIN || day[c] == INT_MIN || day[other] == INT_MIN || (day[c] <= last && day[other] > first);
  };
  // "It had been set for Rome on 3 May", told on the 12th: a plan whose day had
  // passed when it was told is history, not a place to set against where it was held.
  auto history = [&](const Claim* c) {
    const auto* st = rules.status(c->status);
    int named = c->mention.date_precision == "day" ? timex::to_days(c->mention.date) : INT_MIN;
    return st && st->phase == "pending" && named != INT_MIN && day[c] != INT_MIN && named < day[c];
  };
  std::vector<const Claim*> firsts, others_v;
  for (const Claim* c : with) (attribute_of(*c, r.attribute, rules) == first ? firsts : others_v).push_back(c);
  bool two_sided = r.a != r.b;  // held_plan_date_disagreement: a held day against a planned one
  auto opposed = [&](const Claim* a, const Claim* b) {
    if (a->doc == b->doc && a->sentence == b->sentence) return false;
    if (old_plan(a, b) || old_plan(b, a)) return false;
    if (r.attribute == "place" && ((history(a) && b->status == "held") || (history(b) && a->status == "held")))
      return false;
    // "In Alaska" and "in Anchorage", "in the Vatican" and "in St Peter's Basilica" agree.
    if (r.attribute == "place" && (rules.within(a->mention.place, b->mention.place) ||
                                   rules.within(b->mention.place, a->mention.place)))
      return false;
    // (A postponement moves the day; the place it was put off from is handled above.)
    int unless_day = unless_day_for(a, b);
    if (r.attribute != "place" && unless_day != INT_MAX && std::max(day[a], day[b]) >= unless_day &&
        std::min(day[a], day[b]) != INT_MIN && std::min(day[a], day[b]) <= unless_day)
      return false;
    // Rules with two sides (a held day against a planned one) pair a claim of each side
    // only, and only a plan told when the day it was held had already come: "will meet
    // the factions on Thursday", said on Wednesday evening, against "met them on Wednesday".
    if (two_sided) {
      const Claim* held = nullptr;
      if (r.a.count(a->status) && r.b.count(b->status)) held = a;
      if (r.a.count(b->status) && r.b.count(a->status)) held = b;
      if (!held) return false;
      const Claim* plan = held == a ? b : a;
      int held_on = timex::to_days(held->mention.date);
      return held_on != INT_MIN && day[plan] != INT_MIN && held_on <= day[plan] &&
             !(r.window_days > 0 && day[a] != INT_MIN && day[b] != INT_MIN && std::abs(day[a] - day[b]) > r.window_days);
    }
    // A day named for what is to come that had passed when the other day was named:
    // the plan moved ("set for Wednesday" on the 14th, "on Friday" said on the 21st).
    if (r.attribute == "date") {
      const Claim* early = day[a] <= day[b] ? a : b;
      const Claim* late = early == a ? b : a;
      int named = timex::to_days(early->mention.date);
      if (early->mention.phase != "past" && named != INT_MIN && day[late] != INT_MIN && day[late] > named &&
          day[late] > day[early])
        return false;
    }
    // Two reports of the round held on 23 May, weeks apart, still disagree on where it was.
    bool same_day = a->mention.date_precision == "day" && a->mention.date == b->mention.date && r.attribute != "date";
    return same_day ||
           !(r.window_days > 0 && day[a] != INT_MIN && day[b] != INT_MIN && std::abs(day[a] - day[b]) > r.window_days);
  };
  auto groups = opposing_groups(firsts, others_v, [&](size_t i, size_t j) { return opposed(firsts[i], others_v[j]); });
  std::vector<Finding> out;
  for (const Sides& g : groups) {
    Finding f = group_finding(ev, r, g, groups.size(), provenance);
    std::set<std::string> others;
    for (const Claim* c : g.second) others.insert(attribute_of(*c, r.attribute, rules));
    std::string b_values;
    for (const auto& v : others) b_values += (b_values.empty() ? "" : "/") + v;
    std::string ex = r.explain;
    replace_all(ex, "{a_speakers}", join_names(g.first));
    replace_all(ex, "{b_speakers}", join_names(g.second));
    replace_all(ex, "{a}", first);
    replace_all(ex, "{b}", b_values);
    replace_all(ex, "{event}", ev.kind);
    f.explanation = ex;
    out.push_back(std::move(f));
  }
  return out;
}

}  // namespace

std::vector<Finding> find_conflicts(const std::vector<Claim>& claims, const std::vector<Event>& events,
                                    const rules::RuleSet& rules, const link::Provenance& provenance) {
  std::map<std::string, std::vector<const Claim*>> by_event;
  for (const Claim& c : claims) by_event[c.event].push_back(&c);
  std::vector<Finding> out;
  for (const Event& ev : events) {
    const auto& cs = by_event[ev.id];
    std::unordered_map<const Claim*, int> day;  // parsed once: the pair loop below is quadratic
    for (const Claim* c : cs) day[c] = timex::to_days(c->as_of);
    for (const rules::ConflictRule& r : rules.conflicts) {
      if (!r.attribute.empty()) {
        for (Finding& f : attribute_conflicts(ev, cs, day, r, provenance, rules)) out.push_back(std::move(f));
        continue;
      }
      // The earliest claim that explains pairs away (e.g. a postponement).
      int unless_day = INT_MAX;
      for (const Claim* u : cs)  // only an asserted postponement explains; a possible one does not
        if (r.unless.count(u->status) && u->modality == "asserted" && day[u] != INT_MIN)
          unless_day = std::min(unless_day, day[u]);
      // "Held on Friday": "the talks are on Friday" was the plan that came true,
      // and a denial that a start was ever agreed is about another one.
      std::set<std::string> came_true;
      for (const Claim* u : cs)
        if (r.fulfilled.count(u->status) && u->modality == "asserted" && u->mention.date_precision == "day")
          came_true.insert(u->mention.date);
      // (Unless the denial names that very day: "we never agreed to 2 June", against "agreed to meet on 2 June".)
      for (const Claim* u : cs)
        if (r.b.count(u->status) && u->mention.date_precision == "day") came_true.erase(u->mention.date);
      // "called off a planned meeting": the plan is the cancellation's background.
      // (Whatever event the cancellation was linked to.)
      std::set<std::pair<std::string, int>> b_sentences;
      if (r.background)
        for (const Claim& c : claims)
          if (r.b.count(c.status)) b_sentences.insert({c.doc, c.sentence});
      std::vector<const Claim*> as, bs;
      for (const Claim* c : cs) {
        if (c->mention.date_precision == "day" && came_true.count(c->mention.date)) continue;
        if (r.firm && c->modality == "hedged") continue;
        if (r.background && r.a.count(c->status) && b_sentences.count({c->doc, c->sentence})) continue;
        if (r.a.count(c->status)) as.push_back(c);
        if (r.b.count(c->status) && (!r.denial || c->polarity == "negated")) bs.push_back(c);
      }
      std::vector<int> day_a, day_b;  // (looked up once: the pair loop below is quadratic)
      // (An act, "they agreed", told later is still about the act: updates_after_acts.)
      std::vector<int> updates_after_a;
      for (const Claim* a : as) {
        day_a.push_back(day[a]);
        const auto* st = r.updates_after_acts >= 0 ? rules.status(a->status) : nullptr;
        updates_after_a.push_back(st && st->act ? r.updates_after_acts : r.updates_after);
      }
      for (const Claim* b : bs) day_b.push_back(day[b]);
      auto opposed = [&](const Claim* a, int da, int updates_after, const Claim* b, int db) {
        // (The checks on days first: they are the cheapest and rule out most pairs.)
        if (r.window_days > 0 && da != INT_MIN && db != INT_MIN && std::abs(da - db) > r.window_days) return false;
        // A postponement explains a later "no plans" when the plan was stated
        // before it; a plan maintained after it still contradicts "no plans".
        if (unless_day != INT_MAX && db != INT_MIN && unless_day <= db && (da == INT_MIN || da < unless_day))
          return false;
        // "No date has been set" on Monday, "the round is on Sunday" on Friday: news, not a contradiction.
        // (With updates_by=same_side, only its own side updates a side's word: a plan the
        // White House tells three days after Lula's "I will not call him" still contradicts it.)
        bool other_sides = r.updates_same_side && !a->speaker_side.empty() && !b->speaker_side.empty() &&
                           a->speaker_side != b->speaker_side;
        if (updates_after >= 0 && da != INT_MIN && db != INT_MIN && da - db > updates_after && !other_sides) return false;
        // "The round is on Sunday" on Thursday, "called off" on Friday: the plan was overtaken.
        if (r.stale_after >= 0 && da != INT_MIN && db != INT_MIN && db - da > r.stale_after) return false;
        // ... and so is a plan an article tells before the cancellation of the same day.
        if (r.stale_after >= 0 && a->doc == b->doc && da == db && a->sentence < b->sentence) return false;
        // "The minister met Tajani" and "no meeting with Cohen took place": two meetings,
        // however they were linked.
        if (r.same_people && different_people(a->mention.participants, b->mention.participants)) return false;
        // Two claims of one sentence by one speaker are that speaker's account ("the meeting
        // set for Friday was postponed"); by two speakers, two accounts ("Badalyan rejected
        // reports that the meeting had been postponed", "X rejected Y's report that the trip
        // was cancelled and said there was no trip to cancel").
        bool same_sentence = a->doc == b->doc && a->sentence == b->sentence;
        if (a == b || (same_sentence && a->speaker_id == b->speaker_id)) return false;
        if (r.scope == "cross_outlet" && a->outlet == b->outlet) return false;
        if (r.scope == "same_outlet" && (a->outlet != b->outlet || a->outlet.empty())) return false;
        // (Two unnamed sources of one description are one speaker only in one outlet: "an Atomic
        // Energy Organization source" told IRNA one thing and another paper the opposite.)
        // (Two unnamed sources of one article are one only when described alike and relayed
        // alike: "a Palestinian source" via Sada al-Watan is not "a source in the presidency".)
        bool same_speaker = !a->speaker_id.empty() && a->speaker_id == b->speaker_id &&
                            (a->speaker_type != "anonymous" ||
                             (a->outlet == b->outlet && a->speaker == b->speaker && a->via == b->via));
        if (r.different_speakers && same_speaker) return false;
        // "Preparations are under way" and "nothing has been agreed yet" from one capital: its own account.
        if (r.other_side && !a->speaker_side.empty() && a->speaker_side == b->speaker_side) return false;
        // "No date has been set" does not deny "they agreed to meet" (no date named),
        // but does deny "set for Sunday" and "agreed to meet on Sunday".
        if (!r.dated.empty() && !b->mention.unset.empty() && !r.dated.count(a->status)) {
          bool names = false;
          for (const auto& u : b->mention.unset)
            names = names || (u == "date" && !a->mention.date.empty()) || (u == "place" && !a->mention.place.empty());
          if (!names) return false;
        }
        // "No direct meeting took place", "the talks were held indirectly": each
        // speaks of another format, so neither status denies the other.
        if (!a->mention.format.empty() && !b->mention.format.empty() && a->mention.format != b->mention.format)
          return false;
        return true;
      };
      // A finding for each group of a-claims that oppose the same b-claims ("no date yet" on
      // Tuesday is not set against "confirmed" on Saturday because a Monday plan opposes both).
      auto groups = opposing_groups(as, bs, [&](size_t i, size_t j) {
        return opposed(as[i], day_a[i], updates_after_a[i], bs[j], day_b[j]);
      });
      for (const Sides& g : groups) {
        const auto& [va, vb] = g;
        Finding f = group_finding(ev, r, g, groups.size(), provenance);
        auto all_hedged = [](const std::vector<const Claim*>& v) {
          return std::all_of(v.begin(), v.end(), [](const Claim* c) { return c->modality == "hedged"; });
        };
        if (all_hedged(va) || all_hedged(vb)) f.severity = "low";
        if (r.same_side == "reversal") {
          std::set<std::string> sides;
          bool unknown = false;
          for (const auto* v : {&va, &vb})
            for (const Claim* c : *v) {
              if (c->speaker_side.empty()) unknown = true;
              sides.insert(c->speaker_side);
            }
          if (!unknown && sides.size() == 1) {
            f.kind = "reversal";
            f.severity = "low";
          }
        }
        std::string ex = r.explain;
        replace_all(ex, "{a_speakers}", join_names(va));
        replace_all(ex, "{b_speakers}", join_names(vb));
        replace_all(ex, "{a}", join_statuses(va));
        replace_all(ex, "{b}", join_statuses(vb));
        replace_all(ex, "{event}", ev.kind);
        f.explanation = ex;
        out.push_back(std::move(f));
      }
    }
  }
  return out;
}

}  // namespace claimtrack::check
