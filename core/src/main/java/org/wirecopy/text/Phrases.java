package org.wirecopy.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.wirecopy.text.Chunk.Head;
import org.wirecopy.text.Chunk.Kind;
import org.wirecopy.text.Lexicon.Case;
import org.wirecopy.text.Lexicon.Pronoun;
import org.wirecopy.text.Lexicon.Verb;
import org.wirecopy.text.Lexicon.VerbKind;

/**
 * Reads the noun phrases of a block's sentences ({@link Chunk}s): pronouns; names with the role in
 * apposition before them ({@code генсек НАТО Йенс Столтенберг}, {@code Kremlin Spokesman Dmitry
 * Peskov}); role descriptions ({@code глава государства}, {@code the Russian leader}); bodies
 * ({@code пресс-служба Кремля}, {@code МИД России}); documents ({@code указ президента}).
 *
 * <p>Russian phrases are read head first (adjectives, head noun, genitive complements, a name);
 * English ones head last (determiner, modifiers, head noun, a name after it). A phrase after a
 * preposition is marked oblique, with the case the preposition governs. Each phrase is at most
 * {@link #LONGEST_PHRASE} tokens, so reading is linear.
 */
final class Phrases {

  /** The longest phrase read, in tokens. */
  static final int LONGEST_PHRASE = 16;

  private final Lexicon lexicon;
  private final Discourse discourse;
  private final ArticleWords words;
  private List<Token> tokens;
  private Chunk[] chunkAt;
  private int sentenceFrom;
  /** The phrases of the sentence being read: one list for every sentence, not one each. */
  private final List<Chunk> sentenceChunks = new ArrayList<>();
  /** The phrases made so far, for {@link #newChunk()}; the first {@code pooled} are in use. */
  private Chunk[] pool = new Chunk[0];
  private int pooled;

  /**
   * A reader for one article.
   *
   * @param lexicon the word tables
   * @param discourse the names known so far, to tell a surname from a genitive complement
   * @param words the article's capitalised words and which of them it also writes in lower case
   */
  Phrases(Lexicon lexicon, Discourse discourse, ArticleWords words) {
    this.lexicon = lexicon;
    this.discourse = discourse;
    this.words = words;
  }

  /**
   * Starts a block.
   *
   * @param blockTokens its tokens
   * @param blockChunkAt where to record the phrase of each token
   */
  void block(List<Token> blockTokens, Chunk[] blockChunkAt) {
    this.tokens = blockTokens;
    this.chunkAt = blockChunkAt;
    pooled = 0;
  }

  /**
   * A cleared phrase: one of the block before when there is one. Phrases live only while their
   * block is read (in {@code chunkAt} and the sentence's list), so a block's phrases can be the
   * last one's again; an article makes a few dozen instead of one per phrase read.
   */
  private Chunk newChunk() {
    if (pooled == pool.length) {
      pool = Arrays.copyOf(pool, Math.max(16, pooled * 2));
    }
    Chunk chunk = pool[pooled];
    if (chunk == null) {
      chunk = new Chunk();
      pool[pooled] = chunk;
    } else {
      chunk.clear();
    }
    pooled++;
    return chunk;
  }

