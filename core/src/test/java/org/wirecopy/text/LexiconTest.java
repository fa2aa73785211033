package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirecopy.model.Language;

/**
 * The packed entry tables answer as the word lists they are built from: for every word of every
 * list, and every word of the dev corpus, each fact looked up through a token equals the fact
 * read from the lists. Built afresh here, so that the tables are made by the code under test.
 */
class LexiconTest {

  /**
   * The offices of a description, found through the phrases' first words, are those whose
   * phrases it contains, for descriptions made of every phrase with words around it, of two
   * phrases, and of a phrase's words cut short.
   */
  @Test
  void offices_descriptions_answerAsLookingForEveryPhrase() {
    for (Lexicon lexicon : List.of(new RussianLexicon(), new EnglishLexicon())) {
      List<String> descriptions = new ArrayList<>(List.of("", "a", "x y z"));
      List<String> phrases = new ArrayList<>();
      lexicon.offices.forEach(phrases::addAll);
      for (String phrase : phrases) {
        descriptions.add(phrase);
        descriptions.add("first " + phrase + " of the country");
        descriptions.add(phrase.substring(0, phrase.length() - 1));
        descriptions.add(phrase.substring(1));
        descriptions.add(phrase + " " + phrases.get((phrases.indexOf(phrase) + 3) % phrases.size()));
        descriptions.add(phrase.replace(' ', '-'));
      }
      for (String description : descriptions) {
        int expected = 0;
        for (int i = 0; i < lexicon.offices.size(); i++) {
          for (String phrase : lexicon.offices.get(i)) {
            if ((" " + description + " ").contains(" " + phrase + " ")) {
              expected |= 1 << i;
            }
          }
        }
        assertThat(lexicon.offices(description)).as(description).isEqualTo(expected);
      }
    }
  }

  @Test
  void entries_russian_answerAsTheLists() {
    checkEntries(new RussianLexicon(), Language.RUSSIAN);
  }

  @Test
  void entries_english_answerAsTheLists() {
    checkEntries(new EnglishLexicon(), Language.ENGLISH);
  }

  @Test
  void entries_afresh_answerAsTheSharedTables() {
    Lexicon fresh = new RussianLexicon();
    Lexicon shared = Lexicon.of(Language.RUSSIAN);
    for (String word : words(fresh, Language.RUSSIAN)) {
      assertThat(fresh.entry(word).key()).as(word).isEqualTo(shared.entry(word).key());
    }
  }

