package org.wirecopy.model;

/** How a quote stands in its sentence. */
public enum QuoteKind {
  /** Direct speech: the quote is a sentence or more, attributed around it. */
  DIRECT,
  /** A partial quote inside a reported sentence ({@code выразил надежду, что "…"}). */
  PARTIAL
}
