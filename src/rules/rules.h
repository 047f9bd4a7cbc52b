// Rules are data: this module loads and validates the files under rules/ and
// matches their phrases against folded word tokens. The file formats are
// documented in rules/README.md.
//
// Error policy: any problem in a rule file (unknown key, bad value, missing
// file, invalid UTF-8, bidi control characters) throws InputError naming
// "file:line". A RuleSet is immutable after load() and safe to share between
// threads.
#pragma once

#include <map>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/model.h"
#include "text/text.h"

namespace claimtrack::rules {

// One line of a rule file: the phrase (first column) and its key=value fields.
struct Entry {
  std::string phrase;
  std::map<std::string, std::string> attrs;
  std::string where;  // "lang/file.tsv:line", the rule id carried by claims

  const std::string& get(const std::string& key) const;  // "" when absent
};

// A phrase compiled for matching. Tokens are folded; "x*" matches any word
// starting with x; "~N" skips up to N words, "+N" one to N words; "#" matches a number.
struct Pattern {
  struct Tok {
    std::string text;
    bool prefix = false;
    bool number = false;
    int gap = 0;      // >0: a gap of up to `gap` words ("~N")
    int min_gap = 0;  // 1 for "+N": the gap holds at least one word
    bool exact = false;  // match the word as written, not its clitic-stripped forms
  };
  std::vector<Tok> toks;
  int entry = 0;
  int weight = 0;  // literal characters, to prefer specific phrases
};

struct Match {
  int entry = 0;       // index into the lexicon's entries
  size_t begin = 0;    // token range [begin, end)
  size_t end = 0;
  int weight = 0;
};

// Candidate forms of each token: the folded word, then the word with the
// language's clitics removed ("وبالاجتماع" -> "بالاجتماع", "الاجتماع", "اجتماع").
using Forms = std::vector<std::vector<std::string>>;

class Lexicon {
 public:
  void add(const Entry& e);
  const std::vector<Entry>& entries() const { return entries_; }
  // Every match starting in [begin, end) and ending by `end`. A gap ("~N") skips
  // no token that `barrier` marks (when given, one flag per token).
  std::vector<Match> match_all(const Forms& forms, size_t begin, size_t end,
                               const std::vector<bool>* barrier = nullptr) const;
  // Non-overlapping matches, longest (then heaviest, then leftmost) first.
  std::vector<Match> match(const Forms& forms, size_t begin, size_t end,
                           const std::vector<bool>* barrier = nullptr) const;

 private:
  bool match_from(const Pattern& p, size_t ti, const Forms& forms, size_t pos, size_t end, size_t& out_end,
                  const std::vector<bool>* barrier) const;
  std::vector<Entry> entries_;
  std::vector<Pattern> patterns_;
  std::unordered_map<std::string, std::vector<int>> exact_first_;
  std::unordered_map<std::string, std::vector<int>> prefix_first_;
  std::vector<int> number_first_;
};

// The concepts every language directory holds, one file each.
struct LangRules {
  std::string lang;
  Lexicon entities, anonymous, speech, channels, events, statuses, negation, hedges,
      participants, time, function_words, furniture, attributes;
  std::vector<std::string> prefixes, suffixes;  // clitics, folded, longest first
  std::vector<std::string> definite_prefixes;   // clitics that are the definite article (Arabic "ال")
  std::vector<std::string> abbreviations;       // folded, with their dots ("mr.", "u.s.")

