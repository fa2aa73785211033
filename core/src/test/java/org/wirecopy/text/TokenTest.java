package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.wirecopy.model.Language;

/** Tokens: how text is cut, and the folded form read without making it. */
class TokenTest {

  private static List<Token> tokens(String text) {
    Lexicon lexicon = Lexicon.of(Language.ENGLISH);
    return new Token.Tokenizer(lexicon, text.length()).tokenize(text, List.of());
  }

  private static Token word(String text) {
    List<Token> tokens = tokens(text);
    assertThat(tokens).hasSize(1);
    return tokens.get(0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2.1 million|2.1;million",
      "М.В. Ломоносов|М.В;.;Ломоносов",
      "U.S.A. said|U.S.A;.;said",
      "end.Start|end;.;Start",
      "Ab.Cd|Ab;.;Cd",
      "a.b|a;.;b",
      "1.x|1;.;x",
      "Rostov-on-Don's mayor|Rostov-on-Don's;mayor",
      "Putin’s words|Putin’s;words",
      "пресс-секретарь - он|пресс-секретарь;-;он",
      "word -|word;-"})
  void tokenize_innerPunctuation_cutsAsWireCopyWritesIt(String text, String expected) {
    assertThat(tokens(text)).extracting(Token::text).containsExactly(expected.split(";"));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Песков|песков",
      "ПЕСКОВ|песков",
      "Ёлкин|елкин",
      "Putin's|putin",
      "Putin’s|putin",
      "Müller|müller",
      "Ab's|ab",
      "s's|s"})
  void lower_anyWord_isFoldedWithoutApostropheS(String text, String lower) {
    Token token = word(text);

    assertThat(token.lower()).isEqualTo(lower);
    assertThat(token.lowerLength()).isEqualTo(lower.length());
    for (int i = 0; i < lower.length(); i++) {
      assertThat(token.lowerAt(i)).as("at %d", i).isEqualTo(lower.charAt(i));
    }
    assertThat(token.lowerEquals(lower)).isTrue();
    assertThat(token.lowerEquals(lower + "x")).isFalse();
    assertThat(token.lowerEquals(lower.substring(0, lower.length() - 1) + "#")).isFalse();
    assertThat(token.lowerHash()).isEqualTo(lower.hashCode());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Пескова|ова|true",
      "Пескова|кова|true",
      "Пескова|ква|false",
      "ПЕСКОВА|ова|true",
      "Ова|лова|false",
      "Müllers|ers|true",
      "Müllers|ars|false",
      "Putin's|tin|true",
      "Putin's|n's|false"})
  void lowerEndsWith_anyWord_answersAsTheFoldedString(String text, String ending, boolean ends) {
    assertThat(word(text).lowerEndsWith(ending)).isEqualTo(ends);
  }

  @Test
  void lowerEquals_twoTokens_comparesTheirFoldedForms() {
    List<Token> tokens = tokens("Песков ПЕСКОВ песко Müller MÜLLER Putin's putin");

    assertThat(tokens.get(0).lowerEquals(tokens.get(1))).isTrue();
    assertThat(tokens.get(0).lowerEquals(tokens.get(2))).isFalse();
    assertThat(tokens.get(3).lowerEquals(tokens.get(4))).isTrue();
    assertThat(tokens.get(3).lowerEquals(tokens.get(0))).isFalse();
    assertThat(tokens.get(5).lowerEquals(tokens.get(6))).isTrue();
    assertThat(tokens.get(2).lowerEquals(tokens.get(1))).isFalse();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Песков|true|true|false|false|true",
      "ПЕСКОВ|true|false|true|false|true",
      "песков|false|false|false|true|true",
      "McCain|true|true|false|false|true",
      "НАТО|true|false|true|false|true",
      "Müller|true|true|false|false|false",
      "X|true|false|false|false|true",
      "2016|false|false|false|false|true"})
  void letterCase_anyWord_isReadInOnePass(String text, boolean capitalized, boolean titlecase,
      boolean allCaps, boolean lowercase, boolean plain) {
    Token token = word(text);

    assertThat(token.isCapitalized()).isEqualTo(capitalized);
    assertThat(token.isTitlecase()).isEqualTo(titlecase);
    assertThat(token.isAllCaps()).isEqualTo(allCaps);
    assertThat(token.isLowercase()).isEqualTo(lowercase);
    assertThat(token.isPlain()).isEqualTo(plain);
  }

  @Test
  void is_punctuationAndDashes_matchTheirOwnCharacterOnly() {
    List<Token> tokens = tokens("a, b — c; «d» (e) - f.");
    List<String> punctuation = new ArrayList<>();
    for (Token token : tokens) {
      for (char c : ",;—-().a«»".toCharArray()) {
        if (token.is(c)) {
          punctuation.add(token.text() + c);
        }
      }
    }
    // Each punctuation token and dash is its own character; no word is, though "a" is one.
    assertThat(punctuation).containsExactly(",,", "——", ";;", "««", "»»", "((", "))", "--", "..");
  }

  @Test
  void isSpace_wireCopySpaces_areSpacesAndLettersAreNot() {
    assertThat(Token.isSpace(' ')).isTrue();
    assertThat(Token.isSpace('\u00A0')).isTrue();
    assertThat(Token.isSpace('\u2009')).isTrue();
    assertThat(Token.isSpace('\t')).isTrue();
    assertThat(Token.isSpace('a')).isFalse();
    assertThat(Token.isSpace('ж')).isFalse();
    assertThat(Token.isSpace('!')).isFalse();
    assertThat(Token.isSpace('\u00AD')).isFalse();
  }
  @Test
  void tokenize_letterRunPastTheLongestWord_goesOnAsTheNextWord() {
    String run = "x".repeat(Token.MAX_WORD + 10);

    List<Token> tokens = tokens(run + " end");

    assertThat(tokens).extracting(Token::length).containsExactly(Token.MAX_WORD, 10, 3);
    assertThat(tokens.get(1).start()).isEqualTo(Token.MAX_WORD);
    assertThat(tokens.get(1).end()).isEqualTo(run.length());
    assertThat(tokens.get(0).text() + tokens.get(1).text()).isEqualTo(run);
  }

  @Test
  void text_anyToken_readsTheSameCharactersBeforeAndAfterItIsCut() {
    String text = "Сказал Müller's, «слово» — end… «quote» x";
    int open = text.lastIndexOf('«');
    List<Token> tokens = new Token.Tokenizer(Lexicon.of(Language.ENGLISH), text.length())
        .tokenize(text, List.of(new Token.Opaque(open, open + 7, Token.Type.QUOTE, 0)));
    List<Token> all = new ArrayList<>(tokens);
    all.add(tokens.get(tokens.size() - 2).as(Token.Type.MARKED, -1));

    for (Token token : all) {
      String expected = text.substring(token.start(), token.end());
      for (int pass = 0; pass < 2; pass++) {
        assertThat(token.length()).isEqualTo(expected.length());
        for (int i = 0; i < expected.length(); i++) {
          assertThat(token.charAt(i)).as("%s at %d", expected, i).isEqualTo(expected.charAt(i));
        }
        assertThat(token.startsWith(expected.substring(0, 1))).isTrue();
        // The second pass reads the token after its text is made.
        assertThat(token.text()).isEqualTo(expected);
      }
    }
    assertThat(all).extracting(Token::ref).containsExactly(-1, -1, -1, -1, -1, -1, -1, -1, -1, 0,
        -1, -1);
    assertThat(all.get(all.size() - 1).text()).isEqualTo("«quote»");
  }
}
