package dev.assay.engine.rules;

import dev.assay.engine.model.Step;

/**
 * One sentence of the answer as the rules see it, with the cues that turn a mention into specifics.
 *
 * @param index the sentence index
 * @param start first character
 * @param end just past the sentence
 * @param step the step its block was assigned to
 * @param credited whether the candidate wrote it in the body (not a heading, not the interviewer)
 * @param hasNumber whether it holds a figure (a digit or a number word)
 * @param hasReason whether it gives a reason or purpose ("because", "so that", "since", "to avoid")
 * @param deferred whether it raises something only to put it off
 * @param question whether it asks something ("?" or "I'd ask")
 * @param assumption whether it states an assumption ("assume", "let's say")
 * @param block the index of the block holding the sentence
 * @param buzzwords whether it is a bare list of buzzwords: short comma-separated items, no verb,
 *     no figure ("Privacy, GDPR, CCPA")
 * @param formula whether it writes a predicted quantity as notation: P(click), E[minutes]
 * @param words its length in words
 * @param early whether it stands in the first third of the answer, where scoping belongs
 * @param scoping whether it limits the scope ("only", "out of scope", "for now")
 * @param items how many comma- or semicolon-separated items it lists
 * @param ioLabels whether it labels the model's input (1), output (2) or both (3): "in: ... out: ..."
 */
public record Statement(
    int index,
    int start,
    int end,
    Step step,
    boolean credited,
    boolean hasNumber,
    boolean hasReason,
    boolean deferred,
    boolean question,
    boolean assumption,
    int block,
    boolean buzzwords,
    boolean formula,
    int words,
    boolean early,
    boolean scoping,
    int items,
    int ioLabels) {}
