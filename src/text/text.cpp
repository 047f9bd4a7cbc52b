#include "text/text.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <set>
#include <sstream>

namespace claimtrack::text {
namespace {

void append_utf8(std::string& out, UChar32 c) {
  char buf[4];
  int32_t i = 0;
  UBool err = false;
  U8_APPEND(buf, i, 4, c, err);
  if (!err) out.append(buf, static_cast<size_t>(i));
}

bool dropped_in_key(UChar32 c) {
  return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || c == 0x0640 ||  // harakat, tatweel
         (c >= 0x200B && c <= 0x200F) ||                                  // ZW*, LRM, RLM
         (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||  // bidi controls
         c == 0x00AD || c == 0xFEFF;
}

// One folded code point for one code point of input (after NFKC); 0 = drop.
UChar32 fold_cp(UChar32 c) {
  if (dropped_in_key(c)) return 0;
  switch (c) {
    case 0x064A: case 0x0649: case 0x0626: return 0x06CC;  // ي ى ئ -> ی
    case 0x0643: return 0x06A9;                             // ك -> ک
    case 0x0623: case 0x0625: case 0x0622: case 0x0671: return 0x0627;  // أ إ آ ٱ -> ا
    case 0x0624: return 0x0648;                             // ؤ -> و
    case 0x06C0: case 0x0629: return 0x0647;                // ۀ ة -> ه
    case 0x0451: return 0x0435;                             // ё -> е
    case 0x0401: return 0x0435;
    default: break;
  }
  if (u_charType(c) == U_DECIMAL_DIGIT_NUMBER) {
    int32_t d = u_charDigitValue(c);
    if (d >= 0 && d <= 9) return '0' + d;
  }
  return u_foldCase(c, U_FOLD_CASE_DEFAULT);
}

const icu::Normalizer2* nfkc() {
  static const icu::Normalizer2* n = [] {
    UErrorCode st = U_ZERO_ERROR;
    const icu::Normalizer2* p = icu::Normalizer2::getNFKCInstance(st);
    return U_SUCCESS(st) ? p : nullptr;
  }();
  return n;
}

// Calls f(folded_cp) for every folded code point of c (NFKC may expand one
// code point into several, e.g. Arabic ligatures).
template <class F>
void fold_each(UChar32 c, F&& f) {
  const icu::Normalizer2* n = nfkc();
  if (c >= 0x80 && n && !n->isInert(c)) {
    icu::UnicodeString d;
    if (n->getDecomposition(c, d)) {
      UErrorCode st = U_ZERO_ERROR;
      icu::UnicodeString norm = n->normalize(d, st);
      if (U_SUCCESS(st)) {
        for (int32_t i = 0; i < norm.length();) {
          UChar32 x = norm.char32At(i);
          i += U16_LENGTH(x);
          if (UChar32 y = fold_cp(x)) f(y);
        }
        return;
      }
    }
  }
  if (UChar32 y = fold_cp(c)) f(y);
}

bool word_char(UChar32 c) {
  if (c == 0x200C || c == 0x200D || c == 0x0640) return true;  // joiners and tatweel stay inside words
  int8_t t = u_charType(c);
  return u_isalnum(c) || t == U_NON_SPACING_MARK || t == U_COMBINING_SPACING_MARK;
}

bool is_space(UChar32 c) { return u_isUWhiteSpace(c) || c == 0x200F || c == 0x200E; }

}  // namespace

void validate_utf8(std::string_view s, const std::string& path) {
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size());
  int32_t i = 0;
  size_t line = 1;
  while (i < len) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0)
      throw InputError(path + ":" + std::to_string(line),
                       "invalid UTF-8 at byte " + std::to_string(at) + " (the file must be UTF-8 text)");
    if (c == '\n') ++line;
  }
}

bool looks_binary(std::string_view s) {
  size_t control = 0;
  for (unsigned char ch : s) {
    if (ch == 0) return true;
    if (ch < 0x20 && ch != '\n' && ch != '\r' && ch != '\t' && ch != '\f') ++control;
  }
  return !s.empty() && control * 20 > s.size();
}

