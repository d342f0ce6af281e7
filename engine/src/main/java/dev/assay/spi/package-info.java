/**
 * The plugin scorer SPI: how a scorer outside the rule base judges criteria of a rubric.
 *
 * <p>A plugin implements {@link dev.assay.spi.ScorerPlugin} and lists its class in {@code
 * META-INF/services/dev.assay.spi.ScorerPlugin}; Assay finds it with {@link java.util.ServiceLoader}
 * when the engine loads. A rubric names the scorers it uses, each with the criterion it judges and
 * its parameters:
 *
 * <pre>
 * "scorers": [{"scorer": "exemplar-similarity", "criterion": "custom.covers-model-answer",
 *              "params": {"exemplars": ["..."], "partThreshold": 0.45}}]
 * </pre>
 *
 * <p>Validating the rubric checks the parameters against {@link dev.assay.spi.ScorerPlugin#parameters()}
 * (an unknown or missing parameter, or one of the wrong type, is a problem with its JSON path) and
 * then calls {@link dev.assay.spi.ScorerPlugin#prepare prepare}, whose {@link
 * dev.assay.spi.InvalidParameterException} becomes a problem on that parameter. For every answer
 * graded, the engine calls the prepared scorer with the {@link dev.assay.spi.AnalysedAnswer}: its
 * text, sentences with their step and cues, and the lexicon's concept mentions. The scorer returns
 * {@link dev.assay.spi.CriterionJudgement judgements} of its criterion and {@link
 * dev.assay.spi.PluginFinding findings}; both appear in the evaluation like the rules' own, under
 * the rule id {@link dev.assay.spi.ScorerPlugin#ruleId(String)}. A scorer that throws, or returns a
 * range outside the answer or a judgement of another criterion, is reported in the evaluation's
 * {@code failures} and the rest of the evaluation stands.
 *
 * <p><b>Stability.</b> This package is Assay's public extension point and the only one: a plugin
 * should use nothing else from Assay. Within a major version of the SPI ({@link
 * dev.assay.spi.ScorerPlugin#SPI_VERSION}) its types change only compatibly: records may gain
 * components at the end (with the old constructors kept), interfaces may gain default methods,
 * enums may gain constants; nothing is removed, renamed or given another meaning. Lucene's {@link
 * org.apache.lucene.analysis.Analyzer} is the one outside type it exposes, at the Lucene version
 * Assay ships. Everything outside this package may change in any release.
 */
package dev.assay.spi;
