package org.entente.coding;

import java.util.List;
import java.util.Map;
import org.entente.article.InputArticle;
import org.entente.article.Page;
import org.entente.article.PageCleaner;
import org.entente.article.PublicationDate;
import org.entente.text.SentenceReader;

/**
 * The first stage: cleans the page (bylines, captions, datelines), decides the publication date, and splits the
 * body into sentences, tokenizing only those that may matter ({@link CueWords}).
 */
final class PageStage {
  private final PageCleaner cleaner = new PageCleaner();
  private final PublicationDate publication = new PublicationDate();
  private final SentenceReader reader;
  private final CueWords cues;

  PageStage(SentenceReader reader, CueWords cues) {
    this.reader = reader;
    this.cues = cues;
  }

  ArticleAnnotation read(InputArticle article) {
    Page page = cleaner.clean(article.text(), article.title().isEmpty() ? null : article.title());
    PublicationDate.Decision published = publication.decide(article.published(), page.datelines(),
        page.body().text());
    List<SentenceAnnotation> sentences = reader.read(page.body(), cues.forArticle()).stream()
        .map(SentenceAnnotation::of)
        .toList();
    return new ArticleAnnotation(article, page, published, sentences, Salience.NONE, Map.of());
  }
}
