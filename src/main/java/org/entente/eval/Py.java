package org.entente.eval;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * The few Python string and number semantics score.py relies on. Python strings are sequences of code
 * points, Java strings of UTF-16 units; they differ beyond the Basic Multilingual Plane, so slicing,
 * padding and ordering go through code points here.
 */
final class Py {

  private Py() {}

  /** {@code a < b} as Python orders str: by code point, not by UTF-16 unit as String.compareTo does. */
  static int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  /** {@code s[:n]}. */
  static String head(String s, int n) {
    return s.codePointCount(0, s.length()) <= n ? s : s.substring(0, s.offsetByCodePoints(0, n));
  }

  /** {@code f"{s:width}"}: left-aligned, padded with spaces to width code points, never cut. */
  static String pad(String s, int width) {
    int missing = width - s.codePointCount(0, s.length());
    return missing > 0 ? s + " ".repeat(missing) : s;
  }

  /** {@code s.split('|')}: unlike String.split, keeps empty pieces, so "" gives [""]. */
  static List<String> splitBar(String s) {
    List<String> parts = new ArrayList<>();
    int from = 0;
    for (int bar = s.indexOf('|'); bar >= 0; bar = s.indexOf('|', from)) {
      parts.add(s.substring(from, bar));
      from = bar + 1;
    }
    parts.add(s.substring(from));
    return parts;
  }

  /**
   * {@code round(x, 3)} as a decimal: Python rounds the exact binary value half-even, which is what
   * BigDecimal(double) sees. The result is also what {@code repr(round(x, 3))} prints, since no shorter
   * decimal maps to the same double.
   */
  static BigDecimal round3(double x) {
    return new BigDecimal(x).setScale(3, RoundingMode.HALF_EVEN);
  }

  /** {@code repr(round(x, 3))}: "1.0", "0.5", "0.667". */
  static String repr3(double x) {
    BigDecimal d = round3(x).stripTrailingZeros();
    return (d.scale() < 1 ? d.setScale(1) : d).toPlainString();
  }
}