std::string fold(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size()), i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0) continue;
    fold_each(c, [&](UChar32 y) { append_utf8(out, y); });
  }
  return out;
}

std::vector<Token> tokenize(std::string_view s, size_t base) {
  std::vector<Token> out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size()), i = 0;
  Token cur;
  bool in = false, all_digits = true;
  auto close = [&](size_t at) {
    if (in && !cur.key.empty()) {
      cur.end = base + at;
      cur.number = all_digits;
      out.push_back(std::move(cur));
    }
    cur = Token{};
    in = false;
    all_digits = true;
  };
  while (i < len) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c >= 0 && word_char(c)) {
      if (!in) {
        in = true;
        cur.begin = base + static_cast<size_t>(at);
      }
      fold_each(c, [&](UChar32 y) {
        if (y < '0' || y > '9') all_digits = false;
        append_utf8(cur.key, y);
      });
    } else {
      close(static_cast<size_t>(at));
    }
  }
  close(s.size());
  return out;
}

std::vector<Span> quote_spans(std::string_view s, size_t base) {
  // « » and ‹ › nest; straight and curly double quotes toggle (news text mixes
  // “ and ” freely, so their direction cannot be trusted).
  std::vector<Span> out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size()), i = 0;
  int guillemets = 0;
  size_t g_open = 0;
  bool toggle = false;
  size_t t_open = 0;
  while (i < len) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c == 0x00AB) {
      if (guillemets++ == 0) g_open = at;
    } else if (c == 0x00BB) {
      if (guillemets > 0 && --guillemets == 0) out.push_back({base + g_open, base + static_cast<size_t>(i)});
    } else if (c == '"' || c == 0x201C || c == 0x201D || c == 0x201E) {
      if (guillemets > 0) continue;
      if (!toggle) {
        toggle = true;
        t_open = at;
      } else {
        toggle = false;
        out.push_back({base + t_open, base + static_cast<size_t>(i)});
      }
    }
  }
  return out;
}

namespace {

// ICU sentence boundaries of one paragraph, as byte offsets into it.
std::vector<size_t> icu_breaks(std::string_view para, const std::string& lang) {
  std::vector<size_t> out;
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createSentenceInstance(icu::Locale(lang.empty() ? "en" : lang.c_str()), st));
  if (U_FAILURE(st)) return out;
  UText* ut = utext_openUTF8(nullptr, para.data(), static_cast<int64_t>(para.size()), &st);
  if (U_FAILURE(st)) return out;
  bi->setText(ut, st);
  if (U_SUCCESS(st)) {
    for (int32_t b = bi->next(); b != icu::BreakIterator::DONE; b = bi->next())
      out.push_back(static_cast<size_t>(b));
  }
  utext_close(ut);
  return out;
}

Span trim(std::string_view text, size_t b, size_t e) {
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  while (b < e) {
    int32_t i = static_cast<int32_t>(b);
    UChar32 c;
    U8_NEXT(p, i, static_cast<int32_t>(e), c);
    if (c >= 0 && !is_space(c) && c != 0x00A0) break;
    b = static_cast<size_t>(i);
  }
  while (e > b) {
    int32_t i = static_cast<int32_t>(e);
    UChar32 c;
    U8_PREV(p, 0, i, c);
    if (c >= 0 && !is_space(c) && c != 0x00A0) break;
    e = static_cast<size_t>(i);
  }
  return {b, e};
}

}  // namespace

