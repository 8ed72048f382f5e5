// What one line of a letter or telegram is, read by itself
// (read/letter_lines): the office's lines, datelines, salutes, formulas,
// signatures, offices and addressees, in English and Russian.
#include <gtest/gtest.h>

#include <string>

#include "lang/date_grammar.hpp"
#include "read/letter_lines.hpp"

using namespace editio;

namespace {

std::string place_of(const std::string& line, const char* lang) {
  auto r = dateline_place(line, date_grammar(lang));
  if (!r) return "<none>";
  return line.substr(r->begin, r->end - r->begin);
}

}  // namespace

TEST(LetterLines, OfficeAndArchiveLines) {
  EXPECT_TRUE(is_source_line("File No. 763.72112/3468"));
  EXPECT_TRUE(is_source_line("500.A15a3/667: Telegram"));
  EXPECT_TRUE(is_source_line("861b.6363/135"));
  EXPECT_TRUE(is_source_line("Paris Peace Conf. 184/13"));
  EXPECT_TRUE(is_source_line("[Telegram]"));
  EXPECT_TRUE(is_source_line("[Paraphrase]"));
  EXPECT_TRUE(is_source_line("[Enclosure 2][39]"));  // a note call after it changes nothing
  EXPECT_TRUE(is_source_line("[Телеграмма]"));
  // prose with a fraction, a long bracketed remark: not the office's
  EXPECT_FALSE(is_source_line("We shipped 3/4 of the grain to the northern depot before the winter came."));
  EXPECT_FALSE(is_source_line("[For a brief narrative of the discussion of rations and tonnage see the report]"));
  EXPECT_FALSE(is_source_line("Mr. Green to Mr. Black."));
}

TEST(LetterLines, EnclosuresBeginATextOfTheirOwn) {
  EXPECT_TRUE(is_enclosure_line("[Enclosure 1]"));
  EXPECT_TRUE(is_enclosure_line("[Inclosure.—Translation.]"));
  EXPECT_TRUE(is_enclosure_line("[Приложение]"));
  EXPECT_FALSE(is_enclosure_line("[Telegram]"));
}

TEST(LetterLines, FilingNumbersInSourceLines) {
  const std::string line = "File No. 763.72112/3468";
  auto r = file_number_in(line);
  ASSERT_TRUE(r);
  EXPECT_EQ(line.substr(r->begin, r->end - r->begin), "763.72112/3468");
  const std::string spaced = "763.72119 P 43/959: Telegram";
  r = file_number_in(spaced);
  ASSERT_TRUE(r);
  EXPECT_EQ(spaced.substr(r->begin, r->end - r->begin), "763.72119 P 43/959");
}

TEST(LetterLines, DatelinesWithPlaceTimeAndReceipt) {
  EXPECT_EQ(place_of("London, April 7, 1917, 4 p.m. [Received 11.45 p.m.]", "en"), "London");
  EXPECT_EQ(place_of("Legation of the United States, Berlin, May 15, 1861.", "en"),
            "Legation of the United States, Berlin");
  EXPECT_EQ(place_of("Washington, November 26, 1918—7 p.m.", "en"), "Washington");
  EXPECT_EQ(place_of("[Washington,] July 1, 1925.", "en"), "Washington");
  EXPECT_EQ(place_of("London, December 3, 1918—evening.", "en"), "London");
  EXPECT_EQ(place_of("April 7, 1917.", "en"), "");  // a date alone: a dateline without a place
  EXPECT_EQ(place_of("Москва, 3 мая 1931 г.", "ru"), "Москва");
  EXPECT_EQ(place_of("Красная Горка. 3 мая 1890 г.", "ru"), "Красная Горка");  // a place name, then a full stop
  EXPECT_EQ(place_of("We met him there. 3 May 1890.", "en"), "<none>");       // a sentence is no place
  // a sentence that holds a date is no dateline
  EXPECT_EQ(place_of("We arrived in London on April 7, 1917, and left at once.", "en"), "<none>");
  EXPECT_EQ(place_of("Мы приехали в Москву 3 мая 1931 г. и сразу уехали.", "ru"), "<none>");
}

