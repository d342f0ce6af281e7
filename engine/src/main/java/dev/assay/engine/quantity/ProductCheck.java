package dev.assay.engine.quantity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Redoes the products and quotients an answer writes out ("600 stores x 30,000 SKUs = 18M series",
 * "50M / 86,400 ≈ 580/s"): the stated result must be within a factor of {@link #TOLERANCE} of
 * the arithmetic, which leaves room for rounding and "about" but not for a slipped order of
 * magnitude.
 *
 * <p>An expression is numbers joined by {@code x}, {@code ×}, {@code *}, {@code times}, {@code /}
 * or {@code ÷}, each number followed by at most {@link #MAX_NOUN_WORDS} words ("stores", "active
 * SKUs"), then {@code =}, {@code ≈}, {@code ->} or "is", "gives", "equals", "makes", then the
 * result; all in one sentence. Multipliers written onto a number ("3x the average") are not
 * products, and a result in another unit (milliseconds, bytes, percent, money) is a conversion
 * this check leaves alone.
 */
public final class ProductCheck {

  /** How far a stated result may stray from the arithmetic before it counts as wrong. */
  static final double TOLERANCE = 1.6;

  static final int MAX_NOUN_WORDS = 3;

  private static final Set<String> TIMES = Set.of("x", "×", "*", "times", "∙", "·");
  private static final Set<String> DIVIDED = Set.of("/", "÷");
  private static final Set<String> EQUALS_SYMBOLS = Set.of("=", "≈", "~=", "->", "→", "=>", "≃");
  /** A result in one of these units is a conversion ("x 4 bytes = 1 TB", "in ~15 ms"), not checked. */
  private static final Set<String> CONVERTED_UNITS =
      Set.of("ms", "msec", "millisecond", "milliseconds", "s", "sec", "secs", "second", "seconds", "minute", "minutes",
          "min", "mins", "hour", "hours", "h", "hr", "hrs", "day", "days", "kb", "mb", "gb", "tb", "pb", "byte", "bytes",
          "kib", "mib", "gib", "tib", "%", "percent", "usd", "dollars", "$", "€", "£", "gpu", "gpus", "cpu", "cpus", "cores");
  private static final Set<String> EQUALS_WORDS = Set.of("is", "gives", "equals", "makes", "means");
  private static final Set<String> APPROX_WORDS = Set.of("about", "roughly", "around", "approximately", "approx", "nearly", "almost", "ca");

  private ProductCheck() {}

  /**
   * The written-out products and quotients of a text whose stated result is off.
   *
   * @param text the answer; null gives an empty list
   */
  public static List<ScaleConflict> conflicts(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    TokenSeq t = new TokenSeq(Lexer.tokens(text));
    List<ScaleConflict> out = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int next = expressionAt(t, i, out);
      i = Math.max(next, i + 1);
    }
    return List.copyOf(out);
  }

  /** Reads one expression starting at token i; returns where to resume. */
  private static int expressionAt(TokenSeq t, int i, List<ScaleConflict> out) {
    NumberPhrase first = number(t, i);
    if (first == null) {
      return i + 1;
    }
    int sentence = t.get(i).sentence();
    double value = first.value();
    int operands = 1;
    int j = skipNouns(t, first.next(), sentence);
    while (t.has(j) && t.get(j).sentence() == sentence) {
      String op = t.lower(j);
      boolean times = TIMES.contains(op) && !t.get(j).attached();
      boolean divide = DIVIDED.contains(op);
      if (!times && !divide) {
        break;
      }
      int k = skipApprox(t, j + 1);
      NumberPhrase operand = number(t, k);
      if (operand == null || t.get(k).sentence() != sentence || (divide && operand.value() == 0)) {
        return first.next();
      }
      value = times ? value * operand.value() : value / operand.value();
      operands++;
      j = skipNouns(t, operand.next(), sentence);
    }
    if (operands < 2 || !t.has(j) || t.get(j).sentence() != sentence) {
      return first.next();
    }
    int end = t.get(j - 1).end();
    int k = equalsSign(t, j);
    if (k < 0) {
      return j;
    }
    k = skipApprox(t, k);
    NumberPhrase result = number(t, k);
    if (result == null || t.get(k).sentence() != sentence || !Double.isFinite(value) || value <= 0) {
      return j;
    }
    if ((t.has(result.next()) && CONVERTED_UNITS.contains(t.lower(result.next())))
        || (t.has(k - 1) && CONVERTED_UNITS.contains(t.lower(k - 1)))) {
      return result.next();
    }
    double ratio = result.value() / value;
    if (ratio > TOLERANCE || ratio < 1 / TOLERANCE) {
      int start = t.get(i).start();
      Quantity from = new Quantity(QuantityKind.VOLUME, value, value, null, "product", null, "exact", start, end);
      int resultEnd = t.get(result.next() - 1).end();
      Quantity stated =
          new Quantity(QuantityKind.VOLUME, result.value(), result.value(), null, "product", null, "exact", t.get(k).start(), resultEnd);
      String why =
          String.format(
              Locale.ROOT,
              "the arithmetic gives %s, not %s",
              Figures.format(value),
              Figures.format(result.value()));
      out.add(new ScaleConflict(stated, from, value, ratio, why));
    }
    return result.next();
  }

  private static NumberPhrase number(TokenSeq t, int i) {
    if (!t.has(i) || !t.isNumber(i)) {
      return null;
    }
    NumberPhrase p = NumberReader.read(t, i);
    return p == null || !Double.isFinite(p.value()) ? null : p;
  }

  /** Skips the words naming what a number counts ("active SKUs"), never across a number or a symbol. */
  private static int skipNouns(TokenSeq t, int i, int sentence) {
    int j = i;
    int words = 0;
    while (t.has(j) && t.get(j).sentence() == sentence && t.isWord(j) && words < MAX_NOUN_WORDS
        && !TIMES.contains(t.lower(j)) && !EQUALS_WORDS.contains(t.lower(j))) {
      j++;
      words++;
    }
    return j;
  }

  private static int skipApprox(TokenSeq t, int i) {
    int j = i;
    while (t.has(j) && (APPROX_WORDS.contains(t.lower(j)) || t.symbol(j, "~"))) {
      j++;
    }
    return j;
  }

  /** The token after an equals sign or word at i, or -1. */
  private static int equalsSign(TokenSeq t, int i) {
    if (t.isSymbol(i)) {
      String s = t.text(i);
      if (s.equals("-") && t.symbol(i + 1, ">")) {
        return i + 2;
      }
      if (s.equals("=") && t.symbol(i + 1, ">")) {
        return i + 2;
      }
      return EQUALS_SYMBOLS.contains(s) ? i + 1 : -1;
    }
    return t.isWord(i) && EQUALS_WORDS.contains(t.lower(i)) ? i + 1 : -1;
  }
}
