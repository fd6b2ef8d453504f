package org.entente.text;

/**
 * A word or punctuation mark: {@code text} as written, {@code norm} lower-cased with typographic quotes and
 * apostrophes made plain; {@code start}/{@code end} are offsets in the cleaned text.
 */
public record Token(String text, String norm, int start, int end) {

  public boolean isCapitalised() { return !text.isEmpty() && Character.isUpperCase(text.charAt(0)); }

  public boolean is(String word) { return norm.equals(word); }

  /** Tokens [from, to) as written: one space where the text had any, none where the words touched. */
  public static String join(java.util.List<Token> tokens, int from, int to) {
    StringBuilder b = new StringBuilder();
    for (int k = from; k < Math.min(to, tokens.size()); k++) {
      if (k > from && tokens.get(k).start() > tokens.get(k - 1).end()) b.append(' ');
      b.append(tokens.get(k).text());
    }
    return b.toString();
  }

  public boolean isPunctuation() {
    return !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0));
  }
}
