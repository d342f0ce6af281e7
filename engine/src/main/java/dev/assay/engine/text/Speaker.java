package dev.assay.engine.text;

/** Who wrote a block: in an interview transcript only the candidate's words earn credit. */
public enum Speaker {
  /** Not a transcript, or a turn whose speaker is the candidate. */
  CANDIDATE,
  INTERVIEWER
}
