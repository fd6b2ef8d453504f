package org.entente.event;

import org.entente.coding.Mention;

/** A mention with its stable id and the id of the event it was merged into: a row of mentions.csv. */
public record LinkedMention(String mentionId, String eventId, Mention mention) {}
