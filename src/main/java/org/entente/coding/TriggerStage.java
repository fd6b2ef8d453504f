package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import org.entente.act.TriggerFinder;

/**
 * Adds the words that may state an act, with the lexicon rows they match (see acts.csv). It runs over the whole
 * article before the sentence stages because a trigger needs nothing but the sentence's words, and the act-date
 * stage reads the triggers of the sentences after the one it dates ("… has ended the accord. In a statement on
 * Thursday, the junta announced the termination …").
 */
final class TriggerStage implements ArticleStage {
  private final TriggerFinder finder;

  TriggerStage(TriggerFinder finder) { this.finder = finder; }

  @Override
  public ArticleAnnotation annotate(ArticleAnnotation article) {
    List<SentenceAnnotation> out = new ArrayList<>(article.sentences().size());
    for (SentenceAnnotation s : article.sentences()) {
      out.add(s.empty() ? s : s.withTriggers(finder.find(s.sentence().tokens())));
    }
    return article.withSentences(out);
  }
}
