package org.entente.coding;

import org.entente.article.InputArticle;

/**
 * Codes one article: cleans the page, splits sentences, finds parties, acts and dates, and returns the
 * mentions with the article's summary row. Not thread-safe (it owns OpenNLP tools): one per thread, all sharing
 * one {@link CoderResources}.
 */
public final class Coder {
  private final CoderResources resources;

  public Coder(CoderResources resources) { this.resources = resources; }

  public CodedArticle code(InputArticle article) {
    throw new UnsupportedOperationException("being written");
  }
}
