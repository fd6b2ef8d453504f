package org.entente.chart;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.entente.table.Schemas;

/**
 * A generated events.csv of one focus with many partners over many years, the size of an analyst's corpus: a few
 * busy partners and many with one or two events, dates of every precision, and a realignment half way (the old
 * partners' acts turn hostile, new partners' friendly). Deterministic for a seed.
 */
final class SyntheticEvents {

  /** category, subtype, cameo, goldstein, plover, directed: as the coder writes them. */
  private static final String[][] ACTS = {
      {"cooperation", "visit", "042", "1.9", "CONSULT / visit", "true"},
      {"cooperation", "agreement", "057", "8.0", "SUPPORT", "false"},
      {"cooperation", "military", "062", "7.4", "COOPERATE / military", "false"},
      {"cooperation", "economic", "061", "6.4", "COOPERATE / economic", "false"},
      {"alliance", "formation", "057", "8.0", "SUPPORT (military context)", "false"},
      {"withdrawal", "forces", "166", "-7.0", "SANCTION / withdraw", "true"},
      {"withdrawal", "agreement", "160", "-4.0", "SANCTION / withdraw", "true"},
      {"expulsion", "diplomat", "161", "-4.0", "SANCTION / expel", "true"},
      {"expulsion", "forces", "166", "-7.0", "SANCTION / expel", "true"},
  };

  private SyntheticEvents() {}

  /** Writes {@code dir/events.csv}: {@code partners} states with {@code focus} from {@code start}, over {@code years}. */
  static Path write(Path dir, String focus, int partners, LocalDate start, int years, long seed) throws IOException {
    List<String[]> states = states(focus, partners);
    Random r = new Random(seed);
    List<String> lines = new ArrayList<>();
    lines.add(String.join(",", Schemas.EVENTS.columnNames()));
    String focusName = focusName(focus);
    long days = start.plusYears(years).toEpochDay() - start.toEpochDay() - 1;
    int id = 0;
    for (int p = 0; p < states.size(); p++) {
      String code = states.get(p)[0];
      String name = states.get(p)[1];
      // A long tail: the first partners are busy, most have a handful of events.
      int n = 1 + (int) Math.round(40.0 / (1 + p * 0.6)) + r.nextInt(2);
      boolean oldFriend = p % 3 == 0;
      boolean newFriend = p % 3 == 1;
      for (int k = 0; k < n; k++) {
        LocalDate d = start.plusDays((long) (r.nextDouble() * days));
        boolean late = d.isAfter(start.plusDays(days / 2));
        boolean hostile = oldFriend ? late && r.nextDouble() < 0.8 : newFriend ? !late && r.nextDouble() < 0.5
            : r.nextDouble() < 0.3;
        String[] act = ACTS[hostile ? 5 + r.nextInt(4) : r.nextInt(5)];
        double u = r.nextDouble();
        String precision = u < 0.65 ? "day" : u < 0.8 ? "month" : u < 0.85 ? "year" : "reported";
        if (precision.equals("month")) d = d.withDayOfMonth(1);
        if (precision.equals("year")) d = d.withDayOfYear(1);
        if (d.isBefore(start)) d = start;
        boolean directed = act[5].equals("true");
        boolean focusActs = r.nextBoolean();
        String source;
        String target;
        if (!directed) {
          source = focus.compareTo(code) < 0 ? focus : code;
          target = source.equals(focus) ? code : focus;
        } else {
          source = focusActs ? focus : code;
          target = focusActs ? code : focus;
        }
        String sourceName = source.equals(focus) ? focusName : name;
        String targetName = target.equals(focus) ? focusName : name;
        int articles = 1 + (r.nextDouble() < 0.3 ? r.nextInt(6) : 0);
        String eid = String.format("sy-%05d", ++id);
        lines.add(String.join(",", eid, d.toString(), precision, source, csv(sourceName), target, csv(targetName),
            act[5], act[0], act[1], act[2], act[3], csv(act[4]), Integer.toString(articles),
            Integer.toString(articles), "s" + id, d.toString(), csv("Synthetic event " + id + "."), "s" + id,
            "coder"));
      }
    }
    Files.createDirectories(dir);
    return Files.write(dir.resolve("events.csv"), (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The first {@code n} states of the bundled party list, other than the focus. */
  private static List<String[]> states(String focus, int n) throws IOException {
    List<String[]> out = new ArrayList<>();
    for (String line : parties()) {
      String[] f = line.split(",", -1);
      if (f.length < 3 || !f[2].equals("state") || f[0].equals(focus) || f[1].contains("\"")) continue;
      out.add(new String[] {f[0], f[1]});
      if (out.size() == n) break;
    }
    if (out.size() < n) throw new IllegalStateException("only " + out.size() + " states in parties.csv");
    return out;
  }

  private static String focusName(String focus) throws IOException {
    for (String line : parties()) {
      String[] f = line.split(",", -1);
      if (f[0].equals(focus)) return f[1];
    }
    return focus;
  }

  private static List<String> parties() throws IOException {
    try (InputStream in = SyntheticEvents.class.getResourceAsStream("/org/entente/dict/parties.csv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.startsWith("#")).toList();
    }
  }

  private static String csv(String s) {
    return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
