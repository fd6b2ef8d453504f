package org.entente.date;

/** A date expression at tokens [from, to) of a sentence, resolved against the publication date. */
public record DateMention(int from, int to, ResolvedDate date) {}
