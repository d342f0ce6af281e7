package dev.assay.engine.rules;

import dev.assay.engine.concept.Mention;
import dev.assay.engine.concept.Polarity;
import dev.assay.engine.model.Step;
import java.util.Set;

/**
 * One tag of one mention, a fact of its own so that rules can select mentions by tag with a
 * constraint Drools hashes: {@code MentionTag(tag == "data-source", credited, $m : mention)}.
 *
 * <p>A pattern on {@link Mention} with {@code hasTag("data-source")} is tested against every
 * mention, one lambda call per distinct tag the rules ask about; a {@code tag == "..."} literal is
 * looked up in a hash of the alpha network instead, so each tag fact reaches only the patterns of
 * its own tag. The rule runner inserts one such fact for each tag of each mention, right after the
 * mention, and one for each group of tags the rules name ({@code tag == "io-input|io-output"}, see
 * {@link RuleFacts}) that the mention has a tag of. A mention has each tag once, so a pattern that
 * names one tag or one group matches a mention at most once, as {@code Mention(hasTag("a") ||
 * hasTag("b"))} did. The accessors of the mention are repeated here so that a pattern's other
 * constraints read the same on either fact type.
 *
 * <p>The fact also carries the {@link Statement} of the mention's sentence, so that a rule asks
 * about the sentence with a constraint of the tag's own pattern ({@code MentionTag(tag == "drift",
 * credited, inPlainSentence())}) instead of joining every statement of the answer on {@code index ==
 * $m.sentence}: a statement fact reached every such join (about 1,600 right tuples per answer),
 * where the constraint is tested on the few tag facts of the rule's tag. Each sentence has one
 * statement, so the two read the same.
 *
 * @param tag one of the mention's tags, or a group of tags joined by {@code |}
 * @param mention the mention
 * @param statement the statement of the mention's sentence, or null when the facts hold none
 */
public record MentionTag(String tag, Mention mention, Statement statement) {

  /** A tag fact that knows no statement: every sentence condition on it is false. */
  public MentionTag(String tag, Mention mention) {
    this(tag, mention, null);
  }

  /**
   * Whether the mention stands in a statement that is not a bare list of buzzwords: what {@code
   * Statement(index == $m.sentence, !buzzwords)} asked.
   */
  public boolean inPlainSentence() {
    return statement != null && !statement.buzzwords();
  }

  /**
   * Whether the mention stands in a bare list of buzzwords: what {@code Statement(index ==
   * $m.sentence, buzzwords)} asked (and {@code not Statement(...)} denied).
   */
  public boolean inBuzzwords() {
    return statement != null && statement.buzzwords();
  }

  public String concept() {
    return mention.concept();
  }

  public Set<String> tags() {
    return mention.tags();
  }

  public int start() {
    return mention.start();
  }

  public int end() {
    return mention.end();
  }

  public int sentence() {
    return mention.sentence();
  }

  public int block() {
    return mention.block();
  }

  public Step step() {
    return mention.step();
  }

  public Polarity polarity() {
    return mention.polarity();
  }

  public boolean inHeading() {
    return mention.inHeading();
  }

  public boolean interviewer() {
    return mention.interviewer();
  }

  /** See {@link Mention#isCredited()}. */
  public boolean isCredited() {
    return mention.isCredited();
  }

  /** See {@link Mention#isSaid()}. */
  public boolean isSaid() {
    return mention.isSaid();
  }

  public boolean isNegated() {
    return mention.isNegated();
  }

  public boolean isHedged() {
    return mention.isHedged();
  }

  public boolean hasTag(String t) {
    return mention.hasTag(t);
  }

  public boolean is(String conceptId) {
    return mention.is(conceptId);
  }
}
