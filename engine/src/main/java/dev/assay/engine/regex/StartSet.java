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
  private final List<String> literals;
  /** The literals by their first character (ASCII, folded to lower case when case-insensitive). */
  private final String[][] asciiLiterals = new String[128][];
  private final String[] otherLiterals;
  private final boolean[] asciiFirst;
  private final boolean nonAsciiFirst;
  private final List<ClassStart> classes;
  private final boolean atInputStart;
  private final boolean caseInsensitive;

  private StartSet(Starts s, boolean caseInsensitive) {
    this.caseInsensitive = caseInsensitive;
    this.any = s == null || s.nullable;
    this.literals = s == null ? List.of() : List.copyOf(s.literals);
    this.classes = s == null ? List.of() : List.copyOf(s.classes);
    this.atInputStart = s != null && s.atInputStart;
    boolean[] first = new boolean[128];
    boolean nonAscii = false;
    for (ClassStart c : classes) {
      for (int k = 0; k < 128; k++) {
        first[k] |= c.ascii[k];
      }
      nonAscii |= c.nonAscii;
    }
    for (String l : literals) {
      char c = l.charAt(0);
      if (c < 128) {
        first[c] = true;
        if (caseInsensitive) {
          first[Character.toUpperCase(c) < 128 ? Character.toUpperCase(c) : c] = true;
          first[Character.toLowerCase(c) < 128 ? Character.toLowerCase(c) : c] = true;
        }
      } else {
        nonAscii = true;
      }
    }
    this.asciiFirst = first;
    this.nonAsciiFirst = nonAscii;
    List<String> other = new ArrayList<>();
    for (int c = 0; c < 128; c++) {
      List<String> with = new ArrayList<>();
      for (String l : literals) {
        if (l.charAt(0) == c) {
          with.add(l);
        }
      }
      asciiLiterals[c] = with.toArray(new String[0]);
    }
    for (String l : literals) {
      if (l.charAt(0) >= 128) {
        other.add(l);
      }
    }
    this.otherLiterals = other.toArray(new String[0]);
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
    if (c < 128 ? !asciiFirst[c] : !nonAsciiFirst) {
      return false;
    }
    for (ClassStart k : classes) {
      if (c < 128 ? k.ascii[c] : k.nonAscii) {
        if (k.suffixes.length == 0) {
          return true;
        }
        for (String suffix : k.suffixes) {
          if (startsWith(text, i + 1, suffix)) {
            return true;
          }
        }
      }
    }
    String[] candidates = c < 128 ? asciiLiterals[caseInsensitive ? lower(c) : c] : otherLiterals;
    for (String l : candidates) {
      if (startsWith(text, i, l)) {
        return true;
      }
    }
    return false;
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
    final List<ClassStart> classes = new ArrayList<>();

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
  private record Atom(Starts starts, int literal, boolean quantified, boolean zeroWidth, boolean inputStart) {
    Atom(Starts starts, int literal, boolean quantified, boolean zeroWidth) {
      this(starts, literal, quantified, zeroWidth, false);
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
          out.literals.add(ci ? asciiLower(lit.toString()) : lit.toString());
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
        return a;
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
      s.literals.add(String.valueOf(ci ? asciiLower(c) : c));
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
        case 'b', 'B', 'A', 'z', 'Z', 'G' -> {
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