namespace {
// True when the text just before `at` ends with a listed abbreviation or a
// one-letter initial, so an ICU break there is not a sentence end.
bool after_abbreviation(std::string_view para, size_t at, const std::vector<std::string>& abbreviations) {
  size_t end = at;
  while (end > 0 && (para[end - 1] == ' ' || para[end - 1] == '\t')) --end;
  if (end == 0 || para[end - 1] != '.') return false;
  size_t begin = end;
  while (begin > 0 && para[begin - 1] != ' ' && para[begin - 1] != '\t' && para[begin - 1] != '(' &&
         para[begin - 1] != '"')
    --begin;
  std::string word = fold(para.substr(begin, end - begin));
  for (const auto& a : abbreviations)
    if (word == a) return true;
  // "В." or "J." (one capital letter and a dot) is an initial.
  std::string_view w = para.substr(begin, end - begin - 1);
  const auto* p = reinterpret_cast<const uint8_t*>(w.data());
  int32_t i = 0, len = static_cast<int32_t>(w.size());
  UChar32 c = 0;
  if (len > 0) U8_NEXT(p, i, len, c);
  return i == len && c > 0 && u_isupper(c);
}
// Sentence ends that scraped text lost its space after ("the statement says.The two
// sides agreed"): a full stop, "!" or "?" between a lower-case letter and an upper-case one.
std::vector<size_t> glued_breaks(std::string_view para) {
  std::vector<size_t> out;
  const auto* p = reinterpret_cast<const uint8_t*>(para.data());
  int32_t len = static_cast<int32_t>(para.size());
  for (int32_t i = 1; i + 1 < len; ++i) {
    if (para[i] != '.' && para[i] != '!' && para[i] != '?') continue;
    int32_t b = i, a = i + 1;
    UChar32 before = 0, after = 0;
    U8_PREV(p, 0, b, before);
    U8_NEXT(p, a, len, after);
    if (before > 0 && after > 0 && u_islower(before) && u_isupper(after)) out.push_back(static_cast<size_t>(i + 1));
  }
  return out;
}
}  // namespace

std::vector<Sentence> split_sentences(std::string_view text, const std::string& lang,
                                      const std::vector<std::string>& abbreviations) {
  std::vector<Sentence> out;
  size_t start = 0;
  while (start <= text.size()) {
    size_t nl = text.find('\n', start);
    size_t stop = nl == std::string_view::npos ? text.size() : nl;
    std::string_view para = text.substr(start, stop - start);
    if (!para.empty()) {
      std::vector<Span> quotes = quote_spans(para);
      auto inside_quote = [&](size_t off) {
        for (const Span& q : quotes)
          if (off > q.begin && off < q.end - 1) return true;
        return false;
      };
      Sentence cur;
      size_t sb = 0, pb = 0;
      std::vector<size_t> breaks = icu_breaks(para, lang);
      std::vector<size_t> glued = glued_breaks(para);
      breaks.insert(breaks.end(), glued.begin(), glued.end());
      std::sort(breaks.begin(), breaks.end());
      breaks.erase(std::unique(breaks.begin(), breaks.end()), breaks.end());
      for (size_t b : breaks) {
        if (b < para.size() && after_abbreviation(para, b, abbreviations)) continue;
        Span piece = trim(text, start + pb, start + b);
        if (piece.end > piece.begin) cur.pieces.push_back(piece);
        pb = b;
        if (b < para.size() && inside_quote(b)) continue;
        Span s = trim(text, start + sb, start + b);
        if (s.end > s.begin) {
          cur.span = s;
          out.push_back(std::move(cur));
        }
        cur = Sentence{};
        sb = b;
      }
    }
    if (nl == std::string_view::npos) break;
    start = nl + 1;
  }
  return out;
}

std::string detect_language(std::string_view s) {
  size_t arabic = 0, persian_only = 0, arabic_only = 0, cyrillic = 0, latin = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size()), i = 0;
  while (i < len) {
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0 || !u_isalpha(c)) continue;
    UErrorCode st = U_ZERO_ERROR;
    UScriptCode sc = uscript_getScript(c, &st);
    if (sc == USCRIPT_ARABIC) {
      ++arabic;
      // Letters only Persian uses vs letters only Arabic uses.
      if (c == 0x067E || c == 0x0686 || c == 0x0698 || c == 0x06AF || c == 0x06A9 || c == 0x06CC)
        ++persian_only;
      else if (c == 0x0629 || c == 0x064A || c == 0x0643 || c == 0x0649)
        ++arabic_only;
    } else if (sc == USCRIPT_CYRILLIC) {
      ++cyrillic;
    } else if (sc == USCRIPT_LATIN) {
      ++latin;
    }
  }
  size_t total = arabic + cyrillic + latin;
  if (total < 3) return "";
  if (arabic >= cyrillic && arabic >= latin) return persian_only > arabic_only ? "fa" : "ar";
  return cyrillic >= latin ? "ru" : "en";
}

