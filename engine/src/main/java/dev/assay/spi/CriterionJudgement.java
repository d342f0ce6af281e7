package dev.assay.spi;

import java.util.List;

/**
 * A scorer's judgement of its criterion. The criterion's status is decided with the other
 * judgements of it as for rules: a violation wins, then met over partial.
 *
 * @param criterion the criterion id, the one the scorer was prepared for
 * @param verdict met, partial, missing or violated
 * @param confidence how sure, 0 to 1; below 0.65 the criterion is listed for review
 * @param evidence the ranges of the answer that show it
 */
public record CriterionJudgement(String criterion, Verdict verdict, double confidence, List<TextRange> evidence) {}
