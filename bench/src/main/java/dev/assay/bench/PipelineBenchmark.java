package dev.assay.bench;

import dev.assay.engine.Assay;
import dev.assay.engine.bench.AnalysisFloor;
import dev.assay.engine.bench.RegexChecklist;
import dev.assay.engine.concept.ConceptMatcher;
import dev.assay.engine.concept.Hit;
import dev.assay.engine.model.Evaluation;
import dev.assay.engine.quantity.Quantity;
import dev.assay.engine.quantity.QuantityExtractor;
import dev.assay.engine.rules.RuleRunner;
import dev.assay.engine.rules.Verdicts;
import dev.assay.engine.score.Rubric;
import dev.assay.engine.text.TextModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Each stage of grading on its own, per answer, next to the analysis floor and the regex checklist. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
  private Answers answers;
  private Assay assay;
  private Rubric rubric;
  private QuantityExtractor quantities;
  private ConceptMatcher matcher;
  private AnalysisFloor floor;
  private RegexChecklist checklist;
  private final List<TextModel> models = new ArrayList<>();

  @Setup
  public void setUp() {
    answers = new Answers();
    assay = answers.assay;
    rubric = assay.rubric(null);
    quantities = new QuantityExtractor();
    matcher = new ConceptMatcher(assay.lexicon());
    floor = new AnalysisFloor();
    checklist = RegexChecklist.of(assay.lexicon());
    for (var s : answers.submissions) {
      models.add(TextModel.parse(s.answer()));
    }
  }

  private String answer(int i) {
    return answers.submissions.get(i).answer();
  }

  /** Markdown blocks and sentences with their offsets. */
  @Benchmark
  public TextModel parseMarkdown() {
    return TextModel.parse(answer(answers.next()));
  }

  /** Latency budgets, scale and rates, in digits or words. */
  @Benchmark
  public List<Quantity> extractQuantities() {
    return quantities.extract(answer(answers.next()));
  }

  /** The lexicon's concepts with exact offsets, from a parsed answer. */
  @Benchmark
  public List<Hit> matchConcepts() {
    return matcher.match(models.get(answers.next()));
  }

  /** Everything but scoring: parsing, matching, segmenting, polarity, facts and the rules. */
  @Benchmark
  public Assay.Analysis analyse() {
    return assay.analyse(answers.submissions.get(answers.next()));
  }

  /** The rules alone, over facts built ahead of time. */
  @Benchmark
  public RuleRunner.Outcome fireRules() {
    int i = answers.next();
    return assay.rules().run(answers.analyses.get(i).facts(), new Verdicts(answer(i)), Set.of());
  }

  /** Scoring and findings from an analysis built ahead of time. */
  @Benchmark
  public Evaluation score() {
    int i = answers.next();
    return assay.score(answer(i), answers.analyses.get(i), rubric);
  }

  /** A whole grading, as {@code assay grade} and the HTTP API do it. */
  @Benchmark
  public Evaluation grade() {
    return assay.grade(answers.submissions.get(answers.next()));
  }

  /** The floor: the engine's analysis chain over the answer, nothing else. */
  @Benchmark
  public long analysisFloor() {
    return floor.analyse(answer(answers.next()));
  }

  /** The reference: one naive regular expression per concept. */
  @Benchmark
  public int regexChecklist() {
    return checklist.matches(answer(answers.next()));
  }
}
