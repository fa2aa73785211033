package org.wirecopy.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.wirecopy.text.Lexicon.Case;
import org.wirecopy.text.Lexicon.Gender;
import org.wirecopy.text.Lexicon.NameEnding;

/**
 * Person names: their nominative form, gender and the key that matches their mentions.
 *
 * <p>Names that inflect ({@code по словам Столтенберга}, {@code Захаровой}, {@code Пескову}) are
 * brought to the nominative by the lexicon's table of name endings
 * ({@link Lexicon#nameEndings()}), by case: each row replaces an oblique ending by a nominative
 * one. A mention is matched against the names seen before through every row
 * ({@link #nominatives}); a name seen for the first time in an oblique case is brought to the
 * nominative by the rows of the case its context shows ({@link #nominative}).
 */
final class Names {

  private Names() {}

  /**
   * Every form that the word could have in the nominative, itself first, folded.
   *
   * @param word a capitalised name word
   * @param lexicon the language's tables
   * @param attested the capitalised words of the article, folded
   * @return the candidate forms
   */
  static List<String> nominatives(String word, Lexicon lexicon, Predicate<String> attested) {
    // A handful of forms, each once, in order: a list looked through is enough.
    List<String> forms = new ArrayList<>(4);
    String lower = Lexicon.fold(word);
    forms.add(lower);
    List<NameEnding> rows = lexicon.nameEndings();
    for (int r = 0; r < rows.size(); r++) {
      String candidate = foldedReplace(word, lower, rows.get(r));
      if (candidate != null && !forms.contains(candidate)) {
        forms.add(candidate);
      }
    }
    List<NameEnding> attestedRows = lexicon.attestedNameEndings();
    for (int r = 0; r < attestedRows.size(); r++) {
      String candidate = foldedReplace(word, lower, attestedRows.get(r));
      if (candidate != null && attested.test(candidate) && !forms.contains(candidate)) {
        forms.add(candidate);
      }
    }
    return forms;
  }

  /**
   * The nominative of a name word in a known case: one that the article writes when a row of
   * the case gives it, else by the rows and the gender; the word itself when no row fits.
   *
   * @param word a capitalised name word
   * @param grammaticalCase the case its context shows
   * @param feminine whether the name is known to be a woman's
   * @param lexicon the language's tables
   * @param attested the capitalised words of the article, folded
   * @return the nominative
   */
  static String nominative(String word, Case grammaticalCase, boolean feminine, Lexicon lexicon,
      Predicate<String> attested) {
    if (grammaticalCase == Case.NOMINATIVE || grammaticalCase == Case.UNKNOWN) {
      return word;
    }
    Case rowCase = grammaticalCase == Case.ACCUSATIVE && !feminine ? Case.GENITIVE : grammaticalCase;
    String lower = Lexicon.fold(word);
    String written = attestedNominative(word, lower, lexicon.nameEndings(), rowCase,
        grammaticalCase, attested);
    if (written == null) {
      written = attestedNominative(word, lower, lexicon.attestedNameEndings(), rowCase,
          grammaticalCase, attested);
    }
    if (written != null) {
      return written;
    }
    String fallback = null;
    List<NameEnding> rows = lexicon.nameEndings();
    for (int r = 0; r < rows.size(); r++) {
      NameEnding row = rows.get(r);
      if (row.grammaticalCase() != rowCase) {
        continue;
      }
      String candidate = replace(word, lower, row);
      if (candidate == null) {
        continue;
      }
      boolean rowFeminine = row.nominative().endsWith("а") || row.nominative().endsWith("я");
      if (rowFeminine == feminine) {
        return candidate;
      }
      if (fallback == null) {
        fallback = candidate;
      }
    }
    return fallback == null ? word : fallback;
  }

  /** The first nominative that a row of either case gives and the article writes, or null. */
  private static String attestedNominative(String word, String lower, List<NameEnding> rows,
      Case rowCase, Case grammaticalCase, Predicate<String> attested) {
    for (int r = 0; r < rows.size(); r++) {
      NameEnding row = rows.get(r);
      String candidate = row.grammaticalCase() == rowCase || row.grammaticalCase() == grammaticalCase
          ? foldedReplace(word, lower, row) : null;
      if (candidate != null && attested.test(candidate)) {
        return replace(word, lower, row);
      }
    }
    return null;
  }

