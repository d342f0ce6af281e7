package dev.assay.engine.concept;

import dev.assay.engine.model.Step;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.search.Query;

/**
 * One domain concept of the lexicon: an id, the step it usually belongs to, the tags rules match
 * on, and the Lucene query that finds it.
 *
 * @param id stable id, e.g. {@code metric.pr-auc}
 * @param home the step a mention of it points to when segmenting by content, if any
 * @param tags groups rules match on, e.g. {@code offline-metric}
 * @param sources the query strings as written in the lexicon
 * @param query the parsed query, built once
 * @param examples phrases the concept must match, for the lexicon's own tests
 * @param nearMisses phrases it must not match
 */
public record Concept(
    String id,
    Optional<Step> home,
    Set<String> tags,
    List<String> sources,
    Query query,
    List<String> examples,
    List<String> nearMisses) {}
