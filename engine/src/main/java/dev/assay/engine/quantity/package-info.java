/**
 * Numbers that carry meaning in a system design answer, and the arithmetic between them.
 *
 * <p>Candidates state scale, latency and class balance in prose: "p99 under 100 ms", "50M
 * transactions a day", "fraud is roughly 0.1% of transactions". {@link
 * dev.assay.engine.quantity.QuantityExtractor} finds such expressions, normalises their values
 * (milliseconds, per second, plain counts, fractions, seconds) and records what they measure and
 * how they are bounded, with exact offsets into the answer. {@link
 * dev.assay.engine.quantity.ScaleCheck} then redoes the back-of-the-envelope arithmetic an
 * interviewer would, and reports daily volumes and per-second rates that do not agree.
 *
 * <p>Everything here is plain JDK. Text is read by a hand-written lexer and a small grammar over
 * its tokens, never by backtracking regular expressions, so the work grows linearly with the
 * length of the answer.
 */
package dev.assay.engine.quantity;
