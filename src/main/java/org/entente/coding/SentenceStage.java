package org.entente.coding;

/**
 * A stage that adds one layer to a sentence. It reads the sentence's earlier layers, the article's layers and
 * the discourse the sentences before left; it never calls another stage.
 */
interface SentenceStage {
  SentenceAnnotation annotate(SentenceAnnotation sentence, ArticleAnnotation article, Discourse discourse);
}