TEST(LetterLines, OpeningSalutes) {
  for (const char* s : {"Sir:", "My Dear Ambassador:", "Dear Anna,", "Mr. President:", "Милостивый государь!",
                        "Дорогой брат!"})
    EXPECT_TRUE(is_opening_salute_line(s)) << s;
  for (const char* s : {"The following was received:", "Москва, 3 мая", "Sir Edward Grey has left London."})
    EXPECT_FALSE(is_opening_salute_line(s)) << s;
}

// Older Russian spelling is compared in today's: the same words open a salute.
TEST(LetterLines, OpeningSalutesInTheOlderSpelling) {
  for (const char* s : {"Милостивой Государь Иванъ Петровичъ!", "Мил. г. мой Семенъ Ильичъ",
                        "Сиятельнѣйшій князь Милостивый Государь!", "Милостивый государь Иван Петрович!",
                        "Мил. г. мой Семен Ильич"})
    EXPECT_TRUE(is_opening_salute_line(s)) << s;
  for (const char* s : {"Милостивымъ указомъ повелѣно было явиться въ городъ.", "Москва, 3 мая"})
    EXPECT_FALSE(is_opening_salute_line(s)) << s;
  // a name and patronymic with the older hard sign need no mark after them, as today's do
  EXPECT_TRUE(is_vocative_line("Иванъ Петровичъ"));
  EXPECT_TRUE(is_vocative_line("Иван Петрович"));
  // the phrases of a formula and of an addressee, in the older spelling
  EXPECT_TRUE(is_closing_formula("Вашъ покорнѣйшій слуга"));
  EXPECT_TRUE(is_addressee_line("Его Сіятельству Князю Ивану Петровичу"));
}

TEST(LetterLines, ClosingFormulas) {
  for (const char* s : {"I have the honor to be, sir, your obedient servant,", "Yours very sincerely,",
                        "Your brother,", "I am [etc.]", "Accept, etc.,", "With best wishes,", "Ваш преданный", "Жму руку."})
    EXPECT_TRUE(is_closing_formula(s)) << s;
  EXPECT_FALSE(is_closing_formula("The Government has decided to withdraw the statutory list as far as the "
                                  "United States are concerned, and we are sincerely glad of it."));
}

TEST(LetterLines, SignedNames) {
  for (const char* s : {"Polk", "JOHN A. GREEN.", "W. W. Black.", "De Vries de Haan.",
                        "[seal.] Jas. R. Green, Probate Judge.", "[L. S.] G. Black, Burgomaster.", "W. L. v. Green", "Green & Co. Inc.", "By John B. Green", "И. Петров", "Иван Петров"})
    EXPECT_TRUE(is_signed_name(s)) << s;
  for (const char* s : {"Respectfully, yours,", "Mailed London, Berlin, Rome, Geneva.", "Memorandum I",
                        "A PROCLAMATION", "VI.—Open Diplomacy", "Приложение 2", "Thank you.", "To Chinese:", "Милостивый Государь",
                        "В С. Петербург, в редакцию журнала."})
    EXPECT_FALSE(is_signed_name(s)) << s;
}

TEST(LetterLines, OfficesAndSigningFor) {
  EXPECT_TRUE(is_office_line("Minister Resident."));
  EXPECT_TRUE(is_office_line("Acting Secretary of State"));
  EXPECT_TRUE(is_signing_for("For the Secretary of State:"));
  EXPECT_TRUE(is_signing_for("By the President:"));
  EXPECT_TRUE(is_signing_for("За наркома:"));
  EXPECT_FALSE(is_signing_for("For the present we can do nothing more."));
}

TEST(LetterLines, AddresseesUnderTheLetter) {
  EXPECT_TRUE(is_addressee_line("His Excellency Hon. James Black, Secretary of State, Strelsau."));
  EXPECT_TRUE(is_addressee_line("The Right Hon. Earl Green, &c., &c., &c."));
  EXPECT_TRUE(is_addressee_line("John Black, Esq., Strelsau."));
  EXPECT_TRUE(is_addressee_line("Господину министру иностранных дел"));
  EXPECT_FALSE(is_addressee_line("He will leave for Washington on Monday."));
}

