package dev.assay.api.http;

import dev.assay.api.auth.KeyStore;
import dev.assay.api.pack.RulePackRegistry;
import dev.assay.api.rubric.RubricVersions;
import dev.assay.api.store.EvaluationStore;
import dev.assay.engine.Assay;

/**
 * What the handlers work with, built once per server.
 *
 * @param config the limits
 * @param engine the grading engine (for catalogues)
 * @param store the index of evaluations
 * @param keys the API keys
 * @param submissions grading and storing
 * @param interactive the pool grading single submissions
 * @param batches the batch runner
 * @param packs the rule packs gradings run
 * @param rubricVersions every stored version of every rubric
 */
record Services(
    ServerConfig config,
    Assay engine,
    EvaluationStore store,
    KeyStore keys,
    Submissions submissions,
    GradingPool interactive,
    Batches batches,
    RulePackRegistry packs,
    RubricVersions rubricVersions) {}
