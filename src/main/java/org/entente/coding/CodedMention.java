package org.entente.coding;

/** A mention with the interaction it was built from, whose source is the actor as the words ordered it. */
record CodedMention(Interaction interaction, Mention mention) {}
