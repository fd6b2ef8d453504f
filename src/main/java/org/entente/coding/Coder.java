package org.entente.coding;

import java.util.ArrayList;
import java.util.List;
import org.entente.act.TriggerFinder;
import org.entente.article.ArticleSummary;
import org.entente.article.InputArticle;
import org.entente.party.PartyFinder;
import org.entente.text.SentenceReader;

/**
 * Codes one article by running the stages in order, in the manner of CoreNLP's annotators: the page is read
 * into sentences; the article stages add the names, dates and salience of every sentence; then each sentence,
 * in order, passes through the sentence stages, each adding one layer, and leaves a {@link Discourse} for the
 * next. No stage calls another. Not thread-safe (the page stage owns OpenNLP tools): one per thread, all sharing
 * one {@link CoderResources}.
 */
public final class Coder {
  private final PageStage page;
  private final List<ArticleStage> articleStages;
  private final List<SentenceStage> sentenceStages;
  private final DiscourseStage discourse;

  public Coder(CoderResources resources) {
    this.page = new PageStage(new SentenceReader(resources.models()), resources.cues());
    this.articleStages = List.of(
        new NameStage(new PartyFinder(resources.parties()), resources.words(), resources.regions(),
            resources.places()),
        new DateStage(resources.words()),
        new SalienceStage(resources.parties(), resources.words(), resources.militaryRule()),
        new TriggerStage(new TriggerFinder(resources.lexicon())));
    this.sentenceStages = List.of(
        new ActorStage(resources.parties(), resources.words(), resources.regions(), resources.memberships()),
        new ClauseStage(resources.words()),
        new ModalityStage(resources.words()),
        new RoleStage(resources.parties(), resources.words(), resources.memberships(), resources.lexicon().classes(),
            resources.agreements()),
        new ActDateStage(resources.words()),
        new MentionStage());
    this.discourse = new DiscourseStage(resources.parties(), resources.words());
  }

  public CodedArticle code(InputArticle article) {
    if (!article.readable()) {
      return new CodedArticle(new ArticleSummary(article.id(), article.file(), article.title(), article.published(),
          article.published() == null ? "" : "manifest", article.outlet(), article.url(), 0, 0, article.warnings()),
          List.of());
    }
    ArticleAnnotation annotated = annotate(article);
    List<Mention> mentions = new ArrayList<>();
    annotated.sentences().forEach(s -> s.mentions().forEach(m -> mentions.add(m.mention())));
    List<String> warnings = new ArrayList<>(article.warnings());
    warnings.addAll(annotated.publication().warnings());
    return new CodedArticle(new ArticleSummary(article.id(), article.file(), annotated.page().title(),
        annotated.published(), annotated.publication().from(), article.outlet(), article.url(),
        annotated.sentences().size(), mentions.size(), warnings), mentions);
  }

  /** Every layer of every sentence: what {@link #code} reads its mentions from, and what tests look into. */
  ArticleAnnotation annotate(InputArticle article) {
    ArticleAnnotation annotated = page.read(article);
    for (ArticleStage stage : articleStages) annotated = stage.annotate(annotated);
    Discourse said = Discourse.START;
    List<SentenceAnnotation> done = new ArrayList<>();
    for (SentenceAnnotation sentence : annotated.sentences()) {
      if (!sentence.empty()) sentence = throughStages(sentence, annotated, said);
      said = discourse.after(said, sentence);
      done.add(sentence);
    }
    return annotated.withSentences(done);
  }

  /** One sentence through every sentence stage (a method of its own, so that the loop above stays small). */
  private SentenceAnnotation throughStages(SentenceAnnotation sentence, ArticleAnnotation article, Discourse said) {
    for (SentenceStage stage : sentenceStages) sentence = stage.annotate(sentence, article, said);
    return sentence;
  }
}
