// Evaluation against a gold file. The definitions follow eval/score.py line by
// line in meaning (see eval.h); the comments name the score.py quantity each
// block computes so the two can be compared when either changes.
#include "report/eval.h"

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cctype>
#include <cstdio>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <stdexcept>
#include <utility>

namespace claimtrack::report {

using nlohmann::json;

namespace {

// ---------------------------------------------------------------- folding

bool dropped(UChar32 c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 || (c >= 0x200B && c <= 0x200F) ||
         (c >= 0x2066 && c <= 0x2069) || c == 0x00AD;
}

UChar32 letter_variant(UChar32 c) {
  switch (c) {
    case 0x064A:  // ي
    case 0x0649:  // ى
    case 0x0626:  // ئ
      return 0x06CC;  // ی
    case 0x0643:      // ك
      return 0x06A9;  // ک
    case 0x0623:      // أ
    case 0x0625:      // إ
    case 0x0622:      // آ
    case 0x0671:      // ٱ
      return 0x0627;  // ا
    case 0x06C0:      // ۀ
    case 0x0629:      // ة
      return 0x0647;  // ه
    case 0x0624:      // ؤ
      return 0x0648;  // و
    default:
      return c;
  }
}

// Python's str.isdigit: Numeric_Type Digit or Decimal.
bool is_digit(UChar32 c) {
  int t = u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE);
  return t == U_NT_DECIMAL || t == U_NT_DIGIT;
}

// Python's \w without the underscore: letters (general category L) and anything numeric.
bool is_word(UChar32 c) {
  return u_isalpha(c) || u_getIntPropertyValue(c, UCHAR_NUMERIC_TYPE) != U_NT_NONE;
}

std::string lower(const std::string& s) {
  std::string out;
  icu::UnicodeString::fromUTF8(s).toLower(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

// ---------------------------------------------------------------- output helpers

size_t code_points(const std::string& s) {
  size_t n = 0;
  for (unsigned char ch : s) n += (ch & 0xC0) != 0x80;
  return n;
}

// Python's f"{s:w}": left-aligned, padded to w code points.
std::string pad(const std::string& s, size_t w) {
  size_t n = code_points(s);
  return n >= w ? s : s + std::string(w - n, ' ');
}

// Python's s[:n].
std::string head(const std::string& s, size_t n) {
  size_t i = 0, seen = 0;
  while (i < s.size()) {
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (seen == n) break;
      ++seen;
    }
    ++i;
  }
  return s.substr(0, i);
}

std::string fixed(double v, int digits) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.*f", digits, v);
  return buf;
}

// ---------------------------------------------------------------- gold file

const std::map<std::string, std::string>& status_groups() {
  static const std::map<std::string, std::string> g = {
      {"proposed", "on"},         {"planned", "on"},        {"agreed", "on"},
      {"scheduled", "on"},        {"expected", "on"},       {"held", "held"},
      {"postponed", "deferred"},  {"suspended", "deferred"}, {"cancelled", "cancelled"},
      {"not_planned", "off"},     {"never_agreed", "never"}, {"not_held", "not_held"},
      {"unlikely", "unlikely"},   {"possible", "possible"},
  };
  return g;
}

struct GoldClaim {
  std::string id, doc, file, evidence, event, status, group;
  std::vector<std::string> speaker;  // accepted keywords, "*" = any
  bool required = false;
};

struct GoldPair {  // a gold conflict or a must_not entry
  std::string id, why;
  bool required = false;
  std::set<std::string> a, b;
};

struct Gold {
  std::map<std::string, std::string> documents;  // id -> file name
  std::vector<GoldClaim> claims;
  std::vector<GoldPair> conflicts, must_not;
  std::vector<std::pair<std::string, std::string>> distinct_events;
  std::vector<std::pair<std::string, std::vector<std::string>>> boilerplate;  // doc -> strings
};

class GoldReader {
 public:
  explicit GoldReader(std::string path) : path_(std::move(path)) {}

  Gold read() {
    std::ifstream in(path_, std::ios::binary);
    if (!in) throw InputError(path_, "cannot read the gold file");
    json j;
    try {
      j = json::parse(in);
    } catch (const json::parse_error& e) {
      throw InputError(path_, std::string("not valid JSON: ") + e.what());
    }
    try {
      return convert(j);
    } catch (const json::exception& e) {  // a value of the wrong type
      throw InputError(path_, std::string("malformed gold file: ") + e.what());
    }
  }

