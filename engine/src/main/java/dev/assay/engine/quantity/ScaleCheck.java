package dev.assay.engine.quantity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The arithmetic an interviewer checks: whether a stated rate per second follows from the
 * stated daily volume or daily users.
 *
 * <p>Two rules. A daily volume ("50M transactions a day") is compared with the throughput of the
 * same family ("~580 TPS") when each is the other's nearest in the text; daily users times a
 * per-user daily rate ("500M DAU", "10 requests per user per day") are compared with the
 * throughput nearest the per-user rate. The expected figure is the daily total over 86,400
 * seconds, an average: a stated figure from half of it up to twenty times it passes, since peaks
 * of 2-10x the average are normal.
 */
public final class ScaleCheck {

  static final double SECONDS_PER_DAY = 86_400;
  static final double MAX_RATIO = 20;
  static final double MIN_RATIO = 0.5;

  private ScaleCheck() {}

  /**
   * Returns the conflicts among the quantities of one answer, in text order of the stated figure.
   *
   * @param quantities as extracted; null entries are ignored; never null in return
   */
  public static List<ScaleConflict> conflicts(List<Quantity> quantities) {
    if (quantities == null || quantities.isEmpty()) {
      return List.of();
    }
    List<Quantity> qs = new ArrayList<>();
    for (Quantity q : quantities) {
      if (q != null && q.kind() != null && q.measure() != null && Double.isFinite(q.value())) {
        qs.add(q);
      }
    }
    qs.sort(Comparator.comparingInt(Quantity::start));
    Map<String, List<Quantity>> throughputs = new LinkedHashMap<>();
    Map<String, List<Quantity>> dailies = new LinkedHashMap<>();
    List<Quantity> users = new ArrayList<>();
    for (Quantity q : qs) {
      if (isThroughput(q)) {
        throughputs.computeIfAbsent(MeasureFamily.of(q.measure()), f -> new ArrayList<>()).add(q);
      } else if (isDailyCount(q)) {
        dailies.computeIfAbsent(MeasureFamily.of(q.measure()), f -> new ArrayList<>()).add(q);
      } else if (isDailyUsers(q)) {
        users.add(q);
      }
    }
    List<ScaleConflict> out = new ArrayList<>();
    Map<Quantity, Boolean> flagged = new IdentityHashMap<>();
    for (Map.Entry<String, List<Quantity>> family : dailies.entrySet()) {
      List<Quantity> rates = throughputs.get(family.getKey());
      if (rates != null) {
        dailyVolumes(family.getValue(), rates, out, flagged);
      }
    }
    for (Quantity perUser : qs) {
      if (isPerUserDaily(perUser)) {
        perUserRates(perUser, users, throughputs, out, flagged);
      }
    }
    out.sort(Comparator.comparingInt(c -> c.stated().start()));
    return List.copyOf(out);
  }

  private static void dailyVolumes(
      List<Quantity> volumes,
      List<Quantity> rates,
      List<ScaleConflict> out,
      Map<Quantity, Boolean> flagged) {
    for (Quantity volume : volumes) {
      Quantity rate = nearest(rates, volume.start());
      if (nearest(volumes, rate.start()) != volume) {
        continue;
      }
      double expected = volume.value() / SECONDS_PER_DAY;
      String why =
          String.format(
              Locale.ROOT,
              "%s %s a day is about %s per second, not %s",
              Figures.format(volume.value()),
              volume.measure(),
              Figures.format(expected),
              Figures.format(rate.value()));
      check(rate, volume, expected, why, out, flagged);
    }
  }

  private static void perUserRates(
      Quantity perUser,
      List<Quantity> users,
      Map<String, List<Quantity>> throughputs,
      List<ScaleConflict> out,
      Map<Quantity, Boolean> flagged) {
    String base = MeasureFamily.base(perUser.measure());
    List<Quantity> rates = throughputs.get(MeasureFamily.of(base));
    if (users.isEmpty() || rates == null) {
      return;
    }
    Quantity dau = nearest(users, perUser.start());
    Quantity rate = nearest(rates, perUser.start());
    if (flagged.containsKey(rate)) {
      return;
    }
    double expected = dau.value() * perUser.value() / SECONDS_PER_DAY;
    String why =
        String.format(
            Locale.ROOT,
            "%s daily users at %s %s a day each is about %s per second, not %s",
            Figures.format(dau.value()),
            Figures.format(perUser.value()),
            base,
            Figures.format(expected),
            Figures.format(rate.value()));
    check(rate, dau, expected, why, out, flagged);
  }

  private static void check(
      Quantity stated,
      Quantity from,
      double expected,
      String why,
      List<ScaleConflict> out,
      Map<Quantity, Boolean> flagged) {
    if (!(expected > 0) || !Double.isFinite(expected)) {
      return;
    }
    double ratio = stated.value() / expected;
    if (ratio > MAX_RATIO || ratio < MIN_RATIO) {
      out.add(new ScaleConflict(stated, from, expected, ratio, why));
      flagged.put(stated, Boolean.TRUE);
    }
  }

  /** A rate per second of a known measure, not the capacity of one machine. */
  private static boolean isThroughput(Quantity q) {
    return q.kind() == QuantityKind.THROUGHPUT
        && !q.measure().isEmpty()
        && !MeasureFamily.isPerUnit(q.measure());
  }

  /** A daily count of something that is not people, bytes or a per-unit rate. */
  private static boolean isDailyCount(Quantity q) {
    return q.kind() == QuantityKind.VOLUME
        && "day".equals(q.per())
        && !q.measure().isEmpty()
        && !MeasureFamily.isPerUnit(q.measure())
        && !Measures.isPeople(q.measure())
        && !q.measure().equals("bytes")
        && !q.measure().equals("times");
  }

  private static boolean isPerUserDaily(Quantity q) {
    return q.kind() == QuantityKind.VOLUME
        && "day".equals(q.per())
        && q.measure().endsWith("-per-user");
  }

  private static boolean isDailyUsers(Quantity q) {
    return q.kind() == QuantityKind.VOLUME
        && (q.measure().equals("dau") || (Measures.isPeople(q.measure()) && "day".equals(q.per())));
  }

  /** The quantity of a start-sorted, non-empty list nearest to {@code position}; ties go left. */
  private static Quantity nearest(List<Quantity> sorted, int position) {
    int lo = 0;
    int hi = sorted.size() - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).start() < position) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    Quantity right = sorted.get(lo);
    if (lo == 0) {
      return right;
    }
    Quantity left = sorted.get(lo - 1);
    long toLeft = (long) position - left.start();
    long toRight = Math.abs((long) right.start() - position);
    return toLeft <= toRight ? left : right;
  }
}
