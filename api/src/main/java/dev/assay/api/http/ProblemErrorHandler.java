package dev.assay.api.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own error answers (malformed requests, oversized headers: everything refused before
 * Javalin sees it) as problem JSON, with no stack trace and no server details.
 */
final class ProblemErrorHandler extends ErrorHandler {
  ProblemErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
    setShowOrigin(false);
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause, Callback callback)
      throws IOException {
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    response.write(true, ByteBuffer.wrap(Json.bytes(problem(code))), callback);
  }

  @Override
  @SuppressWarnings("removal") // still how Jetty 12.1 writes the body of a 400 or 431 it refuses itself
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, Problem.MEDIA_TYPE);
    return ByteBuffer.wrap(Json.bytes(problem(status)));
  }

  private static Problem problem(int code) {
    String reason = HttpStatus.getMessage(code);
    return Problem.of(code, Problem.title(reason), "the server refused the request: " + (reason == null ? code : reason), null,
        code == 413 ? "maxBodyBytes" : null);
  }
}
