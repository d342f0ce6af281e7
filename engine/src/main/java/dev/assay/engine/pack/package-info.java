/**
 * DRL rule packs: an instructor's own rules, compiled at run time and run after the built-in rules.
 *
 * <p>A pack is a folder holding a manifest, {@code pack.json}, and one or more {@code *.drl} files:
 *
 * <pre>
 * privacy/
 *   pack.json     {"id": "privacy", "version": "1.0.0", "criteria": ["requirements.constraints"],
 *                  "limits": {"maxFirings": 2000, "timeLimitMs": 1000},
 *                  "findings": {"PRIVACY_SAFEGUARD_STATED": {"severity": "praise", "message": "..."}}}
 *   privacy.drl
 * </pre>
 *
 * <p>The rules see exactly the facts the built-in rules see ({@link dev.assay.engine.rules.Context},
 * {@link dev.assay.engine.concept.Mention}, {@link dev.assay.engine.rules.Figure}, {@link
 * dev.assay.engine.rules.Statement}, {@link dev.assay.engine.rules.EmptySection} and scale
 * conflicts) and answer through the same global, {@code global dev.assay.engine.rules.Verdicts
 * out;}, calling {@code out.met(kcontext, criterion, confidence, facts...)}, {@code partial}, {@code
 * violated} or {@code note}; the spans of the facts passed become the evidence. {@code
 * out.says(fact, regex)} tests the words a fact stands on, for what the lexicon has no concept for.
 * Rule ids are SCREAMING_SNAKE and may not reuse a built-in rule's or another pack's.
 *
 * <p>{@link dev.assay.engine.pack.RulePackCompiler} compiles a pack into a rule base of its own and
 * refuses it whole, naming every problem with its file and line ({@link
 * dev.assay.engine.pack.PackProblem}). {@link dev.assay.engine.pack.PackRunner} runs the packs of a
 * {@link dev.assay.engine.pack.PackSet} over an answer's facts, each in its own session and thread,
 * and keeps a pack's judgements only of the criteria its manifest declares. A pack that throws,
 * fires more than {@code maxFirings} rules or runs past {@code timeLimitMs} contributes nothing;
 * either way its failure is listed in the evaluation's {@code packFailures} and the rest of the
 * evaluation stands. The engine grades with packs through {@link
 * dev.assay.engine.Assay#grade(dev.assay.engine.model.Submission, dev.assay.engine.score.Rubric,
 * dev.assay.engine.pack.PackSet)}.
 *
 * <p>Drools has no sandbox on Java 17: a pack's consequences can run any Java. Load only packs you
 * trust; the HTTP API lets only admin keys load them.
 */
package dev.assay.engine.pack;
