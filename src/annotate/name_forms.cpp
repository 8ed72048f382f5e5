#include "annotate/name_forms.hpp"

#include <algorithm>

#include "lang/old_spelling.hpp"
#include "util/utf8.hpp"

namespace editio {
namespace {

using U = std::u32string;

bool ends(const U& w, std::u32string_view suffix) {
  return w.size() > suffix.size() && w.compare(w.size() - suffix.size(), suffix.size(), suffix) == 0;
}

bool in(char32_t c, std::u32string_view set) { return set.find(c) != std::u32string_view::npos; }

constexpr std::u32string_view kVelar = U"гкх";
constexpr std::u32string_view kHushing = U"жшщчц";
constexpr std::u32string_view kVowels = U"аеёиоуыэюяАЕЁИОУЫЭЮЯ";

// Grammatical cases, in the order slots use.
enum Case { Nom, Gen, Dat, Acc, Ins, Prep };
constexpr int kSlotM = 0, kSlotF = 10, kSlotP = 20;

class Forms {
 public:
  void add(const U& text, std::uint8_t gender, int slot) {
    std::string t = utf8::encode(text);
    for (auto& f : out_)
      if (f.text == t && f.slot == slot) {
        f.gender |= gender;
        return;
      }
    out_.push_back({t, gender, slot});
  }
  // The six cases of one paradigm; an empty string means "same as the nominative".
  void paradigm(const U& stem, std::initializer_list<std::u32string_view> endings, std::uint8_t gender, int base) {
    int c = 0;
    for (auto e : endings) add(stem + U(e), gender, base + c++);
  }
  std::vector<NameForm> take() { return std::move(out_); }

 private:
  std::vector<NameForm> out_;
};

// The paradigm of words in -а/-я (Берёза, Никита, Анна, Илья, Мария), both genders.
void a_declension(const U& w, std::uint8_t gender, int base, Forms& f) {
  const U stem = w.substr(0, w.size() - 1);
  const char32_t last = stem.empty() ? U'\0' : stem.back();
  if (w.back() == U'а') {
    const std::u32string_view gen = in(last, kVelar) || in(last, U"жшщч") ? U"и" : U"ы";
    f.paradigm(stem, {U"а", gen, U"е", U"у", in(last, kHushing) ? U"ей" : U"ой", U"е"}, gender, base);
    f.add(stem + U"ою", gender, base + Ins);
    if (in(last, kHushing)) f.add(stem + U"ой", gender, base + Ins);
  } else if (last == U'и') {  // Мария, Берия
    f.paradigm(stem, {U"я", U"и", U"и", U"ю", U"ей", U"и"}, gender, base);
  } else {  // Илья, Наталья
    f.paradigm(stem, {U"я", U"и", U"е", U"ю", U"ей", U"е"}, gender, base);
  }
}

// Masculine nouns ending in a consonant, -й or -ь (Радек, Иван, Андрей, Игорь).
void consonant_declension(const U& w, const U& oblique_stem, int base, Forms& f) {
  f.add(w, kMasc, base + Nom);
  const char32_t last = w.back();
  if (last == U'й' || last == U'ь') {
    const U stem = w.substr(0, w.size() - 1);
    const bool ii = last == U'й' && !stem.empty() && stem.back() == U'и';  // Дмитрий
    f.paradigm(stem, {U"", U"я", U"ю", U"я", U"ем", ii ? U"и" : U"е"}, kMasc, base);
    f.add(w, kMasc, base + Nom);
    return;
  }
  const U& s = oblique_stem;
  f.add(s + U"а", kMasc, base + Gen);
  f.add(s + U"у", kMasc, base + Dat);
  f.add(s + U"а", kMasc, base + Acc);
  f.add(s + (in(s.back(), kHushing) ? U"ем" : U"ом"), kMasc, base + Ins);
  if (in(s.back(), kHushing)) f.add(s + U"ом", kMasc, base + Ins);
  f.add(s + U"е", kMasc, base + Prep);
}

// Adjectival surnames: Крутой, Белинский, Крупская, Белый; feminine -ая.
void adjectival(const U& stem, bool soft, std::uint8_t genders, Forms& f) {
  const bool velar = !stem.empty() && (in(stem.back(), kVelar) || in(stem.back(), U"жшчщ"));
  const std::u32string_view i_y = velar || soft ? U"и" : U"ы";
  if (genders & kMasc) {  // the nominative as written is added by the caller
    const std::u32string_view masc[] = {soft ? U"его" : U"ого", soft ? U"ему" : U"ому",
                                        soft ? U"его" : U"ого", velar || soft ? U"им" : U"ым",
                                        soft ? U"ем" : U"ом"};
    int c = Gen;
    for (auto e : masc) f.add(stem + U(e), kMasc, kSlotM + c++);
  }
  if (genders & kFem)
    f.paradigm(stem, {soft ? U"яя" : U"ая", soft ? U"ей" : U"ой", soft ? U"ей" : U"ой",
                      soft ? U"юю" : U"ую", soft ? U"ей" : U"ой", soft ? U"ей" : U"ой"},
               kFem, kSlotF);
  f.paradigm(stem, {U(i_y) + U"е", U(i_y) + U"х", U(i_y) + U"м", U(i_y) + U"х", U(i_y) + U"ми",
                    U(i_y) + U"х"},
             kPlural, kSlotP);
}

bool is_adjectival(const U& w) {
  if (w.size() < 5) return false;
  return ends(w, U"ский") || ends(w, U"цкий") || ends(w, U"ской") || ends(w, U"цкой") ||
         ends(w, U"ый") || (ends(w, U"ий") && in(w[w.size() - 3], U"кгхжшчщн")) ||
         (ends(w, U"ой") && in(w[w.size() - 3], U"кгхсцвнт"));
}

bool possessive_suffix(const U& w) {
  return ends(w, U"ов") || ends(w, U"ев") || ends(w, U"ёв") || ends(w, U"ин") || ends(w, U"ын");
}

// Крутая -> Крутой: her oblique form in -ой is his nominative. Not for
// -ская/-цкая, whose men are -ский/-цкий.
void mark_also_masculine(const U& w, std::vector<NameForm>& forms) {
  if (!ends(w, U"ая") || ends(w, U"ская") || ends(w, U"цкая")) return;
  const std::string his = utf8::encode(w.substr(0, w.size() - 2) + U"ой");
  for (auto& f : forms)
    if (f.text == his && !(f.gender & kMasc)) f.also_masculine = true;
}

class Russian final : public NameLanguage {
 public:
  std::string_view code() const override { return "ru"; }