  /**
   * Reads the phrases of a sentence, recording in {@code chunkAt} the phrase each token is in.
   *
   * @param from the sentence's first token
   * @param to the index after its last token
   * @return the phrases in text order, in a list this reader reuses for the next sentence
   */
  List<Chunk> read(int from, int to) {
    sentenceFrom = from;
    List<Chunk> chunks = sentenceChunks;
    chunks.clear();
    int i = from;
    while (i < to) {
      Chunk chunk = tokens.get(i).isWord() ? chunk(i, to) : null;
      if (chunk == null) {
        i++;
        continue;
      }
      if (chunk.from > from) {
        Token previous = tokens.get(chunk.from - 1);
        // A preposition that also opens a clause governs no subject of a speech verb: "after
        // President Ivan Petrov had said that ...".
        if (previous.isWord() && lexicon.isPreposition(previous)
            && !(lexicon.isSubordinator(previous) && speechVerbAt(chunk.to, to))) {
          chunk.oblique = true;
          chunk.preposition = previous.lower();
          if (chunk.kind == Kind.PERSON && chunk.head < 0) {
            chunk.nameCase = lexicon.prepositionCase(previous);
          }
        }
      }
      if (chunk.kind == Kind.PERSON && chunk.head < 0 && chunk.nameCase == Case.UNKNOWN) {
        chunk.nameCase = governedCase(chunk.from, from);
      }
      chunks.add(chunk);
      for (int k = chunk.from; k < chunk.to; k++) {
        chunkAt[k] = chunk;
      }
      i = chunk.to;
    }
    return chunks;
  }

  /** Whether a speech verb follows at {@code k}, after adverbs and auxiliaries ({@code had said}). */
  private boolean speechVerbAt(int k, int to) {
    while (k < to && tokens.get(k).isWord() && lexicon.isAdverb(tokens.get(k))) {
      k++;
    }
    return k < to && tokens.get(k).isWord() && lexicon.verb(tokens.get(k)) != null;
  }

  /**
   * The case that the words before a phrase give it: genitive after {@code по словам}, the
   * preposition's case after {@code согласно}, accusative after {@code цитирует}.
   */
  private Case governedCase(int at, int from) {
    Token previous = at > from ? tokens.get(at - 1) : null;
    if (previous == null || !previous.isWord()) {
      return Case.UNKNOWN;
    }
    if (lexicon.isSourcePhrase(previous)) {
      return lexicon.prepositionCase(previous);
    }
    Token before = at - 1 > from ? tokens.get(at - 2) : null;
    if (before != null && before.isWord() && lexicon.isSourcePhrase(before, previous)) {
      return Case.GENITIVE;
    }
    Verb verb = lexicon.verb(previous);
    return verb != null && verb.kind() == VerbKind.OBJECT ? Case.ACCUSATIVE : Case.UNKNOWN;
  }

  /** The phrase that starts at token i, or null. */
  private Chunk chunk(int i, int to) {
    Token token = tokens.get(i);
    Pronoun pronoun = lexicon.pronoun(token);
    int start = i;
    if (pronoun != null) {
      Verb before = i > sentenceFrom && tokens.get(i - 1).isWord() ? lexicon.verb(tokens.get(i - 1)) : null;
      boolean object = before != null && before.kind() == VerbKind.OBJECT;
      if (object || !(pronoun.possessive() && i + 1 < to && startsNounPhrase(i + 1, to))) {
        Chunk chunk = newChunk();
        chunk.from = i;
        chunk.to = i + 1;
        chunk.kind = Kind.PRONOUN;
        chunk.pronoun = pronoun;
        return chunk;
      }
      i++;
    }
    if (lexicon.verb(token) != null && pronoun == null && !token.isCapitalized()) {
      return null;
    }
    return lexicon.inflects() ? headFirst(start, i, to) : headLast(start, i, to);
  }

  /**
   * Whether a word is a role, body or document noun in the nominative: the head of the next
   * phrase, never a complement ({@code цитирует министра | пресс-служба ведомства}).
   */
  private boolean nominativeHead(int k) {
    Head head = headNoun(k);
    return head != null && head.noun().grammaticalCase() == Case.NOMINATIVE;
  }

  private boolean startsNounPhrase(int i, int to) {
    for (int k = i; k < to && k < i + 4; k++) {
      Token token = tokens.get(k);
      if (!token.isWord()) {
        return false;
      }
      if (headNoun(k) != null || token.isCapitalized()) {
        return true;
      }
      if (!lexicon.isAdjective(token)) {
        return false;
      }
    }
    return false;
  }

  /** The role, body or document noun a token is, with its kind, or null. */
  Head headNoun(int k) {
    return lexicon.head(tokens.get(k));
  }

