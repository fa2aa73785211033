package org.wirecopy.text;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirecopy.model.Block;
import org.wirecopy.model.Language;
import org.wirecopy.model.Mention;
import org.wirecopy.model.Quote;
import org.wirecopy.model.Span;
import org.wirecopy.model.Speaker;
import org.wirecopy.text.Attribution.Part;
import org.wirecopy.text.Discourse.Entity;
import org.wirecopy.text.Lexicon.Verb;
import org.wirecopy.text.Lexicon.VerbKind;
import org.wirecopy.text.QuoteMarks.Stretch;
import org.wirecopy.text.Token.Opaque;
import org.wirecopy.text.Token.Type;

/**
 * Finds the quotes of a body and attributes them to speakers.
 *
 * <p>Per block: {@link QuoteMarks} pairs the quotation marks; a stretch broken by its own
 * attribution ({@code "A, - сказал он, - b"}) is cut into two parts; {@link Token} cuts the text
 * with each part as one token; {@link Attribution} drops the names in marks and finds each
 * quote's cue and speaker, the blocks read in order so that a pronoun or role finds the speakers
 * before it. A quote left open at a paragraph's end whose next paragraph opens with a mark (one
 * quote over several paragraphs) takes the speaker of the next paragraph's quote.
 */
final class QuoteFinder {

  /**
   * The quotes found, their speakers in order of first mention, and the quotation marks left
   * unpaired (each a one-character span), for the parser's diagnostics.
   */
  record Result(List<Quote> quotes, List<Speaker> speakers, List<Span> unbalanced) {}

  private QuoteFinder() {}

  /**
   * Finds the quotes of a body.
   *
   * @param body the body blocks (the first one without its dateline)
   * @param language the article's language
   * @return quotes and speakers
   */
  static Result find(List<Block> body, Language language) {
    Lexicon lexicon = Lexicon.of(language);
    List<List<Part>> parts = new ArrayList<>(body.size());
    List<List<Token>> tokens = new ArrayList<>(body.size());
    int length = 0;
    int longest = 0;
    for (int b = 0; b < body.size(); b++) {
      Block block = body.get(b);
      length += block.text().length();
      longest = Math.max(longest, block.text().length());
    }
    Token.Tokenizer tokenizer = new Token.Tokenizer(lexicon, longest);
    // Sized for short copy, about one new capitalised word in sixty characters; a long text
    // repeats its words and grows it past that.
    ArticleWords words = new ArticleWords(Math.min(length / 60, 1 << 10));
    List<Span> unbalanced = new ArrayList<>();
    // Each block's marks are paired one block ahead, to see whether the next block goes on
    // with a quote this one leaves open.
    QuoteMarks.Marks marks = QuoteMarks.pair(body.isEmpty() ? "" : body.get(0).text());
    int continuedTo = -1;
    // The stretches the tokenizer keeps whole, block by block in one list.
    List<Opaque> opaque = new ArrayList<>();
    for (int b = 0; b < body.size(); b++) {
      String text = body.get(b).text();
      List<Stretch> stretches = marks.stretches();
      // Sized for a part a stretch; most blocks have none, and share the empty list.
      int stretchCount = stretches.size() + (continuedTo >= 0 ? 1 : 0);
      List<Part> blockParts = stretchCount == 0 ? List.of() : new ArrayList<>(stretchCount);
      opaque.clear();
      QuoteMarks.Marks nextMarks = b + 1 < body.size()
          ? QuoteMarks.pair(body.get(b + 1).text()) : null;
      for (int offset : marks.unmatched()) {
        if (offset != continuedTo) {
          unbalanced.add(Span.of(b, offset, offset + 1));
        }
      }
      if (continuedTo >= 0) {
        split(text, new Stretch(-1, continuedTo), b, lexicon, blockParts, opaque);
      }
      // A mark open at a paragraph's end is fine when the next paragraph opens with one: the
      // convention for a quote over several paragraphs; or, less carefully, when the next one
      // only closes it.
      boolean carried = marks.openAtEnd() >= 0;
      continuedTo = nextMarks == null ? -1 : continuedTo(carried, nextMarks);
      if (carried && !(nextMarks != null
          && (QuoteMarks.isMark(body.get(b + 1).text().charAt(0)) || continuedTo >= 0))) {
        unbalanced.add(Span.of(b, marks.openAtEnd(), marks.openAtEnd() + 1));
      }
      marks = nextMarks;
      for (int s = 0; s < stretches.size(); s++) {
        split(text, stretches.get(s), b, lexicon, blockParts, opaque);
      }
      List<Token> blockTokens = tokenizer.tokenize(text, opaque);
      // By index here and below: an iterator over a block's tokens escapes the JIT's analysis.
      for (int t = 0; t < blockTokens.size(); t++) {
        Token token = blockTokens.get(t);
        if (token.isTitlecase()) {
          words.addCapitalised(token);
        }
      }
      parts.add(blockParts);
      tokens.add(blockTokens);
    }
    int mostTokens = 0;
    for (int b = 0; b < tokens.size(); b++) {
      List<Token> blockTokens = tokens.get(b);
      mostTokens = Math.max(mostTokens, blockTokens.size());
      for (int t = 0; t < blockTokens.size(); t++) {
        Token token = blockTokens.get(t);
        if (token.isLowercase()) {
          words.noteLowercase(token);
        }
      }
    }
    Discourse discourse = new Discourse(lexicon, words::isCapitalised);
    Attribution attribution = new Attribution(lexicon, discourse, words, mostTokens);
    for (int b = 0; b < body.size(); b++) {
      attribution.read(b, body.get(b).text(), tokens.get(b), parts.get(b));
    }
    carryOver(parts);
    Result result = result(body, parts, tokens, discourse);
    return new Result(result.quotes(), result.speakers(), List.copyOf(unbalanced));
  }