std::string romanize_cyrillic(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  bool cyrillic = false;
  for (int32_t i = 0; i < u.length() && !cyrillic; i = u.moveIndex32(i, 1)) {
    UErrorCode st = U_ZERO_ERROR;
    cyrillic = uscript_getScript(u.char32At(i), &st) == USCRIPT_CYRILLIC;
  }
  if (!cyrillic) return "";
  // One transliterator per thread: extraction runs on several.
  thread_local std::unique_ptr<icu::Transliterator> tr = [] {
    UErrorCode st = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createInstance(
        "Russian-Latin/BGN; [\\u00B7\\u02B9\\u02BA] Remove; Latin-ASCII", UTRANS_FORWARD, st));
    return U_SUCCESS(st) ? std::move(t) : nullptr;
  }();
  if (!tr) return "";
  tr->transliterate(u);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string isolate_rtl(std::string_view s) {
  std::string out;
  const auto* p = reinterpret_cast<const uint8_t*>(s.data());
  int32_t len = static_cast<int32_t>(s.size()), i = 0;
  // A run starts at a strong RTL character and ends after the last strong RTL
  // character before the next strong LTR character or end of line.
  size_t run_start = 0, run_end = 0;
  bool in_run = false;
  auto flush = [&](size_t upto) {
    if (in_run) {
      out += "\u2068";
      out.append(s.substr(run_start, run_end - run_start));
      out += "\u2069";
      out.append(s.substr(run_end, upto - run_end));
      in_run = false;
    }
  };
  size_t copied = 0;
  while (i < len) {
    int32_t at = i;
    UChar32 c;
    U8_NEXT(p, i, len, c);
    if (c < 0) continue;
    UCharDirection d = u_charDirection(c);
    bool rtl = d == U_RIGHT_TO_LEFT || d == U_RIGHT_TO_LEFT_ARABIC;
    bool ltr = d == U_LEFT_TO_RIGHT || c == '\n';
    if (rtl) {
      if (!in_run) {
        out.append(s.substr(copied, static_cast<size_t>(at) - copied));
        in_run = true;
        run_start = static_cast<size_t>(at);
      }
      run_end = static_cast<size_t>(i);
    } else if (ltr && in_run) {
      flush(static_cast<size_t>(at));
      copied = static_cast<size_t>(at);
    }
  }
  if (in_run) {
    flush(s.size());
  } else {
    out.append(s.substr(copied));
  }
  return out;
}

}  // namespace claimtrack::text

