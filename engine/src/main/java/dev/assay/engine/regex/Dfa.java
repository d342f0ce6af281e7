package dev.assay.engine.regex;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression turned into an automaton that reads a text once, one table step per
 * character: a nondeterministic automaton built from the pattern's syntax, determinized lazily,
 * one state at a time as texts need them (so that building costs next to nothing at start-up and
 * bounded repetitions that would blow up a full determinization only grow the states texts visit).
 *
 * <p>The automaton reads the text's code points interleaved with two markers, so that the
 * zero-width assertions the cues use become plain symbols: {@link #START} stands before the first
 * character ({@code ^}) and {@link #BOUND} at every place where {@code \b} holds, as {@link
 * Pattern} decides it. Every state lets markers pass. Case-insensitive patterns read the text
 * folded to ASCII lower case, as {@link Pattern#CASE_INSENSITIVE} without {@code UNICODE_CASE}
 * compares.
 *
 * <p>Only the language of the pattern is kept, not its preferences (lazy or greedy, which
 * alternative first): that is all {@link java.util.regex.Matcher#find()}'s yes or no depends on;
 * where the match is, the plain pattern still says. Patterns with other constructs (lookaround,
 * back references, flags, possessive quantifiers, {@code $}) and patterns that match the empty
 * string are not compiled ({@link #compile} gives null); an automaton that grows past a few
 * thousand states stops answering ({@link #UNKNOWN}), and the caller falls back.
 *
 * <p>One automaton can read for several patterns at once ({@link #union}): each keeps its own
 * accepting state, and a state of the automaton carries a bit per pattern, for those that have
 * matched so far (their own states are then dropped) or, to find every place where matches end,
 * for those that match right there. A table entry that leads to a change of those bits is
 * negative, so the loop over the characters tests one sign per step.
 */
final class Dfa {
  /** The marker at every place where {@code \b} holds. */
  static final int BOUND = 0x110000;
  /** The marker before the first character. */
  static final int START = 0x110001;
  /** What a step answers when the automaton has grown past {@link #MAX_STATES}. */
  static final int OVERFLOW = Integer.MIN_VALUE;
  /** What {@link #find} answers when the automaton could not tell. */
  static final int UNKNOWN = -1;

  private static final int MAX_CP = Character.MAX_CODE_POINT;
  private static final int MAX_STATES = 4096;
  /** The most patterns a union reads: one bit each of a table entry (an int, the sign bit left over). */
  static final int MAX_PATTERNS = 31;
  /** What {@link #matches} answers when the automaton has grown past its limit. */
  static final long UNION_OVERFLOW = Long.MIN_VALUE;
  /** A union's states also carry which patterns have matched, so it may need more of them. */
  static final int MAX_UNION_STATES = 16384;
  private static final Pattern WORD_BOUNDARY = Pattern.compile("\\b");
  /** ASCII word characters, as {@code \b} sees them. */
  private static final boolean[] ASCII_WORD = new boolean[128];
  /** The same, as 1 or 0. */
  private static final int[] WORD = new int[128];

  static {
    for (int c = 0; c < 128; c++) {
      ASCII_WORD[c] = c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      WORD[c] = ASCII_WORD[c] ? 1 : 0;
    }
  }

  private final boolean caseInsensitive;
  private final int[] points;
  private final int[] asciiClass = new int[128];
  private final int boundClass;
  private final int startClass;
  private final int classes;
  /**
   * The table's row length: a column per class, one that stays put, the state's patterns (see
   * {@link #found}), and from {@link #boundThen} on a column per class again, for a {@link #BOUND}
   * marker and that class read in one step.
   */
  private final int stride;
  /** Where the columns for a marker and a class in one step begin in a row. */
  private final int boundThen;
  /** The nondeterministic automaton: per state, its epsilon moves and its symbol moves. */
  private final int[][] epsilons;
  private final int[][] moves;
  /** Per pattern, its accepting state of the nondeterministic automaton. */
  private final int[] accepts;
  /** Per state of the nondeterministic automaton, the pattern it belongs to (-1: the leading loop). */
  private final int[] owner;
  /** The patterns' bits, all set. */
  private final long all;
  /** Per pattern, see {@link #maxChars()}. */
  private final int[] maxChars;
  private final int maxStates;

  /*
   * The deterministic automaton, built lazily as texts need its states (subset construction one
   * transition at a time, under the lock). Each entry of the table is 0 while unknown, otherwise
   * where the next state's row begins plus one, negated when that state accepts: one int says both, so a
   * reader without the lock sees either nothing (and takes the lock) or a whole answer. The table
   * only grows by copying, and a state's row exists before any entry leads to it.
   */
  private final Object lock = new Object();
  private volatile int[] table;
  private final java.util.Map<Key, Integer> ids = new java.util.HashMap<>();
  private final List<int[]> sets = new ArrayList<>();
  /**
   * Per state, the patterns that have matched on the way to it, or with {@link #everyEnd} those
   * that match right there (under the lock; also in the last column of the state's row, for
   * readers without it).
   */
  private long[] found = new long[16];
  /** Whether the automaton tells every place where a match ends, not just which patterns match. */
  private final boolean everyEnd;
  private boolean full;
  private final boolean[] mark;
  private int[] scratch = new int[16];

  private Dfa(Nfa nfa, int initial, int[] entries, int[] accepts, int[] owner, boolean caseInsensitive, int maxStates, boolean everyEnd) {
    this.caseInsensitive = caseInsensitive;
    this.everyEnd = everyEnd;
    this.accepts = accepts;
    this.owner = owner;
    if (accepts.length > MAX_PATTERNS) {
      throw new IllegalArgumentException("at most " + MAX_PATTERNS + " patterns");
    }
    this.all = (1L << accepts.length) - 1;
    this.maxStates = maxStates;
    this.maxChars = new int[accepts.length];
    for (int i = 0; i < accepts.length; i++) {
      maxChars[i] = longest(nfa, entries[i], accepts[i]);
    }
    int states = nfa.size();
    this.epsilons = new int[states][];
    this.moves = new int[states][];
    int[] cuts = new int[64];
    int n = 0;
    for (int c : new int[] {0, BOUND, START, START + 1}) {
      cuts[n++] = c;
    }
    for (int q = 0; q < states; q++) {
      epsilons[q] = nfa.epsilonsOf(q);
      moves[q] = nfa.movesOf(q);
      for (int j = 0; j < moves[q].length; j += 3) {
        if (n + 2 > cuts.length) {
          cuts = Arrays.copyOf(cuts, cuts.length * 2);
        }
        cuts[n++] = moves[q][j];
        cuts[n++] = moves[q][j + 1] + 1;
      }
    }
    Arrays.sort(cuts, 0, n);
    int distinct = 0;
    for (int i = 0; i < n; i++) {
      if (distinct == 0 || cuts[i] != cuts[distinct - 1]) {
        cuts[distinct++] = cuts[i];
      }
    }
    this.points = Arrays.copyOf(cuts, distinct);
    this.classes = points.length;
    this.boundThen = classes + 2;
    this.stride = 2 * classes + 2;
    for (int c = 0; c < 128; c++) {
      // Case-insensitive patterns read ASCII letters folded to lower case.
      asciiClass[c] = classOf(caseInsensitive && c >= 'A' && c <= 'Z' ? c + 32 : c);
    }
    this.boundClass = classOf(BOUND);
    this.startClass = classOf(START);
    this.mark = new boolean[states];
    int[] first = closure(new int[] {initial}, 0L);
    sets.add(first);
    ids.put(new Key(first, 0L), 0);
    int[] t = new int[stride * 16];
    t[classes] = 1;
    this.table = t;
  }

  /**
   * Compiles the automaton that accepts a text as soon as it holds a match. Null when the pattern is
   * outside what is understood.
   */
  static Dfa compile(String regex, int flags) {
    boolean ci = (flags & Pattern.CASE_INSENSITIVE) != 0;
    if ((flags & ~Pattern.CASE_INSENSITIVE) != 0) {
      return null;
    }
    try {
      Parser p = new Parser(regex, ci);
      int[] body = p.alternation();
      if (p.pos != regex.length() || acceptsMarkersOnly(p.nfa, body[0], body[1])) {
        return null;
      }
      int any = p.nfa.state();
      p.nfa.edge(any, 0, START, any);
      p.nfa.epsilon(any, body[0]);
      int[] owner = new int[p.nfa.size()];
      owner[any] = -1;
      return new Dfa(p.nfa, any, new int[] {body[0]}, new int[] {body[1]}, owner, ci, MAX_STATES, false);
    } catch (Unsupported e) {
      return null;
    }
  }

  /**
   * Compiles the automaton that reads a text once for several patterns: its states carry which of
   * them have matched so far. A pattern outside what is understood gets no part in it: its entry
   * of {@code compiled} is left false. Null when none is understood. Case-insensitive patterns
   * read both cases of a letter, rather than a folded text, so that patterns of either kind share
   * the one automaton. With {@code everyEnd} it tells every place where a match ends ({@link
   * #ends}), else only which patterns match ({@link #matches}).
   */
  static Dfa union(List<Pattern> patterns, boolean[] compiled, boolean everyEnd) {
    Nfa nfa = new Nfa();
    int any = nfa.state();
    nfa.edge(any, 0, START, any);
    List<int[]> bodies = new ArrayList<>();
    int[] ownerOf = new int[64];
    ownerOf[any] = -1;
    for (int i = 0; i < patterns.size(); i++) {
      Pattern pattern = patterns.get(i);
      int flags = pattern.flags();
      int before = nfa.size();
      compiled[i] = false;
      if ((flags & ~Pattern.CASE_INSENSITIVE) != 0) {
        continue;
      }
      try {
        Parser p = new Parser(pattern.pattern(), (flags & Pattern.CASE_INSENSITIVE) != 0, true, nfa);
        int[] body = p.alternation();
        if (p.pos != pattern.pattern().length() || acceptsMarkersOnly(nfa, body[0], body[1])) {
          nfa.truncate(before);
          continue;
        }
        compiled[i] = true;
        nfa.epsilon(any, body[0]);
        bodies.add(body);
        if (nfa.size() > ownerOf.length) {
          ownerOf = Arrays.copyOf(ownerOf, Math.max(nfa.size(), ownerOf.length * 2));
        }
        Arrays.fill(ownerOf, before, nfa.size(), bodies.size() - 1);
      } catch (Unsupported e) {
        nfa.truncate(before);
      }
    }
    if (bodies.isEmpty()) {
      return null;
    }
    int[] entries = new int[bodies.size()];
    int[] accepts = new int[bodies.size()];
    for (int i = 0; i < bodies.size(); i++) {
      entries[i] = bodies.get(i)[0];
      accepts[i] = bodies.get(i)[1];
    }
    return new Dfa(nfa, any, entries, accepts, Arrays.copyOf(ownerOf, nfa.size()), false, MAX_UNION_STATES, everyEnd);
  }

  /**
   * Twice the most code points a match can read from the pattern's first state (the one the
   * leading loop enters) to {@code accept}, or -1 when a loop makes it unbounded.
   */
  private static int longest(Nfa nfa, int entry, int accept) {
    int[] memo = new int[nfa.size()];
    Arrays.fill(memo, -2);
    int most = longest(nfa, entry, accept, memo, new boolean[nfa.size()]);
    if (most < 0) {
      return -1;
    }
    return most > Integer.MAX_VALUE / 4 ? -1 : 2 * most;
  }

  /** The most code points from {@code q} to {@code accept}; -1 for unbounded, -3 for no way there. */
  private static int longest(Nfa nfa, int q, int accept, int[] memo, boolean[] onPath) {
    if (memo[q] != -2) {
      return memo[q];
    }
    if (onPath[q]) {
      return -1;
    }
    onPath[q] = true;
    int best = q == accept ? 0 : -3;
    for (int j = 0; j < nfa.epsilonCount[q] + nfa.moveCount[q] / 3; j++) {
      int d;
      int add;
      if (j < nfa.epsilonCount[q]) {
        d = nfa.epsilons[q][j];
        add = 0;
      } else {
        int m = (j - nfa.epsilonCount[q]) * 3;
        d = nfa.moves[q][m + 2];
        add = nfa.moves[q][m] >= BOUND ? 0 : 1;
      }
      int l = longest(nfa, d, accept, memo, onPath);
      if (l == -1) {
        onPath[q] = false;
        memo[q] = -1;
        return -1;
      }
      if (l >= 0) {
        best = Math.max(best, l + add);
      }
    }
    onPath[q] = false;
    memo[q] = best;
    return best;
  }

  /** Whether the pattern can match reading markers only, like {@code ^} or {@code \\b} alone. */
  private static boolean acceptsMarkersOnly(Nfa nfa, int from, int to) {
    boolean[] seen = new boolean[nfa.size()];
    int[] todo = new int[nfa.size()];
    int n = 0;
    todo[n++] = from;
    seen[from] = true;
    while (n > 0) {
      int q = todo[--n];
      if (q == to) {
        return true;
      }
      for (int j = 0; j < nfa.epsilonCount[q]; j++) {
        int d = nfa.epsilons[q][j];
        if (!seen[d]) {
          seen[d] = true;
          todo[n++] = d;
        }
      }
      for (int j = 0; j < nfa.moveCount[q]; j += 3) {
        int d = nfa.moves[q][j + 2];
        if (nfa.moves[q][j + 1] >= BOUND && !seen[d]) {
          seen[d] = true;
          todo[n++] = d;
        }
      }
    }
    return false;
  }

  /** 1 when {@code text} holds a match, 0 when not, {@link #UNKNOWN} when the automaton grew too big. */
  int find(CharSequence chars) {
    int end = firstEnd(chars, 0);
    return end == OVERFLOW ? UNKNOWN : end >= 0 ? 1 : 0;
  }

  /**
   * Where the first match to end, of those that begin at {@code from} or later, ends (the text
   * before {@code from} still in view of {@code \b}); -1 when there is none, {@link #OVERFLOW}
   * when the automaton grew too big.
   */
  int firstEnd(CharSequence chars, int from) {
    // A String's own charAt, not CharSequence's: the interface call is not inlined in a hot loop.
    String text = chars.toString();
    int n = text.length();
    int[] t = table;
    int s = 0;
    int v;
    if (from == 0) {
      v = t[startClass];
      if (v == 0) {
        v = fill(0, startClass);
        t = table;
      }
      if (v == OVERFLOW || v < 0) {
        return v == OVERFLOW ? OVERFLOW : 0;
      }
      s = v - 1;
    }
    Matcher boundary = null;
    int i = from;
    int before = from > 0 ? codePointBefore(text, from) : -1;
    int wordBefore = wordness(before);
    while (true) {
      if (i < n && before < 128) {
        // An ASCII character after one (or after nothing): whether \b holds is a table lookup, and
        // the marker and the character are read in one step, unless that step changes anything.
        char c = text.charAt(i);
        if (c < 128) {
          int word = WORD[c];
          v = t[s + asciiClass[c] + (word ^ wordBefore) * boundThen];
          if (v > 0) {
            s = v - 1;
            before = c;
            wordBefore = word;
            i++;
            continue;
          }
        }
      }
      int cp = i < n ? codePointAt(text, i, n) : -1;
      // The marker, if \b holds here, else the column that stays put.
      int column = boundAt(text, i, n, before, cp, boundary);
      if (column < 0) {
        boundary = WORD_BOUNDARY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        column = boundary.region(i, n).lookingAt() ? boundClass : classes;
      }
      int row = s;
      v = t[s + column];
      if (v == 0) {
        v = fill(s, column);
        t = table;
      }
      if (v == OVERFLOW) {
        return OVERFLOW;
      }
      if (v < 0) {
        return i;
      }
      s = v - 1;
      if (cp < 0) {
        return -1;
      }
      int k = cp < 128 ? asciiClass[cp] : classOf(cp);
      v = t[s + k];
      if (v == 0) {
        v = fill(s, k);
        t = table;
      }
      i += Character.charCount(cp);
      if (v == OVERFLOW) {
        return OVERFLOW;
      }
      if (v < 0) {
        return i;
      }
      if (column == boundClass) {
        // Racy but harmless: the entry is the same whoever writes it, and 0 only sends a reader here.
        t[row + boundThen + k] = v;
      }
      s = v - 1;
      before = cp;
      wordBefore = cp < 128 ? WORD[cp] : 0;
    }
  }

  /**
   * The column for the place before {@code cp}: {@link #boundClass} when {@code \b} holds there,
   * {@link #classes} when not, -1 when only {@link Pattern} can tell (a character past ASCII
   * around), with a matcher made already ({@code boundary}) asked.
   */
  private int boundAt(String text, int i, int n, int before, int cp, Matcher boundary) {
    if (before < 128 && cp < 128) {
      return wordness(before) != wordness(cp) ? boundClass : classes;
    }
    if (boundary == null) {
      return -1;
    }
    return boundary.region(i, n).lookingAt() ? boundClass : classes;
  }

  /**
   * Which patterns of a union have a match in the text, a bit each ({@link #UNION_OVERFLOW} when
   * the automaton grew too big).
   */
  long matches(CharSequence chars) {
    return read(chars, null);
  }

  /**
   * Where the matches of each pattern of a union made with {@code everyEnd} end, in order, every
   * place where one does (of matches that begin anywhere); null when the automaton grew too big.
   */
  Ends ends(CharSequence chars) {
    Ends out = new Ends(accepts.length);
    return read(chars, out) == UNION_OVERFLOW ? null : out;
  }

  /** The places where matches end, per pattern of a union. */
  static final class Ends {
    private final int[][] at;
    private final int[] count;

    Ends(int patterns) {
      at = new int[patterns][];
      count = new int[patterns];
    }

    void add(int pattern, int end) {
      int[] a = at[pattern];
      int n = count[pattern];
      if (a == null) {
        a = at[pattern] = new int[8];
      } else if (n == a.length) {
        a = at[pattern] = Arrays.copyOf(a, n * 2);
      }
      a[n] = end;
      count[pattern] = n + 1;
    }

    /** How many places pattern {@code i}'s matches end at. */
    int count(int i) {
      return count[i];
    }

    /** The {@code k}th of them, in text order. */
    int get(int i, int k) {
      return at[i][k];
    }
  }

  private long read(CharSequence chars, Ends every) {
    String text = chars.toString();
    int n = text.length();
    long stop = everyEnd ? -1L : all;
    int[] t = table;
    long done = 0;
    int v = t[startClass];
    if (v == 0) {
      v = fill(0, startClass);
      t = table;
    }
    if (v == OVERFLOW) {
      return UNION_OVERFLOW;
    }
    if (v < 0) {
      v = -v;
      done = record(t, v - 1, done, every, 0);
      if (done == stop) {
        return done;
      }
    }
    int s = v - 1;
    Matcher boundary = null;
    int i = 0;
    int before = -1;
    int wordBefore = 0;
    while (true) {
      if (i < n && before < 128) {
        // As in firstEnd: the marker and an ASCII character in one step, unless it changes anything.
        char c = text.charAt(i);
        if (c < 128) {
          int word = WORD[c];
          v = t[s + asciiClass[c] + (word ^ wordBefore) * boundThen];
          if (v > 0) {
            s = v - 1;
            before = c;
            wordBefore = word;
            i++;
            continue;
          }
        }
      }
      int cp = i < n ? codePointAt(text, i, n) : -1;
      int column = boundAt(text, i, n, before, cp, boundary);
      if (column < 0) {
        boundary = WORD_BOUNDARY.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        column = boundary.region(i, n).lookingAt() ? boundClass : classes;
      }
      int row = s;
      v = t[s + column];
      if (v == 0) {
        v = fill(s, column);
        t = table;
      }
      boolean changed = v < 0;
      if (v < 0) {
        if (v == OVERFLOW) {
          return UNION_OVERFLOW;
        }
        v = -v;
        done = record(t, v - 1, done, every, i);
        if (done == stop) {
          return done;
        }
      }
      s = v - 1;
      if (cp < 0) {
        return done;
      }
      int k = cp < 128 ? asciiClass[cp] : classOf(cp);
      v = t[s + k];
      if (v == 0) {
        v = fill(s, k);
        t = table;
      }
      i += Character.charCount(cp);
      if (v < 0) {
        if (v == OVERFLOW) {
          return UNION_OVERFLOW;
        }
        v = -v;
        done = record(t, v - 1, done, every, i);
        if (done == stop) {
          return done;
        }
      } else if (column == boundClass && !changed) {
        t[row + boundThen + k] = v;
      }
      s = v - 1;
      before = cp;
      wordBefore = cp < 128 ? WORD[cp] : 0;
    }
  }

  /**
   * The patterns matched so far, now that the state whose row begins at {@code row} is reached at
   * {@code at}, noting where every one ends in {@code every} (with {@link #everyEnd}).
   */
  private long record(int[] t, int row, long done, Ends every, int at) {
    long now = t[row + classes + 1];
    if (now == 0) {
      // Never 0 for a state an entry leads to with a change of patterns: not yet seen by this thread.
      synchronized (lock) {
        now = found[row / stride];
      }
    }
    if (every != null) {
      for (long bits = now; bits != 0; bits &= bits - 1) {
        every.add(Long.numberOfTrailingZeros(bits), at);
      }
      return done | now;
    }
    return everyEnd ? done | now : now;
  }

  /**
   * The most characters a match can span: twice the most code points (a code point may take two
   * chars), or -1 when a repetition makes it unbounded.
   */
  int maxChars() {
    return maxChars[0];
  }

  /** {@link #maxChars()} of the {@code i}th pattern of a union. */
  int maxChars(int i) {
    return maxChars[i];
  }

  /** How many patterns the automaton reads for. */
  int patterns() {
    return accepts.length;
  }

  /** 1 for an ASCII word character, 0 for any other character or none (-1). */
  private static int wordness(int c) {
    return c >= 0 && c < 128 && ASCII_WORD[c] ? 1 : 0;
  }

  private static int codePointAt(String text, int i, int n) {
    char c = text.charAt(i);
    if (Character.isHighSurrogate(c) && i + 1 < n) {
      char d = text.charAt(i + 1);
      if (Character.isLowSurrogate(d)) {
        return Character.toCodePoint(c, d);
      }
    }
    return c;
  }

  private static int codePointBefore(String text, int i) {
    char d = text.charAt(i - 1);
    if (Character.isLowSurrogate(d) && i > 1) {
      char c = text.charAt(i - 2);
      if (Character.isHighSurrogate(c)) {
        return Character.toCodePoint(c, d);
      }
    }
    return d;
  }

  /**
   * Works out (once, under the lock) where the state whose row begins at {@code s} goes on column
   * {@code k}: a class of symbols, or {@link #classes}, the column that stays put.
   */
  private int fill(int s, int k) {
    synchronized (lock) {
      int[] t = table;
      int v = t[s + k];
      if (v != 0) {
        return v;
      }
      if (k == classes) {
        v = s + 1;
        t[s + k] = v;
        return v;
      }
      if (full) {
        return OVERFLOW;
      }
      int[] from = sets.get(s / stride);
      long before = everyEnd ? 0L : found[s / stride];
      int x = points[k];
      int count = 0;
      if (x >= BOUND) {
        // Every state lets a marker pass.
        for (int q : from) {
          count = add(q, count);
        }
      }
      for (int q : from) {
        int[] m = moves[q];
        for (int j = 0; j < m.length; j += 3) {
          if (m[j] <= x && x <= m[j + 1]) {
            count = add(m[j + 2], count);
          }
        }
      }
      int[] seeds = Arrays.copyOf(scratch, count);
      for (int q : seeds) {
        mark[q] = false;
      }
      int[] set = closure(seeds, before);
      long after = before;
      for (int i = 0; i < accepts.length; i++) {
        if ((before & (1L << i)) == 0 && Arrays.binarySearch(set, accepts[i]) >= 0) {
          after |= 1L << i;
        }
      }
      if (after != before && !everyEnd) {
        // A pattern that has matched is read no further.
        set = without(set, after);
      }
      Key key = new Key(set, after);
      Integer id = ids.get(key);
      if (id == null) {
        if (sets.size() >= maxStates) {
          full = true;
          return OVERFLOW;
        }
        id = sets.size();
        sets.add(set);
        ids.put(key, id);
        long[] f = found;
        if (id >= f.length) {
          f = Arrays.copyOf(f, f.length * 2);
        }
        f[id] = after;
        found = f;
        if ((id + 1) * stride > t.length) {
          t = Arrays.copyOf(t, Math.max(t.length * 2, (id + 1) * stride));
        }
        // The new row's own column first, then the entry that leads to it.
        t[id * stride + classes] = id * stride + 1;
        t[id * stride + classes + 1] = (int) after;
        table = t;
      }
      v = after != before ? -(id * stride + 1) : id * stride + 1;
      t[s + k] = v;
      return v;
    }
  }

  /** The states of {@code set} that belong to no pattern of {@code done}. */
  private int[] without(int[] set, long done) {
    int n = 0;
    int[] out = new int[set.length];
    for (int q : set) {
      if (owner[q] < 0 || (done & (1L << owner[q])) == 0) {
        out[n++] = q;
      }
    }
    return Arrays.copyOf(out, n);
  }

  private int add(int q, int count) {
    if (!mark[q]) {
      mark[q] = true;
      if (count == scratch.length) {
        scratch = Arrays.copyOf(scratch, count * 2);
      }
      scratch[count++] = q;
    }
    return count;
  }

  /**
   * The states reached from {@code seeds} by epsilon moves, seeds included, sorted, leaving out
   * those of the patterns in {@code done} (beyond the seeds).
   */
  private int[] closure(int[] seeds, long done) {
    int n = 0;
    for (int q : seeds) {
      n = add(q, n);
    }
    for (int i = 0; i < n; i++) {
      for (int d : epsilons[scratch[i]]) {
        if (owner[d] < 0 || (done & (1L << owner[d])) == 0) {
          n = add(d, n);
        }
      }
    }
    int[] set = Arrays.copyOf(scratch, n);
    for (int q : set) {
      mark[q] = false;
    }
    Arrays.sort(set);
    return set;
  }

  /** A set of states of the automaton before determinizing, by content, with the patterns matched so far. */
  private record Key(int[] set, long found) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Key k && found == k.found && Arrays.equals(set, k.set);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(set) * 31 + Long.hashCode(found);
    }
  }

  private int classOf(int symbol) {
    int lo = 0;
    int hi = points.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (points[mid] <= symbol) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo;
  }

  /** A nondeterministic automaton under construction: states with epsilon moves and symbol-range moves. */
  private static final class Nfa {
    int[][] epsilons = new int[64][];
    int[] epsilonCount = new int[64];
    /** Per state: low, high, target, repeated. */
    int[][] moves = new int[64][];
    int[] moveCount = new int[64];
    int size;

    int size() {
      return size;
    }

    int state() {
      if (size == epsilons.length) {
        epsilons = Arrays.copyOf(epsilons, size * 2);
        epsilonCount = Arrays.copyOf(epsilonCount, size * 2);
        moves = Arrays.copyOf(moves, size * 2);
        moveCount = Arrays.copyOf(moveCount, size * 2);
      }
      epsilons[size] = EMPTY;
      epsilonCount[size] = 0;
      moves[size] = EMPTY;
      moveCount[size] = 0;
      return size++;
    }

    /** Forgets the states from {@code n} on (a pattern that turned out not to be understood). */
    void truncate(int n) {
      size = n;
    }

    /** A new piece with an entry and an exit state. */
    int[] fragment() {
      return new int[] {state(), state()};
    }

    void epsilon(int from, int to) {
      int n = epsilonCount[from];
      if (n == epsilons[from].length) {
        epsilons[from] = Arrays.copyOf(epsilons[from], Math.max(4, n * 2));
      }
      epsilons[from][n] = to;
      epsilonCount[from] = n + 1;
    }

    void edge(int from, int lo, int hi, int to) {
      int n = moveCount[from];
      if (n + 3 > moves[from].length) {
        moves[from] = Arrays.copyOf(moves[from], Math.max(6, n * 2));
      }
      moves[from][n] = lo;
      moves[from][n + 1] = hi;
      moves[from][n + 2] = to;
      moveCount[from] = n + 3;
    }

    int[] epsilonsOf(int q) {
      return Arrays.copyOf(epsilons[q], epsilonCount[q]);
    }

    int[] movesOf(int q) {
      return Arrays.copyOf(moves[q], moveCount[q]);
    }
  }

  private static final int[] EMPTY = new int[0];

  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** A recursive-descent reader of the pattern syntax the cues use, building the automaton. */
  private static final class Parser {
    final String re;
    final boolean ci;
    /** Whether a case-insensitive literal reads both cases of a letter (else the text is folded). */
    final boolean bothCases;
    final Nfa nfa;
    int pos;

    Parser(String re, boolean ci) {
      this(re, ci, false, new Nfa());
    }

    Parser(String re, boolean ci, boolean bothCases, Nfa nfa) {
      this.re = re;
      this.ci = ci;
      this.bothCases = bothCases;
      this.nfa = nfa;
    }

    int[] alternation() {
      List<int[]> alternatives = new ArrayList<>();
      while (true) {
        alternatives.add(sequence());
        if (pos < re.length() && re.charAt(pos) == '|') {
          pos++;
          continue;
        }
        break;
      }
      if (alternatives.size() == 1) {
        return alternatives.get(0);
      }
      int[] f = nfa.fragment();
      for (int[] a : alternatives) {
        nfa.epsilon(f[0], a[0]);
        nfa.epsilon(a[1], f[1]);
      }
      return f;
    }

    int[] sequence() {
      List<int[]> parts = new ArrayList<>();
      // Consecutive assertions: a marker can be read once, so each kind is asserted once, START first.
      boolean pendingStart = false;
      boolean pendingBound = false;
      while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
        int before = pos;
        char c = re.charAt(pos);
        if (c == '^') {
          pos++;
          checkNotQuantified();
          if (!parts.isEmpty()) {
            throw new Unsupported("^ after something");
          }
          pendingStart = true;
          continue;
        }
        if (c == '\\' && pos + 1 < re.length() && re.charAt(pos + 1) == 'b') {
          pos += 2;
          checkNotQuantified();
          pendingBound = true;
          continue;
        }
        pos = before;
        int[] atom = quantified(before, atom());
        flush(parts, pendingStart, pendingBound);
        pendingStart = false;
        pendingBound = false;
        parts.add(atom);
      }
      flush(parts, pendingStart, pendingBound);
      if (parts.isEmpty()) {
        int[] f = nfa.fragment();
        nfa.epsilon(f[0], f[1]);
        return f;
      }
      for (int k = 1; k < parts.size(); k++) {
        nfa.epsilon(parts.get(k - 1)[1], parts.get(k)[0]);
      }
      return new int[] {parts.get(0)[0], parts.get(parts.size() - 1)[1]};
    }

    private void flush(List<int[]> parts, boolean start, boolean bound) {
      if (start) {
        parts.add(symbol(START, START));
      }
      if (bound) {
        parts.add(symbol(BOUND, BOUND));
      }
    }

    /** One symbol of the ranges (pairs of bounds). */
    private int[] symbol(int lo, int hi) {
      int[] f = nfa.fragment();
      nfa.edge(f[0], lo, hi, f[1]);
      return f;
    }

    private int[] codePoint(List<int[]> ranges) {
      int[] f = nfa.fragment();
      for (int[] r : ranges) {
        nfa.edge(f[0], r[0], r[1], f[1]);
      }
      return f;
    }

    /** The atom read again from {@code start}: a fresh copy of its states for a repetition. */
    private int[] copy(int start) {
      int saved = pos;
      pos = start;
      int[] f = atom();
      pos = saved;
      return f;
    }

    private int[] optional(int[] f) {
      int[] o = nfa.fragment();
      nfa.epsilon(o[0], f[0]);
      nfa.epsilon(f[1], o[1]);
      nfa.epsilon(o[0], o[1]);
      return o;
    }

    private int[] star(int[] f) {
      int[] o = optional(f);
      nfa.epsilon(f[1], f[0]);
      return o;
    }

    private int[] chain(List<int[]> parts) {
      for (int k = 1; k < parts.size(); k++) {
        nfa.epsilon(parts.get(k - 1)[1], parts.get(k)[0]);
      }
      return new int[] {parts.get(0)[0], parts.get(parts.size() - 1)[1]};
    }

    private void checkNotQuantified() {
      if (pos < re.length() && "?*+{".indexOf(re.charAt(pos)) >= 0) {
        throw new Unsupported("quantified assertion");
      }
    }

    int[] quantified(int atomStart, int[] a) {
      if (pos >= re.length()) {
        return a;
      }
      char c = re.charAt(pos);
      int[] out;
      if (c == '?') {
        pos++;
        out = optional(a);
      } else if (c == '*') {
        pos++;
        out = star(a);
      } else if (c == '+') {
        pos++;
        int[] loop = nfa.fragment();
        nfa.epsilon(loop[0], a[0]);
        nfa.epsilon(a[1], loop[1]);
        nfa.epsilon(a[1], a[0]);
        out = loop;
      } else if (c == '{') {
        int close = re.indexOf('}', pos);
        if (close < 0) {
          throw new Unsupported("brace");
        }
        String body = re.substring(pos + 1, close);
        int min;
        int max;
        try {
          int comma = body.indexOf(',');
          if (comma < 0) {
            min = Integer.parseInt(body);
            max = min;
          } else {
            min = Integer.parseInt(body.substring(0, comma));
            max = comma == body.length() - 1 ? -1 : Integer.parseInt(body.substring(comma + 1));
          }
        } catch (NumberFormatException e) {
          throw new Unsupported("brace");
        }
        pos = close + 1;
        if (max >= 0 && (max < min || max == 0)) {
          throw new Unsupported("brace");
        }
        List<int[]> parts = new ArrayList<>();
        int copies = max < 0 ? min + 1 : max;
        for (int k = 0; k < copies; k++) {
          int[] f = k == 0 ? a : copy(atomStart);
          parts.add(k < min ? f : max < 0 ? star(f) : optional(f));
        }
        out = chain(parts);
      } else {
        return a;
      }
      if (pos < re.length() && re.charAt(pos) == '+') {
        throw new Unsupported("possessive");
      }
      if (pos < re.length() && re.charAt(pos) == '?') {
        pos++; // lazy: the same language
      }
      return out;
    }

    int[] atom() {
      char c = re.charAt(pos);
      switch (c) {
        case '(' -> {
          return group();
        }
        case '[' -> {
          return codePoint(charClass());
        }
        case '\\' -> {
          return escape();
        }
        case '.' -> {
          pos++;
          return codePoint(complement(List.of(r('\n'), r('\r'), r('\u0085'), new int[] {'\u2028', '\u2029'})));
        }
        case '^', '$', '*', '+', '?', '{', ')', '|' -> throw new Unsupported("construct " + c);
        default -> {
          pos++;
          if (Character.isHighSurrogate(c)) {
            throw new Unsupported("supplementary literal");
          }
          return literal(c);
        }
      }
    }

    int[] literal(int c) {
      if (ci && bothCases && lower(c) != upper(c)) {
        return codePoint(List.of(r(lower(c)), r(upper(c))));
      }
      return codePoint(List.of(r(ci ? lower(c) : c)));
    }

    int[] group() {
      pos++;
      if (re.startsWith("?:", pos)) {
        pos += 2;
      } else if (re.startsWith("?", pos)) {
        throw new Unsupported("group construct");
      }
      int[] inner = alternation();
      if (pos >= re.length() || re.charAt(pos) != ')') {
        throw new Unsupported("unclosed group");
      }
      pos++;
      return inner;
    }

    int[] escape() {
      if (pos + 1 >= re.length()) {
        throw new Unsupported("trailing backslash");
      }
      char e = re.charAt(pos + 1);
      pos += 2;
      return switch (e) {
        case 'd', 'D', 's', 'S', 'w', 'W' -> codePoint(predefined(e));
        case 't' -> literal('\t');
        case 'n' -> literal('\n');
        case 'r' -> literal('\r');
        case 'f' -> literal('\f');
        case 'u' -> literal(hex(4));
        case 'x' -> literal(hex(2));
        default -> {
          if (Character.isLetterOrDigit(e) || e >= 128) {
            throw new Unsupported("escape \\" + e);
          }
          yield literal(e);
        }
      };
    }

    int hex(int digits) {
      if (pos + digits > re.length()) {
        throw new Unsupported("hex escape");
      }
      try {
        int c = Integer.parseInt(re.substring(pos, pos + digits), 16);
        pos += digits;
        if (Character.isSurrogate((char) c)) {
          throw new Unsupported("surrogate escape");
        }
        return c;
      } catch (NumberFormatException e) {
        throw new Unsupported("hex escape");
      }
    }

    /** A predefined class, ASCII-only as {@link Pattern} reads it without UNICODE_CHARACTER_CLASS. */
    static List<int[]> predefined(char e) {
      List<int[]> in =
          switch (Character.toLowerCase(e)) {
            case 'd' -> List.of(new int[] {'0', '9'});
            case 's' -> List.of(new int[] {'\t', '\r'}, r(' ')); // \t \n \x0B \f \r and space
            default -> List.of(new int[] {'0', '9'}, new int[] {'A', 'Z'}, r('_'), new int[] {'a', 'z'});
          };
      return Character.isUpperCase(e) ? complement(in) : in;
    }

    /** Reads {@code [...]} into code point ranges. */
    List<int[]> charClass() {
      pos++;
      boolean negated = false;
      if (pos < re.length() && re.charAt(pos) == '^') {
        negated = true;
        pos++;
      }
      List<int[]> ranges = new ArrayList<>();
      boolean first = true;
      while (true) {
        if (pos >= re.length()) {
          throw new Unsupported("unclosed class");
        }
        char c = re.charAt(pos);
        if (c == ']' && !first) {
          pos++;
          break;
        }
        first = false;
        if (c == '[' || c == '&' || Character.isSurrogate(c)) {
          throw new Unsupported("class construct");
        }
        int lo;
        if (c == '\\') {
          if (pos + 1 >= re.length()) {
            throw new Unsupported("class escape");
          }
          char e = re.charAt(pos + 1);
          pos += 2;
          if ("dDsSwW".indexOf(e) >= 0) {
            ranges.addAll(predefined(e));
            continue;
          }
          lo = switch (e) {
            case 't' -> '\t';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 'f' -> '\f';
            case 'u' -> hex(4);
            case 'x' -> hex(2);
            default -> {
              if (Character.isLetterOrDigit(e) || e >= 128) {
                throw new Unsupported("class escape \\" + e);
              }
              yield e;
            }
          };
        } else {
          lo = c;
          pos++;
        }
        int hi = lo;
        if (pos + 1 < re.length() && re.charAt(pos) == '-' && re.charAt(pos + 1) != ']') {
          char h = re.charAt(pos + 1);
          if (h == '\\' || h == '[' || Character.isSurrogate(h)) {
            throw new Unsupported("class range escape");
          }
          hi = h;
          pos += 2;
          if (hi < lo) {
            throw new Unsupported("bad range");
          }
        }
        ranges.add(new int[] {lo, hi});
      }
      if (ci) {
        // ASCII letters match in either case.
        List<int[]> folded = new ArrayList<>(ranges);
        for (int[] rg : ranges) {
          for (int k = Math.max(rg[0], 'A'); k <= Math.min(rg[1], 'Z'); k++) {
            folded.add(r(k + 32));
          }
          for (int k = Math.max(rg[0], 'a'); k <= Math.min(rg[1], 'z'); k++) {
            folded.add(r(k - 32));
          }
        }
        ranges = folded;
      }
      return negated ? complement(ranges) : ranges;
    }

    private static int[] r(int c) {
      return new int[] {c, c};
    }

    private static int lower(int c) {
      return c >= 'A' && c <= 'Z' ? c + 32 : c;
    }

    private static int upper(int c) {
      return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    /** The code points (0 to {@link Character#MAX_CODE_POINT}) outside the ranges. */
    static List<int[]> complement(List<int[]> ranges) {
      List<int[]> sorted = new ArrayList<>(ranges);
      sorted.sort((a, b) -> Integer.compare(a[0], b[0]));
      List<int[]> out = new ArrayList<>();
      int from = 0;
      for (int[] rg : sorted) {
        if (rg[0] > from) {
          out.add(new int[] {from, rg[0] - 1});
        }
        from = Math.max(from, rg[1] + 1);
      }
      if (from <= MAX_CP) {
        out.add(new int[] {from, MAX_CP});
      }
      return out;
    }
  }
}