  /**
   * The closing mark that ends a quote carried over from the paragraph before without an
   * opening mark of its own: the first mark of the paragraph, when it closes nothing; -1 when
   * there is none.
   */
  private static int continuedTo(boolean carried, QuoteMarks.Marks marks) {
    if (!carried || marks.unmatched().isEmpty()) {
      return -1;
    }
    int close = marks.unmatched().get(0);
    return marks.stretches().isEmpty() || marks.stretches().get(0).open() > close ? close : -1;
  }

  /**
   * Adds the parts of one stretch: the whole stretch, or two parts when its own attribution
   * breaks it ({@code "A, - сказал глава государства, - B"}).
   */
  private static void split(String text, Stretch stretch, int block, Lexicon lexicon,
      List<Part> parts, List<Opaque> opaque) {
    int tokenStart = Math.max(0, stretch.open());
    int start = stretch.textStart();
    int end = stretch.textEnd();
    int tokenEnd = Math.min(text.length(), stretch.close() + 1);
    int scan = start;
    while (scan < end) {
      int comma = text.indexOf(',', scan);
      if (comma < 0 || comma >= end) {
        break;
      }
      int verbStart = afterDash(text, comma + 1, end);
      int resume = verbStart < 0 || !isSpeechVerb(text, verbStart, end, lexicon)
          ? -1 : resumption(text, verbStart, end);
      if (resume < 0) {
        scan = comma + 1;
        continue;
      }
      int partEnd = comma;
      while (partEnd > start && Token.isSpace(text.charAt(partEnd - 1))) {
        partEnd--;
      }
      addPart(parts, opaque, block, tokenStart, start, partEnd, comma, false);
      tokenStart = resume;
      start = resume;
      scan = resume;
    }
    addPart(parts, opaque, block, tokenStart, start, end, tokenEnd, stretch.close() == text.length());
  }

  private static void addPart(List<Part> parts, List<Opaque> opaque, int block, int tokenStart,
      int start, int end, int tokenEnd, boolean open) {
    opaque.add(new Opaque(tokenStart, tokenEnd, Type.QUOTE, parts.size()));
    Part part = new Part(block, start, end);
    part.open = open;
    parts.add(part);
  }

  /** The offset of the word after spaces, a dash and spaces, or -1. */
  private static int afterDash(String text, int from, int end) {
    int i = from;
    while (i < end && Token.isSpace(text.charAt(i))) {
      i++;
    }
    if (i == from || i >= end || !Token.isDash(text.charAt(i))) {
      return -1;
    }
    i++;
    int spaces = i;
    while (i < end && Token.isSpace(text.charAt(i))) {
      i++;
    }
    return i > spaces && i < end ? i : -1;
  }

  private static boolean isSpeechVerb(String text, int from, int end, Lexicon lexicon) {
    int i = from;
    while (i < end && Chars.isLetter(text.charAt(i))) {
      i++;
    }
    Verb verb = lexicon.verb(Lexicon.fold(text.substring(from, i)));
    return verb != null && verb.kind() == VerbKind.SUBJECT;
  }

  /** Where the quote resumes after its attribution: after {@code , -} or {@code . -}; or -1. */
  private static int resumption(String text, int from, int end) {
    for (int i = from; i < end; i++) {
      char c = text.charAt(i);
      if (QuoteMarks.isMark(c)) {
        return -1;
      }
      if (c == ',' || c == '.') {
        int resume = afterDash(text, i + 1, end);
        if (resume >= 0) {
          return resume;
        }
      }
    }
    return -1;
  }

