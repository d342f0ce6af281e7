package dev.assay.spi;

import java.util.List;

/** What a scorer concluded about one answer: its judgements and its findings. */
public record ScorerResult(List<CriterionJudgement> judgements, List<PluginFinding> findings) {
  public ScorerResult {
    judgements = List.copyOf(judgements);
    findings = List.copyOf(findings);
  }
}