  private static void checkEntries(Lexicon lexicon, Language language) {
    List<Check> checks = List.of(
        check("verb", Lexicon::verb, Lexicon::verb),
        check("pronoun", Lexicon::pronoun, Lexicon::pronoun),
        check("sourcePhrase", Lexicon::isSourcePhrase, Lexicon::isSourcePhrase),
        check("cueObject", Lexicon::isCueObject, Lexicon::isCueObject),
        check("needsObject", Lexicon::needsObject, Lexicon::needsObject),
        check("complementizer", Lexicon::isComplementizer, Lexicon::isComplementizer),
        check("role", Lexicon::role, Lexicon::role),
        check("body", Lexicon::body, Lexicon::body),
        check("document", Lexicon::document, Lexicon::document),
        check("nameNoun", Lexicon::isNameNoun, Lexicon::isNameNoun),
        check("titleNoun", Lexicon::isTitleNoun, Lexicon::isTitleNoun),
        check("titleVerb", Lexicon::isTitleVerb, Lexicon::isTitleVerb),
        check("copula", Lexicon::isCopula, Lexicon::isCopula),
        check("termMarker", Lexicon::isTermMarker, Lexicon::isTermMarker),
        check("addressee", Lexicon::isAddressee, Lexicon::isAddressee),
        check("adverb", Lexicon::isAdverb, Lexicon::isAdverb),
        check("placeAdverb", Lexicon::isPlaceAdverb, Lexicon::isPlaceAdverb),
        check("preposition", Lexicon::isPreposition, Lexicon::isPreposition),
        check("conjunction", Lexicon::isConjunction, Lexicon::isConjunction),
        check("subordinator", Lexicon::isSubordinator, Lexicon::isSubordinator),
        check("determiner", Lexicon::isDeterminer, Lexicon::isDeterminer),
        check("abbreviation", Lexicon::isAbbreviation, Lexicon::isAbbreviation),
        check("frameNoun", Lexicon::isFrameNoun, Lexicon::isFrameNoun),
        check("functionWord", Lexicon::isFunctionWord, Lexicon::isFunctionWord),
        check("definite", Lexicon::isDefinite, Lexicon::isDefinite),
        check("indefinite", Lexicon::isIndefinite, Lexicon::isIndefinite),
        check("titlePreposition", Lexicon::isTitlePreposition, Lexicon::isTitlePreposition),
        check("prepositionCase", Lexicon::prepositionCase, Lexicon::prepositionCase),
        check("genitive", Lexicon::looksGenitive, Lexicon::looksGenitive),
        check("adjective", Lexicon::isAdjective, Lexicon::isAdjective),
        check("head", (l, t) -> String.valueOf(l.head(t)), (l, w) -> String.valueOf(l.head(w))));
    int read = 0;
    for (String word : words(lexicon, language)) {
      List<Token> tokens = new Token.Tokenizer(lexicon, word.length()).tokenize(word, List.of());
      if (tokens.size() != 1 || !tokens.get(0).isWord()) {
        continue; // a phrase of the lists ("according to"), read word by word
      }
      Token token = tokens.get(0);
      String lower = token.lower();
      for (Check check : checks) {
        assertThat(check.byToken().apply(lexicon, token)).as("%s of %s", check.name(), word)
            .isEqualTo(check.byString().apply(lexicon, lower));
      }
      read++;
    }
    assertThat(read).isGreaterThan(500);
  }

  /** Every word of the lists, in lower and title case, and every word of the corpus. */
  private static Set<String> words(Lexicon lexicon, Language language) {
    Set<String> listed = new TreeSet<>();
    listed.addAll(lexicon.verbs.keySet());
    listed.addAll(lexicon.pronouns.keySet());
    listed.addAll(lexicon.roleNouns.keySet());
    listed.addAll(lexicon.prepositionCases.keySet());
    for (Set<String> list : List.of(lexicon.sourcePhrases, lexicon.cueObjects,
        lexicon.objectVerbs, lexicon.sourceNouns, lexicon.bodyNouns, lexicon.bodyNames,
        lexicon.documentNouns, lexicon.nameNouns, lexicon.titleNouns, lexicon.titleVerbs,
        lexicon.copulas, lexicon.termMarkers, lexicon.addressees, lexicon.adverbs,
        lexicon.placeAdverbs, lexicon.prepositions, lexicon.conjunctions, lexicon.subordinators,
        lexicon.determiners, lexicon.abbreviations, lexicon.frameNouns, lexicon.indefinites,
        lexicon.definites, lexicon.titlePrepositions, lexicon.complementWords)) {
      listed.addAll(list);
    }
    Set<String> words = new TreeSet<>();
    for (String word : listed) {
      words.add(word);
      words.add(Character.toUpperCase(word.charAt(0)) + word.substring(1));
    }
    String prefix = language == Language.ENGLISH ? "en-" : "ru-";
    for (String name : Corpus.names()) {
      if (name.startsWith(prefix)) {
        for (String word : Corpus.text(name).split("[^\\p{L}\\p{Nd}'’-]+")) {
          if (!word.isEmpty()) {
            words.add(word);
          }
        }
      }
    }
    return words;
  }

  private record Check(String name, BiFunction<Lexicon, Token, Object> byToken,
      BiFunction<Lexicon, String, Object> byString) {}

  private static Check check(String name, BiFunction<Lexicon, Token, Object> byToken,
      BiFunction<Lexicon, String, Object> byString) {
    return new Check(name, byToken, byString);
  }

