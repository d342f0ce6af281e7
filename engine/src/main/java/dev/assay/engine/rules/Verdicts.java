package dev.assay.engine.rules;

import dev.assay.engine.concept.Mention;
import dev.assay.engine.model.Span;
import dev.assay.engine.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.kie.api.runtime.rule.RuleContext;

/**
 * The rules' output channel, a global of every rule session: rules call {@link #met}, {@link
 * #partial}, {@link #violated} or {@link #note} with the facts that show it, and the spans are
 * taken from those facts.
 */
public final class Verdicts {
  private static final int MAX_PATTERNS = 1_000;
  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private final String answer;
  private final List<Judgement> judgements = new ArrayList<>();

  public Verdicts(String answer) {
    this.answer = answer;
  }

  /** The answer the spans point into. */
  public String answer() {
    return answer;
  }

  public List<Judgement> judgements() {
    return judgements;
  }

  /**
   * The answer's text a fact (a mention or one of its tags, a figure, statement or empty section)
   * stands on, or "".
   */
  public String text(Object fact) {
    Span s = spanOf(fact);
    return s == null ? "" : s.text();
  }

  /**
   * Whether the text a fact stands on holds a match of the regular expression, ignoring case: a
   * condition for rule packs that look for words the lexicon has no concept for, e.g. {@code
   * eval(out.says($s, "\\bdata protection officer\\b"))}.
   */
  public boolean says(Object fact, String regex) {
    String t = text(fact);
    if (t.isEmpty()) {
      return false;
    }
    Pattern p = PATTERNS.get(regex);
    if (p == null) {
      p = Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
      if (PATTERNS.size() < MAX_PATTERNS) {
        PATTERNS.put(regex, p);
      }
    }
    return p.matcher(t).find();
  }

  public void met(RuleContext rule, String criterion, double confidence, Object... evidence) {
    add(id(rule), criterion, Status.MET, confidence, "", evidence);
  }

  public void partial(RuleContext rule, String criterion, double confidence, Object... evidence) {
    add(id(rule), criterion, Status.PARTIAL, confidence, "", evidence);
  }

  public void violated(RuleContext rule, String criterion, double confidence, Object... evidence) {
    add(id(rule), criterion, Status.VIOLATED, confidence, "", evidence);
  }

  /** A violation with a computed detail for the message (an arithmetic explanation, a budget). */
  public void violatedBecause(RuleContext rule, String criterion, String detail, Object... evidence) {
    add(id(rule), criterion, Status.VIOLATED, 0.8, detail, evidence);
  }

  /** A violation shown by a range of the answer rather than by a fact. */
  public void violatedAt(RuleContext rule, String criterion, String detail, int start, int end) {
    int a = Math.max(0, Math.min(start, end));
    int b = Math.min(answer.length(), Math.max(start, end));
    add(id(rule), criterion, Status.VIOLATED, 0.8, detail, b > a ? Span.of(answer, a, b) : null);
  }

  /**
   * Caps every criterion of the answer at {@code partial}: the rule's reason makes specifics
   * elsewhere in the answer count for less (it designs another system, it is a list of
   * buzzwords). The judgement's criterion is {@link Judgement#ALL}.
   */
  public void capAtPartial(RuleContext rule, String detail, Object... evidence) {
    add(id(rule), Judgement.ALL, Status.PARTIAL, 1.0, detail, evidence);
  }

  /**
   * Caps the answer's grade at the rubric's lowest band, leaving each criterion's status as the
   * evidence earned it: the answer fails the question as asked (it designs another system). The
   * judgement's criterion is {@link Judgement#GRADE}.
   */
  public void capAtLowestGrade(RuleContext rule, String detail, Object... evidence) {
    add(id(rule), Judgement.GRADE, Status.MISSING, 1.0, detail, evidence);
  }

  /** A finding that sets no status: a warning, a remark or praise. */
  public void note(RuleContext rule, String criterion, Object... evidence) {
    add(id(rule), criterion, null, 1.0, "", evidence);
  }

  /** A finding with a computed detail. */
  public void noteBecause(RuleContext rule, String criterion, String detail, Object... evidence) {
    add(id(rule), criterion, null, 1.0, detail, evidence);
  }

  private static String id(RuleContext rule) {
    return rule.getRule().getName();
  }

  private void add(String rule, String criterion, Status status, double confidence, String detail, Object... evidence) {
    List<Span> spans = new ArrayList<>();
    for (Object o : evidence) {
      Span s = spanOf(o);
      if (s != null && !spans.contains(s)) {
        spans.add(s);
      }
    }
    spans.sort(null);
    judgements.add(new Judgement(rule, criterion, status, confidence, List.copyOf(spans), detail));
  }

  private Span spanOf(Object o) {
    int start;
    int end;
    if (o instanceof Mention m) {
      start = m.start();
      end = m.end();
    } else if (o instanceof MentionTag t) {
      start = t.start();
      end = t.end();
    } else if (o instanceof Figure f) {
      start = f.start();
      end = f.end();
    } else if (o instanceof Statement s) {
      start = s.start();
      end = s.end();
    } else if (o instanceof EmptySection e) {
      start = e.start();
      end = e.end();
    } else if (o instanceof Span s) {
      return s;
    } else {
      return null;
    }
    if (start < 0 || end > answer.length() || end <= start) {
      return null;
    }
    return Span.of(answer, start, end);
  }
}