  /**
   * A word that can be part of a name: capitalised, not a function word, not a body, not the
   * first word of a cue phrase ({@code According to}).
   */
  boolean isNameWord(int k) {
    Token token = tokens.get(k);
    if (!token.isTitlecase() || lexicon.isBodyName(token) || headNoun(k) != null) {
      return false;
    }
    // An adjective of nationality before a common noun: "the Russian authorities".
    if (k + 1 < tokens.size() && tokens.get(k + 1).isLowercase() && lexicon.isDemonym(token)
        && !lexicon.isFunctionWord(tokens.get(k + 1))) {
      return false;
    }
    if (lexicon.isSourcePhrase(token) || k + 1 < tokens.size() && tokens.get(k + 1).isWord()
        && lexicon.isSourcePhrase(token, tokens.get(k + 1))) {
      return false;
    }
    return !lexicon.isFunctionWord(token) && !words.isAlsoLowercase(token);
  }

  /** A Russian phrase: adjectives, head noun, complements in the genitive, a name. */
  Chunk headFirst(int start, int i, int to) {
    int j = i;
    while (j < to && j < i + 4 && tokens.get(j).isWord() && headNoun(j) == null
        && !lexicon.isBodyName(tokens.get(j)) && lexicon.isAdjective(tokens.get(j))) {
      j++;
    }
    Token token = j < to ? tokens.get(j) : null;
    Head head = token == null ? null : headNoun(j);
    boolean properBody = token != null && token.isWord() && lexicon.isBodyName(token);
    if (head == null && !properBody) {
      return tokens.get(i).isCapitalized() ? nameChunk(start, i, to) : null;
    }
    Chunk chunk = newChunk();
    chunk.from = start;
    chunk.head = j;
    if (head != null) {
      chunk.kind = head.kind();
      chunk.headLemma = head.noun().lemma();
      chunk.headCase = head.noun().grammaticalCase();
    } else {
      chunk.kind = Kind.BODY;
    }
    int k = j + 1;
    boolean inName = false;
    // An addressee (ТАСС, журналистам) takes no complement: "цитирует ТАСС Пескова".
    int longest = lexicon.isAddressee(token) ? 0 : LONGEST_PHRASE;
    while (k < to && k - start < longest) {
      Token next = tokens.get(k);
      if (next.type() == Token.Type.MARKED && k > j && !inName) {
        // A name in marks as a complement: главный тренер "Спартака", компании "Роснефть".
        k++;
        continue;
      }
      if (next.is('(') && k > j + 1 && !inName && k + 2 < to && tokens.get(k + 1).isAllCaps()
          && tokens.get(k + 2).is(')')) {
        // A complement's abbreviation: профессор Иркутского государственного университета (ИГУ).
        k += 3;
        continue;
      }
      if (!next.isWord()) {
        break;
      }
      if (chunk.kind == Kind.ROLE && lexicon.isSourceNoun(chunk.headLemma)
          && lexicon.isPreposition(next) && k == j + 1) {
        k = sourceComplement(k, to);
        break;
      }
      // Two complements joined: министр промышленности и торговли, науки и высшего образования.
      if (!inName && k > j + 1 && lexicon.isConjunction(next) && k + 1 < to
          && tokens.get(k + 1).isLowercase() && lexicon.looksGenitive(tokens.get(k + 1))
          && lexicon.looksGenitive(tokens.get(k - 1))) {
        k++;
        continue;
      }
      boolean named = k - 2 > j && isNameWord(k - 1) && isNameWord(k - 2);
      if ((chunk.kind == Kind.ROLE || headBetween(j + 1, k, Kind.ROLE)) && !named
          && lexicon.isTitlePreposition(next)) {
        int end = placeAndName(k, to);
        if (end > k) {
          k = end;
          break;
        }
      }
      if (!named && lexicon.isFieldPreposition(next) && headBetween(j, k, Kind.BODY)) {
        int end = lowercaseField(k + 1, to);
        if (end > 0) {
          k = end;
          inName = false;
          continue;
        }
      }
      if (lexicon.isFunctionWord(next) && !next.isCapitalized()
          || lexicon.verb(next) != null && !next.isCapitalized()) {
        break;
      }
      // A word in capitals after a name starts what follows it: the addressee of "заявил
      // ... Дмитрий Песков ТАСС", never part of the name. After one capitalised complement it
      // goes on with it (зампред Совбеза РФ).
      if (inName && next.isAllCaps()
          && (lexicon.isAddressee(next) || k - 2 > j && isNameWord(k - 2))) {
        break;
      }
      if (next.isTitlecase() || next.isAllCaps() || Chars.isDigit(next.charAt(0))) {
        inName = next.isTitlecase();
        k++;
      } else if ((!inName || lexicon.isAdjective(tokens.get(k - 1))
          || !tokens.get(k - 2).isCapitalized()) && lexicon.looksGenitive(next)
          && !nominativeHead(k)) {
        // One capitalised word before a genitive noun was the complement's, not a name
        // (губернатор Белгородской области, член Совета безопасности).
        inName = false;
        k++;
      } else {
        break;
      }
    }
    chunk.to = k;
    if (chunk.kind == Kind.ROLE && splitName(chunk, to)) {
      return chunk;
    }
    if (chunk.kind == Kind.ROLE) {
      findName(chunk, j + 1, k, chunk.headCase);
      if (chunk.nameFrom >= 0) {
        chunk.kind = Kind.PERSON;
        chunk.nameCase = chunk.headCase;
      }
    }
    return chunk;
  }

