package dev.assay.api.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;

/**
 * An RFC 9457 problem detail, the body of every error answer ({@code application/problem+json}).
 *
 * @param type a URN naming the kind of problem ({@code urn:assay:problem:...})
 * @param title the kind of problem in a few words, the same for every occurrence
 * @param status the HTTP status
 * @param detail what went wrong this time, for people
 * @param field the request field or parameter at fault, when there is one
 * @param limit the configured limit that was exceeded ({@code maxBodyBytes}, ...), when one was
 * @param errors every problem found in a document that was refused (a rubric's JSON paths and
 *     reasons, a rule pack's files and lines), when there are several to name
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String field, String limit, List<?> errors) {
  /** The media type of a problem. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /** A problem with no list of faults. */
  public Problem(String type, String title, int status, String detail, String field, String limit) {
    this(type, title, status, detail, field, limit, null);
  }

  /** A title for a status from its reason phrase, in sentence case ("Method not allowed"). */
  public static String title(String reason) {
    if (reason == null || reason.isEmpty()) {
      return "Error";
    }
    return reason.substring(0, 1).toUpperCase(Locale.ROOT) + reason.substring(1).toLowerCase(Locale.ROOT);
  }

  /** A problem whose type is derived from its title ("Payload too large" gives {@code urn:assay:problem:payload-too-large}). */
  public static Problem of(int status, String title, String detail, String field, String limit) {
    return new Problem("urn:assay:problem:" + title.toLowerCase(Locale.ROOT).replace(' ', '-'), title, status, detail, field, limit, null);
  }
}
