#include "extract/extract.h"

#include <algorithm>
#include <charconv>
#include <climits>
#include <map>
#include <optional>
#include <set>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "extract/timex.h"
#include "text/text.h"

namespace claimtrack::extract {
namespace {

// A dash between words: " - ", an em dash or an en dash.
bool has_dash(std::string_view g) {
  return g.find(" - ") != std::string_view::npos || g.find("\xE2\x80\x94") != std::string_view::npos ||
         g.find("\xE2\x80\x93") != std::string_view::npos;
}

// The number a text token or a date string starts with; 0 when there is none
// (an article without a publication date has no year to compare with).
int leading_int(const std::string& s) {
  int v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

// A name the knowledge base does not know, as printed: a Cyrillic one with its
// Latin spelling ("Ани Бадалян (Ani Badalyan)").
std::string shown_name(const std::string& name) {
  std::string latin = text::romanize_cyrillic(name);
  return latin.empty() ? name : name + " (" + latin + ")";
}

using rules::Entry;
using rules::LangRules;
using rules::Match;
using rules::RuleSet;

// An agent (who can speak) or participant found in a sentence.
struct Agent {
  std::string id;     // entity id, or "anon:<label>"
  std::string name;   // printed name
  std::string type;   // person, organization, anonymous, outlet, place, country
  std::string side;
  std::string level;  // for persons: leaders / officials
  std::string role;   // for persons: head_of_state, spokesperson...
  size_t b = 0, e = 0;
};

struct SpeechCue {
  size_t b = 0, e = 0;
  bool noun = false;  // a reporting noun ("remarks", "بيان"), not a verb
  bool opening = false;  // "according to X," opening the sentence: the source of all of it
  std::optional<Agent> quoter;  // "Lukashenko quoted Putin as saying": who quotes the agent
  std::optional<Agent> agent;
  std::string as_of;
};

struct Sent {
  const text::Sentence* s = nullptr;
  std::vector<text::Token> toks;
  rules::Forms forms;
  std::vector<int> clause;    // clause id per token
  std::vector<bool> quoted;   // token inside a quotation
  std::vector<int> relative;  // >0: inside the n-th ", which ...," clause
  std::vector<bool> speech_zone;  // words around a speech verb and its subject: their time words date the saying
  std::vector<Match> ents, anon, speech, channels, events, statuses, neg, hedges, parts, times, fw, attrs;
  std::vector<Match> days;  // day words and the words between a day and its month ("السابع عشر", "of"): not times alone
};

std::string role_of(const LangRules& lr, const Match& m) { return lr.function_words.entries()[m.entry].get("role"); }

bool overlaps(const Match& a, const Match& b) { return a.begin < b.end && b.begin < a.end; }

// Drops the matches of `v` that overlap one of `by`; with `keep_same`, not one
// that covers exactly the same words (a verb that is both: "не исключил").
void drop_overlapping(std::vector<Match>& v, const std::vector<Match>& by, bool keep_same = false) {
  v.erase(std::remove_if(v.begin(), v.end(),
                         [&](const Match& m) {
                           for (const auto& x : by)
                             if (overlaps(m, x) && !(keep_same && m.begin == x.begin && m.end == x.end)) return true;
                           return false;
                         }),
          v.end());
}

struct Focus {
  EventMention mention;
  int sentence = -100;
  bool took_place = false;  // a claim of the focus sentence says the event took place
};

class DocExtractor {
 public:
  DocExtractor(const Document& doc, const RuleSet& rs, const LangRules& lr, const Options& opt)
      : doc_(doc), rs_(rs), lr_(lr), opt_(opt) {
    // The calendar the language's month names use besides the Gregorian one, if one only.
    std::set<std::string> cals;
    for (const Entry& t : lr_.time.entries())
      if (!t.get("calendar").empty() && t.get("calendar") != "gregorian") cals.insert(t.get("calendar"));
    if (cals.size() == 1) own_calendar_ = *cals.begin();
  }

  std::vector<Claim> run() {
    std::string_view body(doc_.text.data(), std::min(doc_.body_end, doc_.text.size()));
    sentences_ = text::split_sentences(body, doc_.lang, lr_.abbreviations);
    collect_doc_via();
    for (size_t i = 0; i < sentences_.size(); ++i) {
      const auto& s = sentences_[i];
      bool dropped = false;
      for (const Span& d : doc_.dropped)
        if (s.span.begin < d.end && d.begin < s.span.end) dropped = true;
      if (dropped) continue;
      sentence(static_cast<int>(i), s);
      drop_denied_presupposition(static_cast<int>(i));
    }
    return std::move(claims_);
  }

 private:
  // "What was never set cannot be postponed", "چیزی که تعیین نشده، به تعویق هم
  // نمی‌افتد": beside a never-agreed claim, a denied postponement or cancellation says
  // the event was never on, not that it still is.
  void drop_denied_presupposition(int si) {
    auto first = std::find_if(claims_.begin(), claims_.end(), [&](const Claim& c) { return c.sentence == si; });
    bool never = std::any_of(first, claims_.end(), [](const Claim& c) { return c.status == "never_agreed"; });
    if (!never) return;
    auto keep_end = std::remove_if(first, claims_.end(), [&](const Claim& c) {
      const auto* info = rs_.status(c.status);
      return c.polarity == "negated" && info && info->group == "on";
    });
    if (keep_end == claims_.end()) return;
    claims_.erase(keep_end, claims_.end());
    int k = 1;
    for (auto it = first; it != claims_.end(); ++it) it->id = doc_.id + "-" + std::to_string(si + 1) + "." + std::to_string(k++);
  }

  const Document& doc_;
  const RuleSet& rs_;
  const LangRules& lr_;
  const Options& opt_;
  std::vector<text::Sentence> sentences_;
  std::vector<Claim> claims_;
  std::vector<std::string> doc_via_;
  Focus focus_;
  std::optional<Agent> last_speaker_, last_subject_;
  int last_speaker_sentence_ = -100, last_subject_sentence_ = -100;
  std::optional<Agent> last_anonymous_;  // the last anonymous source that spoke ("the official" refers to it)
  int last_anonymous_sentence_ = -100;
  std::vector<std::pair<Agent, int>> anonymous_history_;  // anonymous sources that spoke, and where, oldest first
  std::optional<Agent> last_outlet_;  // the last outlet the text named ("the newspaper" refers to it)
  int last_outlet_sentence_ = -100;
  int quote_sentence_ = -100;  // the last sentence that opened with a quotation
  std::vector<std::string> last_participants_;  // the last event's that had two or more ("the two sides")
  std::vector<std::string> last_leaders_;       // ... that were all leaders ("the two leaders")
  // Narrative time: "В феврале 2022 года Макрон прилетал в Москву ... Ушаков добавил, что ...
  // 24 февраля": a past year the text has moved to holds for the next sentences.
  int sentence_ = 0;
  int narrative_year_ = 0, narrative_sentence_ = -100;
  std::string narrative_as_of_;  // when the last dated saying in that past was made
  std::map<std::string, int> held_ordinal_;  // event class -> ordinal of the last one reported held
  std::string own_calendar_;  // "persian" for Persian, "islamic" for Arabic: how a year such as 1400 is counted
  std::vector<Agent> people_seen_;  // people named so far, in order
  // People the knowledge base lacks, as the article introduced them ("وزير الخارجية
  // التركي مولود جاووش أوغلو"): later their full name or surname alone names them.
  std::vector<std::pair<std::vector<std::string>, Agent>> introduced_;
  // Names written in full in capitalized words the lexicons do not claim ("Robert Persaud"),
  // by the key of their last word: "Persaud said" later is that name (English, Russian).
  std::map<std::string, std::string> full_names_;

  Sent analyse(const text::Sentence& s) {
    Sent a;
    a.s = &s;
    std::string_view txt(doc_.text.data() + s.span.begin, s.span.end - s.span.begin);
    a.toks = text::tokenize(txt, s.span.begin);
    a.forms = lr_.forms(a.toks);
    size_t n = a.toks.size();
    auto quotes = text::quote_spans(txt, s.span.begin);
    a.quoted.assign(n, false);
    a.clause.assign(n, 0);
    a.fw = lr_.function_words.match(a.forms, 0, n);
    std::set<size_t> starts;
    std::vector<size_t> quote_edges;
    for (const Span& p : s.pieces)
      for (size_t i = 0; i < n; ++i)
        if (a.toks[i].begin >= p.begin) {
          starts.insert(i);
          break;
        }
    for (size_t i = 0; i < n; ++i) {
      for (const Span& q : quotes)
        if (a.toks[i].begin > q.begin && a.toks[i].begin < q.end) a.quoted[i] = true;
      if (i == 0 ? a.quoted[0] : a.quoted[i] != a.quoted[i - 1]) quote_edges.push_back(i);
      // ":" and ";" between words open a new clause.
      if (i > 0) {
        std::string_view gap(doc_.text.data() + a.toks[i - 1].end, a.toks[i].begin - a.toks[i - 1].end);
        if (gap.find(':') != std::string_view::npos || gap.find(';') != std::string_view::npos ||
            gap.find("\xD8\x9B") != std::string_view::npos)  // Arabic semicolon
          starts.insert(i);
      }
    }
    // A quotation opens a clause of its own, unless it is a short quoted
    // phrase inside a clause («در آینده نزدیک», "constructive").
    for (size_t k = 0; k < quote_edges.size(); ++k) {
      size_t i = quote_edges[k];
      if (!a.quoted[i]) continue;
      size_t j = k + 1 < quote_edges.size() ? quote_edges[k + 1] : n;
      // Nor a quoted phrase without a status of its own that the clause runs
      // through, with no punctuation on either side: "سفر السیسی «به‌طور
      // مقدماتی برای ماه آوریل» و به مقصد آنکارا برنامه‌ریزی شده است".
      bool inside = i > 0 && j < n && bare_gap(a, i) && bare_gap(a, j) && !has_status(a, i, j);
      if (j - i >= 4 && !inside) {
        starts.insert(i);
        if (j < n) starts.insert(j);
      }
    }
    a.events = lr_.events.match(a.forms, 0, n);
    a.ents = lr_.entities.match(a.forms, 0, n);
    // case=yes: an alias that is also a common word matches only as written ("US", not "us").
    auto as_written = [&](std::vector<Match>& v, const rules::Lexicon& lex) {
      v.erase(std::remove_if(v.begin(), v.end(),
                             [&](const Match& m) {
                               const Entry& e = lex.entries()[m.entry];
                               if (e.get("case") != "yes") return false;
                               std::string_view written(doc_.text.data() + a.toks[m.begin].begin,
                                                        a.toks[m.end - 1].end - a.toks[m.begin].begin);
                               return written != e.phrase;
                             }),
              v.end());
    };
    as_written(a.ents, lr_.entities);
    // "«سرگئی ریابکوف»، معاون وزیر ... اظهار داشت": a name set in quotation marks, as Persian
    // and Arabic outlets often write them, is the name, not a quotation.
    for (const Match& e : a.ents) {
      bool whole = a.quoted[e.begin] && (e.begin == 0 || !a.quoted[e.begin - 1]) && (e.end == n || !a.quoted[e.end]) &&
                   std::all_of(a.quoted.begin() + e.begin, a.quoted.begin() + e.end, [](bool q) { return q; });
      if (whole) std::fill(a.quoted.begin() + e.begin, a.quoted.begin() + e.end, false);
    }
    // "Ли Чжэ Мён": a function word that begins a name of several words is the name's.
    a.fw.erase(std::remove_if(a.fw.begin(), a.fw.end(),
                              [&](const Match& f) {
                                return std::any_of(a.ents.begin(), a.ents.end(), [&](const Match& e) {
                                  return e.begin == f.begin && e.end > f.end;
                                });
                              }),
               a.fw.end());
    a.parts = lr_.participants.match(a.forms, 0, n);
    as_written(a.parts, lr_.participants);
    // "the meeting that had been expected": after an event or role noun, "that"
    // is a relative pronoun, not a complementizer opening a reported clause.
    // So after an event noun and a few words of its own where the language says so
    // (`noun_reach`: "مذاکرات آتش‌بس غزه که").
    auto ends_at = [&](const std::vector<Match>& v, size_t pos, size_t reach) {
      if (pos == 0 || comma_before(a, pos)) return false;
      for (const Match& x : v)
        if (x.end <= pos && pos - x.end <= reach) {
          bool comma = false;
          for (size_t i = x.end; i < pos; ++i) comma = comma || comma_before(a, i);
          if (!comma) return true;
        }
      return false;
    };
    auto noun_reach = [&](const Match& m) -> size_t {
      const std::string& r = lr_.function_words.entries()[m.entry].get("noun_reach");
      return r.empty() ? 0 : std::stoul(r);
    };
    // (A complementizer never takes the article: "حتى الآن" is "so far", not "حتى ال+أن".)
    for (const Match& m : a.fw)
      if (role_of(lr_, m) == "complementizer" && !(ends_at(a.events, m.begin, noun_reach(m)) || ends_at(a.parts, m.begin, 0)) &&
          !(m.end == m.begin + 1 && with_article(a.toks[m.begin].key)))
        starts.insert(m.begin);
      // ", but nobody knows where they would meet": a contrast after a comma opens a clause.
      else if (role_of(lr_, m) == "contrast" && m.begin > 0 && comma_before(a, m.begin))
        starts.insert(m.begin);
    // ", which Trump announced last week," / ", который ...,": a non-restrictive
    // relative clause, from a relative pronoun after a comma to the next comma.
    a.relative.assign(n, 0);
    int rel = 0;
    for (const Match& m : a.fw) {
      if (role_of(lr_, m) != "relative" || m.begin == 0) continue;
      // ", который", or with its preposition first (", о которой писали СМИ,").
      size_t start = m.begin;
      if (!comma_before(a, m.begin)) {
        bool prep = m.begin >= 2 && comma_before(a, m.begin - 1) && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
                      const std::string& r = role_of(lr_, f);
                      return f.begin == m.begin - 1 && f.end == m.begin && (r == "preposition" || r == "locative");
                    });
        if (!prep) continue;
        start = m.begin - 1;
      }
      ++rel;
      for (size_t i = start; i < n; ++i) {
        a.relative[i] = rel;
        if (comma_before(a, i + 1)) break;
      }
    }
    // "in an encounter that both sides described as productive": "that" right
    // after an event noun opens a relative clause too, up to the next comma.
    for (const Match& m : a.fw) {
      if (role_of(lr_, m) != "complementizer" || a.relative[m.begin] != 0 || !ends_at(a.events, m.begin, 0)) continue;
      ++rel;
      for (size_t i = m.begin; i < n; ++i) {
        a.relative[i] = rel;
        if (comma_before(a, i + 1)) break;
      }
    }
    int c = 0;
    for (size_t i = 0; i < n; ++i) {
      if (i > 0 && starts.count(i)) ++c;
      a.clause[i] = c;
    }
    a.speech = lr_.speech.match(a.forms, 0, n);
    // "нельзя говорить о", "needless to say": a phrase with a reporting verb in it
    // that reports nothing (kind=-) only keeps the verb from being read.
    a.speech.erase(std::remove_if(a.speech.begin(), a.speech.end(),
                                  [&](const Match& m) { return lr_.speech.entries()[m.entry].get("kind") == "-"; }),
                   a.speech.end());
    // A source's gap never skips a reporting verb: "an official familiar with the ~3 s trip"
    // (the president's trip) is not "an official familiar with the preparations said Wang's trip".
    {
      std::vector<bool> verbs(n, false);
      for (const Match& m : a.speech)
        for (size_t i = m.begin; i < m.end; ++i) verbs[i] = true;
      a.anon = lr_.anonymous.match(a.forms, 0, n, &verbs);
    }
    a.channels = lr_.channels.match(a.forms, 0, n);
    a.statuses = lr_.statuses.match(a.forms, 0, n);
    a.neg = lr_.negation.match(a.forms, 0, n);
    a.hedges = lr_.hedges.match(a.forms, 0, n);
    a.times = lr_.time.match(a.forms, 0, n);
    for (auto it = a.times.begin(); it != a.times.end();) {
      const Entry& t = lr_.time.entries()[it->entry];
      if (t.get("day").empty() && t.get("day_link").empty()) {
        ++it;
        continue;
      }
      a.days.push_back(*it);
      it = a.times.erase(it);
    }
    a.attrs = lr_.attributes.match(a.forms, 0, n);
    // Precedence between lexicons where phrases overlap: an anonymous source
    // ("a White House official") beats the entity inside it; a hedge ("it is
    // said") beats a speech verb, unless both are the same words ("Песков не
    // исключил, что ...": he speaks, and hedges); a status phrase beats a speech
    // verb and a negator inside it.
    // The longer reading wins between a source and an entity: "a White House
    // official" over "White House", "وزارة الخارجية الروسية" (an entity) over
    // "وزارة الخارجية" (a ministry with no country).
    {
      auto covers = [](const Match& x, const Match& y) { return x.begin <= y.begin && x.end >= y.end; };
      std::vector<Match> ents, anon;
      for (const Match& e : a.ents)
        if (std::none_of(a.anon.begin(), a.anon.end(), [&](const Match& x) { return overlaps(e, x) && covers(x, e); }))
          ents.push_back(e);
      // "the official Yonhap news agency": a source word right before an outlet describes it.
      auto outlet_at = [&](size_t pos) {
        return std::any_of(a.ents.begin(), a.ents.end(), [&](const Match& e) {
          const auto* info = rs_.entity(lr_.entities.entries()[e.entry].get("id"));
          return e.begin == pos && info && info->type == "outlet";
        });
      };
      for (const Match& x : a.anon)
        if (std::none_of(a.ents.begin(), a.ents.end(), [&](const Match& e) { return overlaps(e, x) && !covers(x, e); }) &&
            !(x.end - x.begin == 1 && outlet_at(x.end)))
          anon.push_back(x);
      a.ents = std::move(ents);
      a.anon = std::move(anon);
    }
    {
      // "قد أعلنت" (ignore=yes: "has announced") is no hedge that beats the verb in it.
      std::vector<Match> hedging;
      for (const Match& h : a.hedges)
        if (lr_.hedges.entries()[h.entry].get("ignore") != "yes") hedging.push_back(h);
      drop_overlapping(a.speech, hedging, true);
    }
    drop_overlapping(a.neg, a.statuses);
    drop_overlapping(a.hedges, a.times);  // "in May" is a month, not "may"
    // A word inside a longer person's name is no reporting verb ("علي باقري كني": not "أقر"),
    // nor a status word ("سيرجي لافروف": not "س+يرجئ", will postpone),
    auto in_name = [&](const Match& m) {
      return std::any_of(a.ents.begin(), a.ents.end(), [&](const Match& e) {
        const auto* info = rs_.entity(lr_.entities.entries()[e.entry].get("id"));
        return info && info->type == "person" && e.begin <= m.begin && m.end <= e.end &&
               e.end - e.begin > m.end - m.begin;
      });
    };
    a.speech.erase(std::remove_if(a.speech.begin(), a.speech.end(), in_name), a.speech.end());
    a.statuses.erase(std::remove_if(a.statuses.begin(), a.statuses.end(), in_name), a.statuses.end());
    // nor a round's number ("الملك عبدالله الثاني", "ملک عبدالله دوم": not the second round).
    a.attrs.erase(std::remove_if(a.attrs.begin(), a.attrs.end(), in_name), a.attrs.end());
    // Status words inside a source's description ("a person familiar with the
    // planning", "источник, знакомый с подготовкой") say nothing of the event.
    a.statuses.erase(std::remove_if(a.statuses.begin(), a.statuses.end(),
                                    [&](const Match& m) {
                                      for (const Match& x : a.anon)
                                        if (x.begin <= m.begin && m.end <= x.end) return true;
                                      return false;
                                    }),
                     a.statuses.end());
    return a;
  }

  Agent agent_of(const Match& m, bool anonymous) const {
    Agent g;
    g.b = m.begin;
    g.e = m.end;
    if (anonymous) {
      const Entry& e = lr_.anonymous.entries()[m.entry];
      g.id = "anon:" + e.get("label");
      g.name = e.get("label");
      g.type = "anonymous";
      g.side = e.get("side");
      if (g.side.empty() && !e.get("org").empty())
        if (auto* o = rs_.entity(e.get("org"))) g.side = o->side;
      return g;
    }
    const Entry& e = lr_.entities.entries()[m.entry];
    const rules::EntityInfo* info = rs_.entity(e.get("id"));
    // A title alias outside its holder's tenure ("the Iranian foreign ministry
    // spokesman" in 2022 is not the 2025 one) is an anonymous title; titled()
    // may still find who held it among the people the article names.
    const std::string& from = e.get("from");
    const std::string& to = e.get("to");
    const std::string& on = doc_.published;
    if (!on.empty() && ((!from.empty() && on < from) || (!to.empty() && on > to))) {
      g.id = "anon:" + e.get("label");
      g.name = e.get("label");
      g.type = "anonymous";
      g.side = info->side;
      g.role = info->role;
      return g;
    }
    g.id = info->id;
    g.name = info->name;
    g.type = info->type;
    g.side = info->side;
    g.level = info->level;
    g.role = info->role;
    return g;
  }

  // "the Kremlin spokesman", "رئیس‌جمهور آمریکا": a title stands for the person
  // with that role and side whom the article has named before (people_seen_,
  // then `here`, the people named earlier in this sentence). Without a side the
  // title must fit one person only.
  std::optional<Agent> titled(const std::string& role, const std::string& side, const std::vector<Agent>& here,
                              size_t before) const {
    std::vector<const Agent*> seen;
    for (const Agent& g : people_seen_) seen.push_back(&g);
    for (const Agent& g : here)
      if (g.type == "person" && g.e <= before) seen.push_back(&g);
    const Agent* only = nullptr;
    for (auto it = seen.rbegin(); it != seen.rend(); ++it) {
      const Agent& g = **it;
      auto covers = rs_.role_covers.find(role);
      if (g.role != role && (covers == rs_.role_covers.end() || !covers->second.count(g.role))) continue;
      if (!side.empty()) {
        if (g.side == side) return g;
        continue;
      }
      if (only && only->id != g.id) return std::nullopt;
      only = &g;
    }
    if (only) return *only;
    return std::nullopt;
  }

  // An Arabic word with the article ("الدفاع", "للشؤون").
  bool definite(const Sent& a, size_t i) const {
    const std::string& k = a.toks[i].key;
    return k.rfind("\u0627\u0644", 0) == 0 || k.rfind("\u0644\u0644", 0) == 0;
  }

  // True when token `i` is a word no lexicon claims (a name the knowledge base lacks).
  bool free_word(const Sent& a, size_t i) const {
    if (i >= a.toks.size() || a.toks[i].number) return false;
    for (const auto* v : {&a.ents, &a.anon, &a.speech, &a.channels, &a.events, &a.statuses, &a.neg, &a.hedges,
                          &a.parts, &a.times, &a.fw, &a.attrs})
      for (const Match& m : *v)
        // (An auxiliary around its subject, "وكان خان قد صرّح" (a hedge marked ignore=yes),
        // claims none of the words it spans.)
        if (m.begin <= i && i < m.end && !(v == &a.hedges && lr_.hedges.entries()[m.entry].get("ignore") == "yes"))
          return false;
    return true;
  }