TEST(LetterLines, VocativesEnvelopesAndCapitalizedMonths) {
  EXPECT_TRUE(is_vocative_line("Андрей Ильич!"));
  EXPECT_TRUE(is_vocative_line("Anna Petrovna,"));
  EXPECT_FALSE(is_vocative_line("We met at noon."));
  EXPECT_TRUE(is_envelope_line("Адрес: В г. Зенда. Господину Петрову."));
  EXPECT_TRUE(is_envelope_line("Address: Mr. John Green, Strelsau."));
  EXPECT_TRUE(is_envelope_line("В г. Зенда, Господину Петрову."));
  EXPECT_TRUE(is_addressee_line("Его Высокоблагородию Николаю Петровичу Иванову"));
  EXPECT_FALSE(is_envelope_line("The address was wrong."));
  // older letters capitalize the month
  EXPECT_EQ(place_of("Москва, 18 Ноября 1850 г.", "ru"), "Москва");
}

TEST(LetterLines, CorrespondenceByKindOrTitle) {
  EXPECT_TRUE(names_correspondence("A note", "letter"));
  EXPECT_TRUE(names_correspondence("John Green to Anna Black, 25 May 1887", ""));
  EXPECT_TRUE(names_correspondence("Письмо И. И. Петрову", ""));
  EXPECT_TRUE(names_correspondence("Н. А. Петрову", ""));
  EXPECT_FALSE(names_correspondence("The History of the Depot", "book chapter"));
  EXPECT_FALSE(names_correspondence("История склада", ""));
}

TEST(LetterLines, DatelinesAsHandsWriteThem) {
  // the time of day after the date, with a dash, spaced letters or the hour's half; or before it
  EXPECT_EQ(place_of("July 27 a.m.—", "en"), "");
  EXPECT_EQ(place_of("Zenda, July 1 2½P M", "en"), "Zenda");
  EXPECT_EQ(place_of("P M Sept: 2 '89", "en"), "");
  EXPECT_EQ(place_of("—Oct. 13 1886", "en"), "");  // a dash before the date: the address went on above
  EXPECT_EQ(place_of("Mar 18th 1870", "en"), "");  // a month without its dot
  EXPECT_EQ(place_of("March 19th /64", "en"), "");  // a year of two digits after a slash
  EXPECT_EQ(place_of("15 Января. 1855", "ru"), "");  // the day and month, then the year
  EXPECT_EQ(place_of("18 Ноября 1850 г.", "ru"), "");
  EXPECT_EQ(place_of("We left at 4 p.m. on the train.", "en"), "<none>");
  EXPECT_EQ(place_of("Пятое число. 1855", "ru"), "<none>");
}

TEST(LetterLines, TheWritersAddressAndPlace) {
  for (const char* s : {"328 Green Street", "Zenda New Jersey U S America", "Near Zenda N.R.", "St. Louis,",
                        "—Zenda Ruritania", "Toronto Canada", "Станица Старогладковская"})
    EXPECT_TRUE(is_place_line(s)) << s;
  for (const char* s : {"Daily Political Notes", "Mr. Green to Mr. Black", "Dear Mother", "Yours truly",
                        "We came home.", "Acting Secretary of State", "Room 4 and 5", "Green Street."})
    EXPECT_FALSE(is_place_line(s)) << s;
  EXPECT_TRUE(is_place_line("Ст. Зенда.", true));  // under a date at a letter's end
}

TEST(LetterLines, FormulaAndNameOnOneLine) {
  for (const char* s : {"affectionately Jeff", "Much love to all J. B. Green", "Yours V T J B Green",
                        "Ваш И. Петров", "Yours truly, John Green"})
    EXPECT_TRUE(is_formula_and_name(s)) << s;
  for (const char* s : {"Yours truly,", "John Green", "We send our love to all Green children here.",
                        "affectionately and truly, as ever", "Kind regards from Papa & Mama.",
                        "Поклон от Маши"})
    EXPECT_FALSE(is_formula_and_name(s)) << s;
}

