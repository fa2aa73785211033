package org.wirecopy.text;

import java.util.List;

/**
 * The Russian word tables.
 *
 * <p>Speech verbs are listed once, in the masculine past tense; the other forms are made from it
 * by the regular endings: feminine {@code -ла}, plural {@code -ли}, neuter {@code -ло}, gerund
 * {@code -в} ({@code сказал} → {@code сказала}, {@code сказали}, {@code сказало}, {@code сказав};
 * reflexive {@code поинтересовался} → {@code поинтересовалась}, ... , {@code поинтересовавшись}).
 * Present-tense, irregular and impersonal forms are listed as they are.
 *
 * <p>Nouns are listed in the nominative singular; their other forms are read through the noun
 * endings of {@link #nounEndings} (hard and soft masculine, feminine in -а/-я/-ь, neuter in
 * -о/-е, adjectival nouns in -ий).
 */
final class RussianLexicon extends Lexicon {

  static final RussianLexicon INSTANCE = new RussianLexicon();

  /** Prefixes of clipped names of ministries and state bodies. */
  private final List<String> bodyPrefixes = new java.util.ArrayList<>();

  /** Package-private so that a test can build the tables afresh. */
  RussianLexicon() {
    for (String past : split("""
        сказал заявил добавил отметил подчеркнул утверждал сообщил пояснил заметил уточнил указал
        напомнил заверил ответил спросил пожелал объявил признал предупредил констатировал
        рассказал прокомментировал выразил назвал написал говорил продолжил резюмировал подытожил
        настаивал посчитал считал высказал передал пообещал обещал поделился пошутил возразил
        парировал посетовал акцентировал отреагировал сообщал заявлял отмечал подчеркивал
        добавлял указывал призвал предложил охарактеризовал оценил допустил выступил заключил
        убеждал уверял сформулировал разъяснил объяснил повторил вспомнил вспоминал признавал
        отвечал спрашивал доложил пожаловался похвастался признался поинтересовался
        высказался пообещал рассуждал делился прокомментировал анонсировал сетовал уверил
        упомянул упоминал поблагодарил похвалил
        """)) {
      addPast(past);
    }
    for (String[] irregular : new String[][] {
        {"счел", "сочла", "сочли", "сочло"},
        {"опроверг", "опровергла", "опровергли", "опровергло"},
        {"произнес", "произнесла", "произнесли", "произнесло"},
        {"отверг", "отвергла", "отвергли", "отвергло"}}) {
      verbs.put(irregular[0], new Verb(VerbKind.SUBJECT, Gender.MALE));
      verbs.put(irregular[1], new Verb(VerbKind.SUBJECT, Gender.FEMALE));
      verbs.put(irregular[2], new Verb(VerbKind.SUBJECT, Gender.PLURAL));
      verbs.put(irregular[3], new Verb(VerbKind.SUBJECT, Gender.NEUTER));
    }
    for (String present : split("""
        говорит заявляет считает отмечает подчеркивает сообщает полагает добавляет поясняет
        признает утверждает пишет напоминает указывает уверен уверена убежден убеждена упоминает
        гласит передает
        """)) {
      verbs.put(present, new Verb(VerbKind.SUBJECT, Gender.UNKNOWN));
    }
    for (String plural : split("""
        говорят заявляют считают отмечают сообщают пишут уверены убеждены передают
        """)) {
      verbs.put(plural, new Verb(VerbKind.SUBJECT, Gender.PLURAL));
    }
    for (String gerund : split("""
        отмечая подчеркивая заявляя говоря комментируя отвечая добавляя указывая напоминая
        поясняя признавая утверждая
        """)) {
      verbs.put(gerund, new Verb(VerbKind.GERUND, Gender.UNKNOWN));
    }
    verbs.put("цитирует", new Verb(VerbKind.OBJECT, Gender.UNKNOWN));
    verbs.put("цитируют", new Verb(VerbKind.OBJECT, Gender.PLURAL));
    verbs.put("процитировал", new Verb(VerbKind.OBJECT, Gender.MALE));
    verbs.put("процитировала", new Verb(VerbKind.OBJECT, Gender.FEMALE));
    verbs.put("процитировали", new Verb(VerbKind.OBJECT, Gender.PLURAL));
    for (String impersonal : split("""
        говорится отмечается сообщается подчеркивается указывается утверждается заявляется
        говорилось отмечалось сообщалось подчеркивалось указывалось утверждалось следует
        следовало сказано значится
        """)) {
      verbs.put(impersonal, new Verb(VerbKind.SOURCE, Gender.UNKNOWN));
    }
    words(objectVerbs, "выразил выразила выразили выразило выразив");
    words(cueObjects, """
        надежду уверенность мнение сожаление обеспокоенность озабоченность убеждение позицию
        готовность недоумение признательность благодарность
        """);
    complementizer = "что";
    sourcePhrases.addAll(List.of("по словам", "по мнению", "по утверждению", "по заявлению",
        "по оценке", "по информации", "по данным", "согласно"));
    anaphoricOpeners.addAll(List.of("об этом", "так", "такое мнение", "такое заявление", "это"));

    pronouns.put("он", new Pronoun(Gender.MALE, false, false, true));
    pronouns.put("она", new Pronoun(Gender.FEMALE, false, false, true));
    pronouns.put("оно", new Pronoun(Gender.NEUTER, false, false, true));
    pronouns.put("они", new Pronoun(Gender.PLURAL, false, false, true));
    for (String oblique : split("его него ему нему им ним нем")) {
      pronouns.put(oblique, new Pronoun(Gender.MALE, false, oblique.equals("его"), false));
    }
    for (String oblique : split("ее нее ей ней")) {
      pronouns.put(oblique, new Pronoun(Gender.FEMALE, false, oblique.equals("ее"), false));
    }
    for (String oblique : split("их них ими ними")) {
      pronouns.put(oblique, new Pronoun(Gender.PLURAL, false, oblique.equals("их"), false));
    }
    pronouns.put("который", new Pronoun(Gender.MALE, true, false, true));
    pronouns.put("которая", new Pronoun(Gender.FEMALE, true, false, true));
    pronouns.put("которое", new Pronoun(Gender.NEUTER, true, false, true));
    pronouns.put("которые", new Pronoun(Gender.PLURAL, true, false, true));

    for (String role : split("""
        президент премьер премьер-министр вице-премьер министр замминистра глава генсек секретарь
        госсекретарь пресс-секретарь представитель постпред полпред посол дипломат губернатор врио
        мэр спикер председатель зампред сопредседатель заместитель руководитель директор
        гендиректор начальник командующий главком сотрудник советник помощник депутат сенатор
        тренер ведущий лидер канцлер эксперт аналитик политолог генерал адмирал прокурор судья
        вице-президент вице-спикер омбудсмен уполномоченный атаман патриарх митрополит глава
        корреспондент журналист министр-председатель редактор главред обозреватель
        основатель владелец президент-элект спортсмен игрок капитан хоккеист футболист член
        специалист банкир политик юрист экономист ученый бизнесмен предприниматель активист
        историк исследователь врач космонавт астронавт писатель коллега астроном профессор
        зампредседатель инженер конструктор куратор инспектор архитектор художник
        """)) {
      roleNouns.put(role, Gender.UNKNOWN);
      // A former holder is written with the prefix on the noun: экс-президент, экс-глава.
      roleNouns.put("экс-" + role, Gender.UNKNOWN);
    }
    // A deputy written as one word: зам and the genitive of the role (замглавы МИД).
    for (String role : split("""
        замглавы замгенсека замгоссекретаря зампостпреда замполпреда замгубернатора замдиректора
        замгендиректора замначальника замкомандующего замруководителя замсекретаря заммэра
        зампредседателя замглавкома
        """)) {
      roleNouns.put(role, Gender.UNKNOWN);
    }
    for (String role : split("сотрудница представительница ведущая журналистка спортсменка")) {
      roleNouns.put(role, Gender.FEMALE);
    }
    words(sourceNouns, "источник собеседник собеседница");
    words(interlocutors, "собеседник собеседница");
    words(agencyWords, "агентства тасс");
    roleNouns.put("источник", Gender.UNKNOWN);
    roleNouns.put("собеседник", Gender.UNKNOWN);
    roleNouns.put("собеседница", Gender.FEMALE);
    words(bodyNouns, """
        пресс-служба служба министерство ведомство правительство управление администрация комитет
        агентство посольство департамент прокуратура генпрокуратура суд кабмин штаб канцелярия
        аппарат секретариат офис миссия представительство издание телеканал газета компания
        корпорация концерн банк фонд совет дума парламент партия организация центр минобороны
        мид госдепартамент кремль сборная клуб команда федерация лига университет институт
        """);
    words(anaphoricBodies, "ведомство министерство управление служба агентство издание");
    words(bodyNames, "кремль госдепартамент госдеп пентагон госдума совфед минобороны мид минфин минюст");
    bodyPrefixes.addAll(List.of("Мин", "Гос"));
    words(documentNouns, """
        сообщение указ документ заявление письмо постановление статья закон пресс-релиз релиз
        обращение комментарий ответ публикация распоряжение приказ решение резолюция доклад
        отчет справка протокол телеграм-канал сайт коммюнике
        """);
    offices.add(List.of("президент", "глава государства", "лидер", "глава кремля",
        "хозяин кремля", "российский лидер"));
    offices.add(List.of("пресс-секретарь", "представитель кремля", "официальный представитель кремля"));
    offices.add(List.of("министр иностранных дел", "глава мид", "глава внешнеполитического ведомства",
        "глава российской дипломатии", "руководитель мид", "глава дипломатии"));
    offices.add(List.of("премьер-министр", "премьер", "глава правительства",
        "председатель правительства", "глава кабмина"));
    offices.add(List.of("генсек", "генеральный секретарь"));
    offices.add(List.of("госсекретарь", "глава госдепартамента", "глава госдепа"));
    offices.add(List.of("официальный представитель мид", "представитель мид"));
    words(ministryHeads, "глава руководитель министр");
    ministerNoun = "министр";
    ministryNoun = "министерство";
    ministryPrefix = "мин";
    words(nameNouns, """
        компания корпорация концерн холдинг банк фонд клуб команда партия движение организация
        объединение проект нацпроект федпроект программа операция учения ракета ракета-носитель
        комплекс система самолет истребитель вертолет беспилотник корабль судно крейсер фрегат
        подлодка танк спутник биоспутник станция аэс гэс тэс завод предприятие муп гуп фгуп ано
        ооо пао оао ао зао нко форум фестиваль конкурс премия турнир чемпионат кубок выставка
        саммит конференция фильм сериал книга роман песня альбом спектакль журнал газета
        телеканал канал радиостанция агентство издание сайт портал приложение сервис платформа
        соцсеть мессенджер бренд марка магазин ресторан отель гостиница аэропорт стадион арена
        театр музей парк улица проспект площадь поселок месторождение трубопровод газопровод
        нефтепровод мост группировка группа формирование батальон полк бригада дивизия сборная
        ансамбль оркестр фракция блок коалиция статья шоу передача программа акция кампания
        маршрут база полигон космодром модуль грузовик аппарат лайнер ледокол марафон игры
        олимпиада форма формат премьера лига
        """);
    words(titleNouns, """
        лозунг девиз тема название наименование слоган заголовок подзаголовок хештег
        """);
    words(copulas, "стал стала стало стали станет станут является являлся являлась являются");
    words(termMarkers, """
        называемый называемая называемое называемые называемого называемой называемому
        называемым называемом называемых называемую называемыми т.н именуемый именуемая
        именуемое именуемые именуемого именуемой именуемых
        """);
    words(addressees, """
        журналистам журналисту корреспонденту корреспондентам тасс агентству изданию телеканалу
        газете прессе репортерам собравшимся участникам радиостанции
        """);
    words(adverbs, """
        также тоже уже еще лишь сам сама сами само вновь снова затем позднее позже ранее потом
        впоследствии тогда однако вчера сегодня завтра накануне далее дополнительно именно
        особо прямо публично лично неоднократно открыто отдельно же ли бы не кроме того
        впрочем тем как так сейчас теперь поэтому вот здесь там вскоре пока вместе
        """);
    words(placeAdverbs, "там");
    words(prepositions, """
        в во на по с со о об обо у к ко из за от до при для после перед через между над под без
        про среди около вокруг возле против ради вместо кроме благодаря вопреки насчет путем
        посредством вследствие из-за из-под согласно
        """);
    words(conjunctions, "и а но или либо да однако зато ни");
    words(subordinators, """
        что чтобы если почему когда где куда откуда хотя поскольку потому будто зачем пока
        словно едва раз
        """);
    words(determiners, "этот эта это эти этого этой свой своя свое свои его ее их сам сама");
    words(abbreviations, """
        т д др пр кв м км см тыс млн млрд трлн руб долл г гг ст ч п пп им ул обл з н э вв стр
        рис ок т.е т.д т.п т.к
        """);
    words(frameNouns, "заявление высказывание тезис цитата");
    // Genitives with no genitive ending: plurals (иностранных дел), and indeclinable nouns, the
    // same in every case (руководитель пресс-бюро СВР).
    words(complementWords, "дел сил войск наук бюро пресс-бюро");
    words(titlePrepositions, "при в");
    words(fieldPrepositions, "по");
    // выступая, отвечая, комментируя; выступив, сказав; находясь, обратившись.
    gerundEndings.addAll(List.of("ая", "яя", "уя", "юя", "ив", "ав", "ев", "ясь", "ись"));
    String[][] names = {
        // genitive and animate accusative, masculine
        {"GENITIVE", "ского", "ский"}, {"GENITIVE", "цкого", "цкий"}, {"GENITIVE", "ого", "ой"},
        {"GENITIVE", "ова", "ов"}, {"GENITIVE", "ева", "ев"}, {"GENITIVE", "ина", "ин"},
        {"GENITIVE", "ына", "ын"}, {"GENITIVE", "ия", "ий"}, {"GENITIVE", "ея", "ей"},
        {"GENITIVE", "ая", "ай"}, {"GENITIVE", "я", "ь"}, {"GENITIVE", "а", ""},
        // genitive, feminine; no -и → -я, for the indeclinable names in -и (Керри)
        {"GENITIVE", "ской", "ская"}, {"GENITIVE", "цкой", "цкая"}, {"GENITIVE", "овой", "ова"},
        {"GENITIVE", "евой", "ева"}, {"GENITIVE", "иной", "ина"}, {"GENITIVE", "ии", "ия"},
        {"GENITIVE", "ьи", "ья"}, {"GENITIVE", "ы", "а"}, {"GENITIVE", "ки", "ка"},
        {"GENITIVE", "ги", "га"}, {"GENITIVE", "хи", "ха"},
        // dative, masculine then feminine
        {"DATIVE", "скому", "ский"}, {"DATIVE", "ому", "ой"}, {"DATIVE", "ову", "ов"},
        {"DATIVE", "еву", "ев"}, {"DATIVE", "ину", "ин"}, {"DATIVE", "ию", "ий"},
        {"DATIVE", "ею", "ей"}, {"DATIVE", "ю", "ь"}, {"DATIVE", "у", ""},
        {"DATIVE", "ской", "ская"}, {"DATIVE", "овой", "ова"}, {"DATIVE", "евой", "ева"},
        {"DATIVE", "иной", "ина"}, {"DATIVE", "ии", "ия"}, {"DATIVE", "е", "а"},
        // accusative, feminine (the masculine is the genitive)
        {"ACCUSATIVE", "скую", "ская"}, {"ACCUSATIVE", "ову", "ова"}, {"ACCUSATIVE", "еву", "ева"},
        {"ACCUSATIVE", "ину", "ина"}, {"ACCUSATIVE", "ию", "ия"}, {"ACCUSATIVE", "у", "а"},
        {"ACCUSATIVE", "ю", "я"},
        // instrumental, masculine then feminine
        {"INSTRUMENTAL", "ским", "ский"}, {"INSTRUMENTAL", "овым", "ов"},
        {"INSTRUMENTAL", "евым", "ев"}, {"INSTRUMENTAL", "иным", "ин"},
        {"INSTRUMENTAL", "ием", "ий"}, {"INSTRUMENTAL", "еем", "ей"}, {"INSTRUMENTAL", "ем", "ь"},
        {"INSTRUMENTAL", "ом", ""}, {"INSTRUMENTAL", "ской", "ская"},
        {"INSTRUMENTAL", "овой", "ова"}, {"INSTRUMENTAL", "иной", "ина"},
        {"INSTRUMENTAL", "ией", "ия"}, {"INSTRUMENTAL", "ой", "а"}, {"INSTRUMENTAL", "ей", "я"},
        // prepositional
        {"PREPOSITIONAL", "ском", "ский"}, {"PREPOSITIONAL", "ове", "ов"},
        {"PREPOSITIONAL", "ине", "ин"}, {"PREPOSITIONAL", "ии", "ий"}, {"PREPOSITIONAL", "е", ""},
        {"PREPOSITIONAL", "ской", "ская"}, {"PREPOSITIONAL", "овой", "ова"}};
    for (String[] row : names) {
      nameEndings.add(new NameEnding(Case.valueOf(row[0]), row[1], row[2]));
    }
    // Masculine names in -я (Небензя, Зозуля) decline as feminine ones do; -и and -е end many
    // names that never decline (Керри, Джентилони, Гёте), so these rows need the nominative seen.
    attestedNameEndings.add(new NameEnding(Case.GENITIVE, "и", "я"));
    attestedNameEndings.add(new NameEnding(Case.DATIVE, "е", "я"));
    attestedNameEndings.add(new NameEnding(Case.PREPOSITIONAL, "е", "я"));
    feminineSurnameEndings.addAll(List.of("ова", "ева", "ина", "ына", "ская", "цкая", "ая"));
    masculineSurnameEndings.addAll(List.of("ов", "ев", "ин", "ын", "ский", "цкий", "ой", "ий"));
    feminineFirstNameEndings.addAll(List.of("а", "я"));
    feminineObliqueEndings.addAll(List.of("овой", "евой", "иной", "ской", "ии", "ьи"));
    patronymicEndings.addAll(List.of("вич", "вна", "ична", "ьич"));
    genitiveEndings.addAll(List.of("а", "я", "ы", "и", "ов", "ев", "ей", "ого", "его", "ой", "ых", "их"));

    String[][] governed = {
        {"GENITIVE", "у от из для без после до около вокруг возле против вместо кроме среди из-за из-под ради вследствие"},
        {"DATIVE", "к ко по благодаря согласно вопреки"},
        {"INSTRUMENTAL", "с со над под перед между за"},
        {"PREPOSITIONAL", "о об обо при"}};
    for (String[] row : governed) {
      for (String preposition : split(row[1])) {
        prepositionCases.put(preposition, Case.valueOf(row[0]));
      }
    }

    String[][] endings = {
        // masculine, hard stem
        {"ами", "", "INSTRUMENTAL"}, {"ом", "", "INSTRUMENTAL"}, {"ам", "", "DATIVE"},
        {"ах", "", "PREPOSITIONAL"}, {"ов", "", "GENITIVE"}, {"а", "", "GENITIVE"},
        {"у", "", "DATIVE"}, {"е", "", "PREPOSITIONAL"}, {"ы", "", "NOMINATIVE"},
        // masculine, soft stem in -ь or -й
        {"ями", "ь", "INSTRUMENTAL"}, {"ем", "ь", "INSTRUMENTAL"}, {"ей", "ь", "GENITIVE"},
        {"ям", "ь", "DATIVE"}, {"я", "ь", "GENITIVE"}, {"ю", "ь", "DATIVE"},
        {"е", "ь", "PREPOSITIONAL"}, {"и", "ь", "NOMINATIVE"},
        {"ем", "й", "INSTRUMENTAL"}, {"я", "й", "GENITIVE"}, {"ю", "й", "DATIVE"},
        {"е", "й", "PREPOSITIONAL"},
        // feminine in -а, -я, -ь
        {"ами", "а", "INSTRUMENTAL"}, {"ой", "а", "INSTRUMENTAL"}, {"ам", "а", "DATIVE"},
        {"ы", "а", "GENITIVE"}, {"и", "а", "GENITIVE"}, {"е", "а", "PREPOSITIONAL"},
        {"у", "а", "ACCUSATIVE"}, {"ей", "я", "INSTRUMENTAL"}, {"и", "я", "GENITIVE"},
        {"е", "я", "PREPOSITIONAL"}, {"ю", "я", "ACCUSATIVE"}, {"ии", "ия", "GENITIVE"},
        {"ию", "ия", "ACCUSATIVE"}, {"ью", "ь", "INSTRUMENTAL"},
        // neuter in -о, -е, -ие
        {"ами", "о", "INSTRUMENTAL"}, {"ом", "о", "INSTRUMENTAL"}, {"а", "о", "GENITIVE"},
        {"у", "о", "DATIVE"}, {"е", "о", "PREPOSITIONAL"}, {"ем", "е", "INSTRUMENTAL"},
        {"я", "е", "GENITIVE"}, {"ю", "е", "DATIVE"}, {"и", "е", "PREPOSITIONAL"},
        // adjectival nouns in -ий, -ая
        {"его", "ий", "GENITIVE"}, {"ему", "ий", "DATIVE"}, {"им", "ий", "INSTRUMENTAL"},
        {"ем", "ий", "PREPOSITIONAL"}, {"ей", "ая", "GENITIVE"}, {"ую", "ая", "ACCUSATIVE"},
        {"ой", "ая", "GENITIVE"},
    };
    for (String[] ending : endings) {
      nounEndings.add(new Ending(ending[0], ending[1], Case.valueOf(ending[2])));
    }
    seal();
  }