  bool handles(std::string_view lemma) const override {
    for (std::size_t i = 0; i < lemma.size();)
      if (utf8::is_cyrillic(utf8::next(lemma, i))) return true;
    return false;
  }

  std::vector<NameForm> forms(NamePart part, const std::string& lemma, Sex sex) const override {
    // Only the last part of a hyphenated name declines (Тер-Ваганян -> Тер-Ваганяна).
    const std::size_t hy = lemma.rfind('-');
    const std::string head = hy == std::string::npos ? std::string() : lemma.substr(0, hy + 1);
    const U w = utf8::decode(fold_yo(hy == std::string::npos ? lemma : lemma.substr(hy + 1)));
    Forms f;
    if (w.size() >= 2) {
      switch (part) {
        case NamePart::Surname: surname(w, sex, f); break;
        case NamePart::Forename: forename(w, sex, f); break;
        case NamePart::Patronymic: patronymic(w, f); break;
      }
    }
    std::vector<NameForm> out = f.take();
    if (out.empty()) out.push_back({utf8::encode(w), kMasc | kFem, 0});
    if (part == NamePart::Surname) mark_also_masculine(w, out);
    // Two declinable surnames joined (Римский-Корсаков, Ульянов-Ленин):
    // both parts take the same case; otherwise the first part stays.
    std::vector<NameForm> head_forms;
    if (part == NamePart::Surname && !head.empty()) {
      const U h = utf8::decode(fold_yo(head.substr(0, head.size() - 1)));
      if (possessive_suffix(h) || is_adjectival(h)) {
        Forms hf;
        surname(h, sex, hf);
        head_forms = hf.take();
      }
    }
    for (auto& x : out) {
      std::string first = head;
      for (const auto& hfm : head_forms)
        if (hfm.slot == x.slot) {
          first = hfm.text + "-";
          break;
        }
      x.text = first + x.text;
    }
    return out;
  }

  std::string group_key(std::string_view word) const override {
    U w = utf8::decode(fold_yo(word));
    for (auto& c : w) c = utf8::to_lower(c);
    // The longest ending of the paradigms above; what is left is the stem.
    static const std::u32string_view endings[] = {
        U"ыми", U"ими", U"ого", U"его", U"ому", U"ему", U"ой", U"ей", U"ою", U"ая", U"яя", U"ую",
        U"ых", U"их", U"ым", U"им", U"ом", U"ем", U"ый", U"ий", U"ые", U"ие", U"а", U"я", U"у", U"ю",
        U"е", U"ы", U"и", U"ь", U"й"};
    for (auto e : endings)
      if (w.size() > e.size() + 2 && ends(w, e)) {
        w.resize(w.size() - e.size());
        break;
      }
    return utf8::encode(w);
  }

