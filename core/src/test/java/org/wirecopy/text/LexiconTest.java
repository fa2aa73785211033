package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import java.util.function.Function;
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
        check("prepositionCase", Lexicon::prepositionCase, Lexicon::prepositionCase));
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
      "EnglishLexicon.prepositionCases");

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
        // What a language does not have: Russian has no articles and names a title after a noun
        // alone ("под лозунгом"); English does not inflect, and "said there" is no convention.
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
}