 private:
  const json& need(const json& o, const char* key, const std::string& what) const {
    if (!o.is_object()) throw InputError(path_, what + " is not an object");
    auto it = o.find(key);
    if (it == o.end()) throw InputError(path_, what + " has no '" + key + "'");
    return *it;
  }

  std::string file_of(const Gold& g, const std::string& doc, const std::string& what) const {
    auto it = g.documents.find(doc);
    if (it == g.documents.end()) throw InputError(path_, what + " names document '" + doc + "', which 'documents' lacks");
    return it->second;
  }

  GoldPair pair(const json& s, const std::string& what, bool conflict) const {
    GoldPair p;
    p.id = need(s, "id", what).get<std::string>();
    std::string where = what + " " + p.id;
    if (conflict) {
      p.required = need(s, "required", where).get<bool>();
      p.why = s.value("why", "");
    }
    for (const auto& x : need(s, "a", where)) p.a.insert(x.get<std::string>());
    for (const auto& x : need(s, "b", where)) p.b.insert(x.get<std::string>());
    return p;
  }

  Gold convert(const json& j) const {
    Gold g;
    for (const auto& [id, file] : need(j, "documents", "the gold file").items())
      g.documents[id] = file.get<std::string>();
    for (const auto& c : need(j, "claims", "the gold file")) {
      GoldClaim x;
      x.id = need(c, "id", "a gold claim").get<std::string>();
      std::string where = "gold claim " + x.id;
      x.doc = need(c, "doc", where).get<std::string>();
      x.file = file_of(g, x.doc, where);
      x.evidence = eval_fold(need(c, "evidence", where).get<std::string>());
      x.event = need(c, "event", where).get<std::string>();
      x.status = need(c, "status", where).get<std::string>();
      auto grp = status_groups().find(x.status);
      if (grp == status_groups().end()) throw InputError(path_, where + " has unknown status '" + x.status + "'");
      x.group = grp->second;
      const json& spk = need(c, "speaker", where);
      if (!spk.is_array()) throw InputError(path_, where + ": 'speaker' is not a list of keywords");
      for (const auto& k : spk) x.speaker.push_back(k.get<std::string>());
      x.required = need(c, "required", where).get<bool>();
      g.claims.push_back(std::move(x));
    }
    for (const auto& s : need(j, "conflicts", "the gold file")) g.conflicts.push_back(pair(s, "gold conflict", true));
    if (j.contains("must_not"))
      for (const auto& s : j["must_not"]) g.must_not.push_back(pair(s, "must_not entry", false));
    if (j.contains("distinct_events"))
      for (const auto& d : j["distinct_events"]) {
        if (!d.is_array() || d.size() != 2) throw InputError(path_, "a distinct_events entry is not a pair of event ids");
        g.distinct_events.emplace_back(d[0].get<std::string>(), d[1].get<std::string>());
      }
    if (j.contains("boilerplate"))
      for (const auto& [doc, list] : j["boilerplate"].items()) {
        file_of(g, doc, "boilerplate");
        std::vector<std::string> folded;
        for (const auto& b : list) folded.push_back(eval_fold(b.get<std::string>()));
        g.boilerplate.emplace_back(doc, std::move(folded));
      }
    return g;
  }