  @Override
  boolean dashBeforeAttribution() {
    return true;
  }

  @Override
  boolean inflects() {
    return true;
  }

  @Override
  protected boolean bodyName(Token word) {
    if (word.isAllCaps() || inBodyNames(word)) {
      return true;
    }
    // Ministries and state bodies by their clipped names (Минкомсвязь, Минобороны, Госдума);
    // long enough not to be a short name that happens to start the same way.
    // Most words are asked this once each, and a word in lower case cannot start as a capital
    // does: the case in its bits turns nearly all of them away without reading its characters.
    for (int p = 0; p < bodyPrefixes.size(); p++) {
      String prefix = bodyPrefixes.get(p);
      if ((word.isCapitalized() || !Chars.isUpperCase(prefix.charAt(0)))
          && word.length() >= prefix.length() + 4 && word.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  @Override
  String genitive(String name) {
    if (name.indexOf(' ') >= 0 || name.length() < 3) {
      return null;
    }
    int letters = 0;
    for (int i = 0; i < name.length(); i++) {
      if (Chars.isLowerCase(name.charAt(i))) {
        letters++;
      }
    }
    if (letters == 0) {
      return name;
    }
    String stem = name.substring(0, name.length() - 1);
    char last = name.charAt(name.length() - 1);
    char before = name.charAt(name.length() - 2);
    return switch (last) {
      case 'ь', 'я' -> stem + "и";
      case 'а' -> stem + ("гкхжшчщ".indexOf(before) >= 0 ? "и" : "ы");
      case 'й' -> stem + "я";
      case 'о', 'е', 'и', 'ы', 'у', 'ю' -> name;
      default -> name + "а";
    };
  }

  /** The endings of adjectives in every case, gender and number. */
  private static final String[] ADJECTIVE_ENDINGS = {"ый", "ий", "ой", "ая", "яя", "ое", "ее", "ые",
      "ие", "ого", "его", "ому", "ему", "ым", "им", "ых", "их", "ую", "юю", "ыми", "ими"};
  /** {@link #ADJECTIVE_ENDINGS} as a table; static, so made before {@link #INSTANCE} reads words. */
  private static final Endings ADJECTIVES = Endings.of("adjective", List.of(ADJECTIVE_ENDINGS));

  @Override
  boolean isAdjective(String lower) {
    for (String ending : ADJECTIVE_ENDINGS) {
      if (lower.length() > ending.length() + 2 && lower.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  @Override
  protected boolean adjective(Token word) {
    return ADJECTIVES.end(word, 2);
  }

  /** Adds the forms of a speech verb from its masculine past tense. */
  private void addPast(String past) {
    boolean reflexive = past.endsWith("ся");
    String stem = reflexive ? past.substring(0, past.length() - 2) : past;
    String tail = reflexive ? "сь" : "";
    verbs.put(past, new Verb(VerbKind.SUBJECT, Gender.MALE));
    verbs.put(stem + "а" + tail, new Verb(VerbKind.SUBJECT, Gender.FEMALE));
    verbs.put(stem + "и" + tail, new Verb(VerbKind.SUBJECT, Gender.PLURAL));
    verbs.put(stem + "о" + tail, new Verb(VerbKind.SUBJECT, Gender.NEUTER));
    if (stem.endsWith("л") && "аеиоуя".indexOf(stem.charAt(stem.length() - 2)) >= 0) {
      String gerund = stem.substring(0, stem.length() - 1) + (reflexive ? "вшись" : "в");
      verbs.put(gerund, new Verb(VerbKind.GERUND, Gender.UNKNOWN));
    }
  }

  private static String[] split(String list) {
    return list.trim().split("\\s+");
  }
}
