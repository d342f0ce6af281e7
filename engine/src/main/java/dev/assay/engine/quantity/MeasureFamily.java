package dev.assay.engine.quantity;

import java.util.Map;

/**
 * The families of measures that count the same traffic, so a daily volume can be compared with
 * a rate per second: requests, queries, QPS and page loads are one family; transactions,
 * payments and TPS another; users and visitors a third.
 */
final class MeasureFamily {

  private static final Map<String, String> FAMILIES =
      Map.ofEntries(
          Map.entry("requests", "requests"),
          Map.entry("queries", "requests"),
          Map.entry("calls", "requests"),
          Map.entry("searches", "requests"),
          Map.entry("loads", "requests"),
          Map.entry("views", "requests"),
          Map.entry("lookups", "requests"),
          Map.entry("hits", "requests"),
          Map.entry("pageviews", "requests"),
          Map.entry("times", "requests"),
          Map.entry("transactions", "transactions"),
          Map.entry("payments", "transactions"),
          Map.entry("authorizations", "transactions"),
          Map.entry("purchases", "transactions"),
          Map.entry("orders", "transactions"),
          Map.entry("photos", "images"),
          Map.entry("images", "images"));

  private MeasureFamily() {}

  /** The measure without a "-per-..." suffix. */
  static String base(String measure) {
    int cut = measure.indexOf("-per-");
    return cut < 0 ? measure : measure.substring(0, cut);
  }

  /** The family a measure belongs to; a measure outside every family is its own. */
  static String of(String measure) {
    String base = base(measure);
    if (Measures.isPeople(base)) {
      return "users";
    }
    return FAMILIES.getOrDefault(base, base);
  }

  /** Whether two measures count the same thing (never when either is unknown). */
  static boolean compatible(String a, String b) {
    return !base(a).isEmpty() && !base(b).isEmpty() && of(a).equals(of(b));
  }

  /** Whether the measure is a count per something other than time ("requests-per-user"). */
  static boolean isPerUnit(String measure) {
    return measure.contains("-per-");
  }
}
