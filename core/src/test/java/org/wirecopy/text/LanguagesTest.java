package org.wirecopy.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.wirecopy.model.Language;

class LanguagesTest {

  /** The rule without stopping early: the share of Cyrillic among the first 20,000 letters. */
  private static Language counted(String text) {
    int cyrillic = 0;
    int latin = 0;
    for (int i = 0; i < Math.min(text.length(), 20_000); i++) {
      char c = text.charAt(i);
      if (c >= '\u0400' && c <= '\u04FF') {
        cyrillic++;
      } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
        latin++;
      }
    }
    return cyrillic + latin < 3 ? Language.UNDETERMINED
        : cyrillic >= latin ? Language.RUSSIAN : Language.ENGLISH;
  }

  @Test
  void detect_anyMixOfScripts_answersAsCountingEveryLetter() {
    Random random = new Random(20240123L);
    // With the characters just past each range's ends, and those that differ from a letter by
    // the case bit alone.
    String[] pieces = {"а", "Ж", "z", "Q", " ", ".", "1", "ё", "é", "a", "Z", "A", "@", "[", "`",
        "{", "\u03FF", "\u0400", "\u04FF", "\u0500", "\u0141", "\u0061\u0301"};
    for (int round = 0; round < 3000; round++) {
      StringBuilder text = new StringBuilder();
      int length = random.nextInt(random.nextBoolean() ? 40 : 25_000);
      // A lean per text, so that both answers and near ties come up.
      int lean = random.nextInt(pieces.length);
      for (int k = 0; k < length; k++) {
        text.append(pieces[random.nextInt(3) == 0 ? lean : random.nextInt(pieces.length)]);
      }
      assertThat(Languages.detect(text)).as("round " + round).isEqualTo(counted(text.toString()));
    }
  }
}
