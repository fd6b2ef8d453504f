package org.entente.event;

import java.time.LocalDate;
import java.util.List;
import org.entente.act.ActType;
import org.entente.date.DatePrecision;

/**
 * One distinct interaction after merging all its mentions: a row of events.csv. {@code codedBy} is
 * {@link CodedBy#ANALYST} when a correction changed it (see {@code org.entente.correction}).
 */
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
    String evidenceArticle,
    CodedBy codedBy) {

  /** An event as the coder made it. */
  public Event(String eventId, LocalDate date, DatePrecision precision, String source, String sourceName,
      String target, String targetName, ActType type, int mentions, List<String> articleIds, LocalDate firstReported,
      String evidence, String evidenceArticle) {
    this(eventId, date, precision, source, sourceName, target, targetName, type, mentions, articleIds, firstReported,
        evidence, evidenceArticle, CodedBy.CODER);
  }

  public Event withCodedBy(CodedBy by) {
    return new Event(eventId, date, precision, source, sourceName, target, targetName, type, mentions, articleIds,
        firstReported, evidence, evidenceArticle, by);
  }

  public boolean directed() { return type.directed(); }

  public int articles() { return articleIds.size(); }
}