  private static final Set<String> NOT_IN_THE_LANGUAGE = Set.of(
      "RussianLexicon.titleVerbs", "RussianLexicon.indefinites", "RussianLexicon.definites",
      "EnglishLexicon.ministryHeads", "EnglishLexicon.placeAdverbs", "EnglishLexicon.nameEndings",
      "EnglishLexicon.attestedNameEndings", "EnglishLexicon.feminineSurnameEndings",
      "EnglishLexicon.masculineSurnameEndings", "EnglishLexicon.feminineFirstNameEndings",
      "EnglishLexicon.feminineObliqueEndings", "EnglishLexicon.patronymicEndings",
      "EnglishLexicon.genitiveEndings", "EnglishLexicon.complementWords",
      "EnglishLexicon.prepositionCases", "RussianLexicon.demonymEndings",
      "RussianLexicon.passiveAuxiliaries", "RussianLexicon.authorPrepositions");

  @Test
  void tables_eachLanguage_fillEveryList() throws IllegalAccessException {
    for (Lexicon lexicon : List.of(new RussianLexicon(), new EnglishLexicon())) {
      for (java.lang.reflect.Field field : Lexicon.class.getDeclaredFields()) {
        if (java.lang.reflect.Modifier.isStatic(field.getModifiers())
            || !java.lang.reflect.Modifier.isProtected(field.getModifiers())) {
          continue;
        }
        Object table = field.get(lexicon);
        boolean empty = table instanceof java.util.Collection<?> c ? c.isEmpty()
            : table instanceof java.util.Map<?, ?> m && m.isEmpty();
        // What a language does not have: Russian has no articles, names a title after a noun
        // alone ("под лозунгом"), writes nationality in lower case, quotes in the active
        // voice ("цитирует") and a document's author in the genitive ("заявление МИД");
        // English does not
        // inflect, and "said there" is no convention.
        boolean mayBeEmpty = NOT_IN_THE_LANGUAGE
            .contains(lexicon.getClass().getSimpleName() + "." + field.getName());
        assertThat(empty && !mayBeEmpty).as("%s.%s is empty",
            lexicon.getClass().getSimpleName(), field.getName()).isFalse();
      }
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "RUSSIAN|заявил|песков|ведомство|министр|министерство|заявление|в|и|что|также",
      "ENGLISH|said|peskov|ministry|minister|ministry|statement|in|and|that|also"})
  void lists_eachLanguage_holdTheirCommonWords(Language language, String verb, String notAVerb,
      String anaphoricBody, String role, String body, String document, String preposition,
      String conjunction, String subordinator, String adverb) {
    Lexicon lexicon = language == Language.ENGLISH ? new EnglishLexicon() : new RussianLexicon();

    assertThat(lexicon.verb(verb)).isNotNull();
    assertThat(lexicon.verb(notAVerb)).isNull();
    assertThat(lexicon.isAnaphoricBody(anaphoricBody)).isTrue();
    assertThat(lexicon.role(role)).isNotNull();
    assertThat(lexicon.body(body)).isNotNull();
    assertThat(lexicon.document(document)).isNotNull();
    assertThat(lexicon.isPreposition(preposition)).isTrue();
    assertThat(lexicon.isConjunction(conjunction)).isTrue();
    assertThat(lexicon.isSubordinator(subordinator)).isTrue();
    assertThat(lexicon.isAdverb(adverb)).isTrue();
    assertThat(lexicon.isAdjective(notAVerb + "ский")).isTrue();
  }

