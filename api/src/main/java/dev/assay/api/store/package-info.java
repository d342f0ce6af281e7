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
 * future that completes only once the evaluation is in a log forced to disk ({@link
 * dev.assay.api.store.WriteAheadLog}) and in the index writer. Concurrent additions share one force
 * of one file, so a burst costs one {@code fdatasync} rather than one each, and the index itself is
 * committed about once a second; opening the store indexes again what the log holds beyond the last
 * commit. A document reaches the writer only after its log record is on disk, so nothing readers see
 * can be taken back by a crash; a read refreshes the (near-real-time) searcher when the index
 * changed, so an acknowledged evaluation is visible to the next request.
 *
 * <p>Who may see what is a query ({@link dev.assay.api.store.Visibility}) added to every read, so a
 * listing, a search or a similarity lookup cannot return what the caller may not read.
 */
package dev.assay.api.store;
