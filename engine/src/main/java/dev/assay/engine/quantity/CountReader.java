package dev.assay.engine.quantity;

import java.util.Set;

/**
 * The reader of counts: throughputs ("3,000 TPS", "29k requests/s", "90k/s") and volumes ("500M
 * DAU", "50M transactions a day", "10 requests per user per day", "5 TB of logs a day").
 */
final class CountReader {

  /** A count noun phrase: the canonical measure, a period implied by it, and its last token. */
  private record NounPhrase(String measure, String period, int last) {}

  private static final Set<String> CAPACITY_VERBS =
      Words.of(
          "handles", "handle", "handling", "handled", "serves", "serve", "serving", "sustains",
          "sustain", "processes", "process", "processing", "manages", "manage", "scores", "does",
          "do", "takes", "take", "absorbs", "absorb");

  private static final int MAX_MODIFIERS = 3;

  /** The smallest count an elliptic "N daily" may be read as a user count at. */
  private static final double MIN_USERS = 1000;

  private CountReader() {}

  /** Reads a count whose unit or noun starts at token {@code k}, or returns null. */
  static Draft read(
      TokenSeq t, double low, NumberPhrase high, int k, int numberFirst, Prefix prefix,
      int floor) {
    Draft d = readCount(t, low, high, k, t.sentence(numberFirst), prefix);
    if (d != null && d.kind == QuantityKind.THROUGHPUT) {
      capacity(t, d, prefix.first(), floor);
    }
    return d;
  }

  private static Draft readCount(
      TokenSeq t, double low, NumberPhrase high, int k, int sentence, Prefix prefix) {
    String acronym = Units.throughputMeasure(t, k);
    if (acronym != null) {
      Draft d = count(QuantityKind.THROUGHPUT, high.value(), low, prefix.first(), k, sentence);
      d.per = "second";
      d.measure = acronym;
      perNounAfter(t, d);
      return d;
    }
    double bytes = Units.dataBytes(t, k);
    if (bytes > 0) {
      return data(t, low, high, k, bytes, prefix, sentence);
    }
    if (t.word(k, "times")) {
      PerPhrase p = PerPhrase.read(t, k + 1);
      if (p == null || p.period() == null) {
        return null;
      }
      Draft d = count(QuantityKind.VOLUME, high.value(), low, prefix.first(), p.last(), sentence);
      d.measure = "times";
      return periodic(t, d, p.period());
    }
    boolean adverb = Units.adverbPeriod(t, k) != null;
    NounPhrase noun = noun(t, k);
    PerPhrase direct = adverb && noun != null ? null : PerPhrase.read(t, k);
    if (direct != null && direct.period() != null) {
      if (adverb && !standsAlone(t, k)) {
        return null;
      }
      if (elliptic(t, k, high)) {
        Draft d = count(QuantityKind.VOLUME, high.value(), low, prefix.first(), k, sentence);
        d.ellipticPeriod = direct.period();
        d.per = direct.period();
        d.inheritsMeasure = true;
        return spelledStock(high, d);
      }
      Draft d =
          count(QuantityKind.VOLUME, high.value(), low, prefix.first(), direct.last(), sentence);
      d.inheritsMeasure = true;
      return periodic(t, d, direct.period());
    }
    if (noun == null) {
      return null;
    }
    Draft d = count(QuantityKind.VOLUME, high.value(), low, prefix.first(), noun.last(), sentence);
    d.measure = noun.measure();
    String period = noun.period();
    for (int n = 0; n < 2; n++) {
      PerPhrase p = PerPhrase.read(t, d.last + 1);
      if (p == null || (p.noun() != null && d.perNoun != null)) {
        break;
      }
      if (p.period() != null) {
        period = p.period();
      } else {
        d.perNoun = p.noun();
      }
      d.last = p.last();
    }
    if (period == null) {
      return spelledStock(high, d);
    }
    return periodic(t, d, period);
  }

  private static Draft count(
      QuantityKind kind, double value, double low, int first, int last, int sentence) {
    return new Draft(kind, value, low, first, last, sentence);
  }

  /** Spelled-out small stocks ("two models", "one user") say nothing about scale. */
  private static Draft spelledStock(NumberPhrase high, Draft d) {
    boolean small = high.spelled() && high.value() < 100;
    return small && d.per == null && d.perNoun == null ? null : d;
  }

