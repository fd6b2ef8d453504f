package org.entente.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One drawn lane, bar, line or matrix row: one partner, or the least active partners folded into one
 * "Other partners (N)" so that a chart never draws more than it can label.
 *
 * @param label the text drawn beside it, and the value of the chart CSV's lane/bar/line/row column
 * @param members the partner codes it holds (one, unless {@code other})
 */
record Lane(String label, List<String> members, boolean other) {

  Lane {
    members = List.copyOf(members);
  }

  static Lane of(ChartContext ctx, String code) { return new Lane(ctx.name(code), List.of(code), false); }

  static Lane others(List<String> codes) {
    return new Lane("Other partners (" + codes.size() + ")", codes.stream().sorted().toList(), true);
  }

  boolean holds(String code) { return members.contains(code); }

  /**
   * The {@code named} most active partners of the context, each in its own lane in {@code order}, then one lane for
   * the rest (at the end). A single leftover partner is named rather than folded: it takes a lane either way.
   */
  static List<Lane> choose(ChartContext ctx, int named, Comparator<String> order) {
    List<String> ranked = ctx.ranked();
    int n = Math.max(1, Math.min(named, ranked.size()));
    if (ranked.size() - n == 1) n = ranked.size();
    List<String> shown = new ArrayList<>(ranked.subList(0, n));
    shown.sort(order);
    List<Lane> lanes = new ArrayList<>();
    for (String p : shown) lanes.add(of(ctx, p));
    if (n < ranked.size()) lanes.add(others(ranked.subList(n, ranked.size())));
    return List.copyOf(lanes);
  }

  /** The lane that holds {@code code}. */
  static Lane find(List<Lane> lanes, String code) {
    for (Lane l : lanes) if (l.holds(code)) return l;
    throw new IllegalStateException("no lane holds " + code);
  }

  /** The partners of the named (not folded) lanes, for titles: a title names only what the chart labels. */
  static List<String> named(List<Lane> lanes) {
    return lanes.stream().filter(l -> !l.other()).map(l -> l.members().get(0)).toList();
  }
}
