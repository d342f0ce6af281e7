package dev.assay.engine.regex;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How any match of a regular expression begins: with one of a few literal strings, or with a
 * character of a set. Worked out from the pattern's syntax, conservatively: every real match
 * begins with one of them, though not every such place starts a match.
 *
 * <p>The analysis understands alternation, groups, lookaround and boundaries (which consume
 * nothing), character classes, the common escapes and greedy, lazy and possessive quantifiers;
 * anything else (inline flags, back references, Unicode properties) makes it give up, and {@link
 * #any()} is then true.
 */
final class StartSet {
  private final boolean any;
  private final boolean atInputStart;
  private final boolean caseInsensitive;
  private final List<String> literals;
  private final List<ClassStart> classes;
  /** Per ASCII character (as in the text): whether a match may begin with it at all. */
  private final boolean[] asciiFirst = new boolean[128];
  /** Per ASCII character: a class without a suffix holds it, so a match may begin there. */
  private final boolean[] asciiAlways = new boolean[128];
  /** Per ASCII character: what must follow it for a class with suffixes. */
  private final String[][] asciiSuffixes = new String[128][];
  /** Per ASCII character (folded to lower case when case-insensitive): the literals opening with it. */
  private final String[][] asciiFree = new String[128][];
  /** Same, for literals behind a {@code \\b}: they can only begin where no word character precedes. */
  private final String[][] asciiBounded = new String[128][];
  private final boolean nonAsciiFirst;
  private final boolean nonAsciiAlways;
  private final String[] nonAsciiSuffixes;
  private final String[] nonAsciiFree;
  private final String[] nonAsciiBounded;

  private StartSet(Starts s, boolean caseInsensitive) {
    this.caseInsensitive = caseInsensitive;
    this.any = s == null || s.nullable;
    this.atInputStart = s != null && s.atInputStart;
    this.literals = s == null ? List.of() : List.copyOf(s.literals);
    this.classes = s == null ? List.of() : List.copyOf(s.classes);
    Set<String> bounded = new java.util.HashSet<>();
    if (s != null) {
      bounded.addAll(s.wordStart);
      bounded.removeAll(s.free);
    }
    List<String> otherSuffixes = new ArrayList<>();
    boolean otherAlways = false;
    boolean otherFirst = false;
    for (int c = 0; c < 128; c++) {
      List<String> suffixes = new ArrayList<>();
      for (ClassStart k : classes) {
        if (k.ascii[c]) {
          asciiFirst[c] = true;
          if (k.suffixes.length == 0) {
            asciiAlways[c] = true;
          }
          suffixes.addAll(List.of(k.suffixes));
        }
      }
      asciiSuffixes[c] = suffixes.toArray(new String[0]);
    }
    for (ClassStart k : classes) {
      if (k.nonAscii) {
        otherFirst = true;
        otherAlways |= k.suffixes.length == 0;
        otherSuffixes.addAll(List.of(k.suffixes));
      }
    }
    List<String> otherFree = new ArrayList<>();
    List<String> otherBounded = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      List<String> free = new ArrayList<>();
      List<String> behindBoundary = new ArrayList<>();
      for (String l : literals) {
        if (l.charAt(0) == c) {
          (bounded.contains(l) ? behindBoundary : free).add(l);
          asciiFirst[c] = true;
          if (caseInsensitive) {
            asciiFirst[Character.toUpperCase(c)] = true;
          }
        }
      }
      asciiFree[c] = free.toArray(new String[0]);
      asciiBounded[c] = behindBoundary.toArray(new String[0]);
    }
    for (String l : literals) {
      if (l.charAt(0) >= 128) {
        otherFirst = true;
        (bounded.contains(l) ? otherBounded : otherFree).add(l);
      }
    }
    this.nonAsciiFirst = otherFirst;
    this.nonAsciiAlways = otherAlways;
    this.nonAsciiSuffixes = otherSuffixes.toArray(new String[0]);
    this.nonAsciiFree = otherFree.toArray(new String[0]);
    this.nonAsciiBounded = otherBounded.toArray(new String[0]);
  }

  /** Analyses a pattern compiled with {@code flags} (0 or {@code CASE_INSENSITIVE}; others give up). */
  static StartSet of(String regex, int flags) {
    boolean ci = (flags & java.util.regex.Pattern.CASE_INSENSITIVE) != 0;
    if ((flags & ~java.util.regex.Pattern.CASE_INSENSITIVE) != 0) {
      return new StartSet(null, ci);
    }
    try {
      Parser p = new Parser(regex, ci);
      Starts s = p.alternation();
      if (p.pos != regex.length()) {
        return new StartSet(null, ci);
      }
      return new StartSet(s, ci);
    } catch (Unsupported e) {
      return new StartSet(null, ci);
    }
  }

  /** Whether a match may begin anywhere (nothing can be skipped). */
  boolean any() {
    return any;
  }

  /** Whether a match can only begin at the start of the input. */
  boolean onlyAtInputStart() {
    return !any && atInputStart && literals.isEmpty() && classes.isEmpty();
  }

  /** Whether a match may begin at {@code i}. */
  boolean mayStartAt(CharSequence text, int i) {
    if (i == 0 && atInputStart) {
      return true;
    }
    char c = text.charAt(i);
    String[] suffixes;
    String[] free;
    String[] behindBoundary;
    if (c < 128) {
      if (!asciiFirst[c]) {
        return false;
      }
      if (asciiAlways[c]) {
        return true;
      }
      suffixes = asciiSuffixes[c];
      int key = caseInsensitive ? lower(c) : c;
      free = asciiFree[key];
      behindBoundary = asciiBounded[key];
    } else {
      if (!nonAsciiFirst) {
        return false;
      }
      if (nonAsciiAlways) {
        return true;
      }
      suffixes = nonAsciiSuffixes;
      free = nonAsciiFree;
      behindBoundary = nonAsciiBounded;
    }
    for (String suffix : suffixes) {
      if (startsWith(text, i + 1, suffix)) {
        return true;
      }
    }
    for (String l : free) {
      if (startsWith(text, i, l)) {
        return true;
      }
    }
    if (behindBoundary.length > 0 && (i == 0 || !isWord(Character.codePointBefore(text, i)))) {
      for (String l : behindBoundary) {
        if (startsWith(text, i, l)) {
          return true;
        }
      }
    }
    return false;
  }

  /** A word character as {@code \\b} sees one (without UNICODE_CHARACTER_CLASS). */
  private static boolean isWord(int cp) {
    return cp == '_' || Character.isLetterOrDigit(cp);
  }

  private boolean startsWith(CharSequence text, int i, String literal) {
    int n = literal.length();
    if (i + n > text.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      char a = text.charAt(i + k);
      char b = literal.charAt(k);
      if (a != b && !(caseInsensitive && a < 128 && b < 128 && lower(a) == lower(b))) {
        return false;
      }
    }
    return true;
  }

  private static char lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
  }

  @Override
  public String toString() {
    return any ? "any" : (atInputStart ? "^ " : "") + "literals=" + literals + " classes=" + classes;
  }

  /**
   * A character of a class, followed by one of the suffixes (any continuation when there are none).
   */
  private record ClassStart(boolean[] ascii, boolean nonAscii, String[] suffixes) {
    @Override
    public String toString() {
      StringBuilder b = new StringBuilder("[");
      for (int c = 0; c < 128; c++) {
        if (ascii[c]) {
          b.append(c < 32 ? String.format(Locale.ROOT, "\\x%02x", c) : String.valueOf((char) c));
        }
      }
      return b.append(nonAscii ? "+non-ASCII]" : "]").append(List.of(suffixes)).toString();
    }
  }

  /** What the analysis found for a piece of the pattern. */
  private static final class Starts {
    /** Whether it may match the empty string anywhere (then nothing can be skipped). */
    boolean nullable;
    /** Whether it may match starting at the start of the input, whatever is there. */
    boolean atInputStart;
    final Set<String> literals = new LinkedHashSet<>();
    /** Of the literals, those seen with a {@code \\b} before them, and those seen without. */
    final Set<String> wordStart = new LinkedHashSet<>();
    final Set<String> free = new LinkedHashSet<>();
    final List<ClassStart> classes = new ArrayList<>();

    void addLiteral(String l) {
      literals.add(l);
      free.add(l);
    }

    /** A {@code \\b} stands before all of it: literals opening with a word character need a word start. */
    void bound() {
      for (java.util.Iterator<String> it = free.iterator(); it.hasNext(); ) {
        String l = it.next();
        if (isWord(l.codePointAt(0))) {
          wordStart.add(l);
          it.remove();
        }
      }
    }

    static Starts empty() {
      Starts s = new Starts();
      s.nullable = true;
      return s;
    }

    static Starts ofClass(boolean[] ascii, boolean nonAscii) {
      Starts s = new Starts();
      s.classes.add(new ClassStart(ascii, nonAscii, new String[0]));
      return s;
    }

    /** Whether it is a plain choice of literals, which can follow a class as its suffixes. */
    boolean literalsOnly() {
      return !nullable && !atInputStart && classes.isEmpty() && !literals.isEmpty();
    }

    void addAll(Starts o) {
      atInputStart |= o.atInputStart;
      literals.addAll(o.literals);
      wordStart.addAll(o.wordStart);
      free.addAll(o.free);
      classes.addAll(o.classes);
    }
  }

  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String what) {
      super(what, null, false, false);
    }
  }

  /** A piece of a sequence: its start set, and the literal character it is when it is one. */
  private record Atom(Starts starts, int literal, boolean quantified, boolean zeroWidth, boolean inputStart, boolean boundary) {
    Atom(Starts starts, int literal, boolean quantified, boolean zeroWidth) {
      this(starts, literal, quantified, zeroWidth, false, false);
    }

    Atom(Starts starts, int literal, boolean quantified, boolean zeroWidth, boolean inputStart) {
      this(starts, literal, quantified, zeroWidth, inputStart, false);
    }
  }

  /** A recursive-descent reader of the pattern syntax the engine's cues use. */
  private static final class Parser {
    final String re;
    final boolean ci;
    int pos;

    Parser(String re, boolean ci) {
      this.re = re;
      this.ci = ci;
    }

    Starts alternation() {
      Starts out = new Starts();
      boolean nullable = false;
      while (true) {
        Starts seq = sequence();
        out.addAll(seq);
        nullable |= seq.nullable;
        if (pos < re.length() && re.charAt(pos) == '|') {
          pos++;
          continue;
        }
        break;
      }
      out.nullable = nullable;
      return out;
    }

    Starts sequence() {
      List<Atom> atoms = new ArrayList<>();
      while (pos < re.length() && re.charAt(pos) != '|' && re.charAt(pos) != ')') {
        atoms.add(quantified(atom()));
      }
      Starts out = sequenceStarts(atoms);
      if (leadingBoundary(atoms)) {
        out.bound();
      }
      return out;
    }

    /** Whether a {@code \\b} comes before anything the sequence consumes. */
    private static boolean leadingBoundary(List<Atom> atoms) {
      for (Atom a : atoms) {
        if (!a.zeroWidth()) {
          return false;
        }
        if (a.boundary()) {
          return true;
        }
      }
      return false;
    }

    private Starts sequenceStarts(List<Atom> atoms) {
      Starts out = new Starts();
      int i = 0;
      while (i < atoms.size()) {
        Atom a = atoms.get(i);
        if (a.inputStart() && !out.nullable && out.literals.isEmpty() && out.classes.isEmpty() && !out.atInputStart) {
          // ^ before anything consumed: this way, a match can only start at the start of the input.
          out.atInputStart = true;
          return out;
        }
        if (a.zeroWidth()) {
          i++;
          continue;
        }
        if (a.literal() >= 0 && !a.quantified()) {
          StringBuilder lit = new StringBuilder();
          int j = i;
          while (j < atoms.size() && atoms.get(j).literal() >= 0 && !atoms.get(j).quantified()) {
            lit.append((char) atoms.get(j).literal());
            j++;
          }
          out.addLiteral(ci ? asciiLower(lit.toString()) : lit.toString());
          return out;
        }
        Starts s = a.starts();
        if (!a.quantified() && s.classes.size() == 1 && s.literals.isEmpty() && !s.nullable && !s.atInputStart
            && s.classes.get(0).suffixes().length == 0 && i + 1 < atoms.size()) {
          // A class followed by a choice of literals: both must be there.
          Starts next = atoms.get(i + 1).starts();
          Atom following = atoms.get(i + 1);
          if (!following.zeroWidth() && next.literalsOnly()) {
            ClassStart c = s.classes.get(0);
            out.classes.add(new ClassStart(c.ascii(), c.nonAscii(), next.literals.toArray(new String[0])));
            return out;
          }
          if (!following.zeroWidth() && following.literal() >= 0 && !following.quantified()) {
            ClassStart c = s.classes.get(0);
            String lit = String.valueOf((char) following.literal());
            out.classes.add(new ClassStart(c.ascii(), c.nonAscii(), new String[] {ci ? asciiLower(lit) : lit}));
            return out;
          }
        }
        out.addAll(s);
        if (!s.nullable) {
          return out;
        }
        i++;
      }
      out.nullable = true;
      return out;
    }

    Atom quantified(Atom a) {
      if (pos >= re.length()) {
        return a;
      }
      char c = re.charAt(pos);
      int min;
      if (c == '?' || c == '*') {
        min = 0;
        pos++;
      } else if (c == '+') {
        min = 1;
        pos++;
      } else if (c == '{') {
        int close = re.indexOf('}', pos);
        if (close < 0) {
          throw new Unsupported("brace");
        }
        String body = re.substring(pos + 1, close);
        String first = body.contains(",") ? body.substring(0, body.indexOf(',')) : body;
        try {
          min = Integer.parseInt(first.strip());
        } catch (NumberFormatException e) {
          throw new Unsupported("brace");
        }
        pos = close + 1;
      } else {
        return a;
      }
      if (pos < re.length() && (re.charAt(pos) == '?' || re.charAt(pos) == '+')) {
        pos++;
      }
      if (a.zeroWidth()) {
        // An optional assertion asserts nothing.
        return min == 0 ? new Atom(Starts.empty(), -1, false, true) : a;
      }
      Starts s = new Starts();
      s.addAll(a.starts());
      s.nullable = a.starts().nullable || min == 0;
      return new Atom(s, -1, true, false, false);
    }

    Atom atom() {
      char c = re.charAt(pos);
      switch (c) {
        case '(' -> {
          return group();
        }
        case '[' -> {
          boolean[] set = new boolean[128];
          boolean nonAscii = charClass(set);
          return new Atom(Starts.ofClass(set, nonAscii), -1, false, false);
        }
        case '\\' -> {
          return escape();
        }
        case '.' -> {
          pos++;
          boolean[] set = new boolean[128];
          for (int k = 0; k < 128; k++) {
            set[k] = k != '\n' && k != '\r';
          }
          return new Atom(Starts.ofClass(set, true), -1, false, false);
        }
        case '^' -> {
          pos++;
          return new Atom(Starts.empty(), -1, false, true, true);
        }
        case '$' -> {
          pos++;
          return new Atom(Starts.empty(), -1, false, true);
        }
        case '*', '+', '?', '{', ')', '|' -> throw new Unsupported("dangling " + c);
        default -> {
          pos++;
          return literal(c);
        }
      }
    }

    Atom literal(char c) {
      Starts s = new Starts();
      s.addLiteral(String.valueOf(ci ? asciiLower(c) : c));
      return new Atom(s, c, false, false);
    }

    Atom group() {
      pos++;
      boolean zeroWidth = false;
      if (re.startsWith("?:", pos)) {
        pos += 2;
      } else if (re.startsWith("?=", pos) || re.startsWith("?!", pos)) {
        pos += 2;
        zeroWidth = true;
      } else if (re.startsWith("?<=", pos) || re.startsWith("?<!", pos)) {
        pos += 3;
        zeroWidth = true;
      } else if (re.startsWith("?", pos)) {
        throw new Unsupported("group construct");
      }
      Starts inner = alternation();
      if (pos >= re.length() || re.charAt(pos) != ')') {
        throw new Unsupported("unclosed group");
      }
      pos++;
      return zeroWidth ? new Atom(Starts.empty(), -1, false, true) : new Atom(inner, -1, false, false);
    }

    Atom escape() {
      if (pos + 1 >= re.length()) {
        throw new Unsupported("trailing backslash");
      }
      char e = re.charAt(pos + 1);
      pos += 2;
      switch (e) {
        case 'b' -> {
          return new Atom(Starts.empty(), -1, false, true, false, true);
        }
        case 'B', 'A', 'z', 'Z', 'G' -> {
          return new Atom(Starts.empty(), -1, false, true);
        }
        case 'd', 'D', 's', 'S', 'w', 'W' -> {
          boolean[] set = new boolean[128];
          boolean nonAscii = predefined(e, set);
          return new Atom(Starts.ofClass(set, nonAscii), -1, false, false);
        }
        case 't' -> {
          return literal('\t');
        }
        case 'n' -> {
          return literal('\n');
        }
        case 'r' -> {
          return literal('\r');
        }
        case 'f' -> {
          return literal('\f');
        }
        case 'u' -> {
          return literal(hex(4));
        }
        case 'x' -> {
          return literal(hex(2));
        }
        default -> {
          if (Character.isLetterOrDigit(e)) {
            throw new Unsupported("escape \\" + e);
          }
          return literal(e);
        }
      }
    }

    char hex(int digits) {
      if (pos + digits > re.length()) {
        throw new Unsupported("hex escape");
      }
      try {
        char c = (char) Integer.parseInt(re.substring(pos, pos + digits), 16);
        pos += digits;
        return c;
      } catch (NumberFormatException e) {
        throw new Unsupported("hex escape");
      }
    }

    /** Fills {@code set} with a predefined class's ASCII members and returns whether it has others. */
    static boolean predefined(char e, boolean[] set) {
      for (int k = 0; k < 128; k++) {
        boolean in =
            switch (Character.toLowerCase(e)) {
              case 'd' -> k >= '0' && k <= '9';
              case 's' -> k == ' ' || k == '\t' || k == '\n' || k == 0x0B || k == '\f' || k == '\r';
              default -> (k >= 'a' && k <= 'z') || (k >= 'A' && k <= 'Z') || (k >= '0' && k <= '9') || k == '_';
            };
        set[k] = Character.isUpperCase(e) != in;
      }
      return Character.isUpperCase(e);
    }

    /** Reads {@code [...]} into {@code set}; returns whether it may match a non-ASCII character. */
    boolean charClass(boolean[] set) {
      pos++;
      boolean negated = false;
      if (pos < re.length() && re.charAt(pos) == '^') {
        negated = true;
        pos++;
      }
      boolean nonAscii = false;
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
        if (c == '[' || c == '&') {
          throw new Unsupported("nested class");
        }
        int lo;
        if (c == '\\') {
          if (pos + 1 >= re.length()) {
            throw new Unsupported("class escape");
          }
          char e = re.charAt(pos + 1);
          pos += 2;
          if ("dDsSwW".indexOf(e) >= 0) {
            boolean[] pre = new boolean[128];
            nonAscii |= predefined(e, pre);
            for (int k = 0; k < 128; k++) {
              set[k] |= pre[k];
            }
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
              if (Character.isLetterOrDigit(e)) {
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
          if (h == '\\' || h == '[') {
            throw new Unsupported("class range escape");
          }
          hi = h;
          pos += 2;
        }
        for (int k = lo; k <= hi; k++) {
          if (k < 128) {
            set[k] = true;
          } else {
            nonAscii = true;
          }
        }
      }
      if (ci) {
        for (int k = 'a'; k <= 'z'; k++) {
          boolean either = set[k] || set[k - 32];
          set[k] = either;
          set[k - 32] = either;
        }
      }
      if (negated) {
        for (int k = 0; k < 128; k++) {
          set[k] = !set[k];
        }
        nonAscii = true;
      }
      return nonAscii;
    }

    static String asciiLower(String s) {
      StringBuilder b = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        b.append(asciiLower(s.charAt(i)));
      }
      return b.toString();
    }

    static char asciiLower(char c) {
      return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }
  }
}
