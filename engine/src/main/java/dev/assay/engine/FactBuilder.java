package dev.assay.engine;

import dev.assay.engine.concept.Hit;
import dev.assay.engine.concept.Mention;
import dev.assay.engine.concept.Polarity;
import dev.assay.engine.concept.PolarityDetector;
import dev.assay.engine.model.Evaluation.Facts;
import dev.assay.engine.model.ProblemType;
import dev.assay.engine.model.Span;
import dev.assay.engine.quantity.Quantity;
import dev.assay.engine.quantity.QuantityKind;
import dev.assay.engine.rules.EmptySection;
import dev.assay.engine.rules.Figure;
import dev.assay.engine.rules.Statement;
import dev.assay.engine.segment.Segmenter.Segmentation;
import dev.assay.engine.text.Block;
import dev.assay.engine.text.BlockKind;
import dev.assay.engine.text.Sentence;
import dev.assay.engine.text.Speaker;
import dev.assay.engine.text.TextModel;
import java.util.ArrayList;
import java.util.List;
import dev.assay.engine.regex.Regex;
import dev.assay.engine.regex.RegexSet;
import java.util.regex.Pattern;

/** Builds the facts the rules match on from the analysed answer. */
final class FactBuilder {
  private static final Regex NUMBER =
      Regex.compile(
          "\\d|\\b(?:two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|fifty|hundred|thousand|million|billion|half|quarter|fifth|tenth|dozen)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Regex REASON =
      Regex.compile(
          "(?:,|;|\\u2014|\\s-)\\s*so\\b|\\b(?:because|since|so that|so we|so it|so the|in order to|to avoid|to prevent|to keep|to reduce|to catch|to handle|to make|to get|to capture|to measure|which means|that way|given (?:the|that|our)|due to|otherwise|as it|as they|as the|this (?:matters|means|lets|gives|avoids|keeps)|it (?:lets|gives|avoids|keeps|captures|measures|tells)|why:|the reason is|reason:|so I|so I'll|so we'd|too expensive|would be too|trade-?off|at the cost of|cheap|fast enough|interpretab|explainab|keeps? (?:it|retrieval|them)|matters|what counts|(?:doesn't|does not|won't|wouldn't) fit|too (?:slow|costly|expensive|heavy|big)|leaves (?:roughly|about|only)?)\\b|(?:->|\u2192)",
          Pattern.CASE_INSENSITIVE);
  private static final Regex QUESTION =
      Regex.compile(
          "\\?|\\b(?:I'd|I would|I'll|we'd) (?:ask|check|confirm|clarify|want to know|need to know) (?:whether|if|what|how|which|who)\\b|\\bask(?:ing)? (?:the interviewer )?(?:whether|if|what|how|which)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Regex ASSUMPTION =
      Regex.compile(
          "\\b(?:assum(?:e|ing|ption|ptions)|let's say|let us say|say we have|suppose|I'll take|I will take|I'll go with|I'll treat|I'll design for|I'll size|we'll design for|my assumption|out of scope|in scope|scope (?:it|this) to)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Regex INPUT_LABEL = Regex.compile("(?:^|[\\s(;.*])(?:in|inputs?)\\s*[:=]", Pattern.CASE_INSENSITIVE);
  private static final Regex OUTPUT_LABEL = Regex.compile("(?:^|[\\s(;.*])(?:out|outputs?)\\s*[:=]", Pattern.CASE_INSENSITIVE);
  private static final Regex SCOPING =
      Regex.compile(
          "\\b(?:only|in scope|out of scope|focus(?:ing)? on|limit(?:ed)? to|exclud\\w*|for now|first version|v1)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern PLACEHOLDER =
      Pattern.compile(
          "^\\W*(?:tbd|todo|n/?a|to do|to be done|ran out of time.*|out of time.*|skipped.*|coming soon|\\.\\.\\.|standard (?:approach|approaches|stuff)\\.?)\\W*$",
          Pattern.CASE_INSENSITIVE);
  private static final Regex RARE_CUE =
      Regex.compile(
          "\\b(?:rare|minority|imbalanc|needle|small fraction|tiny fraction|only a few)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Regex POSITIVE_CLASS =
      Regex.compile(
          "\\b(?:toxic|abusive|hate|spam|fraud|harmful|positive|defect|violat|offensive|malicious|fake|anomal|rare|minority|flagged|bad)",
          Pattern.CASE_INSENSITIVE);
  private static final Regex SPLIT_CONTEXT =
      Regex.compile(
          "\\b(?:canary|holdout|hold-out|treatment|control|exploration|explore|sample|sampl|downsampl|ramp|rollout|roll out|traffic split|of users|of traffic get|alert|error)",
          Pattern.CASE_INSENSITIVE);
  private static final Regex SYNCHRONOUS =
      Regex.compile(
          "\\b(?:payment|checkout|authori[sz]|transaction|card|purchase|auction|bid request|login|sign.?in)",
          Pattern.CASE_INSENSITIVE);
  /** A number standing on its own ("50 ms", "0.1%"), not one inside a name ("BM25", "F1", "p99"). */
  private static final Regex STANDALONE_NUMBER = Regex.compile("(?<![A-Za-z@\\d])\\d");
  private static final Regex FORMULA = Regex.compile("\\b[PE]\\s*[(\\[]|\\bp\\(|\\bE\\[");
  private static final Regex VERB =
      Regex.compile(
          "\\b(?:is|are|was|were|be|been|will|would|should|could|can|we|I|our|it|they|you|use|using|used|do|does|has|have|had|get|gets|run|runs|make|makes|keep|need|needs|'d|'ll)\\b",
          Pattern.CASE_INSENSITIVE);
  /** The statement cues, read in one pass per sentence: see {@link #statements}. */
  private static final RegexSet STATEMENT_CUES =
      RegexSet.of(NUMBER, REASON, PolarityDetector.deferralCue(), QUESTION, ASSUMPTION, FORMULA, SCOPING, INPUT_LABEL, OUTPUT_LABEL);
  private static final long HAS_NUMBER = RegexSet.bit(0);
  private static final long HAS_REASON = RegexSet.bit(1);
  private static final long DEFERS = RegexSet.bit(2);
  private static final long HAS_QUESTION = RegexSet.bit(3);
  private static final long HAS_ASSUMPTION = RegexSet.bit(4);
  private static final long HAS_FORMULA = RegexSet.bit(5);
  private static final long HAS_SCOPING = RegexSet.bit(6);
  private static final long HAS_INPUT_LABEL = RegexSet.bit(7);
  private static final long HAS_OUTPUT_LABEL = RegexSet.bit(8);
  /** Pseudo-headings longer than this many words carry content of their own. */
  private static final int LABEL_WORDS = 4;

  private final PolarityDetector polarity;

  FactBuilder(PolarityDetector polarity) {
    this.polarity = polarity;
  }

  List<Mention> mentions(TextModel model, List<Hit> hits, Segmentation segmentation) {
    List<Mention> out = new ArrayList<>(hits.size());
    // Mentions come in text order: each sentence is cut out and read for deferral and clauses once.
    int current = -1;
    PolarityDetector.Clauses clauses = null;
    for (Hit h : hits) {
      Sentence s = model.sentences().get(h.sentence());
      Block b = model.block(s);
      if (h.sentence() != current) {
        current = h.sentence();
        clauses = polarity.read(model.text(s));
      }
      Polarity p = polarity.classify(clauses, h.start() - s.start(), h.end() - s.start());
      out.add(
          new Mention(
              h.concept().id(),
              h.concept().tags(),
              h.start(),
              h.end(),
              h.sentence(),
              b.index(),
              segmentation.stepOfSentence(s.index()),
              p,
              isLabel(model, b),
              b.speaker() == Speaker.INTERVIEWER));
    }
    return out;
  }

  /** Headings are labels, not claims; a long bold lead-in line still says something. */
  private static boolean isLabel(TextModel model, Block b) {
    if (b.kind() != BlockKind.HEADING) {
      return false;
    }
    return b.level() < 7 || words(model.content(b)) <= LABEL_WORDS;
  }

  List<Figure> figures(TextModel model, List<Quantity> quantities) {
    List<Figure> out = new ArrayList<>(quantities.size());
    for (Quantity q : quantities) {
      int si = model.sentenceIndexAt(q.start());
      boolean credited = false;
      if (si >= 0) {
        Block b = model.block(model.sentences().get(si));
        credited = b.speaker() != Speaker.INTERVIEWER && !isLabel(model, b);
      }
      out.add(Figure.of(q, Math.max(si, 0), credited));
    }
    return out;
  }

  List<Statement> statements(TextModel model, Segmentation segmentation) {
    List<Statement> out = new ArrayList<>(model.sentences().size());
    for (Sentence s : model.sentences()) {
      Block b = model.block(s);
      String text = model.text(s);
      boolean credited = b.speaker() != Speaker.INTERVIEWER && !isLabel(model, b);
      long cues = STATEMENT_CUES.matches(text);
      out.add(
          new Statement(
              s.index(),
              s.start(),
              s.end(),
              segmentation.stepOfSentence(s.index()),
              credited,
              (cues & HAS_NUMBER) != 0,
              (cues & HAS_REASON) != 0,
              (cues & DEFERS) != 0,
              (cues & HAS_QUESTION) != 0,
              (cues & HAS_ASSUMPTION) != 0,
              b.index(),
              buzzwords(text),
              (cues & HAS_FORMULA) != 0,
              words(text),
              s.index() * 3 < model.sentences().size(),
              (cues & HAS_SCOPING) != 0,
              items(text),
              ((cues & HAS_INPUT_LABEL) != 0 ? 1 : 0) + ((cues & HAS_OUTPUT_LABEL) != 0 ? 2 : 0)));
    }
    return out;
  }

  /** Headings (not bold lead-ins) whose section holds nothing but a placeholder. */
  List<EmptySection> emptySections(TextModel model, Segmentation segmentation) {
    List<EmptySection> out = new ArrayList<>();
    List<Block> blocks = model.blocks();
    for (int i = 0; i < blocks.size(); i++) {
      Block h = blocks.get(i);
      if (h.kind() != BlockKind.HEADING || h.level() >= 7) {
        continue;
      }
      StringBuilder body = new StringBuilder();
      boolean hasSub = false;
      for (int j = i + 1; j < blocks.size(); j++) {
        Block b = blocks.get(j);
        if (b.kind() == BlockKind.HEADING && b.level() <= h.level()) {
          break;
        }
        if (b.kind() == BlockKind.HEADING && b.level() < 7) {
          hasSub = true;
          break;
        }
        body.append(model.content(b)).append(' ');
      }
      String content = body.toString().strip();
      if (!hasSub && (content.isEmpty() || PLACEHOLDER.matcher(content).matches())) {
        out.add(new EmptySection(segmentation.stepOfBlock(h.index()), h.start(), h.end()));
      }
    }
    return out;
  }

  Facts summary(String answer, List<Mention> mentions, List<Figure> figures, int words) {
    List<Span> latency = new ArrayList<>();
    List<Span> scale = new ArrayList<>();
    for (Figure f : figures) {
      if (!f.credited()) {
        continue;
      }
      if (f.kind() == QuantityKind.LATENCY) {
        latency.add(Span.of(answer, f.start(), f.end()));
      } else if (f.isScale()) {
        scale.add(Span.of(answer, f.start(), f.end()));
      }
    }
    List<Span> metrics = new ArrayList<>();
    List<Span> baselines = new ArrayList<>();
    for (Mention m : mentions) {
      if (!m.isCredited()) {
        continue;
      }
      if (m.hasTag("offline-metric") || m.hasTag("online-metric")) {
        metrics.add(Span.of(answer, m.start(), m.end()));
      }
      if (m.hasTag("non-ml-baseline") || m.hasTag("ml-baseline")) {
        baselines.add(Span.of(answer, m.start(), m.end()));
      }
    }
    return new Facts(List.copyOf(latency), dedupe(metrics), dedupe(baselines), List.copyOf(scale), words);
  }

  private static List<Span> dedupe(List<Span> spans) {
    List<Span> out = new ArrayList<>();
    for (Span s : spans) {
      if (out.stream().noneMatch(s::overlaps)) {
        out.add(s);
      }
    }
    out.sort(null);
    return List.copyOf(out);
  }

  private static final Regex DECISION =
      Regex.compile(
          "\\b(?:I|I'd|I'll|I'm|we|we'd|we'll|we're|our|us|let's|my)\\b|^\\W*(?:use|train|split|score|serve|log|keep|start|add|run|send|drop|retrain|monitor|track|alert|cache|precompute|label|sample|roll|ship|pick|choose|compare|measure|build|deploy|fine-tune|predict|rank|filter|block|flag)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Regex DESCRIPTIVE =
      Regex.compile(
          "\\b(?:(?:is|are) (?:a|an) (?:type|kind|family|class) of|(?:is|are) known for|typically|(?:is|are) (?:a )?popular|refers? to|is defined as|(?:is|are) used (?:to|for)|can be used|such as|in general|generally)\\b",
          Pattern.CASE_INSENSITIVE);

  /** The voice cues, read in one pass per sentence. */
  private static final RegexSet VOICE_CUES = RegexSet.of(DECISION, DESCRIPTIVE);

  /** Counts the candidate's body sentences, those that commit to a design choice, and those in the textbook voice. */
  static int[] voice(TextModel model) {
    int sentences = 0;
    int decisions = 0;
    int descriptive = 0;
    for (Sentence s : model.sentences()) {
      Block b = model.block(s);
      if (b.speaker() == Speaker.INTERVIEWER || b.kind() == BlockKind.HEADING || b.kind() == BlockKind.CODE) {
        continue;
      }
      String text = model.text(s);
      sentences++;
      long cues = VOICE_CUES.matches(text);
      decisions += (cues & RegexSet.bit(0)) != 0 ? 1 : 0;
      descriptive += (cues & RegexSet.bit(1)) != 0 ? 1 : 0;
    }
    return new int[] {sentences, decisions, descriptive};
  }

  /**
   * Whether the prompt or answer says the positive class is rare: a rate of 5% or less whose
   * subject or measure is a class ("toxic comments are around 2% of the traffic", "0.1% fraud"),
   * not a traffic split ("a 5% canary").
   */
  static boolean rarePositiveClass(String prompt, List<Quantity> promptQuantities, String answer, List<Quantity> answerQuantities) {
    for (int which = 0; which < 2; which++) {
      String text = which == 0 ? prompt : answer;
      if (text == null || text.isEmpty()) {
        continue;
      }
      for (Quantity q : which == 0 ? promptQuantities : answerQuantities) {
        if (q.kind() != QuantityKind.RATE || q.value() > 0.05 || q.value() <= 0) {
          continue;
        }
        int sentenceStart = Math.max(text.lastIndexOf('.', q.start()), text.lastIndexOf('\n', q.start())) + 1;
        int sentenceEnd = text.indexOf('.', q.end());
        String sentence = text.substring(sentenceStart, sentenceEnd < 0 ? text.length() : Math.min(text.length(), sentenceEnd + 1));
        if (SPLIT_CONTEXT.find(sentence)) {
          continue;
        }
        String before = text.substring(Math.max(sentenceStart, q.start() - 60), q.start());
        String after = text.substring(q.end(), Math.min(text.length(), q.end() + 40));
        String measure = q.measure() == null ? "" : q.measure();
        if (POSITIVE_CLASS.find(measure) || POSITIVE_CLASS.find(before) || POSITIVE_CLASS.find(after)
            || RARE_CUE.find(sentence)) {
          return true;
        }
      }
      if (which == 0 && RARE_CUE.find(text)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the decision is taken inside a live request, where batch prediction cannot serve it. */
  static boolean synchronous(ProblemType type, String prompt, String answer) {
    if (type == ProblemType.ADS_CTR || type == ProblemType.SEARCH) {
      return true;
    }
    if (type == ProblemType.FRAUD) {
      return SYNCHRONOUS.find(prompt == null ? "" : prompt)
          || SYNCHRONOUS.find(answer.length() > 4000 ? answer.substring(0, 4000) : answer);
    }
    return false;
  }

  static String readableName(ProblemType type) {
    return switch (type) {
      case RECOMMENDATION -> "recommendation";
      case ADS_CTR -> "ad click-through prediction";
      case FRAUD -> "fraud detection";
      case IMAGE_CLASSIFICATION -> "image classification";
      case OBJECT_DETECTION -> "object detection";
      case SEARCH -> "search";
      case HARMFUL_CONTENT -> "harmful content detection";
      case REGRESSION -> "regression";
      case NLP_CLASSIFICATION -> "text classification";
    };
  }

  /** How many items a sentence lists: its comma- and semicolon-separated parts outside parentheses count too. */
  static int items(String sentence) {
    int n = 1;
    for (int i = 0; i < sentence.length(); i++) {
      char c = sentence.charAt(i);
      if (c == ',' || c == ';') {
        n++;
      }
    }
    return n;
  }

  private static final Regex ITEM_BREAK = Regex.compile("[,;]|\\band\\b");
  /** The most words an item of a string of buzzwords has. */
  private static final int BUZZWORD_ITEM_WORDS = 4;

  /**
   * A bare list of short items with no verb and no figure: a string of buzzwords. The items are
   * what {@code Pattern.split} gives for {@code [,;]|\band\b} (trailing empty ones dropped), after
   * a lead-in label ({@code ^[^:]{1,40}:\s*}), read in place.
   */
  static boolean buzzwords(String sentence) {
    String t = sentence.substring(leadIn(sentence));
    Regex.Scan breaks = ITEM_BREAK.scan(t);
    int index = 0;
    int pieces = 0;
    int kept = 0;
    while (breaks.next()) {
      pieces++;
      if (breaks.start() > index) {
        kept = pieces;
      }
      if (words(t, index, breaks.start()) > BUZZWORD_ITEM_WORDS) {
        return false;
      }
      index = breaks.end();
    }
    if (pieces == 0) {
      return false; // one item: the text itself
    }
    pieces++;
    if (t.length() > index) {
      kept = pieces;
    }
    if (kept < 3 || words(t, index, t.length()) > BUZZWORD_ITEM_WORDS) {
      return false;
    }
    return !VERB.find(t) && !STANDALONE_NUMBER.find(t);
  }

  /**
   * Where a lead-in label ends, 0 when there is none: what {@code ^[^:]{1,40}:\s*} matches, one
   * to forty code points before the first colon, the colon and the ASCII white space after it.
   */
  static int leadIn(String sentence) {
    int colon = sentence.indexOf(':');
    if (colon < 1 || sentence.codePointCount(0, colon) > 40) {
      return 0;
    }
    int i = colon + 1;
    while (i < sentence.length() && " \t\n\u000B\f\r".indexOf(sentence.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static int words(String s) {
    return words(s, 0, s.length());
  }

  /** The words of {@code s} from {@code from} to {@code to}: runs of letters and digits. */
  private static int words(String s, int from, int to) {
    int count = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      boolean w = Character.isLetterOrDigit(s.charAt(i));
      if (w && !in) {
        count++;
      }
      in = w;
    }
    return count;
  }
}
