// Graphviz export: the claims of each event as a cluster, the outlets they
// travelled through, and the edges that matter to a reader (contradictions in
// red, agreement in grey, provenance dashed).
//
// Graphviz accepts almost anything and only warns (invalid UTF-8, unknown
// attributes), and a quoted string over 16 KB is an error, so every label is
// built from sanitized, truncated text and the output is checked in tests
// with `dot -Tsvg`, requiring empty stderr. Output order follows the input
// order of claims (document order from the store) and sorted ids otherwise,
// so the same data always gives the same file.
#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <sstream>
#include <string_view>

#include "report/report.h"

namespace claimtrack::report {
namespace {

constexpr size_t kSnippetChars = 80;
// Above this many a x b pairs a finding is drawn through one junction node
// (|a| + |b| edges) instead of every pair, which dot cannot lay out.
constexpr size_t kMaxPairEdges = 16;

// Length of the UTF-8 sequence starting at s[i], or 0 when it is invalid
// (bad lead byte, bad continuation, overlong form, surrogate, > U+10FFFF).
size_t utf8_len(std::string_view s, size_t i) {
  auto b = [&](size_t k) { return static_cast<uint8_t>(s[k]); };
  uint8_t c = b(i);
  size_t n = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
  if (n == 0 || i + n > s.size()) return 0;
  uint32_t cp = n == 1 ? c : c & (0x7F >> n);
  for (size_t k = 1; k < n; ++k) {
    if ((b(i + k) & 0xC0) != 0x80) return 0;
    cp = (cp << 6) | (b(i + k) & 0x3F);
  }
  static const uint32_t kMin[] = {0, 0, 0x80, 0x800, 0x10000};
  if (cp < kMin[n] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
  return n;
}

// Display text for a label: valid UTF-8 (bad bytes become U+FFFD), control
// characters and line breaks folded to single spaces, at most `max_chars`
// code points with "…" marking a cut. `cut_front` marks text that starts
// inside a sentence.
std::string clean(std::string_view s, size_t max_chars, bool cut_front = false) {
  std::string out = cut_front ? "…" : "";
  size_t chars = 0;
  bool space = false;
  for (size_t i = 0; i < s.size();) {
    size_t n = utf8_len(s, i);
    bool ctl = n == 1 && (static_cast<uint8_t>(s[i]) < 0x20 || s[i] == 0x7F);
    if (ctl || s[i] == ' ') {
      space = chars > 0;
      ++i;
      continue;
    }
    if (chars + (space ? 1 : 0) >= max_chars) {
      out += "…";
      return out;
    }
    if (space) {
      out += ' ';
      ++chars;
      space = false;
    }
    out += n ? std::string(s.substr(i, n)) : "\uFFFD";
    ++chars;
    i += n ? n : 1;
  }
  return out;
}

// Inside a DOT double-quoted string. Labels are escString: "\\" is a
// backslash and "\n" a centred line break, so only `"` and `\` need escaping
// once `clean` has removed raw control characters.
std::string escape(const std::string& s) {
  std::string out;
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out;
}

std::string quote(const std::string& s) { return "\"" + escape(s) + "\""; }

// A multi-line label: the lines joined with DOT's line-break escape.
std::string label(const std::vector<std::string>& lines) {
  std::string out;
  for (size_t i = 0; i < lines.size(); ++i) out += (i ? "\\n" : "") + escape(lines[i]);
  return "\"" + out + "\"";
}

std::string lower_ascii(std::string s) {
  for (char& c : s)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return s;
}

bool keep(const Claim& c, const ExportFilter& f) {
  if (!f.event.empty() && c.event != f.event) return false;
  if (!f.since.empty() && c.as_of < f.since) return false;
  if (f.outlet.empty()) return true;
  std::string want = lower_ascii(f.outlet);
  if (lower_ascii(c.outlet) == want) return true;
  return std::any_of(c.via.begin(), c.via.end(), [&](const std::string& v) { return lower_ascii(v) == want; });
}

// The evidence: up to kSnippetChars of the claim's sentence, starting a little
// before the status words so they are visible even in long sentences. Falls
// back to the status words when the document is missing or spans are stale.
std::string snippet(const Claim& c, const Document* d) {
  if (!d || c.sentence_span.end > d->text.size() || c.sentence_span.begin >= c.sentence_span.end)
    return clean(c.status_cue, kSnippetChars);
  size_t from = c.sentence_span.begin;
  const size_t lead = 30;  // bytes of context before the evidence
  if (c.evidence.begin >= from + lead && c.evidence.begin < c.sentence_span.end) {
    from = c.evidence.begin - lead;
    // Start at a word if one starts before the evidence, else at a character.
    size_t space = d->text.find(' ', from);
    if (space < c.evidence.begin) from = space + 1;
    while (from > c.sentence_span.begin && (static_cast<uint8_t>(d->text[from]) & 0xC0) == 0x80) --from;
  }
  std::string_view s(d->text.data() + from, c.sentence_span.end - from);
  return clean(s, kSnippetChars, from > c.sentence_span.begin);
}

std::string claim_node(const Claim& c) { return quote("c:" + c.id); }
std::string outlet_node(const std::string& o) { return quote("o:" + o); }

}  // namespace

std::string export_dot(const std::vector<Document>& docs, const std::vector<Claim>& claims,
                       const std::vector<Event>& events, const std::vector<Finding>& findings,
                       const ExportFilter& filter) {
  std::map<std::string, const Document*> doc_by_id;
  for (const auto& d : docs) doc_by_id[d.id] = &d;
  std::map<std::string, const Event*> event_by_id;
  for (const auto& e : events) event_by_id[e.id] = &e;

  std::vector<const Claim*> kept;
  for (const auto& c : claims)
    if (keep(c, filter)) kept.push_back(&c);

  // Outlets the kept claims touch, and who re-reports whom along each
  // document's chain (publisher -> via[0] -> via[1] ...).
  std::set<std::string> outlets;
  std::set<std::pair<std::string, std::string>> provenance;
  for (const Claim* c : kept) {
    if (!c->outlet.empty()) outlets.insert(c->outlet);
    for (const auto& v : c->via)
      if (!v.empty()) outlets.insert(v);
    auto d = doc_by_id.find(c->doc);
    if (d == doc_by_id.end()) continue;
    std::string prev = d->second->outlet;
    for (const auto& v : d->second->via) {
      if (v.empty()) continue;
      outlets.insert(v);
      if (!prev.empty() && prev != v) provenance.insert({prev, v});
      prev = v;
    }
  }

  std::ostringstream o;
  o << "digraph claimtrack {\n"
    << "  graph [fontname=\"DejaVu Sans\", rankdir=LR];\n"
    << "  node [fontname=\"DejaVu Sans\", fontsize=10];\n"
    << "  edge [fontname=\"DejaVu Sans\", fontsize=9];\n";

  auto write_claim = [&](const Claim& c, const std::string& indent) {
    auto d = doc_by_id.find(c.doc);
    std::string status = c.status + (c.modality == "hedged" ? " (hedged)" : "");
    std::string where = (c.outlet.empty() ? c.doc : c.outlet) + (c.as_of.empty() ? "" : ", " + c.as_of);
    o << indent << claim_node(c) << " [shape=box, style=rounded, label="
      << label({clean(c.speaker, 60), clean(status, 60), clean(where, 60),
                snippet(c, d == doc_by_id.end() ? nullptr : d->second)})
      << "];\n";
  };

  // Clusters: events that keep at least one claim, by id.
  std::map<std::string, std::vector<const Claim*>> by_event;
  for (const Claim* c : kept) by_event[c->event].push_back(c);
  int n = 0;
  for (const auto& [id, members] : by_event) {
    if (id.empty()) continue;  // unlinked claims are drawn outside any cluster
    auto e = event_by_id.find(id);
    std::string title = e != event_by_id.end() && !e->second->label.empty() ? e->second->label : id;
    o << "  subgraph cluster_" << n++ << " {\n"
      << "    label=" << label({clean(title, 120), clean(id, 60)}) << ";\n"
      << "    style=rounded; color=grey40;\n";
    for (const Claim* c : members) write_claim(*c, "    ");
    o << "  }\n";
  }
  for (const Claim* c : by_event[""]) write_claim(*c, "  ");

  for (const auto& name : outlets)
    o << "  " << outlet_node(name) << " [shape=ellipse, style=filled, fillcolor=lightyellow, label="
      << label({clean(name, 60)}) << "];\n";
  for (const auto& [from, to] : provenance)
    o << "  " << outlet_node(from) << " -> " << outlet_node(to) << " [style=dashed, color=grey30];\n";
  for (const Claim* c : kept)
    if (!c->outlet.empty())
      o << "  " << claim_node(*c) << " -> " << outlet_node(c->outlet)
        << " [style=dashed, color=grey60, arrowhead=none];\n";

  // Support: each claim points at the nearest earlier claim of the same event
  // and status from another document (linear in claims, unlike all pairs).
  std::map<std::pair<std::string, std::string>, std::vector<const Claim*>> same;
  for (const Claim* c : kept) {
    if (c->event.empty()) continue;
    auto& group = same[{c->event, c->status}];
    for (auto it = group.rbegin(); it != group.rend(); ++it)
      if ((*it)->doc != c->doc) {
        o << "  " << claim_node(*c) << " -> " << claim_node(**it) << " [color=grey70, dir=none];\n";
        break;
      }
    group.push_back(c);
  }

  // Contradictions, by finding id, between kept claims only.
  std::vector<const Finding*> fs;
  for (const auto& f : findings) fs.push_back(&f);
  std::sort(fs.begin(), fs.end(), [](const Finding* x, const Finding* y) { return x->id < y->id; });
  for (const Finding* f : fs) {
    std::vector<const Claim*> a, b;
    for (const Claim* c : kept) {
      if (std::count(f->a.begin(), f->a.end(), c->id)) a.push_back(c);
      if (std::count(f->b.begin(), f->b.end(), c->id)) b.push_back(c);
    }
    if (a.empty() || b.empty()) continue;
    std::string attrs = "color=red, fontcolor=red, style=bold, label=" + label({clean(f->rule, 80)});
    if (a.size() * b.size() <= kMaxPairEdges) {
      for (const Claim* x : a)
        for (const Claim* y : b) o << "  " << claim_node(*x) << " -> " << claim_node(*y) << " [" << attrs << "];\n";
      continue;
    }
    std::string j = quote("f:" + f->id);
    o << "  " << j << " [shape=point, color=red, width=0.12];\n";
    for (const Claim* x : a) o << "  " << claim_node(*x) << " -> " << j << " [color=red, style=bold, arrowhead=none];\n";
    for (const Claim* y : b) o << "  " << j << " -> " << claim_node(*y) << " [" << attrs << "];\n";
  }
  o << "}\n";
  return o.str();
}

}  // namespace claimtrack::report
