// An event mention as JSON: how the store keeps it and how `claims --format
// jsonl` shows it, so that a user can see why a claim landed on its event.
#pragma once

#include <nlohmann/json.hpp>

#include "model/model.h"

namespace claimtrack {

nlohmann::json mention_to_json(const EventMention& m);
EventMention mention_from_json(const nlohmann::json& j);

}  // namespace claimtrack
