/**
 * Regular expressions that scan fast and match exactly like {@link java.util.regex.Pattern}.
 *
 * <p>The engine's cues ("instead of", "because", "out of scope", the problem-type cues) are
 * long alternations of words, searched anywhere in a sentence or an answer. {@code Matcher.find()}
 * tries every alternative at every position, which costs about a tenth of a microsecond per
 * character and pattern. A {@link dev.assay.engine.regex.Regex} first works out, from the
 * pattern's own syntax, how any match can begin ({@link dev.assay.engine.regex.StartSet}: the
 * literal words its alternatives open with, or a set of first characters), skips positions where
 * none begins with a table lookup, and asks the real pattern to match only where one does. The
 * answer is the same match, at the same place, as the plain pattern would find; where the analysis
 * cannot tell (an unsupported construct, a pattern that may match the empty string) it simply does
 * not skip. {@code RegexTest} checks this against the plain patterns on every engine cue.
 */
package dev.assay.engine.regex;
