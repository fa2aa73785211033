package org.wirecopy.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.wirecopy.model.Span;
import org.wirecopy.text.Lexicon.Gender;

/**
 * What an article has said so far about who is who: the persons and bodies mentioned, their
 * roles, the speakers in order of recency and the document last cited. References (names,
 * pronouns, role descriptions, bodies) resolve against it.
 *
 * <p>Every search is bounded ({@link #WINDOW} entities back), so that resolving stays linear in
 * the length of the article.
 */
final class Discourse {

  /** How many recent entities a pronoun or description looks back through. */
  static final int WINDOW = 32;

  /** How many mentions of an entity are looked through for a repeated span; more get a set. */
  private static final int MENTIONS_LOOKED_THROUGH = 16;

  /** A person, body or described source that the article mentions. */
  static final class Entity {
    /** Its place in the order of creation, the last tie-break of any order of entities. */
    private final int serial;
    private List<String> name;
    /** {@link Names#key} of the name, kept with it. */
    private String key;
    private final boolean person;
    private boolean named;
    /** A definite description that no earlier mention names, waiting for a name ("the spokesman"). */
    private boolean awaitsName;
    private String role;
    /** Every role given, folded; empty, and shared, until it has one (most bodies never do). */
    private List<String> roles = List.of();
    /** The words of its roles; empty, and shared, until it has one. */
    private Set<String> roleWords = Set.of();
    /** The offices its roles name, a bit each ({@link Lexicon#offices}). */
    private int offices;
    private final String head;
    private Gender gender;
    /**
     * Whether the person was last named after a preposition ({@code with X}, {@code с X}): the
     * one met with, not the one who acts, whom a pronoun with no speaker yet means less often.
     */
    private boolean oblique;
    /**
     * Where it is mentioned: spans only, since most entities never speak; a speaker's mentions
     * get their text from the body at the end. Most entities have a few.
     */
    private final List<Span> mentions = new ArrayList<>(4);
    /** The spans of the mentions, once there are too many to look through. */
    private Set<Span> spans;

    /** An entity of that name; {@code key} is {@link Names#key} of it, which the caller has. */
    private Entity(int serial, List<String> name, String key, boolean person, boolean named,
        String head, Gender gender) {
      this.serial = serial;
      this.name = name;
      this.key = key;
      this.person = person;
      this.named = named;
      this.head = head;
      this.gender = gender;
    }

    String name() {
      return Names.join(name);
    }

    boolean person() {
      return person;
    }

    boolean named() {
      return named;
    }

    String role() {
      return role;
    }

    Gender gender() {
      return gender;
    }

    List<Span> mentions() {
      return mentions;
    }

    /** Its place in the order of creation: entities created earlier come first. */
    int serial() {
      return serial;
    }

    /**
     * Whether no mention has the span yet, recording it: the few mentions of most entities are
     * looked through, a set made for an entity mentioned often.
     */
    private boolean isNew(Span span) {
      if (spans != null) {
        return spans.add(span);
      }
      for (int i = 0; i < mentions.size(); i++) {
        if (mentions.get(i).equals(span)) {
          return false;
        }
      }
      if (mentions.size() >= MENTIONS_LOOKED_THROUGH) {
        spans = new HashSet<>(mentions);
        spans.add(span);
      }
      return true;
    }

    /** Sorts the mentions into text order and drops those inside another one. */
    void dropNestedMentions() {
      mentions.sort((x, y) -> x.block() != y.block()
          ? Integer.compare(x.block(), y.block())
          : x.start() != y.start()
              ? Integer.compare(x.start(), y.start())
              : Integer.compare(y.end(), x.end()));
      List<Span> kept = new ArrayList<>();
      for (Span mention : mentions) {
        Span last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
        if (last == null || last.block() != mention.block() || mention.start() >= last.end()) {
          kept.add(mention);
        }
      }
      mentions.clear();
      mentions.addAll(kept);
    }

    /** The last word of the name, folded: a person's surname. */
    String key() {
      return key;
    }