  std::string path_;
};

// ---------------------------------------------------------------- system side

struct SysClaim {
  const Claim* claim;
  std::string sentence;  // as written
  std::string folded;
};

bool doc_matches(const std::string& d, const std::string& gold_doc, const std::string& gold_file) {
  auto dot = gold_file.rfind('.');
  std::string stem = dot == std::string::npos ? gold_file : gold_file.substr(0, dot);
  auto ends_with = [&](const std::string& tail) {
    return d.size() >= tail.size() && d.compare(d.size() - tail.size(), tail.size(), tail) == 0;
  };
  return d == gold_doc || d == gold_file || d == stem || ends_with("/" + gold_file) || ends_with("/" + stem);
}

bool speaker_ok(const std::string& system_speaker, const std::vector<std::string>& keywords) {
  std::string s = lower(system_speaker);
  for (const auto& k : keywords)
    if (k == "*" || s.find(k) != std::string::npos) return true;
  return false;
}

bool contains(const std::vector<std::string>& v, const std::string& x) {
  for (const auto& y : v)
    if (y == x) return true;
  return false;
}

bool intersects(const std::set<std::string>& x, const std::set<std::string>& y) {
  for (const auto& e : x)
    if (y.count(e)) return true;
  return false;
}

struct Condition {
  std::string metric, op, limit;
  double value = 0.0;
};

// score.py: re.fullmatch(r"(\w+)\s*(>=|<=|==|>|<)\s*([0-9.]+)", cond) and float(limit).
Condition parse_condition(const std::string& cond) {
  auto bad = [&]() { return InputError("--require", "bad condition: " + cond); };
  auto space = [](char ch) { return ch == ' ' || ch == '\t' || ch == '\n' || ch == '\r' || ch == '\f' || ch == '\v'; };
  Condition c;
  size_t i = 0;
  while (i < cond.size() && (std::isalnum(static_cast<unsigned char>(cond[i])) || cond[i] == '_')) ++i;
  c.metric = cond.substr(0, i);
  if (c.metric.empty()) throw bad();
  while (i < cond.size() && space(cond[i])) ++i;
  for (const char* op : {">=", "<=", "==", ">", "<"})
    if (cond.compare(i, std::char_traits<char>::length(op), op) == 0) {
      c.op = op;
      break;
    }
  if (c.op.empty()) throw bad();
  i += c.op.size();
  while (i < cond.size() && space(cond[i])) ++i;
  c.limit = cond.substr(i);
  int digits = 0, dots = 0;
  for (char ch : c.limit) {
    if (ch >= '0' && ch <= '9') ++digits;
    else if (ch == '.') ++dots;
    else throw bad();
  }
  if (digits == 0 || dots > 1) throw bad();
  c.value = std::stod(c.limit);
  return c;
}

bool holds(double v, const std::string& op, double limit) {
  if (op == ">=") return v >= limit;
  if (op == "<=") return v <= limit;
  if (op == "==") return v == limit;
  if (op == ">") return v > limit;
  return v < limit;
}

std::string trim(const std::string& s) {
  const char* ws = " \t\n\r\f\v";
  auto b = s.find_first_not_of(ws);
  if (b == std::string::npos) return "";
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

}  // namespace

double EvalResult::metric(const std::string& name) const {
  for (const auto& m : metrics)
    if (m.name == name) return m.value;
  throw std::out_of_range("no metric " + name);
}

std::string eval_fold(std::string_view s) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(err);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  icu::UnicodeString n = nfkc->normalize(u, err);
  if (U_FAILURE(err)) throw std::runtime_error(std::string("ICU NFKC: ") + u_errorName(err));
  icu::UnicodeString kept;
  for (int32_t i = 0; i < n.length(); i = n.moveIndex32(i, 1)) {
    UChar32 c = n.char32At(i);
    if (dropped(c)) continue;
    c = letter_variant(c);
    if (is_digit(c))
      kept.append(static_cast<UChar32>('0' + static_cast<int>(u_getNumericValue(c))));
    else if (is_word(c))
      kept.append(c);
  }
  std::string out;
  kept.toLower(icu::Locale::getRoot()).toUTF8String(out);
  return out;
}

