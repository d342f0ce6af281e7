/**
 * Measuring the engine against two yardsticks, in process and warm.
 *
 * <p>{@link dev.assay.engine.bench.Bench} grades a set of submissions over and over and times each
 * grading. The same texts are then run through two other tasks so the figure means something on
 * any machine: the {@link dev.assay.engine.bench.AnalysisFloor} only tokenises them with the
 * engine's own Lucene analyzer (grading cannot be cheaper than reading the words once), and the
 * {@link dev.assay.engine.bench.RegexChecklist} looks for the lexicon's concepts the naive way, one
 * regular expression per concept (what a hand-written checker would do). {@link
 * dev.assay.engine.bench.BenchCorpus} holds the default input: the calibration answers the rules
 * module ships as resources. {@code assay bench} prints the resulting {@link
 * dev.assay.engine.bench.BenchReport}; the JMH benchmarks in the {@code bench} module time each
 * stage of the pipeline on its own.
 */
package dev.assay.engine.bench;
