#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "temp_name.h"
#include "rules/rules.h"

using namespace claimtrack;
namespace fs = std::filesystem;

namespace {
// A copy of the shipped rules in a temp dir, to break one file at a time.
fs::path copy_rules() {
  fs::path dir = unique_temp_path("ct-rules-");
  fs::copy(CLAIMTRACK_SOURCE_DIR "/rules", dir, fs::copy_options::recursive);
  return dir;
}
void append(const fs::path& p, const std::string& line) { std::ofstream(p, std::ios::app) << line << "\n"; }
std::string load_error(const fs::path& dir) {
  try {
    rules::RuleSet::load(dir.string());
  } catch (const InputError& e) {
    return e.what();
  }
  return "";
}
}  // namespace

TEST_CASE("the shipped rules load, with the same files in every language", "[rules]") {
  auto rs = rules::RuleSet::load(CLAIMTRACK_SOURCE_DIR "/rules");
  for (const char* l : {"ar", "fa", "en", "ru"}) {
    INFO(l);
    REQUIRE(rs.lang(l));
    CHECK(rs.lang(l)->statuses.entries().size() > 20);
    CHECK(rs.lang(l)->entities.entries().size() > 20);
  }
  CHECK(rs.statuses.size() == 14);
  CHECK(rs.status("postponed")->group == rs.status("suspended")->group);
  CHECK(rs.find_outlet("cnn.com")->name == "CNN");
  CHECK(rs.find_outlet("www.reuters.com")->name == "Reuters");
  CHECK(!rs.hash.empty());
}

TEST_CASE("broken rule files are rejected with file and line", "[rules]") {
  struct Row {
    const char* file;
    const char* line;
    const char* expect;
  };
  std::vector<Row> rows = {
      {"ar/statuses.tsv", "تأجيل\tstatus=postponed\tcolour=red", "unknown key 'colour'"},
      {"fa/statuses.tsv", "لغو\tstatus=abandoned", "unknown status 'abandoned'"},
      {"en/events.tsv", "meeting", "missing required key 'kind'"},
      {"ru/channels.tsv", "по данным\trole=sideways", "has value 'sideways'"},
      {"en/entities.tsv", "Nobody\tid=no_such_entity", "not in all/entities.tsv"},
      {"ar/hedges.tsv", "ربما\u202e", "bidirectional control"},
      {"en/time.tsv", "fortnight\trel_days=x", "needs an integer"},
      {"all/conflicts.tsv", "r1\ta=postponed\tb=never\tkind=contradiction\tseverity=high\texplain=x",
       "unknown status 'never'"},
      {"en/statuses.tsv", "postponed status=postponed", "no phrase before its fields"},
      {"en/entities.tsv", "the Kremlin spokesman\tid=dmitry_peskov\tfrom=2012\tlabel=Kremlin spokesperson",
       "must be a date YYYY-MM-DD"},
      {"en/entities.tsv", "the Kremlin spokesman\tid=dmitry_peskov\tfrom=2012-05-22", "needs a label"},
      {"en/participants.tsv", "emperor\tlevel=leaders\trole=emperor", "not in all/roles.tsv"},
      {"all/entities.tsv", "nowhere_villa\ttype=place\tname=Villa\tin=atlantis", "names 'atlantis'"},
      {"all/entities.tsv", "loop_villa\ttype=place\tname=Villa\tin=loop_villa", "lie in itself"},
      {"all/roles.tsv", "ruler\tlevel=leaders\tcovers=head_of_state,monarch", "covers 'monarch', which is not a role"},
      {"en/time.tsv", "the 32nd\tday=32", "day of the month"},
  };
  for (const auto& r : rows) {
    INFO(r.file << ": " << r.line);
    fs::path dir = copy_rules();
    size_t lines = 0;
    {
      std::ifstream in(dir / r.file);
      std::string l;
      while (std::getline(in, l)) ++lines;
    }
    append(dir / r.file, r.line);
    std::string err = load_error(dir);
    CHECK(err.find(r.expect) != std::string::npos);
    CHECK(err.find(std::string(r.file) + ":" + std::to_string(lines + 1)) != std::string::npos);
    fs::remove_all(dir);
  }
  SECTION("a missing file") {
    fs::path dir = copy_rules();
    fs::remove(dir / "ru" / "hedges.tsv");
    CHECK(load_error(dir).find("ru/hedges.tsv") != std::string::npos);
    fs::remove_all(dir);
  }
}