    private void rename(List<String> words) {
      name = Names.copy(words);
      key = Names.key(name);
    }

    @Override
    public String toString() {
      return name() + (role == null ? "" : " (" + role + ")");
    }
  }

  private final Lexicon lexicon;
  /** The capitalised words of the article, folded: the name forms it attests. */
  private final Predicate<String> attested;
  private final List<Entity> entities = new ArrayList<>();
  private final Map<String, Entity> persons = new HashMap<>();
  /**
   * The persons by first name, folded, for a first name alone ({@code Dmitry} for {@code Dmitry
   * Peskov}); a first name that two persons share maps to null: it names neither.
   */
  private final Map<String, Entity> firstNames = new HashMap<>();
  private final Map<String, Entity> bodies = new HashMap<>();
  /** The nominative candidates of the name words met, folded. */
  private final Map<String, List<String>> nominatives = new HashMap<>();
  private static final int CACHE = 10_000;
  /** The bits of the filter of known names' first two letters. */
  private static final int PREFIX_BITS = 1 << 10;
  private final long[] knownPrefixes = new long[PREFIX_BITS / 64];
  /** Speakers, most recent last, each once, at most {@link #WINDOW}. */
  private final List<Entity> speakers = new ArrayList<>();
  private Entity current;
  private Entity lastBody;
  private Entity frame;
  private boolean documentCited;
  private Entity documentOwner;

  /**
   * What an article says about who is who, empty at first.
   *
   * @param lexicon the word tables
   * @param attested the capitalised words of the article, folded, so that a name is brought to
   *     a nominative that the article writes
   */
  Discourse(Lexicon lexicon, Predicate<String> attested) {
    this.lexicon = lexicon;
    this.attested = attested;
  }

  /**
   * The nominative of a name word in a known case, one the article writes when it can.
   *
   * @param word a capitalised name word
   * @param grammaticalCase the case its context shows
   * @param feminine whether the name is known to be a woman's
   * @return the nominative
   */
  String nominative(String word, Lexicon.Case grammaticalCase, boolean feminine) {
    return Names.nominative(word, grammaticalCase, feminine, lexicon, attested);
  }

  /** All entities, in order of creation. */
  List<Entity> entities() {
    return entities;
  }

  /**
   * The person of that name, created when new; a fuller name replaces a shorter one.
   *
   * @param name the name words, nominative
   * @param role the role from an apposition, nominative, or null
   * @param gender the gender known from the context
   * @return the entity
   */
  Entity person(List<String> name, String role, Gender gender) {
    String key = Names.key(name);
    Entity entity = persons.get(key);
    if (entity == null) {
      entity = misspelt(key);
    }
    if (entity == null && name.size() == 1) {
      entity = firstNames.get(key);
    }
    if (entity == null && name.size() == 1 && role == null) {
      entity = named(name, key);
    }
    // The gender the name shows is read only for a person whose gender is not known yet: most
    // mentions are of one known already.
    if (entity == null) {
      Gender shown = Names.gender(name, lexicon);
      entity = new Entity(entities.size(), Names.copy(name), key, true, true, null,
          shown != Gender.UNKNOWN ? shown : gender);
      persons.put(key, entity);
      known(key);
      entities.add(entity);
      indexFirstName(entity);
    } else {
      if (name.size() > entity.name.size() && (entity.name.size() == 1
          || name.size() == 1 || Chars.foldedEquals(entity.name.get(0), name.get(0)))) {
        entity.rename(name);
        indexFirstName(entity);
      }
      if (entity.gender == Gender.UNKNOWN) {
        Gender shown = Names.gender(name, lexicon);
        entity.gender = shown != Gender.UNKNOWN ? shown : gender;
      }
    }
    if (role != null) {
      addRole(entity, role);
    }
    return entity;
  }

  /** Records the first name of a person with a first name and a surname. */
  private void indexFirstName(Entity entity) {
    if (entity.name.size() < 2) {
      return;
    }
    String first = Lexicon.fold(entity.name.get(0));
    if (!firstNames.containsKey(first)) {
      firstNames.put(first, entity);
      known(first);
    } else if (firstNames.get(first) != entity) {
      firstNames.put(first, null);
    }
  }

