package dev.assay.spi;

import java.util.List;
import java.util.Locale;

/**
 * A scorer that judges one criterion of a rubric from the analysed answer, found with {@link
 * java.util.ServiceLoader}.
 *
 * <p>Implementations must be stateless and thread-safe: one instance serves every rubric, and a
 * {@link Prepared} scorer serves concurrent gradings.
 */
public interface ScorerPlugin {
  /** The major version of this SPI; it changes only when the SPI changes incompatibly. */
  int SPI_VERSION = 1;

  /** The name rubrics use for it: lower case words joined by '-', e.g. {@code exemplar-similarity}. */
  String name();

  /** One sentence for people: what it judges and how. */
  String description();

  /** Every parameter it takes; a rubric naming any other is invalid. */
  List<Parameter> parameters();

  /**
   * Checks the parameters beyond their declared types and prepares everything that does not depend
   * on the answer (parsed model answers, built queries).
   *
   * @param criterion the id of the rubric's criterion it judges
   * @param params the rubric's parameters, already checked against {@link #parameters()}
   * @param context where the rubric came from, for files it names
   * @throws InvalidParameterException naming the parameter at fault and why
   */
  Prepared prepare(String criterion, Parameters params, PluginContext context) throws InvalidParameterException;

  /** A scorer prepared for one rubric: grades answers. */
  @FunctionalInterface
  interface Prepared {
    /** Judges one answer; may throw, which the engine reports as this scorer's failure. */
    ScorerResult score(AnalysedAnswer answer);
  }

  /**
   * The rule id its judgements and findings carry in an evaluation, and that a submission's {@code
   * disabledRules} or {@code enabledOnly} name: the scorer's name in upper case with '_' for '-'.
   */
  static String ruleId(String name) {
    return name.toUpperCase(Locale.ROOT).replace('-', '_');
  }
}