TEST_CASE("lexicon matching: prefixes, gaps, clitics and longest match", "[rules]") {
  auto rs = rules::RuleSet::load(CLAIMTRACK_SOURCE_DIR "/rules");
  const auto& ar = *rs.lang("ar");
  auto statuses = [&](const rules::LangRules& lr, const std::string& s) {
    auto toks = text::tokenize(s);
    auto forms = lr.forms(toks);
    std::vector<std::string> out;
    for (const auto& m : lr.statuses.match(forms, 0, toks.size())) out.push_back(lr.statuses.entries()[m.entry].get("status"));
    return out;
  };
  // Clitics: conjunction + preposition + article are stripped.
  CHECK(statuses(ar, "وبالتأجيل") == std::vector<std::string>{"postponed"});
  CHECK(statuses(ar, "فإلغاء") == std::vector<std::string>{"cancelled"});
  // A specific phrase beats the general word inside it.
  const auto& fa = *rs.lang("fa");
  CHECK(statuses(fa, "حتی برنامه‌ریزی هم نشده بود") == std::vector<std::string>{"never_agreed"});
  CHECK(statuses(fa, "در حال برنامه‌ریزی است") == std::vector<std::string>{"planned"});
  // Russian inflection through prefixes.
  const auto& ru = *rs.lang("ru");
  CHECK(statuses(ru, "встреча отложена") == std::vector<std::string>{"postponed"});
  CHECK(statuses(ru, "саммит перенесли") == std::vector<std::string>{"postponed"});
  // "+N" needs at least one word in the gap: "عقد الرئيسان قمة" (held a summit),
  // not the verbal noun in "سيتم عقد القمة" (will be held).
  CHECK(statuses(ar, "عقد الرئيسان قمة") == std::vector<std::string>{"held"});
  CHECK(statuses(ar, "سيتم عقد القمة") == std::vector<std::string>{"scheduled"});
  CHECK(statuses(ar, "توقيع عقد") == std::vector<std::string>{});
  // "الاجتماع يوم الجمعة" (on Friday) is not "the meeting gathered him" ("جمعه": "ة" folds
  // to "ه", the pronoun suffix), while "اللقاء جمعهما" is.
  CHECK(statuses(ar, "الاجتماع يوم الجمعة") == std::vector<std::string>{});
  CHECK(statuses(ar, "اللقاء جمعهما") == std::vector<std::string>{"held"});
  // A gap skips no token a barrier marks: "with the ~3 s trip" reaches "Wang's trip" only
  // across the words the caller allows.
  const auto& en = *rs.lang("en");
  auto toks = text::tokenize("official familiar with the preparations said Wang's trip");
  auto forms = en.forms(toks);
  CHECK(en.anonymous.match(forms, 0, toks.size()).front().end == toks.size());
  std::vector<bool> barrier(toks.size(), false);
  barrier[5] = true;  // "said"
  CHECK(en.anonymous.match(forms, 0, toks.size(), &barrier).front().end == 5);
}

TEST_CASE("places lie in the places their `in` chain names, and in their country", "[rules]") {
  auto rs = rules::RuleSet::load(CLAIMTRACK_SOURCE_DIR "/rules");
  CHECK(rs.within("alaska", "anchorage"));
  CHECK_FALSE(rs.within("anchorage", "alaska"));
  CHECK(rs.within("vatican_city", "st_peters_basilica"));
  CHECK(rs.within("usa", "anchorage"));
  CHECK_FALSE(rs.within("rome", "st_peters_basilica"));
  CHECK_FALSE(rs.within("vladivostok", "vostochny_cosmodrome"));
  CHECK_FALSE(rs.within("alaska", "alaska"));
}