  /**
   * The described speaker that a surname first met without a role names: copy calls someone "the
   * Defense Ministry's spokesman" and later, assuming the reader knows, just "Konashenkov".
   */
  private Entity named(List<String> name, String key) {
    int seen = 0;
    for (int i = entities.size() - 1; i >= 0 && seen < WINDOW; i--, seen++) {
      Entity entity = entities.get(i);
      if (entity.awaitsName) {
        entity.awaitsName = false;
        entity.named = true;
        entity.role = entity.name();
        entity.rename(name);
        persons.put(key, entity);
        known(key);
        return entity;
      }
    }
    return null;
  }

  /**
   * A known person whose surname differs from this one in one letter ({@code Koronolli} for
   * {@code Koronelli}): wire copy misspells names, and a surname that long one letter off is the
   * same person far more often than another one.
   */
  private Entity misspelt(String key) {
    if (key.length() < 6) {
      return null;
    }
    int seen = 0;
    for (int i = entities.size() - 1; i >= 0 && seen < WINDOW; i--, seen++) {
      Entity entity = entities.get(i);
      if (entity.person && entity.named && oneLetterOff(entity.key(), key)) {
        return entity;
      }
    }
    return null;
  }

  private static boolean oneLetterOff(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int differences = 0;
    for (int i = 0; i < a.length() && differences < 2; i++) {
      if (a.charAt(i) != b.charAt(i)) {
        differences++;
      }
    }
    return differences == 1;
  }

  /**
   * A known person that a name word may inflect, trying every nominative the endings table
   * gives: by surname, else by a first name that only one known person has.
   *
   * @param word a name word as written
   * @return the person, or null
   */
  Entity knownPerson(String word) {
    if (word.length() >= 2 && Chars.isPlain(word) && !mayBeKnown(word.charAt(0), word.charAt(1))) {
      return null;
    }
    return lookUp(word);
  }

  /**
   * {@link #knownPerson(String)} of a word token's text, which is made only when a known name
   * starts as the word does.
   *
   * @param word a name word
   * @return the person, or null
   */
  Entity knownPerson(Token word) {
    if (word.length() >= 2 && word.isPlain() && !mayBeKnown(word.charAt(0), word.charAt(1))) {
      return null;
    }
    return lookUp(word.text());
  }

  /**
   * Records the first two letters of a surname or first name that {@link #knownPerson} may find.
   * Every nominative form of a plain word keeps its first two letters (an ending replaced leaves
   * at least two), so a word whose two letters start no known name names no one: most words
   * are turned away before their forms are made.
   */
  private void known(String name) {
    addPrefix(knownPrefixes, name);
  }

  /** Whether a known name may start with the two characters (folded as they are read). */
  private boolean mayBeKnown(char first, char second) {
    return mayStart(knownPrefixes, first, second);
  }

  /** Sets the bit of a folded name's first two letters in a prefix filter. */
  private static void addPrefix(long[] prefixes, String name) {
    if (name.length() >= 2) {
      int bit = prefixBit(name.charAt(0), name.charAt(1));
      prefixes[bit >>> 6] |= 1L << bit;
    }
  }

  /** Whether a prefix filter lets through a word starting with the two characters, folded here. */
  private static boolean mayStart(long[] prefixes, char first, char second) {
    int bit = prefixBit(Chars.folded(first), Chars.folded(second));
    return (prefixes[bit >>> 6] & 1L << bit) != 0;
  }

  /**
   * {@link #knownPerson(Token)} for the persons of a set only: null for every other word, and
   * for most of them without making their forms. The filter is the one {@link #knownPerson}
   * reads, made from the names that lead to these persons alone.
   */
  final class Among {

    private final Set<Entity> quoted;
    private final long[] prefixes = new long[PREFIX_BITS / 64];

