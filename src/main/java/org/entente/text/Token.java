package org.entente.text;

/**
 * A word or punctuation mark: {@code text} as written, {@code norm} lower-cased with typographic quotes and
 * apostrophes made plain; {@code start}/{@code end} are offsets in the cleaned text.
 */
public record Token(String text, String norm, int start, int end) {

  public boolean isCapitalised() { return !text.isEmpty() && Character.isUpperCase(text.charAt(0)); }

  public boolean is(String word) { return norm.equals(word); }

  public boolean isPunctuation() {
    return !text.isEmpty() && !Character.isLetterOrDigit(text.charAt(0));
  }
}
