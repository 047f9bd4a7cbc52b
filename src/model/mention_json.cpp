#include "model/mention_json.h"

namespace claimtrack {

nlohmann::json mention_to_json(const EventMention& m) {
  return nlohmann::json{{"kind", m.kind},
                        {"level", m.level},
                        {"participants", m.participants},
                        {"sides", m.sides},
                        {"place", m.place},
                        {"not_place", m.not_place},
                        {"date", m.date},
                        {"phase", m.phase},
                        {"anaphoric", m.anaphoric},
                        {"inherited", m.inherited},
                        {"date_precision", m.date_precision},
                        {"format", m.format},
                        {"novel", m.novel},
                        {"ordinal", m.ordinal},
                        {"parties", m.parties},
                        {"attendee", m.attendee},
                        {"part", m.part},
                        {"unset", m.unset},
                        {"span", {m.span.begin, m.span.end}}};
}

EventMention mention_from_json(const nlohmann::json& j) {
  EventMention m;
  m.kind = j.value("kind", "");
  m.level = j.value("level", "");
  m.participants = j.value("participants", std::vector<std::string>{});
  m.sides = j.value("sides", std::vector<std::string>{});
  m.place = j.value("place", "");
  m.not_place = j.value("not_place", "");
  m.date = j.value("date", "");
  m.phase = j.value("phase", "");
  m.date_precision = j.value("date_precision", "");
  m.format = j.value("format", "");
  m.novel = j.value("novel", false);
  m.ordinal = j.value("ordinal", 0);
  m.parties = j.value("parties", 0);
  m.attendee = j.value("attendee", "");
  m.part = j.value("part", false);
  m.unset = j.value("unset", std::vector<std::string>{});
  m.anaphoric = j.value("anaphoric", false);
  m.inherited = j.value("inherited", false);
  if (j.contains("span")) m.span = {j["span"][0].get<size_t>(), j["span"][1].get<size_t>()};
  return m;
}

}  // namespace claimtrack
