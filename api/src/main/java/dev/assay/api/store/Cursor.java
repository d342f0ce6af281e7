package dev.assay.api.store;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/** The opaque listing cursor: the sort values (time, id) of the last item shown, base64url. */
final class Cursor {
  private Cursor() {}

  static String encode(long createdAt, String id) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString((createdAt + ":" + id).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The position after which to continue, for a reader of {@code maxDoc} documents: the doc id is
   * the last one, so the item the cursor names, the only one equal in every sort field, never repeats.
   */
  static FieldDoc decode(String cursor, int maxDoc) {
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      int colon = s.indexOf(':');
      if (colon <= 0) {
        throw new IllegalArgumentException("no separator");
      }
      long created = Long.parseLong(s.substring(0, colon));
      return new FieldDoc(Math.max(0, maxDoc - 1), Float.NaN, new Object[] {created, new BytesRef(s.substring(colon + 1))});
    } catch (IllegalArgumentException e) {
      throw new InvalidQueryException("cursor", null, "cursor: not a cursor this server gave out");
    }
  }
}