namespace claimtrack::text {
namespace {

std::string lower_ascii(std::string_view s) {
  std::string o(s);
  for (char& c : o)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return o;
}

void append_utf8(std::string& out, uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x110000) {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// Decodes the character references of a text run ("&amp;", "&#1575;", "&#x627;").
std::string decode_entities(std::string_view s) {
  static const std::map<std::string, std::string> named = {
      {"amp", "&"},  {"lt", "<"},  {"gt", ">"},      {"quot", "\""}, {"apos", "'"}, {"nbsp", " "},
      {"laquo", "«"}, {"raquo", "»"}, {"ndash", "–"}, {"mdash", "—"}, {"hellip", "…"}, {"zwnj", "\u200c"}};
  std::string out;
  for (size_t i = 0; i < s.size(); ++i) {
    size_t semi = s[i] == '&' ? s.find(';', i) : std::string_view::npos;
    if (semi == std::string_view::npos || semi - i > 10) {
      out += s[i];
      continue;
    }
    std::string name(s.substr(i + 1, semi - i - 1));
    if (!name.empty() && name[0] == '#') {
      bool hex = name.size() > 1 && (name[1] == 'x' || name[1] == 'X');
      std::string digits = name.substr(hex ? 2 : 1);
      bool ok = !digits.empty() && std::all_of(digits.begin(), digits.end(), [&](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) || (hex && std::isxdigit(static_cast<unsigned char>(c)));
      });
      if (ok) {
        append_utf8(out, static_cast<uint32_t>(std::stoul(digits, nullptr, hex ? 16 : 10)));
        i = semi;
        continue;
      }
    } else if (auto it = named.find(name); it != named.end()) {
      out += it->second;
      i = semi;
      continue;
    }
    out += s[i];
  }
  return out;
}

}  // namespace

std::string html_to_text(std::string_view html) {
  static const std::set<std::string> dropped = {"script", "style", "noscript", "nav", "header", "footer",
                                                "aside", "form", "template", "svg"};
  static const std::set<std::string> blocks = {"p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
                                               "tr", "table", "section", "article", "blockquote", "figcaption",
                                               "title", "main", "hr"};
  std::string body, title, h1, run;
  std::string* capture = nullptr;  // while inside <title> or the first <h1>
  auto flush = [&](bool newline) {
    std::string t = decode_entities(run);
    run.clear();
    if (capture) *capture += t;
    else body += t;
    if (newline && !capture) body += '\n';
  };
  size_t i = 0;
  while (i < html.size()) {
    if (html[i] != '<') {
      run += html[i++];
      continue;
    }
    if (html.compare(i, 4, "<!--") == 0) {
      size_t e = html.find("-->", i + 4);
      i = e == std::string_view::npos ? html.size() : e + 3;
      continue;
    }
    size_t e = html.find('>', i);
    if (e == std::string_view::npos) break;
    std::string_view tag = html.substr(i + 1, e - i - 1);
    bool closing = !tag.empty() && tag[0] == '/';
    if (closing) tag.remove_prefix(1);
    size_t n = 0;
    while (n < tag.size() && (std::isalnum(static_cast<unsigned char>(tag[n])))) ++n;
    std::string name = lower_ascii(tag.substr(0, n));
    i = e + 1;
    if (!closing && dropped.count(name) && (tag.empty() || tag.back() != '/')) {
      // Skip to the matching close tag.
      std::string lower = lower_ascii(html.substr(i));
      size_t close = lower.find("</" + name);
      i = close == std::string::npos ? html.size() : i + lower.find('>', close) + 1;
      continue;
    }
    if (name == "title" || (name == "h1" && h1.empty() && !closing && !capture)) {
      flush(false);
      if (!closing) capture = name == "title" ? &title : &h1;
      else capture = nullptr;
      continue;
    }
    if (closing && name == "h1" && capture == &h1) {
      flush(false);
      capture = nullptr;
      continue;
    }
    flush(blocks.count(name) > 0);
  }
  flush(false);
  // One line per block, spaces collapsed, no empty runs of lines.
  auto tidy = [](const std::string& s) {
    std::string out, line;
    std::stringstream ss(s);
    int blank = 0;
    while (std::getline(ss, line)) {
      std::string t;
      bool space = false;
      for (char c : line) {
        if (c == ' ' || c == '\t' || c == '\r') {
          space = !t.empty();
          continue;
        }
        if (space) t += ' ';
        space = false;
        t += c;
      }
      if (t.empty()) {
        if (++blank == 1 && !out.empty()) out += '\n';
        continue;
      }
      blank = 0;
      out += t + '\n';
    }
    return out;
  };
  std::string head = tidy(h1.empty() ? title : h1);
  while (!head.empty() && head.back() == '\n') head.pop_back();
  std::replace(head.begin(), head.end(), '\n', ' ');
  std::string text = tidy(body);
  return head.empty() ? text : head + "\n\n" + text;
}

}  // namespace claimtrack::text
