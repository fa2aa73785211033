package org.wirecopy.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.wirecopy.model.Language;

/**
 * The word tables that attribution reads, for one language: speech verbs in all their forms,
 * cue phrases, pronouns, role and body nouns, document nouns, the nouns that put a name in
 * marks, and the small function-word lists the phrase reader needs. Everything language-specific
 * is data here; {@link Attribution} holds the rules.
 *
 * <p>Words are stored lower case with {@code ё} folded to {@code е}.
 */
abstract class Lexicon {

  /** Grammatical gender or number that a form shows; {@link #UNKNOWN} when it shows none. */
  enum Gender {
    MALE, FEMALE, NEUTER, PLURAL, UNKNOWN;

    /** Whether a referent of this gender fits a form of the other. */
    boolean fits(Gender form) {
      return this == UNKNOWN || form == UNKNOWN || this == form;
    }
  }

  /** Grammatical case, as far as an ending tells it. */
  enum Case {
    NOMINATIVE, GENITIVE, DATIVE, ACCUSATIVE, INSTRUMENTAL, PREPOSITIONAL, UNKNOWN
  }

  /** How a speech verb finds its speaker. */
  enum VerbKind {
    /** The speaker is the subject ({@code сказал он}, {@code Peskov said}). */
    SUBJECT,
    /** The speaker is the object ({@code цитирует Бабушкина пресс-служба}). */
    OBJECT,
    /** Impersonal: the source is a document or body in a prepositional phrase ({@code говорится в указе}). */
    SOURCE,
    /** A gerund: the speaker is the subject of its clause ({@code подчеркнув, что}). */
    GERUND
  }

  /**
   * A speech verb form.
   *
   * @param kind how it finds its speaker
   * @param gender the gender or number its ending shows
   */
  record Verb(VerbKind kind, Gender gender) {}

  /**
   * A pronoun form.
   *
   * @param gender its gender or number
   * @param relative whether it is a relative pronoun ({@code который}, {@code who})
   * @param possessive whether it is (also) a possessive determiner ({@code его}, {@code his})
   * @param nominative whether it can be a subject ({@code он}, {@code he}; not {@code его})
   */
  record Pronoun(Gender gender, boolean relative, boolean possessive, boolean nominative) {}

  /**
   * A noun of the tables read from an inflected form.
   *
   * @param lemma the dictionary form
   * @param grammaticalCase the case its ending shows
   */
  record Noun(String lemma, Case grammaticalCase) {}

  /**
   * A way an ending is replaced to get the dictionary form.
   *
   * @param ending the inflected ending
   * @param replacement the dictionary ending
   * @param grammaticalCase the case
   */
  record Ending(String ending, String replacement, Case grammaticalCase) {}

  /**
   * One row of the table of name endings: an oblique ending of a case and the nominative ending
   * that replaces it ({@code GENITIVE, -ова → -ов}: {@code Лаврова} → {@code Лавров}).
   *
   * @param grammaticalCase the case of the oblique ending
   * @param oblique the oblique ending
   * @param nominative the ending that replaces it
   */
  record NameEnding(Case grammaticalCase, String oblique, String nominative) {}

