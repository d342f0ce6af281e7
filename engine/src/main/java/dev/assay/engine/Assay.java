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
import dev.assay.engine.pack.PackRunner;
import dev.assay.engine.pack.PackSet;
import dev.assay.engine.pack.RulePack;
import dev.assay.engine.prompt.ProblemTypeInference;
import dev.assay.engine.prompt.Prompt;
import dev.assay.engine.prompt.PromptCatalog;
import dev.assay.engine.quantity.Quantity;
import dev.assay.engine.quantity.QuantityExtractor;
import dev.assay.engine.quantity.ProductCheck;
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
import dev.assay.engine.score.RubricValidator;
import dev.assay.engine.score.Scorer;
import dev.assay.engine.score.ScorerRegistry;
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
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Predicate;

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
  /**
   * The rule base, loading on a thread of its own while the rest of the engine is built and the
   * first answer goes through the stages before the rules ({@link #rules()} waits for it).
   */
  private final CompletableFuture<RuleRunner> rules;
  /** Replaced whole when a rubric is added, so gradings read it without locking while a server stores one. */
  private volatile Map<String, Rubric> rubrics = Map.of();
  private final PromptCatalog prompts;
  private final FeedbackCatalog feedback;
  private final Scorer scorer;
  private final ScorerRegistry scorers;
  private final RubricValidator validator;
  private final CustomCriteria custom;
  private final PluginScorers plugins;

  private Assay(Lexicon lexicon, CompletableFuture<RuleRunner> rules, Rubric rubric, PromptCatalog prompts, FeedbackCatalog feedback, ScorerRegistry scorers) {
    this.matcher = new ConceptMatcher(lexicon);
    this.facts = new FactBuilder(polarity);
    this.rules = rules;
    this.rubrics = Map.of(rubric.id(), rubric);
    this.prompts = prompts;
    this.feedback = feedback;
    this.scorer = new Scorer(feedback);
    this.scorers = scorers;
    Map<String, dev.assay.engine.model.Step> builtIn = new LinkedHashMap<>();
    rubric.criteria().forEach(c -> builtIn.put(c.id(), c.step()));
    this.validator = new RubricValidator(builtIn, lexicon, scorers);
    this.custom = new CustomCriteria(matcher, polarity);
    this.plugins = new PluginScorers(scorers);
  }

  /**
   * Loads the lexicon, rules, default rubric, prompts and feedback shipped on the classpath. The
   * rule base, the costliest part, loads on a daemon thread in parallel: this returns once the
   * rest is read, and {@link #rules()} (so the rule stage of a grading) waits for it. A rule base
   * that fails to load makes every such call throw.
   */
  public static Assay load() {
    CompletableFuture<RuleRunner> rules = new CompletableFuture<>();
    Thread loader =
        new Thread(
            () -> {
              try {
                RuleRunner loaded = RuleRunner.fromClasspath();
                loaded.warmUp();
                rules.complete(loaded);
              } catch (Throwable e) {
                rules.completeExceptionally(e);
              }
            },
            "assay-rule-base");
    loader.setDaemon(true);
    loader.start();
    return load(rules);
  }

  /**
   * Loads the engine from the classpath with a rule base that arrives through {@code rules} (for
   * tests of what waits for the rule base, and for callers that load it themselves).
   */
  public static Assay load(CompletableFuture<RuleRunner> rules) {
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
      return new Assay(lexicon, rules, rubric, prompts, feedback, ScorerRegistry.load(Assay.class.getClassLoader()));
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
    synchronized (this) {
      Map<String, Rubric> next = new LinkedHashMap<>(rubrics);
      next.put(rubric.id(), rubric);
      rubrics = java.util.Collections.unmodifiableMap(next);
    }
  }

  /**
   * The validator for rubrics from outside: the built-in criteria are the default rubric's, the
   * concepts the lexicon's, the scorers those on the class path.
   */
  public RubricValidator validator() {
    return validator;
  }

  /** The plugin scorers found on the class path. */
  public ScorerRegistry scorers() {
    return scorers;
  }

  /**
   * The rule base, waiting for it to finish loading if need be.
   *
   * @throws IllegalStateException when it failed to load (the cause is the loading failure)
   */
  public RuleRunner rules() {
    try {
      return rules.join();
    } catch (CompletionException | java.util.concurrent.CancellationException e) {
      Throwable cause = e.getCause() == null ? e : e.getCause();
      if (cause instanceof IllegalStateException ise) {
        throw new IllegalStateException(ise.getMessage(), ise);
      }
      throw new IllegalStateException("the rule base did not load: " + cause, cause);
    }
  }

  /** Whether the rule base is still loading (neither loaded nor failed). */
  public boolean rulesLoading() {
    return !rules.isDone();
  }

  /** Whether the rule base has loaded, so that a grading will not wait for it. */
  public boolean rulesReady() {
    return rules.isDone() && !rules.isCompletedExceptionally();
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
    return grade(submission, null, PackSet.EMPTY);
  }

  /**
   * Grades one submission against this rubric, whatever rubric id the submission names: a rubric
   * read from a file, or a version not registered.
   *
   * @throws InvalidSubmissionException as {@link #grade(Submission)}, and when the rule selection
   *     names a rule that neither the rule base nor the rubric has
   */
  public Evaluation grade(Submission submission, Rubric rubric) {
    return grade(submission, rubric, PackSet.EMPTY);
  }

  /**
   * Grades one submission against a rubric the engine need not know (a proposed version, for a
   * dry run), with rule packs run after the built-in rules.
   *
   * @param rubric the rubric, or null for the submission's {@code rubricId}
   * @param packs the rule packs to run; their failures are listed in the evaluation
   * @throws InvalidSubmissionException as {@link #grade(Submission, Rubric)}
   */
  public Evaluation grade(Submission submission, Rubric rubric, PackSet packs) {
    String answer = validate(submission);
    Rubric r = rubric != null ? rubric : rubric(submission.rubricId());
    Predicate<String> fires = selection(submission, r, packs);
    List<Quantity> found = quantities.extract(answer);
    PromptInfo prompt = resolvePrompt(submission, answer, found);
    return grade(answer, prompt, found, r, fires, packs);
  }

  /**
   * Every rule id a submission graded against this rubric may select: the rule base's, the
   * rubric's custom criteria's and its plugin scorers'.
   */
  public Set<String> ruleIds(Rubric rubric) {
    return ruleIds(rubric, PackSet.EMPTY);
  }

  /** Every rule id a submission may select: the rule base's, the rubric's and the rule packs'. */
  public Set<String> ruleIds(Rubric rubric, PackSet packs) {
    Set<String> ids = new TreeSet<>(rules().ruleIds());
    for (Rubric.Criterion c : rubric.criteria()) {
      if (c.match().isPresent()) {
        ids.add(c.ruleId());
      }
    }
    for (Rubric.ScorerUse u : rubric.scorers()) {
      ids.add(u.ruleId());
    }
    for (RulePack pack : packs.packs()) {
      ids.addAll(pack.ruleIds());
    }
    return ids;
  }

  /** The selection of a submission that neither disables nor picks rules. */
  private static final Predicate<String> EVERY_RULE = id -> true;

  /** Which rules run for a submission: all but the disabled, or only the enabled ones less the disabled. */
  private Predicate<String> selection(Submission s, Rubric rubric, PackSet packs) {
    if (s.disabledRules().isEmpty() && s.enabledOnly().isEmpty()) {
      return EVERY_RULE;
    }
    Set<String> known = ruleIds(rubric, packs);
    check("disabledRules", s.disabledRules(), known);
    check("enabledOnly", s.enabledOnly(), known);
    Set<String> disabled = Set.copyOf(s.disabledRules());
    Set<String> only = Set.copyOf(s.enabledOnly());
    return id -> !disabled.contains(id) && (only.isEmpty() || only.contains(id));
  }

  private static void check(String field, List<String> ids, Set<String> known) {
    for (String id : ids) {
      if (!known.contains(id)) {
        throw new InvalidSubmissionException(field, "unknown rule '" + id + "'; the rule catalogue (assay info, GET /v1/rules) lists the ids");
      }
    }
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
      TextModel model,
      PackRunner.Result packs,
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
    return analyse(submission, PackSet.EMPTY);
  }

  /** Runs the pipeline up to the rules and rule packs and returns what they saw and concluded. */
  public Analysis analyse(Submission submission, PackSet packs) {
    String answer = validate(submission);
    Predicate<String> fires = selection(submission, rubric(null), packs);
    List<Quantity> found = quantities.extract(answer);
    PromptInfo prompt = resolvePrompt(submission, answer, found);
    return analyse(answer, prompt, found, fires, packs);
  }

  /** Runs the pipeline over an answer whose quantities were already extracted. */
  private Analysis analyse(String answer, PromptInfo prompt, List<Quantity> found, Predicate<String> fires, PackSet packs) {
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
    List<ScaleConflict> conflicts = new ArrayList<>(ScaleCheck.conflicts(credited));
    for (ScaleConflict c : ProductCheck.conflicts(answer)) {
      boolean spoken = facts.figures(model, List.of(c.stated())).get(0).credited();
      boolean known = conflicts.stream().anyMatch(k -> k.stated().start() < c.stated().end() && c.stated().start() < k.stated().end());
      if (spoken && !known) {
        conflicts.add(c);
      }
    }
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
    // Outside the try: a rule base that did not load is an engine failure, not a rule's.
    RuleRunner runner = rules();
    Set<String> off = notFiring(fires);
    try {
      RuleRunner.Outcome outcome = runner.run(all, verdicts, off);
      if (outcome.stopped()) {
        failures.add(new RuleFailure("RULE_FIRING_LIMIT", "stopped after " + outcome.firings() + " rule firings"));
      }
      judgements = outcome.judgements();
    } catch (RuntimeException e) {
      failures.add(new RuleFailure(ruleOf(e), String.valueOf(e.getMessage())));
      judgements = List.copyOf(verdicts.judgements());
    }
    // Rule packs see the same facts, in sessions of their own, after the built-in rules.
    PackRunner.Result fromPacks = PackRunner.run(packs, all, answer, notFiring(fires, packs));
    if (!fromPacks.judgements().isEmpty()) {
      List<dev.assay.engine.rules.Judgement> merged = new ArrayList<>(judgements);
      merged.addAll(fromPacks.judgements());
      judgements = List.copyOf(merged);
    }
    return new Analysis(
        prompt, context, mentions, figures, statements, judgements, segmentation, List.copyOf(failures), model.wordCount(), model, fromPacks, List.copyOf(all));
  }

  /** The rule base's ids a selection leaves out, as the rule runner takes them. */
  private Set<String> notFiring(Predicate<String> fires) {
    return notFiring(fires, PackSet.EMPTY);
  }

  /** The ids of the rule base and the packs that a selection leaves out. */
  private Set<String> notFiring(Predicate<String> fires, PackSet packs) {
    if (fires == EVERY_RULE) {
      return Set.of();
    }
    Set<String> out = new TreeSet<>();
    for (String id : rules().ruleIds()) {
      if (!fires.test(id)) {
        out.add(id);
      }
    }
    for (RulePack pack : packs.packs()) {
      for (String id : pack.ruleIds()) {
        if (!fires.test(id)) {
          out.add(id);
        }
      }
    }
    return out;
  }

  private Evaluation grade(String answer, PromptInfo prompt, List<Quantity> found, Rubric rubric, Predicate<String> fires, PackSet packs) {
    return score(answer, analyse(answer, prompt, found, fires, packs), rubric, fires, packs);
  }

  /**
   * The last stage of grading with every rule and no rule packs: scores the analysis of {@code
   * answer} against a rubric and writes the evaluation ({@link #analyse} then this is a grading).
   */
  public Evaluation score(String answer, Analysis a, Rubric rubric) {
    return score(answer, a, rubric, id -> true, PackSet.EMPTY);
  }

  private Evaluation score(String answer, Analysis a, Rubric rubric, Predicate<String> fires, PackSet packs) {
    PromptInfo prompt = a.prompt();
    ProblemType type = ProblemType.fromId(prompt.problemType());
    List<dev.assay.engine.rules.Judgement> judgements = a.judgements();
    List<RuleFailure> failures = a.failures();
    List<Evaluation.Finding> pluginFindings = List.of();
    if (rubric.criteria().stream().anyMatch(c -> c.match().isPresent()) || !rubric.scorers().isEmpty()) {
      List<dev.assay.engine.rules.Judgement> all = new ArrayList<>(judgements);
      List<RuleFailure> allFailures = new ArrayList<>(failures);
      all.addAll(custom.judge(rubric, a.model(), a.statements(), a.mentions(), fires, allFailures));
      PluginScorers.Outcome out = plugins.run(rubric, answer, type.id(), a.statements(), a.mentions(), fires);
      all.addAll(out.judgements());
      allFailures.addAll(out.failures());
      judgements = List.copyOf(all);
      failures = List.copyOf(allFailures);
      pluginFindings = out.findings();
    }
    Scorer packScorer = packs.isEmpty() ? scorer : new Scorer(feedback.withRules(packs.findings()));
    Scorer.Result scored =
        packScorer.score(
            rubric,
            new Scorer.Input(
                answer, type.id(), FactBuilder.readableName(type), a.context().imbalanced(), judgements, a.segmentation().segments(), pluginFindings));
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
        failures,
        a.packs().packs(),
        a.packs().failures());
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
