package dev.assay.engine.regex;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled regular expression that finds exactly what {@link Pattern} finds, faster. Whether a
 * text holds a match at all ({@link #find}) is read in one pass by an automaton ({@link Dfa}),
 * where the pattern has one. Where matches are ({@link #scan}), positions where no match can begin
 * (see {@link StartSet}) are skipped with a table lookup, and the pattern is tried, anchored, only
 * at the others.
 *
 * <p>Immutable and thread-safe. Every instance is listed in {@link #compiled()}, so a test can
 * hold each against its plain pattern.
 */
public final class Regex {
  private static final List<Regex> COMPILED = new CopyOnWriteArrayList<>();

  private final Pattern pattern;
  private final StartSet starts;
  /** Whether a text holds a match, in one pass; built on first use, {@link #NONE} when there is none. */
  private volatile Object finder;
  private static final Object NONE = new Object();

  private Regex(Pattern pattern, StartSet starts) {
    this.pattern = pattern;
    this.starts = starts;
  }

  /** Compiles a pattern with {@link Pattern#compile(String, int)}'s flags. */
  public static Regex compile(String regex, int flags) {
    Regex r = new Regex(Pattern.compile(regex, flags), StartSet.of(regex, flags));
    COMPILED.add(r);
    return r;
  }

  /** Compiles a case-sensitive pattern. */
  public static Regex compile(String regex) {
    return compile(regex, 0);
  }

  /** Every instance compiled so far in this class loader. */
  public static List<Regex> compiled() {
    return List.copyOf(COMPILED);
  }

  /** The plain pattern. */
  public Pattern pattern() {
    return pattern;
  }

  /** Whether the analysis found nothing to skip on. */
  public boolean scansEverywhere() {
    return starts.any();
  }

  /** Whether {@link #find} reads texts with an automaton (once warmed up) rather than by skipping and trying. */
  public boolean automaton() {
    read = WARM_UP_CHARS;
    return finder("") != null;
  }

  /**
   * How many characters to read by skipping before building the automaton: its states are worked
   * out as texts need them, which costs more than skipping at first; a short-lived process (one
   * {@code assay grade}, a few thousand characters per cue) never pays for it, a server soon does
   * (some thirty answers).
   */
  static final int WARM_UP_CHARS = 200_000;

  /** Characters read so far, up to {@link #WARM_UP_CHARS} (a racy count: it need not be exact). */
  private int read;

  private Dfa finder(CharSequence text) {
    Object f = finder;
    if (f == null) {
      if (read < WARM_UP_CHARS) {
        read += text.length() + 1;
        return null;
      }
      Dfa compiled = Dfa.compile(pattern.pattern(), pattern.flags());
      f = compiled == null ? NONE : compiled;
      finder = f;
    }
    return f == NONE ? null : (Dfa) f;
  }

  /** What {@code pattern().matcher(text).find()} returns. */
  public boolean find(CharSequence text) {
    Dfa f = finder(text);
    if (f != null) {
      int found = f.find(text);
      if (found != Dfa.UNKNOWN) {
        return found == 1;
      }
    }
    return scan(text).next();
  }

  /** What {@link #find} answers without the automaton, by skipping and trying: for tests. */
  boolean findBySkipping(CharSequence text) {
    return scan(text).next();
  }

  /** Whether a match begins at {@code i}: {@code lookingAt} from there, with the text before in view. */
  public boolean matchesAt(CharSequence text, int i) {
    if (!starts.any() && (i >= text.length() || (starts.onlyAtInputStart() && i > 0) || !starts.mayStartAt(text, i))) {
      return false;
    }
    Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    m.region(i, text.length());
    return m.lookingAt();
  }

  /**
   * Every place where a match begins, overlapping or not: where {@code lookingAt} from there
   * succeeds (with transparent bounds), as a flag per char index.
   */
  public boolean[] startsAt(CharSequence text) {
    int[] ends = endsAt(text);
    boolean[] out = new boolean[ends.length];
    for (int i = 0; i < ends.length; i++) {
      out[i] = ends[i] >= 0;
    }
    return out;
  }

  /**
   * Where the match that begins at each char index ends, -1 where none begins: {@code lookingAt}
   * from there (with transparent bounds), as {@link Matcher#find()} would match there. The
   * matches {@link #scan} gives are the first of these, then the first that begins where that one
   * ends or later, and so on.
   */
  public int[] endsAt(CharSequence text) {
    int length = text.length();
    int[] out = new int[length + 1];
    java.util.Arrays.fill(out, -1);
    Matcher m = null;
    for (int i = 0; i < length; i++) {
      if (starts.any() || (!(starts.onlyAtInputStart() && i > 0) && starts.mayStartAt(text, i))) {
        if (m == null) {
          m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }
        m.region(i, length);
        if (m.lookingAt()) {
          out[i] = m.end();
        }
      }
    }
    return out;
  }

  /** The matches in {@code text}, in the order and at the places {@link Matcher#find()} gives them. */
  public Scan scan(CharSequence text) {
    return new Scan(text);
  }

  /**
   * The matches in {@code text} from {@code from} on, as {@link Matcher#find(int)} would give
   * them, but with the text before {@code from} in view of lookbehind and {@code \b}.
   */
  public Scan scan(CharSequence text, int from) {
    Scan s = new Scan(text);
    s.from = Math.max(0, Math.min(from, text.length()));
    return s;
  }

  /** Where the last match ends, or -1 when there is none. */
  public int lastEnd(CharSequence text) {
    Scan s = scan(text);
    int end = -1;
    while (s.next()) {
      end = s.end();
    }
    return end;
  }

  /** Where the first match starts, or -1 when there is none. */
  public int firstStart(CharSequence text) {
    Scan s = scan(text);
    return s.next() ? s.start() : -1;
  }

  /** How many matches there are, counting up to {@code limit}. */
  public int count(CharSequence text, int limit) {
    Dfa f = finder(text);
    if (f != null && f.maxChars() >= 0) {
      int n = countByAutomaton(f, text, limit);
      if (n >= 0) {
        return n;
      }
    }
    return countBySkipping(text, limit);
  }

  /**
   * Counts as {@link Matcher#find()} goes, but reads the gaps between matches with the automaton:
   * it tells where the first match after the last one ends, and the next match (the one that
   * begins leftmost) must begin within the longest match's length before that. -1 when the
   * automaton could not tell.
   */
  private int countByAutomaton(Dfa f, CharSequence text, int limit) {
    int n = 0;
    int from = 0;
    while (n < limit && from <= text.length()) {
      int end = f.firstEnd(text, from);
      if (end == Dfa.OVERFLOW) {
        return -1;
      }
      if (end < 0) {
        break;
      }
      Scan s = scan(text, Math.max(from, end - f.maxChars()));
      if (!s.next()) {
        return -1;
      }
      n++;
      from = s.end();
    }
    return n;
  }

  /**
   * What {@link #count} answers, given every place where a match of this pattern ends (of
   * matches that begin anywhere: pattern {@code p} of {@code ends}) and the most characters a
   * match spans ({@code maxChars}, -1 for no bound). The next match after the last one (the one
   * that begins leftmost) ends no sooner than the first such place after the last one ends, so it
   * begins no more than {@code maxChars} before; when there is no such place, there is no match.
   */
  int count(CharSequence text, int limit, Dfa.Ends ends, int p, int maxChars) {
    int n = 0;
    int from = 0;
    int k = 0;
    int total = ends.count(p);
    while (n < limit) {
      while (k < total && ends.get(p, k) <= from) {
        k++;
      }
      if (k == total) {
        break;
      }
      int end = ends.get(p, k);
      Scan s = scan(text, maxChars < 0 ? from : Math.max(from, end - maxChars));
      if (!s.next()) {
        break;
      }
      n++;
      from = s.end();
    }
    return n;
  }

  /** What {@link #count} answers without the automaton: for tests. */
  int countBySkipping(CharSequence text, int limit) {
    Scan s = scan(text);
    int n = 0;
    while (n < limit && s.next()) {
      n++;
    }
    return n;
  }

  @Override
  public String toString() {
    return pattern.pattern();
  }

  /** An iteration over the matches in one text, like repeated {@link Matcher#find()} calls. */
  public final class Scan {
    private final CharSequence text;
    private Matcher matcher;
    private int from;
    private int start = -1;
    private int end = -1;

    private Scan(CharSequence text) {
      this.text = text;
    }

    /** The matcher, made on first need: most scans find no place where a match could start. */
    private Matcher matcher() {
      if (matcher == null) {
        matcher = pattern.matcher(text);
        if (!starts.any()) {
          matcher.useTransparentBounds(true);
          matcher.useAnchoringBounds(false);
        }
      }
      return matcher;
    }

    /** Moves to the next match; false when there is none. */
    public boolean next() {
      if (starts.any()) {
        Matcher m = matcher();
        boolean first = start < 0 && from > 0;
        if (!(first ? m.find(from) : m.find())) {
          return false;
        }
        start = m.start();
        end = m.end();
        return true;
      }
      // A pattern that cannot match the empty string: every match moves on by at least one character.
      int length = starts.onlyAtInputStart() ? Math.min(1, text.length()) : text.length();
      for (int i = from; i < length; i++) {
        if (starts.mayStartAt(text, i)) {
          Matcher matcher = matcher();
          matcher.region(i, text.length());
          if (matcher.lookingAt()) {
            start = i;
            end = matcher.end();
            from = end;
            return true;
          }
        }
      }
      from = length;
      return false;
    }

    public int start() {
      return start;
    }

    public int end() {
      return end;
    }
  }
}
