package dev.assay.bench;

import dev.assay.engine.Assay;
import dev.assay.engine.bench.BenchCorpus;
import dev.assay.engine.model.Submission;
import java.util.ArrayList;
import java.util.List;

/** The benchmark input: the bundled calibration answers, each analysed once ahead of time. */
final class Answers {
  final Assay assay = Assay.load();
  final List<Submission> submissions = BenchCorpus.bundled();
  final List<Assay.Analysis> analyses = new ArrayList<>();
  private int next;

  Answers() {
    for (Submission s : submissions) {
      analyses.add(assay.analyse(s));
    }
  }

  /** The index of the next answer, going round the set. */
  int next() {
    int i = next;
    next = (i + 1) % submissions.size();
    return i;
  }
}