  /** Each list answers yes through its own question for every word it holds. */
  @Test
  void predicates_everyListedWord_answerYes() {
    for (Lexicon lexicon : List.of(new RussianLexicon(), new EnglishLexicon())) {
      String language = lexicon.getClass().getSimpleName();
      Map<String, Map.Entry<Set<String>, Predicate<String>>> lists = new LinkedHashMap<>();
      lists.put("cueObject", Map.entry(lexicon.cueObjects, lexicon::isCueObject));
      lists.put("objectVerb", Map.entry(lexicon.objectVerbs, lexicon::needsObject));
      lists.put("sourceNoun", Map.entry(lexicon.sourceNouns, lexicon::isSourceNoun));
      lists.put("nameNoun", Map.entry(lexicon.nameNouns, lexicon::isNameNoun));
      lists.put("titleNoun", Map.entry(lexicon.titleNouns, lexicon::isTitleNoun));
      lists.put("titleVerb", Map.entry(lexicon.titleVerbs, lexicon::isTitleVerb));
      lists.put("copula", Map.entry(lexicon.copulas, lexicon::isCopula));
      lists.put("termMarker", Map.entry(lexicon.termMarkers, lexicon::isTermMarker));
      lists.put("addressee", Map.entry(lexicon.addressees, lexicon::isAddressee));
      lists.put("adverb", Map.entry(lexicon.adverbs, lexicon::isAdverb));
      lists.put("placeAdverb", Map.entry(lexicon.placeAdverbs, lexicon::isPlaceAdverb));
      lists.put("preposition", Map.entry(lexicon.prepositions, lexicon::isPreposition));
      lists.put("conjunction", Map.entry(lexicon.conjunctions, lexicon::isConjunction));
      lists.put("subordinator", Map.entry(lexicon.subordinators, lexicon::isSubordinator));
      lists.put("determiner", Map.entry(lexicon.determiners, lexicon::isDeterminer));
      lists.put("abbreviation", Map.entry(lexicon.abbreviations, lexicon::isAbbreviation));
      lists.put("frameNoun", Map.entry(lexicon.frameNouns, lexicon::isFrameNoun));
      lists.put("anaphoricOpener", Map.entry(lexicon.anaphoricOpeners, lexicon::isAnaphoricOpener));
      lists.put("definite", Map.entry(lexicon.definites, lexicon::isDefinite));
      lists.put("indefinite", Map.entry(lexicon.indefinites, lexicon::isIndefinite));
      lists.put("titlePreposition", Map.entry(lexicon.titlePrepositions,
          lexicon::isTitlePreposition));
      lists.put("passiveAuxiliary", Map.entry(lexicon.passiveAuxiliaries,
          lexicon::isPassiveAuxiliary));
      lists.put("fieldPreposition", Map.entry(lexicon.fieldPrepositions,
          lexicon::isFieldPreposition));
      lists.put("complementWord", Map.entry(lexicon.complementWords, lexicon::looksGenitive));
      lists.put("roleNoun", Map.entry(lexicon.roleNouns.keySet(), w -> lexicon.role(w) != null));
      lists.put("pronoun", Map.entry(lexicon.pronouns.keySet(), w -> lexicon.pronoun(w) != null));
      lists.put("sourcePhrase", Map.entry(lexicon.sourcePhrases, w -> {
        int space = w.indexOf(' ');
        return space < 0 ? lexicon.isSourcePhrase(w)
            : lexicon.isSourcePhrase(w.substring(0, space), w.substring(space + 1));
      }));
      for (Map.Entry<String, Map.Entry<Set<String>, Predicate<String>>> list : lists.entrySet()) {
        for (String word : list.getValue().getKey()) {
          assertThat(list.getValue().getValue().test(word))
              .as("%s %s of %s", language, list.getKey(), word).isTrue();
        }
      }
      for (String word : List.of("zzzq", "ёжикквв")) {
        for (Map.Entry<String, Map.Entry<Set<String>, Predicate<String>>> list : lists.entrySet()) {
          assertThat(list.getValue().getValue().test(word))
              .as("%s %s of %s", language, list.getKey(), word).isFalse();
        }
      }
    }
  }

