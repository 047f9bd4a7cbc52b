// Plain value types shared by the pipeline stages. No behaviour lives here:
// the stages (ingest, extract, link, check, store, report) operate on them.
//
// Offsets are byte offsets into Document::text (UTF-8), half-open [begin, end).
#pragma once

#include <cstdint>
#include <stdexcept>
#include <string>
#include <vector>

namespace claimtrack {

// An expected failure caused by input (a file, a rule, a database): it names
// where the problem is so the user can fix it. `where` is "path" or "path:line".
class InputError : public std::runtime_error {
 public:
  InputError(std::string where, const std::string& what)
      : std::runtime_error(where.empty() ? what : where + ": " + what), where_(std::move(where)) {}
  const std::string& where() const { return where_; }

 private:
  std::string where_;
};

struct Span {
  size_t begin = 0;
  size_t end = 0;
};

struct Document {
  std::string id;         // manifest id, else the file name
  std::string file;       // path as given to ingest
  std::string outlet;     // canonical outlet name, may be empty
  std::string lang;       // ar, fa, en, ru
  std::string published;  // YYYY-MM-DD, may be empty
  std::string url;
  std::string title;
  std::vector<std::string> via;  // outlets the text names as its source chain, nearest first
  std::string text;              // article text as published (furniture kept; see body_end)
  size_t body_end = 0;           // text past this offset is page furniture
  std::vector<Span> dropped;     // furniture lines inside the body (skipped by extraction)
  std::string hash;              // content hash of text + metadata
};

// Event kinds that may be one event: calls (and an unspecified contact), ceremonies (a
// lunch or a signing within a summit), and in-person events (meetings, summits, talks, visits).
inline std::string kind_class(const std::string& kind) {
  return kind == "call" || kind == "contact" ? "call" : kind == "ceremony" ? kind : "inperson";
}

// Features of one event mention, before linking.
struct EventMention {
  std::string kind;                       // meeting, summit, call, talks, visit, ceremony, contact
  std::string level;                      // leaders, officials or empty
  std::vector<std::string> participants;  // entity ids
  std::vector<std::string> sides;         // US, RU...
  std::string place;                      // entity id of a place
  std::string not_place;                  // a place it is said not to be at ("in Cairo, not in Doha")
  std::string date;                       // YYYY-MM-DD when the text dates the event
  std::string date_precision;             // day, week or month
  std::string format;                     // direct or indirect (talks), when the text says
  int ordinal = 0;                        // "the second round": 2; 0 = not said
  int parties = 0;                        // "trilateral": 3; 0 = not said
  std::string phase;                      // past (held) or pending
  bool anaphoric = false;                 // "this meeting", "such a contact"
  bool inherited = false;                 // features copied from an earlier mention
  bool novel = false;                     // "the next round", "another meeting": not one already named
  std::vector<std::string> unset;         // for never_agreed: "date", "place" when only these are said to be unset
  std::string attendee;                   // "Putin will not attend the summit": whose attendance it is about
  bool part = false;                      // "a separate meeting", "met on the sidelines of": an event within a larger one
  Span span;                              // the event noun, if any
};

struct Claim {
  std::string id;        // "<doc>-<sentence>.<k>": the k-th claim of the sentence
  std::string doc;       // Document::id
  int sentence = 0;      // index of the sentence in the document
  Span sentence_span;
  Span evidence;         // the status cue (and event noun) inside the sentence
  std::string speaker_id;     // entity id, "anon:<label>", or "outlet:<name>"
  std::string speaker;        // canonical name in Latin script
  std::string speaker_type;   // person, organization, anonymous, outlet
  std::string speaker_side;
  std::string cue;            // the speech cue as written, may be empty
  std::string channel;        // outlet the speaker spoke to / through
  std::vector<std::string> via;  // outlets between the speaker and the reader, nearest first
  std::string outlet;         // the publishing outlet
  std::string status;
  std::string status_cue;     // the status words as written
  std::string polarity = "positive";  // positive, negated
  std::string modality = "asserted";  // asserted, hedged
  std::string as_of;          // YYYY-MM-DD when it was said
  std::string rule;           // lexicon entry that produced the status, "lang/file:line"
  double confidence = 0.0;
  EventMention mention;
  std::string event;          // event id after linking
};

struct Event {
  std::string id;
  std::string kind;
  std::string level;
  std::vector<std::string> participants;  // entity ids
  std::vector<std::string> sides;
  std::string place;
  std::string date_from, date_to;  // window covered by its claims
  std::string phase;
  std::string label;
  std::vector<std::string> claims;
};

struct Finding {
  std::string id;        // short stable id derived from key
  std::string key;       // rule + event (stable across runs while the event's first claim stays)
  std::string event;
  std::string event_label;
  std::string rule;
  std::string kind;      // contradiction, reversal, inconsistency, attribute
  std::string severity;  // high, medium, low
  std::string explanation;
  std::vector<std::string> a, b;  // claim ids
  int origins_a = 0, origins_b = 0;
};

}  // namespace claimtrack
