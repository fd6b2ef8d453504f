package org.entente.coding;

/** A stage that adds a layer spanning the article's sentences (names, dates, salience), reading earlier layers. */
interface ArticleStage {
  ArticleAnnotation annotate(ArticleAnnotation article);
}
