package org.entente.coding;

import org.entente.act.ActType;

/** Who did what to whom according to one trigger, before dating: one directed or undirected pair. */
record Interaction(Participant source, Participant target, ActType type, int triggerHead, int triggerEnd) {}
