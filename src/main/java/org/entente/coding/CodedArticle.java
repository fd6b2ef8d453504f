package org.entente.coding;

import java.util.List;
import org.entente.article.ArticleSummary;

/** One article after coding: its row of articles.csv and its mentions in sentence order. */
public record CodedArticle(ArticleSummary summary, List<Mention> mentions) {

  public CodedArticle {
    mentions = List.copyOf(mentions);
  }
}
