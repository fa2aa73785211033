package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CharsTest {

  @Test
  void foldSpaces_ofALine_foldsEveryKindOfSpaceAndKeepsALineWithNoneAsItIs() {
    String plain = "6 декабря 2016, 18:39";

    assertThat(Chars.foldSpaces(plain)).isSameAs(plain);
    assertThat(Chars.foldSpaces("6\u00a0декабря\u20092016,\u00a018:39")).isEqualTo(plain);
  }

  @Test
  void letterTests_everyChar_answerAsCharacterDoes() {
    for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
      char c = (char) i;
      String at = "U+" + Integer.toHexString(i);
      assertThat(Chars.isLetterOrDigit(c)).as(at).isEqualTo(Character.isLetterOrDigit(c));
      assertThat(Chars.isLetter(c)).as(at).isEqualTo(Character.isLetter(c));
      assertThat(Chars.isUpperCase(c)).as(at).isEqualTo(Character.isUpperCase(c));
      assertThat(Chars.isLowerCase(c)).as(at).isEqualTo(Character.isLowerCase(c));
      assertThat(Chars.isDigit(c)).as(at).isEqualTo(Character.isDigit(c));
      assertThat(Token.isSpace(c)).as(at).isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
      assertThat(Chars.isSpace(c)).as(at).isEqualTo(Character.isWhitespace(c) || Character.isSpaceChar(c));
      assertThat(Chars.isWhitespace(c)).as(at).isEqualTo(Character.isWhitespace(c));
    }
  }

  @Test
  void fold_everyChar_isLowerCaseWithYoFolded() {
    for (int i = Character.MIN_VALUE; i <= Character.MAX_VALUE; i++) {
      String word = "Аб" + (char) i + "Z";
      assertThat(Chars.fold(word)).as("U+" + Integer.toHexString(i))
          .isEqualTo(word.toLowerCase(java.util.Locale.ROOT).replace('ё', 'е'));
    }
    assertThat(Chars.fold("Ёлка")).isEqualTo("елка");
    String lower = "песков";
    assertThat(Chars.fold(lower)).isSameAs(lower);
  }

  @Test
  void classes_everyCharOfTheTable_answerAsTheTestsDo() {
    for (char c = 0; c < Chars.TABLE; c++) {
      int classes = Chars.classes(c);
      assertThat((classes & Chars.LOWER) != 0).as("lower %04x", (int) c)
          .isEqualTo(Character.isLowerCase(c));
      assertThat((classes & Chars.UPPER) != 0).as("upper %04x", (int) c)
          .isEqualTo(Character.isUpperCase(c));
      assertThat((classes & Chars.LETTER) != 0).as("letter %04x", (int) c)
          .isEqualTo(Character.isLetter(c));
      assertThat((classes & Chars.PLAIN) != 0).as("plain %04x", (int) c)
          .isEqualTo(Chars.isPlain(c));
      if (Chars.isPlain(c)) {
        assertThat(Chars.foldedPlain(c)).as("folded %04x", (int) c)
            .isEqualTo(Chars.fold(String.valueOf(c)).charAt(0));
      }
    }
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "Песков|ПЕСКОВ|true",
      "Ёлкин|елкин|true",
      "Песков|Пескова|false",
      "Песков|Пескав|false",
      "Müller|MÜLLER|true",
      "Müller|Muller|false",
      "abc|ABC|true",
      "abc|abd|false",
      "ab|abc|false"})
  void foldedEquals_anyTwoTexts_answersAsFoldingBoth(String a, String b, boolean equal) {
    assertThat(Chars.foldedEquals(a, b)).isEqualTo(equal);
    assertThat(Chars.foldedEquals(b, a)).isEqualTo(equal);
    assertThat(Chars.fold(a).equals(Chars.fold(b))).isEqualTo(equal);
  }

  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "Пескова|ова|true",
      "ПЕСКОВА|кова|true",
      "Пескова|ква|false",
      "ова|лова|false",
      "Ёлка|елка|true",
      "Lavrov|OV|false",
      "LAVROV|ov|true"})
  void foldedEndsWith_plainText_answersAsFoldingIt(String text, String ending, boolean ends) {
    assertThat(Chars.foldedEndsWith(text, ending)).isEqualTo(ends);
  }

  @Test
  void isPlain_text_isTrueOnlyForAsciiAndBasicCyrillic() {
    assertThat(Chars.isPlain("Песков-2016 'ok'")).isTrue();
    assertThat(Chars.isPlain("")).isTrue();
    assertThat(Chars.isPlain("Müller")).isFalse();
    assertThat(Chars.isPlain("Пеское\u0301")).isFalse();
    assertThat(Chars.isPlain("a\u0460")).isFalse();
    assertThat(Chars.isPlain("\u045F\u0400")).isTrue();
  }

  @Test
  void strip_wireCopySpaces_areCutAtBothEnds() {
    assertThat(Chars.strip("\u00A0 Песков\u2009")).isEqualTo("Песков");
    assertThat(Chars.strip("\u00A0 \u2009")).isEmpty();
    assertThat(Chars.strip("a b")).isEqualTo("a b");
    assertThat(Chars.isBlank("x \u00A0 y", 1, 4)).isTrue();
    assertThat(Chars.isBlank("x \u00A0 y", 1, 5)).isFalse();
  }
}
