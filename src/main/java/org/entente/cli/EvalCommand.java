package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.eval.EvalReport;
import org.entente.eval.Scorer;
import org.entente.table.Schemas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "eval", sortOptions = false,
    description = {"Score DIR/mentions.csv against a hand-coded gold file, as shared/tools/score.py does.",
        "stdout: the --detail lines, then score.py's JSON line, byte for byte; stderr: a short table."})
final class EvalCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--gold", paramLabel = "FILE", required = true, description = "The gold CSV (see EVAL.md).")
  Path gold;

  @Mixin DataOption data;

  @Option(names = "--detail", description = "Print score.py's MISS, DATE and FALSE lines before the JSON line.")
  boolean detail;

  @Override
  public Integer call() {
    EvalReport report = new Scorer().score(gold, data.dataDir.resolve(Schemas.MENTIONS.fileName()));
    PrintWriter out = spec.commandLine().getOut();
    if (detail) report.details().forEach(out::println);
    out.println(report.toJson());
    out.flush();
    table(report, spec.commandLine().getErr());
    return ExitCodes.OK;
  }

  /** For people; scripts read the JSON line. */
  private static void table(EvalReport r, PrintWriter err) {
    err.printf(Locale.ROOT, "precision %5.3f  (%d predictions)%n", r.precision(), r.predictions());
    err.printf(Locale.ROOT, "recall    %5.3f  (%d of %d required; stretch %d/%d)%n", r.recall(), r.requiredFound(),
        r.required(), r.stretchFound(), r.stretch());
    err.printf(Locale.ROOT, "f1        %5.3f%n", r.f1());
    err.printf(Locale.ROOT, "subtype   %s%n", ratio(r.subtypeAcc()));
    err.printf(Locale.ROOT, "date      %s  (%d dated)%n", ratio(r.dateAcc()), r.dated());
    err.printf(Locale.ROOT, "dedup     %s  (B-cubed F1)%n", ratio(r.dedupBcubedF1()));
  }

  private static String ratio(Double d) {
    return d == null ? "  -  " : String.format(Locale.ROOT, "%5.3f", d);
  }
}
