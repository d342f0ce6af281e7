/**
 * Stored submissions and evaluations: one on-disk Lucene index under the data directory.
 *
 * <p>Each evaluation is one document ({@link dev.assay.api.store.EvaluationDocument}): the answer,
 * analysed for search (English stemming, offsets for highlighting, term vectors for similarity) and
 * stored; the evaluation as compact JSON; who and where (candidate, cohort) as terms; and the
 * scores, statuses and findings as doc values, so cohort reports and grade books read columns
 * instead of parsing JSON.
 *
 * <p>Durability is the store's promise: {@link dev.assay.api.store.EvaluationStore#add} returns a
 * future that completes only once the document is in a Lucene commit forced to disk. Concurrent
 * additions share one commit ({@link dev.assay.api.store.GroupCommitter}), so a burst costs one fsync
 * rather than one each. Readers see commits only (the searcher is opened on the directory, not on the
 * writer), so nothing is visible that a crash could take back, and an acknowledged evaluation is
 * visible to the next request.
 *
 * <p>Who may see what is a query ({@link dev.assay.api.store.Visibility}) added to every read, so a
 * listing, a search or a similarity lookup cannot return what the caller may not read.
 */
package dev.assay.api.store;
