package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirecopy.text.Lexicon.Case;
import org.wirecopy.text.Lexicon.Gender;

/** Russian name words: their gender, patronymics, and the nominative of an inflected form. */
class NamesTest {

  private static final Lexicon RUSSIAN = new RussianLexicon();
  private static final Lexicon ENGLISH = new EnglishLexicon();

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Мария Захарова|FEMALE",
      "Дмитрий Песков|MALE",
      "Песков|MALE",
      "Маргарита Симоньян|FEMALE",
      "Олег Ким|MALE",
      "Анна Ким|FEMALE",
      "Алёна Чернышёва|FEMALE",
      "Пётр Толстой|MALE",
      "Лавров|MALE",
      "Узов|UNKNOWN",
      "Ким|UNKNOWN",
      "Олег Ли-2|MALE",
      "7 Ким|UNKNOWN",
      "Мао Нин|UNKNOWN",
      "Жозе Мануэл|UNKNOWN"})
  void gender_russianName_isReadFromItsEndings(String name, Gender expected) {
    assertThat(Names.gender(List.of(name.split(" ")), RUSSIAN)).isEqualTo(expected);
  }

  @Test
  void gender_englishName_isReadFromATransliteratedSurnameOnly() {
    assertThat(Names.gender(List.of("Maria", "Zakharova"), ENGLISH)).isEqualTo(Gender.FEMALE);
    assertThat(Names.gender(List.of("Dmitry", "Peskov"), ENGLISH)).isEqualTo(Gender.MALE);
    assertThat(Names.gender(List.of("Sergey", "Shoigu"), ENGLISH)).isEqualTo(Gender.UNKNOWN);
    // No first-name rule: Nikita and Ilya are men's names.
    assertThat(Names.gender(List.of("Nikita", "Smith"), ENGLISH)).isEqualTo(Gender.UNKNOWN);
    assertThat(Names.gender(List.of(), RUSSIAN)).isEqualTo(Gender.UNKNOWN);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Владимирович|true", "Сергеевна|true", "Никитична|true", "Ильич|true",
      "Владимир|false", "Сергеева|false", "ВЛАДИМИРОВИЧ|true"})
  void isPatronymic_word_byItsEnding(String word, boolean expected) {
    assertThat(Names.isPatronymic(word, RUSSIAN)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Захаровой|true", "Марии|true", "Матвиенко|false", "Пескова|false", "Набиуллиной|true"})
  void looksFeminineOblique_word_byItsEnding(String word, boolean expected) {
    assertThat(Names.looksFeminineOblique(word, RUSSIAN)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Пескова|GENITIVE|false|Песков",
      "Пескову|DATIVE|false|Песков",
      "Пескова|ACCUSATIVE|false|Песков",
      "Песковым|INSTRUMENTAL|false|Песков",
      "Захаровой|GENITIVE|true|Захарова",
      "Захарову|ACCUSATIVE|true|Захарова",
      "Песков|NOMINATIVE|false|Песков",
      "Пескова|UNKNOWN|false|Пескова",
      "Шойгу|GENITIVE|false|Шойгу"})
  void nominative_knownCase_givesTheDictionaryForm(String word, Case grammaticalCase,
      boolean feminine, String expected) {
    assertThat(Names.nominative(word, grammaticalCase, feminine, RUSSIAN, w -> false))
        .isEqualTo(expected);
  }

  @Test
  void nominative_formTheArticleWrites_winsOverTheRows() {
    // "Марии" is the genitive of Мария, not of a Марий: the article writes "Мария".
    Set<String> written = Set.of("мария");
    assertThat(Names.nominative("Марии", Case.GENITIVE, false, RUSSIAN, written::contains))
        .isEqualTo("Мария");
  }

  @Test
  void nominatives_word_listsItselfFirstThenEachCandidateOnce() {
    List<String> forms = Names.nominatives("Пескова", RUSSIAN, w -> false);

    assertThat(forms.get(0)).isEqualTo("пескова");
    assertThat(forms).contains("песков").doesNotHaveDuplicates();
  }

  @Test
  void nominatives_attestedRow_addsOnlyAFormTheArticleWrites() {
    assertThat(Names.nominatives("Марии", RUSSIAN, Set.of("мария")::contains)).contains("мария");
    assertThat(Names.nominatives("Ли", RUSSIAN, w -> true)).containsExactly("ли");
  }

  @Test
  void key_name_isTheFoldedSurname() {
    assertThat(Names.key(List.of("Дмитрий", "Песков"))).isEqualTo("песков");
  }
}
