/**
 * The grading engine: {@link dev.assay.engine.Assay} takes a submission through the pipeline and returns
 * its evaluation.
 *
 * <p>The pipeline: the {@code text} package keeps the answer untouched and finds its blocks and
 * sentences by offset; {@code segment} assigns each sentence to a framework step; {@code concept}
 * finds the lexicon's concepts with Lucene and decides whether each mention is asserted, negated,
 * hedged or deferred; {@code quantity} reads the figures; {@code rules} hands all of it to the Drools
 * rules as facts and collects their judgements; {@code score} turns the judgements into the rubric's
 * score and findings. Everything the rules match on is built by {@code FactBuilder}.
 */
package dev.assay.engine;
