package dev.assay.engine.model;

/**
 * A zero-based UTF-16 range {@code [start, end)} into the original answer, with the text it covers.
 *
 * <p>The invariant every producer keeps: {@code text.equals(answer.substring(start, end))}.
 */
public record Span(int start, int end, String text) implements Comparable<Span> {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public static Span of(String answer, int start, int end) {
    return new Span(start, end, answer.substring(start, end));
  }

  public int length() {
    return end - start;
  }

  public boolean overlaps(Span o) {
    return start < o.end && o.start < end;
  }

  @Override
  public int compareTo(Span o) {
    int c = Integer.compare(start, o.start);
    return c != 0 ? c : Integer.compare(end, o.end);
  }
}
