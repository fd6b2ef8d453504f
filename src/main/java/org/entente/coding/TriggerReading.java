package org.entente.coding;

import org.entente.act.Trigger;

/**
 * What a trigger states: an act ({@code act}), or a plan, wish, denial, question or a promise of another act,
 * which is not coded. {@code announcedFuture}: a decision announced for later ("said its troops would leave"),
 * dated by its announcement.
 */
record TriggerReading(Trigger trigger, boolean act, boolean announcedFuture) {}
