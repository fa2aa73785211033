package org.wirecopy.model;

/** Which element of an article a {@link Segment} of its source text holds. */
public enum Part {
  /** Text between elements: white space, line ends, blank lines, a byte order mark. */
  TRIVIA,
  /** The publication timestamp line. */
  PUBLISHED,
  /** The update timestamp line. */
  UPDATED,
  /** A topic line; {@link Segment#index()} is its index in {@link Article#topics()}. */
  TOPIC,
  /** The byline ({@code Редакция сайта ТАСС}). */
  BYLINE,
  /** The headline. */
  HEADLINE,
  /** The photo caption and credit (one or two lines). */
  PHOTO,
  /** The lead. */
  LEAD,
  /** The dateline at the start of the first paragraph. */
  DATELINE,
  /** A body block; {@link Segment#index()} is its index in {@link Article#body()}. */
  BLOCK
}
