package org.entente.article;

import java.time.LocalDate;
import java.util.List;

/** One row of articles.csv: what was read from one input article and how much of it was coded. */
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
    List<String> warnings) {}
