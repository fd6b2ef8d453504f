package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.entente.dictionary.Dictionaries;
import org.entente.export.ExportTable;
import org.entente.export.ExportWriter;
import org.entente.export.Exporter;
import org.entente.export.Filter;
import org.entente.export.Unit;
import org.entente.table.CsvTable;
import org.entente.table.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", sortOptions = false,
    description = {"Write one table of a dataset: its events, or a balanced panel of dyads or parties by month or "
        + "year, filtered; as CSV (with a sidecar FILE.json saying what was exported) or XLSX (with a codebook "
        + "and an export sheet).",
        "Panels count each event in the period that holds the start of its date span, zero-filled over the "
            + "window; undated events are left out and their number printed."})
final class ExportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DataOption data;

  @Option(names = "--unit", paramLabel = "UNIT", defaultValue = "event",
      description = "event (the rows of events.csv that pass), dyad-month, dyad-year, party-month or party-year "
          + "(default: ${DEFAULT-VALUE}).")
  String unit;

  @Option(names = "--party", paramLabel = "CODE", split = ",",
      description = "Only events with one of these parties on either side, e.g. NER,MLI; a party panel has a row "
          + "for each of them.")
  List<String> parties = new ArrayList<>();

  @Option(names = "--dyad", paramLabel = "A,B",
      description = "Only events between A and B, either direction (repeatable); a dyad panel has a row for each "
          + "dyad given, else for every dyad of the events that pass.")
  List<String> dyads = new ArrayList<>();

  @Option(names = "--from", paramLabel = "DATE",
      description = "Only events that start on or after DATE: YYYY-MM-DD, YYYY-MM or YYYY (its first day).")
  String from;

  @Option(names = "--to", paramLabel = "DATE",
      description = "Only events that start on or before DATE: YYYY-MM-DD, YYYY-MM or YYYY (its last day).")
  String to;

  @Option(names = "--category", paramLabel = "C", split = ",",
      description = "Only events of these categories: cooperation, expulsion, withdrawal, alliance.")
  List<String> categories = new ArrayList<>();

  @Option(names = "--min-articles", paramLabel = "N", description = "Only events reported by at least N articles.")
  Integer minArticles;

  @Option(names = "--out", paramLabel = "FILE.csv|FILE.xlsx",
      description = "Where to write the table, as CSV or XLSX by its extension (default: CSV on stdout).")
  Path out;

  @Mixin QuietOption quiet;

  @Override
  public Integer call() {
    Unit u = Unit.of(unit).orElseThrow(() -> usage("--unit must be event, dyad-month, dyad-year, party-month or "
        + "party-year, not '" + unit + "'"));
    if (out != null) {
      String name = out.getFileName() == null ? "" : out.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!name.endsWith(".csv") && !name.endsWith(".xlsx")) {
        throw usage("--out must name a .csv or .xlsx file, not '" + out + "'");
      }
      if (Files.isDirectory(out)) throw new CliException(out + ": a folder, not a file (--out)");
    }
    Filter filter = filter();
    Path events = data.dataDir.resolve(Schemas.EVENTS.fileName());
    checkParties(filter);
    ExportTable table = new Exporter().export(data.dataDir, filter, u);
    PrintWriter stdout = spec.commandLine().getOut();
    if (out == null) {
      stdout.print(new String(ExportWriter.csv(table), StandardCharsets.UTF_8));
      stdout.flush();
    } else {
      ExportWriter.write(table, out, new ExportWriter.About(data.dataDir, sha256(events), Version.current(), filter));
    }
    PrintWriter err = spec.commandLine().getErr();
    if (u.panel() && table.undatedLeftOut() > 0) {
      err.printf("entente: %d undated event%s left out of the panel%n", table.undatedLeftOut(),
          table.undatedLeftOut() == 1 ? "" : "s");
    }
    if (!quiet.quiet && out != null) {
      stdout.printf("%s: %d rows (%s)%n", out, table.rows().size(), u.code());
    }
    return ExitCodes.OK;
  }

  private Filter filter() {
    Set<String> partySet = new LinkedHashSet<>();
    for (String p : parties) partySet.add(code(p, "--party"));
    Set<List<String>> dyadSet = new LinkedHashSet<>();
    for (String d : dyads) {
      String[] ab = d.split(",", -1);
      if (ab.length != 2) throw usage("--dyad takes two party codes, A,B, not '" + d + "'");
      String a = code(ab[0], "--dyad");
      String b = code(ab[1], "--dyad");
      if (a.equals(b)) throw usage("--dyad takes two different parties, not '" + d + "'");
      dyadSet.add(a.compareTo(b) < 0 ? List.of(a, b) : List.of(b, a));
    }
    LocalDate start = from == null ? null : bound(from, "--from", true);
    LocalDate end = to == null ? null : bound(to, "--to", false);
    if (start != null && end != null && start.isAfter(end)) {
      throw usage("--from " + from + " is after --to " + to);
    }
    Set<String> categorySet = new LinkedHashSet<>();
    for (String c : categories) {
      String s = c.strip();
      if (!Exporter.CATEGORIES.contains(s)) {
        throw usage("--category must be among " + String.join(", ", Exporter.CATEGORIES) + ", not '" + c + "'");
      }
      categorySet.add(s);
    }
    if (minArticles != null && minArticles < 1) throw usage("--min-articles must be at least 1, not " + minArticles);
    return new Filter(partySet, dyadSet, start, end, categorySet, minArticles);
  }

  /** Codes the bundled dictionary or the dataset knows; anything else is a typo. */
  private void checkParties(Filter f) {
    Set<String> asked = new TreeSet<>(f.parties());
    f.dyads().forEach(asked::addAll);
    if (asked.isEmpty()) return;
    Set<String> known = new TreeSet<>(Exporter.parties(data.dataDir));
    for (CsvTable.Row r : Dictionaries.bundled().table("parties.csv").rows()) known.add(r.get("code"));
    for (String p : asked) {
      if (!known.contains(p)) {
        throw usage("'" + p + "' is not a party code of the dictionary or the dataset (e.g. NER, RUS, ECOWAS)");
      }
    }
  }

  private String code(String raw, String option) {
    String c = raw.strip();
    if (!c.matches("[A-Z][A-Z0-9]*")) {
      throw usage(option + " takes party codes in capitals (e.g. NER, ECOWAS), not '" + raw + "'");
    }
    return c;
  }

  /** YYYY-MM-DD, or a month or year: its first day for --from, its last for --to. */
  private LocalDate bound(String value, String option, boolean start) {
    String v = value.strip();
    try {
      if (v.matches("\\d{4}-\\d{2}-\\d{2}")) return LocalDate.parse(v);
      if (v.matches("\\d{4}-\\d{2}")) {
        YearMonth m = YearMonth.parse(v);
        return start ? m.atDay(1) : m.atEndOfMonth();
      }
      if (v.matches("\\d{4}")) {
        int y = Integer.parseInt(v);
        return start ? LocalDate.of(y, 1, 1) : LocalDate.of(y, 12, 31);
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    throw usage(option + " takes a date, YYYY-MM-DD, YYYY-MM or YYYY, not '" + value + "'");
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException | NoSuchAlgorithmException e) {
      return "";
    }
  }
}
