package org.entente.text;

import java.util.Locale;

/** The one place that decides when two spellings are the same word: case, typographic quotes and dashes. */
public final class Normalizer {
  private Normalizer() {}

  public static String norm(String word) {
    StringBuilder b = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      switch (c) {
        case '\u2019', '\u2018', '\u02BC', '`', '\u00B4' -> b.append('\'');
        case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> b.append('"');
        case '\u2013', '\u2014', '\u2011', '\u2010' -> b.append('-');
        default -> b.append(Character.toLowerCase(c));
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }
}
