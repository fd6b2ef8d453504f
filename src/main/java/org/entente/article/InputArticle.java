package org.entente.article;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as it arrives, before cleaning: the raw text ({@code null} when the file could not be read, with the
 * reason in {@code warnings}) and what the manifest or the JSONL record says about it.
 */
public record InputArticle(
    String id,
    String file,
    String text,
    LocalDate published,
    String outlet,
    String url,
    String title,
    List<String> warnings) {

  public InputArticle {
    warnings = List.copyOf(warnings);
  }

  /** An article with only an id, its text and its publication date (or null), as a library caller has it. */
  public static InputArticle of(String id, String text, LocalDate published) {
    return new InputArticle(id, id, text, published, "", "", "", List.of());
  }

  public boolean readable() { return text != null; }
}
