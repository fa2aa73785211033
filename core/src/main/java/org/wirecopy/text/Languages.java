package org.wirecopy.text;

import org.wirecopy.model.Language;

/** Tells Russian from English copy by the share of Cyrillic among the letters. */
final class Languages {

  /** Enough letters to decide; reading further would not change the answer for real copy. */
  private static final int SAMPLE = 20_000;
  private static final int MIN_LETTERS = 3;
  /** How often, in characters less one, the counts are checked for a settled answer. */
  private static final int CHECK = 255;

  private Languages() {}

  static Language detect(CharSequence text) {
    int cyrillic = 0;
    int latin = 0;
    int end = Math.min(text.length(), SAMPLE);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      // Counted without a branch: letters, spaces and signs alternate too often to predict.
      // Below U+0400 the subtraction wraps past 0xFF; OR 0x20 folds only A-Z onto a-z.
      cyrillic += (char) (c - '\u0400') <= 0xFF ? 1 : 0;
      latin += (char) ((c | 0x20) - 'a') <= 'z' - 'a' ? 1 : 0;
      // Stop once the characters left could not change the answer.
      if ((i & CHECK) == CHECK && cyrillic + latin >= MIN_LETTERS) {
        int left = end - i - 1;
        if (cyrillic - latin >= left) {
          return Language.RUSSIAN;
        }
        if (latin - cyrillic > left) {
          return Language.ENGLISH;
        }
      }
    }
    if (cyrillic + latin < MIN_LETTERS) {
      return Language.UNDETERMINED;
    }
    return cyrillic >= latin ? Language.RUSSIAN : Language.ENGLISH;
  }
}
