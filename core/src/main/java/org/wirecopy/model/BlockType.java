package org.wirecopy.model;

/** What a body block is. */
public enum BlockType {
  /** A paragraph of running text. */
  PARAGRAPH,
  /** A short heading between paragraphs that does not end a sentence. */
  SUBHEADING
}
