#include "extract/timex.h"

#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>

#include <climits>
#include <cstdio>
#include <memory>
#include <vector>

namespace claimtrack::timex {
namespace {
// Proleptic Gregorian day count (civil calendar algorithm).
int days_from_civil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}
void civil_from_days(int z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}
}  // namespace

int to_days(const std::string& s) {
  int y = 0;
  unsigned m = 0, d = 0;
  if (s.size() != 10 || std::sscanf(s.c_str(), "%4d-%2u-%2u", &y, &m, &d) != 3) return INT_MIN;
  if (m < 1 || m > 12 || d < 1 || d > 31) return INT_MIN;
  int days = days_from_civil(y, m, d);
  int y2;
  unsigned m2, d2;
  civil_from_days(days, y2, m2, d2);
  return (y2 == y && m2 == m && d2 == d) ? days : INT_MIN;
}

std::string from_days(int days) {
  int y;
  unsigned m, d;
  civil_from_days(days, y, m, d);
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", y, m, d);
  return buf;
}

bool valid_date(const std::string& ymd) { return to_days(ymd) != INT_MIN; }

int weekday(int days) { return ((days % 7 + 7 + 3) % 7) + 1; }  // 1970-01-01 was a Thursday

std::string add_days(const std::string& ymd, int n) {
  int d = to_days(ymd);
  return d == INT_MIN ? "" : from_days(d + n);
}

std::string resolve_weekday(const std::string& ref, int wd, bool forward) {
  int d = to_days(ref);
  if (d == INT_MIN || wd < 1 || wd > 7) return "";
  int cur = weekday(d);
  if (forward) return from_days(d + ((wd - cur + 7) % 7 == 0 ? 7 : (wd - cur + 7) % 7));
  return from_days(d - (cur - wd + 7) % 7);
}

std::string week_start(const std::string& ref, int weeks) {
  int d = to_days(ref);
  if (d == INT_MIN) return "";
  return from_days(d - (weekday(d) - 1) + 7 * weeks);
}

namespace {
std::unique_ptr<icu::Calendar> calendar_for(const std::string& calendar) {
  std::string loc = calendar == "persian" ? "fa_IR@calendar=persian"
                    : calendar == "islamic" ? "ar@calendar=islamic-civil"
                                            : "en_US@calendar=gregorian";
  UErrorCode st = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> cal(icu::Calendar::createInstance(icu::TimeZone::getGMT()->clone(),
                                                                   icu::Locale(loc.c_str()), st));
  if (U_FAILURE(st)) return nullptr;
  cal->setLenient(false);
  return cal;
}
constexpr double kMsPerDay = 86400000.0;
}  // namespace

// What is to come is planned some months ahead at most: "the summit in
// October", written in January, is last October's.
constexpr int kHorizonDays = 200;

std::string resolve_month(const std::string& ref, int month, const std::string& calendar, int year, bool forward) {
  int r = to_days(ref);
  auto cal = calendar_for(calendar);
  if (r == INT_MIN || month < 1 || month > 12 || !cal) return "";
  UErrorCode st = U_ZERO_ERROR;
  cal->setTime(static_cast<double>(r) * kMsPerDay + kMsPerDay / 2, st);
  int ref_year = cal->get(UCAL_YEAR, st);
  if (U_FAILURE(st)) return "";
  std::vector<std::pair<int, int>> starts;  // (first day, length), in order
  for (int y : year ? std::vector<int>{year} : std::vector<int>{ref_year - 1, ref_year, ref_year + 1}) {
    UErrorCode s2 = U_ZERO_ERROR;
    cal->clear();
    cal->set(UCAL_YEAR, y);
    cal->set(UCAL_MONTH, month - 1);
    cal->set(UCAL_DATE, 1);
    cal->set(UCAL_HOUR_OF_DAY, 12);
    int start = static_cast<int>(cal->getTime(s2) / kMsPerDay);
    int len = cal->getActualMaximum(UCAL_DATE, s2);
    if (U_SUCCESS(s2)) starts.emplace_back(start, len);
  }
  if (starts.empty()) return "";
  auto best = starts.front();
  for (const auto& c : starts)
    if (year || (forward ? c.first + c.second > r && c.first - r <= kHorizonDays : c.first <= r)) {
      best = c;
      if (forward || year) break;  // the first under way or to come; in the past, the latest begun
    } else if (forward && c.first <= r) {
      best = c;  // (none to come that soon: the latest begun)
    }
  return from_days(best.first);
}

std::string month_start(const std::string& ref, int n) {
  int d = to_days(ref);
  if (d == INT_MIN) return "";
  int y;
  unsigned m, day;
  civil_from_days(d, y, m, day);
  int idx = y * 12 + static_cast<int>(m) - 1 + n;
  int ny = idx >= 0 ? idx / 12 : (idx - 11) / 12;
  return from_days(days_from_civil(ny, static_cast<unsigned>(idx - ny * 12) + 1, 1));
}

std::string day_in_month(const std::string& ref, int day, int n, const std::string& calendar) {
  int r = to_days(ref);
  auto cal = calendar_for(calendar);
  if (r == INT_MIN || day < 1 || day > 31 || !cal) return "";
  UErrorCode st = U_ZERO_ERROR;
  cal->setTime(static_cast<double>(r) * kMsPerDay + kMsPerDay / 2, st);
  cal->set(UCAL_DATE, 1);
  cal->add(UCAL_MONTH, n, st);
  if (U_FAILURE(st) || day > cal->getActualMaximum(UCAL_DATE, st)) return "";
  cal->set(UCAL_DATE, day);
  UDate t = cal->getTime(st);
  return U_FAILURE(st) ? "" : from_days(static_cast<int>(t / kMsPerDay));
}

std::string resolve_day_month(const std::string& ref, int day, int month, const std::string& calendar, int year,
                              bool forward) {
  int r = to_days(ref);
  if (r == INT_MIN || month < 1 || month > 12 || day < 1 || day > 31) return "";
  auto cal = calendar_for(calendar);
  if (!cal) return "";
  UErrorCode st = U_ZERO_ERROR;
  cal->setTime(static_cast<double>(r) * kMsPerDay + kMsPerDay / 2, st);
  int ref_year = cal->get(UCAL_YEAR, st);
  if (U_FAILURE(st)) return "";
  std::string best;
  int best_dist = INT_MAX;
  std::vector<int> years = year ? std::vector<int>{year} : std::vector<int>{ref_year - 1, ref_year, ref_year + 1};
  for (int y : years) {
    UErrorCode s2 = U_ZERO_ERROR;
    cal->clear();
    cal->set(UCAL_YEAR, y);
    cal->set(UCAL_MONTH, month - 1);
    cal->set(UCAL_DATE, day);
    cal->set(UCAL_HOUR_OF_DAY, 12);
    UDate t = cal->getTime(s2);
    if (U_FAILURE(s2)) continue;  // non-lenient: the date does not exist
    int days = static_cast<int>(t / kMsPerDay);
    int dist = forward ? (days <= r ? (r - days) * 2 : (days - r <= kHorizonDays ? days - r : INT_MAX))
                       : (days <= r ? r - days : (days - r <= 60 ? (days - r) * 3 : INT_MAX));
    if (year || dist < best_dist) {
      best_dist = dist;
      best = from_days(days);
    }
  }
  return best;
}

}  // namespace claimtrack::timex
