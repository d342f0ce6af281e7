package dev.assay.api.auth;

import java.util.Locale;

/** What a key may do, from most to least: administer, teach some cohorts, or be one candidate. */
public enum Role {
  ADMIN,
  INSTRUCTOR,
  STUDENT;

  /** The lower-case id used on the command line, in keys.json and in the OpenAPI document. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role for an id ({@code admin}, {@code instructor}, {@code student}). */
  public static Role fromId(String id) {
    for (Role r : values()) {
      if (r.id().equals(id)) {
        return r;
      }
    }
    throw new IllegalArgumentException("unknown role '" + id + "'; expected admin, instructor or student");
  }
}
