package org.wirecopy.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.wirecopy.model.Language;
import org.wirecopy.text.Lexicon.Case;
import org.wirecopy.text.Lexicon.Gender;

/**
 * Person names: their nominative form, gender and the key that matches their mentions.
 *
 * <p>Russian names inflect ({@code по словам Столтенберга}, {@code Захаровой}, {@code Пескову}).
 * Their nominative comes from one table of endings, by case: each row replaces an oblique ending
 * by a nominative one for a masculine or feminine name. A mention is matched against the names
 * seen before through every row ({@link #nominatives}); a name seen for the first time in an
 * oblique case is brought to the nominative by the rows of the case its context shows
 * ({@link #nominative}). Irregular names (fleeting vowels, {@code Павла} → {@code Павел}) are
 * out of reach of such a table; indeclinable ones ({@code Керри}, {@code Шойгу}) need no row, and
 * for their sake a genitive in {@code -и} after a hard consonant is not read as a name in
 * {@code -я} ({@code Небензи} stays as written unless {@code Небензя} was seen before).
 */
final class Names {

  /**
   * One row of the table.
   *
   * @param grammaticalCase the case of the oblique ending
   * @param oblique the oblique ending
   * @param nominative the ending that replaces it
   */
  private record Row(Case grammaticalCase, String oblique, String nominative) {}

  /** The table: longer endings before the shorter ones they end with, masculine before feminine. */
  private static final List<Row> ROWS = List.of(
      // genitive and animate accusative, masculine
      new Row(Case.GENITIVE, "ского", "ский"),
      new Row(Case.GENITIVE, "цкого", "цкий"),
      new Row(Case.GENITIVE, "ого", "ой"),
      new Row(Case.GENITIVE, "ова", "ов"),
      new Row(Case.GENITIVE, "ева", "ев"),
      new Row(Case.GENITIVE, "ина", "ин"),
      new Row(Case.GENITIVE, "ына", "ын"),
      new Row(Case.GENITIVE, "ия", "ий"),
      new Row(Case.GENITIVE, "ея", "ей"),
      new Row(Case.GENITIVE, "ая", "ай"),
      new Row(Case.GENITIVE, "я", "ь"),
      new Row(Case.GENITIVE, "а", ""),
      // genitive, feminine
      new Row(Case.GENITIVE, "ской", "ская"),
      new Row(Case.GENITIVE, "цкой", "цкая"),
      new Row(Case.GENITIVE, "овой", "ова"),
      new Row(Case.GENITIVE, "евой", "ева"),
      new Row(Case.GENITIVE, "иной", "ина"),
      new Row(Case.GENITIVE, "ии", "ия"),
      new Row(Case.GENITIVE, "ьи", "ья"),
      new Row(Case.GENITIVE, "ы", "а"),
      new Row(Case.GENITIVE, "ки", "ка"),
      new Row(Case.GENITIVE, "ги", "га"),
      new Row(Case.GENITIVE, "хи", "ха"),
      // dative, masculine then feminine
      new Row(Case.DATIVE, "скому", "ский"),
      new Row(Case.DATIVE, "ому", "ой"),
      new Row(Case.DATIVE, "ову", "ов"),
      new Row(Case.DATIVE, "еву", "ев"),
      new Row(Case.DATIVE, "ину", "ин"),
      new Row(Case.DATIVE, "ию", "ий"),
      new Row(Case.DATIVE, "ею", "ей"),
      new Row(Case.DATIVE, "ю", "ь"),
      new Row(Case.DATIVE, "у", ""),
      new Row(Case.DATIVE, "ской", "ская"),
      new Row(Case.DATIVE, "овой", "ова"),
      new Row(Case.DATIVE, "евой", "ева"),
      new Row(Case.DATIVE, "иной", "ина"),
      new Row(Case.DATIVE, "ии", "ия"),
      new Row(Case.DATIVE, "е", "а"),
      // accusative, feminine (the masculine is the genitive)
      new Row(Case.ACCUSATIVE, "скую", "ская"),
      new Row(Case.ACCUSATIVE, "ову", "ова"),
      new Row(Case.ACCUSATIVE, "еву", "ева"),
      new Row(Case.ACCUSATIVE, "ину", "ина"),
      new Row(Case.ACCUSATIVE, "ию", "ия"),
      new Row(Case.ACCUSATIVE, "у", "а"),
      new Row(Case.ACCUSATIVE, "ю", "я"),
      // instrumental, masculine then feminine
      new Row(Case.INSTRUMENTAL, "ским", "ский"),
      new Row(Case.INSTRUMENTAL, "овым", "ов"),
      new Row(Case.INSTRUMENTAL, "евым", "ев"),
      new Row(Case.INSTRUMENTAL, "иным", "ин"),
      new Row(Case.INSTRUMENTAL, "ием", "ий"),
      new Row(Case.INSTRUMENTAL, "еем", "ей"),
      new Row(Case.INSTRUMENTAL, "ем", "ь"),
      new Row(Case.INSTRUMENTAL, "ом", ""),
      new Row(Case.INSTRUMENTAL, "ской", "ская"),
      new Row(Case.INSTRUMENTAL, "овой", "ова"),
      new Row(Case.INSTRUMENTAL, "иной", "ина"),
      new Row(Case.INSTRUMENTAL, "ией", "ия"),
      new Row(Case.INSTRUMENTAL, "ой", "а"),
      new Row(Case.INSTRUMENTAL, "ей", "я"),
      // prepositional
      new Row(Case.PREPOSITIONAL, "ском", "ский"),
      new Row(Case.PREPOSITIONAL, "ове", "ов"),
      new Row(Case.PREPOSITIONAL, "ине", "ин"),
      new Row(Case.PREPOSITIONAL, "ии", "ий"),
      new Row(Case.PREPOSITIONAL, "е", ""),
      new Row(Case.PREPOSITIONAL, "ской", "ская"),
      new Row(Case.PREPOSITIONAL, "овой", "ова"));

