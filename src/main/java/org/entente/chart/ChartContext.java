package org.entente.chart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the three charts are drawn from: the data, the index, the theme, the plotted period, the key dates shown
 * in it and the pivot of the mix chart.
 */
record ChartContext(FocusData data, AlignmentIndex index, Theme theme, LocalDate from, LocalDate to,
    List<KeyDate> keyDates, LocalDate pivot, String pivotLabel) {

  /** An own key date this close before the first event is pulled into the period: the coup that explains it all. */
  private static final long LEAD_IN_DAYS = 92;

  static ChartContext of(FocusData data, Theme theme, List<KeyDate> all, LocalDate pivot) {
    LocalDate from = data.first();
    LocalDate to = data.last();
    for (KeyDate k : all) {
      if (k.ownedBy(data.focus()) && k.date().isBefore(from)
          && ChronoUnit.DAYS.between(k.date(), from) <= LEAD_IN_DAYS) {
        from = k.date();
      }
    }
    Set<String> partners = new HashSet<>(data.partners());
    List<KeyDate> shown = KeyDate.relevant(all, data.focus(), partners, from, to);
    String label = null;
    if (pivot == null) {
      // The focus's own turning point if it has one in the period, else the first regional one, else mid-period.
      KeyDate chosen = shown.stream().filter(k -> k.ownedBy(data.focus())).findFirst()
          .orElse(shown.isEmpty() ? null : shown.get(0));
      if (chosen != null) {
        pivot = chosen.date();
        label = chosen.label();
      } else {
        pivot = from.plusDays(ChronoUnit.DAYS.between(from, to) / 2);
      }
    } else {
      LocalDate p = pivot;
      label = shown.stream().filter(k -> k.date().equals(p)).map(KeyDate::label).findFirst().orElse(null);
    }
    return new ChartContext(data, AlignmentIndex.of(data), theme, from, to, shown, pivot, label);
  }

  /** Axis bounds: the period plus a little air so marks at the ends are not cut by the plot edge. */
  double axisFrom() {
    return millis(from) - pad();
  }

  double axisTo() {
    return millis(to.plusDays(1)) + pad();
  }

  private double pad() {
    // At least ten days, so that a single event does not sit on the plot's edge.
    double days = Math.max(10, ChronoUnit.DAYS.between(from, to) * 0.03);
    return days * 86_400_000L;
  }

  static double millis(LocalDate d) {
    return d.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli();
  }

  String name(String code) { return data.name(code); }

  String focusName() { return data.focusName(); }

  /** Names for titles: "the United States" inside the sentence, "The United States" opening it. */
  String prose(String code) { return Theme.prose(name(code)); }

  String subject() { return Theme.subject(focusName()); }

  String period() { return Theme.period(from, to); }

  String pivotText() {
    return Theme.day(pivot) + (pivotLabel == null ? "" : " (" + pivotLabel + ")");
  }
}
