package org.entente.chart;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which partners of the focus the charts show: as many as fit (the default), the {@code count} most active, or
 * exactly the listed {@code codes}. With a count (or by default), partners beyond it, or beyond what a chart can
 * label legibly, are drawn together as one "Other partners (N)" lane, bar or line, so every event is still shown;
 * with codes, only their events are shown.
 *
 * @param count how many partners to show by name; 0 = as many as fit; ignored when {@code codes} is not empty
 * @param codes exactly these partners, in the given order; empty = choose by activity
 */
public record PartnerChoice(int count, List<String> codes) {

  private static final String CODE = "[A-Z0-9]{2,12}";

  public PartnerChoice {
    if (count < 0) throw new IllegalArgumentException("a partner count cannot be negative");
    codes = codes == null ? List.of() : List.copyOf(codes);
  }

  /** As many partners as each chart can label. */
  public static PartnerChoice all() { return new PartnerChoice(0, List.of()); }

  public static PartnerChoice top(int n) {
    if (n < 1) throw new IllegalArgumentException("--partners must be at least 1, not " + n);
    return new PartnerChoice(n, List.of());
  }

  public static PartnerChoice exactly(List<String> codes) { return new PartnerChoice(0, codes); }

  /**
   * The CLI spelling: a whole number ("10") or comma-separated party codes ("FRA,RUS,USA", any case).
   *
   * @throws IllegalArgumentException with a message for the user when the value is neither
   */
  public static PartnerChoice parse(String value) {
    String v = value == null ? "" : value.strip();
    if (v.matches("\\d{1,9}")) return top(Integer.parseInt(v));
    if (v.matches("-\\d+")) throw new IllegalArgumentException("--partners must be at least 1, not " + v);
    Set<String> codes = new LinkedHashSet<>();
    for (String part : v.split(",", -1)) {
      String code = part.strip().toUpperCase(Locale.ROOT);
      if (!code.matches(CODE)) {
        throw new IllegalArgumentException("--partners takes a number or party codes such as FRA,RUS,USA, not '"
            + value + "'");
      }
      codes.add(code);
    }
    return exactly(new ArrayList<>(codes));
  }

  boolean listed() { return !codes.isEmpty(); }

  /** How many partners to name when choosing by activity, given a chart's own default. */
  int wanted(int chartDefault, int available) {
    int n = count > 0 ? count : chartDefault;
    return Math.min(n, available);
  }
}
