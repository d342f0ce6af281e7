package dev.assay.engine.quantity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reader of single numbers: digits with an optional magnitude ("29k", "50 million", "2.5B"),
 * numbers in words ("two hundred", "fifty"), and fractions of a unit ("a fifth of a", "half an").
 */
final class NumberReader {

  private static final Map<String, Integer> UNITS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19));

  private static final Map<String, Integer> TENS =
      Map.of(
          "twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60, "seventy", 70,
          "eighty", 80, "ninety", 90);

  private static final Map<String, Double> MAGNITUDE_WORDS =
      Map.of(
          "thousand", 1e3,
          "million", 1e6,
          "millions", 1e6,
          "billion", 1e9,
          "billions", 1e9,
          "trillion", 1e12,
          "bn", 1e9,
          "mn", 1e6);

  private static final Map<String, Double> FRACTIONS =
      Map.ofEntries(
          Map.entry("half", 0.5),
          Map.entry("halves", 0.5),
          Map.entry("third", 1.0 / 3),
          Map.entry("thirds", 1.0 / 3),
          Map.entry("quarter", 0.25),
          Map.entry("quarters", 0.25),
          Map.entry("fifth", 0.2),
          Map.entry("fifths", 0.2),
          Map.entry("tenth", 0.1),
          Map.entry("tenths", 0.1),
          Map.entry("hundredth", 0.01),
          Map.entry("hundredths", 0.01),
          Map.entry("thousandth", 0.001),
          Map.entry("thousandths", 0.001));

  /** The longest number in words read ("two hundred and fifty thousand" is six). */
  private static final int MAX_WORDS = 12;

  private static final Set<String> ARTICLES = Words.of("a", "an", "one");

  private NumberReader() {}

  /** Time units an article can count as one of: "for an hour", "within a minute". */
  private static final Set<String> ARTICLE_UNITS = Words.of("minute", "hour", "day", "week", "month", "year", "fortnight");

  /**
   * Every word a number can start with: an article or "the" (fractions, "a hundred", "for an
   * hour"), a unit or tens word, a fraction. At any other word {@link #read} finds nothing, so it
   * stops there after one look-up.
   */
  private static final Set<String> STARTERS = starters();

  private static Set<String> starters() {
    List<String> all = new ArrayList<>(List.of("a", "an", "the"));
    all.addAll(ARTICLES);
    all.addAll(UNITS.keySet());
    all.addAll(TENS.keySet());
    all.addAll(FRACTIONS.keySet());
    return Set.copyOf(new HashSet<>(all));
  }

  /** Reads the number starting at token {@code i}, or returns null if none starts there. */
  static NumberPhrase read(TokenSeq t, int i) {
    if (t.isNumber(i)) {
      return digits(t, i);
    }
    if (!t.wordIn(i, STARTERS)) {
      return null;
    }
    if ((t.word(i, "a") || t.word(i, "an")) && ARTICLE_UNITS.contains(t.lower(i + 1))
        && (t.word(i - 1, "for") || t.word(i - 1, "within") || t.word(i - 1, "in") || t.word(i - 1, "once")
            || t.word(i - 1, "about") || t.word(i - 1, "over") || t.word(i - 1, "after"))) {
      return new NumberPhrase(1, i, i + 1, true, 1, true, false);
    }
    if (t.isWord(i)) {
      NumberPhrase fraction = fraction(t, i);
      return fraction != null ? fraction : words(t, i);
    }
    return null;
  }

  private static NumberPhrase digits(TokenSeq t, int i) {
    double value = t.get(i).value();
    int k = i + 1;
    double magnitude = 1;
    if (t.isWord(k) && t.attached(k)) {
      double suffix = suffixMagnitude(t.text(k));
      if (suffix > 0) {
        magnitude = suffix;
        k++;
      }
    }
    if (magnitude == 1 && t.isWord(k)) {
      Double word = MAGNITUDE_WORDS.get(t.lower(k));
      if (word != null) {
        magnitude = word;
        k++;
      }
    }
    boolean plus = t.symbol(k, "+") && t.attached(k);
    if (plus) {
      k++;
    }
    NumberPhrase phrase = new NumberPhrase(value * magnitude, i, k, false, magnitude, false, plus);
    return magnitude == 1 && !plus ? andAHalf(t, phrase) : phrase;
  }

  /** The multiplier of a magnitude written straight after the digits ("29k", "2B", "1.5bn"). */
  private static double suffixMagnitude(String text) {
    switch (text) {
      case "k":
      case "K":
        return 1e3;
      case "m":
      case "M":
      case "mn":
      case "MM":
        return 1e6;
      case "b":
      case "B":
      case "bn":
      case "Bn":
      case "BN":
        return 1e9;
      default:
        return 0;
    }
  }

  private static NumberPhrase words(TokenSeq t, int i) {
    int k = i;
    double total = 0;
    double current = 0;
    boolean any = false;
    String last = "";
    if (t.word(k, "a") || t.word(k, "an")) {
      String next = t.lower(k + 1);
      if (!next.equals("hundred") && !next.equals("dozen") && !MAGNITUDE_WORDS.containsKey(next)) {
        return null;
      }
      current = 1;
      any = true;
      last = "unit";
      k++;
    }
    while (t.isWord(k) && k - i < MAX_WORDS) {
      String w = t.lower(k);
      Integer unit = UNITS.get(w);
      Integer tens = TENS.get(w);
      if (unit != null && !last.equals("unit") && !(last.equals("tens") && unit >= 10)) {
        current += unit;
        last = "unit";
        k++;
      } else if (tens != null && !last.equals("unit") && !last.equals("tens")) {
        current += tens;
        last = "tens";
        k++;
        if (t.innerHyphen(k) && t.isWord(k + 1)) {
          Integer ones = UNITS.get(t.lower(k + 1));
          if (ones != null && ones < 10) {
            current += ones;
            last = "unit";
            k += 2;
          }
        }
      } else if (w.equals("hundred") && any && !last.equals("hundred")) {
        current = Math.max(current, 1) * 100;
        last = "hundred";
        k++;
      } else if (w.equals("dozen") && any) {
        current = Math.max(current, 1) * 12;
        last = "dozen";
        k++;
      } else if (MAGNITUDE_WORDS.containsKey(w) && any && !w.equals("bn") && !w.equals("mn")) {
        total += Math.max(current, 1) * MAGNITUDE_WORDS.get(w);
        current = 0;
        last = "magnitude";
        k++;
      } else if (w.equals("and")
          && (last.equals("hundred") || last.equals("magnitude"))
          && (UNITS.containsKey(t.lower(k + 1)) || TENS.containsKey(t.lower(k + 1)))) {
        last = "and";
        k++;
      } else {
        break;
      }
      any = true;
    }
    if (!any || k == i) {
      return null;
    }
    double value = total + current;
    if (value <= 0) {
      return null;
    }
    NumberPhrase phrase = new NumberPhrase(value, i, k, true, 1, false, false);
    return andAHalf(t, phrase);
  }

  /** "one and a half", "2 and a half": adds the half and demands a unit after it. */
  private static NumberPhrase andAHalf(TokenSeq t, NumberPhrase p) {
    int k = p.next();
    if (t.word(k, "and") && t.word(k + 1, "a") && t.word(k + 2, "half")) {
      return new NumberPhrase(p.value() + 0.5, p.first(), k + 3, p.spelled(), 1, true, false);
    }
    return p;
  }

  /** "a fifth of a", "half a", "two thirds of an", "the tenth of a": a fraction of a unit. */
  private static NumberPhrase fraction(TokenSeq t, int i) {
    int k = i;
    int first = i;
    double count = 1;
    String w = t.lower(k);
    if (ARTICLES.contains(w)) {
      k++;
    } else if (w.equals("the")) {
      k++;
      first = k;
    } else if (UNITS.containsKey(w) && FRACTIONS.containsKey(t.lower(k + 1))) {
      count = UNITS.get(w);
      k++;
    }
    Double fraction = FRACTIONS.get(t.lower(k));
    if (fraction == null || !t.isWord(k)) {
      return null;
    }
    boolean half = t.word(k, "half");
    k++;
    if (t.word(k, "of")) {
      k++;
      if (t.word(k, "a") || t.word(k, "an") || t.word(k, "the")) {
        k++;
      }
    } else if (half && k - 1 == i && (t.word(k, "a") || t.word(k, "an"))) {
      k++;
    } else {
      return null;
    }
    return new NumberPhrase(count * fraction, first, k, true, 1, true, false);
  }
}
