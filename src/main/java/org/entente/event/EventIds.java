package org.entente.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.entente.coding.Mention;

/**
 * The stable ids of DATASET.md. A mention id names where the mention stands, {@code <article>-s<sentence>-m<n>}, so
 * it depends only on its own article. An event id names the event's anchor mention: the one reported first
 * (earliest publication date of its article, undated articles last; then the smallest mention id; the coder's
 * mentions before an analyst's). Adding articles never changes a mention id, and changes an event id only when a
 * new article reports the same act with an earlier publication date; since every event id is the hash of one
 * mention id, a correction that names an event can still find it through that mention ({@link #eventId}).
 */
public final class EventIds {
  private EventIds() {}

  /** {@code <article_id>-s<sentence>-m<n>}, n being the 1-based position among that sentence's mentions. */
  public static String mentionId(Mention m, int n) {
    return m.articleId() + "-s" + m.sentence() + "-m" + n;
  }

  /** {@code ev-} and the first 12 hex digits of SHA-256 over the id of the event's anchor mention. */
  public static String eventId(String anchorMentionId) {
    return "ev-" + HexFormat.of().formatHex(sha256(anchorMentionId), 0, 6);
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
