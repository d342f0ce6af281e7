/**
 * The facts the Drools rules match on ({@link dev.assay.engine.rules.Context}, mentions, figures,
 * statements, empty sections, scale conflicts), the channel they answer through
 * ({@link dev.assay.engine.rules.Verdicts}), and the runner that loads the rule base compiled at build
 * time. Conditions too long for a DRL line live in {@link dev.assay.engine.rules.Predicates}.
 */
package dev.assay.engine.rules;
