package org.entente.chart;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.aggregate.AggregateFunctions;
import tech.tablesaw.api.Row;
import tech.tablesaw.api.Table;

/**
 * Per partner, the running sum of the Goldstein weights of its events with the focus, one step per event date.
 * Month- and year-dated events count from the first day of their period, as events.csv dates them. The final
 * values order the partners in every chart (closest at the top) and word the titles.
 */
record AlignmentIndex(Map<String, List<Step>> steps, Map<String, Double> finals, List<String> order) {

  /** The index of one partner from {@code date} on. */
  record Step(LocalDate date, double index) {}

  static AlignmentIndex of(FocusData data) {
    Table perDay = data.table().summarize("goldstein", AggregateFunctions.sum).by("partner", "date");
    Map<String, TreeMap<LocalDate, Double>> sums = new TreeMap<>();
    for (Row r : perDay) {
      sums.computeIfAbsent(r.getString("partner"), p -> new TreeMap<>()).put(r.getDate("date"), r.getDouble(2));
    }
    Map<String, List<Step>> steps = new LinkedHashMap<>();
    Map<String, Double> finals = new LinkedHashMap<>();
    for (var entry : sums.entrySet()) {
      List<Step> list = new ArrayList<>();
      double run = 0;
      for (var d : entry.getValue().entrySet()) {
        run = round(run + d.getValue());
        list.add(new Step(d.getKey(), run));
      }
      steps.put(entry.getKey(), List.copyOf(list));
      finals.put(entry.getKey(), run);
    }
    List<String> order = finals.keySet().stream()
        .sorted(Comparator.comparingDouble((String p) -> -finals.get(p)).thenComparing(p -> p))
        .toList();
    return new AlignmentIndex(Map.copyOf(steps), Map.copyOf(finals), order);
  }

  /** One decimal, as the Goldstein weights have: keeps 0.1 + 0.2 sums from printing as 0.30000000000000004. */
  static double round(double v) { return Math.round(v * 10.0) / 10.0; }

  double fin(String partner) { return finals.getOrDefault(partner, 0.0); }

  /** A partner's steps; none for a partner asked for by code that has no event in the window. */
  List<Step> of(String partner) { return steps.getOrDefault(partner, List.of()); }

  /** Closest partners (highest final index) first, then by code: the order of lanes and bars, top down. */
  Comparator<String> closestFirst() {
    return Comparator.comparingDouble((String p) -> -fin(p)).thenComparing(p -> p);
  }

  /**
   * The mean index of several partners: the line of "Other partners". Their sum would dwarf the named lines (fifty
   * small partners add up to more than any one big one); the mean reads on the same scale as each of them.
   */
  List<Step> mean(List<String> partners) {
    TreeMap<LocalDate, Double> deltas = new TreeMap<>();
    for (String p : partners) {
      double before = 0;
      for (Step s : of(p)) {
        deltas.merge(s.date(), s.index() - before, Double::sum);
        before = s.index();
      }
    }
    List<Step> out = new ArrayList<>();
    double run = 0;
    for (var d : deltas.entrySet()) {
      run += d.getValue();
      out.add(new Step(d.getKey(), round(run / partners.size())));
    }
    return List.copyOf(out);
  }

  /** Partners whose index ended below zero, most negative first. */
  List<String> fallers() {
    List<String> out = new ArrayList<>(order.stream().filter(p -> fin(p) < 0).toList());
    java.util.Collections.reverse(out);
    return List.copyOf(out);
  }

  /** Partners whose index ended above zero, most positive first. */
  List<String> risers() {
    return order.stream().filter(p -> fin(p) > 0).toList();
  }
}
