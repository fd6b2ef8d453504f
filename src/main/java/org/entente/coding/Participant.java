package org.entente.coding;

/** One party as an act involves it, with the words that named it ("Nigerien defense chief Salifou Modi"). */
record Participant(String code, String text, ActorKind kind) {}
