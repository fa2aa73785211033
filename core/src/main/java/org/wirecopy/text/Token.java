package org.wirecopy.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One token of a block's text, as the quote finder reads it: a word, a punctuation character, a
 * dash standing between spaces, or a whole quoted stretch (a quote, or a name in marks) taken as
 * one opaque token so that nothing inside marks is read as attribution.
 */
final class Token {

  private final Type type;
  private final int start;
  private final int end;
  private final String text;
  private final int ref;
  private final String lower;

  /**
   * A token.
   *
   * @param type what the token is
   * @param start offset of its first character in the block text
   * @param end offset after its last character
   * @param text the text as written
   * @param ref for {@link Type#QUOTE}, the index of its quote part; -1 otherwise
   */
  Token(Type type, int start, int end, String text, int ref) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.text = text;
    this.ref = ref;
    this.lower = type == Type.WORD ? fold(text) : text;
  }

  Type type() {
    return type;
  }

  int start() {
    return start;
  }

  int end() {
    return end;
  }

  String text() {
    return text;
  }

  int ref() {
    return ref;
  }

  /** What a token is. */
  enum Type {
    /** Letters and digits, with inner hyphens, dots and apostrophes. */
    WORD,
    /** One punctuation character. */
    PUNCT,
    /** A hyphen or dash that stands alone between words. */
    DASH,
    /** A quote part, with its marks. */
    QUOTE,
    /** A marked stretch that is no quote (a name in marks). */
    MARKED
  }

  /** The lower-case form, {@code ё} folded to {@code е}, apostrophe-s cut off. */
  String lower() {
    return lower;
  }

  private static String fold(String text) {
    String lower = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
    if (lower.endsWith("'s") || lower.endsWith("’s")) {
      lower = lower.substring(0, lower.length() - 2);
    }
    return lower;
  }

  boolean isWord() {
    return type == Type.WORD;
  }

  boolean is(String punct) {
    return type != Type.WORD && type != Type.QUOTE && type != Type.MARKED && text.equals(punct);
  }

  /** A word that starts with a capital and goes on in lower case ({@code Песков}, {@code McCain}). */
  boolean isTitlecase() {
    if (type != Type.WORD || !Character.isUpperCase(text.charAt(0))) {
      return false;
    }
    for (int i = 1; i < text.length(); i++) {
      if (Character.isLowerCase(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** A word of two or more letters, all of them capitals ({@code НАТО}, {@code МИД}). */
  boolean isAllCaps() {
    if (type != Type.WORD) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2;
  }

  /** A word that starts with a capital letter. */
  boolean isCapitalized() {
    return type == Type.WORD && Character.isUpperCase(text.charAt(0));
  }

  /** A word of lower-case letters. */
  boolean isLowercase() {
    return type == Type.WORD && Character.isLowerCase(text.charAt(0));
  }

  /** White space as wire copy uses it: ASCII, no-break and the other Unicode spaces. */
  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isDash(char c) {
    return c == '-' || c == '–' || c == '—' || c == '‒' || c == '―';
  }

  /**
   * Cuts a block's text into tokens; the given opaque stretches become single tokens.
   *
   * @param text the block text
   * @param opaque sorted, non-overlapping stretches: start, end (exclusive), type and ref
   * @return the tokens in text order
   */
  static List<Token> tokenize(String text, List<Opaque> opaque) {
    List<Token> tokens = new ArrayList<>();
    int next = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (next < opaque.size() && opaque.get(next).start() == i) {
        Opaque o = opaque.get(next++);
        tokens.add(new Token(o.type(), o.start(), o.end(), text.substring(o.start(), o.end()), o.ref()));
        i = o.end();
        continue;
      }
      int stop = next < opaque.size() ? opaque.get(next).start() : n;
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < stop) {
          char d = text.charAt(j);
          if (Character.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '-' || d == '‑' || d == '.' || d == '\'' || d == '’' || d == '/')
              && j + 1 < stop && Character.isLetterOrDigit(text.charAt(j + 1))
              && (d != '.' || isInnerDot(text, i, j))) {
            j += 2;
          } else {
            break;
          }
        }
        tokens.add(new Token(Type.WORD, i, j, text.substring(i, j), -1));
        i = j;
      } else {
        Type type = isDash(c) ? Type.DASH : Type.PUNCT;
        tokens.add(new Token(type, i, i + 1, String.valueOf(c), -1));
        i++;
      }
    }
    return tokens;
  }

  /** A dot inside a word: between digits ({@code 2.1}) or after one capital ({@code М.В}). */
  private static boolean isInnerDot(String text, int wordStart, int dot) {
    char before = text.charAt(dot - 1);
    char after = text.charAt(dot + 1);
    if (Character.isDigit(before) && Character.isDigit(after)) {
      return true;
    }
    return Character.isUpperCase(before) && Character.isUpperCase(after)
        && (dot - 1 == wordStart || text.charAt(dot - 2) == '.');
  }

  /**
   * A stretch that the tokenizer keeps whole.
   *
   * @param start its first offset
   * @param end the offset after it
   * @param type {@link Type#QUOTE} or {@link Type#MARKED}
   * @param ref the quote part index, or -1
   */
  record Opaque(int start, int end, Type type, int ref) {}
}
