package org.entente.event;

import org.entente.coding.Mention;

/**
 * A mention with its stable id and the id of the event it was merged into: a row of mentions.csv. Before the
 * merge, {@code eventId} is null.
 */
public record LinkedMention(String mentionId, String eventId, Mention mention, CodedBy codedBy) {

  /** A mention as the coder made it. */
  public LinkedMention(String mentionId, String eventId, Mention mention) {
    this(mentionId, eventId, mention, CodedBy.CODER);
  }

  public LinkedMention withEventId(String id) { return new LinkedMention(mentionId, id, mention, codedBy); }
}
