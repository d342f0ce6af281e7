package dev.assay.engine.concept;

import dev.assay.engine.regex.Regex;
import dev.assay.engine.regex.RegexSet;
import java.util.regex.Pattern;

/**
 * Decides whether a mention is asserted, negated, hedged or deferred, from the words of its own
 * clause.
 *
 * <p>Cues before the mention ("not", "instead of", "rather than", "without") negate it when they
 * stand in the same clause within a few words; cues after it ("would be misleading", "is
 * meaningless") negate it when they follow in the same clause. A sentence that raises something
 * and puts it off ("but let's move on", "out of scope") defers every mention in it. Hedges ("maybe",
 * "might", "could") are kept apart: a hedged mention still counts, but thinly.
 */
public final class PolarityDetector {
  private static final int PRE_WINDOW_WORDS = 4;
  private static final int CONTRAST_WINDOW_WORDS = 2;
  private static final int POST_WINDOW_WORDS = 9;

  /** Clause boundaries: punctuation and the conjunctions that start a new claim. */
  private static final Regex CLAUSE_BREAK =
      Regex.compile(
          "[,;:()\\[\\]\\u2013\\u2014]|\\s-\\s|\\b(?:but|however|although|though|whereas|while|so|because|since|then|and then|which|where)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Regex NEGATION_BEFORE =
      Regex.compile(
          "\\b(?:not|no|never|without|neither|nor|lacks?|avoid(?:ing|s)?|skip(?:ping)?|drop(?:ping)?|ignor(?:e|ing)|none of)\\b|n't\\b|n\u2019t\\b|\\bcannot\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Regex CONTRAST_BEFORE =
      Regex.compile(
          "\\b(?:instead of|rather than|as opposed to|unlike|in place of|replac(?:e|es|ing) |(?:prefer|preferred|choose|chose|pick|picked|favou?r)\\b[^,;.]{0,40}?\\bover)\\b",
          Pattern.CASE_INSENSITIVE);

  private static final Regex NEGATION_AFTER =
      Regex.compile(
          "^[^,;.]{0,60}?\\b(?:(?:is|are|would be|will be|gets|get|becomes?|looks?|seems?)\\s+(?:\\w+\\s+)?(?:misleading|meaningless|useless|uninformative|pointless|inappropriate|wrong|a trap|the wrong|not (?:useful|appropriate|suitable|meaningful|helpful|informative|enough|a good|the right|an option|needed))|misleads|(?:is|are|would be)\\s+(?:not|n't)\\b|(?:isn't|aren't|wouldn't be|won't be|doesn't (?:work|help|tell|say|mean)|don't (?:work|help|tell)|won't (?:work|help|do|cut it)|tells us nothing|says nothing|hides|can't be used|cannot be used|would (?:either )?(?:blow|exceed|break|miss|not fit|force|be too|cost too|leak|inflate|overstate|flatter|make (?:the )?offline)|leaks|inflates|(?:is|are) too (?:slow|big|heavy|expensive|costly)))",
          Pattern.CASE_INSENSITIVE);

  private static final Regex DEFERRAL =
      Regex.compile(
          "\\b(?:let(?:'s|\u2019s| us) (?:move on|skip|not|leave|park|come back)|(?:but|so) (?:I'll|I will|we'll|we will|I'd|I) (?:skip|move on|leave|park|not go)|out of scope|for another (?:time|day|discussion)|won't go into|not go(?:ing)? into|skip (?:it|this|that|those)(?: for now)?|(?:leave|park) (?:it|this|that|those)? ?for (?:now|later)|if (?:there's|there is|we have) time|ran out of time|no time (?:for|to)|beyond (?:the )?scope)",
          Pattern.CASE_INSENSITIVE);

  private static final Regex HEDGE =
      Regex.compile(
          "\\b(?:maybe|perhaps|possibly|might|could|probably|potentially|basically|some kind of|something like|some sort of|I guess|I suppose|if needed|if necessary|optionally|TBD)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The cues read on the clause before a mention, in one pass. */
  private static final RegexSet BEFORE_CUES = RegexSet.of(NEGATION_BEFORE, CONTRAST_BEFORE, HEDGE);

  /** The cue of a sentence that puts off what it raises ({@link #defers}), for readers of many cues at once. */
  public static Regex deferralCue() {
    return DEFERRAL;
  }

  /**
   * Classifies a mention.
   *
   * @param sentence the sentence's text
   * @param from the mention's start within the sentence
   * @param to the mention's end within the sentence
   */
  public Polarity classify(String sentence, int from, int to) {
    return classify(sentence, from, to, defers(sentence));
  }

  /**
   * Classifies a mention whose sentence is already known to defer or not ({@link #defers}), so
   * that a sentence with many mentions is read for deferral once.
   */
  public Polarity classify(String sentence, int from, int to, boolean sentenceDefers) {
    if (sentenceDefers) {
      return Polarity.DEFERRED;
    }
    return classify(clauseBefore(sentence, from), clauseAfter(sentence, to));
  }

  private static Polarity classify(String before, String after) {
    long cues = BEFORE_CUES.matches(before);
    if (((cues & RegexSet.bit(0)) != 0 && cueWithin(before, NEGATION_BEFORE, PRE_WINDOW_WORDS))
        || ((cues & RegexSet.bit(1)) != 0 && cueWithin(before, CONTRAST_BEFORE, CONTRAST_WINDOW_WORDS))) {
      return Polarity.NEGATED;
    }
    if (NEGATION_AFTER.find(firstWords(after, POST_WINDOW_WORDS))) {
      return Polarity.NEGATED;
    }
    if ((cues & RegexSet.bit(2)) != 0) {
      return Polarity.HEDGED;
    }
    return Polarity.AFFIRMED;
  }

  /**
   * How far past where it begins an attempt of {@link #CLAUSE_BREAK} can look: its longest
   * alternative ("although", "and then") and the {@code \b} after it read at most 9 characters. An
   * attempt that begins this far before a cut reads nothing beyond it.
   */
  static final int CLAUSE_BREAK_REACH = 12;

  /**
   * A sentence read once for all the mentions in it: whether it defers, and its clause breaks
   * (every match in order, and every place where one could begin).
   */
  public static final class Clauses {
    private final String sentence;
    private final boolean defers;
    private final int[] breakStarts;
    private final int[] breakEnds;
    private final boolean[] breakAt;

    private Clauses(String sentence, boolean defers) {
      this.sentence = sentence;
      this.defers = defers;
      // Every place where a break begins, and where it ends: the matches in order, as a scan
      // gives them, are the first, then the first at or after its end, and so on.
      int[] endAt = CLAUSE_BREAK.endsAt(sentence);
      int[] starts = new int[8];
      int[] ends = new int[8];
      int n = 0;
      boolean[] at = new boolean[endAt.length];
      int next = 0;
      for (int i = 0; i < endAt.length; i++) {
        if (endAt[i] < 0) {
          continue;
        }
        at[i] = true;
        if (i >= next) {
          if (n == starts.length) {
            starts = java.util.Arrays.copyOf(starts, n * 2);
            ends = java.util.Arrays.copyOf(ends, n * 2);
          }
          starts[n] = i;
          ends[n] = endAt[i];
          n++;
          next = endAt[i];
        }
      }
      this.breakStarts = java.util.Arrays.copyOf(starts, n);
      this.breakEnds = java.util.Arrays.copyOf(ends, n);
      this.breakAt = at;
    }

    public String sentence() {
      return sentence;
    }

    public boolean defers() {
      return defers;
    }

    /**
     * What {@code clauseBefore(sentence, from)} gives, from the sentence's own breaks: the matches
     * in the text before the cut are the sentence's, up to the last that begins {@link
     * #CLAUSE_BREAK_REACH} before it; only the few places after that are tried again on the cut
     * text.
     */
    String before(int from) {
      String head = sentence.substring(0, Math.max(0, Math.min(from, sentence.length())));
      int cut = head.length();
      int last = -1;
      int resume = 0;
      for (int k = 0; k < breakStarts.length && breakStarts[k] <= cut - CLAUSE_BREAK_REACH; k++) {
        last = breakEnds[k];
        resume = breakEnds[k];
      }
      Regex.Scan scan = CLAUSE_BREAK.scan(head, Math.max(resume, cut - CLAUSE_BREAK_REACH + 1));
      while (scan.next()) {
        last = scan.end();
      }
      return head.substring(Math.max(0, last));
    }

    /**
     * What {@code clauseAfter(sentence, to)} gives: the first break in the text after the cut
     * begins where one begins in the sentence, except right at the cut, where {@code \b} sees no
     * character before.
     */
    String after(int to) {
      int from = Math.max(0, Math.min(to, sentence.length()));
      String tail = sentence.substring(from);
      // \b looks back through combining marks to their base, and a surrogate pair may be cut in
      // two: up to the first character after the cut that is neither, the cut text is tried itself.
      int own = from;
      while (own < sentence.length() && (Character.isSurrogate(sentence.charAt(own))
          || Character.getType(sentence.charAt(own)) == Character.NON_SPACING_MARK)) {
        own++;
      }
      int cut = -1;
      for (int i = from; i <= own + 1 && i < sentence.length(); i++) {
        if (CLAUSE_BREAK.matchesAt(tail, i - from)) {
          cut = i - from;
          break;
        }
      }
      if (cut < 0) {
        for (int i = own + 2; i < sentence.length(); i++) {
          if (breakAt[i]) {
            cut = i - from;
            break;
          }
        }
      }
      return cut >= 0 ? tail.substring(0, cut) : tail;
    }
  }

  /** Reads a sentence for deferral and clause breaks, once for all its mentions. */
  public Clauses read(String sentence) {
    return new Clauses(sentence, defers(sentence));
  }

  /** Classifies a mention in a sentence read with {@link #read}. */
  public Polarity classify(Clauses sentence, int from, int to) {
    if (sentence.defers()) {
      return Polarity.DEFERRED;
    }
    return classify(sentence.before(from), sentence.after(to));
  }

  /** Whether the sentence raises something only to put it off. */
  public boolean defers(String sentence) {
    return DEFERRAL.find(sentence);
  }

  /** Whether the sentence hedges anywhere. */
  public boolean hedges(String sentence) {
    return HEDGE.find(sentence);
  }

  static String clauseBefore(String sentence, int from) {
    String head = sentence.substring(0, Math.max(0, Math.min(from, sentence.length())));
    return head.substring(Math.max(0, CLAUSE_BREAK.lastEnd(head)));
  }

  static String clauseAfter(String sentence, int to) {
    String tail = sentence.substring(Math.max(0, Math.min(to, sentence.length())));
    int cut = CLAUSE_BREAK.firstStart(tail);
    return cut >= 0 ? tail.substring(0, cut) : tail;
  }

  /** Whether the clause's last cue leaves at most {@code words} words before the mention. */
  private static boolean cueWithin(String clause, Regex cue, int words) {
    int end = cue.lastEnd(clause);
    return end >= 0 && countWords(clause.substring(end)) <= words;
  }

  private static int countWords(String s) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < s.length(); i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !inWord) {
        count++;
      }
      inWord = w;
    }
    return count;
  }

  private static String firstWords(String s, int words) {
    int count = 0;
    int i = 0;
    boolean inWord = false;
    while (i < s.length()) {
      boolean w = !Character.isWhitespace(s.charAt(i));
      if (!w && inWord) {
        count++;
        if (count >= words) {
          break;
        }
      }
      inWord = w;
      i++;
    }
    return s.substring(0, i);
  }
}
