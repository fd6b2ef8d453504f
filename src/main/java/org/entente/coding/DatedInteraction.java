package org.entente.coding;

import org.entente.date.ResolvedDate;

/** An interaction with the date the sentence gives it. */
record DatedInteraction(Interaction interaction, ResolvedDate date) {}