  /** Gives a quote left open at a paragraph's end the attribution of the one that continues it. */
  private static void carryOver(List<List<Part>> parts) {
    for (int b = parts.size() - 2; b >= 0; b--) {
      List<Part> blockParts = parts.get(b);
      List<Part> nextParts = parts.get(b + 1);
      if (blockParts.isEmpty() || nextParts.isEmpty()) {
        continue;
      }
      Part last = blockParts.get(blockParts.size() - 1);
      Part next = nextParts.get(0);
      if (last.open && last.quote && last.cue == null && next.start == 1 && next.quote) {
        last.speaker = next.speaker;
      }
    }
  }

  private static Result result(List<Block> body, List<List<Part>> parts, List<List<Token>> tokens,
      Discourse discourse) {
    // The speakers in order of their first quote; the set only answers membership. Lists are
    // read by index here: an iterator in a method this large escapes the JIT's analysis.
    List<Entity> ordered = new ArrayList<>();
    // Sized for the few speakers of an article: by default each table would take 272 bytes.
    Set<Entity> quoted = Collections.newSetFromMap(new IdentityHashMap<>(4));
    for (int b = 0; b < parts.size(); b++) {
      List<Part> blockParts = parts.get(b);
      for (int p = 0; p < blockParts.size(); p++) {
        Part part = blockParts.get(p);
        if (part.quote && part.speaker != null && quoted.add(part.speaker)) {
          ordered.add(part.speaker);
        }
      }
    }
    Discourse.Among quotedNames = discourse.among(quoted);
    for (int b = 0; b < tokens.size(); b++) {
      List<Token> blockTokens = tokens.get(b);
      for (int t = 0; t < blockTokens.size(); t++) {
        Token token = blockTokens.get(t);
        if (token.isTitlecase()) {
          Entity entity = quotedNames.person(token);
          if (entity != null) {
            discourse.mention(entity, Span.of(b, token.start(), token.end()));
          }
        }
      }
    }
    for (int e = 0; e < ordered.size(); e++) {
      ordered.get(e).dropNestedMentions();
    }
    ordered.sort(QuoteFinder::byFirstMention);
    Map<Entity, Speaker> speakers = new IdentityHashMap<>(ordered.size());
    List<Speaker> speakerList = new ArrayList<>();
    for (int e = 0; e < ordered.size(); e++) {
      Entity entity = ordered.get(e);
      // In text order already, none inside another (dropNestedMentions).
      Speaker speaker = Speaker.builder()
          .name(entity.name())
          .role(Optional.ofNullable(entity.role()))
          .named(entity.named())
          .mentions(mentions(entity, body))
          .build();
      speakers.put(entity, speaker);
      speakerList.add(speaker);
    }
    List<Quote> quotes = new ArrayList<>();
    for (int b = 0; b < parts.size(); b++) {
      List<Part> blockParts = parts.get(b);
      for (int p = 0; p < blockParts.size(); p++) {
        Part part = blockParts.get(p);
        String text = body.get(part.block).text();
        if (!part.quote || isBlank(text, part.start, part.end)) {
          continue;
        }
        quotes.add(Quote.builder()
            .text(text.substring(part.start, part.end))
            .span(Span.of(part.block, part.start, part.end))
            .kind(part.kind)
            .cue(Optional.ofNullable(part.cue))
            .speaker(Optional.ofNullable(part.speaker == null ? null : speakers.get(part.speaker)))
            .build());
      }
    }
    return new Result(Collections.unmodifiableList(quotes),
        Collections.unmodifiableList(speakerList), List.of());
  }

  /**
   * Speakers in order of first mention; of two first mentioned at one offset, the one whose
   * mention encloses the other's ({@code Dmitry Peskov} before a {@code Dmitry}), then the one
   * created first.
   */
  private static int byFirstMention(Entity x, Entity y) {
    Span a = first(x);
    Span b = first(y);
    int order = compare(a, b);
    if (order == 0) {
      order = Integer.compare(b.end(), a.end());
    }
    return order != 0 ? order : Integer.compare(x.serial(), y.serial());
  }

  /** Whether the text between the offsets is all white space, as {@link String#isBlank()} reads it. */
  private static boolean isBlank(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!Chars.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The first mention: the mentions are in text order once nested ones are dropped. */
  private static Span first(Entity entity) {
    List<Span> mentions = entity.mentions();
    return mentions.isEmpty() ? Span.of(Integer.MAX_VALUE, 0, 0) : mentions.get(0);
  }

  /** A speaker's mentions, each with its text cut from the body at its span. */
  private static List<Mention> mentions(Entity entity, List<Block> body) {
    List<Mention> mentions = new ArrayList<>(entity.mentions().size());
    for (int m = 0; m < entity.mentions().size(); m++) {
      Span span = entity.mentions().get(m);
      mentions.add(Mention.of(body.get(span.block()).text().substring(span.start(), span.end()),
          span));
    }
    return mentions;
  }

  private static int compare(Span x, Span y) {
    if (x.block() != y.block()) {
      return Integer.compare(x.block(), y.block());
    }
    return Integer.compare(x.start(), y.start());
  }
}
