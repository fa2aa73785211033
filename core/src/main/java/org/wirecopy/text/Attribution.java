package org.wirecopy.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirecopy.model.Mention;
import org.wirecopy.model.QuoteKind;
import org.wirecopy.model.Span;
import org.wirecopy.text.Chunk.Head;
import org.wirecopy.text.Chunk.Kind;
import org.wirecopy.text.Discourse.Entity;
import org.wirecopy.text.Lexicon.Case;
import org.wirecopy.text.Lexicon.Gender;
import org.wirecopy.text.Lexicon.Noun;
import org.wirecopy.text.Lexicon.Verb;
import org.wirecopy.text.Lexicon.VerbKind;
import org.wirecopy.text.Token.Type;

/**
 * Attributes the quotes of a body, block by block and sentence by sentence.
 *
 * <p>In each sentence (quotes are single tokens, so a sentence never ends inside one) it reads:
 * <ol>
 *   <li>the noun phrases that {@link Phrases} reads; the names and bodies among them are
 *       recorded in the {@link Discourse} as they come;</li>
 *   <li>speech cues ({@link Cue}): speech verbs of the {@link Lexicon} with their speaker, found
 *       as the subject before the verb, else after it ({@code - сказал он}), the object of
 *       {@code цитирует}, the document or body of an impersonal {@code говорится в …}, or the
 *       phrase after {@code по словам} / {@code according to};</li>
 *   <li>the quotes: a cue right after the quote ({@code ", - сказал он}, {@code ," he said}), else
 *       the nearest cue before it in the sentence ({@code выразил надежду, что "…"},
 *       {@code Песков заявил: "…"}), else a cue later in the sentence; a quote with no cue belongs
 *       to the frame ({@code Putin's key statements}) or the current speaker.</li>
 * </ol>
 * Marked stretches with no cue that look like names (short and capitalised, after a noun such as
 * {@code компания}, or after {@code так называемый}) are no quotes.
 *
 * <p>Every scan is bounded by the sentence or by a small window, so reading is linear.
 */
final class Attribution {

  /** How far around a verb the reader looks for its subject, in tokens. */
  private static final int REACH = 12;

  /** How far before a copula the reader looks for a title noun ({@code тема форума в этом году —}). */
  private static final int TITLE_PHRASE = 6;

  /** One quoted stretch of a block: where it stands and what attribution found for it. */
  static final class Part {
    final int block;
    final int start;
    final int end;
    boolean quote = true;
    /** Whether the block ends before a closing mark. */
    boolean open;
    QuoteKind kind = QuoteKind.DIRECT;
    Mention cue;
    Entity speaker;

    Part(int block, int start, int end) {
      this.block = block;
      this.start = start;
      this.end = end;
    }
  }

  /** A speech cue of a sentence. */
  private static final class Cue {
    int from;
    int to;
    Verb verb;
    /** For a cue phrase ({@code по словам}), the token where its noun phrase starts; else -1. */
    int argument = -1;
    String phrase;
    /** Its index among the sentence's cues, and that of the last finite verb cue before it. */
    int index;
    int finiteBefore = -1;
    boolean main;
    boolean resolved;
    Entity speaker;
  }

  private final Lexicon lexicon;
  private final Discourse discourse;
  private final Phrases phrases;

  private int block;
  private String text;
  /** Quotes of the block with no cue in their sentence, waiting for a {@code Об этом заявил}. */
  private final List<Part> pending = new ArrayList<>();
  /** The cues of the sentence being read: one list for every sentence, not one each. */
  private final List<Cue> sentenceCues = new ArrayList<>();
  private List<Token> tokens;
  /** The phrase at each token of the block; kept for the next block. */
  private Chunk[] chunkAt;
  /** For each token of the sentence, whether it stands in a subordinate clause; kept. */
  private boolean[] subordinate;
  private int sentenceFrom;
  /** Whether the sentence has a speech cue: -1 not yet known, 0 no, 1 yes. */
  private int sentenceHasCue;

  /**
   * A reader for one article.
   *
   * @param lexicon the word tables
   * @param discourse what is known so far
   * @param words the article's capitalised words and which of them it also writes in lower
   *     case, so that a capitalised function word at a sentence start is not read as a name
   * @param mostTokens the most tokens a block of the article has
   */
  Attribution(Lexicon lexicon, Discourse discourse, ArticleWords words, int mostTokens) {
    this.lexicon = lexicon;
    this.discourse = discourse;
    this.phrases = new Phrases(lexicon, discourse, words);
    // Sized once for the longest block, not grown block by block.
    this.chunkAt = new Chunk[mostTokens];
    this.subordinate = new boolean[mostTokens];
  }

  /**
   * Reads one block and attributes its quote parts.
   *
   * @param blockIndex the block's index in the body
   * @param blockText its text
   * @param blockTokens its tokens, each quote part one {@link Type#QUOTE} token; a part found to
   *     be a name becomes a {@link Type#MARKED} token in this list
   * @param parts the quote parts, indexed by {@link Token#ref()}
   */
  void read(int blockIndex, String blockText, List<Token> blockTokens, List<Part> parts) {
    this.block = blockIndex;
    this.text = blockText;
    // The marked stretches that are names become MARKED tokens in the block's own list.
    this.tokens = blockTokens;
    int size = tokens.size();
    if (chunkAt.length < size) {
      chunkAt = new Chunk[Math.max(size, chunkAt.length * 2)];
    } else {
      Arrays.fill(chunkAt, 0, size, null);
    }
    phrases.block(tokens, chunkAt);
    pending.clear();
    int from = 0;
    while (from < tokens.size()) {
      int to = sentenceEnd(from);
      sentence(from, to, parts);
      from = to;
    }
  }

  // ---------------------------------------------------------------- sentences

  /** The index after the last token of the sentence that starts at {@code from}. */
  private int sentenceEnd(int from) {
    for (int i = from; i < tokens.size(); i++) {
      Token token = tokens.get(i);
      if (i + 1 == tokens.size()) {
        return tokens.size();
      }
      Token next = tokens.get(i + 1);
      // A word's first letter case is in its bits; only one that starts with neither case (a
      // number) has its first character read.
      boolean nextStarts = next.type() == Type.QUOTE || next.type() == Type.MARKED
          || next.isWord() && (next.isCapitalized()
              || !next.isLowercase() && Chars.isDigit(next.charAt(0)));
      if (!nextStarts) {
        continue;
      }
      // A punctuation token is one character: read it, not its text (a string for any past ASCII).
      if (token.type() == Type.PUNCT && ".!?…".indexOf(token.charAt(0)) >= 0) {
        if (token.charAt(0) == '.' && i > from && isAbbreviation(i - 1)) {
          continue;
        }
        return i + 1;
      }
      // A quote that ends with its period ends the sentence; after a question or exclamation mark
      // the attribution may still follow ("Why?" Peskov asked).
      if (token.type() == Type.QUOTE) {
        char end = lastInside(token);
        if (end == '.' || (end == '?' || end == '!' || end == '…') && !cueFollows(i + 1)) {
          return i + 1;
        }
      }
    }
    return tokens.size();
  }