TEST(LetterLines, SalutesSendersRanksAndEnvelopes) {
  EXPECT_TRUE(is_vocative_line("Андрей Ильич"));  // a name and patronymic need no mark
  EXPECT_TRUE(is_vocative_line("Анна Петровна"));
  EXPECT_FALSE(is_vocative_line("Андрей Петров"));
  EXPECT_FALSE(is_vocative_line("Toronto Canada"));
  EXPECT_TRUE(is_sender_line("От Ивана Петровича Петрова"));
  EXPECT_TRUE(is_sender_line("From John Green"));
  EXPECT_FALSE(is_sender_line("От этого зависит многое."));
  EXPECT_TRUE(is_office_line("Министр финансов"));
  EXPECT_TRUE(is_office_line("Фейерверкер"));
  EXPECT_TRUE(is_office_line("Фейерверкер класса"));
  EXPECT_TRUE(is_office_line("Фейерверкер 4-го класса"));
  EXPECT_TRUE(is_office_line("Captain, 51st Regiment"));
  EXPECT_TRUE(is_envelope_marker("На 4-й странице:"));
  EXPECT_TRUE(is_envelope_marker("On the back:"));
  EXPECT_FALSE(is_envelope_marker("On the whole:"));
  EXPECT_TRUE(names_only_a_kind("Прошение."));
  EXPECT_TRUE(names_only_a_kind("Memorandum"));
  EXPECT_FALSE(names_only_a_kind("Прошение об отставке."));
  EXPECT_TRUE(opens_superscription("To"));
  EXPECT_TRUE(opens_superscription("To Miss Anna Green"));
  EXPECT_TRUE(opens_superscription("C. D. Green Esqre."));
  EXPECT_FALSE(opens_superscription("To be sure"));
  EXPECT_FALSE(opens_superscription("Green Street"));
  EXPECT_TRUE(is_closing_formula("Most gratefully your's"));
  EXPECT_FALSE(is_closing_formula("The book is your's, and the pen is mine, as we agreed the other day at noon."));
  EXPECT_TRUE(is_closing_formula("Истинный друг и брат"));
  EXPECT_TRUE(is_closing_formula("С чувством совершенного уважения,"));
}

TEST(LetterLines, ARankOrSignedBeforeANameMarksASignature) {
  for (const char* s : {"тайный советник Петр Зенин", "тайный совѣтникъ Петръ Зенинъ", "Подписал Иван Зенин.",
                        "подписалъ Иванъ Зенинъ.", "Секретарь Иван Зенин", "Губернатор Зенин",
                        "Зендский Гражданскій Губернаторъ Зенинъ"})
    EXPECT_TRUE(is_marked_signature(s)) << s;
  EXPECT_TRUE(is_signed_name("статский советник Петр Зенин"));
  for (const char* s : {"Петр Зенин", "тайный советник", "подписал бумагу", "Губернатор приехал в город вчера",
                        "Secretary John Green", "Зендский Иван Зенин"})
    EXPECT_FALSE(is_marked_signature(s)) << s;
}

TEST(LetterLines, APlaceUnderADateNumbersAndDativeLines) {
  for (const char* s : {"Зенда.", "зенда", "Ст. Зенда."}) EXPECT_TRUE(is_place_under_date(s)) << s;
  for (const char* s : {"и так далее", "ушел домой."}) EXPECT_FALSE(is_place_under_date(s)) << s;
  for (const char* s : {"№ 210", "№. 226", "№ 928й"}) EXPECT_TRUE(is_register_number(s)) << s;
  for (const char* s : {"№ 2 и 3", "No. 45", "210"}) EXPECT_FALSE(is_register_number(s)) << s;
  for (const char* s : {"Его превосходительству", "Господину действительному статскому советнику",
                        "Господину дѣйствительному статскому совѣтнику", "Ивану Петровичу Зенину"})
    EXPECT_TRUE(is_dative_line(s)) << s;
  for (const char* s : {"Иван Петрович Зенин", "Прошение купца Зенина", "Dear John Green"})
    EXPECT_FALSE(is_dative_line(s)) << s;
}
