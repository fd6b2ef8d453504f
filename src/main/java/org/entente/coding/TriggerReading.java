package org.entente.coding;

import java.util.List;
import org.entente.act.ActEntry;
import org.entente.act.Trigger;

/**
 * What a trigger states: an act, read through {@code entries} (the lexicon rows that fit its polarity, in order),
 * or — with no entries — a plan, wish, denial, question or a promise of another act, which is not coded.
 * {@code announcedFuture}: a decision announced for later ("said its troops would leave"), dated by its
 * announcement.
 */
record TriggerReading(Trigger trigger, List<ActEntry> entries, boolean announcedFuture) {

  boolean act() { return !entries.isEmpty(); }
}