  // "وزير الخارجية التركي مولود جاووش أوغلو، ...", "Foreign Ministry spokesman Guo
  // Jiakun said": a title the article names no known person for, followed by a
  // name the knowledge base lacks, is that person, printed as written. In
  // scripts with capitals the name is capitalized words; in Arabic and Persian
  // two to four free words that end at a comma or a speech verb.
  std::optional<Agent> unnamed(const Sent& a, size_t title_b, size_t from, const std::string& side,
                               const std::string& level, const std::string& role, bool title_head = false) const {
    bool caps = capitals();
    // Past what describes the title: a country adjective or name ("وزير الخارجية التركي",
    // "представитель МИД КНР"), a role it belongs to ("пресс-секретарь украинского президента").
    for (bool moved = true; moved;) {
      moved = false;
      for (const Match& q : a.parts)
        if (q.begin == from) from = q.end, moved = true;
      for (const Match& q : a.ents) {
        const auto* info = rs_.entity(lr_.entities.entries()[q.entry].get("id"));
        if (q.begin == from && info && (info->type == "country" || info->type == "organization" || info->type == "place"))
          from = q.end, moved = true;  // ("губернатор Хабаровского края")
      }
    }
    size_t i = from;
    if (caps) {
      // Two or three capitalized words no lexicon claims, within a few words
      // ("губернатор Хабаровского края Михаил Дегтярев"), ending the phrase.
      for (size_t b = from; b < std::min(a.toks.size(), from + 4); ++b) {
        size_t e = b;
        // (not a name in quotation marks: "собеседник «Азия-Экспресс»" is an outlet's source)
        while (e < a.toks.size() && e - b < 4 && free_word(a, e) && upper_initial(a, e) && (a.quoted[title_b] || !a.quoted[e]))
          ++e;
        bool ends = e == a.toks.size() || comma_before(a, e) || !free_word(a, e);
        if (e - b >= 2 && e - b <= 3 && ends) {
          from = b;
          i = e;
          break;
        }
        if (!free_word(a, b)) break;
      }
      if (i == from) return std::nullopt;
    } else {
      // An Arabic title's complement is definite, a name is not: past "الدفاع
      // الباكستاني" in "وزير الدفاع الباكستاني خواجة محمد آصف" ("سامر الحلبي":
      // only the surname may carry the article).
      // ("عضو المجلس الثوري لحركة فتح سامر الحلبي": "of" written on a word before a
      // known organization or another definite word belongs to the title too.)
      bool arabic = lr_.lang == "ar";
      for (size_t k = 0; arabic && k < 6 && from + 1 < a.toks.size() && !comma_before(a, from + 1); ++k) {
        const rules::EntityInfo* known = nullptr;  // the knowledge-base entry this word belongs to
        for (const Match& q : a.ents)
          if (q.begin <= from && from < q.end) known = rs_.entity(lr_.entities.entries()[q.entry].get("id"));
        if (known && known->type == "person") break;
        bool skip = known || std::any_of(a.parts.begin(), a.parts.end(), [&](const Match& q) { return q.begin <= from && from < q.end; });
        skip = skip || (definite(a, from) && std::none_of(a.speech.begin(), a.speech.end(), [&](const Match& v) {
                          return v.begin <= from && from < v.end;
                        }));
        skip = skip || (free_word(a, from) && a.toks[from].key.rfind("\u0644", 0) == 0 &&
                        (!free_word(a, from + 1) || definite(a, from + 1)));
        if (!skip) break;
        ++from;
      }
      if (arabic && from < a.toks.size() && definite(a, from)) return std::nullopt;
      // ("المتحدث باسم الحكومة العراقية باسم العوادي قد قال": the particle before the verb is not the name's)
      auto auxiliary = [&](size_t k) {
        return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
          return f.begin == k && f.end == k + 1 && role_of(lr_, f) == "auxiliary";
        });
      };
      i = from;
      while (i < a.toks.size() && i < from + 4 && free_word(a, i) && !auxiliary(i) && (i == from || !comma_before(a, i)) &&
             (a.quoted[title_b] || !a.quoted[i]))
        ++i;
      size_t n = i - from;
      if (n < 2 || n > 3) return std::nullopt;
      size_t after = i < a.toks.size() && auxiliary(i) ? i + 1 : i;
      // (The end of the sentence ends a name in Arabic; in Persian, a verb-final
      // language, the last words are the verb: "مورد استقبال مقامات ... قرار گرفت".)
      bool comma = comma_before(a, i) || (i == a.toks.size() && lr_.lang != "fa");
      bool verb = std::any_of(a.speech.begin(), a.speech.end(), [&](const Match& m) { return m.begin == after; });
      // ("... سامر الحلبي ما تداولته", "... إن": what the verb before the title says;
      // only after a title head, as a source's adjectives end the same way: "مصدر مجري مطلع أن")
      bool object = arabic && title_head && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
                      const std::string& r = role_of(lr_, f);
                      return f.begin == i && (r == "complementizer" || r == "reports");
                    });
      // ("... يماني جبري مسقل على منصة إكس", "... للصحفيين": a channel phrase ends it too)
      bool channel = std::any_of(a.channels.begin(), a.channels.end(), [&](const Match& c) { return c.begin == after; });
      if (!comma && !verb && !object && !channel) return std::nullopt;
    }
    std::string name(doc_.text.data() + a.toks[from].begin, a.toks[i - 1].end - a.toks[from].begin);
    return Agent{"name:" + name, titled_name(a, name, title_b, title_b), "person", side, level, role, title_b, i};
  }

  // In Arabic script a name the knowledge base lacks is printed as written, with no Latin
  // spelling; the title it was found by goes with it, so a reader (and a search in Latin
  // letters) knows who spoke: "حمیدرضا دهقانی (ambassador)".
  std::string titled_name(const Sent& a, const std::string& name, size_t b, size_t e) const {
    if (capitals()) return shown_name(name);
    for (const Match& t : a.anon)
      if (t.begin >= b && t.begin <= e) {
        const std::string& label = lr_.anonymous.entries()[t.entry].get("label");
        if (label.empty()) continue;
        // ... with the country a word right beside the title names ("المتحدث باسم وزارة الخارجية
        // الإثيوبية": "Ethiopia foreign ministry spokesperson").
        for (const Match& c : a.ents) {
          const auto* info = rs_.entity(lr_.entities.entries()[c.entry].get("id"));
          if (info && info->type == "country" && (c.begin == t.end || c.end == t.begin) &&
              label.find(info->name) == std::string::npos)
            return name + " (" + info->name + " " + label + ")";
        }
        return name + " (" + label + ")";
      }
    return name;
  }

  // "محمد جمشیدی، معاون سیاسی دفتر رئیس‌جمهور، ... اعلام کرده بود", "Liu Wenbo, a
  // spokesman for the ministry, said": an unknown name opening the sentence, then a
  // comma and a title or source word, is a person.
  std::optional<Agent> opening_name(const Sent& a, size_t from = 0) const {
    bool caps = capitals();
    // ("But Caspian Wire, ...", "The Kyiv Morning Post, ...": past an opening article or contrast)
    // (in any script past a contrast closed by a comma: "با این حال، کریم نصار، سخنگوی ...، گفت")
    if (from + 1 < a.toks.size())
      for (const Match& f : a.fw)
        if (f.begin == from && f.end < a.toks.size() &&
            ((caps && f.end == from + 1 && (role_of(lr_, f) == "article" || role_of(lr_, f) == "contrast")) ||
             (role_of(lr_, f) == "contrast" && comma_before(a, f.end))))
          from = f.end;
    size_t i = from;
    while (i < a.toks.size() && i < from + 4 && free_word(a, i) && !a.quoted[i] && (i == from || !comma_before(a, i))) {
      if (caps && !upper_initial(a, i)) break;
      ++i;
    }
    // Two words at least: a sentence's first word is capitalized anyway ("Напомним, ...").
    if (i < from + 2 || i > from + 3 || !comma_before(a, i)) return std::nullopt;
    // The apposition: a title or source word right after the comma ("a spokesman"),
    // or a phrase closed by a second comma before a speech verb.
    auto starts_near = [&](const std::vector<Match>& v) {
      return std::any_of(v.begin(), v.end(), [&](const Match& p) { return p.begin >= i && p.begin <= i + 2; });
    };
    bool title = starts_near(a.parts) || starts_near(a.anon);
    size_t closes = 0;  // the comma that closes the apposition, before a speech verb
    for (size_t j = i + 1; j < std::min(a.toks.size(), i + 12) && !closes; ++j)
      if (comma_before(a, j) && std::any_of(a.speech.begin(), a.speech.end(), [&](const Match& v) { return v.begin >= j; }))
        closes = j;
    if (!title && !closes) return std::nullopt;
    std::string name(doc_.text.data() + a.toks[from].begin, a.toks[i - 1].end - a.toks[from].begin);
    // "Caspian Wire, a Baku-based news agency, reported": a press word in the apposition
    // makes the name an outlet.
    if (closes && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
          return role_of(lr_, f) == "press" && f.begin >= i && f.end <= closes;
        }))
      return Agent{"outlet:" + name, shown_name(name), "outlet", "", "", "", from, i};
    return Agent{"name:" + name, titled_name(a, name, i, i + 2), "person", "", "officials", "", from, i};
  }

  // "وقال سامر الحلبي إن ...": in a script without capitals, two or three free words
  // between a reporting verb whose subject follows it and the complementizer it opens
  // are the name of who speaks, as written.
  std::optional<Agent> name_after_verb(const Sent& a) const {
    if (capitals()) return std::nullopt;
    for (const Match& v : a.speech) {
      const auto& entry = lr_.speech.entries()[v.entry];
      if (entry.get("subject") == "before" || entry.get("kind") == "noun") continue;
      size_t i = v.end;
      while (i < a.toks.size() && i < v.end + 4 && free_word(a, i) && !a.toks[i].number && !a.quoted[i]) ++i;
      if (i - v.end < 2 || i - v.end > 3 || i >= a.toks.size() || !complementizer_at(a, i) || comma_before(a, i)) continue;
      std::string name(doc_.text.data() + a.toks[v.end].begin, a.toks[i - 1].end - a.toks[v.end].begin);
      return Agent{"name:" + name, shown_name(name), "person", "", "officials", "", v.end, i};
    }
    return std::nullopt;
  }

  // "Fahrettin Altun said", "..., said Fahrettin Altun.", "according to Fahrettin Altun,",
  // "по словам Фахреттина Алтуна,", "به گفته آلتون،": a name the knowledge base lacks is who
  // speaks when it stands right before or after a reporting verb (capitalized words, in
  // English and Russian only), or after "according to" and closed by a comma (not in Arabic).
  std::vector<Agent> names_at_cues(const Sent& a) const {
    std::vector<Agent> out;
    bool caps = capitals();
    // (an acronym is an institution's, not a person's name: "Ранее СМИ сообщили")
    auto word = [&](size_t i) { return free_word(a, i) && !a.quoted[i] && (!caps || (upper_initial(a, i) && !acronym(a, i))); };
    auto add = [&](size_t b, size_t e) {
      std::string name(doc_.text.data() + a.toks[b].begin, a.toks[e - 1].end - a.toks[b].begin);
      out.push_back(Agent{"name:" + name, shown_name(name), "person", "", "officials", "", b, e});
    };
    if (caps)
      for (const Match& v : a.speech) {
        if (lr_.speech.entries()[v.entry].get("kind") == "noun") continue;
        size_t b = v.begin;  // two or three words right before the verb, no more
        while (b > 0 && v.begin - b < 4 && word(b - 1) && (b == v.begin || !comma_before(a, b))) --b;
        if (v.begin - b >= 2 && v.begin - b <= 3 && !comma_before(a, v.begin)) add(b, v.begin);
        // ("Persaud said", after "Guyana's Foreign Secretary Robert Persaud" earlier: the surname alone)
        if (v.begin >= 1 && word(v.begin - 1) && (v.begin == 1 || !word(v.begin - 2)) && !comma_before(a, v.begin)) {
          // (in Russian also in another case: "Роберта Персо", "Дегтярева", then "Дегтярев заявил")
          auto it = std::find_if(full_names_.begin(), full_names_.end(),
                                 [&](const auto& x) { return same_name_word(x.first, a.toks[v.begin - 1].key); });
          if (it != full_names_.end())
            out.push_back(Agent{"name:" + it->second, shown_name(it->second), "person", "", "officials", "", v.begin - 1, v.begin});
        }
        // ... or right after a verb that follows the quote or clause it attributes (", said
        // Fahrettin Altun."; not "a source told Inland Asia Monitor", who was told).
        bool postposed = comma_before(a, v.begin) || (v.begin > 0 && a.quoted[v.begin - 1]);
        if (!postposed) continue;
        size_t e = v.end;
        while (e < a.toks.size() && e - v.end < 4 && word(e) && (e == v.end || !comma_before(a, e))) ++e;
        if (e - v.end >= 2 && e - v.end <= 3 && (e == a.toks.size() || comma_before(a, e))) add(v.end, e);
      }
    // "по данным «Северного вестника»,", "به نقل از «افق نو»": a short quoted name right
    // after "according to" or "citing" is the outlet the words come from (capitalized where
    // the script has capitals: "citing 'security reasons'" names no one).
    for (const Match& c : a.channels) {
      const std::string& role = lr_.channels.entries()[c.entry].get("role");
      if ((role != "according" && role != "via") || c.end >= a.toks.size() || !a.quoted[c.end] ||
          (c.end > 0 && a.quoted[c.end - 1]) || (caps && !upper_initial(a, c.end)))
        continue;
      size_t e = c.end;
      while (e < a.toks.size() && a.quoted[e] && e - c.end < 5) ++e;
      if (e < a.toks.size() && a.quoted[e]) continue;  // a quotation, not a name
      bool known = std::any_of(a.ents.begin(), a.ents.end(), [&](const Match& m) { return m.begin < e && c.end < m.end; });
      if (known) continue;
      std::string name(doc_.text.data() + a.toks[c.end].begin, a.toks[e - 1].end - a.toks[c.end].begin);
      out.push_back(Agent{"outlet:" + name, shown_name(name), "outlet", "", "", "", c.end, e});
    }
    // (Not in Arabic, where "بحسب نص الإعلان" reads like a first name and a surname with the article.)
    for (const Match& c : a.channels) {
      if (lr_.lang == "ar" || lr_.channels.entries()[c.entry].get("role") != "according") continue;
      size_t e = c.end;
      while (e < a.toks.size() && e - c.end < 4 && word(e) && (e == c.end || !comma_before(a, e))) ++e;
      size_t n = e - c.end;
      if (n < (caps ? 2u : 1u) || n > 3 || e >= a.toks.size() || !comma_before(a, e)) continue;
      // ("به گزارش نگاه منطقه،", "according to a report by Steppe Dispatch,": whose report, an outlet)
      bool report = std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
        return role_of(lr_, f) == "reports" && f.begin >= c.begin && f.end <= c.end;
      });
      add(c.end, e);
      if (report) {
        out.back().id = "outlet:" + out.back().id.substr(5);
        out.back().type = "outlet";
        out.back().level.clear();
      }
    }
    return out;
  }

  // A word of a name as written again: the same key or, in Russian, the same name in another
  // case ("Джейка Салливана", then "Салливан": all but the last two letters in common, five at least).
  bool same_name_word(const std::string& x, const std::string& y) const {
    if (x == y) return true;
    if (lr_.lang != "ru") return false;
    auto letters = [](const std::string& w) {
      std::vector<std::string_view> out;
      for (size_t i = 0; i < w.size();) {
        size_t n = 1;
        while (i + n < w.size() && (static_cast<unsigned char>(w[i + n]) & 0xC0) == 0x80) ++n;
        out.emplace_back(w.data() + i, n);
        i += n;
      }
      return out;
    };
    auto a = letters(x), b = letters(y);
    size_t common = 0;
    while (common < a.size() && common < b.size() && a[common] == b[common]) ++common;
    return common >= 5 && common + 2 >= std::max(a.size(), b.size());
  }

  // "Macron, for his part, proposed ...", "Макрон, в свою очередь, предложил ...": a short
  // aside set off by two commas, with no words of a claim in it, right after `from`, and the
  // words at `to` no more than two words after it.
  bool parenthetical_between(const Sent& a, size_t from, size_t to) const {
    if (to <= from || !comma_before(a, from)) return false;
    // (or a relative clause between commas, however much it names: "Biden, who is due in
    // Bali on Sunday, has ruled out a meeting")
    if (a.relative[from] != 0)
      for (size_t j = from + 1; j <= to && j - from <= 14; ++j) {
        if (a.relative[j - 1] != a.relative[from]) break;
        if (comma_before(a, j) && to - j <= 2) return true;
      }
    for (size_t j = from + 1; j <= to && j - from <= 6; ++j) {
      if (!comma_before(a, j)) continue;
      if (to - j > 2) return false;
      for (const auto* v : {&a.speech, &a.statuses, &a.events, &a.ents, &a.anon})
        for (const Match& x : *v)
          if (x.begin >= from && x.begin < j) return false;
      return true;
    }
    return false;
  }

  // English and Russian write names with capitals; Arabic and Persian have none.
  bool capitals() const { return lr_.lang == "en" || lr_.lang == "ru"; }

  bool upper_initial(const Sent& a, size_t i) const {
    UChar32 c = U_SENTINEL;
    int32_t off = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(doc_.text.data() + a.toks[i].begin), off,
            static_cast<int32_t>(a.toks[i].end - a.toks[i].begin), c);
    return u_isupper(c);
  }

  // "СМИ", "МИД", "NATO": a word of two letters or more, all capitals, is an acronym.
  bool acronym(const Sent& a, size_t i) const {
    const auto* text = reinterpret_cast<const uint8_t*>(doc_.text.data() + a.toks[i].begin);
    int32_t len = static_cast<int32_t>(a.toks[i].end - a.toks[i].begin), off = 0, letters = 0;
    while (off < len) {
      UChar32 c = U_SENTINEL;
      U8_NEXT(text, off, len, c);
      if (!u_isalpha(c)) continue;
      if (!u_isupper(c)) return false;
      ++letters;
    }
    return letters >= 2;
  }

  // "Bennett's spokesman", "a spokesman for Bennett" (a preposition with owner=yes), "a
  // Kremlin spokesman": an unnamed title of someone the knowledge base knows is that one's
  // ("Naftali Bennett's spokesperson", "Kremlin spokesperson"), of their side.
  void own_title(const Sent& a, const std::vector<Agent>& known, Agent& g) const {
    const Agent* owner = nullptr;
    for (const Match& f : a.fw) {
      const std::string& r = role_of(lr_, f);
      if (f.end == g.b && r == "possessive")
        for (const Agent& o : known)
          if (o.e == f.begin && (o.type == "person" || o.type == "organization")) owner = &o;
      if (f.begin == g.e && lr_.function_words.entries()[f.entry].get("owner") == "yes") {
        // (past an article: "a spokesman for the National Security Council")
        size_t at = f.end;
        for (const Match& t : a.fw)
          if (t.begin == f.end && role_of(lr_, t) == "article") at = t.end;
        for (const Agent& o : known)
          if (o.b == at && (o.type == "person" || o.type == "organization")) owner = &o;
      }
    }
    // ("a Kremlin spokesman": an institution right before the title)
    for (const Agent& o : known)
      if (!owner && o.e == g.b && o.type == "organization" && !comma_before(a, g.b)) owner = &o;
    if (!owner) return;
    g.name = owner->name + (owner->type == "person" ? "'s " : " ") + g.name;
    g.id = "anon:" + g.name;
    if (g.side.empty()) g.side = owner->side;
  }

  std::vector<Agent> agents(const Sent& a) const {
    std::vector<Agent> out;
    bool caps = capitals();
    for (const Match& m : a.ents) {
      Agent g = agent_of(m, false);
      // "The Atlantic Ledger": a known outlet's name that goes on in capitalized words the
      // knowledge base lacks is another outlet's, as written.
      if (caps && g.type == "outlet" && m.end < a.toks.size() && free_word(a, m.end) && upper_initial(a, m.end) &&
          !a.quoted[m.end]) {
        size_t e = m.end;
        while (e < a.toks.size() && e < m.end + 2 && free_word(a, e) && upper_initial(a, e)) ++e;
        std::string name(doc_.text.data() + a.toks[m.begin].begin, a.toks[e - 1].end - a.toks[m.begin].begin);
        g = Agent{"outlet:" + name, shown_name(name), "outlet", "", "", "", m.begin, e};
      }
      if (g.type == "anonymous" && !g.role.empty())
        if (auto p = titled(g.role, g.side, out, m.begin)) {
          p->b = g.b;
          p->e = g.e;
          g = *p;
        }
      out.push_back(g);
    }
    for (const Match& m : a.anon) {
      // label=-: words that hold a source word but name none ("social media", "رسانه‌های اجتماعی")
      if (lr_.anonymous.entries()[m.entry].get("label") == "-") continue;
      // "Американский чиновник на условиях анонимности сообщил": a modifier=yes
      // pattern describes the source right before it rather than being one.
      if (lr_.anonymous.entries()[m.entry].get("modifier") == "yes" &&
          std::any_of(out.begin(), out.end(), [&](const Agent& g) {
            return g.e <= m.begin && m.begin - g.e <= 3 && g.type != "country" && g.type != "place" && g.type != "outlet";
          }))
        continue;
      Agent g = agent_of(m, true);
      const std::string& role = lr_.anonymous.entries()[m.entry].get("role");
      // "помощник президента Юрий Ушаков": a title with a name right after it describes that name.
      bool named = std::any_of(a.ents.begin(), a.ents.end(), [&](const Match& e) {
        const auto* info = rs_.entity(lr_.entities.entries()[e.entry].get("id"));
        return info && info->type == "person" && e.begin >= m.end && e.begin - m.end <= 1;
      });
      bool needs_name = lr_.anonymous.entries()[m.entry].get("needs_name") == "yes";
      std::optional<Agent> p = role.empty() || named ? std::nullopt : titled(role, g.side, out, m.begin);
      if (p) {
        p->b = g.b;
        p->e = g.e;
        g = *p;
      } else if (auto u = unnamed(a, m.begin, m.end, g.side, "officials", role, needs_name)) {
        g = *u;  // "foreign ministry spokesman Liu Wenbo"
      } else if (needs_name) {
        continue;  // "وزير", "عضو": a title head that is no source without its name
      }
      out.push_back(g);
    }
    if (auto o = opening_name(a)) out.push_back(*o);
    // ... or right after a quotation: "«...», Tanmaya Lal, a senior official, told reporters"
    for (size_t i = 1; i < a.toks.size(); ++i)
      if (a.quoted[i - 1] && !a.quoted[i])
        if (auto o = opening_name(a, i)) out.push_back(*o);
    if (auto o = name_after_verb(a)) out.push_back(*o);
    // Names introduced earlier in the article, full or surname only ("کمالوندی گفت").
    for (size_t i = 0; i < a.toks.size(); ++i)
      for (const auto& [keys, person] : introduced_) {
        if (i + keys.size() > a.toks.size()) continue;
        bool match = true;
        bool caps = capitals();
        for (size_t k = 0; k < keys.size() && match; ++k)
          match = same_name_word(a.toks[i + k].key, keys[k]) && free_word(a, i + k) && (!caps || upper_initial(a, i + k));
        if (!match || std::any_of(out.begin(), out.end(), [&](const Agent& g) { return g.b < i + keys.size() && i < g.e; }))
          continue;
        Agent g = person;
        g.b = i;
        g.e = i + keys.size();
        out.push_back(g);
      }
    // "газета «Восточный вестник»", "صحيفة «النهار»", "روزنامه «کیهان»": a press noun
    // (role=press) and a quoted name the knowledge base lacks is an outlet.
    // In English and Russian the name may stand unquoted, in capitals ("the Hong Kong
    // daily Eastern Herald reported").
    for (const Match& f : a.fw) {
      if (role_of(lr_, f) != "press" || f.end >= a.toks.size()) continue;
      // ... or before it when no name follows: "Russia's Severny Vestnik news agency reported".
      bool named_after = f.end < a.toks.size() && (a.quoted[f.end] || (free_word(a, f.end) && upper_initial(a, f.end)));
      if (caps && f.begin > 0 && !named_after) {
        size_t b = f.begin;
        while (b > 0 && f.begin - b < 3 && free_word(a, b - 1) && upper_initial(a, b - 1) && !a.quoted[b - 1] &&
               a.toks[b - 1].key != "the" && !comma_before(a, b))
          --b;
        if (b < f.begin && std::none_of(out.begin(), out.end(), [&](const Agent& g) { return g.b < f.end && b < g.e; })) {
          std::string name(doc_.text.data() + a.toks[b].begin, a.toks[f.begin - 1].end - a.toks[b].begin);
          out.push_back(Agent{"outlet:" + name, shown_name(name), "outlet", "", "", "", b, f.end});
          continue;
        }
      }
      if (caps && !a.quoted[f.end]) {
        size_t j = f.end;
        while (j < a.toks.size() && j < f.end + 3 && free_word(a, j) && upper_initial(a, j) &&
               (j == f.end || !comma_before(a, j)))
          ++j;
        if (j > f.end && (j == a.toks.size() || comma_before(a, j) || !free_word(a, j)) &&
            std::none_of(out.begin(), out.end(), [&](const Agent& g) { return g.b < j && f.end < g.e; })) {
          std::string name(doc_.text.data() + a.toks[f.end].begin, a.toks[j - 1].end - a.toks[f.end].begin);
          out.push_back(Agent{"outlet:" + name, shown_name(name), "outlet", "", "", "", f.begin, j});
          continue;
        }
      }
      // Past up to three describing words ("شبکه تلویزیونی عبری‌زبان «افیک ۹»",
      // "гонконгская газета", "the Hebrew-language daily").
      size_t i = f.end;
      while (i < a.toks.size() && i < f.end + 3 && !a.quoted[i] && !comma_before(a, i) && free_word(a, i)) ++i;
      if (i >= a.toks.size() || !a.quoted[i] || (i > 0 && a.quoted[i - 1])) continue;
      size_t j = i;
      while (j < a.toks.size() && a.quoted[j] && j - i < 5) ++j;
      if (j < a.toks.size() && a.quoted[j]) continue;  // a quotation, not a name
      // (A source word inside the quoted name is part of it: "موقع «نبض الدبلوماسية»" is no diplomat.)
      auto inside = [&](const Agent& g) { return g.b >= i && g.e <= j && g.type == "anonymous"; };
      out.erase(std::remove_if(out.begin(), out.end(), inside), out.end());
      if (std::any_of(out.begin(), out.end(), [&](const Agent& g) { return g.b < j && i < g.e; })) continue;
      std::string name(doc_.text.data() + a.toks[i].begin, a.toks[j - 1].end - a.toks[i].begin);
      out.push_back(Agent{"outlet:" + name, shown_name(name), "outlet", "", "", "", f.begin, j});
    }
    // (After the names introduced earlier and the outlets: "به گفته جلالی" is that Jalali.)
    for (const Agent& o : names_at_cues(a))
      if (std::none_of(out.begin(), out.end(), [&](const Agent& g) { return g.b < o.e && o.b < g.e; })) out.push_back(o);
    std::sort(out.begin(), out.end(), [](const Agent& x, const Agent& y) { return x.b < y.b; });
    for (Agent& g : out)
      if (g.type == "anonymous") own_title(a, out, g);
    // "a North Korean diplomat", "دبلوماسي إيراني": a country word right beside an
    // anonymous source gives it its side.
    for (Agent& g : out)
      if (g.type == "anonymous" && g.side.empty())
        for (const Agent& c : out)
          if (c.type == "country" && (c.e == g.b || c.b == g.e)) {
            g.side = c.side;
            g.name = c.name + " " + g.name;  // "Egypt foreign ministry", "Iran media"
          }
    // A role noun with no name beside it ("the US president", "Iran's foreign
    // minister"): its side comes from the entry or a country or institution
    // next to it, and the person from what the article said before.
    for (const Match& p : a.parts) {
      const Entry& pe = lr_.participants.entries()[p.entry];
      if (pe.get("role").empty()) continue;
      std::string side = pe.get("side");
      for (const Match& q : a.parts)  // "американский президент"
        if (side.empty() && q.end == p.begin) side = lr_.participants.entries()[q.entry].get("side");
      int adj = -1;
      for (size_t i = 0; i < out.size(); ++i) {
        const Agent& g = out[i];
        if (g.type != "country" && g.type != "organization") continue;
        if ((g.e <= p.begin && p.begin - g.e <= 1) || (g.b >= p.end && g.b - p.end <= 1)) {
          if (side.empty()) side = g.side;
          if (side == g.side) adj = static_cast<int>(i);
          break;
        }
      }
      // A name beside the title ("President Trump", "Peskov, the Kremlin
      // spokesman") is who it describes, unless it is of another side
      // ("... of Kim Jong Un, the American president").
      bool named = false;
      for (const Agent& g : out)
        if (g.type == "person" && (side.empty() || g.side.empty() || g.side == side) &&
            ((g.b >= p.end && g.b - p.end <= 2) || (p.begin >= g.e && p.begin - g.e <= 2) ||
             (g.b <= p.begin && g.e >= p.end)))
          named = true;
      if (named) continue;
      auto person = titled(pe.get("role"), side, out, p.begin);
      if (!person)
        person = unnamed(a, p.begin, adj >= 0 ? std::max(p.end, out[adj].e) : p.end, side, pe.get("level"), pe.get("role"));
      if (!person) continue;
      person->b = p.begin;
      person->e = p.end;
      if (adj >= 0) {
        person->b = std::min(person->b, out[adj].b);
        person->e = std::max(person->e, out[adj].e);
        out.erase(out.begin() + adj);
      }
      out.push_back(*person);
    }
    std::sort(out.begin(), out.end(), [](const Agent& x, const Agent& y) { return x.b < y.b; });
    // "the Finnish capital", "в столице Омана Маскате", "العاصمة العمانية",
    // "پایتخت عمان": a capital word beside a country is a place, that country's
    // capital (the one named right after it, else the knowledge base's).
    for (const Match& f : a.fw) {
      if (role_of(lr_, f) != "capital") continue;
      for (size_t i = 0; i < out.size(); ++i) {
        Agent& c = out[i];
        if (c.type != "country" || !(c.e == f.begin || c.b == f.end || c.b == f.end + 1)) continue;
        size_t b = std::min(c.b, f.begin), e = std::max(c.e, f.end);
        if (i + 1 < out.size() && out[i + 1].type == "place" && out[i + 1].b == e) {
          out[i + 1].b = b;
          out.erase(out.begin() + static_cast<long>(i));
        } else if (const auto* cap = rs_.capital_of(c.side)) {
          c = Agent{cap->id, cap->name, "place", cap->side, "", "", b, e};
        }
        break;
      }
    }
    return out;
  }

  // "از تعویق دیدار لاوروف و روبیو خبر داد": names right after an event noun (joined by
  // "and" or other names) say whose event it is; they are not the subject of a verb after them.
  bool names_an_event(const Sent& a, const std::vector<Agent>& ags, const Agent& g) const {
    for (const Match& ev : a.events) {
      if (ev.end > g.b || a.clause[ev.begin] != a.clause[g.b]) continue;
      size_t i = ev.end;
      while (i < g.b) {
        auto agent = std::find_if(ags.begin(), ags.end(), [&](const Agent& o) { return o.b == i && o.e <= g.b; });
        if (agent != ags.end()) {
          i = agent->e;
          continue;
        }
        auto conj = std::find_if(a.fw.begin(), a.fw.end(), [&](const Match& f) {
          return f.begin == i && role_of(lr_, f) == "conjunction";
        });
        if (conj == a.fw.end()) break;
        i = conj->end;
      }
      if (i == g.b) return true;
    }
    return false;
  }

  // A reporting noun ("statement", "البيان", "заявление") starting at `after` (or up to two
  // words later) or ending right before `before`, with no name right before or after it: the
  // statement as an unnamed source.
  std::optional<Agent> statement_at(const Sent& a, size_t after, size_t before) const {
    for (const Match& x : a.speech) {
      if (lr_.speech.entries()[x.entry].get("kind") != "noun") continue;
      // (an article or an adjective may come first: "the final statement", "the joint statement")
      bool next = x.begin >= after && x.begin <= after + 2 && std::none_of(a.ents.begin(), a.ents.end(), [&](const Match& e) {
                    return e.begin >= after && e.begin < x.begin;
                  });
      bool prev = before != SIZE_MAX && x.end == before;
      if (!next && !prev) continue;
      // ("بيان للكرملين", "the Kremlin's statement": its author speaks, found elsewhere)
      bool owned = std::any_of(a.ents.begin(), a.ents.end(), [&](const Match& e) {
        return (e.begin >= x.end && e.begin <= x.end + 1) || (e.end <= x.begin && x.begin - e.end <= 1);
      });
      if (owned) continue;
      // (whose statement it is, when an institution or a country spoke just before: "...، وفق
      // نص البيان" after the ministry's statement was named)
      if (last_speaker_ && sentence_ - last_speaker_sentence_ <= 2 &&
          (last_speaker_->type == "organization" || last_speaker_->type == "country")) {
        Agent g = *last_speaker_;
        g.b = x.begin;
        g.e = x.end;
        return g;
      }
      return Agent{"anon:statement", "statement", "anonymous", "", "", "", x.begin, x.end};
    }
    return std::nullopt;
  }

  // A reporting verb right after "and" ("... and said"): its subject is the clause's.
  bool conjoined(const Sent& a, size_t vb) const {
    return vb > 0 && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
             return f.end == vb && role_of(lr_, f) == "conjunction" && !comma_before(a, f.begin);
           });
  }

  // "... برسالة إلى زعيم كوريا الشمالية، كيم جونغ أون، يبلغه فيها", "referred to Vice President
  // Mike Pence": a person or country inside a title right after a preposition, or in apposition
  // to such an object, is that preposition's object too (`direct`: or right after one).
  bool prepositional_object(const Sent& a, const std::vector<Agent>& ags, const Agent& g, bool direct = true) const {
    auto preposition_before = [&](size_t pos) {
      return pos > 0 && !comma_before(a, pos) && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
               return f.end == pos && (role_of(lr_, f) == "preposition" || role_of(lr_, f) == "destination");
             });
    };
    auto title_object = [&](size_t b) {
      return std::any_of(a.parts.begin(), a.parts.end(), [&](const Match& p) { return p.end == b && preposition_before(p.begin); });
    };
    auto object_at = [&](size_t b) { return preposition_before(b) || title_object(b); };
    if ((direct && preposition_before(g.b)) || title_object(g.b)) return true;
    // (apposition: set off by commas on both sides, after a title or a name, not an outlet:
    // "به نقل از ایسنا، ترامپ ... گفت" is Trump speaking)
    return comma_before(a, g.b) && g.e < a.toks.size() && comma_before(a, g.e) &&
           std::any_of(ags.begin(), ags.end(), [&](const Agent& o) {
             return o.e == g.b && o.b < g.b && o.type != "outlet" && object_at(o.b);
           });
  }

  // True for a mention that cannot be a subject: the object of a preposition
  // ("with Putin") or the first mention after a channel marker ("told CNN",
  // "citing ISNA", "according to the State Department").
  // A locative blocks too, except before an institution that speaks from its
  // seat with no one else to speak ("В Кремле заявили", "заявили в Кремле");
  // in "Trump told reporters at the White House" it is only where he spoke.
  bool after_preposition(const Sent& a, size_t pos, const std::string& type = "") const {
    // ("an ally of the prime minister": past the article)
    for (const Match& f : a.fw)
      if (f.end == pos && f.begin + 1 == pos && pos > 1 && role_of(lr_, f) == "article" && !comma_before(a, pos)) {
        pos = f.begin;
        break;
      }
    for (const Match& m : a.fw) {
      if (m.end != pos) continue;
      // "... is over, Bolton said": a comma ends the preposition's phrase.
      if (comma_before(a, pos)) continue;
      std::string role = role_of(lr_, m);
      if (role == "preposition" || role == "destination") return true;
      if (role != "locative") continue;
      if (type != "organization") return true;
      for (const Match& x : a.ents) {
        const auto* info = rs_.entity(lr_.entities.entries()[x.entry].get("id"));
        if (info && info->type == "person" && x.end <= m.begin && a.clause[x.begin] == a.clause[pos]) return true;
      }
      for (const Match& x : a.anon)
        if (x.end <= m.begin && a.clause[x.begin] == a.clause[pos]) return true;
    }
    for (const Match& m : a.channels) {
      if (m.end > pos || pos - m.end > static_cast<size_t>(opt_.channel_window)) continue;
      // "рассказал журналистам помощник президента Юрий Ушаков": a marker that is its
      // own object (object=no) leaves the name after it to be the subject.
      if (lr_.channels.entries()[m.entry].get("object") == "no") continue;
      // "«... به تعویق بیفتد»، یک منبع آگاه": a quote's end or a comma closes the marker's phrase.
      if (a.quoted[m.begin] != a.quoted[pos]) continue;
      bool comma = false;
      for (size_t i = m.end; i <= pos && !comma; ++i) comma = comma_before(a, i);
      if (comma) continue;
      bool first = true;
      for (const Match& e : a.ents)
        if (e.begin >= m.end && e.begin < pos) first = false;
      for (const Match& e : a.anon)
        if (e.begin >= m.end && e.begin < pos) first = false;
      if (first) return true;
    }
    return false;
  }

  // Countries speak through their governments ("Iran said", "أعلنت سلطنة عمان").
  static bool can_speak(const Agent& g) {
    return g.type == "person" || g.type == "organization" || g.type == "anonymous" || g.type == "outlet" ||
           g.type == "country";
  }

  // A comma (Latin or Arabic) between token `pos - 1` and token `pos`.
  // Status words (not `status=-` look-alikes) among tokens [b, e).
  bool has_status(const Sent& a, size_t b, size_t e) const {
    auto found = lr_.statuses.match(a.forms, b, e);
    return std::any_of(found.begin(), found.end(),
                       [&](const Match& m) { return lr_.statuses.entries()[m.entry].get("status") != "-"; });
  }

  // A claim that denies its event: negated words, or a status of denial ("not planned", "never
  // agreed", "did not take place").
  static bool denies(const Claim& c) {
    return c.polarity == "negated" || c.status == "not_planned" || c.status == "never_agreed" || c.status == "not_held";
  }

  // "At the time", "حينها", "тогда" in the sentence: it tells of a past moment, so its
  // weekdays count back whatever the status ("announced at the time that the talks would
  // not take place on Sunday": the Sunday that had come, not the next one).
  bool told_then(const Sent& a) const {
    return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) { return role_of(lr_, f) == "then"; });
  }

  // An "and" written on the word at `pos` (Arabic "ومراسم", "وكييف"; `attached=yes`).
  bool conjunction_on(const Sent& a, size_t pos) const {
    if (a.forms[pos].size() < 2) return false;
    const std::string& raw = a.forms[pos][0];
    for (const Entry& e : lr_.function_words.entries())
      if (e.get("role") == "conjunction" && e.get("attached") == "yes" && raw.rfind(text::fold(e.phrase), 0) == 0)
        return true;
    return false;
  }

  // Nothing but spaces and quotation marks between token `pos` and the one before.
  bool bare_gap(const Sent& a, size_t pos) const {
    std::string_view gap(doc_.text.data() + a.toks[pos - 1].end, a.toks[pos].begin - a.toks[pos - 1].end);
    for (std::string_view p : {",", ".", ":", ";", "!", "?", "\xD8\x8C", "\xD8\x9B", "\xE2\x80\x94", "\xE2\x80\x93", " - "})
      if (gap.find(p) != std::string_view::npos) return false;
    return true;
  }

  bool comma_before(const Sent& a, size_t pos) const {
    if (pos == 0 || pos >= a.toks.size()) return false;
    std::string_view gap(doc_.text.data() + a.toks[pos - 1].end, a.toks[pos].begin - a.toks[pos - 1].end);
    return gap.find(',') != std::string_view::npos || gap.find("\xD8\x8C") != std::string_view::npos;
  }

  // Where a postposed attribution begins ("... in Helsinki on July 16, Bolton
  // said"): the comma right before its first word `pos`, when what precedes the
  // comma is the reported clause rather than a short opening adverbial
  // ("On Wednesday, Bolton said"). 0 when there is no such comma.
  size_t attribution_start(const Sent& a, size_t pos) const {
    for (size_t i = pos; i + 2 > pos && i > 4; --i)
      if (comma_before(a, i)) return i;
    return 0;
  }

  // Nothing but spaces between the end of token `last` and the start of token `next`.
  bool plain_gap(const Sent& a, size_t last, size_t next) const {
    if (next >= a.toks.size() || last >= next) return false;
    for (size_t i = a.toks[last].end; i < a.toks[next].begin; ++i)
      if (doc_.text[i] != ' ') return false;
    return true;
  }
  bool status_at(const Sent& a, size_t pos) const {
    return std::any_of(a.statuses.begin(), a.statuses.end(), [&](const Match& x) { return x.begin == pos; });
  }
  // A channel phrase that closes the sentence ("... كتب X على منصة إكس.", "..., X wrote on X."):
  // the name before it closes the attribution all the same.
  bool closing_channel_at(const Sent& a, size_t pos) const {
    return std::any_of(a.channels.begin(), a.channels.end(), [&](const Match& c) {
      if (c.begin != pos) return false;
      size_t e = c.end;
      while (e < a.toks.size() && plain_gap(a, e - 1, e) && e < c.end + 2) ++e;  // the platform's name
      return e == a.toks.size() || !plain_gap(a, e - 1, e);
    });
  }
  bool complementizer_at(const Sent& a, size_t pos) const {
    return std::any_of(a.fw.begin(), a.fw.end(),
                       [&](const Match& f) { return f.begin == pos && role_of(lr_, f) == "complementizer"; });
  }

  // A capital as the subject of a speech verb speaks for its country's
  // government ("Tehran denied", "أعلنت القاهرة"); elsewhere it is a place.
  std::optional<Agent> seat(const Agent& g) const {
    if (g.type != "place" || g.side.empty()) return std::nullopt;
    const rules::EntityInfo* c = rs_.country_of(g.side);
    if (!c) return std::nullopt;
    Agent out = g;
    out.id = c->id;
    out.name = c->name;
    out.type = "country";
    return out;
  }

  // "عراقچی دیدار با همتای آمریکایی را بعید ندانست", "پزشکیان پوتین را دعوت کرد": before
  // an object marker a name is the object, never the subject.
  bool object_marked(const Sent& a, const Agent& g) const {
    return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) { return f.begin == g.e && role_of(lr_, f) == "object"; });
  }

  // The subject of a speech verb: right after it (VSO), else the nearest
  // speaker-like mention before it in the same clause that is not the object
  // of a preposition. People and anonymous sources outrank outlets.
  // Whose attendance status words such as "will not attend", "لن يشارك", "حاضر
  // نبودیم" are about: the subject right before them (or, verb first, right
  // after them), else the one participant named ("نتانیاهو ... در نشست حضور
  // نخواهد یافت"), else the speaker ("Hamas said it would not take part"); ""
  // when nobody is (the claim is then about the event itself).
  std::string attendee_of(const Sent& a, const std::vector<Agent>& ags, const Match& m, const Agent* speaker,
                          const EventMention& em) const {
    auto subject = [&](const Agent& g) {
      return (g.type == "person" || g.type == "organization" || g.type == "anonymous" || g.type == "country") &&
             a.clause[g.b] == a.clause[m.begin] && !after_preposition(a, g.b) && !object_marked(a, g);
    };
    // A capital attends for its government ("تهران هرگز با حضور موافقت نکرده بود": Iran).
    auto id_of = [&](const Agent& g) {
      auto c = g.type == "place" ? seat(g) : std::nullopt;
      return c ? c->id : g.id;
    };
    auto capital = [&](const Agent& g) {
      const auto* info = g.type == "place" ? rs_.entity(g.id) : nullptr;
      return info && info->capital && seat(g) && a.clause[g.b] == a.clause[m.begin] && !after_preposition(a, g.b) &&
             !object_marked(a, g);
    };
    const Agent* before = nullptr;
    for (const Agent& g : ags)
      if (g.e <= m.begin && m.begin - g.e <= 3 && (subject(g) || capital(g))) before = &g;
    if (before) return id_of(*before);
    for (const Agent& g : ags)
      if (g.b >= m.end && g.b - m.end <= 1 && (subject(g) || capital(g))) return id_of(g);
    if (em.participants.size() == 1) return em.participants.front();
    if (speaker && speaker->type != "outlet") return speaker->id;
    return "";
  }

  // A word written with the definite article (clitics.tsv definite=yes: Arabic "ال").
  bool with_article(const std::string& word) const {
    return std::any_of(lr_.definite_prefixes.begin(), lr_.definite_prefixes.end(),
                       [&](const std::string& p) { return word.size() > p.size() && word.rfind(p, 0) == 0; });
  }

  // "وأضاف المصدر أن", "the official said", "این منبع افزود": a definite one-word
  // source is the source described before ("a European diplomatic source"),
  // whose label names the same kind of source, when one spoke recently.
  Agent same_source(const Sent& a, const Agent& g, int si) const {
    if (g.type != "anonymous" || g.e != g.b + 1 || !last_anonymous_ ||
        si - last_anonymous_sentence_ > opt_.speaker_sentences)
      return g;
    // Definite by an attached article (clitics.tsv definite=yes), or by a word before it
    // (function_words.tsv: article "the", anaphor "this", pronoun "این").
    const std::string& word = a.toks[g.b].key;
    bool definite = with_article(word);
    for (const Match& f : a.fw) {
      const std::string& role = role_of(lr_, f);
      // (or the whole phrase is one: "the official" in function_words.tsv)
      bool before = f.end == g.b || (f.begin < g.b && f.end == g.e);
      if (before && (role == "anaphor" || role == "pronoun" || role == "article")) definite = true;
    }
    if (!definite) return g;
    // The same head word: "source" and "European diplomatic source", "senior official"
    // and "Hamas official" (the latest such one, though other sources spoke since).
    auto same = recent_anonymous(label_head(g.name), si);
    if (!same || same->name == g.name) return g;
    Agent out = *same;
    out.b = g.b;
    out.e = g.e;
    return out;
  }

  // The person a title names when the name follows it closely ("помощник
  // президента Юрий Ушаков"); not the subject of the clause a complementizer
  // opens ("قال مصدر مطلع إن بوتين سيجري ...": the source said it, not Putin).
  std::optional<Agent> name_after_title(const Sent& a, const std::vector<Agent>& ags, const Agent& title) const {
    for (const Agent& p : ags)
      if (p.type == "person" && p.b >= title.e && p.b - title.e <= 2) {
        for (size_t i = title.e; i <= p.b; ++i)
          if (complementizer_at(a, i)) return std::nullopt;
        return p;
      }
    return std::nullopt;
  }

  // "Источник в окружении Эрдогана сообщил", "a source in Erdogan's office said": a person a few
  // words after an unnamed source (its label says "source"; a title such as "Kremlin spokesman" is
  // followed by its holder's name instead), with no comma between, says whose circle the source
  // is in; the source speaks.
  bool affiliation_of_source(const Sent& a, const std::vector<Agent>& ags, const Agent& g) const {
    if (g.type != "person") return false;
    return std::any_of(ags.begin(), ags.end(), [&](const Agent& o) {
      if (o.type != "anonymous" || o.name.find("source") == std::string::npos || o.e > g.b || g.b - o.e > 3 ||
          a.clause[o.b] != a.clause[g.b])
        return false;
      for (size_t i = o.e; i <= g.b; ++i)
        if (comma_before(a, i)) return false;
      return true;
    });
  }

  std::optional<Agent> find_agent(const Sent& a, const std::vector<Agent>& ags, size_t vb, size_t ve) const {
    // After the verb, the most specific speaker wins ("said the Iranian foreign
    // ministry's spokesman Esmaeil Baghaei": the person, not the ministry).
    auto rank = [](const Agent& g) {
      return g.type == "person" ? 0 : g.type == "anonymous" ? 1 : g.type == "organization" ? 2 : g.type == "country" ? 3 : 4;
    };
    // A subject right before the verb settles it ("Trump told reporters at the
    // White House": Trump, not the White House).
    // "وكانت طهران قد أعلنت": an auxiliary (a hedge marked ignore=yes) may stand between.
    auto auxiliary = [&](size_t pos) {
      return std::any_of(a.hedges.begin(), a.hedges.end(), [&](const Match& h) {
        return h.begin <= pos && h.end > pos && lr_.hedges.entries()[h.entry].get("ignore") == "yes";
      });
    };
    // "کنعانی در پاسخ به پرسشی درباره ... سازمان ملل گفت": with a verb-final speech verb,
    // an institution next to the verb ends an adverbial; the person opening the
    // sentence, with no other person or source before the verb, is the subject.
    bool verb_final = comes_last(a, vb);
    bool person_opens = verb_final && !ags.empty() && ags.front().b == 0 && ags.front().type == "person" &&
                        !a.quoted[0] && a.clause[0] == a.clause[vb] &&
                        std::none_of(ags.begin() + 1, ags.end(), [&](const Agent& o) {
                          // ("... درباره احتمال دیدار مقام‌های دو کشور": names after an event noun describe it)
                          bool describes = std::any_of(a.events.begin(), a.events.end(), [&](const Match& ev) {
                            return ev.begin >= ags.front().e && ev.end <= o.b;
                          });
                          return o.e <= vb && (o.type == "person" || o.type == "anonymous") && !describes;
                        });
    for (const Agent& g : ags) {
      if (object_marked(a, g)) continue;
      if (person_opens && g.b > 0) continue;
      // "A Western diplomat in Havana said": where the source is stands between it and the verb
      // (English and Russian; before a verb-final Persian verb the name is its object's).
      size_t ge = g.e;
      if ((lr_.lang == "en" || lr_.lang == "ru") && (g.type == "anonymous" || g.type == "person"))
        for (const Match& f : a.fw)
          if (f.begin == g.e && role_of(lr_, f) == "locative")
            for (const Agent& p : ags)
              if (p.b == f.end && (p.type == "place" || p.type == "country") && p.e <= vb) ge = p.e;
      bool next_to_verb = plain_gap(a, ge - 1, vb) || (vb == ge + 1 && auxiliary(ge) && plain_gap(a, ge - 1, ge));
      // "В Вашингтоне уверяют, что ...", "в Братиславе дали понять": a capital after the
      // locative that opens the clause, right before the verb, is its government speaking.
      // (Only "but", "and" or time words before it: "Однако в Братиславе дали понять".)
      auto opens_clause = [&](size_t pos) {
        for (size_t i = pos; i > 0; --i) {
          if (a.clause[i - 1] != a.clause[pos]) return true;
          bool minor = std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
                         const std::string& r = role_of(lr_, f);
                         return f.begin <= i - 1 && i - 1 < f.end && (r == "contrast" || r == "conjunction");
                       }) ||
                       std::any_of(a.times.begin(), a.times.end(), [&](const Match& t) { return t.begin <= i - 1 && i - 1 < t.end; });
          if (!minor) return false;
        }
        return true;
      };
      // (so do media opening the clause in the locative: "В японской прессе сообщалось")
      // (an adverb may stand between, one lower-case word no lexicon claims: "В Тбилиси ранее заявили")
      bool adverb_between = vb == ge + 1 && free_word(a, ge) && !upper_initial(a, ge) && plain_gap(a, ge - 1, ge) &&
                            plain_gap(a, ge, vb);
      bool seat_speaks = (seat(g) || g.type == "anonymous") && (next_to_verb || adverb_between) &&
                         std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
                           return f.end == g.b && role_of(lr_, f) == "locative" && opens_clause(f.begin);
                         });
      if (!(can_speak(g) || (seat(g) && (next_to_verb || seat_speaks))) || g.type == "outlet" || ge > vb ||
          vb - ge > 1 || (after_preposition(a, g.b, g.type) && !seat_speaks) || a.quoted[g.b] != a.quoted[vb])
        continue;
      // "..., deputy foreign minister of Russia, said": a comma closes an apposition.
      if (comma_before(a, ge) || comma_before(a, vb)) continue;
      // (Persian only: "after the meeting Lavrov said" has its subject there)
      if (lr_.lang == "fa" && names_an_event(a, ags, g)) continue;
      // "... بنظيره الروسي سيرغي لافروف بعدما أعلن ترامب": a name before "after" ends
      // another clause; the verb after it has its own subject.
      if (vb > g.e && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
            return (role_of(lr_, f) == "subordinator" || role_of(lr_, f) == "time_reference") && f.begin == g.e &&
                   f.end == vb;
          }))
        continue;
      if (affiliation_of_source(a, ags, g)) continue;
      // "a North Korean diplomat said": the source, not the country word before it;
      // "مصدر في الخارجية السودانية قال": nor the country word after it.
      if (std::any_of(ags.begin(), ags.end(), [&](const Agent& o) {
            return (o.b == g.e && o.e <= vb && can_speak(o) && o.type != "country") ||
                   (g.type == "country" && o.type != "country" && can_speak(o) && o.e <= g.b && g.b - o.e <= 2 &&
                    !comma_before(a, g.b) && a.clause[o.b] == a.clause[g.b]);
          }))
        continue;
      if (auto c = seat(g)) return c;
      return g;
    }
    // "سارا سندرز، سخنگوی کاخ سفید، پنجشنبه گفته بود ترامپ ...": the sentence
    // opens with its subject, and only an apposition or a date stands between it
    // and the verb; the name after the verb is the complement's subject.
    auto between = [&](const std::vector<Match>& v, size_t from) {
      return std::any_of(v.begin(), v.end(), [&](const Match& x) { return x.begin >= from && x.end <= vb; });
    };
    bool opening_subject = std::any_of(ags.begin(), ags.end(), [&](const Agent& g) {
      return g.b == 0 && g.e < vb && can_speak(g) && g.type != "outlet" && !a.quoted[0] &&
             a.clause[0] == a.clause[vb] && !between(a.statuses, g.e) && !between(a.events, g.e) &&
             !between(a.speech, g.e);
    });
    // In a verb-final language the name after the verb opens the reported clause
    // ("... به ایسنا گفت احتمالاً امیرعبداللهیان دیدار خواهد کرد").
    bool subject_before = comes_last(a, vb);
    // "«...», — сказал журналистам Песков.": past the channel right after the verb.
    size_t ve_ch = ve;
    for (const Match& c : a.channels)
      if (c.begin == ve) ve_ch = std::max(ve_ch, c.end);
    // "said Xi, Putin and Kim held a brief three-way meeting": names (the knowledge base's, or
    // capitalized words it lacks) joined by commas and "and" from `from` on; where the list ends.
    auto list_end_from = [&](size_t from) {
      size_t list_end = from;
      for (bool more = true; more;) {
        more = false;
        size_t k = list_end;
        if (k < a.toks.size() && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
              return f.begin == k && role_of(lr_, f) == "conjunction";
            }))
          ++k;
        if (k == list_end && !comma_before(a, k)) break;
        for (const Agent& o : ags)
          if (o.b == k && o.type == "person") {
            list_end = o.e;
            more = true;
          }
        if (!more && lr_.lang == "en" && k < a.toks.size() && free_word(a, k) && upper_initial(a, k)) {
          size_t e = k;
          while (e < a.toks.size() && e < k + 3 && free_word(a, e) && upper_initial(a, e)) ++e;
          list_end = e;
        }
      }
      return list_end;
    };
    // In English such a list right after the verb, before status words, is the complement's subject
    // (an adverb may stand between: "said Xi, Putin and Kim also spent twenty minutes together").
    auto status_follows = [&](size_t pos) {
      return status_at(a, pos) ||
             (pos + 1 < a.toks.size() && free_word(a, pos) && !upper_initial(a, pos) && !comma_before(a, pos + 1) &&
              status_at(a, pos + 1));
    };
    size_t complement_end = 0;
    if (lr_.lang == "en")
      for (const Agent& o : ags)
        if (o.b == ve && o.type == "person") {
          size_t end = list_end_from(o.e);
          if (status_follows(end)) complement_end = end;
        }
    // ... and so is a name after titles and adjectives of country ("Reuters said Russian
    // President Vladimir Putin would travel to Rome"): a phrase of names, titles and
    // capitalized words, with no comma, from the verb to the status words.
    if (lr_.lang == "en" && complement_end == 0 && ve < a.toks.size() && !comma_before(a, ve)) {
      auto in_any = [&](const auto& v, size_t k) {
        return std::any_of(v.begin(), v.end(), [&](const auto& x) { return x.b <= k && k < x.e; });
      };
      auto in_part = [&](size_t k) {
        return std::any_of(a.parts.begin(), a.parts.end(), [&](const Match& x) { return x.begin <= k && k < x.end; });
      };
      size_t k = ve;
      bool named = false;
      while (k < a.toks.size() && k < ve + 6 && (k == ve || !comma_before(a, k))) {
        bool agent = in_any(ags, k);
        if (!(agent || in_part(k) || (free_word(a, k) && upper_initial(a, k)))) break;
        named = named || std::any_of(ags.begin(), ags.end(), [&](const Agent& o) { return o.b <= k && k < o.e && o.type == "person"; });
        ++k;
      }
      if (named && k > ve + 1 && status_follows(k)) complement_end = k;
    }
    // "Как рассказал «Северному вестнику» источник в МИД", "сообщил газете «X» источник": an outlet
    // right after the verb, then a source or person, is who was told; the one after it speaks.
    if (!opening_subject && !subject_before)
      for (const Agent& g : ags)
        if (g.type == "outlet" && g.b >= ve && g.b <= ve + 1 && a.clause[g.b] == a.clause[ve - 1])
          for (const Agent& o : ags)
            if (o.b == g.e && (o.type == "anonymous" || o.type == "person") && !comma_before(a, o.b) && can_speak(o))
              return o;
    std::optional<Agent> best;
    for (const Agent& g : ags) {
      if (opening_subject || subject_before) break;
      size_t list_end = list_end_from(g.e);
      if (g.b >= ve && g.b < complement_end && (g.b > ve || complement_end > list_end_from(g.e))) continue;
      // "أعلنت القاهرة أن", "..., — заявил Пхеньян.": right after the verb and
      // closing the clause or opening its complement ("said Tehran was ready"
      // is the complement's subject, not the speaker).
      // So does "قبل أن تعلن مسقط تأجيلها": the object, a status word, follows the capital.
      if ((g.b == ve || g.b == ve_ch) && plain_gap(a, g.b - 1, g.b) &&
          (g.e == a.toks.size() || !plain_gap(a, g.e - 1, g.e) || complementizer_at(a, g.e) || status_at(a, g.e) ||
           closing_channel_at(a, g.e))) {
        if (auto c = seat(g)) return c;
        // "..., передает ТАСС.", "..., сообщает РИА Новости": an outlet closing the sentence.
        if (g.type == "outlet" && g.b == ve && (g.e == a.toks.size() || !plain_gap(a, g.e - 1, g.e)) &&
            a.clause[g.b] == a.clause[vb])
          return g;
      }
      // "..., сообщило агентство Синьхуа.": so with a press word before its name.
      if (g.type == "outlet" && g.b == ve + 1 && (g.e == a.toks.size() || !plain_gap(a, g.e - 1, g.e)) &&
          a.clause[g.b] == a.clause[vb] && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
            return f.begin == ve && f.end == g.b && role_of(lr_, f) == "press";
          }))
        return g;
      if ((g.b == ve || g.b == ve_ch) && plain_gap(a, g.b - 1, g.b) &&
          (g.e == a.toks.size() || !plain_gap(a, g.e - 1, g.e) || complementizer_at(a, g.e) || status_at(a, g.e) ||
           closing_channel_at(a, g.e))) {
        // "— рассказал журналистам помощник президента Юрий Ушаков"; "Как сообщил Песков, Лавров ...":
        // right after the verb and closed by a comma, the subject of a clause of its own.
        bool closed = g.e < a.toks.size() && comma_before(a, g.e) &&
                      !(lr_.lang == "en" && list_end > g.e && status_follows(list_end));
        if ((g.b == ve_ch && ve_ch > ve) || closed) {
          if (can_speak(g) && g.type != "outlet") {
            if (g.type == "anonymous")
              if (auto p = name_after_title(a, ags, g)) return p;
            return g;
          }
        }
      }
      if (!can_speak(g) || g.b < ve || g.b - ve > static_cast<size_t>(opt_.after_window)) continue;
      if (a.clause[g.b] != a.clause[ve - 1]) continue;
      if (after_preposition(a, g.b, g.type)) continue;
      // ("..., the newspaper said, and Kim would travel by train": past a comma and a conjunction
      // after the verb a name opens a clause of its own; an apposition between commas does not:
      // "وقال المتحدث ...، السفير محمد الشناوي، إن")
      bool comma_between = false;
      for (size_t k = ve; k <= g.b; ++k) comma_between = comma_between || comma_before(a, k);
      if (comma_between && g.b > 0 && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
            return f.end == g.b && role_of(lr_, f) == "conjunction";
          }))
        continue;
      // After an event noun a name belongs to what was said ("اعلام کرد سفر پوتین
      // به واشنگتن ...": Putin's visit), not to who said it.
      if (std::any_of(a.events.begin(), a.events.end(), [&](const Match& ev) { return ev.begin >= ve && ev.end <= g.b; }))
        continue;
      // Right after the verb it is the subject whatever its kind ("أعلن الكرملين
      // موعد لقاء بوتين": the Kremlin, not Putin further on).
      // (In English a name right after the verb and right before status words is the
      // complement's subject: "Prasetyo said Prabowo would meet Putin".)
      if (g.b == ve && lr_.lang == "en" && status_follows(list_end) && !comma_before(a, g.b) &&
          std::any_of(a.speech.begin(), a.speech.end(), [&](const Match& sp) {
            return sp.begin == vb && lr_.speech.entries()[sp.entry].get("kind") != "noun";
          }))
        continue;
      // "сообщил южнокорейский дипломатический источник": the source, not the country word
      // that describes it.
      if (g.b == ve && g.type == "country")
        for (const Agent& o : ags)
          if (o.b == g.e && o.type == "anonymous" && !comma_before(a, o.b)) return o;
      if (g.b == ve && g.type != "outlet") {
        // "сообщил официальный представитель МИД Ирана Эсмаил Багаи": a title,
        // then the name it belongs to.
        if (g.type == "anonymous")
          if (auto p = name_after_title(a, ags, g)) return p;
        return g;
      }
      if (g.type == "country") continue;  // further on, "نظيره الروسي" is an adjective
      // "— сказал он агентству «Интерфакс»": who is told is the channel, not the speaker.
      if (g.type == "outlet" && std::any_of(a.channels.begin(), a.channels.end(), [&](const Match& c) {
            return lr_.channels.entries()[c.entry].get("role") == "to" && c.end <= g.b && g.b - c.end <= 1;
          }))
        continue;
      if (!best || rank(g) < rank(*best)) best = g;
    }
    if (best && best->type != "outlet") return best;
    std::optional<Agent> before;
    // A verb-final language puts its subject first: "برخی رسانه‌های ترکیه از برنامه‌ریزی
    // برای دیدار اردوغان، اسد و پوتین خبر داده بودند" (the media, not Putin).
    if (subject_before)
      for (const Agent& g : ags) {
        if (g.e > vb || a.clause[g.b] != a.clause[vb] || a.quoted[g.b] != a.quoted[vb]) continue;
        if (g.type == "country" || g.type == "place") break;  // "ایران ..." is taken above when next to the verb
        if (!can_speak(g) || after_preposition(a, g.b, g.type)) break;
        if (std::any_of(a.events.begin(), a.events.end(), [&](const Match& ev) { return ev.end <= g.b; })) break;
        if (std::any_of(a.statuses.begin(), a.statuses.end(), [&](const Match& st) { return st.end <= g.b; })) break;
        if (g.type == "outlet") break;
        before = g;
        break;
      }
    bool subject_first = before.has_value();
    for (auto it = ags.rbegin(); it != ags.rend() && !subject_first; ++it) {
      const Agent& g = *it;
      // A country further back is context ("deputy foreign minister of Russia"),
      // not a subject; right next to the verb it was taken above.
      if (!can_speak(g) || g.e > vb || g.type == "country" || object_marked(a, g)) continue;
      if (affiliation_of_source(a, ags, g)) continue;
      // "Yuri Ushakov, Putin's foreign policy aide, said": whose title it is does not speak,
      // the person the title is in apposition to does.
      if (std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) { return f.begin == g.e && role_of(lr_, f) == "possessive"; }) &&
          std::any_of(ags.begin(), ags.end(), [&](const Agent& h) {
            return h.type == "person" && h.e <= g.b && g.b - h.e <= 1 && comma_before(a, h.e);
          }))
        continue;
      if (a.quoted[g.b] && !a.quoted[vb]) continue;
      // "Bogdanov, who is also Putin's special envoy ..., said": a name inside a relative
      // clause describes someone; the verb's subject stands before it.
      if (g.type == "person" && a.relative[g.b] != 0 && a.relative[g.b] != a.relative[vb]) continue;
      // "نفى ريابكوف أن يكون لقاء روبيو ولافروف قد تأجل، وقال": a name in an
      // event's description is not the subject of a later verb.
      if (std::any_of(a.events.begin(), a.events.end(), [&](const Match& ev) {
            return ev.end <= g.b && g.b - ev.end <= 3 && a.clause[ev.begin] == a.clause[g.b] &&
                   a.quoted[ev.begin] == a.quoted[g.b];
          }))
        continue;
      if (after_preposition(a, g.b, g.type)) continue;
      if (!before || (before->type == "outlet" && g.type != "outlet")) before = g;
      // ("..., Reuters reported": an outlet after a comma, right before its verb, is the subject)
      if (g.type != "outlet" || (g.e == vb && g.b > 0 && comma_before(a, g.b))) break;
    }
    // "X، سخنگوی کرملین، گفت", "Peskov, the Kremlin spokesman, said": the
    // organization stands in an apposition to the person who speaks.
    // (A long apposition too, when a comma opens it: "Tanmaya Lal, a senior official in the
    // Ministry of External Affairs, told reporters".)
    if (before && before->type != "person")
      for (const Agent& g : ags)
        if (g.type == "person" && g.e <= before->b &&
            (before->b - g.e <= 4 || (before->b - g.e <= 10 && g.e < a.toks.size() && comma_before(a, g.e))) &&
            a.clause[g.b] == a.clause[vb] && !after_preposition(a, g.b))
          before = g;
    if (before && (!best || rank(*before) < rank(*best))) return before;
    return best;
  }

  // True when the speech verb at `vb` takes its subject before it, far off ("او به خبرگزاری روسی ریا گفت").
  bool comes_last(const Sent& a, size_t vb) const {
    return std::any_of(a.speech.begin(), a.speech.end(), [&](const Match& sp) {
      return sp.begin == vb && lr_.speech.entries()[sp.entry].get("subject") == "before";
    });
  }

  // The end of the sentence's dateline ("ISTANBUL/MOSCOW, Aug 31 (Meridian Wire) - ...",
  // "МОСКВА, 1 июля. /ИА «Восток-Пресс»/."): the word after its dash; 0 when there is none.
  // In a script without capitals: a known place first, a dash, and the outlet's name up to a
  // colon or another dash ("جنيف - الوسيط الدولي: ...", "واشنطن - أعلن ...": only the place).
  size_t dateline_end(const Sent& a) const {
    if (a.toks.size() <= 2) return 0;
    auto gap_at = [&](size_t i) {
      return std::string_view(doc_.text.data() + a.toks[i - 1].end, a.toks[i].begin - a.toks[i - 1].end);
    };
    if (capitals_first(a)) {
      for (size_t i = 1; i < std::min<size_t>(a.toks.size(), 14); ++i)
        if (has_dash(gap_at(i)) || gap_at(i).find("/.") != std::string_view::npos) return i;
      return 0;
    }
    const Match* place = nullptr;
    for (const Match& e : a.ents) {
      const auto* info = rs_.entity(lr_.entities.entries()[e.entry].get("id"));
      if (e.begin == 0 && info && info->type == "place") place = &e;
    }
    if (!place || place->end >= a.toks.size() || !has_dash(gap_at(place->end))) return 0;
    for (size_t i = place->end + 1; i < std::min(a.toks.size(), place->end + 7); ++i)
      if (has_dash(gap_at(i)) || gap_at(i).find(':') != std::string_view::npos) return i;
    return place->end;
  }

  // True when every letter of the sentence's first word (three or more) is a capital, as in a
  // dateline: "ISTANBUL/MOSCOW, Aug 31 (Meridian Wire) - ...".
  bool capitals_first(const Sent& a) const {
    if (a.toks.empty()) return false;
    std::string_view first(doc_.text.data() + a.toks[0].begin, a.toks[0].end - a.toks[0].begin);
    bool all_upper = first.size() >= 3, letters = false;
    for (int32_t off = 0; all_upper && off < static_cast<int32_t>(first.size());) {
      UChar32 c;
      U8_NEXT(reinterpret_cast<const uint8_t*>(first.data()), off, static_cast<int32_t>(first.size()), c);
      if (u_isalpha(c)) letters = true;
      if (u_isalpha(c) && !u_isupper(c)) all_upper = false;
    }
    return all_upper && letters;
  }

  // "He told RIA", "he later told reporters"; with `ve`, also the inverted "..., — добавил
  // он" (the pronoun right after the verb). The pronoun nearest the verb, at most three
  // words before it (in "a day after he pitched ..., and the Kremlin denied" the "he" is
  // another verb's subject), unless the verb comes last ("او به خبرگزاری روسی ریا گفت").
  const Match* pronoun_before(const Sent& a, size_t vb, size_t ve = SIZE_MAX) const {
    bool verb_final = comes_last(a, vb);
    const Match* out = nullptr;
    for (const Match& m : a.fw) {
      if (role_of(lr_, m) != "pronoun") continue;
      if (m.begin == ve) return &m;
      if (m.end <= vb && (verb_final || vb - m.end <= 3) && a.clause[m.begin] == a.clause[vb] &&
          (!out || m.begin > out->begin))
        out = &m;
    }
    return out;
  }

  struct Resolved {
    std::string date;
    std::string precision;  // day, week, month
  };
  // The day of the month token `i` writes: "17", "۱۷", "17th" (0 when none).
  int day_token(const Sent& a, size_t i) const {
    if (i >= a.toks.size()) return 0;
    const std::string& k = a.toks[i].key;
    size_t digits = 0;
    while (digits < k.size() && k[digits] >= '0' && k[digits] <= '9') ++digits;
    bool suffix = digits < k.size() && k.size() - digits == 2 &&
                  std::all_of(k.begin() + static_cast<long>(digits), k.end(), [](char c) { return c >= 'a' && c <= 'z'; });
    int d = digits >= 1 && digits <= 2 && (digits == k.size() || suffix) ? leading_int(k) : 0;
    return d <= 31 ? d : 0;
  }

  // The day written right before a month word or "this month" at `pos`, across
  // up to two linking words: "17 سبتمبر", "the 17th of this month", "17-го числа
  // этого месяца", "السابع عشر من الشهر الجاري", "هفدهم ماه جاری" (0 when none).
  int day_before(const Sent& a, size_t pos) const {
    for (int links = 0; links <= 2; ++links) {
      if (pos > 0 && day_token(a, pos - 1)) return day_token(a, pos - 1);
      const Match* at = nullptr;
      for (const Match& d : a.days)
        if (d.end == pos) at = &d;
      if (!at) return 0;
      const Entry& t = lr_.time.entries()[at->entry];
      if (!t.get("day").empty()) return std::stoi(t.get("day"));
      pos = at->begin;
    }
    return 0;
  }

  // Resolves the first time word in [b, e) against `ref` (the publication
  // date, or when the words were said: "next week" in a quote from Thursday).
  Resolved resolve_time(const Sent& a, size_t b, size_t e, bool forward, const std::string& ref,
                        size_t anchor, bool for_speech, size_t act_begin = 0, bool since_too = true) const {
    // Nearest to the anchor first: in "on Thursday called off the June 12
    // summit", June 12 dates the summit and Thursday the calling off.
    std::vector<const Match*> order;
    for (const Match& m : a.times) {
      if (m.begin < b || m.end > e) continue;
      if (!since_too && after_since(a, m.begin)) continue;
      const Entry& t = lr_.time.entries()[m.entry];
      if (for_speech) {
        // Words are said in the past or now: "next month" dates the event, not the saying.
        // ("The next day", anchor=last, counts from the last claim: a day gone by.)
        bool future = false;
        for (const char* k : {"rel_days", "rel_weeks", "rel_months"})
          if (!t.get(k).empty() && std::stoi(t.get(k)) > 0 && t.get("anchor") != "last") future = true;
        if (!future) order.push_back(&m);
        continue;
      }
      // "threatened to scrap two weeks ago", "отложена на прошлой неделе": a time in
      // the past counted from now dates the act, never a coming event.
      // (So does a weekday said to be past: "announced the dates last Friday".)
      bool past_relative = !t.get("weekday").empty() && t.get("tense") == "past";
      for (const char* k : {"rel_days", "rel_weeks", "rel_months"})
        if (!t.get(k).empty() && std::stoi(t.get(k)) < 0) past_relative = true;
      if (forward && past_relative) continue;
      // For an event date, skip the time words that date a speech verb ("said on
      // Friday", "أعلنت سلطنة عمان، الخميس، ...").
      bool dates_speech = a.speech_zone[m.begin] || t.get("anchor") == "last";  // "the same day" dates a saying
      // ... and, for what has not happened, the words dating the act before
      // it ("24 мая Трамп отменил саммит"), unless they sit on the noun ("the June 12 summit").
      bool dates_act = !forward ? false : (m.end <= act_begin && m.end + 1 < anchor);
      if (!dates_speech && !dates_act) order.push_back(&m);
    }
    std::stable_sort(order.begin(), order.end(), [&](const Match* x, const Match* y) {
      return dist(x->begin, x->end, anchor) < dist(y->begin, y->end, anchor);
    });
    Resolved month_only;
    for (const Match* mp : order) {
      const Match& m = *mp;
      const Entry& t = lr_.time.entries()[m.entry];
      if (!t.get("weekday").empty() && !t.get("rel_weeks").empty()) {
        // "last weekend", "в минувшие выходные": that day of the week it names.
        std::string monday = timex::week_start(ref, std::stoi(t.get("rel_weeks")));
        if (!monday.empty()) return {timex::add_days(monday, std::stoi(t.get("weekday")) - 1), "day"};
      }
      if (!t.get("weekday").empty()) {
        // "Friday, November 30", "в пятницу, 30 ноября": the date says which Friday.
        bool dated = std::any_of(order.begin(), order.end(), [&](const Match* o) {
          return !lr_.time.entries()[o->entry].get("month").empty() && o->begin >= m.end && o->begin <= m.end + 2;
        });
        if (dated) continue;
        // ("held next Sunday" is not done: `tense` says which way)
        bool ahead = t.get("tense").empty() ? forward : t.get("tense") == "future";
        return {timex::resolve_weekday(ref, std::stoi(t.get("weekday")), ahead), "day"};
      }
      // "the same day", "the next day": counted from when the last claim
      // before it was made, not from publication.
      if (t.get("anchor") == "last" && !t.get("rel_days").empty()) {
        std::string base = claims_.empty() ? ref : claims_.back().as_of;
        return {timex::add_days(base, std::stoi(t.get("rel_days"))), "day"};
      }
      if (!t.get("rel_days").empty()) return {timex::add_days(ref, std::stoi(t.get("rel_days"))), "day"};
      if (!t.get("rel_weeks").empty()) return {timex::week_start(ref, std::stoi(t.get("rel_weeks"))), "week"};
      if (!t.get("rel_months").empty()) {
        // (after a month, "July last year", "июле прошлого года", the month's year: read with it)
        bool months_year = std::any_of(a.times.begin(), a.times.end(), [&](const Match& o) {
          return !lr_.time.entries()[o.entry].get("month").empty() && o.end <= m.begin && m.begin - o.end <= 1;
        });
        if (months_year) continue;
        // "last year", "в прошлом году": that year; "next year" is too far to say
        // which event it dates ("postponed to next year"); "next month": a month.
        int n = std::stoi(t.get("rel_months"));
        // "the 17th of this month", "في السابع عشر من الشهر المقبل": that day of it.
        if (int d = std::abs(n) <= 1 ? day_before(a, m.begin) : 0) {
          std::string cal = t.get("calendar").empty() ? "gregorian" : t.get("calendar");
          std::string day = timex::day_in_month(ref, d, n, cal);
          if (!day.empty()) return {day, "day"};
        }
        if (n != 0 && n % 12 == 0) {
          std::string y = timex::month_start(ref, n);
          if (n > 0 || y.empty()) continue;
          return {y.substr(0, 4) + "-01-01", "year"};
        }
        return {timex::month_start(ref, n), "month"};
      }
      if (!t.get("month").empty()) {
        // "۲۹ مهر", "21 октября 2025", and the English order "June 12, 2018".
        auto small = [&](size_t i) { return day_token(a, i) > 0; };
        auto year_at = [&](size_t i) {
          return i < a.toks.size() && a.toks[i].number && a.toks[i].key.size() == 4 ? leading_int(a.toks[i].key) : 0;
        };
        // A second name of the same month may follow ("أبريل/نيسان").
        size_t after = m.end;
        for (const Match& o : a.times)
          if (o.begin == m.end && !lr_.time.entries()[o.entry].get("month").empty()) after = o.end;
        int day = 0, year = 0;
        if (m.begin > 0 && small(m.begin - 1)) {
          day = day_token(a, m.begin - 1);
          year = year_at(after);
        } else if (small(after)) {
          day = day_token(a, after);
          year = year_at(after + 1);
        } else if ((day = day_before(a, m.begin))) {  // "السابع عشر من سبتمبر", "the 17th of September"
          year = year_at(after);
        }
        std::string cal = t.get("calendar").empty() ? "gregorian" : t.get("calendar");
        if (day == 0) {
          // A month without a day ("in July 2022", "в июле прошлого года", "في يوليو",
          // "در تیر") dates to the month when its year or a preposition says it is
          // the month, or its name is never another word (`bare=yes`; "May", "مهر",
          // "آب" may be). A day found further on says more.
          // ("since April 2021" begins a period: its year says more than its month)
          // (So does a week or half of it right before it: "نیمه دوم ژوئن", "هفته دوم مرداد".)
          bool part_of_month = std::any_of(a.days.begin(), a.days.end(), [&](const Match& d) {
            const Entry& de = lr_.time.entries()[d.entry];
            return d.end == m.begin && !de.get("day_link").empty() && de.phrase.find(' ') != std::string::npos;
          });
          if (month_only.date.empty() && !preposition_before(a, m.begin, "since") &&
              (year || year_at(after) || preposition_before(a, m.begin) || part_of_month ||
                                           t.get("bare") == "yes" || t.phrase.find(' ') != std::string::npos)) {
            year = year ? year : year_at(after);
            // "in July last year": the year counted from the reference.
            for (const Match& o : a.times) {
              const std::string& rm = lr_.time.entries()[o.entry].get("rel_months");
              if (o.begin >= after && o.begin <= after + 1 && !rm.empty() && std::stoi(rm) != 0 && std::stoi(rm) % 12 == 0 &&
                  cal == "gregorian")
                year = leading_int(timex::month_start(ref, std::stoi(rm)));
            }
            if (year == 0 && cal == "gregorian" && in_narrative() && !forward) year = narrative_year_;
            // "last November", "نوفمبر الماضي": the entry says which way to count.
            bool ahead = t.get("tense").empty() ? forward : t.get("tense") == "future";
            month_only = {timex::resolve_month(ref, std::stoi(t.get("month")), cal, year, ahead), "month"};
          }
          continue;
        }
        if (year == 0 && cal == "gregorian" && in_narrative()) year = narrative_year_;
        return {timex::resolve_day_month(ref, day, std::stoi(t.get("month")), cal, year, forward), "day"};
      }
    }
    return month_only;
  }

  // "in July", "for July", "в июле", "في يوليو", "در تیر"; with `role` "since",
  // "since July", "منذ أبريل".
  bool preposition_before(const Sent& a, size_t pos, const std::string& role = "") const {
    return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
      const std::string& r = role_of(lr_, f);
      return f.end == pos && (role.empty() ? r == "locative" || r == "preposition" : r == role);
    });
  }

  // A day right after the status cue, within `limit` (where the event noun
  // begins) and four words: "مصر ستستضيف يوم الاثنين المقبل ... مفاوضات".
  Resolved day_after_cue(const Sent& a, const Match& m, size_t limit, const std::string& phase,
                         const std::string& said_on) const {
    size_t hi = std::min({limit, m.end + 4, a.toks.size()});
    if (hi <= m.end || a.clause[m.end] != a.clause[m.begin]) return {};
    return resolve_time(a, m.end, hi, phase != "past", said_on.empty() ? doc_.published : said_on, m.end, false, m.begin);
  }

  // A bare year near the noun ("since 2018", "منذ ... عام 2018", "в 2022 году")
  // places an event at least in its year, whatever clause it stands in.
  // A few words after "since" ("منذ قطع المنامة علاقاتها ... في كانون الثاني 2016").
  bool after_since(const Sent& a, size_t i) const {
    return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
      return role_of(lr_, f) == "since" && f.end <= i && i - f.end <= 8;
    });
  }

  // (With `since_too` false, not a year a few words after "since": "the highest visit
  // since Manama cut its ties in January 2016" dates the cut, not the visit.)
  Resolved year_near(const Sent& a, size_t b, size_t e, bool since_too = true) const {
    for (size_t i = b > 12 ? b - 12 : 0; i < std::min(a.toks.size(), e + 15); ++i)
      if (a.toks[i].number && a.toks[i].key.size() == 4) {
        if (!since_too && after_since(a, i)) continue;
        int y = leading_int(a.toks[i].key);
        // "۲۲ اسفند ۱۴۰۰": a year of another calendar, after its month name.
        for (const Match& t : a.times) {
          const Entry& te = lr_.time.entries()[t.entry];
          if (t.end != i || te.get("month").empty() || te.get("calendar").empty() || te.get("calendar") == "gregorian")
            continue;
          int day = t.begin > 0 && a.toks[t.begin - 1].number && a.toks[t.begin - 1].key.size() <= 2
                        ? leading_int(a.toks[t.begin - 1].key) : 1;
          std::string d = timex::resolve_day_month(doc_.published, day, std::stoi(te.get("month")), te.get("calendar"), y);
          if (!d.empty()) return {d.substr(0, 4) + "-01-01", "year"};
        }
        if (y >= 1900 && y <= 2100) return {a.toks[i].key + "-01-01", "year"};
        // "پاییز ۱۴۰۰", "سال ۱۴۰۱": a year of the language's own calendar, as the
        // Gregorian year its seventh month falls in.
        if (y >= 1300 && y < 1500 && !own_calendar_.empty()) {
          std::string d = timex::resolve_day_month(doc_.published, 1, 7, own_calendar_, y);
          if (!d.empty()) return {d.substr(0, 4) + "-01-01", "year"};
        }
      }
    return {};
  }

  void collect_doc_via() {
    doc_via_ = doc_.via;
    if (!doc_via_.empty()) return;
    // Outlets the text itself names after "citing"/"according to" markers.
    std::string_view body(doc_.text.data(), std::min(doc_.body_end, doc_.text.size()));
    auto toks = text::tokenize(body);
    auto forms = lr_.forms(toks);
    auto ch = lr_.channels.match(forms, 0, toks.size());
    auto ents = lr_.entities.match(forms, 0, toks.size());
    for (const Match& c : ch) {
      // "citing ISNA" names a source of the whole article; "according to Axios"
      // sources one statement, so it does not make Axios the article's via.
      if (lr_.channels.entries()[c.entry].get("role") != "via") continue;
      for (const Match& e : ents) {
        if (e.begin < c.end || e.begin > c.end + 3) continue;
        auto* info = rs_.entity(lr_.entities.entries()[e.entry].get("id"));
        if (info && info->type == "outlet" && info->name != doc_.outlet &&
            std::find(doc_via_.begin(), doc_via_.end(), info->name) == doc_via_.end())
          doc_via_.push_back(info->name);
        break;
      }
    }
  }

  // Who "he" / "she" / an agentless verb refers to: the speaker of a recent
  // sentence, or a person who was the subject of the last sentence.
  // `speaking`: a verb with no subject at all ("وأضاف", "added") goes on with
  // whoever was speaking, else the last subject; a pronoun takes the nearer.
  // The agent returned stands at [b, e) of this sentence (the pronoun or the
  // verb), not where it was named.
  std::optional<Agent> antecedent(int si, size_t b, size_t e, bool speaking = false) const {
    bool speaker_ok = last_speaker_ && si - last_speaker_sentence_ <= opt_.speaker_sentences;
    bool subject_ok = last_subject_ && si - last_subject_sentence_ <= 1;
    std::optional<Agent> g;
    if (speaking && speaker_ok) g = last_speaker_;
    else if (subject_ok && (!speaker_ok || last_subject_sentence_ > last_speaker_sentence_)) g = last_subject_;
    else if (speaker_ok) g = last_speaker_;
    if (g) {
      g->b = b;
      g->e = e;
    }
    return g;
  }

  bool in_narrative() const { return narrative_year_ > 0 && sentence_ - narrative_sentence_ <= 3; }

  // A month with its year ("в феврале 2022 года", "in February 2022", "11 сентября 2022
  // года") moves the narrative to that year when it is before the publication year.
  void update_narrative(const Sent& a) {
    for (const Match& t : a.times) {
      const Entry& te = lr_.time.entries()[t.entry];
      if (te.get("month").empty() || (!te.get("calendar").empty() && te.get("calendar") != "gregorian")) continue;
      for (size_t i = t.end; i < std::min(a.toks.size(), t.end + 2); ++i)
        if (a.toks[i].number && a.toks[i].key.size() == 4) {
          int y = leading_int(a.toks[i].key), pub = leading_int(doc_.published);
          if (y < pub && y > 1900) {
            narrative_year_ = y;
            narrative_sentence_ = sentence_;
          } else if (y == pub) {
            narrative_year_ = 0;
          }
          return;
        }
    }
  }

  void note_anonymous(const Agent& g, int si) {
    last_anonymous_ = g;
    last_anonymous_sentence_ = si;
    anonymous_history_.emplace_back(g, si);
    if (anonymous_history_.size() > 8) anonymous_history_.erase(anonymous_history_.begin());
  }
  // The last word of a source's label: "official" of "Iraqi official", "source" of
  // "Oman diplomatic source".
  static std::string label_head(const std::string& l) {
    return l.substr(l.rfind(' ') == std::string::npos ? 0 : l.rfind(' ') + 1);
  }
  // The anonymous source that spoke last, within a few sentences, whose label ends in
  // `head` ("this Iraqi official added" after Kuwaiti media spoke: the Iraqi official).
  std::optional<Agent> recent_anonymous(const std::string& head, int si) const {
    for (auto it = anonymous_history_.rbegin(); it != anonymous_history_.rend(); ++it)
      if (si - it->second <= opt_.speaker_sentences + 1 && label_head(it->first.name) == head) return it->first;
    return std::nullopt;
  }
  // The label head of the source words at the pronoun [b, e) ("این مقام عراقی", "المصدر ذاته").
  std::string anonymous_head_at(const Sent& a, size_t b, size_t e) const {
    for (const Match& x : a.anon)
      if (x.begin < e + 2 && b < x.end) return label_head(lr_.anonymous.entries()[x.entry].get("label"));
    return "";
  }

  // "A Russian diplomatic source ... went further, dismissing the reports. ..., the source
  // told the paper": a sentence opening with an anonymous source makes it who "the source"
  // is next, whatever it did (when no reporting verb named one; "the official" alone
  // refers back and changes nothing).
  void note_opening_anonymous(const Sent& a, const std::vector<Agent>& ags, int si) {
    if (ags.empty() || ags.front().type != "anonymous" || ags.front().b > 1 || a.quoted[ags.front().b]) return;
    // ("The source added", "این منبع افزود", "المصدر": it refers back)
    const Agent& g = ags.front();
    if ((g.e == g.b + 1 || g.name.find(' ') == std::string::npos) && last_anonymous_ &&
        si - last_anonymous_sentence_ <= opt_.speaker_sentences)
      return;
    note_anonymous(ags.front(), si);
  }

  void note_outlets(const std::vector<Agent>& ags, int si) {
    for (const Agent& g : ags)
      if (g.type == "outlet" && g.name != doc_.outlet) {
        last_outlet_ = g;
        last_outlet_sentence_ = si;
      }
  }

  // "..., the newspaper said", "сообщает издание", "وقالت الصحيفة": a press noun with no
  // name of its own next to the verb is the outlet the article named last.
  std::optional<Agent> press_anaphor(const Sent& a, const std::vector<Agent>& ags, const Match& v, int si) const {
    if (!last_outlet_ || si - last_outlet_sentence_ > opt_.outlet_sentences) return std::nullopt;
    for (const Match& f : a.fw) {
      if (role_of(lr_, f) != "press" || a.quoted[f.begin] != a.quoted[v.begin]) continue;
      bool next_to = (f.end <= v.begin && v.begin - f.end <= 0) || (f.begin >= v.end && f.begin - v.end <= 1);
      if (!next_to) continue;
      bool named = std::any_of(ags.begin(), ags.end(), [&](const Agent& g) {
        return g.type == "outlet" && ((g.b >= f.end && g.b - f.end <= 4) || (g.e <= f.begin && f.begin - g.e <= 1));
      });
      if (named) continue;
      Agent out = *last_outlet_;
      out.b = f.begin;
      out.e = f.end;
      return out;
    }
    return std::nullopt;
  }

  // Records the names written in full in `a` (two or three capitalized words no lexicon claims,
  // not opening the sentence, outside quotation marks; the last two of four or five) for full_names_,
  // under their last word (and the first of two).
  void note_full_names(const Sent& a) {
    if (lr_.lang != "en" && lr_.lang != "ru") return;
    auto word = [&](size_t i) { return free_word(a, i) && !a.quoted[i] && upper_initial(a, i); };
    for (size_t b = 1; b < a.toks.size();) {
      if (!word(b) || word(b - 1)) {
        ++b;
        continue;
      }
      size_t e = b;
      while (e < a.toks.size() && word(e) && (e == b || !comma_before(a, e))) ++e;
      // (a longer run has a title before the name: "Foreign Secretary Robert Persaud")
      if (e - b >= 2 && e - b <= 5) {
        size_t from = e - b <= 3 ? b : e - 2;
        std::string name(doc_.text.data() + a.toks[from].begin, a.toks[e - 1].end - a.toks[from].begin);
        full_names_.emplace(a.toks[e - 1].key, name);
        // (and, for a name of two words, its first: "Prasetyo said", after "State
        // Secretary Prasetyo Hadi told reporters", where one name is used alone)
        if (e - from == 2) full_names_.emplace(a.toks[from].key, name);
      }
      b = e;
    }
  }

  void sentence(int si, const text::Sentence& s) {
    sentence_ = si;
    Sent a = analyse(s);
    note_full_names(a);
    update_narrative(a);
    std::vector<Agent> ags = agents(a);
    // Words of a dateline are nobody speaking ("جنيف - الوسيط الدولي:": an outlet's name, not "the mediator").
    size_t dateline = dateline_end(a);
    ags.erase(std::remove_if(ags.begin(), ags.end(),
                             [&](const Agent& g) { return g.e <= dateline && (g.type == "anonymous" || g.type == "person"); }),
              ags.end());
    for (const Agent& g : ags)
      if (g.type == "person") people_seen_.push_back(g);
    // A known person named in full ("بشار اسد", "Sergei Ryabkov") may be named later by
    // the surname alone ("اسد گفت"), which the knowledge base need not list (it may be
    // a common word elsewhere): the article's own alias, for the rest of the article.
    // The surname is the first word where the person's country writes it first
    // (all/entities.tsv names=family_first: "Wang Yi", "Ван И": Wang); in a script with
    // capitals, written capitalized, two letters do ("Li").
    bool caps = capitals();
    for (const Agent& g : ags) {
      if (g.type != "person" || g.id.rfind("name:", 0) == 0 || g.e < g.b + 2) continue;
      bool whole = std::any_of(a.ents.begin(), a.ents.end(), [&](const Match& e) {
        return e.begin == g.b && e.end == g.e && lr_.entities.entries()[e.entry].get("id") == g.id;
      });
      const auto* country = rs_.country_of(g.side);
      bool family_first = country && country->family_first;
      size_t at = family_first ? g.b : g.e - 1;
      const std::string& surname = a.toks[at].key;
      size_t letters = std::count_if(surname.begin(), surname.end(), [](char ch) { return (ch & 0xC0) != 0x80; });
      if (!whole || letters < (family_first && caps ? 2u : 3u) || a.toks[at].number ||
          std::any_of(introduced_.begin(), introduced_.end(), [&](const auto& x) { return x.second.id == g.id; }))
        continue;
      introduced_.push_back({{surname}, g});
    }
    for (const Agent& g : ags) {
      if (g.id.rfind("name:", 0) != 0) continue;
      std::vector<std::string> keys;
      for (const auto& t : text::tokenize(g.id.substr(5))) keys.push_back(t.key);  // as written, not the Latin spelling
      if (keys.empty() || std::any_of(introduced_.begin(), introduced_.end(), [&](const auto& x) { return x.second.id == g.id; }))
        continue;
      introduced_.push_back({keys, g});
      size_t letters = std::count_if(keys.back().begin(), keys.back().end(), [](char ch) { return (ch & 0xC0) != 0x80; });
      // the surname alone (in a script with capitals, written capitalized, so three letters do: "Lal")
      if (keys.size() >= 2 && letters >= (caps ? 3u : 4u)) introduced_.push_back({{keys.back()}, g});
    }
    size_t n = a.toks.size();
    std::optional<Agent> subject;
    // ("Asked whether Yoon would be invited, Kishida was cautious": a question or condition
    // opening the sentence is not where its subject stands.)
    size_t opening_end = 0;
    for (size_t j = 1; j < n && !opening_end; ++j)
      if (comma_before(a, j)) opening_end = j;
    bool opens_aside = opening_end > 0 && std::any_of(a.hedges.begin(), a.hedges.end(), [&](const Match& h) {
                         return h.begin <= 2 && h.end <= opening_end;
                       });
    for (const Agent& g : ags)
      if (g.type == "person" && !a.quoted[g.b] && !after_preposition(a, g.b) && !(opens_aside && g.b < opening_end)) {
        subject = g;
        break;
      }
    if (a.statuses.empty() && a.speech.empty()) {
      note_opening_anonymous(a, ags, si);
      note_outlets(ags, si);
      if (subject) {
        last_subject_ = subject;
        last_subject_sentence_ = si;
      }
      return;
    }

    // Channels: "told CNN" (to) and "according to X" (according).
    std::string channel;
    std::vector<SpeechCue> cues;
    std::vector<std::pair<Match, Agent>> cited;  // "citing a senior official", "со ссылкой на источник"
    std::vector<SpeechCue> outlet_sources;       // "according to Yonhap", "по данным агентства Yonhap"
    for (const Match& c : a.channels) {
      std::string role = lr_.channels.entries()[c.entry].get("role");
      auto according = [&](const Agent& g) {
        SpeechCue sc;
        sc.b = c.begin;
        sc.e = c.end;
        sc.agent = same_source(a, g, si);  // ("по словам того же источника")
        // "По словам Ушакова, Си проинформировал ...": opening the sentence, it is who
        // told the reporter all of it, whatever verbs follow.
        sc.opening = c.begin == dateline;
        cues.push_back(sc);
      };
      // "По его словам", "according to him", "بر اساس این اعلام" (according to
      // this statement): the antecedent is the source.
      if (role == "according") {
        bool pronoun = false, personal = false;
        for (const Match& f : a.fw)
          if ((role_of(lr_, f) == "pronoun" || role_of(lr_, f) == "anaphor") && f.begin >= c.begin && f.begin <= c.end) {
            pronoun = true;
            personal = personal || (role_of(lr_, f) == "pronoun" &&
                                    lr_.function_words.entries()[f.entry].get("refers") != "anonymous");
          }
        // ("Лавров высказался осторожнее: по его словам, ...": the person this sentence
        // began with, before whoever spoke in the sentences before; not "بحسب المصدر ذاته".)
        const Agent* first = nullptr;
        for (const Agent& g : ags)
          if (g.e <= c.begin && !a.quoted[g.b] && !after_preposition(a, g.b) && can_speak(g)) {
            first = &g;
            break;
          }
        if (personal && first && first->type == "person" && !a.quoted[c.begin]) {
          Agent g = *first;
          g.b = c.begin;
          g.e = c.end;
          according(g);
          continue;
        }
        if (auto ant = pronoun ? antecedent(si, c.begin, c.end) : std::nullopt) {
          according(*ant);
          continue;
        }
      }
      // "بحسب البيان الختامي", "according to the statement": no author named, the statement.
      if (role == "according" && std::none_of(ags.begin(), ags.end(), [&](const Agent& g) {
            return g.b >= c.end && g.b <= c.end + static_cast<size_t>(opt_.channel_window);
          }))
        if (auto st = statement_at(a, c.end, SIZE_MAX)) {
          according(*st);
          continue;
        }
      for (const Agent& g : ags) {
        if (g.e <= c.begin || g.b < c.begin || g.b > c.end + static_cast<size_t>(opt_.channel_window)) continue;
        // ("according to a letter addressed to the North Korean leader": who it was sent to is not the source)
        // (not one another marker names: "به گزارش ... به نقل از ایرنا")
        if (g.b > c.end && prepositional_object(a, ags, g) &&
            std::none_of(a.channels.begin(), a.channels.end(), [&](const Match& o) { return o.end == g.b; }))
          break;
        // "according to South Korea's Yonhap news agency", "по данным японской газеты
        // «Тоё симбун»": a country right before who is cited only describes them.
        if (g.type == "country" && std::any_of(ags.begin(), ags.end(), [&](const Agent& h) {
              return h.b >= g.e && h.b - g.e <= 3 && h.type != "country" && h.type != "place" && can_speak(h);
            }))
          continue;
        if (role == "to" && g.type == "outlet") channel = g.name;
        // ("как сообщил глава МИД Турции Хакан Фидан": the person a title or an institution
        // right before them describes, a country word between; the name closes the phrase,
        // unlike "according to two EU officials Vučić and Kurti then held")
        const Agent* person = &g;
        if (g.type != "person")
          for (const Agent& o : ags)
            if (o.type == "person" && o.b >= g.e && o.b - g.e <= 1 && !comma_before(a, o.b) &&
                (o.e >= a.toks.size() || comma_before(a, o.e)) &&
                (o.b == g.e || std::any_of(ags.begin(), ags.end(), [&](const Agent& k) {
                   return k.type == "country" && k.b == g.e && k.e == o.b;
                 })))
              person = &o;
        if (role == "according" && g.type != "outlet" && can_speak(g)) according(*person);
        if (role == "according" && g.type == "outlet") {
          SpeechCue oc;
          oc.b = c.begin;
          oc.e = c.end;
          oc.agent = g;
          outlet_sources.push_back(oc);
        }
        // "نقلت وكالة تاس عن بيسكوف": the outlet inside the marker is not the one cited
        // (a source that goes on past it is: "со ссылкой на источник в окружении ...").
        if (role == "via" && g.b < c.end && (g.type == "outlet" || g.e <= c.end)) continue;
        // ("عن نائب وزير الخارجية الروسي سيرجي ريابكوف": a title, a source word with a role,
        // names the person right after it; "источник в администрации Эрдогана" does not)
        const Agent* named = &g;
        bool title = std::any_of(a.anon.begin(), a.anon.end(), [&](const Match& x) {
          return x.begin == g.b && x.end == g.e && !lr_.anonymous.entries()[x.entry].get("role").empty();
        });
        if (g.type == "anonymous" && title)
          for (const Agent& o : ags)
            if (o.type == "person" && o.b == g.e && !comma_before(a, o.b)) named = &o;
        if (role == "via" && g.type != "outlet" && g.type != "country" && can_speak(g)) cited.push_back({c, *named});
        break;
      }
    }
    // A dateline holds no reporting verb ("BRUSSELS, July 21 (Brussels Briefing Wire) -").
    // (Nor does an "according to" that named its source: "Си, как рассказал Ушаков, пригласил".)
    size_t according_cues = cues.size();
    for (const Match& m : a.speech) {
      if (m.begin < dateline) continue;
      if (std::any_of(cues.begin(), cues.begin() + according_cues,
                      [&](const SpeechCue& x) { return x.b <= m.begin && m.end <= x.e; }))
        continue;
      SpeechCue sc;
      sc.b = m.begin;
      sc.e = m.end;
      sc.agent = find_agent(a, ags, m.begin, m.end);
      // ("referred to Vice President Mike Pence as ... and said": a preposition's object does not speak)
      if (sc.agent && prepositional_object(a, ags, *sc.agent, false)) sc.agent.reset();
      if (sc.agent) sc.agent = same_source(a, *sc.agent, si);
      if (!sc.agent) sc.agent = press_anaphor(a, ags, m, si);
      sc.noun = lr_.speech.entries()[m.entry].get("kind") == "noun";
      // A reporting noun's speaker stands next to it ("the Kremlin's statement",
      // "a statement by the ministry", "بيان للكرملين"), not anywhere before it.
      if (sc.agent && lr_.speech.entries()[m.entry].get("kind") == "noun") {
        size_t gap = sc.agent->e <= m.begin ? m.begin - sc.agent->e : sc.agent->b - m.end;
        if (gap > 3) sc.agent.reset();
      }
      // "He told RIA", or a verb that opens the sentence with its subject
      // left implicit ("وأضاف", "Added ..."): the antecedent speaks.
      const Match* near = pronoun_before(a, m.begin);
      if (lr_.speech.entries()[m.entry].get("kind") == "participle") {
        // ", saying ...", "مؤكدا أن", "добавив, что": the subject of the
        // sentence's verb before it, else the sentence's subject, else whoever spoke last.
        const SpeechCue* prev = nullptr;
        for (const SpeechCue& x : cues)
          if (x.agent && x.b < m.begin && (!prev || x.b > prev->b)) prev = &x;
        // "CNN cited a White House official as saying", "quoted Peskov as saying": the one cited
        // (and who quotes them goes on: "Lukashenko quoted Putin as saying ..., adding that").
        const Match* cite = nullptr;
        const Agent* cited_before = nullptr;
        for (const auto& [cm, g] : cited)
          if (cm.end <= g.b && g.e <= m.begin && m.begin - g.e <= 1 && !comma_before(a, m.begin)) {
            cite = &cm;
            cited_before = &g;
          }
        if (cited_before) {
          sc.agent = *cited_before;
          for (const Agent& q : ags)
            if (can_speak(q) && q.e <= cite->begin && cite->begin - q.e <= 1) sc.quoter = q;
        } else if (prev)
          sc.agent = prev->quoter ? prev->quoter : prev->agent;
        // ("Noting that no date had been set, Ushakov said ...": a participle opening the
        // sentence speaks with the subject after it)
        else if (subject && (subject->b < m.begin || m.begin <= 1))
          sc.agent = subject;
        else if (auto ant = antecedent(si, m.begin, m.end, true))
          sc.agent = ant;
      } else if (const Match* pr = near ? near : !sc.agent ? pronoun_before(a, m.begin, m.end) : nullptr;
                 // (not when the verb's own subject stands between: "after he arrived, the Kremlin said")
                 pr && !(sc.agent && sc.agent->type != "outlet" && sc.agent->b >= pr->end && sc.agent->e <= m.begin &&
                         !comes_last(a, m.begin))) {
        // "the official said", "the source added": the anonymous source named before,
        // not whoever was the last subject.
        const std::string& refers = lr_.function_words.entries()[pr->entry].get("refers");
        bool anonymous = refers == "anonymous";
        // "The Kremlin ruled out ..., and it denied ...": "it" is an institution or a
        // country, the first that is a subject in this sentence, else one that spoke last.
        if (refers == "thing") {
          std::optional<Agent> it;
          for (const Agent& g : ags)
            if (g.e <= pr->begin && !a.quoted[g.b] && !after_preposition(a, g.b) && !(g.b == 0 && capitals_first(a)) &&
                (g.type == "organization" || g.type == "country" || g.type == "outlet" || seat(g))) {
              it = seat(g) ? seat(g) : g;
              break;
            }
          if (!it && last_speaker_ && last_speaker_->type != "person" && last_speaker_->type != "anonymous" &&
              si - last_speaker_sentence_ <= opt_.speaker_sentences)
            it = last_speaker_;
          if (it) {
            sc.agent = it;
            sc.agent->b = m.begin;
            sc.agent->e = m.end;
          }
        } else if (anonymous && last_anonymous_ && si - last_anonymous_sentence_ <= opt_.speaker_sentences) {
          // (the one its own words name, when they do: "این مقام عراقی افزود" after Kuwaiti media spoke)
          std::string head = anonymous_head_at(a, pr->begin, pr->end);
          auto named = head.empty() ? std::nullopt : recent_anonymous(head, si);
          sc.agent = named ? named : last_anonymous_;
          // (where "the official" stands when it is right before the verb: '"...," the
          // official added' is said after the comma; else at the verb)
          bool next_to = pr->end <= m.begin && m.begin - pr->end <= 1;
          sc.agent->b = next_to ? pr->begin : m.begin;
          sc.agent->e = next_to ? pr->end : m.end;
        } else if (anonymous && sc.agent) {
          // (with no source that spoke lately, "the official" is the unnamed one it says,
          // not the person named last: "Li became defense minister in March. ..., the official said")
        } else if (auto ant = antecedent(si, m.begin, m.end)) {
          sc.agent = ant;
        }
      } else if (!sc.agent && m.begin <= 1) {
        if (auto ant = antecedent(si, m.begin, m.end, true)) sc.agent = ant;
      } else if (!sc.agent && !a.quoted[m.begin] && conjoined(a, m.begin)) {
        // "the government referred to Pence as ... and said": a verb with no subject of its
        // own after "and" speaks for the subject that opened the clause (not a preposition's object).
        // (a person first: "الرئيس الأميركي، دونالد ترامب،" is Trump, not his country)
        for (bool people : {true, false})
          for (const Agent& g : ags)
            if (!sc.agent && g.e <= m.begin && can_speak(g) && g.type != "outlet" && !a.quoted[g.b] &&
                (g.type == "person") == people && !prepositional_object(a, ags, g) && a.clause[g.b] == a.clause[m.begin])
              sc.agent = seat(g) ? seat(g) : g;
      }
      // "وأضاف البيان أن", "the statement said": a reporting noun that is the verb's
      // subject, with no one named as its author, is the statement speaking.
      if (!sc.agent && !sc.noun)
        if (auto st = statement_at(a, m.end, m.begin)) sc.agent = st;
      // "CNN reported, citing a senior official", "сообщил телеканал CNN со
      // ссылкой на источник": the cited source speaks; the outlet is the channel.
      for (const auto& [cm, g] : cited) {
        bool after = cm.begin >= m.end && cm.begin - m.end <= 4;
        // A marker that takes the verb in ("نقلت ~3 عن") cites for an outlet subject only.
        // (Unnamed media are an outlet here: "ряд западных СМИ со ссылкой на европейского дипломата".)
        bool media = sc.agent && (sc.agent->type == "outlet" || sc.agent->type == "anonymous");
        bool around = cm.begin == m.begin && (!sc.agent || media);
        // Before the verb, only when the verb has no subject of its own but an
        // outlet ("CNN, citing a senior official, reported").
        // The source may carry a description ("со ссылкой на собеседника в МИД КНР написала").
        // (Farther when the aside closes with a comma right before the verb: "citing a source
        // in Pyongyang's diplomatic community, reported".)
        size_t reach = comma_before(a, m.begin) ? 8 : 4;
        bool before = cm.end <= m.begin && g.e <= m.begin && m.begin - g.e <= reach && (!sc.agent || media);
        if (!after && !before && !around) continue;
        if (sc.agent && sc.agent->type == "outlet") channel = sc.agent->name;
        for (const Agent& o : ags)
          if (o.type == "outlet" && o.b >= m.end && o.e <= cm.begin) channel = o.name;
        sc.agent = g;
        break;
      }
      // "Russian diplomats said ... . They said no date had been fixed for a Lavrov stop":
      // "they" (a plural pronoun marked refers=anonymous) right before the verb is the
      // group that spoke last, not a name in what they said.
      bool they = std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
        return role_of(lr_, f) == "plural_pronoun" && f.end == m.begin && !a.quoted[f.begin] &&
               lr_.function_words.entries()[f.entry].get("refers") == "anonymous";
      });
      if (they && last_speaker_ && last_speaker_->type != "person" && si - last_speaker_sentence_ <= 1) {
        sc.agent = last_speaker_;
        sc.agent->b = sc.agent->e = m.begin;
      }
      // A time word next to the verb or its subject dates the saying.
      size_t lo = sc.b > 4 ? sc.b - 4 : 0, hi = std::min(n, sc.e + 3);
      if (sc.agent && sc.agent->b <= sc.b) lo = std::min(lo, sc.agent->b > 4 ? sc.agent->b - 4 : 0);
      lo = std::max(lo, attribution_start(a, sc.agent && sc.agent->b <= sc.b ? sc.agent->b : sc.b));
      // With the subject after the verb, past it and its audience up to what was
      // said ("وقال ترامب للصحفيين، أمس الجمعة، إن ...").
      if (sc.agent && sc.agent->b >= sc.e) {
        size_t far = std::min(n, sc.agent->e + 4);
        for (size_t i = sc.agent->e; i < far; ++i)
          if (complementizer_at(a, i) || a.relative[i] != a.relative[sc.b]) far = i;
        hi = std::max(hi, far);
      }
      // (A month alone, "In July, Erdogan said", does not say which day of it: when
      // the words were said stays unknown, and so counts from publication.)
      // (Not a time word of the quotation it attributes: '"We met on Monday," the source said.')
      if (!a.quoted[sc.b]) {
        for (size_t i = lo; i < sc.b; ++i)
          if (a.quoted[i]) lo = i + 1;
        for (size_t i = sc.e; i < hi; ++i)
          if (a.quoted[i]) hi = i;
      }
      Resolved said = resolve_time(a, lo, hi, false, doc_.published, m.begin, true);
      if (said.precision != "month") sc.as_of = said.date;
      // "Ушаков добавил, что ..." after a saying dated in the narrative's past: said then too.
      if (sc.as_of.empty() && in_narrative()) sc.as_of = narrative_as_of_;
      if (!sc.as_of.empty() && in_narrative() && leading_int(sc.as_of) == narrative_year_) {
        narrative_as_of_ = sc.as_of;
        narrative_sentence_ = si;  // the narrative goes on
      }
      cues.push_back(sc);
    }
    // A headline "ترامپ: ...", "Kremlin: ..." gives the rest of the line to X.
    // So does "انتهاء جولة الدوحة ومسؤول أمريكي: ..." (the name right before the colon),
    // also after a first half with its own speaker ("اردوغان ... سخن گفت؛ دمشق: ...").
    size_t cues_end = 0;
    for (const SpeechCue& c : cues) cues_end = std::max({cues_end, c.e, c.agent ? c.agent->e : 0});
    for (const Agent& g : ags) {
      if (g.b < cues_end) continue;
      // After another speaker, only where a new clause of the line begins ("؛", ";", a dash):
      // "Trump told Putin: ..." is Trump's.
      if (!cues.empty()) {
        if (g.b == 0) continue;
        std::string_view before(doc_.text.data() + a.toks[g.b - 1].end, a.toks[g.b].begin - a.toks[g.b - 1].end);
        if (before.find(';') == std::string_view::npos && before.find("\xD8\x9B") == std::string_view::npos &&
            before.find(" - ") == std::string_view::npos && before.find("\xE2\x80\x94") == std::string_view::npos)
          continue;
      }
      // "وموسكو: لم نتفق على موعد": a capital speaks for its government.
      std::optional<Agent> who = can_speak(g) ? std::optional<Agent>(g) : seat(g);
      // "Рябков о переносе встречи Лаврова и Рубио: ...", "Peskov on the Budapest summit: ...":
      // a name in the topic after the one opening the line does not speak; the opener does.
      if (cues.empty() && g.b > 0 && !ags.empty() && ags.front().b == 0 && ags.front().type == "person" &&
          ags.front().e < n && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
            return f.begin == ags.front().e && (role_of(lr_, f) == "preposition" || role_of(lr_, f) == "topic");
          }))
        who = ags.front();
      // (An outlet only opening the line: "CNN: Rubio-Lavrov meeting postponed" is CNN's report.)
      if (!who || (g.type == "outlet" && g.b != 0) || g.e >= n) continue;
      std::string_view gap(doc_.text.data() + a.toks[g.e - 1].end, a.toks[g.e].begin - a.toks[g.e - 1].end);
      if (gap.find(':') == std::string_view::npos) continue;
      // "ومصدر مصري: ...", "منبع لبنانی: ...": the source the country word describes.
      if (g.type == "country")
        for (const Agent& o : ags)
          if ((o.e == g.b || o.e + 1 == g.b) && o.type != "country" && can_speak(o)) who = o;
      SpeechCue sc;
      sc.b = g.b;
      sc.e = g.e;
      sc.agent = who;
      cues.push_back(sc);
      break;
    }
    // "Белоусов и Остин договорились продолжить контакты — источник": an unnamed source (not
    // a title) or an outlet after a dash that closes the line says all of it.
    if (cues.empty() && !ags.empty() && ags.back().e == n && ags.back().b > 0 &&
        (ags.back().type == "outlet" ||
         (ags.back().type == "anonymous" && std::none_of(a.anon.begin(), a.anon.end(), [&](const Match& x) {
            return x.begin == ags.back().b && !lr_.anonymous.entries()[x.entry].get("role").empty();
          })))) {
      const Agent& g = ags.back();
      if (has_dash(std::string_view(doc_.text.data() + a.toks[g.b - 1].end, a.toks[g.b].begin - a.toks[g.b - 1].end))) {
        SpeechCue sc;
        sc.b = g.b;
        sc.e = g.e;
        sc.agent = g;
        cues.push_back(sc);
      }
    }
    a.speech_zone.assign(n, false);
    // A dateline ("ISTANBUL/MOSCOW, Aug 31 (Meridian Wire) - ...", "МОСКВА, 1 июля. /ИА
    // «Восток-Пресс»/.") dates the report, never an event.
    for (size_t j = 0; j < dateline; ++j) a.speech_zone[j] = true;
    for (const SpeechCue& c : cues) {
      size_t lo = c.b, hi = c.e;
      // "Ushakov told reporters ... , saying": the participle speaks with the
      // verb's subject, but what lies between them is what was told. So with
      // a verb before the subject ("نقل موقع ... عن مصدر أن ...، مرجحا").
      bool relayed = c.agent && std::any_of(cues.begin(), cues.end(), [&](const SpeechCue& o) {
                       return &o != &c && o.b < c.b && c.agent->e <= c.b;
                     });
      if (c.agent && !relayed) {
        lo = std::min(lo, c.agent->b);
        hi = std::max(hi, c.agent->e);
      }
      // "Zelensky, who held talks in Ankara on Thursday, said": the relative
      // clause between the subject and the verb dates its own event.
      for (size_t i = std::max(lo > 2 ? lo - 2 : 0, attribution_start(a, lo)); i < std::min(n, hi + 2); ++i)
        // (A verb inside such a clause, ", о которой сообщали СМИ,", speaks only inside it.)
        // (Nor a quotation it attributes: "«Встреча состоялась в понедельник», — сказал источник".)
        if (a.relative[i] == a.relative[c.b] && (a.quoted[c.b] || !a.quoted[i])) a.speech_zone[i] = true;
    }
    // "По данным агентства Yonhap, ...": with no one else speaking in the
    // sentence, the outlet it goes by makes the claim, as "Yonhap reported" would.
    if (std::none_of(cues.begin(), cues.end(), [](const SpeechCue& x) { return x.agent && x.agent->type != "outlet"; }))
      cues.insert(cues.end(), outlet_sources.begin(), outlet_sources.end());
    std::sort(cues.begin(), cues.end(), [](const SpeechCue& x, const SpeechCue& y) { return x.b < y.b; });
    // Who speaks on in the next sentence: the subject of the last reporting verb;
    // the owner of a reporting noun only when no verb has one ("Ushakov commented
    // on the White House statement. «...», — he said": he is Ushakov).
    // (Not reports a verb calls "speculation": "he", "this official" is not them.)
    for (bool nouns : {true, false})
      for (const SpeechCue& c : cues)
        if (c.agent && c.agent->type != "outlet" && c.agent->id != "anon:reports" && c.noun == nouns) {
          last_speaker_ = c.agent;
          last_speaker_sentence_ = si;
          if (c.agent->type == "anonymous") note_anonymous(*c.agent, si);
        }
    if (last_anonymous_sentence_ != si) note_opening_anonymous(a, ags, si);
    note_outlets(ags, si);
    if (subject) {
      last_subject_ = subject;
      last_subject_sentence_ = si;
    }
    // "Об этом заявил Песков", "جاء ذلك في تصريح لـ...": a sentence that only
    // attributes what the previous one said gives its claims their speaker.
    // (Words that only look like a status, such as "نشست خبری", do not count.)
    if (std::all_of(a.statuses.begin(), a.statuses.end(),
                    [&](const Match& m) { return lr_.statuses.entries()[m.entry].get("status") == "-"; })) {
      bool backref = false;
      for (const Match& f : a.fw)
        if (role_of(lr_, f) == "backref") backref = true;
      const SpeechCue* who = nullptr;
      for (const SpeechCue& c : cues)
        if (c.agent && c.agent->type != "outlet") who = &c;
      // ... and so does one right after a sentence that is a quotation ("«...».
      // اسماعیل بقائی، سخنگوی وزارت امور خارجه، گفت.", '"...". So said Lavrov.').
      if ((backref || quote_sentence_ == si - 1) && who)
        for (Claim& c : claims_)
          // (a quotation's speaker guessed from the sentence before it has no cue: this one names it)
          if (c.sentence == si - 1 && (c.speaker_type == "outlet" || (quote_sentence_ == si - 1 && c.cue.empty()))) {
            c.speaker_id = who->agent->id;
            c.speaker = who->agent->name;
            c.speaker_type = who->agent->type;
            c.speaker_side = who->agent->side;
          }
    }

    // A quotation with no reporting verb of its own waits for the next sentence to say whose it is.
    if (!a.toks.empty() && a.quoted[0] && a.speech.empty()) quote_sentence_ = si;

    // Status cues, with governing (modal) statuses scoping over what follows.
    std::vector<bool> governed(n, false);
    for (const Match& m : a.statuses) {
      const auto* st = rs_.status(lr_.statuses.entries()[m.entry].get("status"));
      if (!st || !st->governs) continue;
      // The rest of its clause, and the next clause when it opens right after
      // the cue ("unlikely that ...", "من غير المرجح أن ...").
      int cl = a.clause[m.begin];
      bool complement = false;
      for (size_t i = m.end; i < std::min(n, m.end + 2); ++i)
        if (a.clause[i] == cl + 1 && !opens_contrast(a, cl + 1)) complement = true;
      // "Experts doubt it, but the talks go on": a contrast ends the scope; so does a comma
      // opening a saying of its own ("Asked whether Lula might travel, Amorim said such a trip
      // was not on the agenda").
      for (size_t i = m.end; i < n; ++i) {
        bool contrast = false;
        for (const Match& f : a.fw)
          if (f.begin == i && role_of(lr_, f) == "contrast") contrast = true;
        if (saying_opens(a, i)) contrast = true;
        if (contrast) break;
        if (a.clause[i] == cl || (complement && a.clause[i] == cl + 1)) governed[i] = true;
      }
    }
    // "ليس من المقرر أن يلتقي", "من غير المقرر أن يلتقي": a plan verb right after status
    // words that deny the plan, and their complementizer, is what they deny; it says
    // nothing itself (a plan that is affirmed, "من المقرر أن يلتقي", keeps both).
    auto denied_complement = [&](const Match& m) {
      const auto* sm = rs_.status(lr_.statuses.entries()[m.entry].get("status"));
      if (!sm || sm->group != "on") return false;
      for (const Match& p : a.statuses) {
        const auto* sp = rs_.status(lr_.statuses.entries()[p.entry].get("status"));
        if (!sp || p.end > m.begin) continue;
        bool denies = sp->group == "off" || sp->group == "never" || sp->group == "unlikely" ||
                      (sp->group == "on" && negated(a, p));
        if (!denies) continue;
        bool ends_in_that = std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
          return role_of(lr_, f) == "complementizer" && f.end == p.end && f.begin >= p.begin;
        });
        bool that_between = !comma_before(a, p.end) && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
          return role_of(lr_, f) == "complementizer" && f.begin == p.end && f.end == m.begin;
        });
        if ((ends_in_that && p.end == m.begin) || that_between) return true;
      }
      return false;
    };
    for (const Match& m : a.statuses) {
      const auto* st = rs_.status(lr_.statuses.entries()[m.entry].get("status"));
      if (!st) continue;
      if (!st->governs && governed[m.begin]) continue;
      if (denied_complement(m)) continue;
      make_claim(si, a, ags, cues, channel, m);
    }
  }

  bool negated(const Sent& a, const Match& m) const {
    for (const Match& x : a.neg) {
      const Entry& ne = lr_.negation.entries()[x.entry];
      std::string scope = ne.get("scope").empty() ? "both" : ne.get("scope");
      if (scope == "none") continue;  // "لا يزال" (still) is not a negation
      size_t before_window = ne.get("window").empty() ? opt_.negation_before : std::stoul(ne.get("window"));
      size_t after_window = ne.get("window").empty() ? opt_.negation_after : std::stoul(ne.get("window"));
      if (a.clause[x.begin] != a.clause[m.begin]) continue;
      // ("Никаких переносов нет, встреча состоится": a negator that ends its phrase
      // at a comma does not reach past it.)
      bool before = x.end <= m.begin && m.begin - x.end <= before_window && !comma_before(a, x.end);
      bool after = x.begin >= m.end && x.begin - m.end <= after_window;
      // A negator negates the nearest status words: in "دیداری که زمانش مشخص نشده
      // بود قابل تعویق نیست" the "نیست" is for "تعویق", not for "مشخص نشده".
      size_t lo = before ? x.end : m.end, hi = before ? m.begin : x.begin;
      bool between = false;
      for (const Match& o : a.statuses)
        if (o.begin != m.begin && o.begin >= lo && o.end <= hi) between = true;
      if (between) continue;
      if ((before && scope != "after") || (after && scope != "before")) return true;
    }
    return false;
  }

  // "Peskov denied that the summit had been cancelled", "نفى الكرملين إلغاء
  // القمة": a denial verb (speech kind=deny) shortly before the status words,
  // in their clause or the one it opens, negates them.
  // A verb-final denial ("لغو نشست را تکذیب کرد") follows them closely in
  // their clause. Another reporting verb in between ("..., saying no dates had
  // been agreed") ends the denial's reach.
  // "on the sidelines of the APEC summit", "على هامش", "на полях": an event noun after
  // sidelines words (a name may stand between) only says where another event is.
  bool after_sidelines(const Sent& a, size_t pos) const {
    return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
      return role_of(lr_, f) == "sidelines" && f.end <= pos && pos - f.end <= 8;
    });
  }
  // ... or it is only a comparison ("as in earlier rounds", "مانند دورهای قبل",
  // "как и предыдущие раунды"): the noun right after is another event.
  bool compared(const Sent& a, size_t pos) const {
    return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
      return role_of(lr_, f) == "comparison" && f.end <= pos && pos - f.end <= 2;
    });
  }
  // ... or it only names whose programme a meeting is on ("not on the programme of
  // the visit", "برنامج الزيارة", "برنامه سفر", "в программе визита").
  bool programme_of(const Sent& a, size_t pos) const {
    return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
      return role_of(lr_, f) == "programme" && f.end <= pos && pos - f.end <= 1;
    });
  }
  // ... or only dates another event ("scheduled for Thursday afternoon, after the CSTO
  // session", "перед саммитом": function words role=time_reference).
  bool time_reference(const Sent& a, size_t pos) const {
    return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
      return role_of(lr_, f) == "time_reference" && f.end <= pos && pos - f.end <= 2;
    });
  }
  // Words near the event noun (or the cue that names the event) that make it an
  // event within a larger one: "a separate 20-minute meeting", "لقاء ثنائي منفصل",
  // "met Ryzhenkov separately".
  bool part_of_larger(const Sent& a, size_t b, size_t e) const {
    return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
      return role_of(lr_, f) == "separate" && a.clause[f.begin] == a.clause[b] &&
             ((f.begin >= e && f.begin - e <= 4) || (f.end <= b && b - f.end <= 3));
    });
  }
  bool framing(const Sent& a, size_t pos) const {
    return after_sidelines(a, pos) || compared(a, pos) || programme_of(a, pos);
  }

  // Clause c opens with a contrast (", but ...", "، لكن"): not a complement of what precedes.
  bool opens_contrast(const Sent& a, int c) const {
    return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
      return role_of(lr_, f) == "contrast" && a.clause[f.begin] == c && f.begin > 0 && a.clause[f.begin - 1] != c;
    });
  }

  bool denied(const Sent& a, const Match& m) const { return denial_of(a, m) != nullptr; }

  // The denial verb that negates the status words m, if any.
  const Match* denial_of(const Sent& a, const Match& m) const {
    for (const Match& x : a.speech) {
      if (lr_.speech.entries()[x.entry].get("kind") != "deny") continue;
      int cx = a.clause[x.begin], cm = a.clause[m.begin];
      // In the complement clause it opens the denial reaches further, past the
      // speaker and a long attribution ("نفى المتحدث ...، في تصريحات نقلتها ...، أن يكون").
      bool before = x.end <= m.begin && ((cm == cx && m.begin - x.end <= 12) || (cm == cx + 1 && m.begin - x.end <= 24));
      // "..., однако это не соответствует действительности": also in the contrast clause right after.
      // (A verb-final denial reaches back over the object it closes: "تعویق سفر رئیس‌جمهور به
      // ریاض را تکذیب کرد".)
      bool verb_final = lr_.speech.entries()[x.entry].get("subject") == "before";
      size_t reach = verb_final ? 8 : 4;
      // (... and past the comma that closes the report it names: "گزارش ... را که مدعی شده بود
      // سفر «لغو شده است»، رد کرد")
      bool closes_report = verb_final && cx == cm + 1 && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
                             return role_of(lr_, f) == "reports" && f.end <= m.begin && m.begin - f.end <= 24;
                           });
      bool after = x.begin >= m.end && x.begin - m.end <= reach &&
                   (cm == cx || (cx == cm + 1 && opens_contrast(a, cx)) || closes_report);
      if (!before && !after) continue;
      size_t lo = before ? x.end : m.end, hi = before ? m.begin : x.begin;
      bool interrupted = false;
      // A reporting verb in between that opens its own clause or speaks for
      // itself (a participle); not the denial's object ("denied reports that")
      // nor its attribution ("في تصريحات نقلتها وكالة").
      for (const Match& y : a.speech) {
        if (y.begin < lo || y.end > hi) continue;
        bool opens = y.end < a.toks.size() && a.clause[y.end] != a.clause[y.begin];
        // Right after the denial it is its object ("denied reports that"), unless a
        // conjunction makes it a verb of its own ("رد کرد و گفت:").
        // ("نفت ذلك، وقالت إنه": an "and" written on the verb)
        bool conj = conjunction_on(a, y.begin);
        for (const Match& f : a.fw)
          if (role_of(lr_, f) == "conjunction" && f.begin >= lo && f.end <= y.begin) conj = true;
        // A participle ("..., заявив, что") is never the object.
        bool participle = lr_.speech.entries()[y.entry].get("kind") == "participle";
        bool object = before && y.begin < lo + 2 && !conj && !participle;
        // ("The report was rejected by New Delhi, which said no such meeting had been planned":
        // a verb of a relative clause speaks for itself.)
        bool relative = a.relative[y.begin] != a.relative[x.begin];
        if (!object && (opens || conj || participle || relative)) interrupted = true;
      }
      // ("declined to confirm the trip, a day after he and Putin held a video call": a
      // clause opened by "after" dates the denial; its own words are not denied.)
      if (before && cm != cx && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
            const std::string& r = role_of(lr_, f);
            return (r == "time_reference" || r == "subordinator") && f.begin >= lo && f.end <= hi &&
                   a.clause[f.begin] == cm;
          }))
        interrupted = true;
      if (!interrupted) return &x;
    }
    return nullptr;
  }

  // "Peskov rejected reports that ...", "опровергли сообщения телеграм-каналов о том,
  // что ...", "نفى ما أوردته صحيفة «...» عن ...": who reported what the denial
  // negates, when the denial names reports (a reporting noun, or a source or
  // outlet as its object) before the status words. The reports are a claim too.
  std::optional<Agent> reporter_of(const Sent& a, const std::vector<Agent>& ags, const Match& m) const {
    const Match* x = denial_of(a, m);
    if (!x) return std::nullopt;
    // Between the denial verb and the status words; with a verb-final denial
    // ("گزارش‌ها درباره لغو نشست را تکذیب کرد", "گزارش برخی رسانه‌ها را که مدعی شده بودند
    // تهران موافقت ... اعلام کرده، رد کرد") up to 24 words before the status words.
    bool final = x->begin >= m.end;
    size_t lo = final ? (m.begin > 24 ? m.begin - 24 : 0) : x->begin, hi = m.begin;
    if (!final && x->end > m.begin) return std::nullopt;
    // The reports word, then who made them: the outlet or source it names right
    // after it ("сообщение японской газеты «...»", "ما أوردته صحيفة «...»", "reports by
    // Axios") or that it is part of ("Turkish media reports"); else "reports".
    // (Not the denial's own subject: "نفى مصدر مطلع الأنباء عن إرجاء ...", the source denies.)
    auto denier = find_agent(a, ags, x->begin, x->end);
    for (const Match& y : a.fw) {
      if (role_of(lr_, y) != "reports" || y.begin < lo || y.end > hi || (!final && y.begin > x->end + 6)) continue;
      for (const Agent& g : ags)
        if ((g.type == "outlet" || g.type == "anonymous") && !a.quoted[g.b] && !(denier && denier->b == g.b && g.e <= y.begin) &&
            ((g.b <= y.begin && y.begin < g.e) || (g.b >= y.end && g.b <= y.end + 3 && g.e <= hi) ||
             (!final && g.b >= x->end && g.e <= y.begin)))  // "опроверг опубликованные газетой «...» сведения"
          return g;
      return Agent{"anon:reports", "reports", "anonymous", "", "", "", y.begin, y.end};
    }
    return std::nullopt;
  }

  bool hedged(const Sent& a, const Match& m) const { return hedge_of(a, m) != nullptr; }

  // A comma right before token `i` that opens a saying of its own: a reporting verb within
  // three words after it ("Asked whether Lula might travel, Amorim said ...").
  bool saying_opens(const Sent& a, size_t i) const {
    return comma_before(a, i) && std::any_of(a.speech.begin(), a.speech.end(), [&](const Match& v) {
             return v.begin >= i && v.begin <= i + 3 && lr_.speech.entries()[v.entry].get("kind") != "noun";
           });
  }

  // The hedge entry that scopes over the status words m, if any.
  const Entry* hedge_of(const Sent& a, const Match& m) const {
    for (const Match& x : a.hedges) {
      const Entry& he = lr_.hedges.entries()[x.entry];
      if (he.get("ignore") == "yes") continue;  // "قد تم": "has been", not "may"
      // "Gil told VTV that the presidents would meet in March": in reported speech "would" is the
      // future seen from the past, no hedge (reported=no).
      if (he.get("reported") == "no" && std::any_of(a.speech.begin(), a.speech.end(), [&](const Match& sp) {
            return lr_.speech.entries()[sp.entry].get("kind") != "noun" && a.quoted[sp.begin] == a.quoted[x.begin];
          }))
        continue;
      // "threatened to scrap the talks" (scope=before): not the postponement that threatens a summit.
      if (he.get("scope") == "before" && x.end > m.begin) continue;
      // ("Asked whether ..., Amorim said such a trip was not on the agenda": not past a saying of its own)
      bool past_saying = false;
      for (size_t i = x.end + 1; i <= m.begin && !past_saying; ++i) past_saying = saying_opens(a, i);
      if (past_saying) continue;
      // "would" in "would not take place" belongs to a cue that says what a hedge makes of it (hedged=).
      if (x.begin >= m.begin && x.end <= m.end && !lr_.statuses.entries()[m.entry].get("hedged").empty()) continue;
      // A condition reaches over its own clause and the main clause after it:
      // "If the talks progress, the summit will be held next month" (window=).
      size_t window = he.get("window").empty() ? opt_.hedge_window : std::stoul(he.get("window"));
      size_t d = x.end <= m.begin ? m.begin - x.end : (x.begin >= m.end ? x.begin - m.end : 0);
      if (d <= window && a.clause[x.begin] == a.clause[m.begin]) return &he;
      // "يبدو أن", "من المرجح أن", "it seems that": a hedge ending in (or right before) a
      // complementizer hedges the clause it opens.
      if (x.end <= m.begin && m.begin - x.end <= window + 8)
        for (const Match& f : a.fw)
          if (role_of(lr_, f) == "complementizer" && f.begin >= x.begin && f.begin <= x.end &&
              a.clause[f.begin] == a.clause[m.begin])
            return &he;
    }
    return nullptr;
  }

  // Event nouns joined to `noun` by a conjunction ("the working lunch and the
  // signing ceremony", "غداء العمل ومراسم التوقيع"): the status holds for each.
  // (`denied`: "or" joins them too, as a negation denies both: "no further meeting or phone
  // call has been agreed".)
  std::vector<const Match*> coordinated(const Sent& a, const EventMention& em, bool denied = false) const {
    std::vector<const Match*> out;
    if (em.span.end <= em.span.begin) return out;
    const Match* noun = nullptr;
    for (const Match& ev : a.events)
      if (a.toks[ev.begin].begin == em.span.begin) noun = &ev;
    if (!noun) return out;
    // "X and Y": a conjunction word between them, at most four words apart, or
    // one attached to the second noun right after the first ("ومراسم").
    auto joined = [&](const Match& first, const Match& second) {
      if (second.begin < first.end || second.begin - first.end > 4) return false;
      if (a.clause[first.begin] != a.clause[second.begin]) return false;
      for (const Match& ev : a.events)
        if (ev.begin >= first.end && ev.end <= second.begin) return false;
      for (const Match& f : a.fw)
        if ((role_of(lr_, f) == "conjunction" || (denied && role_of(lr_, f) == "disjunction")) && f.begin >= first.end &&
            f.end <= second.begin)
          return true;
      return second.begin == first.end && conjunction_on(a, second.begin);
    };
    for (const Match& ev : a.events)
      if (&ev != noun && (joined(*noun, ev) || joined(ev, *noun))) out.push_back(&ev);
    return out;
  }

  // A negating determiner ("no", det=yes) right before the event noun that is
  // the subject of the status words, at most one word apart ("no new meeting").
  bool determiner_negated(const Sent& a, const EventMention& em, const Match& m) const {
    if (em.inherited || em.span.end <= em.span.begin) return false;
    size_t nb = SIZE_MAX;
    for (size_t i = 0; i < a.toks.size(); ++i)
      if (a.toks[i].begin == em.span.begin) nb = i;
    if (nb == SIZE_MAX || nb >= m.begin || a.clause[nb] != a.clause[m.begin]) return false;
    for (const Match& x : a.neg)
      if (lr_.negation.entries()[x.entry].get("det") == "yes" && x.end <= nb && nb - x.end <= 1) return true;
    return false;
  }

  // "postponement or cancellation", "تعویق یا لغو": two statuses offered as
  // alternatives are possibilities, not assertions.
  bool alternative(const Sent& a, const Match& m) const {
    for (const Match& f : a.fw) {
      if (role_of(lr_, f) != "disjunction") continue;
      for (const Match& o : a.statuses) {
        if (o.begin == m.begin) continue;
        bool between = (m.end <= f.begin && f.end <= o.begin && o.begin - m.end <= 2) ||
                       (o.end <= f.begin && f.end <= m.begin && m.begin - o.end <= 2);
        if (between) return true;
      }
    }
    return false;
  }

  static size_t dist(size_t b, size_t e, size_t pos) { return pos < b ? b - pos : (pos >= e ? pos - e + 1 : 0); }

  // Builds the event mention for a status cue.
  std::optional<EventMention> event_for(int si, const Sent& a, const std::vector<Agent>& ags, const Match& m,
                                        const std::string& cue_kind_in, size_t speaker_pos, size_t speaker_end,
                                        const std::string& said_on, const Match* forced = nullptr) {
    const auto* st = rs_.status(lr_.statuses.entries()[m.entry].get("status"));
    std::string implied_kind = cue_kind_in;
    size_t n = a.toks.size();
    int cl = a.clause[m.begin];
    // Clauses to search: the cue's; for a governing status, the next one first.
    // Clauses to search: the cue's own, and the complement clause that opens
    // right after it ("من المقرر أن يلتقي", "It is expected that ... will hold
    // a summit"); a modal status looks in its complement first.
    std::vector<int> clauses{cl};
    for (size_t i = m.end; i < std::min(n, m.end + 2); ++i)
      if (a.clause[i] == cl + 1 && !opens_contrast(a, cl + 1)) {
        clauses.insert(st->governs ? clauses.begin() : clauses.end(), cl + 1);
        break;
      }
    const Match* noun = nullptr;
    bool noun_anaphoric = false;
    // "this meeting", "эта новая встреча"; not "на этой неделе встреча", where
    // the determiner belongs to a time phrase.
    auto is_anaphoric = [&](const Match& ev) {
      for (const Match& f : a.fw) {
        if (role_of(lr_, f) != "anaphor" || f.end > ev.begin || ev.begin - f.end > 1) continue;
        bool timed = false;
        for (const Match& t : a.times)
          if (t.begin < ev.begin && t.end > f.begin && t.end <= ev.begin) timed = true;
        if (!timed) return true;
      }
      return false;
    };
    // An event noun inside the status phrase (the phrase names it). Two joined there
    // ("دیدار و گفت‌وگو کرد", "met and held talks") name one event: the last is the noun, and
    // what stands around either belongs to it (nearest_noun_is_mine, the date window, below).
    for (const Match& ev : a.events)
      if (ev.begin >= m.begin && ev.end <= m.end) noun = &ev;
    // ("Отдельной встречи ... на полях саммита не было": the summit the status words begin
    // with only says where; the event is another noun, of its own kind.)
    if (noun && !forced && after_sidelines(a, noun->begin)) {
      noun = nullptr;
      implied_kind.clear();
    }
    if (forced) noun = forced;
    if (!noun) {
      for (int c : clauses) {
        size_t best = SIZE_MAX;
        for (const Match& ev : a.events) {
          if (a.clause[ev.begin] != c) continue;
          bool ana = is_anaphoric(ev);
          // Explicit nouns beat anaphoric ones six words nearer; nouns after the cue win ties
          // (nominal statuses: "تأجيل الاجتماع", "postponement of the meeting");
          // a noun inside someone else's relative clause comes last.
          bool aside = a.relative[ev.begin] != 0 && a.relative[ev.begin] != a.relative[m.begin];
          // "no meeting with Kim Jong Un was planned during the trip": a subject
          // with a negating determiner is what the status words are about.
          // (Not past other status words, its own: "هیچ دیدار جداگانه‌ای برگزار نشد و همه
          // گفت‌وگوها ... انجام شد", the talks were held.)
          bool negated_subject = ev.end <= m.begin && std::any_of(a.neg.begin(), a.neg.end(), [&](const Match& x) {
            const std::string& det = lr_.negation.entries()[x.entry].get("det");
            return (det == "yes" || det == "subject") && x.end <= ev.begin && ev.begin - x.end <= 1;
          }) && std::none_of(a.statuses.begin(), a.statuses.end(), [&](const Match& o) {
            return o.begin >= ev.end && o.end <= m.begin;
          });
          // "встречу Путина и Трампа на полях саммита планировали": the summit only says where.
          bool sidelines = framing(a, ev.begin) || time_reference(a, ev.begin);
          // "put on hold after a phone call", "قرار الإرجاء بعد مكالمة": a noun inside
          // other status words ("after a phone call": held) is theirs.
          bool owned = std::any_of(a.statuses.begin(), a.statuses.end(), [&](const Match& o) {
            return o.begin != m.begin && ev.begin >= o.begin && ev.end <= o.end && !(m.begin >= o.begin && m.end <= o.end);
          });
          size_t d = negated_subject ? 0
                                     : dist(m.begin, m.end, ev.begin) * 2 + (ev.begin < m.begin ? 1 : 0) + (ana ? 12 : 0) +
                                           ((sidelines || owned) ? 40 : 0) + (aside ? 500 : 0);
          if (d < best) {
            best = d;
            noun = &ev;
            noun_anaphoric = ana;
          }
        }
        if (noun) break;
      }
    }
    if (!noun) {
      // Still none: an explicit noun elsewhere in the sentence, close by ("إن
      // القمة "قد تعقد في 12 يونيو"": the quote is a clause of its own).
      size_t best = 9;
      for (const Match& ev : a.events)
        if (!is_anaphoric(ev) && a.relative[ev.begin] == a.relative[m.begin] && dist(m.begin, m.end, ev.begin) < best) {
          best = dist(m.begin, m.end, ev.begin);
          noun = &ev;
        }
    }
    // A cue that names its own kind ("التقى", "met") is the event; a noun further
    // on is another one ("التقى ... في أول لقاء رسمي منذ 2016").
    // (A contact, "пообщались", "spoke with", may be either: it takes the noun.)
    if (noun && !forced && !implied_kind.empty() && implied_kind != "contact" &&
        !(noun->begin >= m.begin && noun->end <= m.end) && dist(m.begin, m.end, noun->begin) > 4)
      noun = nullptr;
    // "пообщаются на полях саммита", "chatted on the sidelines of the summit": the
    // summit only says where; a contact there is a meeting in person.
    bool at_sidelines = noun && !forced && !implied_kind.empty() && after_sidelines(a, noun->begin);
    if (at_sidelines) noun = nullptr;
    EventMention em;
    em.phase = st->phase;
    if (!implied_kind.empty()) em.kind = at_sidelines && implied_kind == "contact" ? "meeting" : implied_kind;
    bool novel = false;
    if (noun) {
      std::string k = lr_.events.entries()[noun->entry].get("kind");
      // "held a press conference", "провел брифинг": kind=- nouns are happenings
      // the tracker does not follow; the status words are about them, not an event.
      if (k == "-") return std::nullopt;
      // (Status words that give a kind keep it over a noun inside them: "تلفنی گفت‌وگو کردند",
      // "talked by phone", is a call, not talks; "دیدار و گفت‌وگو کرد" a meeting. Not over a
      // part of an event: "встречи один на один не было" is about the one-on-one.)
      bool inside_cue = noun->begin >= m.begin && noun->end <= m.end;
      bool cue_kind = inside_cue && !implied_kind.empty() && implied_kind != "contact" && k != "ceremony";
      if (em.kind.empty() || (k != "contact" && !cue_kind)) em.kind = k;
      em.span = {a.toks[noun->begin].begin, a.toks[noun->end - 1].end};
      em.anaphoric = noun_anaphoric;
      // "another meeting", "جولة جديدة": not the event in focus; "their next
      // meeting" (focus=past) only when the event in focus took place.
      bool focus_past = focus_.sentence >= 0 && si - focus_.sentence <= opt_.focus_sentences && focus_.took_place;
      for (const Match& f : a.fw) {
        if (role_of(lr_, f) != "novel") continue;
        // "سيجتمعون الأسبوع المقبل", "meet next week": "next" of a time phrase is no new event.
        if (std::any_of(a.times.begin(), a.times.end(), [&](const Match& t) { return t.begin <= f.begin && f.end <= t.end; }))
          continue;
        const std::string& side = lr_.function_words.entries()[f.entry].get("side");
        if (lr_.function_words.entries()[f.entry].get("focus") == "past" && !focus_past) continue;
        bool before = f.end <= noun->begin && noun->begin - f.end <= 1;
        bool after = f.begin >= noun->end && f.begin - noun->end <= 1;
        // "دور جدید مذاکرات", "the new round of talks": inside the event phrase.
        bool inside = f.begin >= noun->begin && f.end <= noun->end;
        if ((before && side != "after") || (after && side != "before") || inside) novel = true;
      }
    }
    bool have_focus = focus_.sentence >= 0 && si - focus_.sentence <= opt_.focus_sentences;
    if (novel || forced) have_focus = false;  // a noun joined to another one is an event of its own
    if (!noun && implied_kind.empty()) {
      // No event in the clause: a continuation of the previous claim's event.
      if (!have_focus) return std::nullopt;
      em = focus_.mention;
      em.attendee.clear();  // set again below when these words are about attending
      em.inherited = true;
      em.phase = st->phase.empty() ? focus_.mention.phase : st->phase;
      // "...أن مصر ستستضيف يوم الاثنين المقبل وفدين": the event in focus, on the day the cue names.
      Resolved when = day_after_cue(a, m, a.toks.size(), told_then(a) ? "past" : em.phase, said_on);
      if (when.precision == "day") {
        em.date = when.date;
        em.date_precision = when.precision;
      }
      // "... این دور نیز کاملاً غیرمستقیم برگزار می‌شود": the format the cue's clause states.
      for (const Match& f : a.attrs) {
        const std::string& format = lr_.attributes.entries()[f.entry].get("format");
        if (!format.empty() && a.clause[f.begin] == cl && dist(m.begin, m.end, f.begin) <= 8 && !framing(a, f.begin))
          em.format = format;
      }
      return em;
    }
    em.novel = novel;
    em.part = noun ? part_of_larger(a, noun->begin, noun->end) : part_of_larger(a, m.begin, m.end);
    // "the talks", "эта беседа" (a contact: a call or a meeting) continue the
    // event in focus when they are of its class.
    bool same_class = em.kind == "contact" || kind_class(em.kind) == kind_class(focus_.mention.kind);
    bool contact = em.kind == "contact";
    if (contact) em.kind = "call";

    // Participants, places, role nouns and dates in the event's clause that are
    // nearer to this noun than to any other event noun.
    size_t anchor_b = noun ? noun->begin : m.begin, anchor_e = noun ? noun->end : m.end;
    int ecl = noun ? a.clause[noun->begin] : cl;
    // "الجولة الرابعة من المفاوضات", "раунд переговоров": a noun of the same
    // kind right after this one is part of its phrase, not another event.
    // (Up to four words apart when only free words lie between: "the second round of a
    // strategic dialogue".)
    auto part_of_noun = [&](const Match& ev) {
      if (!noun) return false;
      if (ev.begin == noun->begin) return true;
      if (ev.begin < noun->end || ev.begin - noun->end > 4 ||
          lr_.events.entries()[ev.entry].get("kind") != lr_.events.entries()[noun->entry].get("kind"))
        return false;
      if (ev.begin - noun->end <= 2) return true;
      for (size_t i = noun->end; i < ev.begin; ++i) {
        if (comma_before(a, i) || a.toks[i].number) return false;
        for (const auto* v : {&a.ents, &a.anon, &a.speech, &a.statuses, &a.neg, &a.times, &a.parts})
          for (const Match& x : *v)
            if (x.begin <= i && i < x.end) return false;
      }
      return !comma_before(a, ev.begin);
    };
    for (const Match& ev : a.events)
      if (part_of_noun(ev) && a.clause[ev.begin] == ecl) anchor_e = std::max(anchor_e, ev.end);
    // A name or role word belongs to the event noun before it in its clause
    // ("the meeting between Rubio and Lavrov on the Trump-Putin summit"), or,
    // with no noun before it, to the first noun after it ("Rubio and Lavrov
    // had a phone call").
    auto nearest_noun_is_mine = [&](size_t pos) {
      const Match* before = nullptr;
      const Match* after = nullptr;
      for (const Match& ev : a.events) {
        if (part_of_noun(ev) && ev.begin != noun->begin) continue;
        // An anaphoric noun ("this call") points back; names after it belong to what follows.
        if (a.clause[ev.begin] != a.clause[pos] || (is_anaphoric(ev) && !(noun && ev.begin == noun->begin))) continue;
        // "on the sidelines of the APEC summit in Gyeongju": the summit only says where.
        // "as in earlier rounds": another event, owning only what follows it closely ("... in Rome").
        if ((after_sidelines(a, ev.begin) || (compared(a, ev.begin) && pos > ev.end + 1)) &&
            !(noun && ev.begin == noun->begin))
          continue;
        if (ev.end <= pos && (!before || ev.begin > before->begin)) before = &ev;
        if (ev.begin > pos && (!after || ev.begin < after->begin)) after = &ev;
      }
      const Match* owner = before ? before : after;
      // Between two nouns of one phrase ("раунд непрямых переговоров", "round of
      // indirect talks") it belongs to the phrase.
      if (before && after && noun && after->begin - before->end <= 3 &&
          (before->begin == noun->begin || after->begin == noun->begin))
        owner = noun;
      // A word inside an event phrase ("a leaders' summit") belongs to it.
      for (const Match& ev : a.events)
        if (ev.begin <= pos && pos < ev.end) owner = &ev;
      // (Two nouns of the status words name one event: "با جی‌شانکار دیدار و گفت‌وگو کرد".)
      auto in_cue = [&](const Match* ev) { return ev->begin >= m.begin && ev->end <= m.end; };
      return !owner || !noun || owner->begin == noun->begin || (in_cue(owner) && in_cue(noun));
    };
    int noun_rel = noun ? a.relative[noun->begin] : a.relative[m.begin];
    auto in_scope = [&](size_t pos) {
      // Names in a relative clause that is not the noun's describe someone else
      // ("Szijjarto, who was in Washington this week, said ...").
      if (a.relative[pos] != 0 && a.relative[pos] != noun_rel) return false;
      return (a.clause[pos] == ecl || a.clause[pos] == cl) && nearest_noun_is_mine(pos);
    };
    // "in Budapest"; for a visit also where it goes ("زيارة بن فرحان إلى طهران").
    // ("با بازگشت او به تهران", "before returning to Moscow": where someone goes back
    // to, a few words after a `return` word, is no place of the event.)
    auto returning = [&](size_t pos) {
      return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
        return role_of(lr_, f) == "return" && f.end <= pos && pos - f.end <= 2;
      });
    };
    auto locative_at = [&](size_t pos) {
      for (const Match& f : a.fw)
        if (f.end == pos && (role_of(lr_, f) == "locative" || role_of(lr_, f) == "venue" ||
                             (em.kind == "visit" && role_of(lr_, f) == "destination")))
          return !returning(f.begin);
      // ("قصر اليمامة بالرياض": the preposition written on the name, `attached=yes`)
      if (pos < a.toks.size() && a.forms[pos].size() > 1) {
        const std::string& raw = a.forms[pos][0];
        for (const Entry& e : lr_.function_words.entries()) {
          std::string p = text::fold(e.phrase);
          if (e.get("role") == "locative" && e.get("attached") == "yes" && raw.size() > p.size() + 4 && raw.rfind(p, 0) == 0)
            return true;
        }
      }
      return false;
    };
    // ... or with an owner between: "at Putin's Novo-Ogaryovo residence".
    auto locative = [&](size_t pos) {
      if (locative_at(pos)) return true;
      for (const Match& f : a.fw)
        if (f.end == pos && role_of(lr_, f) == "possessive")
          for (const Agent& o : ags)
            if (o.e == f.begin && o.type == "person" && o.b > 0 && locative_at(o.b)) return true;
      return false;
    };
    std::set<std::string> parts, sides, met_sides;
    std::vector<std::string> countries;
    std::string place_side;
    Agent country_place;
    // "in US-Russia talks", "in Russia's view": a country word that modifies
    // what follows it is not a location.
    auto hosts = [&](const Agent& g) {
      for (const Match& f : a.fw)
        if (role_of(lr_, f) == "host" && ((g.e <= f.begin && f.begin - g.e <= 1) || (g.b >= f.end && g.b - f.end <= 1)))
          return true;
      return false;
    };
    // "المباحثات الأميركية الروسية": country adjectives that follow an event noun.
    auto describes_noun = [&](const Agent& g) {
      size_t b = g.b;
      for (const Agent& o : ags)  // a chain of country words: step back over them
        if (o.type == "country" && o.e == b) b = o.b;
      for (const Match& ev : a.events)
        if (ev.end == b) return true;
      return false;
    };
    auto modifies = [&](const Agent& g) {
      if (g.e >= n) return false;
      for (const Match& ev : a.events)
        if (ev.begin >= g.e && ev.begin <= g.e + 1) return true;
      for (const Match& f : a.fw)
        if (f.begin == g.e && role_of(lr_, f) == "possessive") return true;
      for (const Agent& o : ags)
        if (&o != &g && o.b == g.e) return true;
      for (const Match& p : a.parts)
        if (p.begin == g.e) return true;
      return false;
    };
    int leaders = 0, officials = 0;
    // "without Putin", "mediated by Fidan", "وسط غياب بوتين", "برعاية فيدان":
    // the name after such a word is not among those who meet.
    // With side=after the word follows the name ("with Mohammed bin Salman as host").
    auto excluded = [&](const Agent& g) {
      for (const Match& f : a.fw) {
        if (role_of(lr_, f) != "nonparticipant") continue;
        bool after = lr_.function_words.entries()[f.entry].get("side") == "after";
        // "mediated by Oman's foreign minister, Badr Albusaidi": the first person after it.
        bool first = std::none_of(ags.begin(), ags.end(), [&](const Agent& o) {
          return o.type == "person" && o.b >= f.end && o.b < g.b;
        });
        if (!after && f.end <= g.b && (g.b - f.end <= 2 || (g.type == "person" && first && g.b - f.end <= 6)))
          return true;
        if (after && f.begin >= g.e && f.begin - g.e <= 1) return true;
      }
      return false;
    };
    // "Trump's special envoy Witkoff", "спецпосланник Трампа Стив Уиткофф",
    // "مبعوث ترامب ستيف ويتكوف": the one whose envoy it is does not meet.
    auto owner = [&](const Agent& g) {
      for (const Match& f : a.fw) {  // "Trump 's envoy"; "at Trump 's Mar-a-Lago estate"
        if (f.begin != g.e || role_of(lr_, f) != "possessive") continue;
        // (also past words of its own: "Putin 's foreign policy aide", not "Putin 's talks with aides")
        bool noun_between = std::any_of(a.events.begin(), a.events.end(), [&](const Match& ev) {
          return ev.begin >= f.end && ev.begin <= f.end + 3;
        });
        // (any word for who meets: "Putin 's aides", "Lavrov 's delegation")
        size_t slack = noun_between ? 1 : 3;
        if (std::any_of(a.parts.begin(), a.parts.end(), [&](const Match& p) { return p.begin >= f.end && p.begin <= f.end + slack; }))
          return true;
        if (g.b > 0 && locative_at(g.b) && std::any_of(ags.begin(), ags.end(), [&](const Agent& o) { return o.b == f.end && o.type == "place"; }))
          return true;
      }
      bool title_before = false, name_after = false;
      for (const Match& p : a.parts)
        if (!lr_.participants.entries()[p.entry].get("role").empty() && p.end == g.b) title_before = true;
      for (const Agent& o : ags)
        if (o.type == "person" && o.id != g.id && o.b == g.e) name_after = true;
      return title_before && name_after;
    };
    // "talks ... to discuss the implementation of Trump's plan", "لبحث آليات تنفيذ خطة
    // ترامب": a name after a topic word that follows the event noun is what it is about.
    auto topic = [&](const Agent& g) {
      return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
        return role_of(lr_, f) == "topic" && f.begin >= anchor_e && f.end <= g.b && a.clause[f.begin] == a.clause[g.b];
      });
    };
    // "in Cairo and not in Doha", "а не в Дохе", "لا في بغداد": a place denied after the
    // event is where it is not.
    auto denied_place = [&](const Agent& g) {
      return (g.type == "place" || g.type == "country") && g.b > anchor_b &&
             std::any_of(a.neg.begin(), a.neg.end(), [&](const Match& x) {
               return x.begin > anchor_b && x.end <= g.b && (g.b == x.end || (g.b - x.end == 1 && locative(g.b)));
             });
    };
    std::set<std::string> denied;
    size_t denied_end = 0;
    auto contrasts_denied = [&](const Agent& g) {
      return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
        return role_of(lr_, f) == "contrast" && f.begin >= denied_end && f.begin - denied_end <= 1 && f.end <= g.b &&
               (g.b == f.end || (g.b - f.end == 1 && locative(g.b)));
      });
    };
    // "نشست امنیتی دمشق و آنکارا", "محادثات موسكو وكييف": two capitals joined by "and"
    // within two words after the event noun stand for their governments: sides, not a place.
    std::set<size_t> capital_sides;  // where such capitals begin
    if (noun)
      for (const Agent& x : ags) {
        const auto* xi = x.type == "place" ? rs_.entity(x.id) : nullptr;
        if (!xi || !xi->capital || x.b < noun->end || x.b > noun->end + 2) continue;
        size_t next = x.e < a.toks.size() && conjunction_on(a, x.e) ? x.e : a.toks.size();
        for (const Match& f : a.fw)
          if (f.begin == x.e && role_of(lr_, f) == "conjunction") next = f.end;
        for (const Agent& y : ags) {
          const auto* yi = y.type == "place" ? rs_.entity(y.id) : nullptr;
          if (yi && yi->capital && y.b == next && y.id != x.id) capital_sides.insert({x.b, y.b});
        }
      }
    for (const Agent& g : ags) {
      if (capital_sides.count(g.b) && in_scope(g.b)) {
        sides.insert(g.side);
        continue;
      }
      // (also after a contrast that opens a clause of its own: ", а не в Дохе")
      if (denied_place(g) && g.b - anchor_e <= 16) {
        denied.insert(g.id);
        denied_end = g.e;
        if (em.not_place.empty()) em.not_place = g.id;
        continue;
      }
      // "не в Будапеште, а в Женеве", "not in Doha but in Cairo": the place the
      // contrast after a denied place names is where the event is, in whatever clause.
      if (g.type == "place" && em.place.empty() && !denied.empty() && contrasts_denied(g)) {
        em.place = g.id;
        place_side = g.side;
        continue;
      }
      if (!in_scope(g.b) || excluded(g) || ((g.type == "person" || g.type == "country") && topic(g))) continue;
      if (g.type == "person" && owner(g)) continue;
      if (g.type == "person") {
        if (g.b == speaker_pos) continue;
        // "سارا سندرز، سخنگوی کاخ سفید، گفته بود": the speaker's name beside the
        // title it was found by.
        // (Not a name after "with": "Встреча с Лулой, по словам бразильского президента,
        // еще может состояться" is a meeting with the speaker.)
        if (!after_preposition(a, g.b) && std::any_of(ags.begin(), ags.end(), [&](const Agent& sp) {
              return sp.b == speaker_pos && sp.id == g.id && (g.e + 2 >= sp.b && g.b <= sp.e + 2);
            }))
          continue;
        // "Putin proposed resuming the direct talks": who proposes negotiations
        // between delegations is not among the negotiators.
        if (st->name == "proposed" && em.kind == "talks" && g.e <= m.begin && m.begin - g.e <= 8) continue;
        parts.insert(g.id);
        if (!g.side.empty()) sides.insert(g.side);
        (g.level == "leaders" ? leaders : officials)++;
      } else if (g.type == "anonymous" && g.b >= m.end && g.b - m.end <= 3 && g.b != speaker_pos && !g.side.empty() &&
                 !a.speech_zone[g.b] && !a.quoted[g.b]) {
        // "لم يلتق أي مسؤول أميركي", "did not meet any American official": an unnamed
        // person met is of a side of the event (which says it is not the event in focus, below).
        met_sides.insert(g.side);
      } else if (g.type == "organization" && em.place.empty() && g.b > 0 && locative(g.b) &&
                 (dist(anchor_b, anchor_e, g.b) <= 6 || dist(m.begin, m.end, g.b) <= 4) && !a.speech_zone[g.b]) {
        // "will meet at the White House", "в Белом доме", "في الكرملين": where it sits;
        // also after the status words ("Беседа ..., по данным источника, прошла в среду в Кремле").
        if (const auto* org = rs_.entity(g.id); org && !org->seat.empty()) {
          em.place = org->seat;
          if (const auto* p = rs_.entity(org->seat)) place_side = p->side;
        }
      } else if ((g.type == "country" || g.type == "place") && hosts(g) && !describes_noun(g) &&
                 (g.type == "place" || !modifies(g))) {
        // "مصر ستستضيف المفاوضات", "Turkey will host the talks", "شرم الشيخ ... لاستضافة":
        // the host is where the event is.
        if (g.type == "place" && em.place.empty()) {
          em.place = g.id;
          place_side = g.side;
        } else if (g.type == "country" && country_place.id.empty()) {
          country_place = g;
        }
      } else if ((g.type == "country" || g.type == "place") && em.kind == "visit" && noun && g.b == noun->end &&
                 noun->begin >= m.begin && noun->end <= m.end && em.place.empty()) {
        // "would visit Turkey", "посетит Турцию", "يزور تركيا": where the visit goes.
        em.place = g.id;
        place_side = g.side;
      } else if (g.type == "country" && g.b > 0 && locative(g.b) && !modifies(g) && !a.speech_zone[g.b] &&
                 dist(anchor_b, anchor_e, g.b) <= 6 && kind_class(em.kind) != "call") {
        // "will meet Xi in South Korea", "talks in Oman": where, not who; a city
        // named too ("in Busan") says it more precisely.
        if (country_place.id.empty()) country_place = g;
      } else if (g.type == "country" && dist(anchor_b, anchor_e, g.b) <= 4) {
        // Only a country next to the noun names a side ("US-Russia talks",
        // "المباحثات الأميركية الروسية"); one further away is often just context.
        countries.push_back(g.side);
      } else if (g.type == "place" && em.place.empty() && g.b > 0 &&
                 // "в Вашингтоне рассчитывают, что Уиткофф встретится с Аракчи":
                 // where the expecting is done, not where the meeting is; nor
                 // where the speaker is ("diplomats in Vienna said").
                 !(ecl != cl && a.clause[g.b] == cl && anchor_b > m.begin) && !a.speech_zone[g.b] &&
                 (locative(g.b) || dist(anchor_b, anchor_e, g.b) <= 1)) {
        // "in Budapest", "the Budapest summit"; not a capital standing for its
        // government ("Moscow and Washington never agreed") or a dateline.
        em.place = g.id;
        place_side = g.side;
      }
    }
    if (em.place.empty() && !country_place.id.empty()) {
      em.place = country_place.id;
      place_side = country_place.side;
    }
    // "in Budapest, Hungary": the place's country is not a side of the event.
    for (const auto& c : countries)
      if (c != place_side) sides.insert(c);
    bool plural = std::any_of(a.fw.begin(), a.fw.end(),
                              [&](const Match& f) { return role_of(lr_, f) == "plural_pronoun" && in_scope(f.begin); });
    std::string role_level;
    size_t role_dist = SIZE_MAX;
    bool role_owns_names = false;
    // A title next to a name ("Foreign Minister Peter Szijjarto") describes
    // that person, not who meets; so does a role noun chained to such a title
    // ("Помощник президента России Юрий Ушаков": "aide" of "the president").
    std::vector<bool> title(a.parts.size(), false);
    for (size_t i = a.parts.size(); i-- > 0;) {
      const Match& p = a.parts[i];
      for (const Agent& g : ags)
        if (g.type == "person" &&
            (g.b == p.end || (p.begin >= g.e && p.begin - g.e <= 2) ||
             // "الرئيس الروسي فلاديمير بوتين": a title (role=) may have a country between
             (!lr_.participants.entries()[p.entry].get("role").empty() && g.b > p.end && g.b - p.end <= 2)))
          title[i] = true;
      for (size_t j = i + 1; j < a.parts.size() && !title[i]; ++j)
        if (title[j] && a.parts[j].begin == p.end) title[i] = true;
    }
    for (size_t i = 0; i < a.parts.size(); ++i) {
      const Match& p = a.parts[i];
      if (!in_scope(p.begin)) continue;
      if (title[i] || (p.begin >= speaker_pos && p.end <= speaker_end)) continue;  // the speaker's own title
      // "the Omani capital": part of a place's name.
      if (std::any_of(ags.begin(), ags.end(), [&](const Agent& g) { return g.type == "place" && g.b <= p.begin && p.end <= g.e; }))
        continue;
      const Entry& e = lr_.participants.entries()[p.entry];
      // The role word nearest the event says who meets ("the two leaders could
      // sit down before the delegations arrive"); on a tie, the aides do ("a
      // meeting of the leaders' advisers").
      const std::string& lv = e.get("level");
      size_t d = dist(anchor_b, anchor_e, p.begin);
      if (!lv.empty() && (d < role_dist || (d == role_dist && lv == "officials"))) {
        role_level = lv;
        role_dist = d;
        // "Aides to Putin and Trump", "советники Путина": the role word is who the names send.
        role_owns_names = std::any_of(ags.begin(), ags.end(), [&](const Agent& g) {
          return g.type == "person" && g.b >= p.end && g.b - p.end <= 2;
        });
      }
      if (!e.get("side").empty()) sides.insert(e.get("side"));
    }
    // "the two leaders would meet in Busan": those of the last event named two
    // or more; not when their aides meet ("agreed on a meeting of their advisers").
    // Not when the sentence names two already ("received Zelensky ..., where the two sides discussed").
    // ("the two leaders" after "Wang met Biden": Biden and the last leader he met, not Wang)
    if (plural && role_level != "officials" && leaders + officials < 2) {
      const auto& last = role_level == "leaders" && !last_leaders_.empty() ? last_leaders_ : last_participants_;
      parts.insert(last.begin(), last.end());
    }
    // A role word further away gives way to the people named ("the meeting of
    // Aliyev and Pashinyan ... until progress at the level of ministers").
    if (!role_level.empty() && (role_dist <= 3 || role_owns_names || leaders + officials == 0))
      em.level = role_level;
    else if (leaders >= 2 || (leaders == 1 && officials == 0))
      em.level = "leaders";
    else if (officials > 0)
      em.level = "officials";
    // A summit is a meeting of leaders, whoever prepares it ("a summit is possible
    // only once the delegations have done their work").
    if (em.kind == "summit") em.level = "leaders";
    em.participants.assign(parts.begin(), parts.end());
    em.sides.assign(sides.begin(), sides.end());
    // A contact somewhere ("контакт с азербайджанским лидером в Душанбе") is a meeting in person.
    if (contact && !em.place.empty()) em.kind = "meeting";
    // A date in the event's clause, away from the speech verb, dates the event.
    // (From the status words' start when the noun is one of them: "روز جمعه ... با جی‌شانکار دیدار و گفت‌وگو کرد".)
    size_t from = noun && noun->begin >= m.begin && noun->end <= m.end ? std::min(anchor_b, m.begin) : anchor_b;
    size_t lo = from > 12 ? from - 12 : 0;
    // (and up to a few words past status words that follow the noun: "Переговоры в узком и
    // расширенном составе, по его словам, пройдут в Кремле 9 июля")
    size_t hi = std::min(n, std::max(anchor_e + 12, m.end >= anchor_e ? m.end + 6 : 0));
    // (or in the status words' own clause, when they describe the noun before
    // them: "الجولة التي كان مقرراً عقدها يوم 15 يونيو")
    auto dating_clause = [&](size_t i) { return a.clause[i] == ecl || (a.clause[i] == cl && m.begin >= anchor_e); };
    while (lo < anchor_b && !dating_clause(lo)) ++lo;
    while (hi > anchor_e && !dating_clause(hi - 1)) --hi;
    // Status words that are the event itself ("will meet", "دیدار می‌کنند", "встретятся")
    // have no act before them to date: "پنجشنبه در پکن دیدار می‌کنند" meet on Thursday.
    // (Not an act about the event: "spoke on Monday and agreed to meet soon" agreed on Monday.)
    bool cue_is_event = (!implied_kind.empty() || (noun && noun->begin >= m.begin && noun->end <= m.end)) && !st->act;
    // ("have not met since 2019": the year is that of the last meeting, read as held then;
    // any other status is not dated by what follows "since".)
    bool since_dates = lr_.statuses.entries()[m.entry].get("status") == "not_held";
    bool then = told_then(a);
    Resolved when =
        resolve_time(a, lo, hi, em.phase == "pending" && !then, said_on.empty() ? doc_.published : said_on, anchor_b, false,
                     cue_is_event ? 0 : std::min(m.begin, anchor_b), since_dates);
    // "مصر ستستضيف يوم الاثنين المقبل ... مفاوضات": a day right after the status
    // verb, far from the noun, dates the event too.
    if (when.date.empty() && noun && m.end <= anchor_b)
      when = day_after_cue(a, m, anchor_b, then ? "past" : em.phase, said_on);
    // "В прошлом году ... посещал Мьянму, но встретиться с Су Чжи ему не позволили": a year
    // or month opening the sentence dates what every clause of it tells, when nothing nearer does.
    if (when.date.empty())
      for (const Match& t : a.times)
        if (t.begin <= 1 && !a.speech_zone[t.begin] && !a.quoted[t.begin] && t.end < m.begin) {
          Resolved opening = resolve_time(a, t.begin, t.end, em.phase == "pending" && !then,
                                          said_on.empty() ? doc_.published : said_on, t.begin, false, 0, since_dates);
          if (opening.precision == "year" || opening.precision == "month") when = opening;
          break;
        }
    if (when.date.empty()) when = year_near(a, anchor_b, anchor_e, since_dates);
    // "Biden held the first summit in the format on the sidelines of the UN General Assembly in
    // New York in September 2023": a past event dated by a month or year of an earlier year,
    // however far on in its clause.
    if (when.date.empty() && em.phase == "past")
      for (const Match& t : a.times) {
        if (t.begin < anchor_e || !dating_clause(t.begin) || a.speech_zone[t.begin] || a.quoted[t.begin] != a.quoted[anchor_b])
          continue;
        Resolved later = resolve_time(a, t.begin, t.end, false, said_on.empty() ? doc_.published : said_on, t.begin, false, 0,
                                      since_dates);
        if ((later.precision == "year" || later.precision == "month") && later.date.substr(0, 4) < doc_.published.substr(0, 4)) {
          when = later;
          break;
        }
      }
    em.date = when.date;
    em.date_precision = when.precision;
    // Direct or indirect talks, as the nearby words say.
    for (const Match& f : a.attrs) {
      const Entry& e = lr_.attributes.entries()[f.entry];
      // "direct and indirect talks" says the sides did talk directly.
      // So do the status words themselves ("... had been direct").
      bool in_cue = f.begin >= m.begin && f.end <= m.end;
      // An adjective (attaches=next: "direct and indirect engagement") is its noun's.
      const Match* next = nullptr;
      if (e.get("attaches") == "next")
        for (const Match& ev : a.events)
          if (ev.begin >= f.end && ev.begin - f.end <= 2 && a.clause[ev.begin] == a.clause[f.begin] &&
              (!next || ev.begin < next->begin))
            next = &ev;
      bool mine = next ? noun && (next->begin == noun->begin || part_of_noun(*next)) : in_scope(f.begin);
      // ... and so do words right by the status words ("held indirectly").
      bool by_cue = in_cue || dist(m.begin, m.end, f.begin) <= 2;
      // (also when a quotation mark opens between them: 'اللقاء "عُقد بوساطة قطرية"', 'كان "مباشراً"')
      if (!next && by_cue && std::none_of(a.events.begin(), a.events.end(), [&](const Match& ev) {
            return ev.begin >= std::min(m.end, f.begin) && ev.end <= std::max(m.begin, f.end) && &ev != noun;
          }))
        mine = true;
      // ... or between the noun and its status words, however long the phrase ("دیدار ...
      // در ساختمان وزارت خارجه و با میانجیگری تایانی، وزیر خارجه، برگزار شد").
      // (With the noun in the status words, "... با میانجی‌گری امیر قطر ... دیدار کردند",
      // anywhere before them in their clause.)
      bool noun_in_cue = noun && noun->begin >= m.begin && noun->end <= m.end;
      bool between = noun && f.end <= m.begin && (f.begin >= anchor_e || noun_in_cue) && a.clause[f.begin] == a.clause[m.begin];
      if (!e.get("format").empty() && mine && (dist(anchor_b, anchor_e, f.begin) <= 8 || by_cue || between) &&
          em.format != "direct")
        em.format = e.get("format");
      // "the second round", "الجولة الرابعة", "دور دوم": the ordinal sits on the noun.
      // Also through "of": "the first round of the arms control dialogue".
      bool through_of = noun && std::any_of(a.events.begin(), a.events.end(), [&](const Match& ev) {
        return &ev != noun && ev.end <= noun->begin && noun->begin - ev.end <= 4 && dist(ev.begin, ev.end, f.begin) <= 2;
      });
      if (!e.get("ordinal").empty() && noun && (dist(noun->begin, noun->end, f.begin) <= 2 || through_of))
        em.ordinal = std::stoi(e.get("ordinal"));
      // "a trilateral meeting", "لقاء ثلاثي": a different event from the bilateral one.
      if (!e.get("parties").empty() && noun && dist(noun->begin, noun->end, f.begin) <= 2)
        em.parties = std::stoi(e.get("parties"));
    }
    // "A second summit" in an article that reported one held is another summit
    // (unless the article has named that round already: "the third round was put
    // off", then "ready to attend the third round").
    if (em.ordinal >= 2) {
      auto h = held_ordinal_.find(kind_class(em.kind));
      bool named = std::any_of(claims_.begin(), claims_.end(), [&](const Claim& c) {
        return c.mention.ordinal == em.ordinal && kind_class(c.mention.kind) == kind_class(em.kind);
      });
      if (h != held_ordinal_.end() && h->second != em.ordinal && em.phase != "past" && !named) em.novel = true;
    }
    // An anaphoric noun ("this meeting") or a bare one ("the meeting")
    // continues the event in focus, unless its own round, place or day says it is
    // another one ("دور چهارم این گفت‌وگوها" after the fifth round).
    // "The visit" after a sentence about a meeting during that visit refers back to
    // the last visit named a few sentences before, not to the meeting in focus.
    const EventMention* ref = &focus_.mention;
    if (have_focus && focus_.mention.kind != em.kind && em.kind == "visit")
      for (auto it = claims_.rbegin(); it != claims_.rend() && si - it->sentence <= 6; ++it)
        if (it->mention.kind == em.kind && !it->mention.novel && it->mention.attendee.empty()) {
          ref = &it->mention;
          break;
        }
    // (nor does one with a side the event in focus lacks: "... did not meet any American official"
    // after the talks with the French minister)
    bool other_side = !ref->sides.empty() && std::any_of(met_sides.begin(), met_sides.end(), [&](const std::string& x) {
      return std::find(ref->sides.begin(), ref->sides.end(), x) == ref->sides.end();
    });
    // (nor one of another round or number of parties: "in a trilateral format")
    bool other_round = (em.ordinal && ref->ordinal && em.ordinal != ref->ordinal) ||
                       (em.parties && ref->parties && em.parties != ref->parties) || other_side;
    // "... in Cairo and not in Doha" after the round set for Doha: that round, its place disputed.
    bool disputes_place = !em.place.empty() && denied.count(ref->place);
    // ("these talks will be held in Geneva" after the talks set for Istanbul: this
    // event, in another place, which is a disagreement on its place, not another event)
    bool other_place = !em.place.empty() && !ref->place.empty() && em.place != ref->place && !disputes_place &&
                       !em.anaphoric;
    // So does a day of its own that is not the focus's ("held talks in Ankara
    // on Thursday ... the talks will take place on Friday").
    // (or a month that is not the focus's: "...; he will travel to China in April";
    // a month runs 31 days at most from its first day, in any calendar)
    int own_day = timex::to_days(em.date), ref_day = timex::to_days(ref->date);
    auto outside = [](int month_start, int d) { return d < month_start || d >= month_start + 31; };
    bool dated_both = own_day != INT_MIN && ref_day != INT_MIN && em.date_precision != "year" && ref->date_precision != "year";
    bool own_month = em.date_precision == "month", ref_month = ref->date_precision == "month";
    bool other_day = dated_both && ((!own_month && !ref_month && em.date_precision == "day" &&
                                     ref->date_precision == "day" && own_day != ref_day) ||
                                    (own_month && !ref_month && outside(own_day, ref_day)) ||
                                    (ref_month && !own_month && outside(ref_day, own_day)) ||
                                    (own_month && ref_month && std::abs(own_day - ref_day) >= 28));
    bool bare = em.participants.empty() && em.level.empty() && em.place.empty();
    // (Nor is a noun the separate event its own sentence has just told of: "no separate bilateral
    // meeting took place, and all the talks were held in the trilateral format".)
    bool left_part = ref->part && !em.part && ref == &focus_.mention && focus_.sentence == si;
    if (have_focus && same_class && !em.novel && (!em.part || ref->part) && !left_part && !other_round && !other_place &&
        !other_day &&
        (em.anaphoric || bare || disputes_place)) {
      EventMention own = em;
      em = *ref;
      em.attendee.clear();
      em.inherited = true;
      em.anaphoric = own.anaphoric;
      em.span = own.span;
      // What this sentence says about the event overrides what was inherited.
      if (!own.phase.empty()) em.phase = own.phase;
      if (!own.date.empty()) {
        em.date = own.date;
        em.date_precision = own.date_precision;
      }
      em.format = own.format;  // (the format is what its own words say: a claim that names none asserts none)
      if (em.place.empty() || disputes_place || !own.place.empty()) em.place = own.place;  // "... Скорее всего, это будет Вена"
      em.not_place = own.not_place;
      if (own.ordinal) em.ordinal = own.ordinal;
      if (own.parties) em.parties = own.parties;
    }
    return em;
  }

  void make_claim(int si, const Sent& a, const std::vector<Agent>& ags, const std::vector<SpeechCue>& cues,
                  const std::string& channel, const Match& m) {
    make_one_claim(si, a, ags, cues, channel, m, nullptr);
    // What the denied reports said, by those who reported it (after the denial,
    // and not the event in focus: the article goes on about what it tells).
    if (auto r = reporter_of(a, ags, m)) make_one_claim(si, a, ags, cues, channel, m, &*r);
  }

  void make_one_claim(int si, const Sent& a, const std::vector<Agent>& ags, const std::vector<SpeechCue>& cues,
                      const std::string& channel, const Match& m, const Agent* reporter) {
    const Entry& se = lr_.statuses.entries()[m.entry];
    std::string status = se.get("status");
    const auto* st = rs_.status(status);
    Claim c;
    c.doc = doc_.id;
    c.sentence = si;
    c.sentence_span = a.s->span;
    c.outlet = doc_.outlet;
    c.rule = se.where;
    c.status_cue = std::string(doc_.text.data() + a.toks[m.begin].begin, a.toks[m.end - 1].end - a.toks[m.begin].begin);
    // What the negation makes of it: the cue's own negated= ("no date has been set"
    // is never_agreed), else its status's ("no visit is scheduled" is not_planned).
    auto negation_of = [&](const rules::StatusInfo* info) {
      return se.get("negated").empty() ? info->negated : se.get("negated");
    };
    if (negated(a, m) || (!reporter && denied(a, m))) {
      c.polarity = "negated";
      if (negation_of(st).empty() || negation_of(st) == "-") return;
      status = negation_of(st);
      st = rs_.status(status);
    }
    // "have not met since 2019", "had not met since talks in Geneva", "لم يلتقيا منذ":
    // what follows "since" took place; "not held" is about the time after it.
    if (status == "not_held" && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
          return role_of(lr_, f) == "since" && f.begin >= m.end && f.begin - m.end <= 3 &&
                 a.clause[f.begin] == a.clause[m.begin];
        })) {
      status = "held";
      st = rs_.status(status);
      c.polarity = "positive";
    }
    // "never called off", "no change in the plan": words that deny a change are a denial
    // of it, whatever status they give ("denial=yes").
    if (se.get("denial") == "yes") c.polarity = "negated";
    c.status = status;
    // ("No meeting was requested or agreed", "did not meet or speak": under a negation "or" joins
    // what is denied alike, no alternatives.)
    c.modality = (st->hedged || hedged(a, m) || (alternative(a, m) && !denies(c))) ? "hedged" : "asserted";
    // "apparently won't take place", "судя по всему, не состоится": a hedged
    // refusal of the future is a forecast (the entry's hedged=).
    if (c.modality == "hedged" && c.polarity != "negated" && !se.get("hedged").empty()) {
      c.status = status = se.get("hedged");
      st = rs_.status(status);
    } else if (c.modality == "hedged" && c.polarity != "negated" && st->group == "on") {
      // "احتمالاً ... برگزار می‌شود", "ربما تعقد": a hedge that makes a plan a
      // possibility (the hedge's gives=).
      if (const Entry* he = hedge_of(a, m); he && !he->get("gives").empty()) {
        c.status = status = he->get("gives");
        st = rs_.status(status);
      }
    }

    // Reports relayed only to be denied are the article's account of a disputed
    // claim: hedged (so a check that wants firm claims leaves them out).
    if (reporter) c.modality = "hedged";

    // Attribution: the nearest speech cue before the status words, else the
    // nearest after it (postposed "..., according to an official").
    // Speech verbs inside a quotation belong to the quoted speaker's story
    // ("what Western sources wrote"), not to the attribution of the quote.
    const SpeechCue* sc = nullptr;
    // A verb inside ", which Trump announced," tells nothing about the rest.
    auto usable = [&](const SpeechCue& x) {
      return x.agent && !a.quoted[x.b] && (a.relative[x.b] == 0 || a.relative[x.b] == a.relative[m.begin]);
    };
    // A reporting verb inside the status words ("Песков не исключил") speaks
    // only when no verb before them does ("أبلغ ... بأن الولايات المتحدة لم تؤكد").
    // A reporting verb before the status words outranks a reporting noun nearer
    // to them ("a spokesman said, after Trump's remarks, that ...").
    for (const SpeechCue& x : cues)
      if (x.e <= m.begin && usable(x) && (!sc || !x.noun || sc->noun) && !(sc && sc->opening && x.b >= sc->e)) sc = &x;
    if (!sc)
      for (const SpeechCue& x : cues)
        if (x.b <= m.begin && usable(x)) sc = &x;
    // ... or ends them ("عراقچی احتمال دیدار ... را رد نکرد").
    if (!sc)
      for (const SpeechCue& x : cues)
        if (x.b > m.begin && x.e <= m.end && usable(x)) sc = &x;
    // (A reporting noun after an act is not who did it: "ترامپ ... اجلاس را لغو کرده
    // بود و دلیل آن را ... در اظهارات اخیر مقامات پیونگ‌یانگ عنوان کرده بود".)
    // (Or status words marked act=yes: "The Kremlin ruled out a meeting", its subject speaks.)
    bool act = status == "proposed" || status == "cancelled" || status == "postponed" || status == "suspended" ||
               se.get("act") == "yes";
    const SpeechCue* later_noun = nullptr;  // used only when no one before the words did the act
    // ("... was pushed back after Ishiba announced he would resign, a government source said":
    // a verb in the clause "after" opens tells of something else.)
    auto subordinate = [&](const SpeechCue& x) {
      return std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
        const std::string& r = role_of(lr_, f);
        if ((r != "time_reference" && r != "subordinator") || f.begin < m.end || f.end > x.b || x.b - f.end > 3 ||
            a.clause[f.begin] != a.clause[x.b])
          return false;
        for (size_t i = f.end; i <= x.b; ++i)
          if (comma_before(a, i)) return false;
        return true;
      });
    };
    if (!sc)
      for (const SpeechCue& x : cues)
        if (x.b >= m.end && usable(x) && !subordinate(x)) {
          if (act && x.noun) {
            if (!later_noun) later_noun = &x;
            continue;
          }
          sc = &x;
          break;
        }
    SpeechCue carried;
    const SpeechCue* denier = sc;  // (with reporter: who speaks of the reports)
    if (reporter) {
      carried.agent = *reporter;
      carried.b = reporter->b;
      carried.e = reporter->e;
      sc = &carried;
    } else if (sc && sc->agent) {
      // The reporters are the denial's object, not who denies: whoever speaks before
      // them does ("Песков также отверг сообщения американских СМИ о том, что ...").
      if (auto r = reporter_of(a, ags, m); r && r->id == sc->agent->id) {
        const SpeechCue* before = nullptr;
        for (const SpeechCue& x : cues)
          if (&x != sc && x.e <= sc->b && usable(x) && x.agent->id != r->id) before = &x;
        sc = before;
      }
    }
    if (!sc && a.quoted[m.begin] && antecedent(si, m.begin, m.begin)) {
      carried.agent = antecedent(si, m.begin, m.begin);
      carried.b = carried.e = m.begin;
      sc = &carried;
    }
    // With no reporting verb, whoever does the act speaks for it: "Putin proposed
    // holding the next meeting in Moscow", "Trump called off the summit".
    if (!sc && act)
      for (const Agent& g : ags)
        if ((g.type == "person" || g.type == "organization" || g.type == "anonymous" || g.type == "country" || seat(g)) &&
            !a.quoted[g.b] && !object_marked(a, g) && g.e <= m.begin &&
            // next to the words, or (verb last) the person opening the sentence whose
            // object is marked before them: "ترامپ ... آن نشست را لغو کرده بود"
            (m.begin - g.e <= 2 || (g.b == 0 && g.type == "person" && std::any_of(a.fw.begin(), a.fw.end(), [&](const Match& f) {
                                      return role_of(lr_, f) == "object" && f.begin >= g.e && f.end <= m.begin;
                                    })) || parenthetical_between(a, g.e, m.begin)) &&
            (a.clause[g.b] == a.clause[m.begin] || parenthetical_between(a, g.e, m.begin)) &&
            !after_preposition(a, g.b) && !prepositional_object(a, ags, g) &&
            // the subject, not a name in the event's description ("the talks between X and Y were
            // postponed", "the Budapest summit has been postponed")
            std::none_of(a.events.begin(), a.events.end(), [&](const Match& ev) {
              return (ev.end <= g.b && a.clause[ev.begin] == a.clause[g.b]) || ev.begin == g.e;
            })) {
          auto country = seat(g);
          carried.agent = country ? *country : g;  // "Tehran suspended the round": Iran
          carried.b = carried.e = m.begin;
          sc = &carried;
        }
    // ... or the one a pronoun doing it goes back to: "Он также пригласил Афеворки на саммит".
    if (!sc && act)
      if (const Match* pr = pronoun_before(a, m.begin);
          pr && m.begin - pr->end <= 2 && !a.quoted[pr->begin] &&
          lr_.function_words.entries()[pr->entry].get("refers").empty())
        if (auto ant = antecedent(si, m.begin, m.begin);
            ant && std::none_of(ags.begin(), ags.end(), [&](const Agent& o) { return o.id == ant->id && o.b >= pr->end; })) {
          // (not the one invited: "He also invited Afwerki")
          carried.agent = ant;
          carried.b = carried.e = m.begin;
          sc = &carried;
        }
    if (!sc) sc = later_noun;
    if (sc) {
      const Agent& g = *sc->agent;
      c.speaker_id = g.id;
      c.speaker = g.name;
      c.speaker_type = g.type;
      c.speaker_side = g.side;
      if (sc->e > sc->b)
        c.cue = std::string(doc_.text.data() + a.toks[sc->b].begin, a.toks[sc->e - 1].end - a.toks[sc->b].begin);
      c.as_of = sc->as_of;
    } else {
      c.speaker_id = "outlet:" + (doc_.outlet.empty() ? doc_.id : doc_.outlet);
      c.speaker = doc_.outlet.empty() ? "outlet (unnamed)" : doc_.outlet;
      c.speaker_type = "outlet";
      if (auto* o = rs_.find_outlet(doc_.outlet)) c.speaker_side = o->side;
    }
    if (c.as_of.empty()) c.as_of = doc_.published;
    c.channel = channel;
    c.via = doc_via_;
    if (!channel.empty() && std::find(c.via.begin(), c.via.end(), channel) == c.via.end()) c.via.push_back(channel);

    // The speaker's words run to the speech verb when it follows closely: "یک منبع
    // آگاه دیپلماتیک به ... گفت" (a diplomatic source) does not make the meeting diplomats'.
    size_t speaker_end = sc ? sc->agent->e : 0;
    if (sc && sc->b >= speaker_end && sc->b - speaker_end <= 4) speaker_end = sc->b;
    // (For reports a denial negates, the one who denies them is not in the event either.)
    size_t speaker_pos = sc ? sc->agent->b : SIZE_MAX;
    if (reporter && denier && denier->agent) {
      speaker_pos = denier->agent->b;
      speaker_end = std::max(denier->agent->e, denier->b >= denier->agent->e && denier->b - denier->agent->e <= 4
                                                   ? denier->b : denier->agent->e);
    }
    auto em = event_for(si, a, ags, m, se.get("kind"), speaker_pos, speaker_end, c.as_of);
    if (!em) return;
    if (se.get("attendance") == "yes") {
      em->attendee = attendee_of(a, ags, m, sc ? &*sc->agent : nullptr, *em);
      // A party the event is between does not attend it, it holds it ("the US never
      // confirmed it would take part in the round" of US-Iran talks): the event itself.
      const auto* who = rs_.entity(em->attendee);
      std::string side = who ? who->side : "";
      if (em->attendee.rfind("anon:", 0) == 0 || em->attendee.rfind("name:", 0) == 0)
        for (const Agent& g : ags)
          if (g.id == em->attendee) side = g.side;
      if ((!who || who->type != "person") && !side.empty() &&
          std::find(em->sides.begin(), em->sides.end(), side) != em->sides.end())
        em->attendee.clear();
    }
    if (c.polarity != "negated" && determiner_negated(a, *em, m)) {
      // "no meeting between Putin and Zelensky was planned": the negator sits on the noun.
      c.polarity = "negated";
      if (negation_of(st).empty() || negation_of(st) == "-") return;
      c.status = negation_of(st);
      st = rs_.status(c.status);
      // (negated: "or" joins what is denied alike, no alternatives)
      c.modality = (st->hedged || hedged(a, m)) ? "hedged" : "asserted";
    }
    std::vector<const Match*> more = coordinated(a, *em, denies(c));
    Claim first = c;
    emit(si, a, m, std::move(c), *em, sc != nullptr, reporter == nullptr);
    for (const Match* n : more) {
      if (n->begin >= m.begin && n->end <= m.end) continue;  // joined inside the status words: the same event
      if (auto other = event_for(si, a, ags, m, se.get("kind"), sc ? sc->agent->b : SIZE_MAX, speaker_end, first.as_of, n))
        emit(si, a, m, first, *other, sc != nullptr, false);
    }
    if (auto other = other_occasion(a, ags, *em, first.as_of)) emit(si, a, m, first, *other, sc != nullptr, false);
  }

  // "met Putin in St Petersburg on 11 April and in Moscow on 25 April",
  // "встречался с Путиным 11 апреля в Санкт-Петербурге и 25 апреля в Москве": after the
  // event's own place or day, a conjunction and another place or day is a second occasion.
  std::optional<EventMention> other_occasion(const Sent& a, const std::vector<Agent>& ags, const EventMention& em,
                                             const std::string& said_on) const {
    if (em.inherited || (em.place.empty() && em.date.empty())) return std::nullopt;
    size_t n = a.toks.size();
    auto is_locative = [&](size_t pos) {
      for (const Match& f : a.fw)
        if (f.end == pos && role_of(lr_, f) == "locative") return true;
      return false;
    };
    for (const Match& f : a.fw) {
      if (role_of(lr_, f) != "conjunction") continue;
      // The event's own place or day stands just before the conjunction.
      bool after_own = false;
      for (const Agent& g : ags)
        if (g.type == "place" && g.id == em.place && is_locative(g.b) && g.e <= f.begin && f.begin - g.e <= 3 &&
            a.clause[g.b] == a.clause[f.begin])
          after_own = true;
      if (!em.date.empty())
        for (const Match& t : a.times)
          if (t.end <= f.begin && f.begin - t.end <= 3 && a.clause[t.begin] == a.clause[f.begin]) after_own = true;
      if (!after_own) continue;
      // Right after it: "and in Moscow", "и 25 апреля в Москве", not "and agreed to meet in Istanbul".
      size_t hi = std::min(n, f.end + 5);
      bool starts = false;
      for (const Match& t : a.times)
        if (t.begin >= f.end && t.begin <= f.end + 1) starts = true;
      if (f.end < n && (a.toks[f.end].number || is_locative(f.end + 1))) starts = true;
      for (const Match& x : a.statuses)
        if (x.begin >= f.end && x.begin < hi) starts = false;
      if (!starts) break;
      EventMention other = em;
      bool changed = false;
      for (const Agent& g : ags)
        if (g.type == "place" && g.b >= f.end && g.b < hi && is_locative(g.b) && g.id != em.place) {
          other.place = g.id;
          changed = true;
          break;
        }
      Resolved when = resolve_time(a, f.end, hi, em.phase != "past", said_on.empty() ? doc_.published : said_on,
                                   f.end, false, f.end);
      if (!when.date.empty() && when.date != em.date) {
        other.date = when.date;
        other.date_precision = when.precision;
        changed = true;
      }
      if (changed) return other;
      break;
    }
    return std::nullopt;
  }

  // Completes a claim with its event mention, evidence, confidence and id, and
  // stores it; the first claim of a status cue becomes the focus.
  void emit(int si, const Sent& a, const Match& m, Claim c, const EventMention& em_in, bool attributed, bool focus) {
    const EventMention* em = &em_in;
    c.mention = *em;
    // "No date has been set", "Дата и место ... не определены": never agreed, but only
    // the date or the place (attributes.tsv unset=), a few words before or in the status words,
    // or right after them ("не договаривались о конкретной дате", "have not agreed on a date",
    // "لم يُتفق حتى الآن على موعد محدد").
    c.mention.unset.clear();
    // (Or the status words themselves: "was not scheduled", "не было назначено": unset=date.)
    if (c.status == "never_agreed" && !lr_.statuses.entries()[m.entry].get("unset").empty())
      c.mention.unset.push_back(lr_.statuses.entries()[m.entry].get("unset"));
    if (c.status == "never_agreed")
      for (const Match& f : a.attrs) {
        const std::string& u = lr_.attributes.entries()[f.entry].get("unset");
        if (u.empty() || f.begin > m.end + 4 || f.begin + 10 < m.begin || a.clause[f.begin] != a.clause[m.begin]) continue;
        if (std::find(c.mention.unset.begin(), c.mention.unset.end(), u) == c.mention.unset.end()) c.mention.unset.push_back(u);
      }
    // "He rejected a report that the trip had been set for August", "there was no agreement on
    // August": a denial that names the day or month denies that date, not the event.
    if (c.status == "never_agreed" && c.mention.unset.empty() && !em->inherited && !em->date.empty() &&
        (em->date_precision == "day" || em->date_precision == "month"))
      c.mention.unset.push_back("date");
    size_t eb = a.toks[m.begin].begin, ee = a.toks[m.end - 1].end;
    if (!em->inherited && em->span.end > em->span.begin) {
      eb = std::min(eb, em->span.begin);
      ee = std::max(ee, em->span.end);
    }
    c.evidence = {eb, ee};
    c.confidence = 0.4 + (attributed ? 0.2 : 0.0) + (em->inherited ? 0.0 : 0.2) + (c.modality == "asserted" ? 0.1 : 0.0);
    // "<doc>-<sentence>.<k>": a rule change elsewhere in the article does not
    // renumber this claim, so event ids and finding keys survive it.
    int k = 1;
    for (const Claim& x : claims_) k += x.sentence == si;
    c.id = doc_.id + "-" + std::to_string(si + 1) + "." + std::to_string(k);
    if (focus) {
      focus_.took_place = (focus_.sentence == si && focus_.took_place) || c.mention.phase == "past";
      focus_.mention = c.mention;
      focus_.mention.span = {};
      focus_.mention.unset.clear();
      focus_.sentence = si;
    }
    if (c.mention.participants.size() >= 2) {
      last_participants_ = c.mention.participants;
      if (std::all_of(last_participants_.begin(), last_participants_.end(), [&](const std::string& id) {
            const auto* info = rs_.entity(id);
            return info && info->level == "leaders";
          }))
        last_leaders_ = last_participants_;
    }
    if (c.mention.phase == "past") held_ordinal_[kind_class(c.mention.kind)] = c.mention.ordinal;
    claims_.push_back(std::move(c));
  }
};

}  // namespace

