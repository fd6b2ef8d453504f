package org.entente.correction;

/**
 * Where an added mention's evidence stands in its article: the sentence (numbered as the coder numbers them), its
 * UTF-16 span in the original file, and its text with whitespace runs folded, as mentions.csv gives every
 * sentence.
 */
public record Located(String quote, int sentence, int start, int end, String text) {}
