// Output of the nightly check in three forms: text for people reading cron
// mail or a terminal, JSON for scripts, JUnit XML for CI dashboards (one
// testcase per open finding, failing only when it is fresh, so a dashboard
// goes red on exactly the findings that need a look).
#include <algorithm>
#include <nlohmann/json.hpp>
#include <sstream>

#include "report/report.h"
#include "text/text.h"

namespace claimtrack::report {
namespace {

// Ordered, so the JSON reads in the documented key order.
using json = nlohmann::ordered_json;

bool contains(const std::vector<std::string>& v, const std::string& x) {
  return std::find(v.begin(), v.end(), x) != v.end();
}

bool is_fresh(const app::CheckResult& r, const Finding& f) {
  return std::any_of(r.fresh.begin(), r.fresh.end(), [&](const Finding& x) { return x.key == f.key; });
}

std::string plural(size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

std::string summary(const app::CheckResult& r) {
  std::string rules = r.rules_hash.empty() ? "rules not loaded" : "rules " + r.rules_hash.substr(0, 12);
  return "claimtrack check run " + std::to_string(r.run) + " (" + rules + "): " + std::to_string(r.fresh.size()) + " new, " + std::to_string(r.open.size()) + " open (" +
         std::to_string(r.quiet.size()) + " triaged), " + std::to_string(r.resolved.size()) + " resolved, " +
         plural(r.problems.size(), "problem");
}

std::string headline(const Finding& f) {
  return "[" + f.severity + "] " + f.id + "  " + f.kind + " about " + f.event_label + "  (rule " + f.rule + ")";
}

std::string sides(const Finding& f) {
  auto side = [](const std::vector<std::string>& ids, int origins) {
    std::string s;
    for (const auto& id : ids) s += (s.empty() ? "" : ", ") + id;
    return s + " (" + plural(static_cast<size_t>(origins), "origin") + ")";
  };
  return "a: " + side(f.a, f.origins_a) + "\nb: " + side(f.b, f.origins_b);
}

// XML 1.0 text or attribute value. Characters XML cannot carry at all (C0
// controls other than tab and line breaks) are dropped; line breaks inside
// attributes are written as references so parsers keep them. Input is UTF-8
// from the store and the rule loader, both of which validate it.
std::string xml(const std::string& s, bool attribute = false) {
  std::string out;
  for (char ch : s) {
    switch (ch) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\n': out += attribute ? "&#10;" : "\n"; break;
      case '\r': out += attribute ? "&#13;" : "\r"; break;
      case '\t': out += attribute ? "&#9;" : "\t"; break;
      default:
        if (static_cast<unsigned char>(ch) >= 0x20 && ch != 0x7F) out += ch;
    }
  }
  return out;
}

}  // namespace

std::string check_text(const app::CheckResult& r, bool isolate) {
  std::ostringstream out;
  auto line = [&](const std::string& s) { out << (isolate ? text::isolate_rtl(s) : s) << "\n"; };
  line(summary(r));
  if (!r.problems.empty()) {
    line("\nProblems:");
    for (const auto& p : r.problems) line("  " + p);
  }
  if (!r.fresh.empty()) {
    line("\nNew findings:");
    for (const auto& f : r.fresh) {
      line("  " + headline(f));
      line("    " + f.explanation);
      std::istringstream s(sides(f));
      for (std::string l; std::getline(s, l);) line("    " + l);
    }
  }
  bool header = false;
  for (const auto& f : r.open) {
    if (is_fresh(r, f)) continue;
    if (!header) line("\nStill open (reported before):");
    header = true;
    line("  " + headline(f) + (contains(r.quiet, f.key) ? "  triaged" : ""));
  }
  if (!r.resolved.empty()) {
    line("\nResolved since the previous check:");
    for (const auto& k : r.resolved) line("  " + k);
  }
  return out.str();
}

std::string check_json(const app::CheckResult& r) {
  // Findings have the same objects as `claimtrack report --format json`.
  auto findings = [](const std::vector<Finding>& fs) { return json::parse(report_json(fs))["conflicts"]; };
  json j = {{"run", r.run},           {"rules_hash", r.rules_hash}, {"new", findings(r.fresh)},
            {"open", findings(r.open)}, {"resolved", r.resolved},     {"quiet", r.quiet},
            {"problems", r.problems}};
  return j.dump(2, ' ', false, json::error_handler_t::replace) + "\n";
}

std::string check_junit(const app::CheckResult& r) {
  size_t tests = r.open.size() + r.problems.size();
  auto failures = std::count_if(r.open.begin(), r.open.end(), [&](const Finding& f) { return is_fresh(r, f); });
  std::string counts = "tests=\"" + std::to_string(tests) + "\" failures=\"" + std::to_string(failures) +
                       "\" errors=\"" + std::to_string(r.problems.size()) + "\"";
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<testsuites name=\"claimtrack\" " << counts << ">\n"
      << "  <testsuite name=\"claimtrack.check\" " << counts << " skipped=\"0\">\n"
      << "    <properties>\n"
      << "      <property name=\"run\" value=\"" << r.run << "\"/>\n"
      << "      <property name=\"rules_hash\" value=\"" << xml(r.rules_hash, true) << "\"/>\n"
      << "    </properties>\n";
  for (size_t i = 0; i < r.problems.size(); ++i)
    out << "    <testcase classname=\"claimtrack.check.problems\" name=\"problem " << i + 1 << "\">\n"
        << "      <error message=\"" << xml(r.problems[i], true) << "\" type=\"problem\">" << xml(r.problems[i])
        << "</error>\n"
        << "    </testcase>\n";
  for (const auto& f : r.open) {
    out << "    <testcase classname=\"claimtrack.check." << xml(f.kind, true) << "\" name=\""
        << xml(f.id + " " + f.event_label + " (" + f.rule + ")", true) << "\"";
    if (!is_fresh(r, f)) {
      out << "/>\n";
      continue;
    }
    out << ">\n"
        << "      <failure message=\"" << xml("new " + f.severity + " " + f.kind + ": " + f.explanation, true)
        << "\" type=\"" << xml(f.severity, true) << "\">" << xml(f.explanation + "\n" + sides(f) + "\nkey: " + f.key)
        << "</failure>\n"
        << "    </testcase>\n";
  }
  out << "  </testsuite>\n</testsuites>\n";
  return out.str();
}

}  // namespace claimtrack::report
