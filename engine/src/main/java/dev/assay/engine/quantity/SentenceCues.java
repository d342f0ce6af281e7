package dev.assay.engine.quantity;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Per-sentence cues that decide how a span of seconds reads: whether the sentence talks about
 * latency (so "2 seconds" is a response time) or about keeping data (so "90 days" is a
 * retention period).
 */
final class SentenceCues {

  private static final int LATENCY = 1;
  private static final int RETENTION = 2;

  private static final Set<String> LATENCY_WORDS =
      Words.of(
          "latency", "latencies", "respond", "responds", "responded", "response", "responses",
          "return", "returns", "returned", "returning", "budget", "budgets", "render", "renders",
          "rendered", "rendering", "serve", "serves", "served", "serving", "within", "timeout",
          "timeouts", "sla", "slo", "slas", "slos", "percentile", "inference", "synchronous",
          "synchronously", "blocking", "realtime", "median");

  private static final Set<String> RETENTION_WORDS =
      Words.of(
          "retain", "retained", "retains", "retention", "keep", "kept", "stored", "store",
          "deleted", "delete", "deletion", "purge", "purged", "ttl", "expire", "expires",
          "expired", "gdpr", "disappear", "erase", "erased", "archived");

  /** Each cue word with its flags, so that a word is looked up once. */
  private static final Map<String, Integer> CUES = cues();

  private static Map<String, Integer> cues() {
    Map<String, Integer> cues = new HashMap<>();
    LATENCY_WORDS.forEach(w -> cues.merge(w, LATENCY, (a, b) -> a | b));
    RETENTION_WORDS.forEach(w -> cues.merge(w, RETENTION, (a, b) -> a | b));
    return cues;
  }

  /**
   * The length of the shortest cue word or percentile label ("p99" has three letters), and that
   * of the longest cue word.
   */
  private static final int MIN_CUE =
      Math.min(3, CUES.keySet().stream().mapToInt(String::length).min().orElse(0));
  private static final int MAX_CUE = CUES.keySet().stream().mapToInt(String::length).max().orElse(0);

  private final int[] flags;

  private SentenceCues(int[] flags) {
    this.flags = flags;
  }

  /** Reads the cues of every sentence in one pass over the tokens. */
  static SentenceCues of(TokenSeq t) {
    int sentences = t.size() == 0 ? 0 : t.sentence(t.size() - 1) + 1;
    int[] flags = new int[sentences];
    for (int i = 0; i < t.size(); i++) {
      if (!t.isWord(i)) {
        continue;
      }
      String w = t.lower(i);
      if (w.length() < MIN_CUE) {
        // No cue word and no percentile label is this short ("a", "to", "we").
        continue;
      }
      Integer cue = w.length() > MAX_CUE ? null : CUES.get(w);
      int f = cue == null ? 0 : cue;
      if (Qualifiers.pLabel(w) != null) {
        f |= LATENCY;
      }
      flags[t.sentence(i)] |= f;
    }
    return new SentenceCues(flags);
  }

  boolean latency(int sentence) {
    return sentence >= 0 && sentence < flags.length && (flags[sentence] & LATENCY) != 0;
  }

  boolean retention(int sentence) {
    return sentence >= 0 && sentence < flags.length && (flags[sentence] & RETENTION) != 0;
  }
}
