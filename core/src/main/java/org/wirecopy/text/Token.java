package org.wirecopy.text;

import java.util.Arrays;
import java.util.List;

/**
 * One token of a block's text, as the quote finder reads it: a word, a punctuation character, a
 * dash standing between spaces, or a whole quoted stretch (a quote, or a name in marks) taken as
 * one opaque token so that nothing inside marks is read as attribution.
 *
 * <p>What the quote finder asks of a word again and again is worked out once: its letter case
 * and its {@link Lexicon.Entry} when the token is made, in one pass over its characters; the
 * facts that take a language's endings (adjective, genitive, body name) when first asked. Its
 * text and folded form are strings only when asked for: most words are looked up, never named.
 * A word of ASCII and basic Cyrillic letters only (a <em>plain</em> word, nearly every one) is
 * folded character by character; any other word through {@link Chars#fold}.
 */
class Token {

  /** A cached fact: not yet asked, no, yes. */
  static final int UNASKED = 0;
  static final int NO = 1;
  static final int YES = 2;

  /** The facts the lexicon caches on a token, each the shift of its two bits. */
  static final int ADJECTIVE = 8;
  static final int GENITIVE = 10;
  static final int BODY_NAME = 12;

  private static final Type[] TYPES = Type.values();
  /** {@link Chars#LETTER} as a shift. */
  private static final int LETTER_SHIFT = Integer.numberOfTrailingZeros(Chars.LETTER);

  // The bits of a token: its type, letter case, plainness.
  private static final int TYPE = 7;
  private static final int CAPITALIZED = 1 << 3;
  private static final int TITLECASE = 1 << 4;
  private static final int ALL_CAPS = 1 << 5;
  private static final int LOWERCASE = 1 << 6;
  private static final int PLAIN = 1 << 7;
  /** A plain word whose folded form drops its apostrophe-s. */
  private static final int SAXON = 1 << 14;
  /** The token's string is its own text, no longer the block text it was cut from. */
  private static final int CUT = 1 << 15;
  /** Where a word, punctuation token or dash keeps its length, above the other bits. */
  private static final int LENGTH_SHIFT = 16;
  /**
   * The longest word: its length fits above the bits. The tokenizer ends a longer run of letters
   * there and goes on with a new word (no wire copy has one; hostile input may).
   */
  static final int MAX_WORD = (1 << (Integer.SIZE - LENGTH_SHIFT)) - 1;
  private static final int PUNCT = Type.PUNCT.ordinal();
  private static final int DASH = Type.DASH.ordinal();
  private static final int QUOTE = Type.QUOTE.ordinal();

