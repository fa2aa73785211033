package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EndingsTest {

  private static final Endings ADJECTIVE = Endings.of("test", List.of("ый", "ого", "ая"));

  @Test
  void aWordEndsWithAnEndingOfOneToThreeLettersFoldedAsItIsRead() {
    assertThat(ADJECTIVE.end(word("новый"), 2)).isTrue();
    assertThat(ADJECTIVE.end(word("Нового"), 2)).isTrue();
    assertThat(ADJECTIVE.end(word("НОВАЯ"), 2)).isTrue();
    assertThat(Endings.of("test", List.of("а")).end(word("Москва"), 1)).isTrue();
  }

  @Test
  void everyLetterOfTheEndingCounts() {
    assertThat(ADJECTIVE.end(word("новой"), 2)).isFalse();
    assertThat(ADJECTIVE.end(word("новэго"), 2)).isFalse();
    assertThat(ADJECTIVE.end(word("новаго"), 2)).isFalse();
    assertThat(ADJECTIVE.end(word("новоя"), 2)).isFalse();
  }

  @Test
  void theStemBeforeTheEndingMustBeLongerThanGiven() {
    assertThat(ADJECTIVE.end(word("слого"), 2)).isFalse();
    assertThat(ADJECTIVE.end(word("многого"), 3)).isTrue();
    assertThat(ADJECTIVE.end(word("немого"), 3)).isFalse();
    assertThat(ADJECTIVE.end(word("ый"), 0)).isFalse();
    assertThat(Endings.of("test", List.of("я")).end(word("я"), 0)).isFalse();
  }

  @Test
  void aWordNotFoldedCharacterByCharacterIsReadThroughItsFoldedForm() {
    assertThat(Endings.of("test", List.of("ian")).end(word("Ukrainian"), 2)).isTrue();
    assertThat(Endings.of("test", List.of("ее")).end(word("Ёлкинее"), 2)).isTrue();
    assertThat(Endings.of("test", List.of("е")).end(word("Kafé"), 1)).isFalse();
    assertThat(Endings.of("test", List.of("é")).end(word("Kafé"), 1)).isTrue();
  }

  @Test
  void anEndingOfNoLetterOrOfMoreThanThreeIsRefused() {
    assertThatThrownBy(() -> Endings.of("genitive", List.of("ого", "")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("genitive");
    assertThatThrownBy(() -> Endings.of("gerund", List.of("ющий")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("ющий");
  }

  @Test
  void everyWordOfTheCorpusEndsAsItsFoldedFormReads() {
    // Endings of each length, one sharing its last letters with another: the table must tell
    // them apart as a comparison letter by letter does.
    List<String> endings = List.of("а", "я", "ы", "ов", "ев", "ого", "его", "ой", "ых", "ing", "s",
        "ian", "ese");
    Endings table = Endings.of("test", endings);
    int words = 0;
    for (String name : Corpus.names()) {
      String text = Corpus.text(name);
      for (Token token : new Token.Tokenizer(RussianLexicon.INSTANCE, text.length())
          .tokenize(text, List.of())) {
        if (!token.isWord()) {
          continue;
        }
        words++;
        for (int stem = 0; stem <= 3; stem++) {
          boolean expected = false;
          for (String ending : endings) {
            expected |= token.lowerLength() > ending.length() + stem && token.lowerLength() >= 2
                && token.lowerEndsWith(ending);
          }
          assertThat(table.end(token, stem)).as("%s, stem %d", token.text(), stem)
              .isEqualTo(expected);
        }
      }
    }
    assertThat(words).isGreaterThan(5_000);
  }

  private static Token word(String text) {
    return new Token.Tokenizer(RussianLexicon.INSTANCE, text.length()).tokenize(text, List.of())
        .get(0);
  }
}
