package dev.assay.api.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;

/**
 * Reads request bodies under a size limit, whatever the framing: a declared length over the limit
 * is refused before reading, and a chunked body is read only up to one byte past it.
 */
final class Bodies {
  private Bodies() {}

  /**
   * The body as strict UTF-8 text.
   *
   * @param max the most bytes allowed
   * @param limit the limit's name, for the 413 problem
   */
  static String text(Context ctx, long max, String limit) {
    long declared = ctx.req().getContentLengthLong();
    if (declared > max) {
      throw ProblemException.tooLarge(null, limit, "the request body is " + declared + " bytes, over the limit of " + max);
    }
    byte[] bytes;
    try {
      InputStream in = ctx.req().getInputStream();
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the request body", e);
    }
    if (bytes.length > max) {
      throw ProblemException.tooLarge(null, limit, "the request body is over the limit of " + max + " bytes");
    }
    try {
      return dev.assay.api.Inputs.strictUtf8(bytes);
    } catch (CharacterCodingException e) {
      throw ProblemException.badRequest(null, "the request body is not UTF-8 text");
    }
  }
}