  protected final Map<String, Verb> verbs = new HashMap<>();
  protected final Map<String, Pronoun> pronouns = new HashMap<>();
  /** Cue phrases before a noun phrase naming the source: {@code по словам}, {@code according to}. */
  protected final Set<String> sourcePhrases = new HashSet<>();
  /** Words after a speech verb that belong to the cue: {@code надежду}, {@code out}. */
  protected final Set<String> cueObjects = new HashSet<>();
  /** Verbs that are a speech cue only with one of {@link #cueObjects} ({@code выразил надежду}). */
  protected final Set<String> objectVerbs = new HashSet<>();
  /** Role nouns of sources that are only described, never named ({@code источник}). */
  protected final Set<String> sourceNouns = new HashSet<>();
  /**
   * Source nouns that refer back to a source met before ({@code собеседник}, {@code
   * interlocutor}): one speaks with someone already there.
   */
  protected final Set<String> interlocutors = new HashSet<>();
  /** The words for the agency itself as a complement ({@code агентства}, {@code TASS'}). */
  protected final Set<String> agencyWords = new HashSet<>();
  /** The conjunction that opens reported speech: {@code что}, {@code that}. */
  protected String complementizer = "";
  protected final Map<String, Gender> roleNouns = new HashMap<>();
  protected final Set<String> bodyNouns = new HashSet<>();
  /** Body nouns that refer back to a body named before ({@code ведомство}, {@code the ministry}). */
  protected final Set<String> anaphoricBodies = new HashSet<>();
  protected final Set<String> bodyNames = new HashSet<>();
  protected final Set<String> documentNouns = new HashSet<>();
  /** Role descriptions that mean the same office, each group one office. */
  protected final List<List<String>> offices = new ArrayList<>();
  /** Role nouns that head a ministry ({@code глава}, {@code министр}); empty for no clipped names. */
  protected final Set<String> ministryHeads = new HashSet<>();
  /** The noun of the head whose field follows it ({@code министр} экономического развития). */
  protected String ministerNoun = "";
  /** The noun of a ministry ({@code министерство}) and the start of its clipped names ({@code мин}). */
  protected String ministryNoun = "";
  protected String ministryPrefix = "";
  protected final Set<String> nameNouns = new HashSet<>();
  /**
   * Nouns whose complement in marks is a title however long ({@code под лозунгом «…»},
   * {@code the theme is "…"}).
   */
  protected final Set<String> titleNouns = new HashSet<>();
  /** Participles that give a common noun the title in marks after them ({@code a play called "…"}). */
  protected final Set<String> titleVerbs = new HashSet<>();
  /** Linking verbs between a title noun and its title ({@code is}, {@code стала}). */
  protected final Set<String> copulas = new HashSet<>();
  protected final Set<String> termMarkers = new HashSet<>();
  protected final Set<String> addressees = new HashSet<>();
  protected final Set<String> adverbs = new HashSet<>();
  /**
   * Adverbs that stand for the place last named, a body when it is one: {@code сказали там}
   * after {@code сообщили в Минобороны}.
   */
  protected final Set<String> placeAdverbs = new HashSet<>();
  protected final Set<String> prepositions = new HashSet<>();
  protected final Set<String> conjunctions = new HashSet<>();
  protected final Set<String> subordinators = new HashSet<>();
  protected final Set<String> determiners = new HashSet<>();
  protected final Set<String> abbreviations = new HashSet<>();
  protected final Set<String> frameNouns = new HashSet<>();
  protected final List<Ending> nounEndings = new ArrayList<>();
  /** Every form of the words of each noun table, made once from {@link #nounEndings}. */
  private final Map<Set<String>, Map<String, Noun>> inflected = new java.util.IdentityHashMap<>();
  /**
   * Openings of a sentence that refer back to what was said before it, so that its speech cue
   * attributes the quotes before ({@code Об этом заявил}, {@code This was stated by}).
   */
  protected final Set<String> anaphoricOpeners = new HashSet<>();
  /** The preposition of a passive's agent ({@code by}), or empty. */
  protected String agentPreposition = "";
  /** The table of name endings, longer endings first; empty for a language whose names do not inflect. */
  protected final List<NameEnding> nameEndings = new ArrayList<>();
  /**
   * Rows of name endings that other names share without inflecting, read only when the article
   * writes the nominative they give ({@code Небензи} → {@code Небензя}, but {@code Керри}).
   */
  protected final List<NameEnding> attestedNameEndings = new ArrayList<>();
  protected final List<String> feminineSurnameEndings = new ArrayList<>();
  protected final List<String> masculineSurnameEndings = new ArrayList<>();
  protected final List<String> feminineFirstNameEndings = new ArrayList<>();
  protected final List<String> feminineObliqueEndings = new ArrayList<>();
  protected final List<String> patronymicEndings = new ArrayList<>();
  /** Endings of words that can stand as a genitive complement after a role noun. */
  protected final List<String> genitiveEndings = new ArrayList<>();
  /** {@link #genitiveEndings} as a table, made by {@link #seal()}. */
  private Endings genitiveEnds = Endings.of("genitive", List.of());
  /** Determiners that introduce someone new ({@code a}, {@code an}). */
  protected final Set<String> indefinites = new HashSet<>();
  /** Determiners that refer to someone known ({@code the}). */
  protected final Set<String> definites = new HashSet<>();
  /** Prepositions that join a role to its complement inside a title ({@code Ambassador to Havana}). */
  protected final Set<String> titlePrepositions = new HashSet<>();
  /**
   * Prepositions that give a body its field after a role's complement ({@code комитет по
   * обороне}, {@code Committee on Foreign Affairs}).
   */
  protected final Set<String> fieldPrepositions = new HashSet<>();
  /**
   * Prepositions that name a document's author after it ({@code a statement by the ministry}); a
   * language that puts the author in the genitive has none.
   */
  protected final Set<String> authorPrepositions = new HashSet<>();
  /** Auxiliaries that make a quoting verb passive: "X was quoted as saying". */
  protected final Set<String> passiveAuxiliaries = new HashSet<>();
  /**
   * Endings of the capitalised adjectives of nationality ({@code Russian}, {@code Chinese},
   * {@code British}), at most three letters each, in a language that capitalises them.
   */
  protected final List<String> demonymEndings = new ArrayList<>();
  /** {@link #demonymEndings} as a table, made by {@link #seal()}. */
  private Endings demonymEnds = Endings.of("demonym", List.of());
  /**
   * Endings of gerunds and active participles, which open a clause between commas after its
   * subject ({@code выступая}, {@code speaking}), at most three letters each.
   */
  protected final List<String> gerundEndings = new ArrayList<>();
  /** {@link #gerundEndings} as a table, made by {@link #seal()}. */
  private Endings gerundEnds = Endings.of("gerund", List.of());
  /** Complement words in the genitive that no ending shows ({@code иностранных дел}). */
  protected final Set<String> complementWords = new HashSet<>();
  protected final Map<String, Case> prepositionCases = new HashMap<>();
  /**
   * The phrases of {@link #offices} by the hash code of their first word ({@link
   * String#hashCode}), sorted: a phrase can only stand where a description has its first word,
   * and the description's words are looked up without being cut out. Phrases whose first words
   * share a hash code are kept together, each still matched whole. Made once by {@link #seal()}.
   */
  private int[] officeWordHashes = new int[0];
  private OfficePhrase[][] officePhrases = new OfficePhrase[0][];
  /**
   * What the tables say of each word form they hold, made once by {@link #seal()}, found by open
   * addressing on the form's hash code: per slot the high half of the hash and one more than the
   * entry's index (0 for an empty slot) in one int, so that the table is small enough to stay
   * in the cache (32 KiB for Russian).
   */
  private int[] slots = new int[1];
  private Entry[] entries = new Entry[0];
  /** The entries' forms one after another, and where each starts: a match reads no string. */
  private char[] forms = new char[0];
  private int[] formStarts = new int[1];

