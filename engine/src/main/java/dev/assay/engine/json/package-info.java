/**
 * JSON output: evaluations and reports written deterministically, in record component order.
 */
package dev.assay.engine.json;