  bool institution_before(std::string_view word) const override {
    // "имени Ленина", and names of streets, squares, stations, towns and
    // institutions: "улица Горького", "музей Крутого", "станция Иван Крутой".
    static const std::string_view nouns[] = {
        "имени", "Имени", "им", "улица", "улицы", "улице", "улицу", "улицей", "проспект", "проспекта",
        "проспекте", "проспектом", "площадь", "площади", "площадью", "переулок", "переулка", "переулке",
        "бульвар", "бульвара", "бульваре", "набережная", "набережной", "станция", "станции", "станцию",
        "станцией", "город", "города", "городе", "городом", "г", "музей", "музея", "музее", "музеем",
        "библиотека", "библиотеки", "библиотеке", "библиотекой", "институт", "института", "институте",
        "институтом", "завод", "завода", "заводе", "заводом", "фабрика", "фабрики", "фабрике", "премия",
        "премии", "премию", "орден", "ордена", "орденом", "пароход", "парохода", "фонд", "фонда"};
    return std::find(std::begin(nouns), std::end(nouns), word) != std::end(nouns);
  }
  bool institution_after(std::string_view) const override { return false; }
  bool title_word(std::string_view word) const override {
    static const std::string_view titles[] = {
        "Товарищ", "Товарища", "Товарищу", "Тов", "Господин", "Господина", "Гражданин", "Гражданина",
        "Генерал", "Профессор", "Доктор", "Академик", "Председатель", "Нарком", "Секретарь", "Генсек",
        "Посол", "Посла", "Послу", "Министр", "Министра", "Министру", "Полковник", "Адмирал", "Консул",
        "Князь", "Князя", "Граф", "Графа", "Барон", "Барона", "Император", "Императора", "Король", "Короля",
        "Кн", "Гр", "Ген", "Княгиня", "Княгине", "Графиня", "Графине", "Князю", "Графу", "Генералу"};
    return std::find(std::begin(titles), std::end(titles), word) != std::end(titles);
  }
  bool title_initial(std::string_view word) const override { return word == "Г"; }  // граф, господин
  Sex title_sex(std::string_view word) const override {
    static const std::string_view women[] = {"Госпожа", "Госпожи", "Госпоже", "Госпожу", "Княгиня", "Княгини",
                                              "Княгине", "Княгиню", "Графиня", "Графини", "Графине", "Графиню",
                                              "Баронесса", "Баронессы", "Императрица", "Императрицы", "Княжна", "Княжны"};
    static const std::string_view men[] = {"Господин", "Господина", "Господину", "Князь", "Князя", "Князю",
                                            "Граф", "Графа", "Графу", "Барон", "Барона", "Император", "Императора"};
    if (std::find(std::begin(women), std::end(women), word) != std::end(women)) return Sex::Female;
    if (std::find(std::begin(men), std::end(men), word) != std::end(men)) return Sex::Male;
    return Sex::Unknown;
  }
  bool military_rank(std::string_view word) const override {
    static const std::string_view ranks[] = {"Генерал", "Генерала", "Генералу", "Ген", "Полковник", "Полковника",
                                              "Подполковник", "Адмирал", "Адмирала", "Капитан", "Капитана",
                                              "Майор", "Майора", "Поручик", "Поручика", "Маршал", "Маршала"};
    return std::find(std::begin(ranks), std::end(ranks), word) != std::end(ranks);
  }
  bool military_word(std::string_view word) const override {
    static const std::string_view words[] = {"военный", "военного", "офицер", "офицера", "генерал", "полковник",
                                              "адмирал", "армии", "армия", "флота", "полка", "артиллерии",
                                              "гарнизона", "войск", "командир", "командующий"};
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
  }