  /**
   * A name that parentheses split after a role ({@code Госсекретарь (США Джон) Керри}): the last
   * word inside is the first name, the word after the closing parenthesis the surname.
   */
  private boolean splitName(Chunk chunk, int to) {
    int open = chunk.to;
    if (open >= to || !tokens.get(open).is('(')) {
      return false;
    }
    for (int close = open + 2; close < to - 1 && close < open + 6; close++) {
      if (tokens.get(close).is(')')) {
        if (isNameWord(close - 1) && isNameWord(close + 1)) {
          chunk.firstName = close - 1;
          chunk.nameFrom = close + 1;
          chunk.nameTo = close + 2;
          chunk.to = close + 2;
          chunk.kind = Kind.PERSON;
          chunk.nameCase = chunk.headCase;
          return true;
        }
        return false;
      }
      if (!tokens.get(close).isWord()) {
        return false;
      }
    }
    return false;
  }

  /**
   * After a role's preposition, a place and the name of whoever holds the role ({@code постпред
   * РФ при ООН Петр Зозуля}, {@code посол в Вашингтоне Иван Петров}): the index after the name,
   * or -1. The capitalised run must be at least three words, the last two of them name words.
   */
  private int placeAndName(int preposition, int to) {
    int end = preposition + 1;
    while (end < to && end - preposition <= 5 && (tokens.get(end).isTitlecase() || tokens.get(end).isAllCaps())) {
      end++;
    }
    int run = end - preposition - 1;
    return run >= 3 && isNameWord(end - 1) && isNameWord(end - 2) ? end : -1;
  }

  private int sourceComplement(int k, int to) {
    int end = k + 1;
    while (end < to && end < k + 4 && tokens.get(end).isWord()
        && !lexicon.isFunctionWord(tokens.get(end))) {
      end++;
    }
    return end;
  }