    private Among(Set<Entity> quoted) {
      this.quoted = quoted;
      for (Map<String, Entity> names : List.of(persons, firstNames)) {
        for (Map.Entry<String, Entity> name : names.entrySet()) {
          if (name.getValue() != null && quoted.contains(name.getValue())) {
            addPrefix(prefixes, name.getKey());
          }
        }
      }
    }

    /** The person of the set that a name word names, or null. */
    Entity person(Token word) {
      if (word.length() >= 2 && word.isPlain()
          && !mayStart(prefixes, word.charAt(0), word.charAt(1))) {
        return null;
      }
      Entity entity = knownPerson(word);
      return entity != null && quoted.contains(entity) ? entity : null;
    }
  }

  /**
   * Finds the persons of a set by their name words, turning most other words away at once:
   * after reading, only the quoted speakers' mentions are looked for.
   *
   * @param persons the persons, a set by identity
   * @return the finder
   */
  Among among(Set<Entity> persons) {
    return new Among(persons);
  }

  /** One of {@link #PREFIX_BITS} bits for two folded characters: a filter, false hits allowed. */
  private static int prefixBit(char first, char second) {
    return ((first << 16 | second) * 0x9E3779B9) >>> (32 - 10);
  }

  private Entity lookUp(String word) {
    List<String> forms = nominatives.get(word);
    if (forms == null) {
      forms = Names.nominatives(word, lexicon, attested);
      if (nominatives.size() < CACHE) {
        nominatives.put(word, forms);
      }
    }
    for (int i = 0; i < forms.size(); i++) {
      Entity entity = persons.get(forms.get(i));
      if (entity != null) {
        return entity;
      }
    }
    for (int i = 0; i < forms.size(); i++) {
      Entity entity = firstNames.get(forms.get(i));
      if (entity != null) {
        return entity;
      }
    }
    return null;
  }

  /**
   * The body of that name, created when new.
   *
   * @param name the name, nominative
   * @param head the lemma of its head noun, or null for a proper name
   * @return the entity
   */
  Entity body(String name, String head) {
    String key = Lexicon.fold(name);
    Entity entity = bodies.get(key);
    if (entity == null) {
      // Of a one-word name the key is the folded name.
      entity = new Entity(entities.size(), List.of(name), key, false, true, head, Gender.NEUTER);
      bodies.put(key, entity);
      entities.add(entity);
    }
    lastBody = entity;
    return entity;
  }

  /** The body mentioned last, or null. */
  Entity lastBody() {
    return lastBody;
  }

  /**
   * The last body with that head noun ({@code the ministry}), else the last body.
   *
   * @param head the head noun lemma
   * @return the body, or null
   */
  Entity lastBody(String head) {
    int seen = 0;
    for (int i = entities.size() - 1; i >= 0 && seen < WINDOW; i--, seen++) {
      Entity entity = entities.get(i);
      if (!entity.person && head != null && head.equals(entity.head)) {
        return entity;
      }
    }
    return lastBody;
  }

  /**
   * The last body whose head noun differs from the given one (the ministry that
   * {@code пресс-служба министерства} belongs to).
   *
   * @param head the head noun to skip
   * @return the body, or null
   */
  Entity lastBodyBut(String head) {
    int seen = 0;
    for (int i = entities.size() - 1; i >= 0 && seen < WINDOW; i--, seen++) {
      Entity entity = entities.get(i);
      if (!entity.person && entity.named && (entity.head == null || !entity.head.equals(head))) {
        return entity;
      }
    }
    return null;
  }

  /**
   * A described source that no earlier mention names ({@code ведущий Первого канала}).
   *
   * @param description the description, nominative
   * @param gender its gender
   * @param definite whether the description was definite ({@code the spokesman}), so that a
   *     surname met later without a role may name it
   * @return the entity
   */
  Entity described(String description, Gender gender, boolean definite) {
    String folded = Lexicon.fold(description);
    String key = "\u0000" + folded;
    Entity entity = bodies.get(key);
    if (entity == null) {
      entity = new Entity(entities.size(), List.of(description), folded, true, false, null,
          gender);
      entity.awaitsName = definite;
      bodies.put(key, entity);
      entities.add(entity);
    }
    return entity;
  }

