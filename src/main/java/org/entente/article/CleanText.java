package org.entente.article;

/**
 * An article's text with page debris removed and hard-wrapped lines re-joined: paragraphs are separated by a
 * blank line, and {@code origin[i]} is the offset in the original file's text of cleaned character {@code i}, so
 * that every sentence found here can be cited in the original.
 */
public record CleanText(String text, int[] origin) {

  /** The original span [start, end) that the cleaned span [from, to) came from. */
  public int originalStart(int from) { return origin[from]; }

  public int originalEnd(int to) { return origin[to - 1] + 1; }
}
