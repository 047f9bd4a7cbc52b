#include "report/report.h"

#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

#include "model/mention_json.h"
#include "text/text.h"

namespace claimtrack::report {
namespace {

using json = nlohmann::json;

// JSON that survives odd bytes: invalid UTF-8 is replaced, never thrown.
std::string dump(const json& j) { return j.dump(-1, ' ', false, json::error_handler_t::replace); }

std::map<std::string, const Event*> index(const std::vector<Event>& events) {
  std::map<std::string, const Event*> m;
  for (const Event& e : events) m[e.id] = &e;
  return m;
}

}  // namespace

namespace {
std::string sentence_in(const Document* d, const Claim& c) {
  if (!d || c.sentence_span.end > d->text.size()) return "";
  return d->text.substr(c.sentence_span.begin, c.sentence_span.end - c.sentence_span.begin);
}
std::map<std::string, const Document*> by_id(const std::vector<Document>& docs) {
  std::map<std::string, const Document*> m;
  for (const Document& d : docs) m[d.id] = &d;
  return m;
}
}  // namespace


std::string claims_jsonl(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                         const std::vector<Event>& events) {
  auto ev = index(events);
  auto docs_by_id = by_id(docs);
  std::ostringstream out;
  for (const Claim& c : claims) {
    json j = {{"id", c.id},
              {"doc", c.doc},
              {"sentence", sentence_in(docs_by_id[c.doc], c)},
              {"status_cue", c.status_cue},
              {"span", {c.sentence_span.begin, c.sentence_span.end}},
              {"evidence", {c.evidence.begin, c.evidence.end}},
              {"speaker", c.speaker},
              {"speaker_id", c.speaker_id},
              {"speaker_type", c.speaker_type},
              {"cue", c.cue},
              {"channel", c.channel},
              {"outlet", c.outlet},
              {"via", c.via},
              {"event", c.event},
              {"event_label", ev.count(c.event) ? ev[c.event]->label : ""},
              {"status", c.status},
              {"polarity", c.polarity},
              {"modality", c.modality},
              {"as_of", c.as_of},
              {"rule", c.rule},
              {"confidence", c.confidence},
              {"mention", mention_to_json(c.mention)}};
    out << dump(j) << "\n";
  }
  return out.str();
}

std::string claims_text(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                        const std::vector<Event>& events, bool isolate) {
  auto ev = index(events);
  auto docs_by_id = by_id(docs);
  std::ostringstream out;
  for (const Claim& c : claims) {
    std::string line = c.id + "  " + c.status + (c.modality == "hedged" ? " (hedged)" : "") + "  " + c.speaker;
    if (!c.via.empty()) {
      line += " via";
      for (const auto& v : c.via) line += " " + v;
    }
    line += "  " + c.as_of + "  [" + (ev.count(c.event) ? ev[c.event]->label : c.event) + "]";
    line += "\n    " + sentence_in(docs_by_id[c.doc], c) + "\n    cue «" + c.status_cue + "»  rule " + c.rule;
    out << (isolate ? text::isolate_rtl(line) : line) << "\n";
  }
  return out.str();
}

std::string report_json(const std::vector<Finding>& findings) {
  json arr = json::array();
  for (const Finding& f : findings)
    arr.push_back({{"id", f.id},
                   {"key", f.key},
                   {"event", f.event},
                   {"event_label", f.event_label},
                   {"kind", f.kind},
                   {"severity", f.severity},
                   {"explanation", f.explanation},
                   {"rule", f.rule},
                   {"a", f.a},
                   {"b", f.b},
                   {"origins_a", f.origins_a},
                   {"origins_b", f.origins_b}});
  return json{{"conflicts", arr}}.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string report_text(const std::vector<Finding>& findings, const std::vector<Claim>& claims, bool isolate) {
  std::map<std::string, const Claim*> by;
  for (const Claim& c : claims) by[c.id] = &c;
  std::ostringstream out;
  if (findings.empty()) out << "No contradictions found.\n";
  for (const Finding& f : findings) {
    out << "[" << f.severity << "] " << f.id << "  " << f.kind << " about " << f.event_label << "  (rule " << f.rule
        << ")\n  " << f.explanation << "\n";
    auto side = [&](const char* name, const std::vector<std::string>& ids, int origins) {
      out << "  " << name << " (" << ids.size() << " claim" << (ids.size() == 1 ? "" : "s") << ", " << origins
          << " independent origin" << (origins == 1 ? "" : "s") << "):\n";
      for (const auto& id : ids) {
        const Claim* c = by.count(id) ? by[id] : nullptr;
        if (!c) continue;
        std::string line = "    " + c->id + "  " + c->status + (c->modality == "hedged" ? " (hedged)" : "") + "  " +
                           c->speaker + (c->outlet.empty() ? "" : ", " + c->outlet);
        if (!c->via.empty()) {
          line += " via";
          for (const auto& v : c->via) line += " " + v;
        }
        line += ", " + c->as_of + "\n      «" + c->status_cue + "»";
        out << (isolate ? text::isolate_rtl(line) : line) << "\n";
      }
    };
    side("a", f.a, f.origins_a);
    side("b", f.b, f.origins_b);
    out << "\n";
  }
  return out.str();
}

}  // namespace claimtrack::report