  /**
   * The person a role description refers back to: first one whose role names the same office
   * ({@code глава государства}, {@code глава Минэкономразвития} for {@code министр экономического
   * развития}) or has every word of the description ({@code the industry and trade minister}),
   * else one whose role has the same head noun or shares a proper complement ({@code сотрудник
   * Госдепартамента}).
   *
   * @param head the lemma of the description's head noun
   * @param description the description, folded, head in its dictionary form
   * @param complements the folded proper words of the description
   * @param gender the gender the context shows
   * @return the person, or null
   */
  Entity byRole(String head, String description, Set<String> complements, Gender gender) {
    int offices = lexicon.offices(description);
    // The description's ministry and words are read once, when a person with a role is met:
    // not for each role compared, and not at all when no recent person has one (words null).
    Lexicon.Ministry ministry = null;
    Set<String> words = null;
    int seen = 0;
    for (int i = entities.size() - 1; i >= 0 && seen < WINDOW; i--, seen++) {
      Entity entity = entities.get(i);
      if (!entity.person || !entity.named || !entity.gender.fits(gender)) {
        continue;
      }
      if ((entity.offices & offices) != 0) {
        return entity;
      }
      if (entity.roles.isEmpty()) {
        continue; // no ministry to compare, and no role words to hold the description's
      }
      if (words == null) {
        ministry = lexicon.ministry(description);
        words = roleWords(description);
      }
      for (String role : entity.roles) {
        if (lexicon.sameMinistry(ministry, role)) {
          return entity;
        }
      }
      if (words.size() >= 2 && entity.roleWords.containsAll(words)) {
        return entity;
      }
    }
    seen = 0;
    for (int i = entities.size() - 1; i >= 0 && seen < WINDOW; i--, seen++) {
      Entity entity = entities.get(i);
      if (!entity.person || !entity.named || !entity.gender.fits(gender)) {
        continue;
      }
      if (entity.roleWords.contains(head)) {
        return entity;
      }
      for (String complement : complements) {
        if (entity.roleWords.contains(complement)) {
          return entity;
        }
      }
    }
    return null;
  }

  /**
   * The last speaker that a pronoun or bare description of this gender fits.
   *
   * @param gender the gender the form shows
   * @param person whether a person is meant (he, she), rather than a body (it)
   * @return the speaker, or null
   */
  Entity lastSpeaker(Gender gender, boolean person) {
    // A woman is marked (она, сказала, spokeswoman, -ова) far more often than a man, so "she"
    // first looks for a speaker known to be a woman before one whose gender is unknown.
    if (gender == Gender.FEMALE) {
      for (int i = speakers.size() - 1; i >= 0; i--) {
        Entity entity = speakers.get(i);
        if (entity.person && entity.gender == Gender.FEMALE) {
          return entity;
        }
      }
    }
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Entity entity = speakers.get(i);
      if (fits(entity, gender, person)) {
        return entity;
      }
    }
    // With no speaker yet, the one last named with a role; else the person last named in full:
    // "Ivan Petrov spoke at the forum. 'We are ready,' he said." Of those, first one not named
    // after a preposition: "X will discuss it with Y, as he told reporters" means X.
    Predicate<Entity> withRole = e -> e.role != null && fits(e, gender, person);
    Predicate<Entity> inFull = e -> e.person && e.name().indexOf(' ') > 0 && fits(e, gender, person);
    for (Predicate<Entity> test : List.of(withRole.and(e -> !e.oblique), withRole,
        inFull.and(e -> !e.oblique), inFull)) {
      Entity found = lastNamed(test);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  /**
   * Records where a person was last named: after a preposition or not.
   *
   * @param entity the person, or null
   * @param oblique whether a preposition governs the name
   */
  void namedAt(Entity entity, boolean oblique) {
    if (entity != null) {
      entity.oblique = oblique;
    }
  }

  /**
   * The one who spoke last, of those the gender fits; none named but not yet heard counts.
   *
   * @param gender the gender the form shows
   * @param bodies whether a body may be meant ({@code the source} may be a press service)
   * @return the speaker, or null
   */
  Entity lastToSpeak(Gender gender, boolean bodies) {
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Entity entity = speakers.get(i);
      if (fits(entity, gender, true) || bodies && !entity.person) {
        return entity;
      }
    }
    return null;
  }