  Forms forms(const std::vector<text::Token>& toks) const;
};

struct EntityInfo {
  std::string id, type, name, side, role, level, domain;
  bool capital = false;  // a country's capital ("the Omani capital" is Muscat)
  std::string seat;      // organizations: the place they sit in ("at the White House" is in Washington)
  std::string in;        // places: the place it lies in (a venue in its city, a city in its region)
  bool family_first = false;  // countries: its people's names begin with the family name ("Wang Yi": Wang)
};

struct StatusInfo {
  std::string name, group, negated, phase;  // phase: past, pending or "" (any)
  bool hedged = false;
  bool governs = false;  // a modal status that scopes over the next clause
  bool act = false;      // an act about the event (agreeing, proposing): a time word before its words dates the act
};

struct ConflictRule {
  std::string id;
  std::string attribute;  // "" = a status rule; date, format: claims disagree about this attribute
  std::set<std::string> a, b;
  std::string kind;      // contradiction, inconsistency
  std::string severity;  // high, medium, low
  std::string scope;     // any, cross_outlet, same_outlet
  int window_days = 0;   // 0 = no limit
  std::set<std::string> unless;  // statuses on the event that explain the pair away
  std::set<std::string> fulfilled;  // statuses whose day, when an a-claim's date is that day, make it the plan that came true
  // Non-empty: a b-claim that says only the date or the place is not set (mention.unset)
  // opposes only a-claims that name that date or place, or have one of these statuses.
  std::set<std::string> dated;
  int updates_after = -1;        // >=0: an a-claim made more than this many days after the b-claim updates it
  int updates_after_acts = -1;   // >=0: the same for a-claims whose status is an act (agreed)
  bool updates_same_side = false;  // ... only when both speakers are of one side (or a side is unknown)
  int stale_after = -1;          // >=0: a b-claim made more than this many days after the a-claim overtakes it
  std::string same_side;         // kind to report when both sides share a side ("reversal"), "" = as kind
  bool different_speakers = false;  // a speaker does not oppose himself (a later word is his update)
  bool other_side = false;          // ... nor his own side (speakers of one known side)
  bool firm = false;                // hedged claims take no part
  bool same_people = false;         // claims that name different people speak of different meetings
  bool background = false;          // an a-claim whose sentence gives a b-status of the event is its background
  bool denial = false;              // b-claims only when negated: "it was not postponed" denies a "postponed"
  std::string explain;           // template: {a} {b} {a_speakers} {b_speakers} {event} (attribute rules: {a} {b} are the values)
  std::string where;
};

struct RuleSet {
  std::string dir;
  std::string hash;  // over every file's bytes, recorded with each run
  std::map<std::string, LangRules> langs;
  std::map<std::string, EntityInfo> entities;
  std::map<std::string, StatusInfo> statuses;
  std::map<std::string, std::string> role_levels;  // role -> leaders / officials
  std::map<std::string, std::set<std::string>> role_covers;  // a wider role -> the roles it stands for
  std::vector<ConflictRule> conflicts;

  // Loads rules/all and every language directory. Throws InputError.
  static RuleSet load(const std::string& dir);
  const LangRules* lang(const std::string& code) const;
  const EntityInfo* entity(const std::string& id) const;
  const StatusInfo* status(const std::string& name) const;
  // The country entity whose side is `side` ("IR" -> iran), if any.
  const EntityInfo* country_of(const std::string& side) const;
  const EntityInfo* capital_of(const std::string& side) const;
  // Whether place `narrow` lies in `wide`: along its `in` chain, or in the
  // country whose side it has ("Anchorage" in "Alaska", "Busan" in "South Korea").
  bool within(const std::string& wide, const std::string& narrow) const;
  // Resolves an outlet name, alias or domain ("cnn.com", "سی‌ان‌ان") to its entity.
  const EntityInfo* find_outlet(const std::string& name) const;

 private:
  std::unordered_map<std::string, std::string> outlet_keys_;  // folded name/domain -> id
  std::unordered_map<std::string, std::string> country_ids_, capital_ids_;  // side -> id (the first by id)
};

// Reads one rule file with the given schema (see rules.cpp). Exposed for tests.
std::vector<Entry> read_rule_file(const std::string& path, const std::string& rel,
                                  const std::string& kind);

// The directory used when --rules is not given: $CLAIMTRACK_RULES, else the
// source tree's rules/ recorded at build time.
std::string default_rules_dir();

}  // namespace claimtrack::rules
