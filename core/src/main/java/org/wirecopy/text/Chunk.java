package org.wirecopy.text;

import org.wirecopy.text.Discourse.Entity;
import org.wirecopy.text.Lexicon.Case;
import org.wirecopy.text.Lexicon.Pronoun;

/**
 * A noun phrase of a sentence, as {@link Phrases} reads it: token range, what it refers to, its
 * head noun and name, and, once {@link Attribution} has resolved it, the entity it names.
 * Mutable, and only ever seen inside the text package; {@link Phrases} reuses its chunks block
 * after block.
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
  int head;
  String headLemma;
  Case headCase;
  int nameFrom;
  int nameTo;
  /** The first name when parentheses split it from the surname ({@code Госсекретарь (США Джон) Керри}). */
  int firstName;
  Case nameCase;
  Pronoun pronoun;
  boolean indefinite;
  boolean plural;
  boolean resolved;
  Entity entity;

  /** A phrase with nothing read yet. */
  Chunk() {
    clear();
  }

  /** Sets every field as a new phrase has it: the one place that says what that is. */
  Chunk clear() {
    from = 0;
    to = 0;
    kind = null;
    oblique = false;
    preposition = null;
    head = -1;
    headLemma = null;
    headCase = Case.NOMINATIVE;
    nameFrom = -1;
    nameTo = -1;
    firstName = -1;
    nameCase = Case.UNKNOWN;
    pronoun = null;
    indefinite = false;
    plural = false;
    resolved = false;
    entity = null;
    return this;
  }
}
