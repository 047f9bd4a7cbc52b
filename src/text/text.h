// Text layer: UTF-8 validation, folding for matching (with offsets back to the
// original), word tokens, sentence segmentation that keeps quotes whole,
// script-based language identification and bidi isolation for terminals.
//
// Contract: every function takes UTF-8 and returns byte offsets into the
// string it was given (plus `base`). Folded keys are for matching only and are
// never displayed. Thread safety: all functions are reentrant; ICU objects are
// created per call or are immutable singletons.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/model.h"

namespace claimtrack::text {

// Throws InputError("path:line", ...) at the first invalid UTF-8 sequence.
void validate_utf8(std::string_view bytes, const std::string& path);
// True for content with NUL bytes or a high share of control characters.
bool looks_binary(std::string_view bytes);

// Folds for matching: NFKC, case folding, Arabic/Persian letter variants
// unified toward Persian (ي ى ئ -> ی, ك -> ک, أ إ آ ٱ -> ا, ؤ -> و, ۀ ة -> ه),
// harakat, tatweel, ZWNJ/ZWJ and bidi controls dropped, ё -> е, all decimal
// digits to ASCII. Punctuation and spaces are kept.
std::string fold(std::string_view s);

// The readable text of an HTML page: the headline (<h1>, else <title>) on the
// first line, then the body with one line per block element. Scripts, styles,
// comments and page chrome (<nav>, <header>, <footer>, <aside>, <form>) are
// dropped; character references are decoded.
std::string html_to_text(std::string_view html);

struct Token {
  std::string key;     // folded form
  size_t begin = 0;    // byte offsets into the original text (+ base)
  size_t end = 0;
  bool number = false; // all digits
};
// Words are maximal runs of letters, digits and combining marks; ZWNJ inside a
// word joins it ("می‌شود" and "میشود" give the same key). Everything else splits.
std::vector<Token> tokenize(std::string_view text, size_t base = 0);

struct Sentence {
  Span span;                 // trimmed sentence
  std::vector<Span> pieces;  // ICU sentences inside it (quotes may hold several)
};
// Paragraph breaks always split; ICU sentence breaks inside « », “ ” or "..."
// do not, so a quoted passage stays in the sentence that attributes it. Nor
// do breaks after an abbreviation in `abbreviations` (folded, with its dots:
// "mr.", "u.s.", "г.") or after a one-letter initial ("В. Путин").
std::vector<Sentence> split_sentences(std::string_view text, const std::string& lang,
                                      const std::vector<std::string>& abbreviations = {});

// Byte spans of quoted passages (the quote marks included) in `s` (+ base).
std::vector<Span> quote_spans(std::string_view s, size_t base = 0);

// "ar", "fa", "en", "ru" or "" when the text has too few letters to tell.
std::string detect_language(std::string_view text);

// A Latin spelling of a Cyrillic name ("Ани Бадалян" -> "Ani Badalyan", BGN
// romanization in ASCII) so a reader and a search in English find it; "" when
// the text has no Cyrillic letter.
std::string romanize_cyrillic(std::string_view s);

// Wraps every right-to-left run in FSI ... PDI so a mixed line renders in
// logical order in a terminal.
std::string isolate_rtl(std::string_view s);

}  // namespace claimtrack::text
