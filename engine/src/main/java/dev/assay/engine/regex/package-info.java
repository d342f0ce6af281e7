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
 *
 * <p>Whether a text holds a match at all is read by an automaton ({@code Dfa}), one table step per
 * character. A cue stage that asks many patterns about the same text (the statement cues of a
 * sentence, the problem-type cues of an answer) asks a {@link dev.assay.engine.regex.RegexSet}:
 * one automaton for the union of its members, whose states carry which members have matched (or,
 * to count, which match right there), reads the text once for all of them. Members it does not
 * understand, and all of them before it has warmed up or once it has grown too big, are asked on
 * their own. {@code RegexSetTest} checks every set against its members.
 */
package dev.assay.engine.regex;
