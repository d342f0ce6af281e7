package dev.assay.api.http;

import dev.assay.engine.model.Evaluation;
import dev.assay.engine.model.Submission;

/** What grades one submission: the engine, in production; tests may wrap it. */
@FunctionalInterface
public interface Grader {
  Evaluation grade(Submission submission);
}
