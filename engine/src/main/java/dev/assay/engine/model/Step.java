package dev.assay.engine.model;

import java.util.Locale;

/** One of the seven steps of the ML system design framework, in the order an answer should take them. */
public enum Step {
  REQUIREMENTS("clarify requirements"),
  FRAMING("frame as an ML task"),
  DATA("data preparation"),
  MODEL("model development"),
  EVALUATION("evaluation"),
  SERVING("deployment and serving"),
  MONITORING("monitoring and infrastructure");

  private final String title;

  Step(String title) {
    this.title = title;
  }

  /** The id used in JSON and criterion ids: {@code requirements}, {@code framing}, ... */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public String title() {
    return title;
  }

  /** The step's ordinal for an id, or one past the last step for null (findings tied to no step). */
  public static int fromIdOrLast(String id) {
    return id == null ? values().length : fromId(id).ordinal();
  }

  public static Step fromId(String id) {
    for (Step s : values()) {
      if (s.id().equals(id)) {
        return s;
      }
    }
    throw new IllegalArgumentException("unknown step: " + id);
  }
}
