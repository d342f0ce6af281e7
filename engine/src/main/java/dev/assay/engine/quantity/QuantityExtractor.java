package dev.assay.engine.quantity;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The extractor of the latencies, throughputs, volumes, rates and durations an answer states,
 * normalised and with exact offsets.
 *
 * <p>The extractor holds no state between calls: one instance may serve any number of threads.
 * Work is linear in the length of the text: a single lexing pass, then at each token a bounded
 * look around it.
 */
public final class QuantityExtractor {

  /** Creates an extractor; the vocabularies are built once, when the class is loaded. */
  public QuantityExtractor() {}

  /**
   * Extracts the quantities stated in {@code text}.
   *
   * @return the quantities sorted by start, never overlapping; empty for null or blank text;
   *     never null, and never throws
   */
  public List<Quantity> extract(String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    TokenSeq t;
    try {
      t = new TokenSeq(Lexer.tokens(text));
    } catch (RuntimeException e) {
      return List.of();
    }
    List<Draft> drafts = read(t);
    try {
      ContextPass.apply(drafts);
    } catch (RuntimeException e) {
      // The drafts keep the measures read locally.
    }
    List<Quantity> out = new ArrayList<>(drafts.size());
    int lastEnd = 0;
    for (Draft d : drafts) {
      Quantity q = toQuantity(d, t, text.length());
      if (q != null && q.start() >= lastEnd) {
        out.add(q);
        lastEnd = q.end();
      }
    }
    return Collections.unmodifiableList(out);
  }

  private static List<Draft> read(TokenSeq t) {
    SentenceCues cues = SentenceCues.of(t);
    ExpressionReader reader = new ExpressionReader(t, cues);
    List<Draft> drafts = new ArrayList<>();
    int floor = 0;
    int i = 0;
    while (i < t.size()) {
      ExpressionReader.Outcome outcome;
      try {
        outcome = reader.readAt(i, floor);
      } catch (RuntimeException e) {
        outcome = null;
      }
      if (outcome == null) {
        i++;
      } else if (outcome.draft() != null && outcome.draft().first >= floor) {
        drafts.add(outcome.draft());
        floor = outcome.resume();
        i = floor;
      } else {
        i = Math.max(i + 1, outcome.resume());
      }
    }
    return drafts;
  }

  private static Quantity toQuantity(Draft d, TokenSeq t, int length) {
    if (!t.has(d.first) || !t.has(d.last) || d.first > d.last) {
      return null;
    }
    Quantity q = d.toQuantity(t);
    boolean inside = q.start() >= 0 && q.end() <= length && q.start() < q.end();
    boolean finite = Double.isFinite(q.value()) && Double.isFinite(q.low());
    return inside && finite ? q : null;
  }
}
