package dev.assay.engine.quantity;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pass that settles what a quantity measures from the other quantities in its sentence.
 *
 * <ul>
 *   <li>"2M daily" after "20M monthly users" is a daily user count.
 *   <li>"~90k/s at peak" after "~29k requests/s" counts requests too.
 *   <li>"~5 times a day" beside "500M daily users" is a rate per user.
 * </ul>
 *
 * <p>Each step is one pass over the drafts, which come in text order.
 */
final class ContextPass {

  /** Counts per day below this, beside a user count, read as a rate per user. */
  private static final double PER_USER_LIMIT = 1000;

  private ContextPass() {}

  static void apply(List<Draft> drafts) {
    for (int i = 0; i < drafts.size(); i++) {
      if (drafts.get(i).ellipticPeriod != null) {
        resolveElliptic(drafts, i);
      }
    }
    inherit(drafts);
    Map<Integer, Double> people = largestUserCounts(drafts);
    for (Draft d : drafts) {
      Double users = people.get(d.sentence);
      if (users != null && perUserCandidate(d) && users >= PER_USER_LIMIT * d.value) {
        d.perNoun = "user";
      }
    }
  }

  private static void resolveElliptic(List<Draft> drafts, int i) {
    Draft d = drafts.get(i);
    for (int step : new int[] {-1, 1}) {
      int j = i + step;
      if (j < 0 || j >= drafts.size() || drafts.get(j).sentence != d.sentence) {
        continue;
      }
      if (Measures.isPeople(drafts.get(j).measure)) {
        d.measure = userMeasure(d.ellipticPeriod);
        d.inheritsMeasure = false;
        return;
      }
    }
  }

  private static String userMeasure(String period) {
    String active = Measures.activeUsers(period);
    return active == null ? "users" : active;
  }

  /** Gives each count with no measure the last measure of a count before it in its sentence. */
  private static void inherit(List<Draft> drafts) {
    int sentence = -1;
    String last = "";
    for (Draft d : drafts) {
      if (d.sentence != sentence) {
        sentence = d.sentence;
        last = "";
      }
      if (d.inheritsMeasure && d.measure.isEmpty()) {
        d.measure = last;
      }
      boolean counts = d.kind == QuantityKind.THROUGHPUT || d.kind == QuantityKind.VOLUME;
      if (counts && lendable(d.measure)) {
        last = d.measure;
      }
    }
  }

  private static boolean lendable(String measure) {
    return !measure.isEmpty()
        && !Measures.isPeople(measure)
        && !measure.equals("bytes")
        && !measure.equals("times");
  }

  private static Map<Integer, Double> largestUserCounts(List<Draft> drafts) {
    Map<Integer, Double> people = new HashMap<>();
    for (Draft d : drafts) {
      if (Measures.isPeople(d.measure)) {
        people.merge(d.sentence, d.value, Math::max);
      }
    }
    return people;
  }

  private static boolean perUserCandidate(Draft d) {
    return d.kind == QuantityKind.VOLUME
        && d.per != null
        && d.perNoun == null
        && d.value < PER_USER_LIMIT
        && !d.measure.isEmpty()
        && !Measures.isPeople(d.measure)
        && !d.measure.equals("bytes");
  }
}
