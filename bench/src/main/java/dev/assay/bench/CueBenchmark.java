package dev.assay.bench;

import dev.assay.engine.CueStages;
import dev.assay.engine.concept.Mention;
import dev.assay.engine.model.Evaluation.Facts;
import dev.assay.engine.model.ProblemType;
import dev.assay.engine.rules.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

/** The cue stages of grading (polarity, statement cues, voice, problem-type cues, summary), per answer. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class CueBenchmark {
  private Answers answers;
  private final CueStages stages = new CueStages();
  private final List<CueStages.Input> inputs = new ArrayList<>();

  @Setup
  public void setUp() {
    answers = new Answers();
    for (int i = 0; i < answers.submissions.size(); i++) {
      inputs.add(CueStages.input(answers.assay, answers.submissions.get(i).answer(), answers.analyses.get(i)));
    }
  }

  private CueStages.Input next() {
    return inputs.get(answers.next());
  }

  /** FactBuilder.mentions: the polarity of every concept mention. */
  @Benchmark
  public List<Mention> mentions() {
    return stages.mentions(next());
  }

  /** FactBuilder.statements: the cues of every sentence. */
  @Benchmark
  public List<Statement> statements() {
    return stages.statements(next());
  }

  /** FactBuilder.voice: decisions and textbook sentences. */
  @Benchmark
  public int[] voice() {
    return stages.voice(next());
  }

  /** ProblemTypeInference.otherSystem over the answer. */
  @Benchmark
  public Optional<ProblemType> otherSystem() {
    return stages.otherSystem(next());
  }

  /** FactBuilder.summary. */
  @Benchmark
  public Facts summary() {
    return stages.summary(next());
  }

  /** All the cue stages of one grading. */
  @Benchmark
  public int allCues() {
    return stages.all(next());
  }
}
