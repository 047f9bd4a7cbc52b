// Calendar arithmetic for time expressions, resolved against a publication date.
// Dates are "YYYY-MM-DD" strings (empty = unknown). Reentrant.
#pragma once

#include <string>

namespace claimtrack::timex {

// Days since 1970-01-01, or INT_MIN when `ymd` is not a valid date.
int to_days(const std::string& ymd);
std::string from_days(int days);
bool valid_date(const std::string& ymd);
// 1 = Monday .. 7 = Sunday.
int weekday(int days);
// The given weekday nearest `ref`: on or before it when `forward` is false
// (news mostly reports what happened), strictly after it otherwise.
std::string resolve_weekday(const std::string& ref, int wd, bool forward);
// Day `day` of `month` in `calendar` ("gregorian", "persian", "islamic"), in
// the year that puts it nearest before `ref` (or up to 60 days after it); with
// `forward` (what is to come), nearest after it within the horizon unless it lies
// less than half as far before it ("will meet on January 20", said in November).
// Uses ICU calendars; returns "" when the date does not exist.
std::string resolve_day_month(const std::string& ref, int day, int month, const std::string& calendar,
                              int year = 0, bool forward = false);
// The first day (Gregorian "YYYY-MM-DD") of `month` of `calendar` named
// without a day ("in July", "в июле", "در تیر"): in `year` when given, else
// the latest one begun by `ref` (what is told as past), or with `forward` the
// one under way at `ref` or the next within about six months (else the latest
// begun).
std::string resolve_month(const std::string& ref, int month, const std::string& calendar, int year, bool forward);
// The first day of the Gregorian month `n` months from the month of `ref`.
std::string month_start(const std::string& ref, int n);
// Day `day` of the month `n` months from the month of `ref` in `calendar`
// ("the 17th of this month": the Persian month in a Persian text); "" when that
// month has no such day.
std::string day_in_month(const std::string& ref, int day, int n, const std::string& calendar);
std::string add_days(const std::string& ymd, int n);
// Monday of the week `weeks` away from the week of `ref`.
std::string week_start(const std::string& ref, int weeks);

}  // namespace claimtrack::timex
