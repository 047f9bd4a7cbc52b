#include "ingest/ingest.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

#include "extract/extract.h"
#include "extract/timex.h"
#include "text/text.h"

namespace fs = std::filesystem;
using json = nlohmann::json;

namespace claimtrack::ingest {
namespace {

std::string read_all(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw InputError(p.string(), "cannot read file");
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// Validates raw article bytes: present, text, UTF-8.
void check_text(const std::string& bytes, const std::string& where) {
  if (bytes.find_first_not_of(" \t\r\n") == std::string::npos) throw InputError(where, "empty file: no article text");
  if (text::looks_binary(bytes)) throw InputError(where, "binary file, not article text");
  text::validate_utf8(bytes, where);
}

size_t line_of(const std::string& s, size_t byte) {
  return 1 + static_cast<size_t>(std::count(s.begin(), s.begin() + static_cast<long>(std::min(byte, s.size())), '\n'));
}

std::string date_only(const std::string& s) {
  std::string d = s.substr(0, std::min<size_t>(10, s.size()));
  return timex::valid_date(d) ? d : "";
}

std::string str_or_empty(const json& j, const char* key) {
  if (!j.contains(key) || j[key].is_null()) return "";
  if (!j[key].is_string()) throw std::runtime_error(std::string("'") + key + "' must be a string");
  return j[key].get<std::string>();
}

struct ManifestEntry {
  std::string id, outlet, lang, published;
  std::vector<std::string> via;
};

// manifest.json: {"documents": [{"file", "id", "outlet", "lang", "published", "via"}], "about"?}
std::map<std::string, ManifestEntry> read_manifest(const fs::path& p, const rules::RuleSet& rules) {
  std::string body = read_all(p);
  std::string where = p.string();
  text::validate_utf8(body, where);
  json j;
  try {
    j = json::parse(body);
  } catch (const json::parse_error& e) {
    throw InputError(where + ":" + std::to_string(line_of(body, e.byte)), std::string("malformed JSON: ") + e.what());
  }
  if (!j.is_object() || !j.contains("documents") || !j["documents"].is_array())
    throw InputError(where, "a manifest is an object with a \"documents\" array");
  for (const auto& [k, _] : j.items())
    if (k != "documents" && k != "about") throw InputError(where, "unknown top-level key '" + k + "'");
  static const std::set<std::string> keys = {"file", "id", "outlet", "lang", "published", "via", "url", "title"};
  std::map<std::string, ManifestEntry> out;
  size_t i = 0;
  for (const auto& d : j["documents"]) {
    std::string at = where + ": documents[" + std::to_string(i++) + "]";
    if (!d.is_object()) throw InputError(at, "each document must be an object");
    for (const auto& [k, _] : d.items())
      if (!keys.count(k)) throw InputError(at, "unknown key '" + k + "'");
    ManifestEntry m;
    std::string file;
    try {
      file = str_or_empty(d, "file");
      m.id = str_or_empty(d, "id");
      m.outlet = str_or_empty(d, "outlet");
      m.lang = str_or_empty(d, "lang");
      m.published = str_or_empty(d, "published");
      if (d.contains("via") && !d["via"].is_null()) {
        if (!d["via"].is_array()) throw std::runtime_error("'via' must be an array of outlet names");
        for (const auto& v : d["via"]) {
          if (!v.is_string()) throw std::runtime_error("'via' must be an array of outlet names");
          m.via.push_back(v.get<std::string>());
        }
      }
    } catch (const std::exception& e) {
      throw InputError(at, e.what());
    }
    if (file.empty()) throw InputError(at, "missing \"file\"");
    if (!m.published.empty() && !timex::valid_date(m.published))
      throw InputError(at, "\"published\" must be YYYY-MM-DD, got '" + m.published + "'");
    if (!m.lang.empty() && !rules.lang(m.lang)) throw InputError(at, "no rules for language '" + m.lang + "'");
    if (m.id.empty()) m.id = fs::path(file).stem().string();
    out[file] = m;
  }
  return out;
}

std::string canonical_outlet(const std::string& name, const rules::RuleSet& rules) {
  if (name.empty()) return "";
  const auto* o = rules.find_outlet(name);
  return o ? o->name : name;
}

bool is_html(const fs::path& p) { return p.extension() == ".html" || p.extension() == ".htm"; }

// A .txt article, or a saved .html page reduced to its readable text.
Document from_txt(const fs::path& p, const ManifestEntry* m, const rules::RuleSet& rules) {
  std::string bytes = read_all(p);
  check_text(bytes, p.string());
  Document d;
  d.file = p.string();
  d.text = is_html(p) ? text::html_to_text(bytes) : std::move(bytes);
  if (d.text.find_first_not_of(" \n") == std::string::npos) throw InputError(p.string(), "the page has no text");
  d.id = m && !m->id.empty() ? m->id : p.filename().string();
  if (m) {
    d.outlet = canonical_outlet(m->outlet, rules);
    d.lang = m->lang;
    d.published = m->published;
    for (const auto& v : m->via) d.via.push_back(canonical_outlet(v, rules));
  }
  return d;
}

void read_jsonl(const fs::path& p, const rules::RuleSet& rules, Result& out) {
  std::string body;
  try {
    body = read_all(p);
    check_text(body, p.string());
  } catch (const InputError& e) {
    out.errors.push_back(e.what());
    return;
  }
  std::stringstream ss(body);
  std::string line;
  size_t n = 0;
  while (std::getline(ss, line)) {
    ++n;
    std::string where = p.string() + ":" + std::to_string(n);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    try {
      json j;
      try {
        j = json::parse(line);
      } catch (const json::parse_error& e) {
        throw InputError(where, std::string("malformed JSON: ") + e.what());
      }
      if (!j.is_object()) throw InputError(where, "each line must be a JSON object (a news-please article)");
      Document d;
      try {
        std::string title = str_or_empty(j, "title"), text = str_or_empty(j, "maintext");
        if (text.empty() && title.empty()) throw std::runtime_error("article has neither \"title\" nor \"maintext\"");
        d.title = title;
        d.text = title.empty() ? text : title + "\n" + text;
        d.published = date_only(str_or_empty(j, "date_publish"));
        d.lang = str_or_empty(j, "language");
        d.url = str_or_empty(j, "url");
        d.outlet = canonical_outlet(str_or_empty(j, "source_domain"), rules);
        d.id = str_or_empty(j, "id");
      } catch (const std::exception& e) {
        throw InputError(where, e.what());
      }
      if (d.id.empty()) d.id = p.stem().string() + "-" + std::to_string(n);
      d.file = where;
      if (!d.lang.empty() && !rules.lang(d.lang)) d.lang.clear();  // e.g. "en-US" or an unsupported code: detect
      text::validate_utf8(d.text, where);
      out.documents.push_back(std::move(d));
    } catch (const InputError& e) {
      out.errors.push_back(e.what());
    }
  }
}

void read_dir(const fs::path& dir, const rules::RuleSet& rules, Result& out) {
  std::vector<fs::path> txt, jsonl, subdirs;
  for (const auto& e : fs::directory_iterator(dir)) {
    if (e.is_directory()) subdirs.push_back(e.path());
    else if (e.path().extension() == ".txt" || is_html(e.path())) txt.push_back(e.path());
    else if (e.path().extension() == ".jsonl") jsonl.push_back(e.path());
  }
  std::sort(txt.begin(), txt.end());
  std::sort(jsonl.begin(), jsonl.end());
  std::sort(subdirs.begin(), subdirs.end());
  std::map<std::string, ManifestEntry> manifest;
  fs::path mp = dir / "manifest.json";
  if (fs::exists(mp)) {
    try {
      manifest = read_manifest(mp, rules);
    } catch (const InputError& e) {
      // Without its metadata no file of this directory can be dated or attributed.
      out.errors.push_back(std::string(e.what()) + " (skipped the " + std::to_string(txt.size()) +
                           " .txt files of this directory)");
      txt.clear();
    }
    for (const auto& [file, _] : manifest)
      if (!fs::exists(dir / file)) out.errors.push_back(mp.string() + ": lists '" + file + "', which does not exist");
  }
  for (const auto& p : txt) {
    try {
      auto it = manifest.find(p.filename().string());
      out.documents.push_back(from_txt(p, it == manifest.end() ? nullptr : &it->second, rules));
    } catch (const InputError& e) {
      out.errors.push_back(e.what());
    }
  }
  for (const auto& p : jsonl) read_jsonl(p, rules, out);
  for (const auto& s : subdirs) read_dir(s, rules, out);
}

}  // namespace

void prepare(Document& d, const rules::RuleSet& rules) {
  if (d.lang.empty()) {
    d.lang = text::detect_language(d.text);
    if (d.lang.empty()) throw InputError(d.file, "cannot tell the language (too few letters); give it in the manifest");
  }
  if (!rules.lang(d.lang)) throw InputError(d.file, "no rules for language '" + d.lang + "'");
  extract::mark_furniture(d, rules);
  // FNV-1a over text and metadata: a changed date or outlet re-extracts too.
  uint64_t h = 1469598103934665603ULL;
  std::string via;
  for (const auto& v : d.via) via += v + "\x1f";
  for (const std::string* s : {&d.text, &d.outlet, &d.lang, &d.published, &via, &d.url})
    for (unsigned char c : *s + "\x1e") h = (h ^ c) * 1099511628211ULL;
  std::ostringstream hs;
  hs << std::hex << h;
  d.hash = hs.str();
}

Result read_paths(const std::vector<std::string>& paths, const rules::RuleSet& rules) {
  Result out;
  for (const auto& s : paths) {
    fs::path p(s);
    std::error_code ec;
    if (!fs::exists(p, ec)) {
      out.errors.push_back(s + ": no such file or directory");
      continue;
    }
    try {
      if (fs::is_directory(p)) {
        read_dir(p, rules, out);
      } else if (p.extension() == ".jsonl") {
        read_jsonl(p, rules, out);
      } else if (p.extension() == ".txt" || is_html(p)) {
        // A single file still takes its metadata from a manifest beside it.
        std::map<std::string, ManifestEntry> manifest;
        if (fs::exists(p.parent_path() / "manifest.json")) manifest = read_manifest(p.parent_path() / "manifest.json", rules);
        auto it = manifest.find(p.filename().string());
        out.documents.push_back(from_txt(p, it == manifest.end() ? nullptr : &it->second, rules));
      } else {
        out.errors.push_back(s + ": not an article file (expected a directory, .txt, .html or .jsonl)");
      }
    } catch (const InputError& e) {
      out.errors.push_back(e.what());
    }
  }
  std::vector<Document> ready;
  for (auto& d : out.documents) {
    try {
      prepare(d, rules);
      ready.push_back(std::move(d));
    } catch (const InputError& e) {
      out.errors.push_back(e.what());
    }
  }
  out.documents = std::move(ready);
  return out;
}

}  // namespace claimtrack::ingest