  /** The last named entity of the recent ones that passes the test, or null. */
  private Entity lastNamed(Predicate<Entity> test) {
    int seen = 0;
    for (int i = entities.size() - 1; i >= 0 && seen < WINDOW; i--, seen++) {
      Entity entity = entities.get(i);
      if (entity.named && test.test(entity)) {
        return entity;
      }
    }
    return null;
  }

  /**
   * Records the gender a pronoun or verb form showed for an entity whose gender was unknown.
   *
   * @param entity the entity
   * @param gender the gender shown
   */
  void learnGender(Entity entity, Gender gender) {
    if (entity != null && entity.person && entity.named && entity.gender == Gender.UNKNOWN
        && (gender == Gender.MALE || gender == Gender.FEMALE)) {
      entity.gender = gender;
    }
  }

  private static boolean fits(Entity entity, Gender gender, boolean person) {
    if (gender == Gender.PLURAL || gender == Gender.NEUTER) {
      return !entity.person || entity.gender == gender;
    }
    return entity.person == person && entity.gender.fits(gender);
  }

  /**
   * Records that an entity spoke; a main-clause speaker becomes the current one.
   *
   * @param entity the speaker
   * @param main whether the cue stands in a main clause
   */
  void spoke(Entity entity, boolean main) {
    if (entity == null || !main) {
      return;
    }
    current = entity;
    speakers.remove(entity);
    speakers.add(entity);
    if (speakers.size() > WINDOW) {
      speakers.remove(0);
    }
    if (!entity.person) {
      lastBody = entity;
    }
  }

  /** The speaker of the last main-clause speech act, or null. */
  Entity current() {
    return current;
  }

  /** The speaker whose statements the article lists ({@code Putin's key statements}), or null. */
  Entity frame() {
    return frame;
  }

  void frame(Entity entity) {
    frame = entity;
  }

  /**
   * Records a cited document and its issuer.
   *
   * @param owner the issuer, or null when the article gives none
   */
  void cite(Entity owner) {
    documentCited = true;
    documentOwner = owner;
  }

  /** Whether a document was cited before. */
  boolean documentCited() {
    return documentCited;
  }

  /** The issuer of the document cited last. */
  Entity documentOwner() {
    return documentOwner;
  }

  /**
   * Adds a mention to an entity.
   *
   * @param entity the entity
   * @param mention where the mention stands
   */
  void mention(Entity entity, Span mention) {
    if (entity != null && entity.isNew(mention)) {
      entity.mentions.add(mention);
    }
  }

  private void addRole(Entity entity, String role) {
    if (entity.role == null) {
      entity.role = role;
    }
    String folded = Lexicon.fold(role);
    if (entity.roles.contains(folded)) {
      return; // its words and offices were added with it
    }
    if (entity.roles.isEmpty()) {
      entity.roles = new ArrayList<>(2);
    }
    if (entity.roles.size() < WINDOW) {
      entity.roles.add(folded);
    }
    if (entity.roleWords.isEmpty()) {
      entity.roleWords = new HashSet<>();
    }
    for (String word : folded.split(" ")) {
      Lexicon.Noun noun = lexicon.role(word);
      entity.roleWords.add(noun != null ? noun.lemma() : word);
    }
    entity.offices |= lexicon.offices(folded);
  }

  /** The content words of a role description, role nouns in their dictionary form. */
  private Set<String> roleWords(String description) {
    Set<String> words = new HashSet<>();
    for (String word : description.split(" ")) {
      if (!word.isEmpty() && !lexicon.isFunctionWord(word)) {
        Lexicon.Noun noun = lexicon.role(word);
        words.add(noun != null ? noun.lemma() : word);
      }
    }
    return words;
  }
}