  /** The name at the end of a phrase: its trailing capitalised words, at most two (three with a patronymic). */
  private void findName(Chunk chunk, int from, int to, Case grammaticalCase) {
    int start = to;
    while (start > from && isNameWord(start - 1)) {
      start--;
    }
    if (start == to) {
      return;
    }
    int length = to - start;
    if (length >= 3) {
      boolean patronymic = lexicon.inflects() && Names.isPatronymic(tokens.get(to - 2).text(), lexicon);
      start = to - (patronymic ? 3 : 2);
      length = to - start;
    }
    if (length == 1 && lexicon.inflects() && start == chunk.head + 1
        && grammaticalCase == Case.NOMINATIVE && lexicon.looksGenitive(tokens.get(start))
        && discourse.knownPerson(tokens.get(start)) == null) {
      return;
    }
    chunk.nameFrom = start;
    chunk.nameTo = to;
  }

  /** A run of capitalised words: a name, or a body's proper name. */
  private Chunk nameChunk(int start, int i, int to) {
    int k = i;
    while (k < to && k - i < 4 && tokens.get(k).isWord()
        && (tokens.get(k).isTitlecase() || tokens.get(k).isAllCaps())
        && !(k > i && lexicon.isBodyName(tokens.get(k)))) {
      k++;
    }
    int first = i;
    while (first < k && !isNameWord(first) && !lexicon.isBodyName(tokens.get(first))) {
      first++;
    }
    if (first == k) {
      return null;
    }
    if (!lexicon.inflects()) {
      return headLast(start, first, to);
    }
    Chunk chunk = newChunk();
    chunk.from = first == i ? start : first;
    chunk.to = k;
    if (isLatin(tokens.get(first))) {
      // In Cyrillic copy a run of Latin words is a foreign outlet or company (The New York Times).
      int end = first;
      while (end < k && isLatin(tokens.get(end))) {
        end++;
      }
      chunk.kind = Kind.BODY;
      chunk.head = first;
      chunk.to = end;
      return chunk;
    }
    if (lexicon.isBodyName(tokens.get(first))) {
      chunk.kind = Kind.BODY;
      chunk.head = first;
      int end = first + 1;
      while (end < k && (tokens.get(end).isTitlecase() || tokens.get(end).isAllCaps())
          && !isNameWord(end)) {
        end++;
      }
      chunk.to = end;
      return chunk;
    }
    chunk.kind = Kind.PERSON;
    int nameEnd = first;
    while (nameEnd < k && isNameWord(nameEnd)) {
      nameEnd++;
    }
    chunk.to = nameEnd;
    int length = nameEnd - first;
    if (length >= 3 && !Names.isPatronymic(tokens.get(nameEnd - 2).text(), lexicon)) {
      first = nameEnd - 2;
    }
    chunk.nameFrom = first;
    chunk.nameTo = nameEnd;
    return chunk;
  }

  private static boolean isLatin(Token word) {
    char c = word.charAt(0);
    return c < 0x0250 && Chars.isLetter(c);
  }