  private boolean isAbbreviation(int k) {
    Token word = tokens.get(k);
    if (!word.isWord() || word.end() != tokens.get(k + 1).start()) {
      return false;
    }
    return lexicon.isAbbreviation(word)
        || word.length() == 1 && Chars.isUpperCase(word.charAt(0));
  }

  /** The last character inside a quote's marks, or a space when there is none. */
  private static char lastInside(Token quote) {
    for (int i = quote.length() - 1; i >= 0; i--) {
      char c = quote.charAt(i);
      if (!QuoteMarks.isMark(c) && !Token.isSpace(c)) {
        return c;
      }
    }
    return ' ';
  }

  /** Whether a speech verb follows within a few words, with no punctuation between. */
  private boolean cueFollows(int from) {
    for (int i = from; i < tokens.size() && i < from + 6; i++) {
      Token token = tokens.get(i);
      if (!token.isWord()) {
        return false;
      }
      if (lexicon.verb(token) != null) {
        return true;
      }
    }
    return false;
  }

  private void sentence(int from, int to, List<Part> parts) {
    sentenceFrom = from;
    sentenceHasCue = -1;
    if (subordinate.length < to - from) {
      subordinate = new boolean[Math.max(to - from, subordinate.length * 2)];
    }
    boolean inClause = false;
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.isWord() && lexicon.isSubordinator(token)) {
        inClause = true;
      } else if (token.is(',') || token.is(';') || token.is(':')) {
        inClause = false;
      }
      subordinate[i - from] = inClause;
      // What a speech verb reports is its clause, "that" or none (Belov said the governor had
      // answered ...): a speech verb there is no main one.
      Verb verb = token.isWord() ? lexicon.verb(token) : null;
      if (verb != null && verb.kind() == VerbKind.SUBJECT) {
        inClause = true;
      }
    }
    filterNames(from, to, parts);
    List<Chunk> chunks = phrases.read(from, to);
    for (int c = 0; c < chunks.size(); c++) {
      Chunk chunk = chunks.get(c);
      register(chunk);
    }
    frame(from, to, chunks);
    List<Cue> cues = cues(from, to);
    for (int c = 0; c < cues.size(); c++) {
      Cue cue = cues.get(c);
      cue.main = !subordinate[cue.from - from];
    }
    attributeBack(from, to, cues);
    int before = -1;
    int next = 0;
    for (int i = from; i < to; i++) {
      while (next < cues.size() && cues.get(next).from < i) {
        resolve(cues.get(next), cues, next);
        before = next;
        next++;
      }
      Token token = tokens.get(i);
      if (token.type() != Type.QUOTE) {
        continue;
      }
      Part part = parts.get(token.ref());
      part.kind = kind(i, from);
      Cue after = afterCue(i, to, cues);
      Cue chosen;
      // The attribution right after a quote beats a cue before it that reports another clause.
      if (after != null && (before < 0 || part.kind == QuoteKind.DIRECT || !cues.get(before).main)) {
        chosen = after;
      } else if (before >= 0) {
        chosen = cues.get(before);
      } else {
        chosen = next < cues.size() ? cues.get(next) : null;
      }
      if (chosen != null) {
        resolve(chosen, cues, chosen.index);
        part.cue = mention(chosen.from, chosen.to);
        part.speaker = chosen.speaker;
      } else {
        part.speaker = discourse.frame() != null ? discourse.frame() : discourse.current();
        pending.add(part);
      }
    }
    for (int i = next; i < cues.size(); i++) {
      resolve(cues.get(i), cues, i);
    }
  }

  /**
   * A sentence that opens by referring back ({@code Об этом заявил Песков}, {@code This was
   * stated by …}) attributes the quotes of the sentences before it that had no cue of their own.
   */
  private void attributeBack(int from, int to, List<Cue> cues) {
    if (pending.isEmpty()) {
      return;
    }
    boolean opener = opensReferringBack(from, to);
    Cue cue = cues.isEmpty() ? null : cues.get(0);
    if (opener && cue != null && cue.from < from + 6 && cue.verb != null) {
      resolve(cue, cues, cue.index);
      for (int p = 0; p < pending.size(); p++) {
        Part part = pending.get(p);
        part.cue = mention(cue.from, cue.to);
        part.speaker = cue.speaker;
      }
    }
    pending.clear();
  }

  /** Direct speech when the quote opens its sentence or follows a colon or an attribution dash. */
  private QuoteKind kind(int quote, int from) {
    if (quote == from) {
      return QuoteKind.DIRECT;
    }
    Token previous = tokens.get(quote - 1);
    if (previous.is(':') || previous.type() == Type.QUOTE) {
      return QuoteKind.DIRECT;
    }
    if (previous.type() == Type.DASH
        && (quote - 1 == from || tokens.get(quote - 2).is(',') || tokens.get(quote - 2).is('.'))) {
      return QuoteKind.DIRECT;
    }
    return QuoteKind.PARTIAL;
  }

  /** The cue right after a quote: {@code ", - сказал он}, {@code ," Peskov said}. */
  private Cue afterCue(int quote, int to, List<Cue> cues) {
    int k = attributionStart(quote, to);
    if (k < 0) {
      return null;
    }
    Chunk chunk = chunkAt[k];
    int verbAt = k;
    if (chunk != null && chunk.from == k) {
      verbAt = chunk.to;
      // Over an apposition: ", Sergey Ryabkov, a deputy foreign minister, said".
      Chunk apposition = verbAt + 1 < to && tokens.get(verbAt).is(',') ? chunkAt[verbAt + 1] : null;
      if (apposition != null && apposition.from == verbAt + 1 && apposition.to < to
          && tokens.get(apposition.to).is(',')) {
        verbAt = apposition.to + 1;
      }
      while (verbAt < to && tokens.get(verbAt).isWord() && lexicon.isAdverb(tokens.get(verbAt))) {
        verbAt++;
      }
    }
    Cue atStart = cueAt(cues, k);
    if (atStart != null) {
      return atStart;
    }
    return verbAt < to ? cueAt(cues, verbAt) : null;
  }

  /** The sentence's cue that starts at a token, or null: a sentence has a few, in order. */
  private static Cue cueAt(List<Cue> cues, int k) {
    for (int c = 0; c < cues.size() && cues.get(c).from <= k; c++) {
      if (cues.get(c).from == k) {
        return cues.get(c);
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- names in marks

  /** Turns the marked stretches of a sentence that are names or terms into no quotes. */
  private void filterNames(int from, int to, List<Part> parts) {
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.type() != Type.QUOTE) {
        continue;
      }
      Part part = parts.get(token.ref());
      if (isName(i, from, to, part.start, part.end)) {
        part.quote = false;
        tokens.set(i, token.as(Type.MARKED, -1));
      }
    }
  }

  /** Whether the marks at {@code i}, around the text between the offsets, hold a name. */
  private boolean isName(int i, int from, int to, int innerStart, int innerEnd) {
    if (!QuoteMarks.isMark(text.charAt(tokens.get(i).start()))) {
      // The rest of a quote that its attribution broke, or one carried over from the paragraph
      // before: a quote, however short ("A, - сказал он. - Все будет хорошо").
      return false;
    }
    Token previous = i > from ? tokens.get(i - 1) : null;
    if (previous != null && previous.isWord() && lexicon.isTermMarker(previous)) {
      return true;
    }
    // The inner text without white space around it, as String.strip cuts it.
    int start = innerStart;
    int end = innerEnd;
    while (start < end && Chars.isWhitespace(text.charAt(start))) {
      start++;
    }
    while (end > start && Chars.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (start == end) {
      return true;
    }
    // Marks that make a whole sentence hold what someone said, however short: "Мы готовы к
    // переговорам". Об этом заявил ...
    Token after = i + 1 < to ? tokens.get(i + 1) : null;
    if (i == from && (after == null || after.is('.') || after.is('!') || after.is('?'))) {
      return false;
    }
    boolean capital = Chars.isUpperCase(text.charAt(start)) || Chars.isDigit(text.charAt(start));
    if (capital && afterTitleNoun(i, from)) {
      return true;
    }
    if (adjacentCue(i, from, to)) {
      return false;
    }
    int words = countWords(text, start, end);
    Token next = i + 1 < to ? tokens.get(i + 1) : null;
    if (capital && words <= 6 && (previous != null && previous.isWord() && lexicon.isNameNoun(previous)
        || next != null && next.isWord() && lexicon.isNameNoun(next))) {
      return true;
    }
    // A few lower-case words that nobody is said to say are a term, even with
    // the period that English copy puts inside the marks (suspected of "inciting terrorism.").
    if (!capital && words <= 3 && discourse.frame() == null && !cueInSentence(from, to)
        && !referredBack(to)) {
      return true;
    }
    // A name in title case keeps an English period inside the marks (the "Black Sea
    // Initiative."), when nobody in the sentence is said to say it.
    if (capital && words <= 6 && titleCase(start, end) && !cueInSentence(from, to)) {
      return true;
    }
    char last = text.charAt(end - 1);
    if (".,!?…;".indexOf(last) >= 0) {
      return false;
    }
    return capital && words <= 4;
  }

  /** Whether every word of more than three letters between the offsets is capitalised. */
  private boolean titleCase(int start, int end) {
    int wordStart = -1;
    for (int i = start; i <= end; i++) {
      boolean letter = i < end && Chars.isLetterOrDigit(text.charAt(i));
      if (letter && wordStart < 0) {
        wordStart = i;
      } else if (!letter && wordStart >= 0) {
        if (i - wordStart > 3 && Chars.isLowerCase(text.charAt(wordStart))) {
          return false;
        }
        wordStart = -1;
      }
    }
    return true;
  }

  /**
   * Whether the marks at {@code i} hold the title that a noun before them names: right after it
   * ({@code под лозунгом «…»}), after a common noun and a participle ({@code a play called "…"}),
   * or after a title noun, its complement and a copula or dash ({@code тема форума — «…»},
   * {@code the theme of the forum is "…"}). A title is no quote however long, and whatever speech
   * verb stands elsewhere in the sentence.
   */
  private boolean afterTitleNoun(int i, int from) {
    int k = i - 1;
    if (k < from) {
      return false;
    }
    Token previous = tokens.get(k);
    if (previous.isWord() && lexicon.isTitleNoun(previous)) {
      return true;
    }
    if (previous.isWord() && lexicon.isTitleVerb(previous)) {
      // "a play called", not "what he called" nor "Lavrov called": those report words.
      Token noun = k > from ? tokens.get(k - 1) : null;
      return noun != null && noun.isLowercase() && !lexicon.isFunctionWord(noun);
    }
    int linked = k;
    while (k >= from && k > i - 3 && (tokens.get(k).type() == Type.DASH
        || tokens.get(k).isWord() && lexicon.isCopula(tokens.get(k)))) {
      k--;
    }
    if (k == linked) {
      return false;
    }
    for (int j = k; j >= from && j > k - TITLE_PHRASE; j--) {
      Token word = tokens.get(j);
      if (!word.isWord() || lexicon.verb(word) != null) {
        return false;
      }
      if (lexicon.isTitleNoun(word)) {
        return true;
      }
    }
    return false;
  }

  private static int countWords(String s, int start, int end) {
    int words = 0;
    boolean in = false;
    for (int i = start; i < end; i++) {
      boolean letter = Chars.isLetterOrDigit(s.charAt(i));
      if (letter && !in) {
        words++;
      }
      in = letter;
    }
    return words;
  }

  /**
   * Where the attribution after a quote starts: after the comma, question or exclamation mark and
   * the dash that Russian puts there ({@code ", - сказал}); -1 when no attribution can follow.
   */
  private int attributionStart(int quote, int to) {
    int k = quote + 1;
    while (k < to && tokens.get(k).type() == Type.PUNCT && ",?!…".contains(tokens.get(k).text())) {
      k++;
    }
    if (k < to && tokens.get(k).type() == Type.DASH) {
      k++;
    } else if (lexicon.dashBeforeAttribution()) {
      return -1;
    }
    return k < to ? k : -1;
  }

  /** A cue right after the marks, or a colon or {@code что} right before them after a cue. */
  private boolean adjacentCue(int i, int from, int to) {
    int k = attributionStart(i, to);
    for (int j = k; k >= 0 && j < to && j < k + 6; j++) {
      Token token = tokens.get(j);
      if (!token.isWord()) {
        break;
      }
      if (isCueWord(j)) {
        return true;
      }
    }
    if (i > from) {
      Token previous = tokens.get(i - 1);
      if (previous.is(':') || previous.isWord() && lexicon.isComplementizer(previous)) {
        for (int j = i - 2; j >= from && j >= i - 8; j--) {
          if (isCueWord(j)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /**
   * Whether the sentence that starts at {@code next} opens by referring back to the one before
   * with a speech verb ({@code Об этом заявила X}, {@code This was stated by X}): what that one
   * holds in marks, X said.
   */
  private boolean referredBack(int next) {
    if (!opensReferringBack(next, tokens.size())) {
      return false;
    }
    for (int k = next; k < tokens.size() && k < next + 6; k++) {
      Token token = tokens.get(k);
      if (token.isWord() && !token.isCapitalized() && lexicon.verb(token) != null) {
        return true;
      }
    }
    return false;
  }

  /** Whether the words from {@code from} open by referring back: {@code Об этом}, {@code This was}. */
  private boolean opensReferringBack(int from, int to) {
    boolean opener = false;
    StringBuilder words = new StringBuilder();
    for (int k = from; k < to && k < from + 3 && tokens.get(k).isWord(); k++) {
      words.append(words.length() == 0 ? "" : " ").append(tokens.get(k).lower());
      opener |= lexicon.isAnaphoricOpener(words.toString());
    }
    return opener;
  }

  private boolean cueInSentence(int from, int to) {
    if (sentenceHasCue < 0) {
      sentenceHasCue = 0;
      for (int j = from; j < to; j++) {
        if (isCueWord(j)) {
          sentenceHasCue = 1;
          break;
        }
      }
    }
    return sentenceHasCue == 1;
  }

  private boolean isCueWord(int j) {
    Token token = tokens.get(j);
    return token.isWord() && (lexicon.verb(token) != null
        || j + 1 < tokens.size() && tokens.get(j + 1).isWord()
            && lexicon.isSourcePhrase(token, tokens.get(j + 1)));
  }

  /** Records the names and named bodies that a phrase gives, as they come. */
  private void register(Chunk chunk) {
    if (chunk.kind == Kind.PERSON) {
      boolean withRole = chunk.head >= 0;
      int size = chunk.nameTo - chunk.nameFrom;
      // A lone Russian surname in an unknown case waits for its cue to tell the case.
      boolean caseUnknown = lexicon.inflects() && chunk.nameCase == Case.UNKNOWN;
      if (withRole || size >= 2 || !chunk.oblique && !caseUnknown) {
        resolve(chunk, Gender.UNKNOWN);
      } else {
        Entity known = discourse.knownPerson(tokens.get(chunk.nameTo - 1));
        if (known != null) {
          chunk.resolved = true;
          chunk.entity = known;
          discourse.mention(known, span(chunk.nameFrom, chunk.nameTo));
        }
      }
    } else if (chunk.kind == Kind.BODY || chunk.kind == Kind.DOCUMENT) {
      registerEmbedded(chunk);
      // A document named with its author is the one that "the report said" refers back to.
      Entity author = chunk.kind == Kind.DOCUMENT ? authorAfter(chunk) : null;
      if (author != null) {
        discourse.cite(author);
      }
      boolean addressee = chunk.to == chunk.from + 1
          && lexicon.isAddressee(tokens.get(chunk.from));
      if (chunk.kind == Kind.BODY && !chunk.oblique && !addressee
          && (chunk.headLemma == null || !lexicon.isAnaphoricBody(chunk.headLemma) || !bare(chunk))) {
        resolve(chunk, Gender.UNKNOWN);
      }
    }
  }

  /** A person named inside a body's or document's complement ({@code губернатора Игоря Бабушкина}). */
  private void registerEmbedded(Chunk chunk) {
    if (!lexicon.inflects() || chunk.head < 0) {
      return;
    }
    for (int k = chunk.head + 1; k < chunk.to; k++) {
      Head head = phrases.headNoun(k);
      if (head != null && head.kind() == Kind.ROLE) {
        Chunk inner = phrases.headFirst(k, k, chunk.to);
        if (inner != null && inner.kind == Kind.PERSON) {
          resolve(inner, Gender.UNKNOWN);
        }
        return;
      }
    }
  }

  /** Finds a frame sentence ({@code Below are Putin's key statements}) and records its speaker. */
  private void frame(int from, int to, List<Chunk> chunks) {
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (token.type() == Type.QUOTE) {
        return;
      }
    }
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (!token.isWord() || !lexicon.isFrameNoun(token) || token.isCapitalized()) {
        continue;
      }
      for (int k = Math.max(from, i - 3); k < Math.min(to, i + 3); k++) {
        Token word = tokens.get(k);
        boolean possessive = k < i && word.isTitlecase()
            && (word.text().endsWith("’s") || word.text().endsWith("'s"));
        boolean genitive = k > i && lexicon.inflects() && word.isTitlecase();
        Entity known = possessive || genitive
            ? discourse.knownPerson(possessive ? word.text().substring(0, word.text().length() - 2) : word.text())
            : null;
        if (known != null) {
          discourse.frame(known);
          return;
        }
      }
    }
  }

  // ---------------------------------------------------------------- cues

  private List<Cue> cues(int from, int to) {
    List<Cue> cues = sentenceCues;
    cues.clear();
    for (int i = from; i < to; i++) {
      Token token = tokens.get(i);
      if (!token.isWord()) {
        continue;
      }
      Token next = i + 1 < to ? tokens.get(i + 1) : null;
      Token third = i + 2 < to ? tokens.get(i + 2) : null;
      Cue cue = null;
      if (lexicon.isSourcePhrase(token)) {
        cue = phrase(i, i + 1, i + 1, token.lower());
      } else if (next != null && next.isWord() && lexicon.isSourcePhrase(token, next)) {
        cue = phrase(i, i + 2, i + 2, token.lower() + " " + next.lower());
      } else if (third != null && next.isWord() && third.isWord()
          && lexicon.pronoun(next) != null && lexicon.pronoun(next).possessive()
          && lexicon.isSourcePhrase(token, third)) {
        cue = phrase(i, i + 3, i + 1, token.lower() + " " + third.lower());
      } else {
        Verb verb = lexicon.verb(token);
        boolean objectOk = !lexicon.needsObject(token)
            || next != null && next.isWord() && lexicon.isCueObject(next);
        if (verb != null && objectOk && (!token.isCapitalized() || i == from)) {
          cue = new Cue();
          cue.from = i;
          cue.verb = verb;
          int end = i + 1;
          if (end < to && tokens.get(end).isWord() && lexicon.isCueObject(tokens.get(end))) {
            end++;
          }
          if (end + 1 < to && tokens.get(end).is(',') && tokens.get(end + 1).isWord()
              && lexicon.isComplementizer(tokens.get(end + 1))) {
            end += 2;
          } else if (end < to && tokens.get(end).isWord()
              && lexicon.isComplementizer(tokens.get(end))) {
            end++;
          }
          cue.to = end;
        }
      }
      if (cue != null) {
        cue.index = cues.size();
        if (!cues.isEmpty()) {
          Cue previous = cues.get(cues.size() - 1);
          boolean finite = previous.verb != null && previous.verb.kind() != VerbKind.GERUND;
          cue.finiteBefore = finite ? previous.index : previous.finiteBefore;
        }
        cues.add(cue);
        i = cue.argument >= 0 ? cue.argument - 1 : cue.to - 1;
      }
    }
    return cues;
  }

  private static Cue phrase(int from, int to, int argument, String phrase) {
    Cue cue = new Cue();
    cue.from = from;
    cue.to = to;
    cue.argument = argument;
    cue.phrase = phrase;
    return cue;
  }

  /** Finds the speaker of a cue, once. */
  private void resolve(Cue cue, List<Cue> cues, int index) {
    if (cue.resolved) {
      return;
    }
    cue.resolved = true;
    Entity speaker;
    if (cue.verb == null) {
      speaker = phraseSpeaker(cue);
    } else {
      speaker = switch (cue.verb.kind()) {
        case SUBJECT -> subjectSpeaker(cue);
        case OBJECT -> objectSpeaker(cue);
        case SOURCE -> sourceSpeaker(cue);
        case GERUND -> gerundSpeaker(cues, cue);
      };
    }
    cue.speaker = speaker;
    discourse.spoke(speaker, cue.main);
  }

  private Entity phraseSpeaker(Cue cue) {
    int k = cue.argument;
    if (k >= tokens.size()) {
      return null;
    }
    Chunk chunk = chunkAt[k];
    if (chunk == null) {
      return null;
    }
    // A one-word phrase is a preposition and governs its case (согласно + dative); the others
    // are a preposition and a noun, with the source in the genitive (по словам Пескова).
    Case grammaticalCase = cue.phrase.indexOf(' ') < 0
        ? lexicon.prepositionCase(cue.phrase) : Case.GENITIVE;
    if (chunk.kind == Kind.PERSON && chunk.nameCase == Case.UNKNOWN) {
      chunk.nameCase = grammaticalCase;
    }
    if (chunk.kind == Kind.DOCUMENT) {
      return owner(chunk, 0);
    }
    return resolve(chunk, Gender.UNKNOWN);
  }

  private Entity subjectSpeaker(Cue cue) {
    Gender gender = cue.verb.gender();
    Chunk subject = leftSubject(cue.from);
    if (subject == null) {
      subject = rightSubject(cue.to, gender);
    }
    if (subject != null) {
      if (subject.kind == Kind.DOCUMENT) {
        return owner(subject, 0);
      }
      return resolve(subject, gender);
    }
    if (gender == Gender.PLURAL) {
      Chunk body = obliqueBody(cue);
      if (body != null) {
        return resolve(body, gender);
      }
      return placeBody(cue);
    }
    return null;
  }

  /**
   * The body an impersonal verb's place adverb stands for ({@code сообщили в Минобороны ...
   * сказали там}): the last body named, with the adverb as its mention; else null.
   */
  private Entity placeBody(Cue cue) {
    Entity body = discourse.lastBody();
    if (body == null) {
      return null;
    }
    // The adverb stands next to the verb: там сказали, сказали там.
    for (int k : new int[] {cue.from - 1, cue.to}) {
      if (k >= sentenceFrom && k < tokens.size() && tokens.get(k).isWord()
          && lexicon.isPlaceAdverb(tokens.get(k))) {
        discourse.mention(body, span(k, k + 1));
        return body;
      }
    }
    return null;
  }

  private Chunk leftSubject(int verb) {
    int k = verb - 1;
    while (k >= sentenceFrom && k > verb - REACH && tokens.get(k).isWord()
        && lexicon.isAdverb(tokens.get(k)) && chunkAt[k] == null) {
      k--;
    }
    if (k < sentenceFrom) {
      return null;
    }
    Chunk chunk = chunkAt[k];
    if (chunk == null && tokens.get(k).is(',')) {
      return apposed(k);
    }
    if (chunk == null || chunk.to != k + 1 || chunk.oblique || !nominative(chunk)) {
      return overAdverbial(k, verb);
    }
    if (chunk.kind == Kind.PRONOUN && chunk.pronoun.relative()) {
      return antecedent(chunk);
    }
    return chunk;
  }

  /**
   * The subject that opens a clause before an adverbial phrase ending at {@code k} ({@code
   * Президент Иван Петров в ходе встречи с губернатором отметил}, {@code Ivan Petrov on Monday
   * said}): the phrase before the adverbial's first preposition; null when a verb, a comma or a
   * quote comes first.
   */
  private Chunk overAdverbial(int k, int verb) {
    for (int p = k; p > sentenceFrom && p > verb - REACH; p--) {
      Token token = tokens.get(p);
      if (token.type() == Type.MARKED) {
        continue; // a name in the adverbial: в интервью газете "Известия"
      }
      if (!token.isWord() || lexicon.verb(token) != null && chunkAt[p] == null) {
        return null;
      }
      if (lexicon.isPreposition(token) && chunkAt[p] == null && opensAsSubject(chunkAt[p - 1], p)) {
        return chunkAt[p - 1];
      }
    }
    return null;
  }

  /**
   * The subject that a role or name in apposition between commas follows ({@code Pavel Orekhov,
   * Russia's deputy energy minister, said}; {@code The minister, Pavel Orekhov, said}), or a
   * relative clause ({@code Pavel Orekhov, who heads the delegation, said}): the name; null when
   * the comma at {@code comma} closes no such apposition or clause.
   */
  private Chunk apposed(int comma) {
    Chunk second = comma - 1 >= sentenceFrom ? chunkAt[comma - 1] : null;
    if (second != null && second.to == comma) {
      // A role whose complement names someone else: "Pavel Orekhov, aide to President Ivan
      // Orlov, said".
      Chunk holder = holderOf(second);
      if (holder != null) {
        second = holder;
      }
    }
    int open = second == null ? -1 : second.from - 1;
    boolean closed = second != null && (second.to == comma || chunkAt[comma - 1].from > second.to);
    Chunk first = closed && !second.oblique && open - 1 >= sentenceFrom
        && tokens.get(open).is(',') ? chunkAt[open - 1] : null;
    if (first == null || first.to != open || first.oblique || !nominative(first)
        || !opensClause(first.from)) {
      Chunk relative = relativeClause(comma);
      if (relative != null) {
        return relative;
      }
      Chunk gerund = gerundClause(comma);
      return gerund != null ? gerund : longApposition(comma);
    }
    if (first.kind == Kind.PERSON && second.kind == Kind.ROLE) {
      return first;
    }
    return first.kind == Kind.ROLE && second.kind == Kind.PERSON ? second : null;
  }

  /**
   * The name before a role in apposition whose complement runs over several phrases: "Ivan
   * Petrov, a lead engineer of the department of Russia's state rocket corporation X, said".
   * Between the two commas no verb and no quote, and the first phrase after the name's comma is
   * the role; looked for at most three times {@link #REACH} tokens back.
   */
  private Chunk longApposition(int comma) {
    for (int k = comma - 1; k > sentenceFrom && k > comma - 3 * REACH; k--) {
      Token token = tokens.get(k);
      if (token.type() == Type.QUOTE || token.isWord() && lexicon.verb(token) != null) {
        return null;
      }
      if (token.is(',')) {
        Chunk role = chunkAt[k + 1];
        Chunk name = chunkAt[k - 1];
        boolean fits = role != null && role.from == k + 1 && role.kind == Kind.ROLE
            && opensAsSubject(name, k) && name.kind == Kind.PERSON && name.head < 0;
        return fits ? name : null;
      }
    }
    return null;
  }

  /**
   * The role that a phrase after a preposition completes ({@code aide | to | President Ivan
   * Orlov}), or null.
   */
  private Chunk holderOf(Chunk complement) {
    int preposition = complement.from - 1;
    if (!complement.oblique || preposition - 1 < sentenceFrom) {
      return null;
    }
    Chunk holder = chunkAt[preposition - 1];
    return holder != null && holder.to == preposition && holder.kind == Kind.ROLE ? holder : null;
  }

  /**
   * The subject before a gerund's clause between commas ({@code Матвиенко, выступая на
   * заседании, рассказала}; {@code Peskov, speaking at a briefing, said}), or null.
   */
  private Chunk gerundClause(int comma) {
    for (int k = comma - 1; k > sentenceFrom && k > comma - REACH; k--) {
      Token token = tokens.get(k);
      if (token.type() == Type.QUOTE || token.isWord() && lexicon.verb(token) != null
          && lexicon.verb(token).kind() != VerbKind.GERUND) {
        return null;
      }
      if (token.is(',')) {
        boolean gerund = k + 1 < comma && tokens.get(k + 1).isWord()
            && lexicon.isGerund(tokens.get(k + 1));
        return gerund && opensAsSubject(chunkAt[k - 1], k) ? chunkAt[k - 1] : null;
      }
    }
    return null;
  }

  /**
   * Whether a phrase ending at {@code end} can be the subject of a verb further on: nominative,
   * no preposition before it, opening its clause, no relative pronoun.
   */
  private boolean opensAsSubject(Chunk subject, int end) {
    return subject != null && subject.to == end && !subject.oblique && nominative(subject)
        && opensClause(subject.from)
        && !(subject.kind == Kind.PRONOUN && subject.pronoun.relative());
  }

  /** The phrase that a relative clause ending at {@code comma} follows, or null. */
  private Chunk relativeClause(int comma) {
    for (int k = comma - 1; k > sentenceFrom && k > comma - REACH; k--) {
      Chunk chunk = chunkAt[k];
      if (chunk != null && chunk.from == k && chunk.kind == Kind.PRONOUN && chunk.pronoun.relative()) {
        Chunk antecedent = antecedent(chunk);
        return antecedent != null && !antecedent.oblique && nominative(antecedent)
            && opensClause(antecedent.from) ? antecedent : null;
      }
      if (tokens.get(k).is(',') || tokens.get(k).type() == Type.QUOTE) {
        return null;
      }
    }
    return null;
  }

  /** The phrase a relative pronoun refers to: the one before the comma before it. */
  private Chunk antecedent(Chunk relative) {
    int k = relative.from - 1;
    if (k > sentenceFrom && tokens.get(k).is(',')) {
      Chunk chunk = chunkAt[k - 1];
      if (chunk != null && chunk.kind != Kind.PRONOUN) {
        return chunk;
      }
    }
    return null;
  }

  private boolean nominative(Chunk chunk) {
    return switch (chunk.kind) {
      case PRONOUN -> chunk.pronoun.nominative();
      case PERSON -> chunk.nameCase == Case.NOMINATIVE || chunk.nameCase == Case.UNKNOWN;
      default -> chunk.headCase == Case.NOMINATIVE || chunk.headCase == Case.UNKNOWN
          || chunk.headLemma == null;
    };
  }

  /** Whether a phrase at {@code k} opens its sentence or follows a comma or a quote. */
  private boolean opensClause(int k) {
    return k == sentenceFrom || k > sentenceFrom
        && (tokens.get(k - 1).is(',') || tokens.get(k - 1).type() == Type.QUOTE);
  }

  /**
   * The role in apposition to a name, after it ({@code Dmitry Peskov, the Kremlin spokesman}) or
   * before it ({@code The Kremlin spokesman, Dmitry Peskov, said}), in the languages that put it
   * there; null when there is none.
   */
  private String roleAfter(Chunk name) {
    int k = name.to;
    if (lexicon.inflects()) {
      return null;
    }
    Chunk role = k + 1 < tokens.size() && tokens.get(k).is(',') ? chunkAt[k + 1] : null;
    if (role == null || role.from != k + 1 || role.kind != Kind.ROLE) {
      // Or before it, at the sentence's start: "The deputy minister, Pavel Orekhov, said".
      role = name.from - 2 >= sentenceFrom && tokens.get(name.from - 1).is(',')
          ? chunkAt[name.from - 2] : null;
      if (role == null || role.to != name.from - 1 || role.kind != Kind.ROLE
          || !opensClause(role.from)) {
        return null;
      }
    }
    int from = role.from;
    while (from < role.to && lexicon.isDeterminer(tokens.get(from))) {
      from++;
    }
    return from < role.to ? phraseText(from, holderEnd(role), role) : null;
  }

  /**
   * The end of a role with the phrase after its preposition that names whom it serves ({@code
   * aide to President Ivan Orlov}), when that phrase closes the apposition; else the role's own.
   */
  private int holderEnd(Chunk role) {
    int k = role.to;
    Chunk holder = k + 1 < tokens.size() && tokens.get(k).isWord()
        && lexicon.isPreposition(tokens.get(k)) ? chunkAt[k + 1] : null;
    if (holder == null || holder.from != k + 1 || holder.kind == Kind.PRONOUN) {
      return role.to;
    }
    Token after = holder.to < tokens.size() ? tokens.get(holder.to) : null;
    boolean closes = after == null || after.is(',') || after.is('.')
        || after.isWord() && lexicon.verb(after) != null;
    return closes ? holder.to : role.to;
  }

  private Chunk rightSubject(int from, Gender gender) {
    for (int k = from; k < tokens.size() && k < from + REACH; k++) {
      Token token = tokens.get(k);
      if (token.type() == Type.MARKED && k > from) {
        continue; // the name of an addressee: сообщил телеканалу "Россия-24" Иван Петров
      }
      if (!token.isWord()) {
        return null;
      }
      if (lexicon.verb(token) != null && chunkAt[k] == null) {
        return null;
      }
      Chunk chunk = chunkAt[k];
      if (chunk == null || chunk.from != k) {
        continue;
      }
      boolean addressee = chunk.to == chunk.from + 1 && lexicon.isAddressee(token);
      boolean agent = chunk.oblique && lexicon.isAgentPreposition(chunk.preposition);
      if ((!chunk.oblique || agent) && !addressee && nominative(chunk)
          && !(chunk.kind == Kind.PRONOUN && chunk.pronoun.relative())) {
        return chunk.kind == Kind.ROLE ? namedAfter(chunk) : chunk;
      }
      k = chunk.to - 1;
    }
    return null;
  }

  /**
   * A role, or the person named by a second role after it between commas ({@code член Совбеза,
   * зампред правительства Иван Петров}).
   */
  private Chunk namedAfter(Chunk role) {
    int comma = role.to;
    Chunk next = comma + 1 < tokens.size() && tokens.get(comma).is(',') ? chunkAt[comma + 1] : null;
    return next != null && next.from == comma + 1 && next.kind == Kind.PERSON && next.head >= 0
        && !next.oblique && nominative(next) ? next : role;
  }

  /** The body of {@code сообщили в пресс-службе министерства}, {@code в Кремле заявили}. */
  private Chunk obliqueBody(Cue cue) {
    if (cue.from - 1 >= sentenceFrom) {
      Chunk left = chunkAt[cue.from - 1];
      if (left != null && left.oblique && left.kind == Kind.BODY) {
        return left;
      }
    }
    for (int k = cue.to; k < tokens.size() && k < cue.to + 6; k++) {
      if (!tokens.get(k).isWord()) {
        return null;
      }
      Chunk chunk = chunkAt[k];
      if (chunk != null && chunk.oblique && chunk.kind == Kind.BODY) {
        return chunk;
      }
    }
    return null;
  }

  /** The object of {@code цитирует}: the first person or pronoun after it, else the first phrase. */
  private Entity objectSpeaker(Cue cue) {
    if (cue.from > sentenceFrom && lexicon.isPassiveAuxiliary(tokens.get(cue.from - 1))) {
      // The quoted one is the subject: "Ivan Petrov was quoted as saying by RIA Novosti".
      Chunk subject = leftSubject(cue.from);
      return subject == null ? null : resolve(subject, Gender.UNKNOWN);
    }
    Chunk first = null;
    for (int k = cue.to; k < tokens.size() && k < cue.to + REACH; k++) {
      if (!tokens.get(k).isWord()) {
        break;
      }
      Chunk chunk = chunkAt[k];
      if (chunk != null && chunk.from == k && !chunk.oblique) {
        if (chunk.kind == Kind.PERSON || chunk.kind == Kind.PRONOUN) {
          first = chunk;
          break;
        }
        if (first == null) {
          first = chunk;
        }
      }
    }
    if (first == null) {
      return null;
    }
    if (first.kind == Kind.PERSON && first.nameCase == Case.UNKNOWN) {
      first.nameCase = Case.ACCUSATIVE;
    }
    return resolve(first, Gender.UNKNOWN);
  }

  private Entity sourceSpeaker(Cue cue) {
    for (int k = cue.to; k < tokens.size() && k < cue.to + 8; k++) {
      if (!tokens.get(k).isWord()) {
        return null;
      }
      Chunk chunk = chunkAt[k];
      if (chunk != null && chunk.from == k && chunk.oblique) {
        if (chunk.kind == Kind.DOCUMENT) {
          return owner(chunk, 0);
        }
        if (chunk.kind == Kind.BODY || chunk.kind == Kind.PERSON || chunk.kind == Kind.ROLE) {
          return resolve(chunk, Gender.UNKNOWN);
        }
      }
    }
    return null;
  }

  private Entity gerundSpeaker(List<Cue> cues, Cue gerund) {
    if (gerund.finiteBefore >= 0) {
      Cue earlier = cues.get(gerund.finiteBefore);
      resolve(earlier, cues, earlier.index);
      return earlier.speaker;
    }
    return discourse.current();
  }

  /** The issuer of a document: its complement, or for a bare one the document cited before. */
  private Entity owner(Chunk document, int depth) {
    int k = document.head + 1;
    while (k < document.to && !(tokens.get(k).isWord() && Chars.isLetter(tokens.get(k).charAt(0)))) {
      k++;
    }
    Entity owner = null;
    if (k < document.to) {
      Chunk complement = lexicon.inflects() ? phrases.headFirst(k, k, document.to) : null;
      if (complement != null) {
        complement.oblique = false;
        if (complement.kind == Kind.DOCUMENT) {
          owner = depth == 0 ? owner(complement, depth + 1) : null;
        } else {
          if (complement.kind == Kind.PERSON && complement.nameCase == Case.NOMINATIVE) {
            complement.nameCase = Case.GENITIVE;
          }
          owner = resolve(complement, Gender.UNKNOWN);
        }
      }
    } else if (depth == 0) {
      // An English document may name its owner after it, "a statement by the ministry", or
      // before it, "the Roscosmos news release".
      owner = authorAfter(document);
      if (owner == null) {
        owner = namedBefore(document);
      }
      if (owner == null) {
        owner = discourse.documentCited() ? discourse.documentOwner()
            : discourse.lastBody() != null ? discourse.lastBody() : discourse.current();
      }
    }
    if (depth == 0) {
      discourse.cite(owner);
    }
    return owner;
  }

  /**
   * The author a preposition names right after a document's phrase ({@code a joint statement by
   * the European Commission and ...}): the phrase read there, a body or a person; of several
   * joined, the first. Null when none stands there.
   */
  private Entity authorAfter(Chunk document) {
    int preposition = document.to;
    if (preposition + 1 >= tokens.size() || !lexicon.isAuthorPreposition(tokens.get(preposition))) {
      return null;
    }
    // The phrases of the sentence are read before its cues are resolved.
    Chunk author = chunkAt[preposition + 1];
    if (author == null || author.from != preposition + 1
        || author.kind != Kind.BODY && author.kind != Kind.PERSON && author.kind != Kind.ROLE) {
      return null;
    }
    return resolve(author, Gender.UNKNOWN);
  }

  /**
   * The owner that capitalised words before a document's head name, after its determiner ({@code
   * the Kremlin statement}, {@code Peskov's comment}): a person the article knows, else a body;
   * null in a language that names the owner after the head, or with no such words.
   */
  private Entity namedBefore(Chunk document) {
    if (lexicon.inflects()) {
      return null;
    }
    int from = document.from;
    while (from < document.head && lexicon.isDeterminer(tokens.get(from))) {
      from++;
    }
    int end = from;
    while (end < document.head && tokens.get(end).isCapitalized()) {
      end++;
    }
    if (end == from) {
      return null;
    }
    Entity person = discourse.knownPerson(withoutPossessive(tokens.get(end - 1).text()));
    if (person != null) {
      return person;
    }
    Chunk body = new Chunk();
    body.from = from;
    body.to = end;
    body.kind = Kind.BODY;
    return discourse.body(withoutPossessive(phraseText(from, end, body)), null);
  }

  /** The text without an English possessive ending: {@code Peskov's} → {@code Peskov}. */
  private static String withoutPossessive(String text) {
    return text.endsWith("’s") || text.endsWith("'s") ? text.substring(0, text.length() - 2) : text;
  }

  // ---------------------------------------------------------------- references

  /** The entity a phrase refers to, recording the mention; null when it refers to none. */
  private Entity resolve(Chunk chunk, Gender gender) {
    if (chunk.resolved) {
      return chunk.entity;
    }
    chunk.resolved = true;
    Entity entity = switch (chunk.kind) {
      case PRONOUN -> pronoun(chunk, gender);
      case PERSON -> person(chunk, gender);
      case BODY -> body(chunk);
      case ROLE -> role(chunk, gender);
      case DOCUMENT -> owner(chunk, 0);
    };
    chunk.entity = entity;
    if (entity != null && chunk.kind != Kind.PERSON && chunk.kind != Kind.DOCUMENT) {
      discourse.mention(entity, span(chunk.from, chunk.to));
    }
    return entity;
  }

  private Entity pronoun(Chunk chunk, Gender form) {
    if (chunk.pronoun.relative()) {
      Chunk antecedent = antecedent(chunk);
      return antecedent == null ? null : resolve(antecedent, form);
    }
    Gender gender = chunk.pronoun.gender();
    if (gender == Gender.MALE && form != Gender.UNKNOWN && form != Gender.MALE) {
      gender = form;
    }
    Entity entity = discourse.lastSpeaker(gender, gender == Gender.MALE || gender == Gender.FEMALE);
    discourse.learnGender(entity, gender);
    return entity;
  }

  private Entity person(Chunk chunk, Gender form) {
    List<String> words = new ArrayList<>(chunk.nameTo - chunk.nameFrom + 1);
    if (chunk.firstName >= 0) {
      words.add(tokens.get(chunk.firstName).text());
    }
    for (int k = chunk.nameFrom; k < chunk.nameTo; k++) {
      words.add(withoutPossessive(tokens.get(k).text()));
    }
    String surname = words.get(words.size() - 1);
    Entity known = discourse.knownPerson(surname);
    List<String> nominative = words;
    if (lexicon.inflects() && chunk.nameCase != Case.NOMINATIVE) {
      boolean feminine = Names.looksFeminineOblique(surname, lexicon)
          || form == Gender.FEMALE && chunk.nameCase != Case.UNKNOWN;
      nominative = new ArrayList<>(words.size());
      for (String word : words) {
        nominative.add(discourse.nominative(word, chunk.nameCase, feminine));
      }
      if (known != null && chunk.nameCase == Case.UNKNOWN) {
        nominative = null;
      }
    }
    if (form == Gender.UNKNOWN && chunk.headLemma != null) {
      form = lexicon.roleGender(chunk.headLemma);
    }
    Entity entity;
    if (nominative == null || known != null && words.size() == 1) {
      entity = known;
      String role = role(chunk);
      if (role != null) {
        entity = discourse.person(List.of(knownSurname(known)), role, form);
      }
    } else {
      String role = role(chunk);
      entity = discourse.person(nominative, role != null ? role : roleAfter(chunk),
          form == Gender.PLURAL ? Gender.UNKNOWN : form);
    }
    discourse.mention(entity, chunk.firstName >= 0
        ? span(chunk.from, chunk.to) : span(chunk.nameFrom, chunk.nameTo));
    discourse.namedAt(entity, chunk.oblique);
    return entity;
  }

  private static String knownSurname(Entity known) {
    String name = known.name();
    int space = name.lastIndexOf(' ');
    return space < 0 ? name : name.substring(space + 1);
  }

  /** The role before a name, in the nominative ({@code губернатора региона} → {@code губернатор региона}). */
  private String role(Chunk chunk) {
    if (chunk.head < 0) {
      return null;
    }
    int from = chunk.from;
    while (from < chunk.nameFrom && tokens.get(from).isWord()
        && (lexicon.isDeterminer(tokens.get(from)) || lexicon.pronoun(tokens.get(from)) != null)) {
      from++;
    }
    int roleEnd = chunk.firstName >= 0 ? chunk.head + 1 : chunk.nameFrom;
    if (from >= roleEnd) {
      return null;
    }
    return phraseText(from, roleEnd, chunk);
  }

  /** Whether a phrase has no word besides its head but determiners and the agency's name. */
  private boolean onlyTheAgency(Chunk chunk) {
    for (int k = chunk.from; k < chunk.to; k++) {
      Token token = tokens.get(k);
      if (k != chunk.head && !(token.isWord() && lexicon.isDeterminer(token))
          && !lexicon.isAgencyWord(token)) {
        return false;
      }
    }
    return true;
  }

  /** The text of a phrase's tokens with the head noun in its dictionary form when inflected. */
  private String phraseText(int from, int to, Chunk chunk) {
    // Mostly the phrase is as the text writes it, one space between words: cut it out.
    boolean asWritten = !(chunk.head >= from && chunk.head < to && chunk.headLemma != null
        && lexicon.inflects() && chunk.headCase != Case.NOMINATIVE);
    for (int k = from + 1; asWritten && k < to; k++) {
      int gap = tokens.get(k).start() - tokens.get(k - 1).end();
      asWritten = gap == 0 || gap == 1 && this.text.charAt(tokens.get(k).start() - 1) == ' ';
    }
    if (asWritten && from < to) {
      return this.text.substring(tokens.get(from).start(), tokens.get(to - 1).end());
    }
    StringBuilder text = new StringBuilder();
    for (int k = from; k < to; k++) {
      Token token = tokens.get(k);
      // One space where the text has any, none where it has none: "университета (ИГУ)".
      if (text.length() > 0 && token.start() > tokens.get(k - 1).end()) {
        text.append(' ');
      }
      if (k == chunk.head && chunk.headLemma != null && lexicon.inflects()
          && chunk.headCase != Case.NOMINATIVE) {
        text.append(token.isCapitalized()
            ? Character.toUpperCase(chunk.headLemma.charAt(0)) + chunk.headLemma.substring(1)
            : chunk.headLemma);
      } else {
        text.append(this.text, token.start(), token.end());
      }
    }
    return text.toString();
  }

  private Entity body(Chunk chunk) {
    int from = chunk.from;
    while (from < chunk.to && lexicon.isDeterminer(tokens.get(from))) {
      from++;
    }
    if (chunk.headLemma == null) {
      return discourse.body(phraseText(from, chunk.to, chunk), null);
    }
    if (bare(chunk)) {
      Entity known = discourse.lastBody(chunk.headLemma);
      return known != null ? known : discourse.body(phraseText(from, chunk.to, chunk), chunk.headLemma);
    }
    if (lexicon.inflects() && chunk.to == chunk.head + 2) {
      Noun complement = lexicon.body(tokens.get(chunk.head + 1));
      if (complement != null && lexicon.isAnaphoricBody(complement.lemma())) {
        Entity owner = discourse.lastBodyBut(chunk.headLemma);
        String genitive = owner == null ? null : lexicon.genitive(owner.name());
        return discourse.body(chunk.headLemma + (genitive == null ? "" : " " + genitive),
            chunk.headLemma);
      }
    }
    return discourse.body(phraseText(from, chunk.to, chunk), chunk.headLemma);
  }

  /**
   * Whether a body phrase is only its head noun ({@code ведомство}, {@code the ministry}), naming
   * no body of its own: no complement after a Russian head, no capitalised word in English.
   */
  private boolean bare(Chunk chunk) {
    if (lexicon.inflects()) {
      return chunk.to == chunk.head + 1;
    }
    for (int k = chunk.from; k < chunk.to; k++) {
      if (tokens.get(k).isCapitalized() && !lexicon.isDeterminer(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  private Entity role(Chunk chunk, Gender form) {
    int from = chunk.from;
    while (from < chunk.to && lexicon.isDeterminer(tokens.get(from))) {
      from++;
    }
    // A role that names whom it serves is someone of its own: "the aide to President X said".
    int end = lexicon.inflects() ? chunk.to : holderEnd(chunk);
    String description = phraseText(from, end, chunk);
    Gender gender = lexicon.roleGender(chunk.headLemma);
    if (gender == Gender.UNKNOWN) {
      gender = form;
    }
    if (chunk.plural) {
      gender = Gender.PLURAL;
    }
    if (lexicon.isSourceNoun(chunk.headLemma)) {
      // The agency's interlocutor is the source it described before: "сообщил ТАСС
      // представитель правительства ... - отметил собеседник агентства"; so is "the source",
      // who may be a body ("the ministry's press service told TASS ... the source said").
      Token first = tokens.get(chunk.from);
      boolean definite = first.isWord() && lexicon.isDefinite(first);
      if ((lexicon.isInterlocutor(chunk.headLemma) || definite) && onlyTheAgency(chunk)) {
        Entity last = discourse.lastToSpeak(gender, definite);
        if (last != null) {
          return last;
        }
      }
      return discourse.described(description, gender, false);
    }
    Set<String> complements = new HashSet<>();
    if (lexicon.inflects()) {
      for (int k = chunk.head + 1; k < chunk.to; k++) {
        Token token = tokens.get(k);
        if (token.isCapitalized()) {
          complements.add(token.lower());
        }
      }
    }
    String folded = Lexicon.fold(description);
    if (gender != Gender.PLURAL && end == chunk.to) {
      Entity known = discourse.byRole(chunk.headLemma, folded, complements, gender);
      if (known != null) {
        return known;
      }
    }
    boolean bare = lexicon.inflects() ? complements.isEmpty() : !chunk.indefinite && end == chunk.to;
    if (bare) {
      Entity last = discourse.lastSpeaker(gender, gender != Gender.PLURAL && gender != Gender.NEUTER);
      if (last != null) {
        return last;
      }
    }
    Token first = tokens.get(chunk.from);
    return discourse.described(description, gender,
        first.isWord() && lexicon.isDefinite(first));
  }

  private Mention mention(int from, int to) {
    Span span = span(from, to);
    return Mention.of(text.substring(span.start(), span.end()), span);
  }

  /** Where the tokens between the indexes stand in the block. */
  private Span span(int from, int to) {
    return Span.of(block, tokens.get(from).start(), tokens.get(to - 1).end());
  }
}
