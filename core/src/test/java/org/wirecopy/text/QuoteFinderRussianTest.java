package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Block;
import org.wirecopy.model.Language;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Quote;
import org.wirecopy.model.QuoteKind;
import org.wirecopy.model.Speaker;

/** Quote finding and attribution in Russian copy, one construction per test. */
class QuoteFinderRussianTest {

  static QuoteFinder.Result find(String... paragraphs) {
    List<Block> body = Arrays.stream(paragraphs).map(Block::paragraph).toList();
    return QuoteFinder.find(body, Language.RUSSIAN);
  }

  static String speaker(Quote quote) {
    return quote.speaker().map(Speaker::name).orElse(null);
  }

  static String cue(Quote quote) {
    return quote.cue().map(Mention::text).orElse(null);
  }

  @Test
  void find_roleWithAnIndeclinableComplement_keepsTheNameAfterIt() {
    QuoteFinder.Result result = find(
        "Представитель ведомства сообщил, что при пожаре в районе Строгино никто не пострадал.",
        "\"Жертв нет\", - сказал ТАСС руководитель пресс-бюро ведомства Иван Петров.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Иван Петров"));
  }

  @Test
  void find_pronounWithNoSpeakerYet_meansTheOneWhoActsNotTheOneMetWith() {
    QuoteFinder.Result result = find(
        "Постпред России при ООН Иван Морозов обсудит проект с заместителем генсека ООН "
            + "Павлом Уитфилдом, как он сам сообщил журналистам.",
        "\"Мы направили свои предложения заранее\", - сказал он.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Иван Морозов"));
  }

  @Test
  void find_shortPhraseInMarks_isAQuoteWhenTheNextSentenceSaysWhoSaidIt() {
    QuoteFinder.Result result = find(
        "Москва призывает не оставаться \"безучастным наблюдателем\" к этой проблеме. Об этом "
            + "заявила официальный представитель ведомства Анна Круглова на брифинге.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("безучастным наблюдателем");
      assertThat(speaker(q)).isEqualTo("Анна Круглова");
    });
  }

  @Test
  void find_shortPhraseInMarks_staysATermWhenNoOneIsSaidToSayIt() {
    QuoteFinder.Result result = find(
        "Москва призывает не оставаться \"безучастным наблюдателем\" к этой проблеме. Об этом "
            + "стало известно в понедельник.",
        "Ведомство выпустило \"белую книгу\". Она вышла в понедельник.");

    assertThat(result.quotes()).isEmpty();
  }

  @Test
  void find_theAgencysInterlocutor_isTheSourceThatSpokeBefore() {
    QuoteFinder.Result result = find(
        "Завод остановлен на ремонт, сообщил ТАСС представитель администрации области.",
        "\"Работы продлятся до конца месяца\", - отметил собеседник агентства.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("представитель администрации области");
      assertThat(q.speaker()).hasValueSatisfying(s -> assertThat(s.named()).isFalse());
    });
  }

  @Test
  void find_theAgencysInterlocutor_withNoOneHeardYet_isASourceOfItsOwn() {
    QuoteFinder.Result result = find(
        "Губернатор области Иван Петров посетил завод.",
        "\"Работы продлятся до конца месяца\", - отметил собеседник агентства.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("собеседник агентства"));
  }

  @Test
  void find_thankedWithAPartialQuote_givesTheSubject() {
    QuoteFinder.Result result = find(
        "\"Выставка - подарок городу\", - сказал директор музея Иван Морозов.",
        "Куратор выставки Анна Петрова поблагодарила фотографов \"за преданность профессии\".");

    assertThat(result.quotes()).extracting(QuoteFinderRussianTest::speaker)
        .containsExactly("Иван Морозов", "Анна Петрова");
  }

  @Test
  void find_attributionAfterWithPronoun_givesSpeakerIntroducedBefore() {
    QuoteFinder.Result result = find(
        "Министр иностранных дел России Сергей Лавров заявил о готовности Москвы к диалогу.",
        "\"Мы готовы к переговорам без предварительных условий\", - сказал он.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Мы готовы к переговорам без предварительных условий");
      assertThat(speaker(q)).isEqualTo("Сергей Лавров");
      assertThat(cue(q)).isEqualTo("сказал");
      assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    });
    assertThat(result.speakers()).singleElement().satisfies(s -> {
      assertThat(s.role()).contains("Министр иностранных дел России");
      assertThat(s.mentions()).extracting(Mention::text).contains("Сергей Лавров", "он");
    });
  }

  @Test
  void find_attributionAfterWithSurnameAndEmDash_givesFullName() {
    QuoteFinder.Result result = find(
        "Пресс-секретарь президента РФ Дмитрий Песков ответил на вопросы журналистов.",
        "«Решение будет принято в ближайшее время», — заявил Песков.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Решение будет принято в ближайшее время");
      assertThat(speaker(q)).isEqualTo("Дмитрий Песков");
      assertThat(cue(q)).isEqualTo("заявил");
    });
  }

  @Test
  void find_attributionAfterWithEnDash_givesSpeaker() {
    QuoteFinder.Result result = find(
        "\"Работы на объекте завершатся к осени\", – сообщил губернатор области Иван Смирнов.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Иван Смирнов");
      assertThat(q.speaker().flatMap(Speaker::role)).contains("губернатор области");
    });
  }

  @Test
  void find_attributionBeforeWithColon_givesDirectQuote() {
    QuoteFinder.Result result = find(
        "Глава МИД Венгрии Петер Сийярто заявил: \"Мы не поддержим новые санкции против энергетики\".");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Мы не поддержим новые санкции против энергетики");
      assertThat(speaker(q)).isEqualTo("Петер Сийярто");
      assertThat(cue(q)).isEqualTo("заявил");
      assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    });
  }

  @Test
  void find_attributionInTheMiddle_givesTwoQuotesOneSpeaker() {
    QuoteFinder.Result result = find(
        "Вице-премьер Алексей Оверчук провел переговоры в Ереване.",
        "\"Эта работа продолжится в следующем году, - сказал он, - и мы доведем ее до конца\".");

    assertThat(result.quotes()).extracting(Quote::text).containsExactly(
        "Эта работа продолжится в следующем году", "и мы доведем ее до конца");
    assertThat(result.quotes()).extracting(QuoteFinderRussianTest::speaker)
        .containsOnly("Алексей Оверчук");
  }

  @Test
  void find_attributionBetweenTwoPairsOfMarks_givesTwoQuotesOneSpeaker() {
    QuoteFinder.Result result = find(
        "\"Первый этап уже пройден\", - сказал Оверчук, - \"теперь начинается самое сложное\".");

    assertThat(result.quotes()).extracting(QuoteFinderRussianTest::speaker)
        .containsExactly("Оверчук", "Оверчук");
  }

  @Test
  void find_partialQuoteAfterHope_givesPartialKindAndCue() {
    QuoteFinder.Result result = find(
        "Премьер-министр Михаил Мишустин выразил надежду, что \"новые меры поддержат малый бизнес уже в этом году\".");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
      assertThat(cue(q)).isEqualTo("выразил надежду, что");
      assertThat(speaker(q)).isEqualTo("Михаил Мишустин");
    });
  }

  @Test
  void find_partialQuoteAfterGerund_givesSpeakerOfTheVerbBefore() {
    QuoteFinder.Result result = find(
        "\"Мы внимательно следим за ситуацией\", - добавил Рябков, подчеркнув, что \"любые провокации получат ответ\".");

    assertThat(result.quotes()).extracting(QuoteFinderRussianTest::speaker)
        .containsExactly("Рябков", "Рябков");
    assertThat(cue(result.quotes().get(1))).isEqualTo("подчеркнув, что");
  }

  @Test
  void find_attributionAfterQuote_beatsAVerbOfTheReportedClause() {
    QuoteFinder.Result result = find(
        "Губернатор области Сергей Волков встретился с редакторами местных газет.",
        "Главный редактор газеты Иван Белов сказал, что губернатор ответил на все вопросы, кроме "
            + "одного - \"о своих планах на выборах\", - добавил он.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Иван Белов");
      assertThat(cue(q)).isEqualTo("добавил");
    });
  }

  @Test
  void find_poSlovamWithInflectedSurname_givesNominativeName() {
    QuoteFinder.Result result = find(
        "Официальный представитель МИД РФ Мария Захарова провела брифинг.",
        "По словам Захаровой, Москва \"не оставит без ответа эти недружественные действия\".");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Мария Захарова");
      assertThat(cue(q)).isEqualTo("По словам");
    });
    assertThat(result.speakers().get(0).mentions()).extracting(Mention::text).contains("Захаровой");
  }

  @Test
  void find_poSlovamWithNewName_givesNominativeFromGenitive() {
    QuoteFinder.Result result = find(
        "По словам Лихачева, станция \"будет достроена в срок\".",
        "По словам губернатора Андрея Воробьева, работы \"идут строго по графику\".");

    assertThat(result.quotes()).extracting(QuoteFinderRussianTest::speaker)
        .containsExactly("Лихачев", "Андрей Воробьев");
  }

  @Test
  void find_genitiveInIOfANameInYa_givesTheNominativeNamedBefore() {
    QuoteFinder.Result result = find(
        "Постпред РФ при ООН Петр Зозуля выступил на заседании Совбеза.",
        "По словам Зозули, \"резолюция не учитывает позицию России\".");

    assertThat(speaker(result.quotes().get(0))).isEqualTo("Петр Зозуля");
  }

  @Test
  void find_genitiveInIOfANameInYa_givesTheNominativeNamedAfter() {
    QuoteFinder.Result result = find(
        "По словам Зозули, \"резолюция не учитывает позицию России\".",
        "Зозуля также призвал продолжить консультации.");

    assertThat(speaker(result.quotes().get(0))).isEqualTo("Зозуля");
  }

  @Test
  void find_nameInINeverInTheNominative_staysAsWritten() {
    QuoteFinder.Result result = find(
        "По словам Джентилони, \"переговоры будут трудными\".");

    assertThat(speaker(result.quotes().get(0))).isEqualTo("Джентилони");
  }

  @Test
  void find_kakOtmetil_givesSpeaker() {
    QuoteFinder.Result result = find(
        "Как отметил Путин, \"экономика страны выдержала беспрецедентное давление\".");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Путин"));
  }

  @Test
  void find_femininePronoun_skipsMaleSpeakerInBetween() {
    QuoteFinder.Result result = find(
        "Официальный представитель МИД РФ Мария Захарова прокомментировала заявление Берлина.",
        "\"Это прямое вмешательство\", - сказал замминистра иностранных дел Сергей Рябков.",
        "\"Такие шаги неприемлемы\", - отметила она.");

    assertThat(result.quotes()).extracting(QuoteFinderRussianTest::speaker)
        .containsExactly("Сергей Рябков", "Мария Захарова");
  }

  @Test
  void find_roleDescription_resolvesThroughApposition() {
    QuoteFinder.Result result = find(
        "Генсек НАТО Марк Рютте выступил на пресс-конференции в Брюсселе.",
        "Премьер Бельгии Барт де Вевер также присутствовал на встрече.",
        "\"Альянс будет наращивать оборонные расходы\", - сказал генсек НАТО.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Марк Рютте"));
    assertThat(result.speakers().get(0).mentions()).extracting(Mention::text).contains("генсек НАТО");
  }

  @Test
  void find_officeSynonym_resolvesToThePresident() {
    QuoteFinder.Result result = find(
        "Президент России Владимир Путин провел совещание с членами правительства.",
        "\"Нужно ускорить работу по всем направлениям\", - сказал глава государства.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Владимир Путин"));
  }

  @Test
  void find_headOfMinistryByClippedName_resolvesToTheMinisterOfItsField() {
    QuoteFinder.Result result = find(
        "Министр промышленности и торговли РФ Антон Лебедев провел совещание с производителями.",
        "Министр финансов РФ Олег Соколов присутствовал на том же совещании.",
        "\"Выпуск станков в этом году вырастет\", - сказал глава Минпромторга.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Антон Лебедев"));
  }

  @Test
  void find_roleWithPlaceBeforeTheName_givesNameAndRole() {
    QuoteFinder.Result result = find(
        "Посол России в Канаде Петр Иванов заявил: \"Мы ждем ответа на нашу ноту\".");

    assertThat(result.speakers()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("Петр Иванов");
      assertThat(s.role()).contains("Посол России в Канаде");
    });
  }

  @Test
  void find_subjectBeforeRelativeClause_givesTheName() {
    QuoteFinder.Result result = find(
        "Петр Иванов, который возглавляет делегацию, заявил: \"Мы ждем ответа на нашу ноту\".");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Петр Иванов"));
  }

  @Test
  void find_nameSplitByParentheses_joinsFirstNameAndSurname() {
    QuoteFinder.Result result = find(
        "Госсекретарь (США Джон) Керри заявил журналистам: \"Мы продолжим переговоры с Москвой\".");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Джон Керри"));
  }

  @Test
  void find_bodyInImpersonalCue_givesTheBody() {
    QuoteFinder.Result result = find(
        "\"Российская сторона готова к продолжению консультаций\", - говорится в сообщении МИД России.",
        "\"Решение принято\", - сообщили в пресс-службе Кремля.");

    assertThat(result.quotes()).extracting(QuoteFinderRussianTest::speaker)
        .containsExactly("МИД России", "пресс-служба Кремля");
  }

  @Test
  void find_bodyAsSubject_givesTheBody() {
    QuoteFinder.Result result = find(
        "В Кремле заявили, что \"вопрос будет решен в рабочем порядке\".");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Кремль"));
  }

  @Test
  void find_describedSource_isNotNamed() {
    QuoteFinder.Result result = find(
        "\"Документ будет подписан на следующей неделе\", - сказал ТАСС источник в правительстве.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("источник в правительстве");
      assertThat(q.speaker().map(Speaker::named)).contains(false);
    });
  }

  @Test
  void find_namesInMarks_areNoQuotes() {
    QuoteFinder.Result result = find(
        "Компания \"Газпром нефть\" увеличила добычу, а ракета \"Сармат\" встала на дежурство.",
        "Так называемый \"зерновой коридор\" закрыт, сообщает газета \"Известия\".",
        "В операции \"Буря в пустыне\" участвовал фестиваль «Кинотавр» и клуб «Зенит».");

    assertThat(result.quotes()).isEmpty();
  }

  @Test
  void find_longTitleAfterSlogan_isNoQuote() {
    QuoteFinder.Result result = find(
        "Выставка открылась в Казани под лозунгом «Мастера Поволжья: ремесло, которое объединяет поколения».");

    assertThat(result.quotes()).isEmpty();
  }

  @Test
  void find_longTitleAfterThemeAndDash_isNoQuote() {
    QuoteFinder.Result result = find(
        "Как сообщили организаторы, тема конференции в этом году — «Цифровые инструменты для сел и "
            + "городов меняющегося Севера».");

    assertThat(result.quotes()).isEmpty();
  }

  @Test
  void find_nameInsideQuote_belongsToTheQuote() {
    QuoteFinder.Result result = find(
        "\"Мы видим прогресс в борьбе с ИГ (террористической организацией \"Исламское государство\", "
            + "запрещена в России) в Ираке\", - сказал министр.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(q.text()).contains("\"Исламское государство\", запрещена"));
  }

  @Test
  void find_quoteOpeningWithAName_keepsTheWholeQuote() {
    QuoteFinder.Result result = find(
        "\"Сармат\" заступит на дежурство в этом году. Работы идут по плану\", - сказал он.");

    assertThat(result.quotes()).singleElement().satisfies(q -> assertThat(q.text())
        .isEqualTo("Сармат\" заступит на дежурство в этом году. Работы идут по плану"));
  }

  @Test
  void find_quoteSpan_pointsAtTheWordsInTheBlock() {
    QuoteFinder.Result result = find("Он сказал:", "«Мы готовы», — добавил Лавров.");

    Quote quote = result.quotes().get(0);
    assertThat(quote.span().block()).isEqualTo(1);
    assertThat("«Мы готовы», — добавил Лавров.".substring(quote.span().start(), quote.span().end()))
        .isEqualTo(quote.text());
  }

  @Test
  void find_speakers_areInOrderOfFirstMention() {
    QuoteFinder.Result result = find(
        "Глава Минфина Антон Силуанов и глава ЦБ Эльвира Набиуллина выступили на форуме.",
        "\"Инфляция замедляется\", - сказала Набиуллина.",
        "\"Бюджет будет исполнен\", - сказал Силуанов.");

    assertThat(result.speakers()).extracting(Speaker::name)
        .containsExactly("Антон Силуанов", "Эльвира Набиуллина");
  }

  @Test
  void find_inflectedMentions_areCollected() {
    QuoteFinder.Result result = find(
        "Пресс-секретарь президента Дмитрий Песков ответил на вопрос.",
        "Пескову задали вопрос о переговорах. \"Пока рано об этом говорить\", - сказал Песков.");

    assertThat(result.speakers()).singleElement().satisfies(s -> assertThat(s.mentions())
        .extracting(Mention::text).contains("Дмитрий Песков", "Пескову", "Песков"));
  }

  @Test
  void find_attributionInTheNextSentence_givesItsSpeaker() {
    QuoteFinder.Result result = find(
        "Глава Минпромторга Антон Алиханов посетил завод в Калуге.",
        "\"Производство будет увеличено вдвое к концу года\". Об этом заявил журналистам "
            + "губернатор области Владислав Шапша.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Владислав Шапша");
      assertThat(cue(q)).isEqualTo("заявил");
    });
  }

  @Test
  void find_sourceWithPoInformatsii_givesDescribedSource() {
    QuoteFinder.Result result = find(
        "По информации источника в правоохранительных органах, задержанный \"дал признательные показания\".");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("источник в правоохранительных органах"));
  }

  @Test
  void find_noCueAndNoOneSpokeBefore_givesNoSpeaker() {
    QuoteFinder.Result result = find("Москва и Пекин подписали \"дорожную карту сотрудничества до 2030 года\".");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(q.speaker()).isEmpty());
  }

  @Test
  void find_citingVerb_givesThePersonCited() {
    QuoteFinder.Result result = find(
        "\"Переговоры будут продолжены\", - цитирует ТАСС Пескова.",
        "\"Сроки пока не определены\", - цитирует его агентство.");

    assertThat(result.quotes()).extracting(QuoteFinderRussianTest::speaker)
        .containsExactly("Песков", "Песков");
  }

  @Test
  void find_citingVerbWithObjectBeforeSubject_givesTheObject() {
    QuoteFinder.Result result = find(
        "Министр транспорта РФ Игорь Котов открыл новый терминал аэропорта.",
        "\"Терминал позволит вдвое увеличить пассажиропоток\", - цитирует министра пресс-служба "
            + "ведомства.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Игорь Котов"));
    assertThat(result.speakers()).singleElement().satisfies(s -> assertThat(s.mentions())
        .extracting(Mention::text).containsExactly("Игорь Котов", "министра"));
  }

  @Test
  void find_foreignOutlet_isABody() {
    QuoteFinder.Result result = find(
        "\"Администрация рассматривает новые меры\", - пишет The Wall Street Journal.");

    assertThat(speaker(result.quotes().get(0))).isEqualTo("The Wall Street Journal");
  }

  @Test
  void find_subjectAfterPrepositionalPhrases_givesThePerson() {
    QuoteFinder.Result result = find(
        "\"Мы рассчитываем на продолжение диалога\", - заявил во вторник на пресс-конференции в Москве "
            + "глава МИД РФ Сергей Лавров.");

    assertThat(speaker(result.quotes().get(0))).isEqualTo("Сергей Лавров");
  }

  @Test
  void find_describedSourceAfterAddressee_isNotNamed() {
    QuoteFinder.Result result = find(
        "Как заявил ТАСС источник в дипломатических кругах, \"консультации пройдут в Женеве\".");

    assertThat(speaker(result.quotes().get(0))).isEqualTo("источник в дипломатических кругах");
  }

  @Test
  void find_bodyReferredToAsTheAgency_givesTheBodyNamedBefore() {
    QuoteFinder.Result result = find(
        "Минобороны России опубликовало сводку о ходе операции.",
        "\"Подразделения улучшили положение по переднему краю\", - подчеркнули в ведомстве.");

    assertThat(speaker(result.quotes().get(0))).isEqualTo("Минобороны России");
  }

  @Test
  void find_noMarks_givesNothing() {
    assertThat(find("По его словам, работа продолжится.").quotes()).isEmpty();
  }

  @Test
  void find_firstNameOfKnownSpeaker_givesThatSpeaker() {
    QuoteFinder.Result result = find(
        "\"Это плохо\", - заявила Мария Захарова. \"Нет\", - сказала Мария.",
        "По словам Марии, \"переговоры продолжатся\".");

    assertThat(result.quotes()).extracting(QuoteFinderRussianTest::speaker)
        .containsExactly("Мария Захарова", "Мария Захарова", "Мария Захарова");
    assertThat(result.speakers()).singleElement().satisfies(s ->
        assertThat(s.mentions()).extracting(Mention::text)
            .containsExactly("Мария Захарова", "Мария", "Марии"));
  }

  @Test
  void find_nameFollowedByAddresseeInCapitals_keepsTheNameAndItsRole() {
    QuoteFinder.Result result = find(
        "Переговоры идут трудно, сообщил пресс-секретарь губернатора Иван Смирнов ТАСС на форуме.",
        "\"Каждая сторона отстаивает свои интересы\", - отметил он.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Иван Смирнов");
      assertThat(q.speaker().flatMap(Speaker::role)).contains("пресс-секретарь губернатора");
    });
  }

  @Test
  void find_impersonalVerbWithThere_givesTheBodyNamedBefore() {
    QuoteFinder.Result result = find(
        "Пожар на складе потушен. Об этом сообщили в МЧС России.",
        "\"Площадь возгорания составила 200 квадратных метров\", - уточнили там.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("МЧС России");
      assertThat(cue(q)).isEqualTo("уточнили");
    });
    assertThat(result.speakers()).singleElement().satisfies(s ->
        assertThat(s.mentions()).extracting(Mention::text).contains("там"));
  }

  @Test
  void find_impersonalVerbWithThereAndNoBody_givesNoSpeaker() {
    QuoteFinder.Result result = find(
        "Пожар на складе потушен.",
        "\"Площадь возгорания составила 200 квадратных метров\", - уточнили там.");

    assertThat(result.quotes()).singleElement().satisfies(q -> assertThat(speaker(q)).isNull());
  }

  @Test
  void find_partialQuoteAfterMentioned_isAQuote() {
    QuoteFinder.Result result = find(
        "Министр Иван Смирнов упомянул, что на переговорах удалось достичь \"полного взаимопонимания\".");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("полного взаимопонимания");
      assertThat(speaker(q)).isEqualTo("Иван Смирнов");
    });
  }

  @Test
  void find_colleagueInTheInstrumental_isNamedInTheNominative() {
    QuoteFinder.Result result = find(
        "Министр Антон Сидоров встретился с коллегой Анной Орловой.",
        "\"Мы готовы\", - сказал Сидоров.", "\"Мы тоже\", - ответила Орлова.");

    assertThat(result.quotes()).extracting(q -> q.speaker().orElseThrow().name())
        .containsExactly("Антон Сидоров", "Анна Орлова");
  }

  @Test
  void find_shortQuoteThatIsAWholeSentence_isAQuoteOfTheNextSentencesSpeaker() {
    QuoteFinder.Result result = find(
        "«Мы готовы к переговорам». Об этом заявил пресс-секретарь Антон Сидоров.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("Мы готовы к переговорам");
      assertThat(q.speaker().orElseThrow().name()).isEqualTo("Антон Сидоров");
    });
  }

  @Test
  void find_shortNameInsideASentence_staysAName() {
    QuoteFinder.Result result = find("Партия «Новые люди» провела съезд в Москве.");

    assertThat(result.quotes()).isEmpty();
  }

  @Test
  void find_shortRestOfASplitQuote_isAQuote() {
    QuoteFinder.Result result = find("«Мы готовы, — подчеркнул Антон Сидоров. — Все будет хорошо».");

    assertThat(result.quotes()).extracting(Quote::text)
        .containsExactly("Мы готовы", "Все будет хорошо");
  }

  @Test
  void find_foreignWomanNamedByAFeminineVerb_isSheLater() {
    QuoteFinder.Result result = find(
        "Об этом сообщила в понедельник официальный представитель МИД Китая Мао Нин.",
        "\"Прошу вас ориентироваться на сообщения\", - заявила она на брифинге.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(q.speaker().orElseThrow().name()).isEqualTo("Мао Нин"));
  }

  @Test
  void find_professionNounAfterTheQuote_isTheSpeakerLastNamed() {
    QuoteFinder.Result result = find(
        "Об этом сообщил ТАСС научный сотрудник Антон Сидоров.",
        "\"Метеоры будут видны плохо\", - уточнил астроном.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(q.speaker().orElseThrow().name()).isEqualTo("Антон Сидоров"));
  }
}
