package org.entente.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * What {@code entente code --update} knows an article by: the first 16 hex digits of SHA-256 over everything the
 * coder reads of it (id, file, text, and what the manifest or JSONL record says: publication date, outlet, URL,
 * title, warnings). The same article as read gives the same hash on any machine; a changed text or manifest row
 * gives another, and the article is coded again.
 */
public final class ContentHash {
  private ContentHash() {}

  public static String of(InputArticle a) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
    field(sha, a.id());
    field(sha, a.file());
    field(sha, a.text() == null ? null : a.text());
    field(sha, a.published() == null ? null : a.published().toString());
    field(sha, a.outlet());
    field(sha, a.url());
    field(sha, a.title());
    for (String w : a.warnings()) field(sha, w);
    return HexFormat.of().formatHex(sha.digest(), 0, 8);
  }

  /** Length-prefixed, so that no two different articles give the same bytes; null differs from "". */
  private static void field(MessageDigest sha, String value) {
    if (value == null) {
      sha.update((byte) 0);
      return;
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    sha.update((byte) 1);
    sha.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
    sha.update((byte) ':');
    sha.update(bytes);
  }
}