  /** An English phrase: determiner, modifiers, head noun, and a name after it. */
  Chunk headLast(int start, int i, int to) {
    int k = i;
    boolean indefinite = false;
    if (k < to && tokens.get(k).isWord() && lexicon.isDeterminer(tokens.get(k))) {
      indefinite = lexicon.isIndefinite(tokens.get(k));
      k++;
    }
    int body = k;
    int end = k;
    boolean roleSeen = false;
    boolean named = false;
    // The first word after a title's preposition: the field (Minister of Economic Development), never a name.
    int field = -1;
    // The first title preposition with a complement in lower case (head of the company).
    int ofAt = -1;
    while (end < to && end - start < LONGEST_PHRASE) {
      Token token = tokens.get(end);
      if (!token.isWord()) {
        break;
      }
      boolean capital = token.isCapitalized();
      if (!capital && end > body && lexicon.isConjunction(token)
          && joinsField(body, end, to, field >= 0, roleSeen)) {
        end++;
        continue;
      }
      // A name after its role ends the phrase but for a possessed noun ("Minister Alexander
      // Pankin informed TASS", "President Putin's spokesman").
      if (named && !capital && headNoun(end) == null) {
        break;
      }
      if (headNoun(end) != null) {
        // Name words before a head noun were its modifiers (Deputy Foreign Minister).
        roleSeen = true;
        named = false;
      } else {
        named |= roleSeen && isNameWord(end) && (field < 0 || end > field && isNameWord(end - 1));
      }
      if (lexicon.isPreposition(token) && !capital) {
        int complement = end + 1;
        // A role's common-noun complement goes on with the role (head of the administration of
        // the city district ...), up to the name that may end it.
        int noun = roleSeen && end > body && lexicon.isTitlePreposition(token)
            ? lowercaseComplement(complement, to) : -1;
        if (noun > 0) {
          ofAt = ofAt < 0 ? end : ofAt;
          end = noun;
          continue;
        }
        if (complement + 1 < to && tokens.get(complement).isWord()
            && lexicon.isDefinite(tokens.get(complement)) && (fieldAndName(complement + 1, to)
                || roleSeen && tokens.get(complement + 1).isCapitalized())) {
          complement++;
        }
        // A title's field after its preposition (Minister of Foreign Affairs, Ambassador to the
        // United States, Committee on International Affairs), before any name; a role after it
        // is someone else's (aide to President Ivan Orlov).
        boolean titled = end > body && (lexicon.isTitlePreposition(token)
            && headNounBefore(body, end) || lexicon.isFieldPreposition(token) && headIs(end - 1, Kind.BODY));
        if (titled && !named && complement < to
            && tokens.get(complement).isCapitalized() && !headIs(complement, Kind.ROLE)) {
          field = field < 0 ? complement : field;
          end = complement;
          continue;
        }
        break;
      }
      if (!capital && (lexicon.isFunctionWord(token) || lexicon.verb(token) != null)) {
        break;
      }
      // Inside a field a capitalised word that is also a verb is a word of a name (the United
      // States).
      if (capital && end > body && lexicon.isFunctionWord(token)
          && !(field >= 0 && end > field && lexicon.verb(token) != null)) {
        break;
      }
      end++;
    }
    int last = end - 1;
    while (last >= body && !(tokens.get(last).isCapitalized() || headNoun(last) != null)) {
      last--;
    }
    if (last < body) {
      return null;
    }
    // Most starts give no phrase: the chunk is made only now.
    Chunk chunk = newChunk();
    chunk.from = start;
    chunk.indefinite = indefinite;
    chunk.to = last + 1;
    int nameStart = chunk.to;
    int nameBound = field >= 0 ? field + 1 : body;
    while (nameStart > nameBound && isNameWord(nameStart - 1)
        && headNoun(nameStart - 1) == null) {
      nameStart--;
    }
    if (field >= 0 && chunk.to - nameStart < 2) {
      // After a title's field a lone capitalised word is more of the field (Minister of Russia).
      nameStart = chunk.to;
    }
    int head = -1;
    // The head stands before its title's field: the Chairman of the State Duma Committee.
    int headBefore = field >= 0 ? Math.min(nameStart, field) : nameStart;
    headBefore = ofAt >= 0 ? Math.min(headBefore, ofAt) : headBefore;
    for (int h = headBefore - 1; h >= body; h--) {
      if (headNoun(h) != null) {
        head = h;
        break;
      }
    }
    if (nameStart < chunk.to) {
      int length = chunk.to - nameStart;
      chunk.nameFrom = length >= 3 ? chunk.to - 2 : nameStart;
      chunk.nameTo = chunk.to;
      chunk.kind = Kind.PERSON;
      chunk.head = head;
      if (head >= 0) {
        chunk.headLemma = headNoun(head).noun().lemma();
      }
      return chunk;
    }
    if (head >= 0) {
      Head noun = headNoun(head);
      chunk.kind = noun.kind();
      chunk.head = head;
      chunk.headLemma = noun.noun().lemma();
      chunk.plural = !tokens.get(head).lower().equals(chunk.headLemma);
      // A described source takes the place it is in: "a source in the Russian Foreign Ministry".
      int after = chunk.to;
      if (chunk.kind == Kind.ROLE && lexicon.isSourceNoun(chunk.headLemma) && after + 1 < to
          && tokens.get(after).isWord() && lexicon.isPreposition(tokens.get(after))) {
        Chunk place = headLast(after + 1, after + 1, to);
        if (place != null) {
          chunk.to = place.to;
        }
      }
      return chunk;
    }
    if (lexicon.isBodyName(tokens.get(last))) {
      chunk.kind = Kind.BODY;
      chunk.head = last;
      return chunk;
    }
    return null;
  }

