package org.entente.article;

import java.time.LocalDate;
import java.util.List;

/**
 * One row of articles.csv: what was read from one input article and how much of it was coded. {@code contentHash}
 * identifies the article as read ({@link ContentHash}); empty until the run that read it sets it.
 */
public record ArticleSummary(
    String articleId,
    String file,
    String title,
    LocalDate published,
    String publishedFrom,
    String outlet,
    String url,
    int sentences,
    int mentions,
    List<String> warnings,
    String contentHash) {

  public ArticleSummary(String articleId, String file, String title, LocalDate published, String publishedFrom,
      String outlet, String url, int sentences, int mentions, List<String> warnings) {
    this(articleId, file, title, published, publishedFrom, outlet, url, sentences, mentions, warnings, "");
  }

  public ArticleSummary withMentions(int n) {
    return new ArticleSummary(articleId, file, title, published, publishedFrom, outlet, url, sentences, n, warnings,
        contentHash);
  }

  public ArticleSummary withContentHash(String hash) {
    return new ArticleSummary(articleId, file, title, published, publishedFrom, outlet, url, sentences, mentions,
        warnings, hash);
  }
}
