package dev.assay.engine;

import dev.assay.engine.concept.ConceptMatcher;
import dev.assay.engine.concept.Hit;
import dev.assay.engine.concept.Mention;
import dev.assay.engine.concept.PolarityDetector;
import dev.assay.engine.model.Evaluation.Facts;
import dev.assay.engine.model.ProblemType;
import dev.assay.engine.prompt.ProblemTypeInference;
import dev.assay.engine.rules.Statement;
import java.util.List;
import java.util.Optional;

/**
 * The cue stages of grading, one at a time, for the benchmarks: it sits in the engine's package
 * (in the bench module) to reach the package-private fact builder.
 */
public final class CueStages {
  private final FactBuilder facts = new FactBuilder(new PolarityDetector());
  private final ProblemTypeInference inference = new ProblemTypeInference();

  /** One answer analysed ahead of time, with the concept hits the mentions are built from. */
  public record Input(String answer, ProblemType type, Assay.Analysis analysis, List<Hit> hits) {}

  /** Prepares an answer's input. */
  public static Input input(Assay assay, String answer, Assay.Analysis analysis) {
    List<Hit> hits = new ConceptMatcher(assay.lexicon()).match(analysis.model());
    return new Input(answer, ProblemType.fromId(analysis.context().problemType()), analysis, hits);
  }

  /** Mentions with their polarity. */
  public List<Mention> mentions(Input in) {
    return facts.mentions(in.analysis().model(), in.hits(), in.analysis().segmentation());
  }

  /** The statement cues of every sentence. */
  public List<Statement> statements(Input in) {
    return facts.statements(in.analysis().model(), in.analysis().segmentation());
  }

  /** The voice counts. */
  public int[] voice(Input in) {
    return FactBuilder.voice(in.analysis().model());
  }

  /** Another system than the prompt's. */
  public Optional<ProblemType> otherSystem(Input in) {
    return inference.otherSystem(in.answer(), in.type());
  }

  /** The evaluation summary facts. */
  public Facts summary(Input in) {
    Assay.Analysis a = in.analysis();
    return facts.summary(in.answer(), a.mentions(), a.figures(), a.words());
  }

  /** All of them, as grading runs them (plus synchronous). */
  public int all(Input in) {
    int n = mentions(in).size() + statements(in).size() + voice(in)[1];
    n += otherSystem(in).isPresent() ? 1 : 0;
    n += summary(in).words();
    n += FactBuilder.synchronous(in.type(), in.analysis().prompt().text(), in.answer()) ? 1 : 0;
    return n;
  }
}
