package org.wirecopy.text;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.wirecopy.model.Language;

/**
 * Month names as wire copy prints them: Russian genitive and nominative, Russian three-letter
 * capitals ({@code СЕН}), English full names and abbreviations with or without a period.
 */
final class Months {

  private static final String[] RUSSIAN_GENITIVE = {
    "января", "февраля", "марта", "апреля", "мая", "июня",
    "июля", "августа", "сентября", "октября", "ноября", "декабря"
  };
  private static final String[] RUSSIAN_NOMINATIVE = {
    "январь", "февраль", "март", "апрель", "май", "июнь",
    "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"
  };
  private static final String[] RUSSIAN_SHORT = {
    "янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"
  };
  private static final String[] ENGLISH = {
    "january", "february", "march", "april", "may", "june",
    "july", "august", "september", "october", "november", "december"
  };
  private static final String[] ENGLISH_SHORT = {
    "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"
  };
  private static final String[] ENGLISH_CAPITALISED = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  /** Every spelling, lower case, to its month number 1..12. */
  private static final Map<String, Integer> BY_NAME = new HashMap<>();

  static {
    for (int i = 0; i < 12; i++) {
      BY_NAME.put(RUSSIAN_GENITIVE[i], i + 1);
      BY_NAME.put(RUSSIAN_NOMINATIVE[i], i + 1);
      BY_NAME.put(RUSSIAN_SHORT[i], i + 1);
      BY_NAME.put(ENGLISH[i], i + 1);
      BY_NAME.put(ENGLISH_SHORT[i], i + 1);
    }
    BY_NAME.put("сент", 9);
    BY_NAME.put("sept", 9);
    BY_NAME.put("ноябр", 11);
  }

  private Months() {}

  /**
   * The month a word names, in any case, with or without a trailing period.
   *
   * @return 1..12, or 0 when the word names no month
   */
  static int parse(String word) {
    String key = word.endsWith(".") ? word.substring(0, word.length() - 1) : word;
    Integer month = BY_NAME.get(key.toLowerCase(Locale.ROOT));
    return month == null ? 0 : month;
  }

  /** The name used when writing a date in the article's language. */
  static String name(int month, Language language) {
    return language == Language.ENGLISH
        ? ENGLISH_CAPITALISED[month - 1]
        : RUSSIAN_GENITIVE[month - 1];
  }
}