  @Test
  void endings_russian_nameTheirGenders() {
    Lexicon russian = new RussianLexicon();

    assertThat(russian.feminineSurnameEndings()).contains("ова", "ская");
    assertThat(russian.masculineSurnameEndings()).contains("ов", "ский");
    assertThat(russian.feminineFirstNameEndings()).contains("а", "я");
    assertThat(russian.feminineObliqueEndings()).contains("овой");
    assertThat(russian.patronymicEndings()).contains("вич", "вна");
  }

  @Test
  void gender_unknownFitsAll_aKnownGenderOnlyItself() {
    assertThat(Lexicon.Gender.UNKNOWN.fits(Lexicon.Gender.FEMALE)).isTrue();
    assertThat(Lexicon.Gender.MALE.fits(Lexicon.Gender.UNKNOWN)).isTrue();
    assertThat(Lexicon.Gender.MALE.fits(Lexicon.Gender.MALE)).isTrue();
    assertThat(Lexicon.Gender.MALE.fits(Lexicon.Gender.FEMALE)).isFalse();
    assertThat(Lexicon.Gender.PLURAL.fits(Lexicon.Gender.NEUTER)).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "глава минэкономразвития|министр экономического развития рф|true",
      "министр промышленности и торговли|глава минпромторга|true",
      "российский министр финансов|глава минфина|true",
      "министр финансов|глава министерства финансов|true",
      "министр финансов рф|министр финансов|true",
      "глава минобороны|руководитель минобороны|true",
      "глава минобороны|глава минфина|false",
      "министр иностранных дел|глава министерства обороны|false",
      "министр финансов|министр фигурного катания|false",
      "министр обороны|министр образования|false",
      "министр|министр финансов|false",
      "глава министерства|министр финансов|false",
      "глава мин|министр финансов|false",
      "глава минпромторгаааа|министр промышленности и торговли|false",
      "пресс-секретарь президента|министр финансов|false"})
  void sameMinistry_twoDescriptions_nameOneMinistryOrNot(String a, String b, boolean expected) {
    Lexicon russian = new RussianLexicon();

    assertThat(russian.sameMinistry(a, b)).as("%s ~ %s", a, b).isEqualTo(expected);
    assertThat(russian.sameMinistry(b, a)).as("%s ~ %s", b, a).isEqualTo(expected);
  }

  @Test
  void sameMinistry_english_hasNoClippedMinistries() {
    assertThat(new EnglishLexicon().sameMinistry("finance minister", "minister of finance"))
        .isFalse();
  }

  private static Token word(Lexicon lexicon, String word) {
    return new Token.Tokenizer(lexicon, word.length()).tokenize(word, List.of()).get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ENGLISH|Ukrainian|true|false", "ENGLISH|Chinese|true|false", "ENGLISH|British|true|false",
      "ENGLISH|Ian|false|false", "ENGLISH|Peskov|false|false", "ENGLISH|speaking|false|true",
      "ENGLISH|adding|false|true", "ENGLISH|ring|false|false", "ENGLISH|said|false|false",
      "RUSSIAN|выступая|false|true", "RUSSIAN|отмечая|false|true", "RUSSIAN|находясь|false|true",
      "RUSSIAN|заявил|false|false", "RUSSIAN|Украинский|false|false"})
  void demonymsAndGerunds_areReadFromTheirEndings(Language language, String word,
      boolean demonym, boolean gerund) {
    Lexicon lexicon = language == Language.ENGLISH ? new EnglishLexicon() : new RussianLexicon();
    Token token = word(lexicon, word);

    assertThat(lexicon.isDemonym(token)).as("demonym %s", word).isEqualTo(demonym);
    assertThat(lexicon.isGerund(token)).as("gerund %s", word).isEqualTo(gerund);
  }

  @Test
  void fieldPreposition_onlyInLowerCase() {
    Lexicon english = new EnglishLexicon();

    assertThat(english.isFieldPreposition(word(english, "on"))).isTrue();
    assertThat(english.isFieldPreposition(word(english, "On"))).isFalse();
    assertThat(english.isFieldPreposition(word(english, "of"))).isFalse();
  }
}