  /**
   * Everything the tables say of one word form, so that a token looks its word up once: its
   * speech verb, pronoun, role, body and document noun, and the word lists it is in. The entry of
   * a word no table holds is {@link #NONE}.
   */
  static final class Entry {

    /** No phrase end; declared before {@link #NONE}, whose construction reads it. */
    private static final Entry[] NO_ENDS = new Entry[0];
    /** The entry of a word that no table holds. */
    static final Entry NONE = new Entry("", null, null, null, null, null, 0, Case.UNKNOWN, null);

    private final String key;
    private final Verb verb;
    private final Pronoun pronoun;
    private final Noun role;
    private final Noun body;
    private final Noun document;
    private final int lists;
    private final Case prepositionCase;
    private final Chunk.Head head;
    /**
     * The second words of the two-word source phrases this word opens ({@code по} → {@code
     * словам}); set by {@link #seal()} once every entry is made. An array, mostly empty, looked
     * through by identity: it is asked of nearly every word and its next.
     */
    private Entry[] phraseEnds = NO_ENDS;

    private Entry(String key, Verb verb, Pronoun pronoun, Noun role, Noun body, Noun document,
        int lists, Case prepositionCase, Chunk.Head head) {
      this.head = head;
      this.key = key;
      this.verb = verb;
      this.pronoun = pronoun;
      this.role = role;
      this.body = body;
      this.document = document;
      this.lists = lists;
      this.prepositionCase = prepositionCase;
    }

    /** The word form, folded. */
    String key() {
      return key;
    }

    private boolean in(int list) {
      return (lists & list) != 0;
    }
  }

  // The word lists an entry can be in, one bit each.
  private static final int SOURCE_PHRASE = 1;
  private static final int CUE_OBJECT = 1 << 1;
  private static final int OBJECT_VERB = 1 << 2;
  private static final int COMPLEMENTIZER = 1 << 3;
  private static final int NAME_NOUN = 1 << 4;
  private static final int TITLE_NOUN = 1 << 5;
  private static final int TITLE_VERB = 1 << 6;
  private static final int COPULA = 1 << 7;
  private static final int TERM_MARKER = 1 << 8;
  private static final int ADDRESSEE = 1 << 9;
  private static final int ADVERB = 1 << 10;
  private static final int PREPOSITION = 1 << 11;
  private static final int CONJUNCTION = 1 << 12;
  private static final int SUBORDINATOR = 1 << 13;
  private static final int DETERMINER = 1 << 14;
  private static final int ABBREVIATION = 1 << 15;
  private static final int FRAME_NOUN = 1 << 16;
  private static final int FUNCTION_WORD = 1 << 17;
  private static final int DEFINITE = 1 << 18;
  private static final int INDEFINITE = 1 << 19;
  private static final int TITLE_PREPOSITION = 1 << 20;
  private static final int COMPLEMENT_WORD = 1 << 21;
  private static final int BODY_NAME = 1 << 22;
  private static final int PLACE_ADVERB = 1 << 23;
  private static final int AGENCY_WORD = 1 << 24;
  private static final int PASSIVE_AUXILIARY = 1 << 25;
  private static final int AUTHOR_PREPOSITION = 1 << 26;
  private static final int FIELD_PREPOSITION = 1 << 27;

  /**
   * The lexicon of a language; English for English, Russian for everything else.
   *
   * @param language the article's language
   * @return its lexicon
   */
  static Lexicon of(Language language) {
    return language == Language.ENGLISH ? EnglishLexicon.INSTANCE : RussianLexicon.INSTANCE;
  }

  /** Lower case, {@code ё} folded. */
  static String fold(String word) {
    return Chars.fold(word);
  }