std::vector<Claim> extract_claims(const Document& doc, const RuleSet& rules, const Options& opt) {
  const LangRules* lr = rules.lang(doc.lang);
  if (!lr) throw InputError(doc.file, "no rules for language '" + doc.lang + "'");
  return DocExtractor(doc, rules, *lr, opt).run();
}

namespace {
// A paragraph of the article rather than a teaser headline: a dozen words or
// more, ending as a sentence ends.
bool prose_line(std::string_view line) {
  while (!line.empty() && std::isspace(static_cast<unsigned char>(line.back()))) line.remove_suffix(1);
  if (text::tokenize(line, 0).size() < 12) return false;
  for (std::string_view end : {".", "!", "?", "\xE2\x80\xA6", "\xC2\xBB", "\"", "\xE2\x80\x9D", "\xD8\x9F"})
    if (line.size() >= end.size() && line.substr(line.size() - end.size()) == end) return true;
  return false;
}
}  // namespace

void mark_furniture(Document& doc, const RuleSet& rules) {
  doc.body_end = doc.text.size();
  doc.dropped.clear();
  const LangRules* lr = rules.lang(doc.lang);
  if (!lr) return;
  size_t start = 0;
  bool teasers = false;  // inside a list of related headlines
  while (start < doc.text.size()) {
    size_t nl = doc.text.find('\n', start);
    size_t stop = nl == std::string::npos ? doc.text.size() : nl;
    std::string_view line(doc.text.data() + start, stop - start);
    auto toks = text::tokenize(line, start);
    // After a "Read more" label, headlines follow until the article resumes.
    if (teasers && !toks.empty()) {
      if (!prose_line(line)) {
        doc.dropped.push_back({start, stop});
        start = nl == std::string::npos ? doc.text.size() : nl + 1;
        continue;
      }
      teasers = false;
    }
    if (!toks.empty() && toks.size() <= 30) {
      auto forms = lr->forms(toks);
      for (const Match& m : lr->furniture.match(forms, 0, toks.size())) {
        // The marker must open the line, and the line be short (a label, not
        // prose), or the marker be a label with a colon before a teaser
        // headline ("Read more: Orban says ...", "اقرأ أيضا: ...").
        if (m.begin != 0) continue;
        bool labelled = false;
        if (m.end < toks.size()) {
          std::string_view gap(doc.text.data() + toks[m.end - 1].end, toks[m.end].begin - toks[m.end - 1].end);
          labelled = gap.find(':') != std::string_view::npos;
        }
        if (toks.size() > m.end - m.begin + 4 && !labelled) continue;
        doc.dropped.push_back({start, stop});
        // "Read more:" and its headlines, up to the next paragraph of the
        // article: the page may go on with the story ("Читайте также: ..."
        // in the middle of an article). Nothing but headlines after it: the
        // article ended there.
        if (lr->furniture.entries()[m.entry].get("action") == "cut_rest") {
          bool more_prose = false;
          for (size_t p = stop; p < doc.text.size() && !more_prose;) {
            size_t q = doc.text.find('\n', p);
            if (q == std::string::npos) q = doc.text.size();
            more_prose = prose_line(std::string_view(doc.text.data() + p, q - p));
            p = q + 1;
          }
          if (!more_prose) {
            doc.dropped.pop_back();
            doc.body_end = start;
            return;
          }
          teasers = !labelled;
        }
        break;
      }
    }
    if (nl == std::string::npos) break;
    start = nl + 1;
  }
}

}  // namespace claimtrack::extract