  /**
   * Whether an oblique name word is a woman's, by a feminine oblique ending.
   *
   * @param word the word as written
   * @param lexicon the language's tables
   * @return true for {@code Захаровой}, {@code Марии}
   */
  static boolean looksFeminineOblique(String word, Lexicon lexicon) {
    return foldedEndsWithAny(word, lexicon.feminineObliqueEndings());
  }

  /**
   * The gender a nominative name shows, from its surname ending or a first name in -а/-я.
   *
   * @param name the name words, nominative
   * @param lexicon the language's tables
   * @return the gender, {@link Gender#UNKNOWN} when it shows none
   */
  static Gender gender(List<String> name, Lexicon lexicon) {
    if (lexicon.feminineSurnameEndings().isEmpty() || name.isEmpty()) {
      return Gender.UNKNOWN;
    }
    String last = name.get(name.size() - 1);
    // A plain word folds character by character: its folded length and letters are its own.
    int lastLength = Chars.isPlain(last) ? last.length() : Lexicon.fold(last).length();
    if (lastLength > 4) {
      if (foldedEndsWithAny(last, lexicon.feminineSurnameEndings())) {
        return Gender.FEMALE;
      }
      if (foldedEndsWithAny(last, lexicon.masculineSurnameEndings())) {
        return Gender.MALE;
      }
    }
    if (name.size() > 1 && !lexicon.feminineFirstNameEndings().isEmpty()) {
      String first = name.get(0);
      if (foldedEndsWithAny(first, lexicon.feminineFirstNameEndings())) {
        return Gender.FEMALE;
      }
      // Folding keeps a plain letter a letter; another word may fold to more characters. A
      // man's first name ends in a consonant or й (Иван, Сергей); one in another vowel is
      // foreign and tells nothing (Мао Нин, Жозе Мануэл).
      String folded = Chars.isPlain(first) ? first : Lexicon.fold(first);
      char end = folded.charAt(folded.length() - 1);
      if (Chars.isLetter(end) && "аеёиоуыэюяaeiouy".indexOf(Character.toLowerCase(end)) < 0) {
        return Gender.MALE;
      }
    }
    return Gender.UNKNOWN;
  }

  /**
   * Whether a word is a patronymic ({@code Владимирович}, {@code Сергеевна}).
   *
   * @param word the word as written
   * @param lexicon the language's tables
   * @return whether it ends as a patronymic does
   */
  static boolean isPatronymic(String word, Lexicon lexicon) {
    return foldedEndsWithAny(word, lexicon.patronymicEndings());
  }

  /** Whether the word, folded, ends with one of the (folded) endings; a plain word is not copied. */
  private static boolean foldedEndsWithAny(String word, List<String> endings) {
    boolean plain = Chars.isPlain(word);
    String folded = plain ? word : Lexicon.fold(word);
    for (String ending : endings) {
      if (plain ? Chars.foldedEndsWith(word, ending) : folded.endsWith(ending)) {
        return true;
      }
    }
    return false;
  }

  /** The key that identifies a person: the nominative surname, folded. */
  static String key(List<String> name) {
    return Lexicon.fold(name.get(name.size() - 1));
  }

  /** The words joined by spaces. */
  static String join(List<String> words) {
    return String.join(" ", words);
  }

  static List<String> copy(List<String> words) {
    return List.copyOf(words);
  }

  /**
   * {@code fold(replace(word, lower, row))}: for a plain word, the folded word's stem and the
   * row's (folded) ending, without folding again.
   */
  private static String foldedReplace(String word, String lower, NameEnding row) {
    if (lower.length() < row.oblique().length() + 2 || !lower.endsWith(row.oblique())) {
      return null;
    }
    if (!Chars.isPlain(word)) {
      return Lexicon.fold(replace(word, lower, row));
    }
    String nominative = Lexicon.fold(row.nominative());
    int stem = lower.length() - row.oblique().length();
    return new StringBuilder(stem + nominative.length()).append(lower, 0, stem).append(nominative)
        .toString();
  }

  /** The word with the row's oblique ending replaced, or null when it has not that ending. */
  private static String replace(String word, String lower, NameEnding row) {
    if (lower.length() < row.oblique().length() + 2 || !lower.endsWith(row.oblique())) {
      return null;
    }
    return word.substring(0, word.length() - row.oblique().length()) + row.nominative();
  }
}
