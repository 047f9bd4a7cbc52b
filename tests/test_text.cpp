#include <catch2/catch.hpp>

#include "extract/timex.h"
#include "text/text.h"

using namespace claimtrack;

TEST_CASE("fold unifies Arabic and Persian variants, digits and case", "[text]") {
  struct Row {
    const char* a;
    const char* b;
  };
  std::vector<Row> same = {
      {"رئيس", "رئیس"},                    // Arabic yeh vs Persian yeh
      {"كرملين", "کرملین"},                // Arabic kaf vs Persian keheh
      {"أوشاكوف", "اوشاکوف"},              // hamza on alef
      {"مُؤتمَر", "موتمر"},                 // harakat and hamza on waw
      {"اجتمــاع", "اجتماع"},              // tatweel
      {"رئیس‌جمهور", "رئیسجمهور"},        // ZWNJ optional
      {"۲۹ مهر", "29 مهر"},                // Persian digits
      {"٢٠٢٥", "2025"},                    // Arabic-Indic digits
      {"Встреча Отложена", "встреча отложена"},
      {"Ёлка", "елка"},
      {"ﻻ", "لا"},                          // presentation form ligature (NFKC)
  };
  for (const auto& r : same) {
    INFO(r.a << " vs " << r.b);
    CHECK(text::fold(r.a) == text::fold(r.b));
  }
  CHECK(text::fold("й") != text::fold("и"));  // Russian й keeps its breve
}

TEST_CASE("tokenize keeps offsets into the original text", "[text]") {
  std::string s = "قال لافروف: «الاجتماع تأجّل»";
  auto toks = text::tokenize(s, 100);
  REQUIRE(toks.size() == 4);
  CHECK(s.substr(toks[1].begin - 100, toks[1].end - toks[1].begin) == "لافروف");
  CHECK(toks[3].key == text::fold("تأجل"));  // shadda dropped in the key only
  CHECK(s.substr(toks[3].begin - 100, toks[3].end - toks[3].begin) == "تأجّل");
  auto nums = text::tokenize("on ۲۹ Mehr");
  CHECK(nums[1].number);
  CHECK(nums[1].key == "29");
}

TEST_CASE("sentences keep quotations whole and split on paragraphs", "[text]") {
  SECTION("fa: a quote with several sentences stays with its attribution") {
    std::string s = "او به خبرگزاری ریا گفت: «این دیدار لغو نشد. ما هیچ توافقی نداشتیم.» سپس جلسه تمام شد.";
    auto ss = text::split_sentences(s, "fa");
    REQUIRE(ss.size() == 2);
    CHECK(s.substr(ss[0].span.begin, ss[0].span.end - ss[0].span.begin).find("نداشتیم") != std::string::npos);
    CHECK(ss[0].pieces.size() >= 2);
  }
  SECTION("a sentence end that lost its space after it still ends the sentence") {
    std::string s = "The talks ended, the statement says.The sides agreed to meet again. U.S. officials left.";
    auto ss = text::split_sentences(s, "en");
    REQUIRE(ss.size() == 3);
    CHECK(s.substr(ss[1].span.begin, ss[1].span.end - ss[1].span.begin) == "The sides agreed to meet again.");
    std::string r = "Встреча прошла в Москве.Стороны договорились о новом раунде.";
    CHECK(text::split_sentences(r, "ru").size() == 2);
  }
  SECTION("en: straight quotes, then a new paragraph") {
    std::string s = "\"We will meet. It is agreed,\" he said. Then he left.\nSecond paragraph here.";
    auto ss = text::split_sentences(s, "en");
    REQUIRE(ss.size() == 3);
    CHECK(s.substr(ss[2].span.begin, ss[2].span.end - ss[2].span.begin) == "Second paragraph here.");
  }
  SECTION("abbreviations and initials do not end sentences") {
    std::string s = "Mr. Trump met U.S. Secretary of State Marco Rubio. Gen. Kellogg was there. В. Путин приехал.";
    auto ss = text::split_sentences(s, "en", {text::fold("Mr."), text::fold("U.S."), text::fold("Gen.")});
    REQUIRE(ss.size() == 3);
    CHECK(s.substr(ss[0].span.begin, ss[0].span.end - ss[0].span.begin) ==
          "Mr. Trump met U.S. Secretary of State Marco Rubio.");
    CHECK(text::split_sentences(s, "en").size() > 3);  // without the list ICU breaks after them
  }
  SECTION("ar: a period glued to the next sentence still splits outside quotes") {
    std::string s = "تأجل الاجتماع.وقال المصدر إن القمة قائمة.";
    CHECK(text::split_sentences(s, "ar").size() == 2);
  }
}

TEST_CASE("language identification by script and letters", "[text]") {
  CHECK(text::detect_language("گفت که این دیدار برگزار نمی‌شود و پیشنهاد") == "fa");
  CHECK(text::detect_language("قال المتحدث إن القمة المقررة تأجلت") == "ar");
  CHECK(text::detect_language("Песков заявил, что встреча отложена") == "ru");
  CHECK(text::detect_language("The summit was postponed, officials said") == "en");
  CHECK(text::detect_language("12 34 !!") == "");
}

