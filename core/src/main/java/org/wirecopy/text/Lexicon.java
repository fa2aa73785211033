package org.wirecopy.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
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
  protected final Set<String> nameNouns = new HashSet<>();
  protected final Set<String> termMarkers = new HashSet<>();
  protected final Set<String> addressees = new HashSet<>();
  protected final Set<String> adverbs = new HashSet<>();
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
  protected final List<String> feminineSurnameEndings = new ArrayList<>();
  protected final List<String> masculineSurnameEndings = new ArrayList<>();
  protected final List<String> feminineFirstNameEndings = new ArrayList<>();
  protected final List<String> feminineObliqueEndings = new ArrayList<>();
  protected final List<String> patronymicEndings = new ArrayList<>();
  /** Endings of words that can stand as a genitive complement after a role noun. */
  protected final List<String> genitiveEndings = new ArrayList<>();
  /** Determiners that introduce someone new ({@code a}, {@code an}). */
  protected final Set<String> indefinites = new HashSet<>();
  /** Determiners that refer to someone known ({@code the}). */
  protected final Set<String> definites = new HashSet<>();
  /** Prepositions that join a role to its complement inside a title ({@code Ambassador to Havana}). */
  protected final Set<String> titlePrepositions = new HashSet<>();
  /** Complement words in the genitive that no ending shows ({@code иностранных дел}). */
  protected final Set<String> complementWords = new HashSet<>();
  protected final Map<String, Case> prepositionCases = new HashMap<>();

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
    return word.toLowerCase(Locale.ROOT).replace('ё', 'е');
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

  /** Whether a capitalised word is the proper name of a body ({@code Кремль}, {@code МИД}). */
  abstract boolean isBodyName(Token word);

  Noun document(String lower) {
    return lookup(lower, documentNouns);
  }

  /** The offices a role description names, as indices into the office table. */
  Set<Integer> offices(String description) {
    Set<Integer> found = new HashSet<>();
    String padded = " " + description + " ";
    for (int i = 0; i < offices.size(); i++) {
      for (String phrase : offices.get(i)) {
        if (padded.contains(" " + phrase + " ")) {
          found.add(i);
        }
      }
    }
    return found;
  }

  /** Whether a noun before marks makes them a name ({@code ракета}, {@code company}). */
  boolean isNameNoun(String lower) {
    return lookup(lower, nameNouns) != null;
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

  /** The dictionary form of a word of the given table, through its inflected forms. */
  private Noun lookup(String lower, Set<String> table) {
    Map<String, Noun> forms = inflected.get(table);
    if (forms == null) {
      forms = new HashMap<>();
      for (String lemma : table) {
        forms.put(lemma, new Noun(lemma, Case.NOMINATIVE));
      }
      for (Ending ending : nounEndings) {
        for (String lemma : table) {
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
    for (Set<String> table : List.of(roleNouns.keySet(), bodyNouns, documentNouns, nameNouns, frameNouns)) {
      lookup("", table);
    }
  }

  /** Adds the words of a space-separated list to a set. */
  protected static void words(Set<String> set, String list) {
    for (String word : list.trim().split("\\s+")) {
      set.add(word);
    }
  }
}
