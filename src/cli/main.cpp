// claimtrack command line: parses arguments and calls the core library.
// Exit codes: 0 success (check: nothing new), 1 findings need attention
// (check: new untriaged findings; eval: a --require condition failed),
// 2 operational error (bad input, database, rules, usage).
#include <unistd.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <fstream>
#include <iostream>

#include "app/app.h"
#include "report/eval.h"
#include "report/report.h"
#include "rules/rules.h"
#include "store/store.h"

using namespace claimtrack;

namespace {

int write_output(const std::string& body, const std::string& path) {
  if (path.empty() || path == "-") {
    std::cout << body;
    return 0;
  }
  std::ofstream out(path, std::ios::binary);
  if (!out || !(out << body)) throw InputError(path, "cannot write output file");
  return 0;
}

bool has_dot() { return std::system("command -v dot >/dev/null 2>&1") == 0; }

std::string render_svg(const std::string& dot) {
  if (!has_dot())
    throw InputError("dot", "Graphviz is not installed: install it with 'apt-get install graphviz', or use --format dot");
  char tmpl[] = "/tmp/claimtrack-XXXXXX";
  int fd = mkstemp(tmpl);
  if (fd < 0) throw InputError("/tmp", "cannot create a temporary file");
  close(fd);
  std::string in = std::string(tmpl) + ".dot", out = std::string(tmpl) + ".svg";
  std::rename(tmpl, in.c_str());
  { std::ofstream(in, std::ios::binary) << dot; }
  std::string cmd = "dot -Tsvg -o '" + out + "' '" + in + "'";
  int rc = std::system(cmd.c_str());
  std::ifstream f(out, std::ios::binary);
  std::string svg((std::istreambuf_iterator<char>(f)), std::istreambuf_iterator<char>());
  std::remove(in.c_str());
  std::remove(out.c_str());
  if (rc != 0 || svg.empty()) throw InputError("dot", "Graphviz failed to render the graph (exit " + std::to_string(rc) + ")");
  return svg;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App cli{"claimtrack: track what news sources claim about events and where they contradict each other"};
  cli.require_subcommand(1);
  cli.set_version_flag("--version", std::string("claimtrack ") + CLAIMTRACK_VERSION);
  std::string db = "claimtrack.db", rules_dir = rules::default_rules_dir(), format, out_path;
  std::vector<std::string> paths;
  bool no_isolate = false;

  auto add_db = [&](CLI::App* c) { c->add_option("--db", db, "SQLite database (default ./claimtrack.db)"); };
  auto add_rules = [&](CLI::App* c) { c->add_option("--rules", rules_dir, "rules directory (default: the source tree's rules/ or $CLAIMTRACK_RULES)"); };
  auto add_isolate = [&](CLI::App* c) {
    c->add_flag("--no-isolate", no_isolate, "do not wrap right-to-left text in Unicode isolates");
  };

  auto* ingest = cli.add_subcommand("ingest", "read articles (directories, .txt with manifest.json, .jsonl) into the database");
  add_db(ingest);
  add_rules(ingest);
  ingest->add_option("paths", paths, "files or directories")->required();

  auto* run = cli.add_subcommand("run", "ingest PATHs and print the contradiction report (the main job)");
  add_db(run);
  add_rules(run);
  run->add_option("paths", paths, "files or directories")->required();
  add_isolate(run);

  auto* claims = cli.add_subcommand("claims", "list extracted claims");
  add_db(claims);
  claims->add_option("--format", format, "text or jsonl")->check(CLI::IsMember({"text", "jsonl"}));
  add_isolate(claims);

  auto* events = cli.add_subcommand("events", "list linked events and their claims");
  add_db(events);

  auto* report = cli.add_subcommand("report", "print the contradiction report");
  add_db(report);
  report->add_option("--format", format, "text or json")->check(CLI::IsMember({"text", "json"}));
  add_isolate(report);

  auto* exp = cli.add_subcommand("export", "export the claim graph for review (Graphviz)");
  add_db(exp);
  report::ExportFilter filter;
  exp->add_option("--format", format, "dot or svg")->check(CLI::IsMember({"dot", "svg"}));
  exp->add_option("--event", filter.event, "only this event id (see 'claimtrack events')");
  exp->add_option("--since", filter.since, "only claims made on or after YYYY-MM-DD");
  exp->add_option("--outlet", filter.outlet, "only claims published by or relayed through this outlet");
  exp->add_option("-o,--output", out_path, "write to FILE instead of standard output");

  auto* check = cli.add_subcommand("check", "nightly consistency check: exit 0 nothing new, 1 new findings, 2 error");
  add_db(check);
  add_rules(check);
  check->add_option("--format", format, "text, json or junit")->check(CLI::IsMember({"text", "json", "junit"}));
  check->add_option("-o,--output", out_path, "write to FILE instead of standard output");
  add_isolate(check);

  auto* tri = cli.add_subcommand("triage", "acknowledge or dismiss a finding so later checks stay quiet about it");
  add_db(tri);
  std::string finding, note;
  bool ack = false, dismiss = false;
  tri->add_option("finding", finding, "finding id (F...) or key")->required();
  auto* ack_opt = tri->add_flag("--ack", ack, "acknowledge: known, being handled");
  auto* dis_opt = tri->add_flag("--dismiss", dismiss, "dismiss: not a real contradiction");
  ack_opt->excludes(dis_opt);
  tri->add_option("--note", note, "why (kept with the finding)")->required();

  auto* ev = cli.add_subcommand("eval", "score the database's claims and report against a gold file");
  add_db(ev);
  std::string gold, require;
  bool verbose = false;
  ev->add_option("--gold", gold, "gold file (see samples/gold/)")->required();
  ev->add_option("--require", require, "conditions, e.g. \"claim_recall>=0.9,must_not_violations<=0\"");
  ev->add_flag("-v,--verbose", verbose, "list every gold claim and conflict");

  auto* rules_cmd = cli.add_subcommand("rules", "rule files");
  auto* rules_check = rules_cmd->add_subcommand("check", "validate the rule files and count their entries");
  add_rules(rules_check);
  rules_cmd->require_subcommand(1);

  try {
    cli.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return cli.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return cli.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return cli.exit(e);
  } catch (const CLI::ParseError& e) {
    cli.exit(e);
    return 2;
  }
  bool isolate = !no_isolate;

  try {
    auto load_rules = [&] { return rules::RuleSet::load(rules_dir); };
    if (rules_check->parsed()) {
      auto rs = load_rules();
      std::cout << "rules in " << rs.dir << " are valid (hash " << rs.hash << ")\n";
      std::cout << "  all: " << rs.entities.size() << " entities, " << rs.statuses.size() << " statuses, "
                << rs.conflicts.size() << " conflict rules\n";
      for (const auto& [code, lr] : rs.langs)
        std::cout << "  " << code << ": " << lr.entities.entries().size() << " aliases, " << lr.anonymous.entries().size()
                  << " anonymous sources, " << lr.speech.entries().size() << " speech cues, "
                  << lr.events.entries().size() << " event words, " << lr.statuses.entries().size()
                  << " status words\n";
      return 0;
    }
    if (ingest->parsed() || run->parsed()) {
      auto rs = load_rules();
      Store store(db);
      auto st = app::ingest(store, rs, paths);
      std::cerr << "ingested " << st.documents << " document(s), " << st.claims << " claim(s); " << st.unchanged
                << " unchanged";
      if (!st.errors.empty()) std::cerr << "; " << st.errors.size() << " input(s) rejected";
      std::cerr << " (database " << db << ")\n";
      for (const auto& e : st.errors) std::cerr << "claimtrack: error: " << e << "\n";
      if (run->parsed())
        std::cout << report::report_text(store.findings(), store.claims(), isolate);
      return st.errors.empty() ? 0 : 2;
    }
    if (claims->parsed()) {
      Store store(db, true);
      auto docs = store.documents();
      if (format == "jsonl")
        std::cout << report::claims_jsonl(docs, store.claims(), store.events());
      else
        std::cout << report::claims_text(docs, store.claims(), store.events(), isolate);
      return 0;
    }
    if (events->parsed()) {
      Store store(db, true);
      for (const Event& e : store.events())
        std::cout << e.id << "  " << (isolate ? text::isolate_rtl(e.label) : e.label) << "  (" << e.claims.size()
                  << " claims)\n";
      return 0;
    }
    if (report->parsed()) {
      Store store(db, true);
      if (format == "json")
        std::cout << report::report_json(store.findings());
      else
        std::cout << report::report_text(store.findings(), store.claims(), isolate);
      return 0;
    }
    if (exp->parsed()) {
      Store store(db, true);
      std::string dot = report::export_dot(store.documents(), store.claims(), store.events(), store.findings(), filter);
      return write_output(format == "svg" ? render_svg(dot) : dot, out_path);
    }
    if (check->parsed()) {
      // The run is recorded as reported: make sure the report can be written first.
      if (!out_path.empty() && out_path != "-" && !std::ofstream(out_path, std::ios::app))
        throw InputError(out_path, "cannot write output file");
      Store store(db, true);
      std::unique_ptr<rules::RuleSet> rs;
      std::string rules_error;
      try {
        rs = std::make_unique<rules::RuleSet>(load_rules());
      } catch (const InputError& e) {
        rules_error = e.what();
      }
      auto r = app::nightly_check(store, rs.get(), rules_error);
      std::string body = format == "json"    ? report::check_json(r)
                         : format == "junit" ? report::check_junit(r)
                                             : report::check_text(r, isolate);
      write_output(body, out_path);
      if (!r.problems.empty()) return 2;
      return r.fresh.empty() ? 0 : 1;
    }
    if (tri->parsed()) {
      if (!ack && !dismiss) throw InputError("triage", "say --ack or --dismiss");
      Store store(db, true);
      app::triage(store, finding, ack ? "acknowledged" : "dismissed", note);
      std::cout << finding << " " << (ack ? "acknowledged" : "dismissed") << "\n";
      return 0;
    }
    if (ev->parsed()) {
      Store store(db, true);
      auto r = report::evaluate_with_docs(gold, store.documents(), store.claims(), store.findings(), require);
      std::cout << report::eval_text(r, verbose);
      return r.failed.empty() ? 0 : 1;
    }
  } catch (const InputError& e) {
    std::cerr << "claimtrack: error: " << e.what() << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "claimtrack: internal error: " << e.what() << "\n";
    return 2;
  }
  return 2;
}