  /**
   * Whether a conjunction joins two words of a role's field: inside a title ({@code Minister of
   * Industry and Trade}), or between lower-case modifiers before the head noun ({@code the industry
   * and trade minister}).
   */
  private boolean joinsField(int body, int conjunction, int to, boolean titled, boolean roleSeen) {
    if (conjunction + 1 >= to || !tokens.get(conjunction + 1).isWord()) {
      return false;
    }
    Token next = tokens.get(conjunction + 1);
    if (titled) {
      return next.isTitlecase() && !lexicon.isFunctionWord(next);
    }
    if (roleSeen) {
      return false;
    }
    for (int k = body; k < conjunction; k++) {
      if (!tokens.get(k).isLowercase()) {
        return false;
      }
    }
    for (int k = conjunction + 1; k < to && k < conjunction + 4; k++) {
      Token token = tokens.get(k);
      if (!token.isLowercase() || lexicon.isFunctionWord(token)) {
        return false;
      }
      if (headNoun(k) != null) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the words from {@code from} are a field and a name ({@code [of the] Russian delegation
   * Oleg Savin}): at least three words, no function word, the last two name words.
   */
  private boolean fieldAndName(int from, int to) {
    int end = from;
    while (end < to && end - from < 6 && tokens.get(end).isWord()
        && !lexicon.isFunctionWord(tokens.get(end))) {
      end++;
    }
    return end - from >= 3 && isNameWord(end - 1) && isNameWord(end - 2);
  }

  /**
   * Where a common noun phrase in lower case starts, at {@code k} or after an article there; -1
   * when none does.
   */
  private int lowercaseComplement(int k, int to) {
    if (k < to && tokens.get(k).isWord() && lexicon.isDefinite(tokens.get(k))) {
      k++;
    }
    return k < to && tokens.get(k).isWord() && tokens.get(k).isLowercase()
        && !lexicon.isFunctionWord(tokens.get(k)) ? k : -1;
  }

  /** Whether the token at {@code k} is a head noun of the kind. */
  private boolean headIs(int k, Kind kind) {
    Head head = headNoun(k);
    return head != null && head.kind() == kind;
  }

  /**
   * Whether a head noun of the kind stands among the tokens: a body as the head or a complement,
   * a role as a complement naming who holds it.
   */
  private boolean headBetween(int from, int to, Kind kind) {
    for (int k = from; k < to; k++) {
      if (headIs(k, kind)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A body's field in lower case after its preposition, up to a name ({@code комитета по
   * обороне и безопасности Иван Петров}): the index after the field, or -1 when no such field
   * with a capitalised word after it starts there.
   */
  private int lowercaseField(int from, int to) {
    int end = from;
    while (end < to && end - from < 6 && tokens.get(end).isWord() && tokens.get(end).isLowercase()
        && lexicon.verb(tokens.get(end)) == null
        && (!lexicon.isFunctionWord(tokens.get(end))
            || end > from && lexicon.isConjunction(tokens.get(end)))) {
      end++;
    }
    boolean named = end > from && end < to && tokens.get(end).isTitlecase()
        && !lexicon.isConjunction(tokens.get(end - 1));
    return named ? end : -1;
  }

  private boolean headNounBefore(int from, int to) {
    for (int k = from; k < to; k++) {
      if (headNoun(k) != null) {
        return true;
      }
    }
    return false;
  }
}