 private:
  static void surname(const U& w, Sex sex, Forms& f) {
    const bool female_form = sex != Sex::Male && (ends(w, U"ова") || ends(w, U"ева") || ends(w, U"ина") ||
                                                  ends(w, U"ына") || ends(w, U"ая") || ends(w, U"яя"));
    if (female_form) {  // Петрова, Крупская: the feminine, and the family's plural
      if (ends(w, U"ая") || ends(w, U"яя")) {
        const U stem = w.substr(0, w.size() - 2);
        f.add(w, kFem, kSlotF);
        adjectival(stem, w[w.size() - 2] == U'я', kFem, f);
      } else {
        const U base = w.substr(0, w.size() - 1);
        f.paradigm(base, {U"а", U"ой", U"ой", U"у", U"ой", U"ой"}, kFem, kSlotF);
        f.paradigm(base, {U"ы", U"ых", U"ым", U"ых", U"ыми", U"ых"}, kPlural, kSlotP);
      }
      return;
    }
    const char32_t last = w.back();
    const bool male = sex != Sex::Female;
    const bool female = sex != Sex::Male;
    if (possessive_suffix(w)) {  // Петров, Ленин, Соловьёв
      if (male) {
        f.paradigm(w, {U"", U"а", U"у", U"а", U"ым", U"е"}, kMasc, kSlotM);
        if (ends(w, U"ин") || ends(w, U"ын")) f.add(w + U"ом", kMasc, kSlotM + Ins);  // foreign -ин
      }
      if (female) f.paradigm(w, {U"а", U"ой", U"ой", U"у", U"ой", U"ой"}, kFem, kSlotF);
      f.paradigm(w, {U"ы", U"ых", U"ым", U"ых", U"ыми", U"ых"}, kPlural, kSlotP);
    } else if (is_adjectival(w)) {  // Белинский, Крутой
      f.add(w, male ? kMasc : kFem, male ? kSlotM : kSlotF);
      const U stem = w.substr(0, w.size() - 2);
      const bool soft = ends(w, U"ий") && w[w.size() - 3] == U'н';  // Синий
      adjectival(stem, soft, static_cast<std::uint8_t>((male ? kMasc : 0) | (female ? kFem : 0)), f);
    } else if (last == U'а' || last == U'я') {  // Берёза, Берия: both genders alike
      a_declension(w, kMasc | kFem, male ? kSlotM : kSlotF, f);
    } else if (in(last, kVowels) || ends(w, U"ых") || (ends(w, U"их") && in(w[w.size() - 3], U"гкхжшчщн"))) {
      // Шаумяну, Дурново, Седых, Долгих: indeclinable (but Ульрих, Генрих decline)
      f.add(w, kMasc | kFem, 0);
    } else if (male) {  // Радек, Ваганян, Гольцман
      consonant_declension(w, w, kSlotM, f);
      if (female) f.add(w, kFem, kSlotF);  // a woman's consonant surname does not decline
    } else {
      f.add(w, kFem, kSlotF);
    }
  }

  static void forename(const U& w, Sex sex, Forms& f) {
    const char32_t last = w.back();
    if (last == U'а' || last == U'я') {
      a_declension(w, sex == Sex::Male ? kMasc : sex == Sex::Female ? kFem : kMasc | kFem,
                   sex == Sex::Female ? kSlotF : kSlotM, f);
    } else if (sex == Sex::Female) {
      if (last == U'ь') f.paradigm(w.substr(0, w.size() - 1), {U"ь", U"и", U"и", U"ь", U"ью", U"и"}, kFem, kSlotF);
      else f.add(w, kFem, kSlotF);
    } else if (!in(last, kVowels)) {
      // A fleeting vowel: Лев -> Льва, Павел -> Павла, Пётр -> Петра.
      static const std::pair<std::u32string_view, std::u32string_view> fleeting[] = {
          {U"Лев", U"Льв"}, {U"Павел", U"Павл"}, {U"Петр", U"Петр"}, {U"Лазарь", U"Лазар"}};
      U stem = w;
      for (const auto& [nom, obl] : fleeting)
        if (w == nom) stem = U(obl);
      consonant_declension(w, stem, kSlotM, f);
    } else {
      f.add(w, kMasc | kFem, 0);
    }
  }

