package org.entente.coding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.entente.article.InputArticle;
import org.entente.article.Page;
import org.entente.article.PublicationDate;
import org.entente.date.ResolvedDate;

/**
 * One article and the layers that span its sentences: the cleaned page and its publication date, the sentences
 * with their own layers, what the article is about ({@link Salience}), and the background events it dates ("the
 * coup on July 26"), by family, that offsets such as "days after the coup" count from.
 */
record ArticleAnnotation(InputArticle input, Page page, PublicationDate.Decision publication,
    List<SentenceAnnotation> sentences, Salience salience, Map<String, ResolvedDate> anchors) {

  LocalDate published() { return publication.published(); }

  ArticleAnnotation withSentences(List<SentenceAnnotation> v) {
    return new ArticleAnnotation(input, page, publication, List.copyOf(v), salience, anchors);
  }

  ArticleAnnotation withSalience(Salience v) {
    return new ArticleAnnotation(input, page, publication, sentences, v, anchors);
  }

  ArticleAnnotation withAnchors(Map<String, ResolvedDate> v) {
    return new ArticleAnnotation(input, page, publication, sentences, salience, Map.copyOf(v));
  }

  ResolvedDate anchor(String family) { return anchors.get(family); }
}
