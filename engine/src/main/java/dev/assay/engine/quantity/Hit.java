package dev.assay.engine.quantity;

/**
 * A qualifier found next to a number: a bound, a percentile or a measure word.
 *
 * @param value what was found ("upper", "p99", "fraud", ...)
 * @param index the token at the far end of the qualifier from the number: its first token when
 *     it stands before the number, its last token when it stands after
 */
record Hit(String value, int index) {}
