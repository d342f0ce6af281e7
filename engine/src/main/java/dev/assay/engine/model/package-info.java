/**
 * The values of the outside contract: submissions, evaluations, spans, steps, statuses and problem
 * types. Records and enums only; nothing here computes.
 */
package dev.assay.engine.model;