TEST_CASE("UTF-8 validation names the line", "[text]") {
  std::string bad = "line one\nline two \xff\xfe here\n";
  try {
    text::validate_utf8(bad, "x.txt");
    FAIL("no error");
  } catch (const InputError& e) {
    CHECK(std::string(e.what()).find("x.txt:2") != std::string::npos);
  }
  CHECK_NOTHROW(text::validate_utf8("سلام привет hello", "ok.txt"));
  CHECK(text::looks_binary(std::string("ab\0cd", 5)));
  CHECK_FALSE(text::looks_binary("plain text\n"));
}

TEST_CASE("right-to-left runs are isolated for terminals", "[text]") {
  std::string out = text::isolate_rtl("Ryabkov: «توافق نشده» (RIA)");
  CHECK(out == "Ryabkov: «\u2068توافق نشده\u2069» (RIA)");
  CHECK(text::isolate_rtl("plain") == "plain");
}

TEST_CASE("time resolution against the publication date", "[text][time]") {
  CHECK(timex::weekday(timex::to_days("2025-10-20")) == 1);  // a Monday
  CHECK(timex::resolve_weekday("2025-10-22", 1, false) == "2025-10-20");
  CHECK(timex::resolve_weekday("2025-10-22", 6, true) == "2025-10-25");
  CHECK(timex::resolve_weekday("2025-10-20", 1, false) == "2025-10-20");
  // 29 Mehr 1404 (Solar Hijri) is 21 October 2025; without a year, the nearest past one.
  CHECK(timex::resolve_day_month("2025-10-22", 29, 7, "persian") == "2025-10-21");
  CHECK(timex::resolve_day_month("2025-10-22", 24, 7, "persian") == "2025-10-16");
  CHECK(timex::resolve_day_month("2025-03-16", 12, 2, "gregorian") == "2025-02-12");
  CHECK(timex::resolve_day_month("2025-10-22", 31, 2, "gregorian").empty());  // no such day
  // What is to come: the next 20 January, months ahead; a day just gone stays past.
  CHECK(timex::resolve_day_month("2025-10-22", 20, 1, "gregorian") == "2025-01-20");
  CHECK(timex::resolve_day_month("2025-10-22", 20, 1, "gregorian", 0, true) == "2026-01-20");
  CHECK(timex::resolve_day_month("2025-10-22", 10, 10, "gregorian", 0, true) == "2025-10-10");
  CHECK(timex::week_start("2025-10-22", 1) == "2025-10-27");
  // A month without a day: in the past the latest begun, ahead the next within about six months.
  CHECK(timex::resolve_month("2023-03-03", 7, "gregorian", 0, false) == "2022-07-01");
  CHECK(timex::resolve_month("2023-03-03", 3, "gregorian", 0, false) == "2023-03-01");
  CHECK(timex::resolve_month("2023-03-03", 7, "gregorian", 0, true) == "2023-07-01");
  CHECK(timex::resolve_month("2025-01-14", 10, "gregorian", 0, true) == "2024-10-01");  // too far ahead
  CHECK(timex::resolve_month("2023-03-03", 7, "gregorian", 2021, false) == "2021-07-01");
  CHECK(timex::resolve_month("2022-10-01", 6, "persian", 0, false) == "2022-08-23");  // Shahrivar 1401
  CHECK(timex::month_start("2025-10-22", 1) == "2025-11-01");
  CHECK(timex::month_start("2025-01-15", -1) == "2024-12-01");
  CHECK(timex::month_start("2025-10-22", -12) == "2024-10-01");
  CHECK_FALSE(timex::valid_date("2025-02-30"));
}

TEST_CASE("html_to_text keeps the headline and the body, drops scripts and page chrome", "[text]") {
  std::string html =
      "<html><head><title>Site | Summit postponed</title><script>var s = '<p>cancelled</p>';</script>"
      "<style>p{}</style></head><body><nav>Home Read more: the meeting was cancelled</nav>"
      "<h1>Kremlin says summit postponed</h1><article><p>Peskov said the summit had been postponed &amp; "
      "&laquo;no date&raquo; was set.</p><!-- <p>The talks were cancelled.</p> --><p>Second&nbsp;paragraph "
      "&#1575;&#x644;</p></article><footer>Related: Trump cancels summit</footer></body></html>";
  std::string t = text::html_to_text(html);
  INFO(t);
  CHECK(t.rfind("Kremlin says summit postponed\n\n", 0) == 0);  // the <h1>, not the <title>
  CHECK(t.find("Peskov said the summit had been postponed & «no date» was set.\n") != std::string::npos);
  CHECK(t.find("Second paragraph ال\n") != std::string::npos);
  for (const char* gone : {"cancelled", "var s", "Home", "Related", "Site |", "p{}"}) CHECK(t.find(gone) == std::string::npos);
}

TEST_CASE("a Cyrillic name gets its Latin spelling", "[text]") {
  CHECK(text::romanize_cyrillic("Ани Бадалян") == "Ani Badalyan");
  CHECK(text::romanize_cyrillic("Михаил Дегтярев") == "Mikhail Degtyarev");
  CHECK(text::romanize_cyrillic("Ван Вэньбинь") == "Van Venbin");  // no stress or soft-sign marks
  CHECK(text::romanize_cyrillic("Ani Badalyan").empty());
  CHECK(text::romanize_cyrillic("علیرضا عنایتی").empty());
}