EvalResult evaluate_with_docs(const std::string& gold_path, const std::vector<Document>& docs,
                              const std::vector<Claim>& claims, const std::vector<Finding>& findings,
                              const std::string& require) {
  std::vector<Condition> conditions;
  {
    std::stringstream ss(require);
    std::string part;
    while (std::getline(ss, part, ','))
      if (!trim(part).empty()) conditions.push_back(parse_condition(trim(part)));
  }
  const Gold gold = GoldReader(gold_path).read();

  std::map<std::string, const Document*> doc_by_id;
  for (const auto& d : docs) doc_by_id[d.id] = &d;
  std::vector<SysClaim> sys;
  std::set<std::string> claim_ids;
  for (const auto& c : claims) {
    SysClaim s{&c, "", ""};
    auto d = doc_by_id.find(c.doc);
    if (d != doc_by_id.end() && c.sentence_span.begin <= d->second->text.size())
      s.sentence = d->second->text.substr(c.sentence_span.begin, c.sentence_span.end - c.sentence_span.begin);
    s.folded = eval_fold(s.sentence);
    sys.push_back(std::move(s));
    claim_ids.insert(c.id);
  }
  for (const auto& f : findings)
    for (const auto* side : {&f.a, &f.b})
      for (const auto& id : *side)
        if (!claim_ids.count(id))
          throw InputError("findings", "conflict " + f.id + " names claim " + id + ", which the claims do not hold");

  auto group_of = [](const std::string& status) {
    auto it = status_groups().find(status);
    return it == status_groups().end() ? std::string() : it->second;
  };
  auto status_hit = [&](const GoldClaim& g, const SysClaim& c) { return group_of(c.claim->status) == g.group; };

  // cand: gold claim -> system claims from the same document whose sentence holds the evidence
  std::map<std::string, std::vector<const SysClaim*>> cand;
  std::map<std::string, const GoldClaim*> first_gold, gold_by_id;
  for (const auto& g : gold.claims) {
    auto& list = cand[g.id];
    list.clear();
    for (const auto& c : sys)
      if (doc_matches(c.claim->doc, g.doc, g.file) && c.folded.find(g.evidence) != std::string::npos)
        list.push_back(&c);
    first_gold.emplace(g.id, &g);
    gold_by_id[g.id] = &g;
  }

  // hit: gold claim -> best system claim (same status, else same status group)
  std::map<std::string, const SysClaim*> hit;
  int exact = 0;
  for (const auto& g : gold.claims) {
    const SysClaim* best = nullptr;
    for (const auto* c : cand[g.id])
      if (status_hit(g, *c)) {
        if (!best) best = c;
        if (c->claim->status == g.status) {
          best = c;
          break;
        }
      }
    if (best) {
      hit[g.id] = best;
      exact += best->claim->status == g.status;
    }
  }
  int required = 0, found_required = 0;
  for (const auto& g : gold.claims)
    if (g.required) {
      ++required;
      found_required += hit.count(g.id) > 0;
    }

  // sys2gold: system claim -> gold claims it realises
  std::map<std::string, std::set<std::string>> sys2gold;
  for (const auto& [gid, cs] : cand)
    for (const auto* c : cs)
      if (status_hit(*first_gold[gid], *c)) sys2gold[c->claim->id].insert(gid);
  std::vector<const SysClaim*> unmatched;
  for (const auto& c : sys)
    if (!sys2gold.count(c.claim->id)) unmatched.push_back(&c);

  // boilerplate: claims taken from related-article lists and page furniture
  std::vector<const SysClaim*> boiler_hits;
  for (const auto& [d, list] : gold.boilerplate)
    for (const auto& fb : list)
      for (const auto& c : sys)
        if (doc_matches(c.claim->doc, d, gold.documents.at(d)) && c.folded.find(fb) != std::string::npos)
          boiler_hits.push_back(&c);

  // speakers
  int spk_total = 0, spk_ok = 0;
  for (const auto& g : gold.claims)
    if (hit.count(g.id) && !contains(g.speaker, "*")) {
      ++spk_total;
      spk_ok += speaker_ok(hit[g.id]->claim->speaker, g.speaker);
    }

  // event linking across documents: pairwise over matched gold claims
  long tp = 0, fp = 0, fn = 0;
  for (auto x = hit.begin(); x != hit.end(); ++x)
    for (auto y = std::next(x); y != hit.end(); ++y) {
      const GoldClaim& gx = *gold_by_id[x->first];
      const GoldClaim& gy = *gold_by_id[y->first];
      if (gx.doc == gy.doc) continue;
      bool same_gold = gx.event == gy.event;
      bool same_sys = x->second->claim->event == y->second->claim->event;
      tp += same_gold && same_sys;
      fp += !same_gold && same_sys;
      fn += same_gold && !same_sys;
    }
  double link_p = tp + fp ? double(tp) / double(tp + fp) : 0.0;
  double link_r = tp + fn ? double(tp) / double(tp + fn) : 0.0;
  double link_f = link_p + link_r ? 2 * link_p * link_r / (link_p + link_r) : 0.0;
  std::vector<std::string> merged;
  for (const auto& [e1, e2] : gold.distinct_events) {
    std::set<std::string> s1, s2;
    for (const auto& [gid, c] : hit) {
      if (gold_by_id[gid]->event == e1) s1.insert(c->claim->event);
      if (gold_by_id[gid]->event == e2) s2.insert(c->claim->event);
    }
    if (intersects(s1, s2)) merged.push_back(e1 + "+" + e2);
  }

  // conflicts
  auto side = [&](const std::vector<std::string>& ids) {
    std::set<std::string> out;
    for (const auto& i : ids) {
      auto it = sys2gold.find(i);
      if (it != sys2gold.end()) out.insert(it->second.begin(), it->second.end());
    }
    return out;
  };
  auto pairs = [&](const Finding& f, const GoldPair& spec) {
    auto ga = side(f.a), gb = side(f.b);
    return (intersects(ga, spec.a) && intersects(gb, spec.b)) || (intersects(ga, spec.b) && intersects(gb, spec.a));
  };
  std::set<std::string> found_conf;
  for (const auto& s : gold.conflicts)
    for (const auto& f : findings)
      if (pairs(f, s)) {
        found_conf.insert(s.id);
        break;
      }
  int useful = 0;
  for (const auto& f : findings)
    for (const auto& s : gold.conflicts)
      if (pairs(f, s)) {
        ++useful;
        break;
      }
  std::vector<std::pair<std::string, std::string>> violations;
  for (const auto& s : gold.must_not)
    for (const auto& f : findings)
      if (pairs(f, s)) violations.emplace_back(s.id, f.id);

  // pair level: every (a, b) claim pair a finding asserts, where both claims realise gold claims
  std::set<std::pair<std::string, std::string>> gold_pairs;
  auto unordered = [](const std::string& x, const std::string& y) { return x < y ? std::make_pair(x, y) : std::make_pair(y, x); };
  for (const auto& s : gold.conflicts)
    for (const auto& x : s.a)
      for (const auto& y : s.b) gold_pairs.insert(unordered(x, y));
  long asserted = 0, right = 0;
  std::map<std::string, std::set<std::string>> covered;
  for (const auto& s : gold.conflicts) covered[s.id];
  for (const auto& f : findings)
    for (const auto& i : f.a)
      for (const auto& j : f.b) {
        auto gi = sys2gold.find(i), gj = sys2gold.find(j);
        if (gi == sys2gold.end() || gj == sys2gold.end()) continue;
        ++asserted;
        bool ok = false;
        for (const auto& x : gi->second)
          for (const auto& y : gj->second) ok = ok || gold_pairs.count(unordered(x, y));
        right += ok;
        for (const auto& s : gold.conflicts)
          for (const auto& x : gi->second)
            for (const auto& y : gj->second)
              if ((s.a.count(x) && s.b.count(y)) || (s.b.count(x) && s.a.count(y))) {
                covered[s.id].insert(x);
                covered[s.id].insert(y);
              }
      }
  std::vector<double> coverage;
  int req_conf = 0, req_conf_found = 0, optional_found = 0;
  for (const auto& s : gold.conflicts) {
    if (s.required) {
      std::set<std::string> all = s.a;
      all.insert(s.b.begin(), s.b.end());
      coverage.push_back(double(covered[s.id].size()) / double(all.size()));
      ++req_conf;
      req_conf_found += found_conf.count(s.id) > 0;
    } else {
      optional_found += found_conf.count(s.id) > 0;
    }
  }
  double coverage_sum = 0.0;
  for (double c : coverage) coverage_sum += c;

  const double n_claims = double(claims.size()), n_findings = double(findings.size());
  EvalResult r;
  auto count = [&](const char* name, double v) { r.metrics.push_back({name, v, true}); };
  auto ratio = [&](const char* name, double v) { r.metrics.push_back({name, v, false}); };
  count("claims", n_claims);
  ratio("claim_recall", required ? double(found_required) / required : 1.0);
  ratio("claim_recall_all", gold.claims.empty() ? 1.0 : double(hit.size()) / double(gold.claims.size()));
  ratio("status_exact", hit.empty() ? 0.0 : double(exact) / double(hit.size()));
  count("claims_unmatched", double(unmatched.size()));
  ratio("claim_precision_est", claims.empty() ? 0.0 : (n_claims - double(unmatched.size())) / n_claims);
  count("boilerplate_claims", double(boiler_hits.size()));
  ratio("speaker_acc", spk_total ? double(spk_ok) / spk_total : 0.0);
  ratio("link_p", link_p);
  ratio("link_r", link_r);
  ratio("link_f1", link_f);
  count("merged_distinct_events", double(merged.size()));
  count("conflicts", n_findings);
  ratio("conflict_recall", req_conf ? double(req_conf_found) / req_conf : 1.0);
  count("conflict_found_optional", optional_found);
  ratio("conflict_precision", findings.empty() ? 0.0 : double(useful) / n_findings);
  count("must_not_violations", double(violations.size()));
  ratio("conflict_pair_precision", asserted ? double(right) / double(asserted) : 0.0);
  ratio("conflict_coverage", coverage.empty() ? 1.0 : coverage_sum / double(coverage.size()));

  // details (score.py --verbose)
  for (const auto& g : gold.claims) {
    auto h = hit.find(g.id);
    std::string tag = h != hit.end() ? "ok " : (g.required ? "MISS" : "miss");
    const SysClaim* got = h != hit.end() ? h->second : (cand[g.id].empty() ? nullptr : cand[g.id].front());
    std::string extra = got ? " got status=" + got->claim->status + " speaker=" + got->claim->speaker +
                                  " event=" + got->claim->event
                            : " no claim on that sentence";
    r.details.push_back(tag + " " + pad(g.id, 7) + " " + pad(g.status, 12) + " " + pad(g.event, 4) + extra);
  }
  for (const auto& s : gold.conflicts)
    r.details.push_back(std::string(found_conf.count(s.id) ? "ok " : "MISS") + " conflict " + s.id + " (" +
                        (s.required ? "required" : "optional") + "): " + s.why);
  for (const auto& [sid, cid] : violations) r.details.push_back("VIOLATION " + sid + ": reported as conflict " + cid);
  for (const auto* c : boiler_hits)
    r.details.push_back("BOILERPLATE claim " + c->claim->id + " from: " + head(c->sentence, 80));
  if (!merged.empty()) {
    std::string line = "MERGED distinct events: ";
    for (size_t i = 0; i < merged.size(); ++i) line += (i ? ", " : "") + merged[i];
    r.details.push_back(line);
  }
  for (const auto* c : unmatched)
    r.details.push_back("unmatched claim " + c->claim->id + " [" + c->claim->doc + "] " + c->claim->status +
                        " speaker=" + c->claim->speaker + ": " + head(c->sentence, 90));

  for (const auto& c : conditions) {
    double v;
    try {
      v = r.metric(c.metric);
    } catch (const std::out_of_range&) {
      throw InputError("--require", "bad condition: unknown metric '" + c.metric + "'");
    }
    if (!holds(v, c.op, c.value)) r.failed.push_back(c.metric + "=" + fixed(v, 3) + " (want " + c.op + c.limit + ")");
  }
  std::string summary = "claim_recall=" + fixed(r.metric("claim_recall"), 2) +
                        " speaker_acc=" + fixed(r.metric("speaker_acc"), 2) +
                        " link_f1=" + fixed(link_f, 2) +
                        " conflict_recall=" + fixed(r.metric("conflict_recall"), 2) +
                        " pair_precision=" + fixed(r.metric("conflict_pair_precision"), 2) +
                        " coverage=" + fixed(r.metric("conflict_coverage"), 2) +
                        " must_not=" + std::to_string(violations.size()) +
                        " boilerplate=" + std::to_string(boiler_hits.size());
  if (!r.failed.empty()) {
    std::string fails;
    for (size_t i = 0; i < r.failed.size(); ++i) fails += (i ? "; " : "") + r.failed[i];
    summary = "FAIL " + fails + " | " + summary;
  }
  r.summary = summary;
  return r;
}

std::string eval_text(const EvalResult& r, bool verbose) {
  std::string out;
  if (verbose)
    for (const auto& d : r.details) out += d + "\n";
  for (const auto& m : r.metrics)
    out += m.name + ": " + (m.integer ? std::to_string(static_cast<long long>(m.value)) : fixed(m.value, 3)) + "\n";
  out += r.summary + "\n";
  return out;
}

}  // namespace claimtrack::report