  /** Sets the period; a count per second becomes a throughput (and may be a capacity). */
  private static Draft periodic(TokenSeq t, Draft d, String period) {
    if (period.equals("second")) {
      d.kind = QuantityKind.THROUGHPUT;
      d.per = "second";
      if (d.perNoun == null) {
        perNounAfter(t, d);
      }
    } else {
      d.per = period;
    }
    return d;
  }

  /** "2M daily" or "15M monthly and ..." with no noun: a user count the context may confirm. */
  private static boolean elliptic(TokenSeq t, int k, NumberPhrase high) {
    boolean userAdverb = t.word(k, "daily") || t.word(k, "monthly") || t.word(k, "weekly");
    return userAdverb && high.value() >= MIN_USERS;
  }

  /** Whether an adverb after a count ends the phrase ("20M daily,"), not "0.3 daily activity". */
  private static boolean standsAlone(TokenSeq t, int k) {
    return !t.isWord(k + 1) || t.word(k + 1, "and") || t.word(k + 1, "or")
        || !t.sameSentence(k, k + 1);
  }

  private static Draft data(
      TokenSeq t, double low, NumberPhrase high, int k, double bytes, Prefix prefix,
      int sentence) {
    Draft d =
        count(QuantityKind.VOLUME, high.value() * bytes, low * bytes, prefix.first(), k, sentence);
    d.measure = "bytes";
    if (t.word(k + 1, "of") && t.isWord(k + 2) && t.sameSentence(k, k + 2)) {
      int j = k + 2;
      while (Measures.modifier(t, j) && t.isWord(j + 1) && j < k + 4) {
        j++;
      }
      d.last = j;
    }
    PerPhrase p = PerPhrase.read(t, d.last + 1);
    if (p != null && p.period() != null) {
      d.last = p.last();
      d.per = p.period();
    }
    return d;
  }

  /** "per GPU", "/replica" right after a throughput. */
  private static void perNounAfter(TokenSeq t, Draft d) {
    PerPhrase p = PerPhrase.read(t, d.last + 1);
    if (p != null && p.noun() != null) {
      d.perNoun = p.noun();
      d.last = p.last();
    }
  }

  /**
   * "one replica handles roughly 1,000 requests/s": a throughput stated as the capacity of one
   * machine gets the machine as its per noun.
   */
  private static void capacity(TokenSeq t, Draft d, int first, int floor) {
    if (d.perNoun != null) {
      return;
    }
    int verb = -1;
    for (int j = first - 1, steps = 0; steps < 3 && j >= floor && t.sameSentence(j, first);
        j--, steps++) {
      if (t.wordIn(j, CAPACITY_VERBS)) {
        verb = j;
        break;
      }
    }
    if (verb < 0) {
      return;
    }
    for (int j = verb - 1, steps = 0; steps < 4 && j >= floor && t.sameSentence(j, verb);
        j--, steps++) {
      String machine = Measures.compute(t, j);
      if (machine != null) {
        d.perNoun = machine;
        return;
      }
    }
  }

  /**
   * A count noun after up to three modifiers ("new", "daily active", "feed"), compounds taking
   * their last noun ("ad requests"); daily/monthly users become "dau"/"mau".
   */
  private static NounPhrase noun(TokenSeq t, int k) {
    int j = k;
    if (t.innerHyphen(j)) {
      j++;
    }
    String period = null;
    int modifiers = 0;
    while (t.isWord(j) && t.sameSentence(k - 1, j) && modifiers <= MAX_MODIFIERS) {
      String measure = Measures.noun(t, j);
      if (measure != null) {
        int head = j;
        while (Measures.noun(t, head + 1) != null && t.sameSentence(head, head + 1)
            && head < j + 2) {
          head++;
        }
        return people(Measures.noun(t, head), period, head);
      }
      if (t.innerHyphen(j + 1) && t.isWord(j + 2)) {
        j += 2;
        modifiers++;
        continue;
      }
      if (!Measures.modifier(t, j)) {
        return null;
      }
      String adverb = Units.adverbPeriod(t, j);
      if (adverb != null) {
        period = adverb;
      }
      j++;
      modifiers++;
    }
    return null;
  }

  private static NounPhrase people(String measure, String period, int last) {
    switch (measure) {
      case "dau":
        return new NounPhrase("dau", "day", last);
      case "mau":
        return new NounPhrase("mau", "month", last);
      case "wau":
        return new NounPhrase("wau", "week", last);
      default:
        break;
    }
    String active = Measures.isPeople(measure) ? Measures.activeUsers(period) : null;
    if (active != null) {
      return new NounPhrase(active, period, last);
    }
    return new NounPhrase(measure.equals("actives") ? "users" : measure, period, last);
  }
}
