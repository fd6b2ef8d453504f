package org.entente.cli;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options of coding, shared by {@code code} and {@code run}. */
final class CodeOptions {
  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--input", paramLabel = "DIR|FILE.jsonl", defaultValue = "seeds",
      description = "A folder of UTF-8 .txt articles, with an optional manifest.csv, or a JSONL file with one "
          + "article per line (default: ${DEFAULT-VALUE}).")
  Path input;

  @Option(names = "--dictionary", paramLabel = "DIR",
      description = "A folder of extra dictionary files (parties.csv, aliases.csv, acts.csv, ...) whose rows "
          + "are added to the bundled ones.")
  Path dictionary;

  @Option(names = "--raw-text",
      description = "Write sentences exactly as coded; by default a cell a spreadsheet could take for a "
          + "formula is prefixed with '.")
  boolean rawText;

  @Option(names = "--corrections", paramLabel = "FILE",
      description = "The analyst's corrections (target,action,field,value,reason,by,date), applied after coding "
          + "(default: corrections.csv in the working folder, when there is one).")
  Path corrections;

  @Option(names = "--no-corrections", description = "Apply no corrections file, not even ./corrections.csv.")
  boolean noCorrections;

  /** The default corrections file, looked for in the working folder. */
  static final Path DEFAULT_CORRECTIONS = Path.of("corrections.csv");

  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threads", paramLabel = "N",
      description = "Articles coded in parallel (default: the number of processors). The output is the same "
          + "whatever N.")
  void threads(int n) {
    if (n < 1) throw new ParameterException(mixee.commandLine(), "--threads must be at least 1, not " + n);
    threads = n;
  }

  int threads() { return threads; }

  /** The corrections file to apply, or null for none. */
  Path correctionsFile() {
    if (noCorrections) {
      if (corrections != null) {
        throw new ParameterException(mixee.commandLine(), "--corrections and --no-corrections exclude each other");
      }
      return null;
    }
    if (corrections != null) return corrections;
    return java.nio.file.Files.isRegularFile(DEFAULT_CORRECTIONS) ? DEFAULT_CORRECTIONS : null;
  }
}
