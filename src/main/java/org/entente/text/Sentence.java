package org.entente.text;

import java.util.List;

/**
 * One sentence of an article: its 1-based index, the 0-based index of its paragraph, its span in the cleaned
 * text, the same span in the original file ({@code originalStart}/{@code originalEnd}, UTF-16 offsets), the
 * cleaned text and its tokens.
 */
public record Sentence(int index, int paragraph, int start, int end, int originalStart, int originalEnd,
    String text, List<Token> tokens) {

  public Sentence {
    tokens = List.copyOf(tokens);
  }

  public Token token(int i) { return tokens.get(i); }

  public int size() { return tokens.size(); }

  /** The words of tokens [from, to) as written in the cleaned text. */
  public String span(int from, int to) {
    if (from >= to) return "";
    return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
  }
}
