/**
 * JMH benchmarks of each stage of grading, on the calibration answers the rules module bundles.
 *
 * <p>{@link dev.assay.bench.PipelineBenchmark} times the stages one by one (markdown parsing,
 * quantity extraction, concept matching, everything up to and with the rules, the rules alone,
 * scoring, the whole grading) next to the analysis-only floor and the naive regex checklist;
 * {@link dev.assay.bench.RuleSessionBenchmark} compares the ways of running the rules (a new
 * stateful session, a pooled one, a stateless one). Each invocation handles one answer, going
 * round the set, so a figure is a mean per answer. Built by the reactor, never run by {@code mvn
 * verify}: {@code java -jar bench/target/benchmarks.jar} runs them all.
 */
package dev.assay.bench;
