package dev.assay.engine.prompt;

import dev.assay.engine.model.ProblemType;

/** A catalogue prompt: a stable id, its problem type and its text. */
public record Prompt(String id, ProblemType problemType, String text) {}
