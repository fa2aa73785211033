package org.wirecopy.text;

import org.wirecopy.text.Discourse.Entity;
import org.wirecopy.text.Lexicon.Case;
import org.wirecopy.text.Lexicon.Pronoun;

/**
 * A noun phrase of a sentence, as {@link Phrases} reads it: token range, what it refers to, its
 * head noun and name, and, once {@link Attribution} has resolved it, the entity it names.
 * Mutable, and only ever seen inside the text package.
 */
final class Chunk {

  /** What a phrase refers to. */
  enum Kind { PRONOUN, PERSON, BODY, ROLE, DOCUMENT }

  /**
   * A role, body or document noun, with what kind of phrase it heads.
   *
   * @param kind the kind of phrase
   * @param noun the noun read from its form
   */
  record Head(Kind kind, Lexicon.Noun noun) {}

  int from;
  int to;
  Kind kind;
  boolean oblique;
  /** The preposition right before the phrase, when it is a prepositional phrase's object. */
  String preposition;
  int head = -1;
  String headLemma;
  Case headCase = Case.NOMINATIVE;
  int nameFrom = -1;
  int nameTo = -1;
  /** The first name when parentheses split it from the surname ({@code Госсекретарь (США Джон) Керри}). */
  int firstName = -1;
  Case nameCase = Case.UNKNOWN;
  Pronoun pronoun;
  boolean indefinite;
  boolean plural;
  boolean resolved;
  Entity entity;
}
