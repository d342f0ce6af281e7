/**
 * The prompt catalogue and problem-type inference for free-text prompts, including the check that an
 * answer designs another kind of system than its prompt asks for.
 */
package dev.assay.engine.prompt;