  static void patronymic(const U& w, Forms& f) {
    if (ends(w, U"ич")) {
      f.paradigm(w, {U"", U"а", U"у", U"а", U"ем", U"е"}, kMasc, kSlotM);
    } else if (ends(w, U"на")) {  // Никитична, Львовна
      a_declension(w, kFem, kSlotF, f);
    } else {
      f.add(w, kMasc | kFem, 0);
    }
  }
};

class English final : public NameLanguage {
 public:
  std::string_view code() const override { return "en"; }
  bool handles(std::string_view) const override { return true; }
  std::vector<NameForm> forms(NamePart part, const std::string& lemma, Sex) const override {
    std::vector<NameForm> out{{lemma, kMasc | kFem, 0}};
    // "the Petrovs": a family named in the plural.
    if (part == NamePart::Surname && !lemma.empty()) {
      const char last = lemma.back();
      const bool es = last == 's' || last == 'x' || last == 'z' ||
                      (lemma.size() > 1 && (lemma.compare(lemma.size() - 2, 2, "sh") == 0 ||
                                            lemma.compare(lemma.size() - 2, 2, "ch") == 0));
      out.push_back({lemma + (es ? "es" : "s"), kPlural, kSlotP});
    }
    return out;
  }
  std::string group_key(std::string_view word) const override {
    std::string k(word);
    for (auto& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return k;
  }
  bool institution_before(std::string_view) const override { return false; }
  bool institution_after(std::string_view word) const override {
    static const std::string_view nouns[] = {
        "Institute", "Library", "Prize", "Street", "Square", "Avenue", "University", "Museum",
        "Mausoleum", "Academy", "School", "Order", "Plant", "Factory", "Works", "Canal", "Archive",
        "Archives", "Collection", "Foundation", "Society", "Memorial", "Bridge", "Boulevard", "Park",
        "Station", "Prospect", "Embankment", "Papers", "Airport", "Center", "Centre", "Boulevard", "Motel",
        "Hotel", "Hall", "Ballroom", "Stadium", "Building", "Tower", "Highway", "Road", "Lane", "Drive",
        "Memorial", "Monument", "Prize", "Award", "Fund", "Trust", "Hospital", "College", "Church",
        "Cathedral", "Theatre", "Theater", "Airfield", "Port", "Special", "Doctrine", "Plan"};
    return std::find(std::begin(nouns), std::end(nouns), word) != std::end(nouns);
  }
  bool title_before_forename(std::string_view word) const override {
    return word == "Sir" || word == "Lord" || word == "Lady" || word == "Dame";
  }
  Sex title_sex(std::string_view word) const override {
    static const std::string_view women[] = {"Miss", "Mrs", "Ms", "Lady", "Dame", "Madame", "Mme", "Mlle",
                                              "Queen", "Princess", "Countess", "Baroness", "Empress", "Duchess"};
    static const std::string_view men[] = {"Mr", "Mister", "Sir", "Lord", "King", "Prince", "Count", "Baron",
                                            "Emperor", "Duke", "Monsieur"};
    if (std::find(std::begin(women), std::end(women), word) != std::end(women)) return Sex::Female;
    if (std::find(std::begin(men), std::end(men), word) != std::end(men)) return Sex::Male;
    return Sex::Unknown;
  }
  bool capitalized_compounds() const override { return true; }
  bool linking_word(std::string_view word) const override { return word == "of"; }
  bool military_rank(std::string_view word) const override {
    static const std::string_view ranks[] = {"General", "Colonel", "Major", "Captain", "Admiral", "Lieutenant",
                                              "Sergeant", "Marshal", "Commander", "Commodore", "Brigadier", "Gen", "Col"};
    return std::find(std::begin(ranks), std::end(ranks), word) != std::end(ranks);
  }
  // Not "general" ("Consul General") nor "war" ("Secretary of War").
  bool military_word(std::string_view word) const override {
    static const std::string_view words[] = {"military", "army", "navy", "naval", "officer", "colonel", "admiral",
                                              "lieutenant", "marshal", "regiment", "brigade", "artillery",
                                              "infantry", "cavalry", "soldier", "commander", "commanding"};
    return std::find(std::begin(words), std::end(words), word) != std::end(words);
  }
  bool title_word(std::string_view word) const override {
    static const std::string_view titles[] = {
        "Comrade", "Comrades", "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Lord", "Lady", "President",
        "General", "Colonel", "Captain", "Major", "Deputy", "Secretary", "Commissar", "Professor", "Prof",
        "Chairman", "Citizen", "Saint", "St", "Reverend", "Rev", "Judge", "Prosecutor", "Marshal", "Mister",
        "Ambassador", "Minister", "Senator", "Governor", "Admiral", "Consul", "Chargé", "Counselor", "Counsellor",
        "King", "Queen", "Prince", "Princess", "Count", "Countess", "Baron", "Baroness", "Emperor", "Empress",
        "Premier", "Chancellor", "Cardinal", "Bishop", "Commander", "Lieutenant", "Sergeant"};
    return std::find(std::begin(titles), std::end(titles), word) != std::end(titles);
  }
};

}  // namespace

std::string fold_yo(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = utf8::next(s, i);
    if (c == U'ё') c = U'е';
    else if (c == U'Ё') c = U'Е';
    utf8::append(out, c);
  }
  return modern_spelling(out);
}

const NameLanguage& russian_names() {
  static const Russian r;
  return r;
}

const NameLanguage& english_names() {
  static const English e;
  return e;
}

const NameLanguage& name_language_for(std::string_view word) {
  if (russian_names().handles(word)) return russian_names();
  return english_names();
}

}  // namespace editio