  /**
   * The entry of a word form.
   *
   * @param lower the form, lower case, {@code ё} folded
   * @return its entry, {@link Entry#NONE} when no table holds it
   */
  Entry entry(String lower) {
    int hash = lower.hashCode();
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      if ((slots[slot] & HIGH) == (hash & HIGH)) {
        Entry entry = entries[(slots[slot] & ~HIGH) - 1];
        if (entry.key.equals(lower)) {
          return entry;
        }
      }
    }
    return Entry.NONE;
  }

  /**
   * The entry of a word of ASCII and basic Cyrillic characters, folded as it is read.
   *
   * @param text the characters the word is in
   * @param start the word's first offset
   * @param length how many of its characters make the form (without an apostrophe-s)
   * @param hash the hash code of the folded form as a string
   * @return its entry, {@link Entry#NONE} when no table holds it
   */
  Entry entry(String text, int start, int length, int hash) {
    int mask = slots.length - 1;
    for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
      if ((slots[slot] & HIGH) == (hash & HIGH)) {
        int index = (slots[slot] & ~HIGH) - 1;
        if (foldsTo(text, start, length, index)) {
          return entries[index];
        }
      }
    }
    return Entry.NONE;
  }

  /** The high half of an int: of a hash code in a slot, above the entry's index. */
  private static final int HIGH = 0xFFFF0000;

  /** Whether the characters fold to the form of the entry at the index. */
  private boolean foldsTo(String text, int start, int length, int index) {
    int from = formStarts[index];
    if (formStarts[index + 1] - from != length) {
      return false;
    }
    for (int k = 0; k < length; k++) {
      if (Chars.foldedPlain(text.charAt(start + k)) != forms[from + k]) {
        return false;
      }
    }
    return true;
  }

  private static int spread(int hash) {
    return hash ^ (hash >>> 16);
  }

  /** The speech verb a token is, or null. */
  Verb verb(Token word) {
    return word.entry().verb;
  }

  /** The pronoun a token is, or null. */
  Pronoun pronoun(Token word) {
    return word.entry().pronoun;
  }

  /** Whether a token alone is a source phrase ({@code согласно}). */
  boolean isSourcePhrase(Token word) {
    return word.entry().in(SOURCE_PHRASE);
  }

  /** Whether two tokens open a source phrase ({@code по словам}). */
  boolean isSourcePhrase(Token first, Token second) {
    Entry end = second.entry();
    for (Entry candidate : first.entry().phraseEnds) {
      if (candidate == end) {
        return true;
      }
    }
    return false;
  }

  boolean isCueObject(Token word) {
    return word.entry().in(CUE_OBJECT);
  }

  boolean needsObject(Token word) {
    return word.entry().in(OBJECT_VERB);
  }

  boolean isComplementizer(Token word) {
    return word.entry().in(COMPLEMENTIZER);
  }

  /**
   * The role, body or document noun a token is, with the kind of phrase it heads; null for
   * none, and for a function word that is no speech verb.
   */
  Chunk.Head head(Token word) {
    return word.entry().head;
  }

  Chunk.Head head(String word) {
    if (isFunctionWord(word) && verb(word) == null) {
      return null;
    }
    Noun noun = role(word);
    if (noun != null) {
      return new Chunk.Head(Chunk.Kind.ROLE, noun);
    }
    noun = body(word);
    if (noun != null) {
      return new Chunk.Head(Chunk.Kind.BODY, noun);
    }
    noun = document(word);
    return noun == null ? null : new Chunk.Head(Chunk.Kind.DOCUMENT, noun);
  }

  /** The role noun a token is, or null. */
  Noun role(Token word) {
    return word.entry().role;
  }

  /** The body noun a token is, or null. */
  Noun body(Token word) {
    return word.entry().body;
  }

  /** The document noun a token is, or null. */
  Noun document(Token word) {
    return word.entry().document;
  }

  boolean isNameNoun(Token word) {
    return word.entry().in(NAME_NOUN);
  }

  boolean isTitleNoun(Token word) {
    return word.entry().in(TITLE_NOUN);
  }

  boolean isTitleVerb(Token word) {
    return word.entry().in(TITLE_VERB);
  }

  boolean isCopula(Token word) {
    return word.entry().in(COPULA);
  }

  boolean isTermMarker(Token word) {
    return word.entry().in(TERM_MARKER);
  }

  boolean isAddressee(Token word) {
    return word.entry().in(ADDRESSEE);
  }

  boolean isAdverb(Token word) {
    return word.entry().in(ADVERB);
  }

  /** Whether a word stands for the place last named ({@code там}). */
  boolean isPlaceAdverb(Token word) {
    return word.entry().in(PLACE_ADVERB);
  }

  boolean isPreposition(Token word) {
    return word.entry().in(PREPOSITION);
  }

  boolean isConjunction(Token word) {
    return word.entry().in(CONJUNCTION);
  }

  boolean isSubordinator(Token word) {
    return word.entry().in(SUBORDINATOR);
  }

  boolean isDeterminer(Token word) {
    return word.entry().in(DETERMINER);
  }

  boolean isAbbreviation(Token word) {
    return word.entry().in(ABBREVIATION);
  }

  boolean isFrameNoun(Token word) {
    return word.entry().in(FRAME_NOUN);
  }

  boolean isFunctionWord(Token word) {
    return word.entry().in(FUNCTION_WORD);
  }

  boolean isDefinite(Token word) {
    return word.entry().in(DEFINITE);
  }

  boolean isIndefinite(Token word) {
    return word.entry().in(INDEFINITE);
  }

  boolean isTitlePreposition(Token word) {
    return word.entry().in(TITLE_PREPOSITION);
  }

  /** The case a preposition token governs, {@link Case#UNKNOWN} when it governs several. */
  Case prepositionCase(Token word) {
    return word.entry().prepositionCase;
  }

  /** Whether a dash stands between a quote and the attribution after it ({@code ", - сказал он}). */
  abstract boolean dashBeforeAttribution();

  /** Whether the language inflects names, so that a mention must be brought to the nominative. */
  abstract boolean inflects();

  /** The speech verb of that form, or null. */
  Verb verb(String lower) {
    return verbs.get(lower);
  }

  Pronoun pronoun(String lower) {
    return pronouns.get(lower);
  }

  /** Whether the word alone is a source phrase ({@code согласно}). */
  boolean isSourcePhrase(String word) {
    return sourcePhrases.contains(word);
  }

  /** Whether the two words open a source phrase ({@code по словам}). */
  boolean isSourcePhrase(String first, String second) {
    return sourcePhrases.contains(first + " " + second);
  }

  boolean isCueObject(String lower) {
    return cueObjects.contains(lower);
  }

  boolean needsObject(String lower) {
    return objectVerbs.contains(lower);
  }

  boolean isSourceNoun(String lemma) {
    return sourceNouns.contains(lemma);
  }

  boolean isInterlocutor(String lemma) {
    return interlocutors.contains(lemma);
  }

  /** Whether a word names the agency itself ({@code собеседник агентства}). */
  boolean isAgencyWord(Token word) {
    return word.entry().in(AGENCY_WORD);
  }

  boolean isComplementizer(String lower) {
    return complementizer.equals(lower);
  }

  /** The role noun of an inflected form ({@code президента} → {@code президент}), or null. */
  Noun role(String lower) {
    return lookup(lower, roleNouns.keySet());
  }

  /** The gender a role noun itself shows ({@code spokeswoman}). */
  Gender roleGender(String lemma) {
    return roleNouns.getOrDefault(lemma, Gender.UNKNOWN);
  }

  Noun body(String lower) {
    return lookup(lower, bodyNouns);
  }

  boolean isAnaphoricBody(String lemma) {
    return anaphoricBodies.contains(lemma);
  }

  /**
   * Whether a capitalised word is the proper name of a body ({@code Кремль}, {@code МИД}); asked
   * once per token.
   */
  final boolean isBodyName(Token word) {
    int known = word.fact(Token.BODY_NAME);
    return known == Token.UNASKED ? word.fact(Token.BODY_NAME, bodyName(word)) : known == Token.YES;
  }

  /** Whether a capitalised word is the proper name of a body, as the language writes them. */
  protected abstract boolean bodyName(Token word);

  /** Whether the word, or the noun it inflects, is in the list of body names. */
  protected final boolean inBodyNames(Token word) {
    return word.entry().in(BODY_NAME);
  }

  Noun document(String lower) {
    return lookup(lower, documentNouns);
  }

  /** The offices a role description names: bit i for office i of the office table. */
  int offices(String description) {
    int found = 0;
    int n = description.length();
    // Each phrase is looked for only where the description has its first word, after a space.
    for (int start = 0, end; start <= n; start = end + 1) {
      end = description.indexOf(' ', start);
      if (end < 0) {
        end = n;
      }
      int hash = 0;
      for (int k = start; k < end; k++) {
        hash = 31 * hash + description.charAt(k);
      }
      int at = Arrays.binarySearch(officeWordHashes, hash);
      if (at < 0) {
        continue;
      }
      for (OfficePhrase phrase : officePhrases[at]) {
        int after = start + phrase.text().length();
        if (description.startsWith(phrase.text(), start)
            && (after == n || description.charAt(after) == ' ')) {
          found |= phrase.office();
        }
      }
    }
    return found;
  }

  /** A phrase of {@link #offices}, and the bit of its office. */
  private record OfficePhrase(String text, int office) {}

  /** The shortest piece of a clipped name that stands for a word ({@code обр}, {@code фин}). */
  private static final int CLIPPED_PIECE = 3;

  /** A ministry as a role description names it: by its clipped name, or by its field's words. */
  record Ministry(String clipped, List<String> field) {}

  /**
   * Whether two role descriptions name the head of the same ministry: {@code глава
   * Минэкономразвития} and {@code министр экономического развития РФ}, the clipped name read as
   * beginnings of the field's words ({@code эконом|развития}, {@code пром|торг|а}), or two fields
   * with the same words.
   *
   * @param a a role description, folded, its head noun in the dictionary form
   * @param b another one
   * @return whether both name the head of one ministry
   */
  boolean sameMinistry(String a, String b) {
    return sameMinistry(ministry(a), b);
  }

  /**
   * {@link #sameMinistry(String, String)} with the first description's ministry read already, so
   * that a description compared with many roles is read once.
   *
   * @param x the ministry of a role description ({@link #ministry}), or null when it names none
   * @param b another role description, folded, its head noun in the dictionary form
   * @return whether both name the head of one ministry
   */
  boolean sameMinistry(Ministry x, String b) {
    if (x == null) {
      return false;
    }
    Ministry y = ministry(b);
    if (y == null) {
      return false;
    }
    if (x.clipped() != null && y.clipped() != null) {
      return clips(x.clipped(), List.of(y.clipped())) && clips(y.clipped(), List.of(x.clipped()));
    }
    if (x.clipped() != null || y.clipped() != null) {
      return x.clipped() != null ? clips(x.clipped(), y.field()) : clips(y.clipped(), x.field());
    }
    return sameField(x.field(), y.field());
  }

  /** The ministry whose head a role description names, folded, or null when it names none. */
  Ministry ministry(String description) {
    if (ministryHeads.isEmpty()) {
      return null;
    }
    String[] words = description.split(" ");
    int k = 0;
    while (k < words.length - 1 && !ministryHeads.contains(words[k]) && isAdjective(words[k])) {
      k++;
    }
    if (!ministryHeads.contains(words[k]) || k + 1 >= words.length) {
      return null;
    }
    String next = words[k + 1];
    if (words[k].equals(ministerNoun)) {
      return new Ministry(null, List.of(words).subList(k + 1, words.length));
    }
    Noun noun = body(next);
    if (noun != null && noun.lemma().equals(ministryNoun)) {
      return k + 2 < words.length ? new Ministry(null, List.of(words).subList(k + 2, words.length)) : null;
    }
    if (next.startsWith(ministryPrefix) && next.length() >= ministryPrefix.length() + CLIPPED_PIECE) {
      return new Ministry(next.substring(ministryPrefix.length()), null);
    }
    return null;
  }

  /**
   * Whether a clipped name is made of beginnings of the words, each used once, in any order, at
   * least {@link #CLIPPED_PIECE} letters each; an ending of one or two letters may follow a piece
   * cut short ({@code торг|а}).
   */
  private static boolean clips(String clipped, List<String> words) {
    boolean[] used = new boolean[words.size()];
    int at = 0;
    boolean cut = false;
    while (at < clipped.length()) {
      int best = -1;
      int length = 0;
      for (int w = 0; w < words.size(); w++) {
        int common = used[w] ? 0 : commonStart(clipped, at, words.get(w));
        if (common > length) {
          best = w;
          length = common;
        }
      }
      if (length < CLIPPED_PIECE) {
        return cut && clipped.length() - at <= 2;
      }
      used[best] = true;
      cut = length < words.get(best).length();
      at += length;
    }
    return true;
  }

  private static int commonStart(String text, int from, String word) {
    int n = 0;
    while (from + n < text.length() && n < word.length() && text.charAt(from + n) == word.charAt(n)) {
      n++;
    }
    return n;
  }

  /** Whether two fields share their first word and the words of the shorter, by their stems. */
  private static boolean sameField(List<String> x, List<String> y) {
    List<String> shorter = x.size() <= y.size() ? x : y;
    List<String> longer = shorter == x ? y : x;
    if (shorter.isEmpty() || !sameStem(shorter.get(0), longer.get(0))) {
      return false;
    }
    for (String word : shorter) {
      boolean found = word.length() < CLIPPED_PIECE;
      for (String other : longer) {
        found |= sameStem(word, other);
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  private static boolean sameStem(String a, String b) {
    int stem = Math.min(5, Math.min(a.length(), b.length()));
    return commonStart(a, 0, b) >= stem;
  }

  /** Whether a noun before marks makes them a name ({@code ракета}, {@code company}). */
  boolean isNameNoun(String lower) {
    return lookup(lower, nameNouns) != null;
  }

  /** Whether a noun makes the marks after it a title, however long ({@code лозунг}, {@code theme}). */
  boolean isTitleNoun(String lower) {
    return lookup(lower, titleNouns) != null;
  }

  /** Whether a participle after a common noun makes the marks after it a title ({@code called}). */
  boolean isTitleVerb(String lower) {
    return titleVerbs.contains(lower);
  }

  /** Whether a word links a title noun to the title after it ({@code is}, {@code стала}). */
  boolean isCopula(String lower) {
    return copulas.contains(lower);
  }

  /** Whether a word says that the marks that follow hold a term ({@code так называемый}). */
  boolean isTermMarker(String lower) {
    return termMarkers.contains(lower);
  }

  boolean isAddressee(String lower) {
    return addressees.contains(lower);
  }

  boolean isAdverb(String lower) {
    return adverbs.contains(lower);
  }

  boolean isPlaceAdverb(String lower) {
    return placeAdverbs.contains(lower);
  }

  boolean isPreposition(String lower) {
    return prepositions.contains(lower);
  }

  boolean isConjunction(String lower) {
    return conjunctions.contains(lower);
  }

  boolean isSubordinator(String lower) {
    return subordinators.contains(lower) || pronoun(lower) != null && pronoun(lower).relative();
  }

  boolean isDeterminer(String lower) {
    return determiners.contains(lower);
  }

  /** Whether a word before a dot is an abbreviation, so that the dot ends no sentence. */
  boolean isAbbreviation(String lower) {
    return abbreviations.contains(lower);
  }

  /** Whether a noun names a set of statements that frames the quotes after it ({@code statements}). */
  boolean isFrameNoun(String lower) {
    return lookup(lower, frameNouns) != null;
  }

  /** A word that no name starts with: function words of all kinds. */
  boolean isFunctionWord(String lower) {
    return prepositions.contains(lower) || conjunctions.contains(lower) || adverbs.contains(lower)
        || subordinators.contains(lower) || determiners.contains(lower)
        || pronouns.containsKey(lower) || verbs.containsKey(lower);
  }

  /** Whether one or two words open a sentence that refers back ({@code об этом}). */
  boolean isAnaphoricOpener(String words) {
    return anaphoricOpeners.contains(words);
  }

  boolean isAgentPreposition(String lower) {
    return agentPreposition.equals(lower);
  }

  List<NameEnding> nameEndings() {
    return nameEndings;
  }

  List<NameEnding> attestedNameEndings() {
    return attestedNameEndings;
  }

  List<String> feminineSurnameEndings() {
    return feminineSurnameEndings;
  }

  List<String> masculineSurnameEndings() {
    return masculineSurnameEndings;
  }

  List<String> feminineFirstNameEndings() {
    return feminineFirstNameEndings;
  }

  List<String> feminineObliqueEndings() {
    return feminineObliqueEndings;
  }

  List<String> patronymicEndings() {
    return patronymicEndings;
  }

  /** Whether a token can be a genitive complement after a role noun; asked once per token. */
  final boolean looksGenitive(Token word) {
    int known = word.fact(Token.GENITIVE);
    return known == Token.UNASKED ? word.fact(Token.GENITIVE, genitive(word)) : known == Token.YES;
  }

  /** {@link #looksGenitive(String)} of the token's folded form, read without making it. */
  private boolean genitive(Token word) {
    return word.entry().in(COMPLEMENT_WORD) || genitiveEnds.end(word, 1);
  }

  /** Whether a word can be a genitive complement after a role noun ({@code государства}). */
  boolean looksGenitive(String lower) {
    if (complementWords.contains(lower)) {
      return true;
    }
    for (String ending : genitiveEndings) {
      if (lower.endsWith(ending) && lower.length() > ending.length() + 1) {
        return true;
      }
    }
    return false;
  }

  boolean isDefinite(String lower) {
    return definites.contains(lower);
  }

  boolean isIndefinite(String lower) {
    return indefinites.contains(lower);
  }

  boolean isTitlePreposition(String lower) {
    return titlePrepositions.contains(lower);
  }

  /** Whether a word is a gerund or participle, by the verb tables or its ending. */
  boolean isGerund(Token word) {
    Verb verb = verb(word);
    return verb != null ? verb.kind() == VerbKind.GERUND
        : word.isLowercase() && gerundEnds.end(word, 3);
  }

  /** Whether a capitalised word is an adjective of nationality by its ending ({@code Ukrainian}). */
  boolean isDemonym(Token word) {
    return demonymEnds.end(word, 2);
  }

  boolean isPassiveAuxiliary(String lower) {
    return passiveAuxiliaries.contains(lower);
  }

  /** Whether a word token makes the quoting verb after it passive; asked beside a cue only. */
  boolean isPassiveAuxiliary(Token word) {
    return word.isLowercase() && word.entry().in(PASSIVE_AUXILIARY);
  }

  boolean isFieldPreposition(String lower) {
    return fieldPrepositions.contains(lower);
  }

  /** Whether a word names a document's author after it; asked only after a document's phrase. */
  boolean isAuthorPreposition(Token word) {
    return word.isLowercase() && word.entry().in(AUTHOR_PREPOSITION);
  }

  /** Whether a preposition token gives a body its field; asked only inside a role's phrase. */
  boolean isFieldPreposition(Token word) {
    return word.isLowercase() && word.entry().in(FIELD_PREPOSITION);
  }

  /** The case a preposition governs, {@link Case#UNKNOWN} when it governs several. */
  Case prepositionCase(String lower) {
    return prepositionCases.getOrDefault(lower, Case.UNKNOWN);
  }

  /**
   * The genitive of a one-word body name ({@code Минкомсвязь} → {@code Минкомсвязи}), to name its
   * press service; null when the language or the name has none to give.
   *
   * @param name the name, nominative
   * @return the genitive, or null
   */
  abstract String genitive(String name);

  /** Whether the word looks like an adjective that can stand before a role noun. */
  abstract boolean isAdjective(String lower);

  /** Whether a token looks like an adjective that can stand before a role noun; asked once. */
  final boolean isAdjective(Token word) {
    int known = word.fact(Token.ADJECTIVE);
    return known == Token.UNASKED ? word.fact(Token.ADJECTIVE, adjective(word)) : known == Token.YES;
  }

  /** {@link #isAdjective(String)} of the token's folded form. */
  protected abstract boolean adjective(Token word);

  /** The dictionary form of a word of the given table, through its inflected forms. */
  private Noun lookup(String lower, Set<String> table) {
    Map<String, Noun> forms = inflected.get(table);
    if (forms == null) {
      forms = new HashMap<>();
      // In alphabetical order, so that of two lemmas with one form the same one always wins,
      // whatever order the hash set keeps.
      List<String> lemmas = table.stream().sorted().toList();
      for (String lemma : lemmas) {
        forms.put(lemma, new Noun(lemma, Case.NOMINATIVE));
      }
      for (Ending ending : nounEndings) {
        for (String lemma : lemmas) {
          int stem = lemma.length() - ending.replacement().length();
          if (lemma.endsWith(ending.replacement()) && stem > 1) {
            forms.putIfAbsent(lemma.substring(0, stem) + ending.ending(),
                new Noun(lemma, ending.grammaticalCase()));
          }
        }
      }
      inflected.put(table, forms);
    }
    return forms.get(lower);
  }

  /**
   * Fills the tables of inflected forms; called once by each subclass after its tables are set,
   * so that the lexicon is immutable and safe to share between threads.
   */
  protected final void seal() {
    genitiveEnds = Endings.of("genitive", genitiveEndings);
    demonymEnds = Endings.of("demonym", demonymEndings);
    gerundEnds = Endings.of("gerund", gerundEndings);
    if (offices.size() > Integer.SIZE) {
      throw new IllegalStateException("more offices than an int has bits: " + offices.size());
    }
    Map<Integer, List<OfficePhrase>> byHash = new TreeMap<>();
    for (int i = 0; i < offices.size(); i++) {
      for (String phrase : offices.get(i)) {
        int space = phrase.indexOf(' ');
        String first = space < 0 ? phrase : phrase.substring(0, space);
        byHash.computeIfAbsent(first.hashCode(), h -> new ArrayList<>())
            .add(new OfficePhrase(phrase, 1 << i));
      }
    }
    officeWordHashes = byHash.keySet().stream().mapToInt(Integer::intValue).toArray();
    officePhrases = byHash.values().stream()
        .map(phrases -> phrases.toArray(new OfficePhrase[0])).toArray(OfficePhrase[][]::new);
    Set<String> words = new HashSet<>();
    for (Set<String> table : List.of(roleNouns.keySet(), bodyNouns, documentNouns, nameNouns, titleNouns,
        frameNouns)) {
      lookup("", table);
      words.addAll(inflected.get(table).keySet());
    }
    Map<String, Set<String>> phraseEnds = new HashMap<>();
    for (String phrase : sourcePhrases) {
      int space = phrase.indexOf(' ');
      if (space > 0) {
        phraseEnds.computeIfAbsent(phrase.substring(0, space), k -> new HashSet<>())
            .add(phrase.substring(space + 1));
      }
    }
    words.addAll(phraseEnds.keySet());
    for (Set<String> ends : phraseEnds.values()) {
      words.addAll(ends);
    }
    words.addAll(complementWords);
    words.addAll(bodyNames);
    words.addAll(verbs.keySet());
    words.addAll(pronouns.keySet());
    words.addAll(prepositionCases.keySet());
    words.add(complementizer);
    for (Set<String> list : List.of(sourcePhrases, cueObjects, objectVerbs, titleVerbs, copulas,
        termMarkers, addressees, adverbs, placeAdverbs, prepositions, conjunctions, subordinators,
        determiners, abbreviations, indefinites, definites, titlePrepositions, agencyWords,
        passiveAuxiliaries, authorPrepositions, fieldPrepositions)) {
      words.addAll(list);
    }
    // Shortest first, then alphabetical: the same table from run to run, and the function words
    // that make a third of running text (в, на, что, the, of) share the first few cache lines of
    // the forms, their offsets and their entries, which stay in the cache while text is read.
    List<String> order = new ArrayList<>(words);
    order.sort(Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
    Map<String, Entry> made = new LinkedHashMap<>();
    for (String word : order) {
      Noun body = body(word);
      // Each fact from the method that answers it for a string, so that the two always agree.
      int lists = (isSourcePhrase(word) ? SOURCE_PHRASE : 0)
          | (isCueObject(word) ? CUE_OBJECT : 0)
          | (needsObject(word) ? OBJECT_VERB : 0)
          | (isComplementizer(word) ? COMPLEMENTIZER : 0)
          | (isNameNoun(word) ? NAME_NOUN : 0)
          | (isTitleNoun(word) ? TITLE_NOUN : 0)
          | (isTitleVerb(word) ? TITLE_VERB : 0)
          | (isCopula(word) ? COPULA : 0)
          | (isTermMarker(word) ? TERM_MARKER : 0)
          | (isAddressee(word) ? ADDRESSEE : 0)
          | (isAdverb(word) ? ADVERB : 0)
          | (isPlaceAdverb(word) ? PLACE_ADVERB : 0)
          | (isPreposition(word) ? PREPOSITION : 0)
          | (isConjunction(word) ? CONJUNCTION : 0)
          | (isSubordinator(word) ? SUBORDINATOR : 0)
          | (isDeterminer(word) ? DETERMINER : 0)
          | (isAbbreviation(word) ? ABBREVIATION : 0)
          | (isFrameNoun(word) ? FRAME_NOUN : 0)
          | (isFunctionWord(word) ? FUNCTION_WORD : 0)
          | (isDefinite(word) ? DEFINITE : 0)
          | (isIndefinite(word) ? INDEFINITE : 0)
          | (isTitlePreposition(word) ? TITLE_PREPOSITION : 0)
          | (complementWords.contains(word) ? COMPLEMENT_WORD : 0)
          | (agencyWords.contains(word) ? AGENCY_WORD : 0)
          | (isPassiveAuxiliary(word) ? PASSIVE_AUXILIARY : 0)
          | (authorPrepositions.contains(word) ? AUTHOR_PREPOSITION : 0)
          | (isFieldPreposition(word) ? FIELD_PREPOSITION : 0)
          | (bodyNames.contains(word) || body != null && bodyNames.contains(body.lemma())
              ? BODY_NAME : 0);
      made.put(word, new Entry(word, verb(word), pronoun(word), role(word), body,
          document(word), lists, prepositionCase(word), head(word)));
    }
    entries = made.values().toArray(new Entry[0]);
    if (entries.length >= 0xFFFF) {
      throw new IllegalStateException("more entries than a slot can index: " + entries.length);
    }
    // At most two thirds full.
    slots = new int[Integer.highestOneBit(entries.length * 3 / 2) << 1];
    formStarts = new int[entries.length + 1];
    StringBuilder all = new StringBuilder();
    int mask = slots.length - 1;
    for (int index = 0; index < entries.length; index++) {
      Entry entry = entries[index];
      Set<Entry> ends = new HashSet<>();
      for (String end : phraseEnds.getOrDefault(entry.key, Set.of())) {
        ends.add(made.get(end));
      }
      entry.phraseEnds = ends.isEmpty() ? Entry.NO_ENDS : ends.toArray(Entry.NO_ENDS);
      formStarts[index] = all.length();
      all.append(entry.key);
      int hash = entry.key.hashCode();
      int slot = spread(hash) & mask;
      while (slots[slot] != 0) {
        slot = (slot + 1) & mask;
      }
      slots[slot] = hash & HIGH | index + 1;
    }
    formStarts[entries.length] = all.length();
    forms = all.toString().toCharArray();
  }

  /** Adds the words of a space-separated list to a set. */
  protected static void words(Set<String> set, String list) {
    for (String word : list.trim().split("\\s+")) {
      set.add(word);
    }
  }
}
