#include "rules/rules.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace fs = std::filesystem;

namespace claimtrack::rules {
namespace {

// The schema of every rule file kind: allowed keys, whether each is required,
// and the values it accepts (empty = free text, "#int" = an integer).
struct KeySpec {
  bool required = false;
  std::set<std::string> values;
};
using FileSpec = std::map<std::string, KeySpec>;

const std::map<std::string, FileSpec>& specs() {
  static const std::map<std::string, FileSpec> s = {
      {"all/entities",
       {{"type", {true, {"person", "organization", "outlet", "place", "country"}}},
        {"name", {true, {}}},
        {"side", {false, {}}},
        {"role", {false, {}}},
        {"capital", {false, {"yes"}}},
        {"seat", {false, {}}},
        {"in", {false, {}}},
        {"names", {false, {"family_first"}}},
        {"domain", {false, {}}}}},
      {"all/statuses",
       {{"group", {true, {}}},
        {"negated", {false, {}}},
        {"phase", {false, {"past", "pending", "any"}}},
        {"hedged", {false, {"yes", "no"}}},
        {"governs", {false, {"yes", "no"}}},
        {"act", {false, {"yes", "no"}}}}},
      {"all/conflicts",
       {{"a", {true, {}}},
        {"b", {true, {}}},
        {"kind", {true, {"contradiction", "inconsistency"}}},
        {"severity", {true, {"high", "medium", "low"}}},
        {"scope", {false, {"any", "cross_outlet", "same_outlet"}}},
        {"window_days", {false, {"#int"}}},
        {"unless", {false, {}}},
        {"updates_after", {false, {"#int"}}},
        {"updates_after_acts", {false, {"#int"}}},
        {"updates_by", {false, {"same_side"}}},
        {"stale_after", {false, {"#int"}}},
        {"same_side", {false, {"reversal"}}},
        {"speakers", {false, {"any", "different", "other_side"}}},
        {"firm", {false, {"yes"}}},
        {"same_people", {false, {"yes"}}},
        {"background", {false, {"yes"}}},
        {"denial", {false, {"yes"}}},
        {"fulfilled", {false, {}}},
        {"dated", {false, {}}},
        {"attribute", {false, {"date", "format", "place"}}},
        {"explain", {true, {}}}}},
      {"all/roles", {{"level", {true, {"leaders", "officials"}}}, {"covers", {false, {}}}}},
      {"entities",
       {{"id", {true, {}}}, {"from", {false, {}}}, {"to", {false, {}}}, {"label", {false, {}}}, {"case", {false, {"yes"}}}}},
      {"anonymous",
       {{"label", {true, {}}}, {"side", {false, {}}}, {"org", {false, {}}}, {"role", {false, {}}}, {"modifier", {false, {"yes"}}},
        {"needs_name", {false, {"yes"}}}}},
      {"speech",
       {{"kind", {false, {"say", "deny", "report", "write", "describe", "noun", "participle", "-"}}},
        {"subject", {false, {"before"}}}}},
      {"channels", {{"role", {true, {"to", "via", "according", "platform"}}}, {"object", {false, {"no"}}}}},
      {"events", {{"kind", {true, {"meeting", "summit", "call", "talks", "visit", "contact", "ceremony", "-"}}}}},
      {"statuses",
       {{"status", {true, {}}},
        {"hedged", {false, {}}},
        {"negated", {false, {}}},
        {"kind", {false, {"meeting", "summit", "call", "talks", "visit", "contact", "ceremony"}}},
        {"attendance", {false, {"yes"}}},
        {"denial", {false, {"yes"}}},
        {"act", {false, {"yes"}}},
        {"unset", {false, {"date", "place"}}}}},
      {"negation",
       {{"scope", {false, {"before", "after", "both", "none"}}}, {"window", {false, {"#int"}}}, {"det", {false, {"yes", "subject"}}}}},
      {"hedges", {{"ignore", {false, {"yes"}}}, {"window", {false, {"#int"}}}, {"scope", {false, {"before", "both"}}}, {"gives", {false, {"possible", "unlikely"}}}, {"reported", {false, {"no"}}}}},
      {"participants",
       {{"level", {false, {"leaders", "officials"}}}, {"side", {false, {}}}, {"role", {false, {}}}, {"case", {false, {"yes"}}}}},
      {"time",
       {{"weekday", {false, {"1", "2", "3", "4", "5", "6", "7"}}},
        {"month", {false, {"#int"}}},
        {"calendar", {false, {"gregorian", "persian", "islamic"}}},
        {"rel_days", {false, {"#int"}}},
        {"rel_weeks", {false, {"#int"}}},
        {"rel_months", {false, {"#int"}}},
        {"anchor", {false, {"last"}}},
        {"bare", {false, {"yes"}}},
        {"tense", {false, {"past", "future"}}},
        {"day", {false, {"#int"}}},
        {"day_link", {false, {"yes"}}}}},
      {"function_words",
       {{"role",
         {true,
          {"complementizer", "pronoun", "preposition", "anaphor", "plural_pronoun", "backref", "relative", "novel", "subordinator",
           "separate", "locative", "disjunction", "nonparticipant", "possessive", "contrast", "conjunction", "destination", "capital", "host", "sidelines", "topic", "press", "object", "since", "article", "comparison", "reports", "programme", "venue", "auxiliary", "return", "time_reference", "then"}}},
        {"side", {false, {"before", "after"}}},
        {"focus", {false, {"past"}}},
        {"noun_reach", {false, {"#int"}}},
        {"refers", {false, {"anonymous", "thing"}}},
        {"owner", {false, {"yes"}}},
        {"attached", {false, {"yes"}}}}},
      {"furniture", {{"action", {true, {"cut_rest", "drop_line"}}}}},
      {"clitics", {{"type", {true, {"prefix", "suffix"}}}, {"definite", {false, {"yes"}}}}},
      {"attributes", {{"format", {false, {"direct", "indirect"}}}, {"ordinal", {false, {"#int"}}}, {"parties", {false, {"#int"}}}, {"unset", {false, {"date", "place"}}}, {"attaches", {false, {"next"}}}}},
      {"abbreviations", {}},
  };
  return s;
}

// Keys every lexicon file of a language directory accepts besides its own.
const FileSpec& common_lang_keys() {
  static const FileSpec k = {{"exact", {false, {"yes", "no"}}}};
  return k;
}

const char* kLangFiles[] = {"entities", "anonymous", "speech",       "channels",       "events",
                            "statuses", "negation",  "hedges",       "participants",   "time",
                            "function_words",        "furniture",    "attributes",   "clitics",
                            "abbreviations"};

bool is_int(const std::string& v) {
  if (v.empty()) return false;
  size_t i = (v[0] == '+' || v[0] == '-') ? 1 : 0;
  if (i == v.size()) return false;
  for (; i < v.size(); ++i)
    if (v[i] < '0' || v[i] > '9') return false;
  return true;
}

bool has_bidi_control(const std::string& s) {
  // U+202A..U+202E are E2 80 AA..AE; U+2066..U+2069 are E2 81 A6..A9.
  for (size_t i = 0; i + 2 < s.size(); ++i) {
    auto a = static_cast<unsigned char>(s[i]), b = static_cast<unsigned char>(s[i + 1]),
         c = static_cast<unsigned char>(s[i + 2]);
    if (a == 0xE2 && b == 0x80 && c >= 0xAA && c <= 0xAE) return true;
    if (a == 0xE2 && b == 0x81 && c >= 0xA6 && c <= 0xA9) return true;
  }
  return false;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> split_list(const std::string& v) {
  std::vector<std::string> out;
  std::stringstream ss(v);
  std::string x;
  while (std::getline(ss, x, ','))
    if (!trim(x).empty()) out.push_back(trim(x));
  return out;
}

Pattern compile(const Entry& e, int idx) {
  Pattern p;
  p.entry = idx;
  std::stringstream ss(e.phrase);
  std::string w;
  while (ss >> w) {
    Pattern::Tok t;
    if (w.size() >= 2 && (w[0] == '~' || w[0] == '+') && is_int(w.substr(1))) {
      t.gap = std::stoi(w.substr(1));
      t.min_gap = w[0] == '+' ? 1 : 0;  // "+N": at least one word, at most N
      if (t.gap < 1 || t.gap > 9) throw InputError(e.where, "gap '" + w + "' must be 1 to 9 words");
      p.toks.push_back(t);
      continue;
    }
    if (w == "#") {
      t.number = true;
      p.toks.push_back(t);
      continue;
    }
    bool exact = e.get("exact") == "yes";
    if (w.size() > 1 && w.back() == '*') {
      t.prefix = true;
      w.pop_back();
    }
    // A phrase word may itself split into several tokens ("Trump-Putin").
    auto toks = text::tokenize(w);
    if (toks.empty()) throw InputError(e.where, "phrase word '" + w + "' has no letters or digits");
    for (size_t i = 0; i < toks.size(); ++i) {
      Pattern::Tok x;
      x.text = toks[i].key;
      x.prefix = t.prefix && i + 1 == toks.size();
      x.exact = exact;
      p.weight += static_cast<int>(x.text.size());
      p.toks.push_back(x);
    }
  }
  if (p.toks.empty() || p.toks.front().gap || p.toks.back().gap)
    throw InputError(e.where, "phrase must start and end with a word");
  return p;
}

void check_values(const Entry& e, FileSpec spec, bool lang_file) {
  if (lang_file) spec.insert(common_lang_keys().begin(), common_lang_keys().end());
  for (const auto& [k, v] : e.attrs) {
    auto it = spec.find(k);
    if (it == spec.end()) {
      std::string allowed;
      for (const auto& [kk, _] : spec) allowed += (allowed.empty() ? "" : ", ") + kk;
      throw InputError(e.where, "unknown key '" + k + "'" +
                                    (allowed.empty() ? " (this file takes no keys)" : " (allowed: " + allowed + ")"));
    }
    const auto& vals = it->second.values;
    if (vals.count("#int")) {
      if (!is_int(v)) throw InputError(e.where, "key '" + k + "' needs an integer, got '" + v + "'");
    } else if (!vals.empty() && !vals.count(v)) {
      std::string allowed;
      for (const auto& x : vals) allowed += (allowed.empty() ? "" : ", ") + x;
      throw InputError(e.where, "key '" + k + "' has value '" + v + "' (allowed: " + allowed + ")");
    }
  }
  for (const auto& [k, ks] : spec)
    if (ks.required && !e.attrs.count(k)) throw InputError(e.where, "missing required key '" + k + "'");
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw InputError(path, "cannot read rule file");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

}  // namespace

const std::string& Entry::get(const std::string& key) const {
  static const std::string empty;
  auto it = attrs.find(key);
  return it == attrs.end() ? empty : it->second;
}

std::vector<Entry> read_rule_file(const std::string& path, const std::string& rel, const std::string& kind) {
  auto sit = specs().find(kind);
  if (sit == specs().end()) throw InputError(rel, "unknown rule file kind '" + kind + "'");
  std::string body = read_file(path);
  text::validate_utf8(body, rel);
  std::vector<Entry> out;
  std::stringstream ss(body);
  std::string line;
  int n = 0;
  while (std::getline(ss, line)) {
    ++n;
    std::string where = rel + ":" + std::to_string(n);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    std::string t = trim(line);
    if (t.empty() || t[0] == '#') continue;
    if (has_bidi_control(line))
      throw InputError(where, "bidirectional control character (U+202A-U+202E, U+2066-U+2069) is not allowed");
    Entry e;
    e.where = where;
    std::vector<std::string> fields;
    std::stringstream ls(line);
    std::string f;
    while (std::getline(ls, f, '\t'))
      if (!trim(f).empty()) fields.push_back(trim(f));
    e.phrase = fields[0];
    if (e.phrase.find('=') != std::string::npos && fields.size() == 1)
      throw InputError(where, "line has no phrase before its fields (separate columns with a TAB)");
    for (size_t i = 1; i < fields.size(); ++i) {
      size_t eq = fields[i].find('=');
      if (eq == std::string::npos || eq == 0)
        throw InputError(where, "field '" + fields[i] + "' is not key=value (columns are separated by TABs)");
      std::string k = trim(fields[i].substr(0, eq)), v = trim(fields[i].substr(eq + 1));
      if (e.attrs.count(k)) throw InputError(where, "key '" + k + "' given twice");
      e.attrs[k] = v;
    }
    check_values(e, sit->second, kind.rfind("all/", 0) != 0);
    out.push_back(std::move(e));
  }
  return out;
}

void Lexicon::add(const Entry& e) {
  int idx = static_cast<int>(entries_.size());
  Pattern p = compile(e, idx);
  entries_.push_back(e);
  int pi = static_cast<int>(patterns_.size());
  const auto& first = p.toks.front();
  if (first.number)
    number_first_.push_back(pi);
  else if (first.prefix)
    prefix_first_[first.text].push_back(pi);
  else
    exact_first_[first.text].push_back(pi);
  patterns_.push_back(std::move(p));
}

namespace {
bool tok_matches(const Pattern::Tok& t, const std::vector<std::string>& forms) {
  for (size_t i = 0; i < (t.exact ? std::min<size_t>(1, forms.size()) : forms.size()); ++i) {
    const std::string& f = forms[i];
    if (t.number) {
      if (!f.empty() && std::all_of(f.begin(), f.end(), [](char c) { return c >= '0' && c <= '9'; })) return true;
    } else if (t.prefix) {
      if (f.size() >= t.text.size() && f.compare(0, t.text.size(), t.text) == 0) return true;
    } else if (f == t.text) {
      return true;
    }
  }
  return false;
}
}  // namespace

bool Lexicon::match_from(const Pattern& p, size_t ti, const Forms& forms, size_t pos, size_t end, size_t& out_end,
                         const std::vector<bool>* barrier) const {
  if (ti == p.toks.size()) {
    out_end = pos;
    return true;
  }
  const auto& t = p.toks[ti];
  if (t.gap) {
    for (int skip = t.min_gap; skip <= t.gap && pos + skip < end; ++skip) {
      if (skip > 0 && barrier && (*barrier)[pos + skip - 1]) break;
      if (match_from(p, ti + 1, forms, pos + skip, end, out_end, barrier)) return true;
    }
    return false;
  }
  if (pos >= end || !tok_matches(t, forms[pos])) return false;
  return match_from(p, ti + 1, forms, pos + 1, end, out_end, barrier);
}

std::vector<Match> Lexicon::match_all(const Forms& forms, size_t begin, size_t end,
                                      const std::vector<bool>* barrier) const {
  std::vector<Match> out;
  std::vector<int> cand;
  for (size_t i = begin; i < end; ++i) {
    cand.clear();
    for (const auto& f : forms[i]) {
      if (auto it = exact_first_.find(f); it != exact_first_.end()) cand.insert(cand.end(), it->second.begin(), it->second.end());
      for (size_t len = 1; len <= f.size(); ++len) {
        if (len < f.size() && (static_cast<unsigned char>(f[len]) & 0xC0) == 0x80) continue;
        if (auto it = prefix_first_.find(f.substr(0, len)); it != prefix_first_.end())
          cand.insert(cand.end(), it->second.begin(), it->second.end());
      }
    }
    cand.insert(cand.end(), number_first_.begin(), number_first_.end());
    std::sort(cand.begin(), cand.end());
    cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
    for (int pi : cand) {
      size_t e = 0;
      const Pattern& p = patterns_[pi];
      if (match_from(p, 0, forms, i, end, e, barrier)) out.push_back({p.entry, i, e, p.weight});
    }
  }
  return out;
}

std::vector<Match> Lexicon::match(const Forms& forms, size_t begin, size_t end,
                                  const std::vector<bool>* barrier) const {
  std::vector<Match> all = match_all(forms, begin, end, barrier);
  std::sort(all.begin(), all.end(), [](const Match& x, const Match& y) {
    if (x.end - x.begin != y.end - y.begin) return x.end - x.begin > y.end - y.begin;
    if (x.weight != y.weight) return x.weight > y.weight;
    return x.begin < y.begin;
  });
  std::vector<Match> kept;
  for (const Match& m : all) {
    bool overlap = false;
    for (const Match& k : kept)
      if (m.begin < k.end && k.begin < m.end) overlap = true;
    if (!overlap) kept.push_back(m);
  }
  std::sort(kept.begin(), kept.end(), [](const Match& x, const Match& y) { return x.begin < y.begin; });
  return kept;
}

Forms LangRules::forms(const std::vector<text::Token>& toks) const {
  Forms out(toks.size());
  for (size_t i = 0; i < toks.size(); ++i) {
    auto& f = out[i];
    f.push_back(toks[i].key);
    // Strip clitics: every listed prefix (longest first), each leaving at least
    // two letters; suffixes likewise on the bare word and on each stripped form.
    const std::string& w = toks[i].key;
    for (const auto& p : prefixes)
      if (w.size() >= p.size() + 4 && w.compare(0, p.size(), p) == 0) f.push_back(w.substr(p.size()));
    size_t n = f.size();
    for (size_t j = 0; j < n; ++j)
      for (const auto& s : suffixes) {
        const std::string& x = f[j];
        if (x.size() >= s.size() + 4 && x.compare(x.size() - s.size(), s.size(), s) == 0)
          f.push_back(x.substr(0, x.size() - s.size()));
      }
    std::sort(f.begin() + 1, f.end());
    f.erase(std::unique(f.begin() + 1, f.end()), f.end());
  }
  return out;
}

RuleSet RuleSet::load(const std::string& dir) {
  RuleSet rs;
  rs.dir = dir;
  if (!fs::is_directory(dir)) throw InputError(dir, "rules directory not found");
  std::vector<std::pair<std::string, std::string>> files;  // rel, bytes for the hash
  auto load_file = [&](const std::string& rel, const std::string& kind) {
    fs::path p = fs::path(dir) / rel;
    if (!fs::is_regular_file(p)) throw InputError((fs::path(dir) / rel).string(), "rule file missing");
    files.emplace_back(rel, read_file(p.string()));
    return read_rule_file(p.string(), rel, kind);
  };

  auto entity_rows = load_file("all/entities.tsv", "all/entities");
  for (const auto& e : entity_rows) {
    if (rs.entities.count(e.phrase)) throw InputError(e.where, "entity id '" + e.phrase + "' defined twice");
    EntityInfo info{e.phrase, e.get("type"), e.get("name"), e.get("side"), e.get("role"), "", e.get("domain"),
                    e.get("capital") == "yes", e.get("seat"), e.get("in"), e.get("names") == "family_first"};
    rs.entities[e.phrase] = info;
  }
  for (const auto& [id, e] : rs.entities) {
    if (e.type == "country" && !e.side.empty()) rs.country_ids_.emplace(e.side, id);
    if (e.capital && !e.side.empty()) rs.capital_ids_.emplace(e.side, id);
  }
  // `in` names a place or country the knowledge base has, and no chain of them comes back.
  for (const auto& e : entity_rows) {
    std::string at = e.get("in");
    for (size_t steps = 0; !at.empty(); ++steps) {
      auto it = rs.entities.find(at);
      if (it == rs.entities.end() || (it->second.type != "place" && it->second.type != "country"))
        throw InputError(e.where, "key 'in' names '" + at + "', which is not a place or country of the knowledge base");
      if (at == e.phrase || steps > 16) throw InputError(e.where, "key 'in' makes '" + e.phrase + "' lie in itself");
      at = it->second.in;
    }
  }
  for (const auto& e : load_file("all/roles.tsv", "all/roles")) {
    rs.role_levels[e.phrase] = e.get("level");
    // "leader" covers head_of_state and head_of_government: "the Slovak leader" is its prime minister
    std::string covers = e.get("covers");
    for (size_t b = 0; !covers.empty() && b <= covers.size();) {
      size_t c = std::min(covers.find(',', b), covers.size());
      std::string covered = covers.substr(b, c - b);
      if (!rs.role_levels.count(covered))
        throw InputError(e.where, "covers '" + covered + "', which is not a role defined above");
      rs.role_covers[e.phrase].insert(covered);
      b = c + 1;
    }
  }
  for (auto& [id, info] : rs.entities) {
    if (!info.role.empty()) {
      auto it = rs.role_levels.find(info.role);
      info.level = it == rs.role_levels.end() ? "" : it->second;
    }
  }
  for (const auto& e : load_file("all/statuses.tsv", "all/statuses")) {
    StatusInfo s{e.phrase, e.get("group"), e.get("negated"), e.get("phase"), e.get("hedged") == "yes",
                 e.get("governs") == "yes", e.get("act") == "yes"};
    if (s.phase == "any") s.phase.clear();
    rs.statuses[e.phrase] = s;
  }
  auto check_statuses = [&](const Entry& e, const std::string& key, const std::vector<std::string>& names) {
    for (const auto& n : names)
      if (!rs.statuses.count(n)) throw InputError(e.where, "key '" + key + "' names unknown status '" + n + "'");
  };
  for (const auto& [name, s] : rs.statuses)
    if (!s.negated.empty() && s.negated != "-" && !rs.statuses.count(s.negated))
      throw InputError("all/statuses.tsv", "status '" + name + "' negates to unknown status '" + s.negated + "'");
  for (const auto& e : load_file("all/conflicts.tsv", "all/conflicts")) {
    ConflictRule r;
    r.id = e.phrase;
    r.where = e.where;
    for (const char* k : {"a", "b", "unless", "fulfilled", "dated"}) check_statuses(e, k, split_list(e.get(k)));
    for (const auto& x : split_list(e.get("a"))) r.a.insert(x);
    for (const auto& x : split_list(e.get("b"))) r.b.insert(x);
    for (const auto& x : split_list(e.get("unless"))) r.unless.insert(x);
    for (const auto& x : split_list(e.get("fulfilled"))) r.fulfilled.insert(x);
    for (const auto& x : split_list(e.get("dated"))) r.dated.insert(x);
    r.kind = e.get("kind");
    r.severity = e.get("severity");
    r.scope = e.get("scope").empty() ? "any" : e.get("scope");
    r.window_days = e.get("window_days").empty() ? 0 : std::stoi(e.get("window_days"));
    r.updates_after = e.get("updates_after").empty() ? -1 : std::stoi(e.get("updates_after"));
    r.updates_after_acts = e.get("updates_after_acts").empty() ? -1 : std::stoi(e.get("updates_after_acts"));
    r.updates_same_side = e.get("updates_by") == "same_side";
    r.stale_after = e.get("stale_after").empty() ? -1 : std::stoi(e.get("stale_after"));
    r.same_side = e.get("same_side");
    r.different_speakers = e.get("speakers") == "different" || e.get("speakers") == "other_side";
    r.other_side = e.get("speakers") == "other_side";
    r.firm = e.get("firm") == "yes";
    r.same_people = e.get("same_people") == "yes";
    r.background = e.get("background") == "yes";
    r.denial = e.get("denial") == "yes";
    r.explain = e.get("explain");
    r.attribute = e.get("attribute");
    rs.conflicts.push_back(std::move(r));
  }

  std::vector<std::string> langs;
  for (const auto& d : fs::directory_iterator(dir))
    if (d.is_directory() && d.path().filename() != "all") langs.push_back(d.path().filename().string());
  std::sort(langs.begin(), langs.end());
  if (langs.empty()) throw InputError(dir, "no language directories (rules/<lang>/) found");
  for (const auto& lang : langs) {
    LangRules lr;
    lr.lang = lang;
    Lexicon* lex[] = {&lr.entities, &lr.anonymous, &lr.speech,        &lr.channels,     &lr.events,
                      &lr.statuses, &lr.negation,  &lr.hedges,        &lr.participants, &lr.time,
                      &lr.function_words,          &lr.furniture,     &lr.attributes,   nullptr, nullptr};
    for (size_t i = 0; i < sizeof(kLangFiles) / sizeof(kLangFiles[0]); ++i) {
      std::string kind = kLangFiles[i];
      for (const auto& e : load_file(lang + "/" + kind + ".tsv", kind)) {
        if (kind == "entities") {
          auto it = rs.entities.find(e.get("id"));
          if (it == rs.entities.end())
            throw InputError(e.where, "id '" + e.get("id") + "' is not in all/entities.tsv");
          if (it->second.type == "outlet") rs.outlet_keys_[text::fold(e.phrase)] = it->first;
          // A title alias ("the Kremlin spokesman") holds for its holder's tenure only.
          auto iso = [](const std::string& d) {
            return d.size() == 10 && d[4] == '-' && d[7] == '-' &&
                   std::all_of(d.begin(), d.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
          };
          for (const char* k : {"from", "to"})
            if (!e.get(k).empty() && !iso(e.get(k)))
              throw InputError(e.where, std::string("key '") + k + "' must be a date YYYY-MM-DD");
          if ((!e.get("from").empty() || !e.get("to").empty()) && e.get("label").empty())
            throw InputError(e.where, "a title alias with from/to needs a label for the times outside them");
        }
        // status=- marks words that look like a status but are not one
        // ("من أجل" is "for", not "postponed"): the longest match wins, then nothing.
        if (kind == "statuses" && e.get("status") != "-") check_statuses(e, "status", {e.get("status")});
        if (kind == "statuses" && !e.get("hedged").empty()) check_statuses(e, "hedged", {e.get("hedged")});
        if (kind == "anonymous" && !e.get("org").empty() && !rs.entities.count(e.get("org")))
          throw InputError(e.where, "org '" + e.get("org") + "' is not in all/entities.tsv");
        if ((kind == "anonymous" || kind == "participants") && !e.get("role").empty() &&
            !rs.role_levels.count(e.get("role")))
          throw InputError(e.where, "role '" + e.get("role") + "' is not in all/roles.tsv");
        if (kind == "time") {
          int set = !e.get("weekday").empty() + !e.get("month").empty() + !e.get("rel_days").empty() +
                    !e.get("rel_weeks").empty() + !e.get("rel_months").empty() + !e.get("day").empty() +
                    !e.get("day_link").empty();
          // ... except a weekday of a week counted from now ("last weekend": rel_weeks=-1 weekday=6).
          bool week_day = set == 2 && !e.get("weekday").empty() && !e.get("rel_weeks").empty();
          if (set != 1 && !week_day)
            throw InputError(e.where, "a time word needs exactly one of weekday, month, rel_days, rel_weeks, rel_months, "
                                      "day, day_link (or a weekday with rel_weeks)");
          if (!e.get("day").empty() && (std::stoi(e.get("day")) < 1 || std::stoi(e.get("day")) > 31))
            throw InputError(e.where, "day must be a day of the month, 1..31");
        }
        if (kind == "attributes" &&
            !e.get("format").empty() + !e.get("ordinal").empty() + !e.get("parties").empty() + !e.get("unset").empty() != 1)
          throw InputError(e.where, "an attribute needs exactly one of format, ordinal, parties, unset");
        if (kind == "abbreviations") {
          if (e.phrase.back() != '.') throw InputError(e.where, "an abbreviation ends with its dot");
          lr.abbreviations.push_back(text::fold(e.phrase));
          continue;
        }
        if (kind == "clitics") {
          std::string f = text::fold(e.phrase);
          (e.get("type") == "prefix" ? lr.prefixes : lr.suffixes).push_back(f);
          if (e.get("definite") == "yes") lr.definite_prefixes.push_back(f);
          continue;
        }
        lex[i]->add(e);
      }
    }
    auto longest_first = [](const std::string& x, const std::string& y) {
      return x.size() != y.size() ? x.size() > y.size() : x < y;
    };
    std::sort(lr.prefixes.begin(), lr.prefixes.end(), longest_first);
    std::sort(lr.suffixes.begin(), lr.suffixes.end(), longest_first);
    rs.langs[lang] = std::move(lr);
  }
  // Names in Latin script ("CNN", "Reuters", "Axios") turn up as written in
  // Arabic, Persian and Russian text too: the English aliases that are plain
  // ASCII are added to every other language's entities.
  if (auto en = rs.langs.find("en"); en != rs.langs.end())
    for (auto& [lang, lr] : rs.langs) {
      if (lang == "en") continue;
      for (const Entry& e : en->second.entities.entries())
        if (std::all_of(e.phrase.begin(), e.phrase.end(), [](unsigned char c) { return c < 0x80; }))
          lr.entities.add(e);
    }
  for (const auto& [id, info] : rs.entities) {
    if (info.type != "outlet") continue;
    rs.outlet_keys_[text::fold(info.name)] = id;
    rs.outlet_keys_[text::fold(id)] = id;
    if (!info.domain.empty())
      for (const auto& d : split_list(info.domain)) rs.outlet_keys_[text::fold(d)] = id;
  }

  // FNV-1a over the sorted files: any rule change gives a new hash.
  std::sort(files.begin(), files.end());
  uint64_t h = 1469598103934665603ULL;
  for (const auto& [rel, bytes] : files)
    for (const std::string* s : {&rel, &bytes})
      for (unsigned char c : *s) h = (h ^ c) * 1099511628211ULL;
  std::ostringstream hs;
  hs << std::hex << h;
  rs.hash = hs.str();
  return rs;
}

const LangRules* RuleSet::lang(const std::string& code) const {
  auto it = langs.find(code);
  return it == langs.end() ? nullptr : &it->second;
}
const EntityInfo* RuleSet::entity(const std::string& id) const {
  auto it = entities.find(id);
  return it == entities.end() ? nullptr : &it->second;
}
const EntityInfo* RuleSet::country_of(const std::string& side) const {
  auto it = country_ids_.find(side);
  return it == country_ids_.end() ? nullptr : entity(it->second);
}
bool RuleSet::within(const std::string& wide, const std::string& narrow) const {
  const EntityInfo* w = entity(wide);
  const EntityInfo* n = entity(narrow);
  if (!w || !n || wide == narrow) return false;
  for (const EntityInfo* p = n; p && !p->in.empty(); p = entity(p->in))
    if (p->in == wide) return true;
  return w->type == "country" && !w->side.empty() && n->side == w->side;
}

const EntityInfo* RuleSet::capital_of(const std::string& side) const {
  auto it = capital_ids_.find(side);
  return it == capital_ids_.end() ? nullptr : entity(it->second);
}
const StatusInfo* RuleSet::status(const std::string& name) const {
  auto it = statuses.find(name);
  return it == statuses.end() ? nullptr : &it->second;
}
const EntityInfo* RuleSet::find_outlet(const std::string& name) const {
  std::string k = text::fold(name);
  if (k.rfind("www.", 0) == 0) k = k.substr(4);
  auto it = outlet_keys_.find(k);
  return it == outlet_keys_.end() ? nullptr : entity(it->second);
}

std::string default_rules_dir() {
  if (const char* env = std::getenv("CLAIMTRACK_RULES"); env && *env) return env;
  return CLAIMTRACK_DEFAULT_RULES;
}

}  // namespace claimtrack::rules
