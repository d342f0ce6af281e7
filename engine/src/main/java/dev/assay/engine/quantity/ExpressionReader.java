package dev.assay.engine.quantity;

/**
 * The grammar at one token: reads a number (or a range of two), then hands the unit after it to
 * the reader for that kind of quantity, with the bound and percentile found before it.
 */
final class ExpressionReader {

  /**
   * What reading at a token gave: a quantity, or none and the token to go on from.
   *
   * @param draft the quantity read, or null
   * @param resume the first token the caller should look at next
   */
  record Outcome(Draft draft, int resume) {}

  /**
   * A number or a range of two.
   *
   * @param low the lower end of the range, or the value when it is not one
   * @param high the number itself, or the upper end
   * @param first the first token of the whole number or range
   */
  private record Figure(double low, NumberPhrase high, int first) {}

  private final TokenSeq t;
  private final SentenceCues cues;

  ExpressionReader(TokenSeq t, SentenceCues cues) {
    this.t = t;
    this.cues = cues;
  }

  /**
   * Reads the expression whose number starts at token {@code i}; nothing of it may lie before
   * {@code floor}. Returns null when no number starts at {@code i}.
   */
  Outcome readAt(int i, int floor) {
    NumberPhrase a = NumberReader.read(t, i);
    if (a == null) {
      return null;
    }
    if (Guards.excluded(t, a)) {
      return new Outcome(null, a.next());
    }
    if (!a.needsUnit() && multiplier(a.next())) {
      return new Outcome(null, a.next() + 1);
    }
    Prefix ownPrefix = Prefix.scan(t, a.first(), floor);
    Draft ratio = RateReader.oneIn(t, a, ownPrefix, floor);
    if (ratio != null) {
      return finish(ratio, ownPrefix, a);
    }
    Figure figure = range(a);
    if (figure == null) {
      figure = new Figure(a.value(), a, a.first());
    }
    Prefix prefix = figure.first() == a.first() ? ownPrefix : Prefix.scan(t, figure.first(), floor);
    if (prefix.first() > figure.first()) {
      prefix = new Prefix(prefix.bound(), prefix.percentile(), figure.first());
    }
    Draft d = unitAfter(figure, prefix, floor);
    if (d == null && figure.high() != a) {
      figure = new Figure(a.value(), a, a.first());
      prefix = ownPrefix;
      d = unitAfter(figure, prefix, floor);
    }
    if (d == null && figure.high() == a && !a.needsUnit()) {
      d = HeaderReader.read(t, a, prefix, floor);
    }
    return d == null ? null : finish(d, prefix, figure.high());
  }

  private Draft unitAfter(Figure f, Prefix prefix, int floor) {
    NumberPhrase high = f.high();
    int k = high.next();
    if (!t.sameSentence(k - 1, k)) {
      return null;
    }
    Draft d = TimeReader.read(t, cues, f.low(), high, k, f.first(), prefix);
    if (d != null || high.needsUnit()) {
      return d;
    }
    d = RateReader.percent(t, f.low(), high, k, f.first(), prefix, floor);
    if (d != null) {
      return d;
    }
    return CountReader.read(t, f.low(), high, k, f.first(), prefix, floor);
  }

  private Outcome finish(Draft d, Prefix prefix, NumberPhrase number) {
    if (prefix.bound() != null) {
      d.bound = prefix.bound();
    } else if (number.plus() && d.bound.equals(Qualifiers.EXACT)) {
      d.bound = Qualifiers.LOWER;
    } else if (d.bound.equals(Qualifiers.EXACT)) {
      Hit after = Qualifiers.boundStartingAt(t, d.last + 1);
      if (after != null && t.sameSentence(d.last, after.index())) {
        d.bound = after.value();
        d.last = after.index();
      }
    }
    return new Outcome(d, d.last + 1);
  }

  /** "5x", "13×": a multiplier, not a quantity. */
  private boolean multiplier(int k) {
    return t.attached(k) && (t.word(k, "x") || t.symbol(k, "\u00D7"));
  }

  /**
   * Reads "50-100", "50 to 100", "between 50 and 100", "2–3M" (the magnitude applies to both)
   * and "50ms-100ms" (the same unit on both sides). Returns null when there is no range.
   */
  private Figure range(NumberPhrase a) {
    if (a.needsUnit()) {
      return null;
    }
    int c = a.next();
    int unit = -1;
    if (!connector(c, a)) {
      boolean unitLike = t.isWord(c) || t.symbol(c, "%");
      if (!unitLike || !connector(c + 1, a) || t.word(c + 1, "and")) {
        return null;
      }
      unit = c;
      c++;
    }
    NumberPhrase b = NumberReader.read(t, c + 1);
    if (b == null || b.needsUnit() || !t.sameSentence(a.first(), b.first())) {
      return null;
    }
    if (unit >= 0 && !(t.has(b.next()) && t.lower(b.next()).equals(t.lower(unit)))) {
      return null;
    }
    double low = a.value();
    if (a.magnitude() == 1 && b.magnitude() > 1 && a.value() < b.bare()) {
      low = a.value() * b.magnitude();
    }
    if (low >= b.value()) {
      return null;
    }
    int first = t.word(c, "and") ? a.first() - 1 : a.first();
    return new Figure(low, b, first);
  }

  private boolean connector(int c, NumberPhrase a) {
    if (t.dash(c)) {
      return true;
    }
    if (t.word(c, "to")) {
      return true;
    }
    return t.word(c, "and") && t.word(a.first() - 1, "between");
  }
}
