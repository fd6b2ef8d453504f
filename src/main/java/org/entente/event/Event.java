package org.entente.event;

import java.time.LocalDate;
import java.util.List;
import org.entente.act.ActType;
import org.entente.date.DatePrecision;

/** One distinct interaction after merging all its mentions: a row of events.csv. */
public record Event(
    String eventId,
    LocalDate date,
    DatePrecision precision,
    String source,
    String sourceName,
    String target,
    String targetName,
    ActType type,
    int mentions,
    List<String> articleIds,
    LocalDate firstReported,
    String evidence,
    String evidenceArticle) {

  public boolean directed() { return type.directed(); }

  public int articles() { return articleIds.size(); }
}
