package org.entente.chart;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * What the charts are drawn from: the events in the window with the partners asked for, the index, the theme, the
 * window, the key dates shown in it, the pivot of the mix chart, the period of the matrix and the partners ranked
 * by activity.
 *
 * @param askedFrom --from, or null
 * @param askedTo --to, or null
 * @param ranked the partners from most to least active; with --partners CODE,..., exactly those codes
 */
record ChartContext(FocusData data, AlignmentIndex index, Theme theme, LocalDate from, LocalDate to,
    LocalDate askedFrom, LocalDate askedTo, List<KeyDate> keyDates, Pivot pivot, Period period, PartnerChoice choice,
    List<String> ranked) {

  /** True when --from or --to set the window: the charts then say so. */
  boolean windowed() { return askedFrom != null || askedTo != null; }

  /** An own key date this close before the first event is pulled into the period: the coup that explains it all. */
  private static final long LEAD_IN_DAYS = 92;

  static ChartContext of(FocusData all, Theme theme, List<KeyDate> keyDates, ChartSettings s) {
    String focus = all.focus();
    // Tablesaw packs dates into an int: LocalDate.MIN and MAX do not fit.
    LocalDate askedFrom = s.from() == null ? LocalDate.of(1, 1, 1) : s.from();
    LocalDate askedTo = s.to() == null ? LocalDate.of(9999, 12, 31) : s.to();
    FocusData data = all.window(askedFrom, askedTo);
    if (data.isEmpty()) {
      throw new ChartException("no dated events involve " + focus + " " + window(s) + " in " + all.eventsFile());
    }
    PartnerChoice choice = s.partners();
    if (choice.codes().contains(focus)) {
      throw new ChartException("--partners lists " + focus + ", the focus itself");
    }
    if (choice.listed()) {
      data = data.only(choice.codes());
      if (data.isEmpty()) {
        throw new ChartException("no dated events between " + focus + " and " + String.join(", ", choice.codes())
            + (s.from() != null || s.to() != null ? " " + window(s) : "") + " in " + all.eventsFile());
      }
    }
    LocalDate from = s.from() != null ? s.from() : leadIn(data, keyDates);
    LocalDate to = s.to() != null ? s.to() : data.last();

    List<KeyDate> shown = KeyDate.relevant(keyDates, focus, from, to);
    Pivot pivot = Pivot.choose(s.pivot(), shown, data.events(), from, to);
    Period period = s.period() != null ? s.period() : Period.forSpan(from, to);
    List<String> ranked = new ArrayList<>(data.byActivity());
    // A partner asked for by code but without events in the window still gets its (empty) lane.
    for (String code : choice.codes()) if (!ranked.contains(code)) ranked.add(code);
    return new ChartContext(data, AlignmentIndex.of(data), theme, from, to, s.from(), s.to(), shown, pivot, period,
        choice, List.copyOf(ranked));
  }

  /** "from 2024-01-01", "up to 2024-06-30", "between 2024-01-01 and 2024-06-30". */
  private static String window(ChartSettings s) {
    if (s.from() != null && s.to() != null) return "between " + s.from() + " and " + s.to();
    return s.from() != null ? "from " + s.from() : "up to " + s.to();
  }

  /** The first event's date, or the focus's own key date shortly before it. */
  private static LocalDate leadIn(FocusData data, List<KeyDate> keyDates) {
    LocalDate from = data.first();
    for (KeyDate k : keyDates) {
      if (k.ownedBy(data.focus()) && k.date().isBefore(from)
          && ChronoUnit.DAYS.between(k.date(), from) <= LEAD_IN_DAYS) {
        from = k.date();
      }
    }
    return from;
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

  /**
   * Titles of a window the user set say it, so that their claim is read as one about that window: "Between 1 Jan
   * 2023 and 30 Jun 2024, Niger's ties worsened with France".
   */
  List<String> scoped(List<String> titles) {
    if (!windowed()) return titles;
    String lead = askedFrom != null && askedTo != null ? "Between " + Theme.day(from) + " and " + Theme.day(to)
        : askedFrom != null ? "From " + Theme.day(from) : "Up to " + Theme.day(to);
    return titles.stream().map(t -> lead + ", " + t).toList();
  }

  /** The period charted: months from the data, or the exact days of a window the user set. */
  String span() {
    return windowed() ? Theme.day(from) + " – " + Theme.day(to) : Theme.period(from, to);
  }
}
