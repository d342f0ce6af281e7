package dev.assay.engine;

import dev.assay.engine.concept.ConceptMatcher;
import dev.assay.engine.concept.Hit;
import dev.assay.engine.concept.Lexicon;
import dev.assay.engine.concept.Mention;
import dev.assay.engine.concept.PolarityDetector;
import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Evaluation.Facts;
import dev.assay.engine.model.Evaluation.PromptInfo;
import dev.assay.engine.model.Evaluation.RuleFailure;
import dev.assay.engine.model.ProblemType;
import dev.assay.engine.model.Submission;
import dev.assay.engine.prompt.ProblemTypeInference;
import dev.assay.engine.prompt.Prompt;
import dev.assay.engine.prompt.PromptCatalog;
import dev.assay.engine.quantity.Quantity;
import dev.assay.engine.quantity.QuantityExtractor;
import dev.assay.engine.quantity.ScaleCheck;
import dev.assay.engine.quantity.ScaleConflict;
import dev.assay.engine.rules.Context;
import dev.assay.engine.rules.Figure;
import dev.assay.engine.rules.RuleRunner;
import dev.assay.engine.rules.Statement;
import dev.assay.engine.rules.Verdicts;
import dev.assay.engine.score.FeedbackCatalog;
import dev.assay.engine.score.Rubric;
import dev.assay.engine.score.RubricReader;
import dev.assay.engine.score.Scorer;
import dev.assay.engine.segment.Segmenter;
import dev.assay.engine.segment.Segmenter.Segmentation;
import dev.assay.engine.text.TextModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The grading engine: reads a submission, runs the pipeline (text model, segmenter, concept
 * matcher, quantities, rules, scorer) and returns its evaluation.
 *
 * <p>An instance holds everything that is costly to build (the lexicon's parsed queries, the rule
 * base, the rubric) and is safe to share between threads. Build one with {@link #load()}.
 */
public final class Assay {
  public static final String NAME = "assay";
  public static final String VERSION = "0.1.0";
  public static final String DEFAULT_RUBRIC = "mlsd-default";
  public static final int MAX_ANSWER_CHARS = 100_000;

  /** Below this confidence a free-text prompt's problem type is inferred from the answer instead. */
  static final double WEAK_PROMPT = 0.3;
  static final String RESOURCES = "/dev/assay/rules/";

  private final ConceptMatcher matcher;
  private final Segmenter segmenter = new Segmenter();
  private final PolarityDetector polarity = new PolarityDetector();
  private final QuantityExtractor quantities = new QuantityExtractor();
  private final ProblemTypeInference inference = new ProblemTypeInference();
  private final FactBuilder facts;
  private final RuleRunner rules;
  private final Map<String, Rubric> rubrics = new LinkedHashMap<>();
  private final PromptCatalog prompts;
  private final Scorer scorer;

  private Assay(Lexicon lexicon, RuleRunner rules, Rubric rubric, PromptCatalog prompts, FeedbackCatalog feedback) {
    this.matcher = new ConceptMatcher(lexicon);
    this.facts = new FactBuilder(polarity);
    this.rules = rules;
    this.rubrics.put(rubric.id(), rubric);
    this.prompts = prompts;
    this.scorer = new Scorer(feedback);
  }

  /** Loads the lexicon, rules, default rubric, prompts and feedback shipped on the classpath. */
  public static Assay load() {
    try {
      Lexicon lexicon;
      try (InputStream in = resource("lexicon.txt")) {
        lexicon = Lexicon.read(new InputStreamReader(in, StandardCharsets.UTF_8), "lexicon.txt");
      }
      Rubric rubric;
      try (InputStream in = resource("rubric-" + DEFAULT_RUBRIC + ".json")) {
        rubric = RubricReader.read(in);
      }
      PromptCatalog prompts;
      try (InputStream in = resource("prompts.json")) {
        prompts = PromptCatalog.read(in);
      }
      FeedbackCatalog feedback;
      try (InputStream in = resource("feedback.json")) {
        feedback = FeedbackCatalog.read(in);
      }
      return new Assay(lexicon, RuleRunner.fromClasspath(), rubric, prompts, feedback);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = Assay.class.getResourceAsStream(RESOURCES + name);
    if (in == null) {
      throw new IOException("resource " + RESOURCES + name + " not found: is assay-rules on the classpath?");
    }
    return in;
  }

  public PromptCatalog prompts() {
    return prompts;
  }

  public Rubric rubric(String id) {
    Rubric r = rubrics.get(id == null ? DEFAULT_RUBRIC : id);
    if (r == null) {
      throw new InvalidSubmissionException("rubricId", "unknown rubric '" + id + "'; known: " + rubrics.keySet());
    }
    return r;
  }

  /** Every rubric this engine grades against, the default first. */
  public List<Rubric> rubrics() {
    return List.copyOf(rubrics.values());
  }

  /** Registers another rubric (an instructor's), usable by id from then on. */
  public void addRubric(Rubric rubric) {
    rubrics.put(rubric.id(), rubric);
  }

  public RuleRunner rules() {
    return rules;
  }

  public Lexicon lexicon() {
    return matcher.lexicon();
  }

  /**
   * Grades one submission.
   *
   * @throws InvalidSubmissionException when the submission is empty, not text, too long, or names
   *     an unknown prompt, problem type or rubric
   */
  public Evaluation grade(Submission submission) {
    String answer = validate(submission);
    Rubric rubric = rubric(submission.rubricId());
    List<Quantity> found = quantities.extract(answer);
    PromptInfo prompt = resolvePrompt(submission, answer, found);
    return grade(answer, prompt, found, rubric, Set.copyOf(submission.disabledRules()));
  }

  /**
   * Everything the rules saw and concluded for one submission: the mentions with their polarity
   * and step, the figures, the sentences and the raw judgements of every rule that fired. This is
   * what {@code assay explain} prints, and what rule tests look at. {@code facts} are the objects
   * the rules were given, in the order they were inserted.
   */
  public record Analysis(
      PromptInfo prompt,
      Context context,
      List<Mention> mentions,
      List<Figure> figures,
      List<Statement> statements,
      List<dev.assay.engine.rules.Judgement> judgements,
      Segmentation segmentation,
      List<RuleFailure> failures,
      int words,
      List<Object> facts) {}

  /**
   * The raw judgements of every rule that fired for a submission, including those a stronger
   * judgement of the same criterion outranks: what rule examples are checked against.
   */
  public List<dev.assay.engine.rules.Judgement> judge(Submission submission) {
    return analyse(submission).judgements();
  }

  /** Runs the pipeline up to the rules and returns what they saw and concluded. */
  public Analysis analyse(Submission submission) {
    String answer = validate(submission);
    List<Quantity> found = quantities.extract(answer);
    PromptInfo prompt = resolvePrompt(submission, answer, found);
    return analyse(answer, prompt, found, Set.copyOf(submission.disabledRules()));
  }

  /** Runs the pipeline over an answer whose quantities were already extracted. */
  private Analysis analyse(String answer, PromptInfo prompt, List<Quantity> found, Set<String> disabled) {
    TextModel model = TextModel.parse(answer);
    List<Hit> hits = matcher.match(model);
    Segmentation segmentation = segmenter.segment(model, hits);
    List<Mention> mentions = facts.mentions(model, hits, segmentation);
    List<Figure> figures = facts.figures(model, found);
    List<Quantity> credited = new ArrayList<>();
    for (int i = 0; i < found.size(); i++) {
      if (figures.get(i).credited()) {
        credited.add(found.get(i));
      }
    }
    List<ScaleConflict> conflicts = ScaleCheck.conflicts(credited);
    ProblemType type = ProblemType.fromId(prompt.problemType());
    int[] voice = FactBuilder.voice(model);
    Context context =
        new Context(
            type.id(),
            type.imbalancedByDefault() || (type.imbalancedWhenRare() && prompt.rarePositiveClass()),
            type.ranking(),
            prompt.rarePositiveClass(),
            FactBuilder.synchronous(type, prompt.text(), answer),
            model.transcript(),
            model.wordCount(),
            inference.otherSystem(answer, type).map(ProblemType::id).orElse(""),
            voice[0],
            voice[1],
            voice[2]);
    List<Statement> statements = facts.statements(model, segmentation);
    List<Object> all = new ArrayList<>();
    all.add(context);
    all.addAll(mentions);
    all.addAll(figures);
    all.addAll(statements);
    all.addAll(facts.emptySections(model, segmentation));
    all.addAll(conflicts);
    Verdicts verdicts = new Verdicts(answer);
    List<RuleFailure> failures = new ArrayList<>();
    List<dev.assay.engine.rules.Judgement> judgements;
    try {
      RuleRunner.Outcome outcome = rules.run(all, verdicts, disabled);
      if (outcome.stopped()) {
        failures.add(new RuleFailure("RULE_FIRING_LIMIT", "stopped after " + outcome.firings() + " rule firings"));
      }
      judgements = outcome.judgements();
    } catch (RuntimeException e) {
      failures.add(new RuleFailure(ruleOf(e), String.valueOf(e.getMessage())));
      judgements = List.copyOf(verdicts.judgements());
    }
    return new Analysis(
        prompt, context, mentions, figures, statements, judgements, segmentation, List.copyOf(failures), model.wordCount(), List.copyOf(all));
  }

  private Evaluation grade(String answer, PromptInfo prompt, List<Quantity> found, Rubric rubric, Set<String> disabled) {
    return score(answer, analyse(answer, prompt, found, disabled), rubric);
  }

  /**
   * The last stage of grading: scores the analysis of {@code answer} against a rubric and writes
   * the evaluation. {@link #grade} is {@link #analyse} followed by this.
   */
  public Evaluation score(String answer, Analysis a, Rubric rubric) {
    PromptInfo prompt = a.prompt();
    ProblemType type = ProblemType.fromId(prompt.problemType());
    Scorer.Result scored =
        scorer.score(
            rubric,
            new Scorer.Input(answer, type.id(), FactBuilder.readableName(type), a.context().imbalanced(), a.judgements(), a.segmentation().segments()));
    Facts summary = facts.summary(answer, a.mentions(), a.figures(), a.words());
    return new Evaluation(
        new Evaluation.EngineInfo(NAME, VERSION),
        new Evaluation.RubricRef(rubric.id(), rubric.version()),
        prompt,
        scored.score(),
        scored.steps(),
        scored.findings(),
        scored.needsReview(),
        summary,
        a.failures());
  }

  private static String ruleOf(RuntimeException e) {
    String m = String.valueOf(e.getMessage());
    return m.contains("rule") ? "RULE_ERROR" : "ENGINE_ERROR";
  }

  private static String validate(Submission s) {
    String answer = s.answer();
    if (answer == null) {
      throw new InvalidSubmissionException("answer", "missing: the answer text is required");
    }
    if (answer.length() > MAX_ANSWER_CHARS) {
      throw new InvalidSubmissionException(
          "answer", "answer.maxChars", "too long: " + answer.length() + " characters, the limit is " + MAX_ANSWER_CHARS);
    }
    if (answer.isBlank()) {
      throw new InvalidSubmissionException("answer", "empty: the answer has no text");
    }
    int control = 0;
    for (int i = 0; i < answer.length(); i++) {
      char c = answer.charAt(i);
      if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
        control++;
      }
    }
    if (control > 0 && control * 20 > answer.length() || answer.indexOf('\0') >= 0) {
      throw new InvalidSubmissionException("answer", "not text: it holds binary control characters");
    }
    return answer;
  }

  private PromptInfo resolvePrompt(Submission s, String answer, List<Quantity> answerQuantities) {
    Prompt catalogued = null;
    if (s.promptId() != null && !s.promptId().isBlank()) {
      Optional<Prompt> p = prompts.find(s.promptId());
      if (p.isEmpty()) {
        throw new InvalidSubmissionException("promptId", "unknown prompt '" + s.promptId() + "'; see the prompt catalogue");
      }
      catalogued = p.get();
    }
    String text = catalogued != null ? catalogued.text() : s.promptText() == null ? "" : s.promptText().strip();
    boolean rare =
        FactBuilder.rarePositiveClass(text, text.isEmpty() ? List.of() : quantities.extract(text), answer, answerQuantities);
    if (s.problemType() != null && !s.problemType().isBlank()) {
      if (!ProblemType.isKnown(s.problemType())) {
        throw new InvalidSubmissionException("problemType", "unknown problem type '" + s.problemType() + "'");
      }
      return new PromptInfo(catalogued == null ? null : catalogued.id(), text, s.problemType(), "explicit", 1.0, rare);
    }
    if (catalogued != null) {
      return new PromptInfo(catalogued.id(), text, catalogued.problemType().id(), "catalog", 1.0, rare);
    }
    // A prompt that names no problem ("Example") says less than the answer does.
    ProblemTypeInference.Guess fromPrompt = text.isEmpty() ? null : inference.infer(text);
    if (fromPrompt != null && fromPrompt.confidence() >= WEAK_PROMPT) {
      return new PromptInfo(null, text, fromPrompt.type().id(), "inferred", fromPrompt.confidence(), rare);
    }
    ProblemTypeInference.Guess fromAnswer = inference.infer(answer);
    return new PromptInfo(null, text, fromAnswer.type().id(), "inferred", Math.min(fromAnswer.confidence(), 0.5), rare);
  }
}
