package dev.assay.engine.calibrate;

import java.util.Map;

/**
 * One expert-labelled answer of a calibration set (spec/contract.md, LABELS.json).
 *
 * @param file the answer's file, relative to the labels file
 * @param answer the answer's text
 * @param promptId the catalogue prompt, or null
 * @param promptText the prompt's text
 * @param problemType the problem type the graders used
 * @param grade the experts' 1-4 grade
 * @param statuses every criterion's expected status
 * @param evidence the words the graders quote for each met, partial or violated status
 */
public record LabelledAnswer(
    String file,
    String answer,
    String promptId,
    String promptText,
    String problemType,
    int grade,
    Map<String, String> statuses,
    Map<String, String> evidence) {}
