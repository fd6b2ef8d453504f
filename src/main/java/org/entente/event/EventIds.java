package org.entente.event;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;

/**
 * The stable ids of DATASET.md. A mention id names where the mention stands; an event id hashes what the event
 * is (type, parties, date), so it depends on neither input order nor unrelated articles, and survives a re-run.
 */
public final class EventIds {
  private EventIds() {}

  /** {@code <article_id>-s<sentence>-m<n>}, n being the 1-based position among that sentence's mentions. */
  public static String mentionId(Mention m, int n) {
    return m.articleId() + "-s" + m.sentence() + "-m" + n;
  }

  /** {@code ev-} and the first 12 hex digits of SHA-256 over the event's canonical key. */
  public static String eventId(EventKind kind, LocalDate date, DatePrecision precision) {
    // '|' cannot occur in a type label, a party code, an ISO date or a precision code: the key is unambiguous.
    String key = String.join("|", kind.type().label(), kind.source(), kind.target(),
        date == null ? "" : date.toString(), precision.code());
    return "ev-" + HexFormat.of().formatHex(sha256(key), 0, 6);
  }

  private static byte[] sha256(String key) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
