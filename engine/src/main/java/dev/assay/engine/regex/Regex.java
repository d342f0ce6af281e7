package dev.assay.engine.regex;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A compiled regular expression that finds exactly what {@link Pattern} finds, faster: positions
 * where no match can begin (see {@link StartSet}) are skipped with a table lookup, and the
 * pattern is tried, anchored, only at the others.
 *
 * <p>Immutable and thread-safe. Every instance is listed in {@link #compiled()}, so a test can
 * hold each against its plain pattern.
 */
public final class Regex {
  private static final List<Regex> COMPILED = new CopyOnWriteArrayList<>();

  private final Pattern pattern;
  private final StartSet starts;

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

  /** What {@code pattern().matcher(text).find()} returns. */
  public boolean find(CharSequence text) {
    return scan(text).next();
  }

  /** The matches in {@code text}, in the order and at the places {@link Matcher#find()} gives them. */
  public Scan scan(CharSequence text) {
    return new Scan(text);
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
        if (!m.find()) {
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