  /** The one-character strings of ASCII punctuation, shared. */
  private static final String[] ASCII = new String[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      ASCII[c] = String.valueOf(c).intern();
    }
  }

  // Five fields, 32 bytes a token (compressed references): a block of wire copy makes hundreds,
  // and they were a tenth of what the parser allocates.
  private final int start;
  /**
   * Type, letter case, plainness, {@link #CUT}, the facts cached (mutable), and above them the
   * length of a word, punctuation token or dash; a whole stretch keeps its end in {@link Stretch}.
   */
  private int bits;
  /**
   * For a word, the hash code of its folded form as a string; for a punctuation token or dash,
   * its character; for a quote part, its index; for a marked name, -1.
   */
  private final int hashOrRef;
  /**
   * The block text the token was cut from; once its text is asked for, that text ({@link #CUT}).
   * One field for both: the text is made at most once and the block text is then not needed.
   */
  private String chars;
  private final Lexicon.Entry entry;

  private Token(Type type, int start, int bits, int hashOrRef, String chars,
      Lexicon.Entry entry) {
    this.start = start;
    this.bits = bits | type.ordinal();
    this.hashOrRef = hashOrRef;
    this.chars = chars;
    this.entry = entry;
  }

  /** A quoted stretch taken whole: its end kept in a field, for it may be any length. */
  private static final class Stretch extends Token {

    private final int end;

    private Stretch(Type type, int start, int end, int bits, int ref, String chars) {
      super(type, start, bits, ref, chars, Lexicon.Entry.NONE);
      this.end = end;
    }
  }

  /**
   * A quoted stretch taken whole.
   *
   * @param type {@link Type#QUOTE} or {@link Type#MARKED}
   * @param source the block text
   * @param start offset of its first character in the block text
   * @param end offset after its last character
   * @param ref for {@link Type#QUOTE}, the index of its quote part; -1 otherwise
   * @return the token
   */
  static Token marked(Type type, String source, int start, int end, int ref) {
    return new Stretch(type, start, end, 0, ref, source);
  }

  /** A punctuation character or a dash; an ASCII one shares its one-character text. */
  private static Token punctuation(Type type, String source, int at) {
    char c = source.charAt(at);
    int bits = 1 << LENGTH_SHIFT;
    return c < 0x80
        ? new Token(type, at, bits | CUT, c, ASCII[c], Lexicon.Entry.NONE)
        : new Token(type, at, bits, c, source, Lexicon.Entry.NONE);
  }

  /** A word: its letter case and its lexicon entry, in one pass over its characters. */
  private static Token word(String source, int start, int end, Lexicon lexicon) {
    // The classes of the first character, of all after it (OR), which are all plain (AND), and
    // how many letters: bit arithmetic, no branch per character.
    char first = source.charAt(start);
    int firstClasses = Chars.classes(first);
    int after = 0;
    int plainAll = firstClasses;
    int letters = firstClasses >>> LETTER_SHIFT & 1;
    // The hash of the folded characters, and of all of them but the last one and two, for a
    // form that loses its apostrophe-s. A word with a character past the table is not plain:
    // its hash is made from its string.
    int hash = first < Chars.TABLE ? Chars.foldedPlain(first) : first;
    int hash1 = 0;
    int hash2 = 0;
    for (int i = start + 1; i < end; i++) {
      char c = source.charAt(i);
      int classes = Chars.classes(c);
      after |= classes;
      plainAll &= classes;
      letters += classes >>> LETTER_SHIFT & 1;
      hash2 = hash1;
      hash1 = hash;
      hash = 31 * hash + (c < Chars.TABLE ? Chars.foldedPlain(c) : c);
    }
    boolean plain = (plainAll & Chars.PLAIN) != 0;
    boolean lowerAfter = (after & Chars.LOWER) != 0;
    boolean lowerAny = lowerAfter || (firstClasses & Chars.LOWER) != 0;
    boolean upperFirst = (firstClasses & Chars.UPPER) != 0;
    int bits = (upperFirst ? CAPITALIZED : 0)
        | (upperFirst && lowerAfter ? TITLECASE : 0)
        | (!lowerAny && letters >= 2 ? ALL_CAPS : 0)
        | ((firstClasses & Chars.LOWER) != 0 ? LOWERCASE : 0);
    int length = end - start;
    bits |= length << LENGTH_SHIFT;
    if (!plain) {
      String text = source.substring(start, end);
      String lower = fold(text);
      return new Token(Type.WORD, start, bits | CUT, lower.hashCode(), text, lexicon.entry(lower));
    }
    bits |= PLAIN;
    if (length > 2 && source.charAt(end - 2) == '\'' && Chars.folded(source.charAt(end - 1)) == 's') {
      length -= 2;
      hash = hash2;
      bits |= SAXON;
    }
    return new Token(Type.WORD, start, bits, hash, source, lexicon.entry(source, start, length, hash));
  }

  /** The same stretch as another kind of whole stretch ({@link Type#MARKED} for a quote that is a name). */
  Token as(Type other, int otherRef) {
    return new Stretch(other, start, end(), bits & ~TYPE, otherRef, chars);
  }

  Type type() {
    return TYPES[bits & TYPE];
  }

  int start() {
    return start;
  }

  int end() {
    return start + length();
  }

  String text() {
    if ((bits & CUT) == 0) {
      chars = chars.substring(start, end());
      bits |= CUT;
    }
    return chars;
  }

  /** For a {@link Type#QUOTE}, the index of its quote part; -1 for a marked name or punctuation. */
  int ref() {
    return (bits & TYPE) >= QUOTE ? hashOrRef : -1;
  }

  /** Where the token's text starts in {@link #chars}. */
  private int offset() {
    return (bits & CUT) != 0 ? 0 : start;
  }

  /** The character at an index of the token's text. */
  char charAt(int index) {
    return chars.charAt(offset() + index);
  }

  /** The length of the token's text. */
  int length() {
    return (bits & TYPE) < QUOTE ? bits >>> LENGTH_SHIFT : ((Stretch) this).end - start;
  }

  /** Whether the token's text starts with the prefix. */
  boolean startsWith(String prefix) {
    return prefix.length() <= length() && chars.startsWith(prefix, offset());
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

  /**
   * A word's lower-case form, {@code ё} folded to {@code е}, apostrophe-s cut off; else the text.
   * For a word the lexicon holds it is the entry's key; any other is folded on each call (few
   * are asked for: what reads words compares their characters).
   */
  String lower() {
    if (entry != Lexicon.Entry.NONE) {
      return entry.key();
    }
    return isWord() ? fold(text()) : text();
  }

  /** What the lexicon says of the word; {@link Lexicon.Entry#NONE} for any other token. */
  Lexicon.Entry entry() {
    return entry;
  }

  /** The length of {@link #lower()}. */
  int lowerLength() {
    if ((bits & PLAIN) == 0) {
      return lower().length();
    }
    int length = bits >>> LENGTH_SHIFT;
    return (bits & SAXON) != 0 ? length - 2 : length;
  }

  /** The character at an index of {@link #lower()}. */
  char lowerAt(int index) {
    return (bits & PLAIN) != 0 ? Chars.foldedPlain(chars.charAt(offset() + index))
        : lower().charAt(index);
  }

  /** Whether {@link #lower()} ends with the ending, read without making it. */
  boolean lowerEndsWith(String ending) {
    int from = lowerLength() - ending.length();
    if (from < 0) {
      return false;
    }
    if ((bits & PLAIN) == 0) {
      return lower().endsWith(ending);
    }
    for (int k = 0; k < ending.length(); k++) {
      if (Chars.foldedPlain(chars.charAt(offset() + from + k)) != ending.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** The hash code {@link #lower()} has as a string, known without making it. */
  int lowerHash() {
    return isWord() ? hashOrRef : lower().hashCode();
  }

  /**
   * A fact the lexicon caches on the token.
   *
   * @param fact {@link #ADJECTIVE}, {@link #GENITIVE} or {@link #BODY_NAME}
   * @return {@link #UNASKED}, {@link #NO} or {@link #YES}
   */
  int fact(int fact) {
    return (bits >>> fact) & 3;
  }

  /**
   * Caches a fact.
   *
   * @param fact {@link #ADJECTIVE}, {@link #GENITIVE} or {@link #BODY_NAME}
   * @param value its value
   * @return the value
   */
  boolean fact(int fact, boolean value) {
    bits = bits & ~(3 << fact) | (value ? YES : NO) << fact;
    return value;
  }

  /** Whether {@link #lower()} equals the string, read without making it. */
  boolean lowerEquals(String other) {
    if ((bits & PLAIN) == 0) {
      return lower().equals(other);
    }
    int length = lowerLength();
    if (other.length() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (lowerAt(k) != other.charAt(k)) {
        return false;
      }
    }
    return true;
  }

  /** Whether the two tokens' {@link #lower()} are equal, read without making them. */
  boolean lowerEquals(Token other) {
    if ((bits & PLAIN) == 0 || (other.bits & PLAIN) == 0) {
      return lower().equals(other.lower());
    }
    int length = lowerLength();
    if (other.lowerLength() != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (lowerAt(k) != other.lowerAt(k)) {
        return false;
      }
    }
    return true;
  }

  private static String fold(String text) {
    String lower = Chars.fold(text);
    if (lower.endsWith("'s") || lower.endsWith("’s")) {
      lower = lower.substring(0, lower.length() - 2);
    }
    return lower;
  }

  /** Whether the token is a word of ASCII and basic Cyrillic characters only. */
  boolean isPlain() {
    return (bits & PLAIN) != 0;
  }

  boolean isWord() {
    return (bits & TYPE) == 0;
  }

  /**
   * Whether the token is that punctuation character or dash, read from its bits: the readers ask
   * this of nearly every token.
   */
  boolean is(char punct) {
    int type = bits & TYPE;
    return hashOrRef == punct && (type == PUNCT || type == DASH);
  }

  /** A word that starts with a capital and goes on in lower case ({@code Песков}, {@code McCain}). */
  boolean isTitlecase() {
    return (bits & TITLECASE) != 0;
  }

  /** A word of two or more letters, all of them capitals ({@code НАТО}, {@code МИД}). */
  boolean isAllCaps() {
    return (bits & ALL_CAPS) != 0;
  }

  /** A word that starts with a capital letter. */
  boolean isCapitalized() {
    return (bits & CAPITALIZED) != 0;
  }

  /** A word of lower-case letters. */
  boolean isLowercase() {
    return (bits & LOWERCASE) != 0;
  }

  /** White space as wire copy uses it: ASCII, no-break and the other Unicode spaces. */
  static boolean isSpace(char c) {
    return Chars.isSpace(c);
  }

  static boolean isDash(char c) {
    return c == '-' || c == '–' || c == '—' || c == '‒' || c == '―';
  }

  /**
   * Cuts blocks into tokens, reading each block's characters from its string: a copy into a
   * char array as long as the longest block cost more (about half a byte per input byte) than
   * the string's reads. Not thread-safe.
   */
  static final class Tokenizer {

    private final Lexicon lexicon;
    /** The tokens of the block being cut, in an array kept for the next block. */
    private Token[] tokens;
    private int count;

    /**
     * A tokenizer for one article.
     *
     * @param lexicon the tables to look the words up in
     * @param longest the length of the longest block it will cut
     */
    Tokenizer(Lexicon lexicon, int longest) {
      this.lexicon = lexicon;
      // About one token in eight characters of wire copy, a quote counting as one; it grows
      // (twice as long) for a block with more.
      this.tokens = new Token[longest / 8 + 8];
    }

    /**
     * Cuts a block's text into tokens; the given opaque stretches become single tokens.
     *
     * @param text the block text
     * @param opaque sorted, non-overlapping stretches: start, end (exclusive), type and ref
     * @return the tokens in text order
     */
    List<Token> tokenize(String text, List<Opaque> opaque) {
      int n = text.length();
      count = 0;
      int next = 0;
      int i = 0;
      while (i < n) {
        if (next < opaque.size() && opaque.get(next).start() == i) {
          Opaque o = opaque.get(next++);
          add(marked(o.type(), text, o.start(), o.end(), o.ref()));
          i = o.end();
          continue;
        }
        int stop = next < opaque.size() ? opaque.get(next).start() : n;
        char c = text.charAt(i);
        if (isSpace(c)) {
          i++;
        } else if (Chars.isLetterOrDigit(c)) {
          int j = i + 1;
          // A word's length fits in its token's bits: a longer run of letters goes on as the
          // next word.
          int limit = Math.min(stop, i + MAX_WORD);
          while (j < limit) {
            char d = text.charAt(j);
            // Combining marks start at U+0300: the characters that end most words (a space, a
            // comma) skip the Unicode table.
            if (Chars.isLetterOrDigit(d)
                || d >= 0x300 && Character.getType(d) == Character.NON_SPACING_MARK) {
              j++;
            } else if ((d == '-' || d == '‑' || d == '.' || d == '\'' || d == '’' || d == '/')
                && j + 1 < limit && Chars.isLetterOrDigit(text.charAt(j + 1))
                && (d != '.' || isInnerDot(text, i, j))) {
              j += 2;
            } else {
              break;
            }
          }
          add(word(text, i, j, lexicon));
          i = j;
        } else {
          Type type = isDash(c) ? Type.DASH : Type.PUNCT;
          add(punctuation(type, text, i));
          i++;
        }
      }
      // One array of exactly the block's tokens; a list over it, so that a token can be
      // replaced in place (a quote found to be a name).
      return Arrays.asList(Arrays.copyOf(tokens, count));
    }

    /** Appends a token, doubling the array when it is full. */
    private void add(Token token) {
      if (count == tokens.length) {
        tokens = Arrays.copyOf(tokens, count * 2);
      }
      tokens[count++] = token;
    }
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
