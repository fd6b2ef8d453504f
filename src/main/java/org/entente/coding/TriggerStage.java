package org.entente.coding;

import org.entente.act.TriggerFinder;

/** Adds the words that may state an act, with the lexicon rows they match (see acts.csv). */
final class TriggerStage implements SentenceStage {
  private final TriggerFinder finder;

  TriggerStage(TriggerFinder finder) { this.finder = finder; }

  @Override
  public SentenceAnnotation annotate(SentenceAnnotation sentence, ArticleAnnotation article, Discourse discourse) {
    return sentence.withTriggers(finder.find(sentence.sentence().tokens()));
  }
}
