package org.wirecopy.text;

import java.util.List;

/**
 * The English word tables. English names do not inflect; nouns are read in the singular and the
 * plural ({@code diplomats}, {@code ministries}).
 */
final class EnglishLexicon extends Lexicon {

  static final EnglishLexicon INSTANCE = new EnglishLexicon();

  /** Package-private so that a test can build the tables afresh. */
  EnglishLexicon() {
    for (String verb : split("""
        said says stated states added adds noted notes stressed stresses told tells pointed
        emphasized emphasised emphasizes explained explains continued concluded argued argues
        recalled recalls suggested asked announced warned warns underlined underscored remarked
        observed insisted insists believes believed claimed claims declared confirmed wrote writes
        commented replied answered urged reiterated acknowledged admitted complained maintained
        clarified specified assured promised affirmed highlighted indicated mentioned elaborated
        responded cautioned vowed predicted disclosed revealed joked quipped summed lamented
        contended asserted thinks thought informed reported reports reads thanked praised
        """)) {
      verbs.put(verb, new Verb(VerbKind.SUBJECT, Gender.UNKNOWN));
    }
    for (String gerund : split("""
        adding saying noting stressing emphasizing emphasising stating pointing explaining
        recalling warning insisting arguing
        """)) {
      verbs.put(gerund, new Verb(VerbKind.GERUND, Gender.UNKNOWN));
    }
    verbs.put("quoted", new Verb(VerbKind.OBJECT, Gender.UNKNOWN));
    verbs.put("quotes", new Verb(VerbKind.OBJECT, Gender.UNKNOWN));
    verbs.put("expressed", new Verb(VerbKind.SUBJECT, Gender.UNKNOWN));
    words(objectVerbs, "expressed");
    words(cueObjects, "out hope confidence belief concern regret conviction");
    complementizer = "that";
    sourcePhrases.add("according to");
    anaphoricOpeners.addAll(List.of("this was", "that was", "this is", "the statement was",
        "such is"));
    agentPreposition = "by";
    sourcePhrases.add("in the words of");
    // "in his words", read as in + possessive + words
    sourcePhrases.add("in words");

    pronouns.put("he", new Pronoun(Gender.MALE, false, false, true));
    pronouns.put("she", new Pronoun(Gender.FEMALE, false, false, true));
    pronouns.put("it", new Pronoun(Gender.NEUTER, false, false, true));
    pronouns.put("they", new Pronoun(Gender.PLURAL, false, false, true));
    pronouns.put("him", new Pronoun(Gender.MALE, false, false, false));
    pronouns.put("his", new Pronoun(Gender.MALE, false, true, false));
    pronouns.put("her", new Pronoun(Gender.FEMALE, false, true, false));
    pronouns.put("its", new Pronoun(Gender.NEUTER, false, true, false));
    pronouns.put("them", new Pronoun(Gender.PLURAL, false, false, false));
    pronouns.put("their", new Pronoun(Gender.PLURAL, false, true, false));
    pronouns.put("who", new Pronoun(Gender.UNKNOWN, true, false, true));

    for (String role : split("""
        president minister spokesman spokesperson secretary ambassador aide envoy diplomat leader
        head chief chairman director governor mayor official representative adviser advisor
        assistant deputy lawmaker senator speaker commander general prosecutor judge expert
        analyst premier chancellor coach host presenter anchor counsellor counselor ombudsman
        commissioner member ceo banker politician lawyer economist scientist businessman
        researcher historian activist cosmonaut astronaut pilot doctor writer counterpart
        colleague astronomer professor engineer designer curator inspector investigator architect
        artist
        founder owner correspondent journalist player captain editor secretary-general
        """)) {
      roleNouns.put(role, Gender.UNKNOWN);
    }
    roleNouns.put("spokeswoman", Gender.FEMALE);
    roleNouns.put("chairwoman", Gender.FEMALE);
    roleNouns.put("source", Gender.UNKNOWN);
    roleNouns.put("interlocutor", Gender.UNKNOWN);
    words(sourceNouns, "source interlocutor");
    words(interlocutors, "interlocutor");
    words(agencyWords, "agency tass agency's tass'");
    words(bodyNouns, """
        ministry office government embassy service department committee agency administration
        cabinet council commission court company corporation bank fund mission delegation
        parliament staff headquarters secretariat duma kremlin pentagon newspaper outlet
        """);
    words(anaphoricBodies, "ministry agency department office committee service newspaper outlet");
    // Newspapers speak as bodies: "The New York Times reported", "The Wall Street Journal wrote".
    // ("post" is a document noun: "in a post on Telegram".)
    words(bodyNames, "kremlin pentagon times journal telegraph tribune gazette");
    words(documentNouns, """
        statement document decree letter release report message communique resolution comment
        commentary post publication website order
        """);
    offices.add(List.of("president", "head of state", "leader", "russian leader"));
    offices.add(List.of("spokesman", "spokesperson", "spokeswoman", "press secretary"));
    offices.add(List.of("foreign minister", "top diplomat", "chief diplomat", "foreign affairs minister"));
    offices.add(List.of("prime minister", "premier", "head of government"));
    offices.add(List.of("ambassador", "envoy"));
    words(nameNouns, """
        company corporation bank fund club team party movement organization organisation project
        program programme operation exercise exercises missile system complex aircraft jet
        fighter helicopter drone ship vessel cruiser frigate submarine tank satellite station
        plant factory forum festival contest award tournament championship cup exhibition summit
        conference film movie series book novel song album play magazine newspaper channel radio
        agency outlet website portal app application service platform network brand hotel
        airport stadium arena theater theatre museum centre center park street square district
        village port field pipeline bridge tunnel group battalion regiment brigade division
        formation unit hurricane storm route format league show
        """);
    words(titleNouns, """
        slogan motto theme title headline tagline watchword banner name caption subtitle hashtag
        """);
    words(titleVerbs, "called named");
    words(copulas, "is was be will became becomes remains remained");
    words(termMarkers, "so-called dubbed codenamed code-named titled entitled nicknamed");
    words(addressees, "reporters journalists tass correspondents press media");
    words(adverbs, """
        also then later earlier further again previously once still already has have had was
        is would however meanwhile moreover additionally separately specifically repeatedly
        reportedly recently not never
        """);
    words(prepositions, """
        in on at to with for from during after before by about of into over under amid among
        between against without within through via per since until toward towards upon across
        behind beyond despite outside inside near
        """);
    words(conjunctions, "and but or nor yet so");
    words(subordinators, """
        that if whether because when while although though unless whereas where why how after
        before since until
        """);
    words(determiners, "the a an this that these those his her its their our my your some any");
    words(indefinites, "a an");
    words(definites, "the");
    words(titlePrepositions, "of to for in");
    words(fieldPrepositions, "on");
    words(authorPrepositions, "by");
    demonymEndings.addAll(List.of("ian", "ean", "ese", "ish"));
    gerundEndings.add("ing");
    // Russian surnames keep their gender in transliteration: Zakharova, Peskov, Matviyenko does not.
    feminineSurnameEndings.addAll(List.of("ova", "eva", "ina", "yna", "aya"));
    masculineSurnameEndings.addAll(List.of("ov", "ev", "in", "yn", "sky", "skiy"));
    words(passiveAuxiliaries, "was were is are been be");
    words(abbreviations, """
        mr mrs ms dr st no jan feb mar apr aug sep sept oct nov dec gen col lt u s vs etc inc ltd
        co corp jr sr
        """);
    words(frameNouns, "statement remark thesis quote");
    String[][] endings = {{"ies", "y"}, {"es", ""}, {"s", ""}};
    for (String[] ending : endings) {
      nounEndings.add(new Ending(ending[0], ending[1], Case.UNKNOWN));
    }
    seal();
  }

  @Override
  boolean dashBeforeAttribution() {
    return false;
  }

  @Override
  boolean inflects() {
    return false;
  }

  @Override
  protected boolean bodyName(Token word) {
    return word.isAllCaps() || inBodyNames(word);
  }

  @Override
  String genitive(String name) {
    return null;
  }

  @Override
  boolean isAdjective(String lower) {
    return !isFunctionWord(lower);
  }

  @Override
  protected boolean adjective(Token word) {
    return !isFunctionWord(word);
  }

  private static String[] split(String list) {
    return list.trim().split("\\s+");
  }
}
