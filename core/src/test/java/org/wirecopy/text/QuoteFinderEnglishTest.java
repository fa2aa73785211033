package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Block;
import org.wirecopy.model.Language;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Quote;
import org.wirecopy.model.QuoteKind;
import org.wirecopy.model.Speaker;

/** Quote finding and attribution in English copy, one construction per test. */
class QuoteFinderEnglishTest {

  static QuoteFinder.Result find(String... paragraphs) {
    List<Block> body = Arrays.stream(paragraphs).map(Block::paragraph).toList();
    return QuoteFinder.find(body, Language.ENGLISH);
  }

  static String speaker(Quote quote) {
    return quote.speaker().map(Speaker::name).orElse(null);
  }

  static String cue(Quote quote) {
    return quote.cue().map(Mention::text).orElse(null);
  }

  @Test
  void find_pronounAfter_givesSpeakerIntroducedBefore() {
    QuoteFinder.Result result = find(
        "Kremlin Spokesman Dmitry Peskov commented on the talks on Monday.",
        "\"We are ready for a constructive dialogue,\" he said.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(q.text()).isEqualTo("We are ready for a constructive dialogue,");
      assertThat(speaker(q)).isEqualTo("Dmitry Peskov");
      assertThat(cue(q)).isEqualTo("said");
    });
    assertThat(result.speakers().get(0).role()).contains("Kremlin Spokesman");
  }

  @Test
  void find_documentWithItsAuthorAfterBy_givesTheAuthorToTheStatementLater() {
    QuoteFinder.Result result = find(
        "The bloc will tighten its rules, according to a joint statement by the Baltic Council "
            + "and its chairman Ivan Morozov.",
        "\"We will propose further measures,\" the statement said.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Baltic Council"));
  }

  @Test
  void find_documentWithItsAuthorAfterBy_personAuthor() {
    QuoteFinder.Result result = find(
        "The plan was outlined in a report by economist Ivan Morozov on Monday.",
        "\"Growth will slow down,\" the report said.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Ivan Morozov"));
  }

  @Test
  void find_pronounWithNoSpeakerYet_meansTheOneWhoActsNotTheOneMetWith() {
    QuoteFinder.Result result = find(
        "Ambassador to the United Nations Ivan Morozov will discuss the draft with UN Deputy "
            + "Secretary General Paul Whitfield, as he himself told reporters.",
        "\"We have sent our proposals in advance,\" he said.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Ivan Morozov"));
  }

  @Test
  void find_pronounWithNoSpeakerYet_takesTheOneMetWithWhenNoOneElseFits() {
    QuoteFinder.Result result = find(
        "Talks were held with Foreign Minister Ivan Morozov on Monday.",
        "\"We have sent our proposals in advance,\" he said.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Ivan Morozov"));
  }

  @Test
  void find_theAgencysInterlocutor_isTheSourceThatSpokeBefore() {
    QuoteFinder.Result result = find(
        "The plant has been shut for repairs, a regional official told TASS.",
        "\"Work will take until the end of the month,\" the agency's interlocutor said.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("regional official"));
  }

  @Test
  void find_theSource_isTheOneThatSpokeBefore_aBodyToo() {
    QuoteFinder.Result result = find(
        "More than 800 homes have been flooded, the Transport Ministry press service told TASS.",
        "\"Five roads remain closed,\" the source said.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Transport Ministry press service"));
  }

  @Test
  void find_theSource_withNoOneHeardYet_isASourceOfItsOwn() {
    QuoteFinder.Result result = find("\"Five roads remain closed,\" the source said.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("source");
      assertThat(q.speaker()).hasValueSatisfying(s -> assertThat(s.named()).isFalse());
    });
  }

  @Test
  void find_nameWithALongRoleInApposition_beforeTheVerb_isTheSpeaker() {
    QuoteFinder.Result result = find(
        "\"The main tasks have been fulfilled,\" Ivan Morozov, a lead engineer of the Flight "
            + "Department of Russia's state-run rocket and space corporation Orbita, said during "
            + "the broadcast.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Ivan Morozov"));
  }

  @Test
  void find_twoClausesBetweenCommas_areNoApposition() {
    QuoteFinder.Result result = find(
        "\"The main tasks have been fulfilled,\" Ivan Morozov, who leads the team, and the "
            + "engineers of the department, said.");

    assertThat(result.speakers()).extracting(Speaker::name).doesNotContain("Ivan Morozov");
  }

  @Test
  void find_thankedWithAPartialQuote_givesTheSubjectNotTheSpeakerBefore() {
    QuoteFinder.Result result = find(
        "\"The exhibition is a gift to the city,\" the agency's director Ivan Morozov said.",
        "The exhibition's curator, Anna Petrova, thanked the photographers \"for their devotion "
            + "to the profession.\"");

    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::speaker)
        .containsExactly("Ivan Morozov", "Anna Petrova");
  }

  @Test
  void find_surnameAfter_givesFullName() {
    QuoteFinder.Result result = find(
        "Russian Deputy Foreign Minister Sergey Ryabkov met the US delegation.",
        "\"The meeting was useful,\" Ryabkov said.");

    assertThat(speaker(result.quotes().get(0))).isEqualTo("Sergey Ryabkov");
  }

  @Test
  void find_saidThenName_givesNameAndRoleAfterComma() {
    QuoteFinder.Result result = find(
        "\"No decision has been made yet,\" said Dmitry Peskov, the Kremlin spokesman.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Dmitry Peskov"));
    assertThat(result.speakers().get(0).role()).contains("Kremlin spokesman");
  }

  @Test
  void find_nameThenRoleBetweenCommas_givesNameAndRole() {
    QuoteFinder.Result result = find(
        "Pavel Orekhov, Russia's deputy energy minister, said: \"Exports will recover.\"");

    assertThat(result.speakers()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("Pavel Orekhov");
      assertThat(s.role()).contains("Russia's deputy energy minister");
    });
  }

  @Test
  void find_roleThenNameBetweenCommas_givesNameAndRole() {
    QuoteFinder.Result result = find(
        "The deputy energy minister, Pavel Orekhov, said: \"Exports will recover.\"");

    assertThat(result.speakers()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("Pavel Orekhov");
      assertThat(s.role()).contains("deputy energy minister");
    });
  }

  @Test
  void find_roleWithOfComplementBeforeName_givesNameAndRole() {
    QuoteFinder.Result result = find(
        "Deputy Energy Minister of Russia Pavel Orekhov said: \"Exports will recover.\"",
        "Head of the Russian delegation Oleg Savin told reporters: \"The talks were useful.\"");

    assertThat(result.speakers()).extracting(Speaker::name, s -> s.role().orElse(null))
        .containsExactly(tuple("Pavel Orekhov", "Deputy Energy Minister of Russia"),
            tuple("Oleg Savin", "Head of the Russian delegation"));
  }

  @Test
  void find_roleWithOfCountryAfterName_isNoName() {
    QuoteFinder.Result result = find(
        "Pavel Orekhov, Deputy Energy Minister of Russia, said: \"Exports will recover.\"");

    assertThat(result.speakers()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("Pavel Orekhov");
      assertThat(s.role()).contains("Deputy Energy Minister of Russia");
    });
  }

  @Test
  void find_attributionAfterWithApposition_givesTheName() {
    QuoteFinder.Result result = find(
        "\"Exports will recover,\" Pavel Orekhov, a deputy energy minister, said.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Pavel Orekhov"));
  }

  @Test
  void find_subjectBeforeRelativeClause_givesTheName() {
    QuoteFinder.Result result = find(
        "Pavel Orekhov, who heads the Russian delegation, said: \"Exports will recover.\"");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Pavel Orekhov"));
  }

  @Test
  void find_titleWithFieldThenNameThenVerb_endsThePhraseAtTheName() {
    QuoteFinder.Result result = find(
        "Minister of Natural Resources Pavel Orekhov visited Norilsk on Monday.",
        "\"The clean-up will take two years,\" he said.");

    assertThat(result.speakers()).singleElement().satisfies(s -> {
      assertThat(s.name()).isEqualTo("Pavel Orekhov");
      assertThat(s.role()).contains("Minister of Natural Resources");
    });
  }

  @Test
  void find_colonBefore_givesDirectQuote() {
    QuoteFinder.Result result = find("Peskov said: \"The president is informed.\"");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Peskov");
      assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    });
  }

  @Test
  void find_accordingTo_givesPartialQuote() {
    QuoteFinder.Result result = find(
        "According to Lavrov, the West \"has chosen the path of confrontation.\"");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Lavrov");
      assertThat(cue(q)).isEqualTo("According to");
      assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    });
  }

  @Test
  void find_accordingToOpeningASentence_isNoName() {
    QuoteFinder.Result result = find(
        "\"The new export rules are working,\" the deputy energy minister said on Tuesday.",
        "According to Orekhov, the exporters \"found new buyers within weeks.\"");

    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::speaker)
        .containsExactly("Orekhov", "Orekhov");
  }

  @Test
  void find_accordingToASurname_givesTheFullNameNamedBefore() {
    QuoteFinder.Result result = find(
        "Russian Deputy Energy Minister Pavel Orekhov told TASS the new export rules were working.",
        "According to Orekhov, the market has adapted. \"The trend is clear,\" the official added.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Pavel Orekhov"));
  }

  @Test
  void find_informedWithObject_registersSpeakerAndRole() {
    QuoteFinder.Result result = find(
        "The talks went well, Deputy Transport Minister Oleg Savin informed TASS on Friday.",
        "\"We agreed on the main points,\" he said.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Oleg Savin"));
    assertThat(result.speakers()).singleElement()
        .satisfies(s -> assertThat(s.role()).contains("Deputy Transport Minister"));
  }

  @Test
  void find_attributionAfterQuote_beatsAVerbOfTheReportedClause() {
    QuoteFinder.Result result = find(
        "Governor Sergei Volkov met local editors on Thursday, newspaper editor Ivan Belov told TASS.",
        "Belov said the governor had answered every question but one - \"about his plans for the "
            + "coming election,\" he said.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Ivan Belov");
      assertThat(cue(q)).isEqualTo("said");
    });
  }

  @Test
  void find_stressedThat_givesPartialQuote() {
    QuoteFinder.Result result = find(
        "Foreign Ministry Spokeswoman Maria Zakharova stressed that \"such steps will not go unanswered.\"");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Maria Zakharova");
      assertThat(cue(q)).isEqualTo("stressed that");
    });
  }

  @Test
  void find_quoteOverTwoParagraphs_givesOneQuotePerParagraphAndOneSpeaker() {
    QuoteFinder.Result result = find(
        "Russian Foreign Minister Sergey Lavrov spoke at length about the crisis.",
        "\"The situation remains extremely difficult. Nobody wants an escalation.",
        "\"But we will defend our interests,\" he continued.");

    assertThat(result.quotes()).extracting(Quote::text).containsExactly(
        "The situation remains extremely difficult. Nobody wants an escalation.",
        "But we will defend our interests,");
    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::speaker)
        .containsOnly("Sergey Lavrov");
  }

  @Test
  void find_quoteCarriedOverWithoutAnOpeningMark_endsAtTheClosingMark() {
    QuoteFinder.Result result = find(
        "The regional ministry reported new fires.",
        "\"Two wildfires were reported near the village.",
        "Five more spread near the river,\" the regional ministry said.",
        "Rain is expected on Friday.");

    assertThat(result.quotes()).extracting(Quote::text).containsExactly(
        "Two wildfires were reported near the village.",
        "Five more spread near the river,");
    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::speaker)
        .containsOnly("regional ministry");
    assertThat(result.unbalanced()).isEmpty();
  }

  @Test
  void find_closingMarkWithNothingCarried_staysUnbalanced() {
    QuoteFinder.Result result = find(
        "The ministry reported new fires.",
        "Five more spread near the river,\" the ministry said.");

    assertThat(result.quotes()).isEmpty();
    assertThat(result.unbalanced()).hasSize(1);
  }

  @Test
  void find_singleQuotesInside_belongToTheOuterQuote() {
    QuoteFinder.Result result = find(
        "\"They call it a 'peace plan', but it is nothing of the kind,\" Zakharova said.");

    assertThat(result.quotes()).singleElement().satisfies(q -> assertThat(q.text())
        .isEqualTo("They call it a 'peace plan', but it is nothing of the kind,"));
  }

  @Test
  void find_curlyQuotes_areRead() {
    QuoteFinder.Result result = find("“We will respond,” the minister said.");

    assertThat(result.quotes()).extracting(Quote::text).containsExactly("We will respond,");
  }

  @Test
  void find_femininePronoun_skipsMaleSpeakerInBetween() {
    QuoteFinder.Result result = find(
        "Foreign Ministry Spokeswoman Maria Zakharova commented on the statement.",
        "\"This is unacceptable,\" Deputy Foreign Minister Sergey Ryabkov said.",
        "\"Such rhetoric is dangerous,\" she added.");

    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::speaker)
        .containsExactly("Sergey Ryabkov", "Maria Zakharova");
  }

  @Test
  void find_roleDescription_resolvesToTheOffice() {
    QuoteFinder.Result result = find(
        "Russian President Vladimir Putin held talks with his Chinese counterpart.",
        "\"Our relations are at their highest level,\" the Russian leader said.");

    assertThat(speaker(result.quotes().get(0))).isEqualTo("Vladimir Putin");
  }

  @Test
  void find_roleWithItsField_resolvesToTheMinisterOfThatField() {
    QuoteFinder.Result result = find(
        "Minister of Industry and Trade Anton Lebedev held a meeting with manufacturers.",
        "Finance Minister Oleg Sokolov also attended the meeting.",
        "\"Machine tool output will grow this year,\" said the industry and trade minister.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Anton Lebedev"));
  }

  @Test
  void find_bodyAndPronounIt_giveTheBody() {
    QuoteFinder.Result result = find(
        "The Russian Defense Ministry issued a statement on Friday.",
        "\"Air defenses destroyed 12 drones overnight,\" the ministry said. \"There were no casualties,\" it added.");

    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::speaker)
        .containsExactly("Russian Defense Ministry", "Russian Defense Ministry");
  }

  @Test
  void find_describedSource_isNotNamed() {
    QuoteFinder.Result result = find(
        "\"The documents are ready for signing,\" a diplomatic source told TASS.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("diplomatic source");
      assertThat(q.speaker().map(Speaker::named)).contains(false);
    });
  }

  @Test
  void find_namesAndTermsInMarks_areNoQuotes() {
    QuoteFinder.Result result = find(
        "The so-called \"grain deal\" expired, and the \"Sarmat\" missile entered service.",
        "The company \"Rosatom\" signed a deal at the \"Russia Calling!\" forum.");

    assertThat(result.quotes()).isEmpty();
  }

  @Test
  void find_longTitleAfterSlogan_isNoQuote() {
    QuoteFinder.Result result = find(
        "The exhibition opened in Kazan under the slogan \"Craftsmen of the Volga Region and Their Heritage.\"");

    assertThat(result.quotes()).isEmpty();
  }

  @Test
  void find_longTitleAfterThemeIs_isNoQuote() {
    QuoteFinder.Result result = find(
        "The organisers said the conference drew 300 delegates. The theme of this year's meeting is "
            + "\"Digital Tools for the Farms and Cities of a Changing North.\"");

    assertThat(result.quotes()).isEmpty();
  }

  @Test
  void find_longTitleAfterNounCalled_isNoQuote() {
    QuoteFinder.Result result = find(
        "Students staged a play called \"The Night Before the Last Train Leaves Irkutsk Station\" on Monday.",
        "The film was a success, \"beyond anything we expected,\" its director said.");

    assertThat(result.quotes()).extracting(Quote::text)
        .containsExactly("beyond anything we expected,");
  }

  @Test
  void find_phraseAfterWhatSomeoneCalled_isAQuote() {
    QuoteFinder.Result result = find(
        "Lavrov criticised what he called \"a policy of double standards.\"");

    assertThat(result.quotes()).extracting(Quote::text)
        .containsExactly("a policy of double standards.");
  }

  @Test
  void find_attributionInTheNextSentence_givesItsSpeaker() {
    QuoteFinder.Result result = find(
        "\"The negotiations will continue next week.\" This was stated by Russian Foreign Minister "
            + "Sergey Lavrov on Tuesday.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Sergey Lavrov");
      assertThat(cue(q)).isEqualTo("stated");
    });
  }

  @Test
  void find_quoteEndingWithPeriod_endsItsSentence() {
    QuoteFinder.Result result = find(
        "US Secretary of State Antony Blinken told reporters: \"We have made our position clear.\" "
            + "He added that Washington \"will not negotiate over the heads of Ukrainians.\"");

    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::cue)
        .containsExactly("told", "added that");
    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::speaker)
        .containsOnly("Antony Blinken");
  }

  @Test
  void find_inHisWords_givesTheLastSpeaker() {
    QuoteFinder.Result result = find(
        "Russian Deputy Prime Minister Alexander Novak spoke at the Russian Energy Week.",
        "In his words, the oil market \"is balanced and will stay so in the coming months.\"");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Alexander Novak");
      assertThat(cue(q)).isEqualTo("In his words");
    });
  }

  @Test
  void find_pronounWithNoSpeakerYet_isThePersonLastNamedInFull() {
    QuoteFinder.Result result = find(
        "Anton Sidorov spoke at the forum, which Ukrainian media covered.",
        "\"We are ready,\" he said.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Anton Sidorov"));
  }

  @Test
  void find_heAndSheAlternating_followTheGenderOfTransliteratedSurnames() {
    QuoteFinder.Result result = find(
        "Foreign Minister Anton Sidorov met with his counterpart Anna Orlova.",
        "\"We are ready,\" Sidorov said.", "\"So are we,\" Orlova replied.",
        "\"Then let us begin,\" he added.", "\"Agreed,\" she said.");

    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::speaker).containsExactly(
        "Anton Sidorov", "Anna Orlova", "Anton Sidorov", "Anna Orlova");
  }

  @Test
  void find_titleCaseNameWithAPeriodInside_isNoQuote() {
    QuoteFinder.Result result = find(
        "The sides signed the \"Black Sea Initiative.\" It expired in July.");

    assertThat(result.quotes()).isEmpty();
  }

  @Test
  void find_capitalisedWordsNotInTitleCaseWithAPeriod_areAQuote() {
    for (String marked : new String[] {"Black sea initiative.", "Black Sea deal.", "Bad sea."}) {
      QuoteFinder.Result result = find("The sides signed the \"" + marked + "\" It expired.");

      assertThat(result.quotes()).as(marked).hasSize(marked.equals("Bad sea.") ? 0 : 1);
    }
  }

  @Test
  void find_titleCaseWordsThatSomeoneSays_areAQuote() {
    QuoteFinder.Result result = find("\"Black Sea Initiative,\" Anton Sidorov said.");

    assertThat(result.quotes()).singleElement()
        .satisfies(q -> assertThat(speaker(q)).isEqualTo("Anton Sidorov"));
  }

  @Test
  void find_roleServingANamedPerson_isSomeoneElseUnnamed() {
    QuoteFinder.Result result = find("\"We are ready,\" an aide to President Anton Sidorov said.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("aide to President Anton Sidorov");
      assertThat(q.speaker().map(Speaker::named)).contains(false);
    });
  }

  @Test
  void find_sourceInABody_isOneDescribedSource() {
    QuoteFinder.Result result = find(
        "\"The consultations will take place in Geneva,\" a source in the Russian Foreign Ministry told TASS.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("source in the Russian Foreign Ministry");
      assertThat(q.speaker().map(Speaker::named)).contains(false);
    });
  }

  @Test
  void find_possessiveTitle_givesNameAndRole() {
    QuoteFinder.Result result = find(
        "\"The president has no such plans,\" Putin's press secretary Dmitry Peskov told reporters.");

    assertThat(speaker(result.quotes().get(0))).isEqualTo("Dmitry Peskov");
    assertThat(result.speakers().get(0).role()).contains("Putin's press secretary");
  }

  @Test
  void find_speakerFirstDescribedThenNamedBySurname_isOnePerson() {
    QuoteFinder.Result result = find(
        "Reports of the seizure are false, the Defense Ministry's spokesman said on Thursday.",
        "\"Such reports have nothing to do with reality,\" he said.",
        "\"We have seen this many times before,\" Konashenkov added.");

    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::speaker)
        .containsExactly("Konashenkov", "Konashenkov");
    assertThat(result.speakers()).singleElement()
        .satisfies(s -> assertThat(s.role()).contains("Defense Ministry's spokesman"));
  }

  @Test
  void find_quotedAsSaying_givesTheObject() {
    QuoteFinder.Result result = find(
        "\"The talks were difficult,\" the newspaper quoted Peskov as saying.");

    assertThat(speaker(result.quotes().get(0))).isEqualTo("Peskov");
  }

  @Test
  void find_quoteThenCueAtSentenceEnd_givesTheSpeaker() {
    QuoteFinder.Result result = find(
        "\"Too many fakes and rumors\" are spread about the group in the West, Lavrov noted.");

    assertThat(speaker(result.quotes().get(0))).isEqualTo("Lavrov");
  }

  @Test
  void find_firstNameOfKnownSpeaker_givesThatSpeaker() {
    QuoteFinder.Result result = find(
        "\"It is negative,\" Dmitry Peskov stated. \"No,\" Dmitry said.");

    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::speaker)
        .containsExactly("Dmitry Peskov", "Dmitry Peskov");
    assertThat(result.speakers()).singleElement().satisfies(s ->
        assertThat(s.mentions()).extracting(Mention::text).containsExactly("Dmitry Peskov", "Dmitry"));
  }

  @Test
  void find_firstNameOfTwoKnownSpeakers_givesNeither() {
    QuoteFinder.Result result = find(
        "\"It is negative,\" Dmitry Peskov stated. \"Yes,\" Dmitry Medvedev said.",
        "\"No,\" Dmitry said.");

    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::speaker)
        .containsExactly("Dmitry Peskov", "Dmitry Medvedev", "Dmitry");
  }

  @Test
  void find_newspaperReported_givesTheNewspaper() {
    QuoteFinder.Result result = find(
        "The Wall Street Journal reported on Monday that the company \"will close two plants by May\".");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Wall Street Journal");
      assertThat(cue(q)).isEqualTo("reported");
    });
  }

  @Test
  void find_theOutletAdded_givesTheNewspaperNamedBefore() {
    QuoteFinder.Result result = find(
        "The Kommersant newspaper wrote that talks \"will resume in spring\".",
        "The outlet added that \"no date has been set yet\".");

    assertThat(result.quotes()).extracting(QuoteFinderEnglishTest::speaker)
        .containsExactly("Kommersant newspaper", "Kommersant newspaper");
  }

  @Test
  void find_offenceNameInMarksWithNoCue_isNoQuote() {
    QuoteFinder.Result result = find(
        "Police detained a 40-year-old man who is suspected of \"large-scale fraud.\" A search is underway.");

    assertThat(result.quotes()).isEmpty();
  }

  @Test
  void find_shortPhraseThatASpeechVerbAttributes_isAQuote() {
    QuoteFinder.Result result = find(
        "Ivan Petrov said the talks had been \"very productive.\"");

    assertThat(result.quotes()).singleElement().satisfies(q ->
        assertThat(speaker(q)).isEqualTo("Ivan Petrov"));
  }

  @Test
  void find_roleWithTwoOfComplements_keepsTheNameAfterThem() {
    QuoteFinder.Result result = find(
        "Roads are open, head of the administration of the Sosnovsky rural district of the Tver Region Pavel Orlov said.",
        "\"Traffic will resume soon,\" he said.");

    assertThat(result.quotes()).singleElement().satisfies(q -> {
      assertThat(speaker(q)).isEqualTo("Pavel Orlov");
      assertThat(q.speaker().flatMap(Speaker::role)).contains(
          "head of the administration of the Sosnovsky rural district of the Tver Region");
    });
  }
}
