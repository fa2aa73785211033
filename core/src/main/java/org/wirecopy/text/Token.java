package org.wirecopy.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One token of a block's text, as the quote finder reads it: a word, a punctuation character, a
 * dash standing between spaces, or a whole quoted stretch (a quote, or a name in marks) taken as
 * one opaque token so that nothing inside marks is read as attribution.
 *
 * <p>What the quote finder asks of a word again and again is worked out once: its folded form,
 * its letter case and its {@link Lexicon.Entry} when the token is made; the facts that take a
 * language's endings (adjective, genitive, body name) when first asked, by the {@link Lexicon}.
 */
final class Token {

  /** A cached fact: not yet asked, no, yes. */
  static final byte UNASKED = 0;
  static final byte NO = 1;
  static final byte YES = 2;

  // The letter case of a word, one bit each.
  private static final int CAPITALIZED = 1;
  private static final int TITLECASE = 1 << 1;
  private static final int ALL_CAPS = 1 << 2;
  private static final int LOWERCASE = 1 << 3;

  private final Type type;
  private final int start;
  private final int end;
  private final String text;
  private final int ref;
  private final String lower;
  private final int letterCase;
  private final Lexicon.Entry entry;
  /** Facts the lexicon caches here: {@link #UNASKED}, {@link #NO} or {@link #YES}. */
  byte adjective;
  byte genitive;
  byte bodyName;

  /**
   * A token.
   *
   * @param type what the token is
   * @param start offset of its first character in the block text
   * @param end offset after its last character
   * @param text the text as written
   * @param ref for {@link Type#QUOTE}, the index of its quote part; -1 otherwise
   * @param lexicon the tables to look a word up in
   */
  Token(Type type, int start, int end, String text, int ref, Lexicon lexicon) {
    this.type = type;
    this.start = start;
    this.end = end;
    this.text = text;
    this.ref = ref;
    this.lower = type == Type.WORD ? fold(text) : text;
    this.letterCase = type == Type.WORD ? letterCase(text) : 0;
    // No table holds anything but words.
    this.entry = type == Type.WORD ? lexicon.entry(lower) : Lexicon.Entry.NONE;
  }

  /** The same stretch as another kind of token ({@link Type#MARKED} for a quote that is a name). */
  Token as(Type other, int otherRef, Lexicon lexicon) {
    return new Token(other, start, end, text, otherRef, lexicon);
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

  /** What the lexicon says of the word; {@link Lexicon.Entry#NONE} for any other token. */
  Lexicon.Entry entry() {
    return entry;
  }

  private static int letterCase(String text) {
    char first = text.charAt(0);
    boolean upperFirst = Chars.isUpperCase(first);
    boolean lowerAfter = false;
    boolean lowerAny = false;
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Chars.isLowerCase(c)) {
        lowerAny = true;
        lowerAfter |= i > 0;
      }
      if (Chars.isLetter(c)) {
        letters++;
      }
    }
    return (upperFirst ? CAPITALIZED : 0)
        | (upperFirst && lowerAfter ? TITLECASE : 0)
        | (!lowerAny && letters >= 2 ? ALL_CAPS : 0)
        | (Chars.isLowerCase(first) ? LOWERCASE : 0);
  }

  private static String fold(String text) {
    String lower = Chars.fold(text);
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
    return (letterCase & TITLECASE) != 0;
  }

  /** A word of two or more letters, all of them capitals ({@code НАТО}, {@code МИД}). */
  boolean isAllCaps() {
    return (letterCase & ALL_CAPS) != 0;
  }

  /** A word that starts with a capital letter. */
  boolean isCapitalized() {
    return (letterCase & CAPITALIZED) != 0;
  }

  /** A word of lower-case letters. */
  boolean isLowercase() {
    return (letterCase & LOWERCASE) != 0;
  }

  /** White space as wire copy uses it: ASCII, no-break and the other Unicode spaces. */
  static boolean isSpace(char c) {
    if (c > ' ' && c < 0x80 || c >= '\u0400' && c <= '\u045F') {
      return false;
    }
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
   * @param lexicon the tables to look the words up in
   * @return the tokens in text order
   */
  static List<Token> tokenize(String text, List<Opaque> opaque, Lexicon lexicon) {
    List<Token> tokens = new ArrayList<>();
    int next = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      if (next < opaque.size() && opaque.get(next).start() == i) {
        Opaque o = opaque.get(next++);
        tokens.add(new Token(o.type(), o.start(), o.end(), text.substring(o.start(), o.end()), o.ref(),
            lexicon));
        i = o.end();
        continue;
      }
      int stop = next < opaque.size() ? opaque.get(next).start() : n;
      char c = text.charAt(i);
      if (isSpace(c)) {
        i++;
      } else if (Chars.isLetterOrDigit(c)) {
        int j = i + 1;
        while (j < stop) {
          char d = text.charAt(j);
          if (Chars.isLetterOrDigit(d) || Character.getType(d) == Character.NON_SPACING_MARK) {
            j++;
          } else if ((d == '-' || d == '‑' || d == '.' || d == '\'' || d == '’' || d == '/')
              && j + 1 < stop && Chars.isLetterOrDigit(text.charAt(j + 1))
              && (d != '.' || isInnerDot(text, i, j))) {
            j += 2;
          } else {
            break;
          }
        }
        tokens.add(new Token(Type.WORD, i, j, text.substring(i, j), -1, lexicon));
        i = j;
      } else {
        Type type = isDash(c) ? Type.DASH : Type.PUNCT;
        tokens.add(new Token(type, i, i + 1, String.valueOf(c), -1, lexicon));
        i++;
      }
    }
    return tokens;
  }

  /** A dot inside a word: between digits ({@code 2.1}) or after one capital ({@code М.В}). */
  private static boolean isInnerDot(String text, int wordStart, int dot) {
    char before = text.charAt(dot - 1);
    char after = text.charAt(dot + 1);
    if (Chars.isDigit(before) && Chars.isDigit(after)) {
      return true;
    }
    return Chars.isUpperCase(before) && Chars.isUpperCase(after)
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
