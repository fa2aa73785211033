package org.wirecopy.model;

/** The language of an article's text, as detected from it or forced through the parser options. */
public enum Language {
  /** Russian copy (Cyrillic script). */
  RUSSIAN("ru"),
  /** English copy (Latin script). */
  ENGLISH("en"),
  /** Too little text to tell. */
  UNDETERMINED("und");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /**
   * The BCP 47 language tag.
   *
   * @return {@code ru}, {@code en} or {@code und}
   */
  public String tag() {
    return tag;
  }

  /**
   * The language for a BCP 47 tag.
   *
   * @param tag {@code ru}, {@code en} or {@code und}
   * @return the language
   * @throws IllegalArgumentException for any other tag
   */
  public static Language ofTag(String tag) {
    for (Language language : values()) {
      if (language.tag.equals(tag)) {
        return language;
      }
    }
    throw new IllegalArgumentException("unknown language tag: " + tag);
  }
}
