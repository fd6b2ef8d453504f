package org.entente.event;

import java.util.List;
import org.entente.article.ArticleSummary;

/** Everything `entente code` writes: the three tables, in output order. */
public record Dataset(List<ArticleSummary> articles, List<LinkedMention> mentions, List<Event> events) {}
