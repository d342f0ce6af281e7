package dev.assay.api.store;

import java.util.List;

/**
 * One page of a listing, newest first.
 *
 * @param items the evaluations on this page
 * @param nextCursor pass it back as {@code cursor} for the next page; null on the last page
 */
public record Page(List<Summary> items, String nextCursor) {}
