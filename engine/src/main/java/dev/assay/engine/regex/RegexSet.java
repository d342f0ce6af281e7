package dev.assay.engine.regex;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;

/**
 * Several {@link Regex}es read in one pass: which of them {@link Regex#find} a match in a text, as
 * one bit each, from one automaton ({@link Dfa#union}) whose states carry the patterns that have
 * matched so far. A cue stage that asks a dozen patterns about the same sentence reads it once
 * instead of a dozen times.
 *
 * <p>The answer is exactly what each member's own {@code find} answers. A member the automaton
 * does not understand (lookbehind, say) is asked on its own; so is every member while the set is
 * young (the automaton's states are worked out as texts need them, which a short-lived process
 * should not pay for: see {@link Regex#WARM_UP_CHARS}) and once the automaton has grown past its
 * limit.
 *
 * <p>Immutable and thread-safe. Every instance is listed in {@link #compiled()}, so a test can
 * hold each against its members.
 */
public final class RegexSet {
  private static final List<RegexSet> COMPILED = new CopyOnWriteArrayList<>();

  private final Regex[] members;
  /** The automaton over the members it understands, built on first use after warming up; {@link #NONE} when none. */
  private volatile Object union;
  /** The same, telling every place where a match ends, for {@link #counts}. */
  private volatile Object endsUnion;
  private static final Object NONE = new Object();
  /** Per member, its bit in the automaton's answer, or -1 when it is asked on its own. */
  private volatile int[] bitOf;
  /** Characters read so far, up to {@link Regex#WARM_UP_CHARS} (a racy count: it need not be exact). */
  private int read;

  private RegexSet(Regex[] members) {
    this.members = members;
  }

  /** A set of up to 31 members; member {@code i} answers in bit {@code i}. */
  public static RegexSet of(Regex... members) {
    if (members.length == 0 || members.length > Dfa.MAX_PATTERNS) {
      throw new IllegalArgumentException("a set holds 1 to " + Dfa.MAX_PATTERNS + " patterns");
    }
    RegexSet set = new RegexSet(members.clone());
    COMPILED.add(set);
    return set;
  }

  /** Every set made so far in this class loader. */
  public static List<RegexSet> compiled() {
    return List.copyOf(COMPILED);
  }

  /** The members, in bit order. */
  public List<Regex> members() {
    return List.of(members);
  }

  /** The bit of member {@code i}, for testing an answer of {@link #matches}. */
  public static long bit(int i) {
    return 1L << i;
  }

  /** Whether the set reads texts with an automaton (once warmed up), for at least one member. */
  public boolean automaton() {
    read = Regex.WARM_UP_CHARS;
    return automaton("", false) != null && automaton("", true) != null;
  }

  /** How many members the automaton answers for (after {@link #automaton()}): the others are asked on their own. */
  int understood() {
    automaton();
    int n = 0;
    for (int b : bitOf) {
      n += b >= 0 ? 1 : 0;
    }
    return n;
  }

  private Dfa automaton(CharSequence text, boolean everyEnd) {
    Object u = everyEnd ? endsUnion : union;
    if (u == null) {
      if (read < Regex.WARM_UP_CHARS) {
        read += text.length() + 1;
        return null;
      }
      synchronized (this) {
        u = everyEnd ? endsUnion : union;
        if (u == null) {
          List<Pattern> patterns = new ArrayList<>(members.length);
          for (Regex r : members) {
            patterns.add(r.pattern());
          }
          boolean[] compiled = new boolean[members.length];
          Dfa d = Dfa.union(patterns, compiled, everyEnd);
          int[] bits = new int[members.length];
          int next = 0;
          for (int i = 0; i < members.length; i++) {
            bits[i] = compiled[i] ? next++ : -1;
          }
          bitOf = bits;
          u = d == null ? NONE : d;
          if (everyEnd) {
            endsUnion = u;
          } else {
            union = u;
          }
        }
      }
    }
    return u == NONE ? null : (Dfa) u;
  }

  /**
   * Which members find a match in {@code text}: bit {@code i} (see {@link #bit}) is set when
   * {@code members().get(i).find(text)} is true.
   */
  public long matches(CharSequence text) {
    Dfa d = automaton(text, false);
    long found = d == null ? Dfa.UNION_OVERFLOW : d.matches(text);
    long out = 0;
    int[] bits = bitOf;
    for (int i = 0; i < members.length; i++) {
      boolean hit;
      if (found != Dfa.UNION_OVERFLOW && bits[i] >= 0) {
        hit = (found & (1L << bits[i])) != 0;
      } else {
        hit = members[i].find(text);
      }
      if (hit) {
        out |= 1L << i;
      }
    }
    return out;
  }

  /**
   * How many matches each member has in {@code text}, counting up to {@code limit}: what {@code
   * members().get(i).count(text, limit)} answers, from one pass that tells where every member's
   * matches end: each is then looked for only just before such a place.
   */
  public int[] counts(CharSequence text, int limit) {
    int[] out = new int[members.length];
    if (limit <= 0) {
      return out;
    }
    Dfa d = automaton(text, true);
    Dfa.Ends ends = d == null ? null : d.ends(text);
    int[] bits = bitOf;
    for (int i = 0; i < members.length; i++) {
      out[i] = ends != null && bits[i] >= 0
          ? members[i].count(text, limit, ends, bits[i], d.maxChars(bits[i]))
          : members[i].count(text, limit);
    }
    return out;
  }

  @Override
  public String toString() {
    return List.of(members).toString();
  }
}
