package org.wirecopy.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The quote figures of {@code shared/eval/score.py}, computed the same way: quotes match one to
 * one, greedily by token F1 ≥ 0.8 after the scorer's normalisation; a matched quote is attributed
 * right when both speakers are absent or {@link #sameSpeaker} holds.
 */
final class QuoteScore {

  /** The threshold of token F1 for two quotes to match. */
  static final double MATCH_F1 = 0.8;

  /**
   * A quote to score.
   *
   * @param text the quoted words
   * @param speaker the speaker's name, or null
   * @param named false for a described source
   */
  record Scored(String text, String speaker, boolean named) {}

  private int predicted;
  private int gold;
  private int matched;
  private int whoSaidWhat;
  private int named;
  private int namedRight;
  private final List<String> report = new ArrayList<>();

  /**
   * Adds one article.
   *
   * @param name its name, for the report
   * @param pred the predicted quotes
   * @param goldQuotes the gold quotes
   */
  void add(String name, List<Scored> pred, List<Scored> goldQuotes) {
    predicted += pred.size();
    gold += goldQuotes.size();
    List<int[]> pairs = match(pred, goldQuotes);
    matched += pairs.size();
    Set<Integer> matchedPred = new HashSet<>();
    Set<Integer> matchedGold = new HashSet<>();
    for (int[] pair : pairs) {
      matchedPred.add(pair[0]);
      matchedGold.add(pair[1]);
      Scored p = pred.get(pair[0]);
      Scored g = goldQuotes.get(pair[1]);
      String ps = p.speaker() == null ? null : norm(p.speaker());
      String gs = g.speaker() == null ? null : norm(g.speaker());
      boolean ok = ps == null && gs == null || sameSpeaker(ps, gs);
      if (ok) {
        whoSaidWhat++;
      }
      if (gs != null && g.named()) {
        named++;
        if (ok) {
          namedRight++;
        }
      }
      if (!ok) {
        report.add(name + " speaker: " + excerpt(g.text()) + ": got " + ps + ", want " + gs);
      }
    }
    for (int i = 0; i < goldQuotes.size(); i++) {
      if (!matchedGold.contains(i)) {
        report.add(name + " missed: " + excerpt(goldQuotes.get(i).text()));
      }
    }
    for (int i = 0; i < pred.size(); i++) {
      if (!matchedPred.contains(i)) {
        report.add(name + " extra:  " + excerpt(pred.get(i).text()));
      }
    }
  }

  double quotePrecision() {
    return ratio(matched, predicted);
  }

  double quoteRecall() {
    return ratio(matched, gold);
  }

  double quoteF1() {
    return f1(quotePrecision(), quoteRecall());
  }

  double whoSaidWhatF1() {
    return f1(ratio(whoSaidWhat, predicted), ratio(whoSaidWhat, gold));
  }

  double attributionAccuracy() {
    return ratio(namedRight, named);
  }

  /** The figures on one line, and what went wrong, one line each. */
  String report() {
    return String.format(Locale.ROOT,
        "quotes: gold %d, predicted %d, matched %d; P %.3f R %.3f F1 %.3f; "
            + "attribution on named %.3f (%d/%d); who-said-what F1 %.3f%n",
        gold, predicted, matched, quotePrecision(), quoteRecall(), quoteF1(),
        attributionAccuracy(), namedRight, named, whoSaidWhatF1())
        + String.join("\n", report);
  }

  private static String excerpt(String text) {
    String n = norm(text);
    return '"' + (n.length() > 70 ? n.substring(0, 70) : n) + '"';
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  private static double f1(double p, double r) {
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }

  /** {@code norm} of score.py: NFC, no-break space and ё folded, white space collapsed. */
  static String norm(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC)
        .replace('\u00a0', ' ').replace('ё', 'е').replace('Ё', 'Е');
    return n.replaceAll("\\s+", " ").strip();
  }

  /** {@code norm_text} of score.py: surrounding punctuation cut, lower case. */
  static String normText(String s) {
    String n = norm(s);
    String strip = " \t.,;:!?\"'«»„“”‘’-–—…";
    int start = 0;
    int end = n.length();
    while (start < end && strip.indexOf(n.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && strip.indexOf(n.charAt(end - 1)) >= 0) {
      end--;
    }
    return n.substring(start, end).toLowerCase(Locale.ROOT);
  }

  static List<String> tokens(String s) {
    List<String> tokens = new ArrayList<>();
    String n = normText(s);
    int i = 0;
    while (i < n.length()) {
      if (isWordChar(n.charAt(i))) {
        int j = i;
        while (j < n.length() && isWordChar(n.charAt(j))) {
          j++;
        }
        tokens.add(n.substring(i, j));
        i = j;
      } else {
        i++;
      }
    }
    return tokens;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  static double tokenF1(String a, String b) {
    List<String> ta = tokens(a);
    List<String> tb = tokens(b);
    if (ta.isEmpty() || tb.isEmpty()) {
      return 0.0;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String t : tb) {
      counts.merge(t, 1, Integer::sum);
    }
    int common = 0;
    for (String t : ta) {
      if (counts.getOrDefault(t, 0) > 0) {
        common++;
        counts.merge(t, -1, Integer::sum);
      }
    }
    if (common == 0) {
      return 0.0;
    }
    double p = (double) common / ta.size();
    double r = (double) common / tb.size();
    return 2 * p * r / (p + r);
  }

  /** Greedy one-to-one matching by token F1, best first; pairs of (pred, gold) indices. */
  static List<int[]> match(List<Scored> pred, List<Scored> gold) {
    List<double[]> candidates = new ArrayList<>();
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < pred.size(); p++) {
        String a = normText(pred.get(p).text());
        String b = normText(gold.get(g).text());
        double f = a.equals(b) && !a.isEmpty() ? 1.0 : tokenF1(a, b);
        if (f >= MATCH_F1) {
          candidates.add(new double[] {f, p, g});
        }
      }
    }
    // score.py sorts the tuples (f, pi, gi) in reverse.
    candidates.sort((x, y) -> {
      for (int i = 0; i < 3; i++) {
        int c = Double.compare(y[i], x[i]);
        if (c != 0) {
          return c;
        }
      }
      return 0;
    });
    Set<Integer> usedPred = new HashSet<>();
    Set<Integer> usedGold = new HashSet<>();
    List<int[]> pairs = new ArrayList<>();
    for (double[] c : candidates) {
      int p = (int) c[1];
      int g = (int) c[2];
      if (usedPred.contains(p) || usedGold.contains(g)) {
        continue;
      }
      usedPred.add(p);
      usedGold.add(g);
      pairs.add(new int[] {p, g});
    }
    return pairs;
  }

  /** {@code same_speaker} of score.py. */
  static boolean sameSpeaker(String pred, String gold) {
    if (pred == null || gold == null) {
      return false;
    }
    String p = pred.toLowerCase(Locale.ROOT);
    String g = gold.toLowerCase(Locale.ROOT);
    if (p.equals(g)) {
      return true;
    }
    String[] pt = p.split(" ", -1);
    String[] gt = g.split(" ", -1);
    if (pt[pt.length - 1].equals(gt[gt.length - 1])
        && (pt.length == 1 || gt.length == 1 || pt[0].equals(gt[0]))) {
      return true;
    }
    return (" " + g + " ").contains(" " + p + " ") || (" " + p + " ").contains(" " + g + " ");
  }
}