  /** Nominative endings of feminine Russian surnames. */
  private static final List<String> FEMININE_SURNAMES = List.of("ова", "ева", "ина", "ына", "ская", "цкая", "ая");
  /** Nominative endings of masculine Russian surnames. */
  private static final List<String> MASCULINE_SURNAMES = List.of("ов", "ев", "ин", "ын", "ский", "цкий", "ой", "ий");

  private Names() {}

  /**
   * Every form that the word could have in the nominative, itself first, folded.
   *
   * @param word a capitalised name word
   * @param language the article's language
   * @return the candidate forms
   */
  static Set<String> nominatives(String word, Language language) {
    Set<String> forms = new LinkedHashSet<>();
    forms.add(Lexicon.fold(word));
    if (language == Language.ENGLISH) {
      return forms;
    }
    for (Row row : ROWS) {
      String candidate = replace(word, row);
      if (candidate != null) {
        forms.add(Lexicon.fold(candidate));
      }
    }
    return forms;
  }

  /**
   * The nominative of a name word in a known case; the word itself when no row fits.
   *
   * @param word a capitalised name word
   * @param grammaticalCase the case its context shows
   * @param feminine whether the name is known to be a woman's
   * @return the nominative
   */
  static String nominative(String word, Case grammaticalCase, boolean feminine) {
    if (grammaticalCase == Case.NOMINATIVE || grammaticalCase == Case.UNKNOWN) {
      return word;
    }
    Case rowCase = grammaticalCase == Case.ACCUSATIVE && !feminine ? Case.GENITIVE : grammaticalCase;
    String fallback = null;
    for (Row row : ROWS) {
      if (row.grammaticalCase() != rowCase) {
        continue;
      }
      String candidate = replace(word, row);
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

  /**
   * Whether a Russian oblique name word is a woman's: a feminine oblique surname ending.
   *
   * @param word the word as written
   * @return true for {@code Захаровой}, {@code Марии}
   */
  static boolean looksFeminineOblique(String word) {
    String lower = Lexicon.fold(word);
    return lower.endsWith("овой") || lower.endsWith("евой") || lower.endsWith("иной")
        || lower.endsWith("ской") || lower.endsWith("ии") || lower.endsWith("ьи");
  }

  /**
   * The gender a nominative name shows, from its surname ending or a first name in -а/-я.
   *
   * @param name the name words, nominative
   * @param language the article's language
   * @return the gender, {@link Gender#UNKNOWN} when it shows none
   */
  static Gender gender(List<String> name, Language language) {
    if (language == Language.ENGLISH || name.isEmpty()) {
      return Gender.UNKNOWN;
    }
    String last = Lexicon.fold(name.get(name.size() - 1));
    if (last.length() > 4) {
      for (String ending : FEMININE_SURNAMES) {
        if (last.endsWith(ending)) {
          return Gender.FEMALE;
        }
      }
      for (String ending : MASCULINE_SURNAMES) {
        if (last.endsWith(ending)) {
          return Gender.MALE;
        }
      }
    }
    if (name.size() > 1) {
      String first = Lexicon.fold(name.get(0));
      if (first.endsWith("а") || first.endsWith("я")) {
        return Gender.FEMALE;
      }
      if (Character.isLetter(first.charAt(first.length() - 1))) {
        return Gender.MALE;
      }
    }
    return Gender.UNKNOWN;
  }

  /** Whether a word is a Russian patronymic ({@code Владимирович}, {@code Сергеевна}). */
  static boolean isPatronymic(String word) {
    String lower = Lexicon.fold(word);
    return lower.endsWith("вич") || lower.endsWith("вна") || lower.endsWith("ична")
        || lower.endsWith("ьич");
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
    return List.copyOf(new ArrayList<>(words));
  }

  private static String replace(String word, Row row) {
    String lower = Lexicon.fold(word);
    if (lower.length() < row.oblique().length() + 2 || !lower.endsWith(row.oblique())) {
      return null;
    }
    return word.substring(0, word.length() - row.oblique().length()) + row.nominative();
  }
}
