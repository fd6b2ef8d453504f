package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.bench.Benchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", sortOptions = false,
    description = {
        "Measure the coder at archive scale: generate a deterministic corpus of news-like articles (JSONL), run "
            + "'entente code --input corpus.jsonl' on it in this JVM after a warm-up, and compare its speed with "
            + "a bare sentence-split-and-tokenize pass over the same file. Prints sentences per second, the "
            + "ratio to the baseline and the peak heap of the coding run.",
        "Check the memory bound with e.g. 'java -Xmx1g -jar entente.jar bench --sentences 1000000'."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--sentences", paramLabel = "N", defaultValue = "200000",
      description = "Sentences in the generated corpus (default: ${DEFAULT-VALUE}).")
  long sentences;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of the corpus: the same seed and size give the same corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--relevant", paramLabel = "SHARE", defaultValue = "0.12",
      description = "Share of sentences that report, plan or deny an act between states, 0 to 1 "
          + "(default: ${DEFAULT-VALUE}).")
  double relevant;

  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for both the coder and the baseline (default: the number of processors).")
  void threads(int n) {
    if (n < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + n);
    threads = n;
  }

  @Option(names = "--warmup", paramLabel = "N", defaultValue = "20000",
      description = "Sentences of the warm-up corpus, coded twice before measuring; 0 for none "
          + "(default: ${DEFAULT-VALUE}).")
  long warmup;

  @Option(names = "--work", paramLabel = "DIR",
      description = "Folder for the corpus and the dataset (default: a temporary folder).")
  Path work;

  @Option(names = "--keep", description = "Keep the corpus and the dataset (in --work) after the run.")
  boolean keep;

  @Option(names = "--json", description = "Print one JSON line instead of the table.")
  boolean json;

  @Override
  public Integer call() {
    if (sentences < 1) throw new ParameterException(spec.commandLine(), "--sentences must be at least 1");
    if (warmup < 0) throw new ParameterException(spec.commandLine(), "--warmup must not be negative");
    if (!(relevant >= 0 && relevant <= 1)) {
      throw new ParameterException(spec.commandLine(), "--relevant must be between 0 and 1, not " + relevant);
    }
    Path dir = work;
    boolean temporary = dir == null;
    try {
      if (temporary) dir = Files.createTempDirectory("entente-bench");
      else OutputPaths.outputFolder(dir, "--work");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    PrintWriter err = spec.commandLine().getErr();
    Benchmark.Result result = new Benchmark(
        new Benchmark.Settings(sentences, seed, relevant, threads, warmup, dir, keep), BenchCommand::code)
        .run(json ? null : err);
    if (temporary && !keep) dir.toFile().delete();
    PrintWriter out = spec.commandLine().getOut();
    if (json) out.println(result.json());
    else result.printTable(out);
    return ExitCodes.OK;
  }

  /** The real thing: {@code entente code --input corpus --data dataDir --threads N --quiet}, through {@link Main}. */
  private static void code(Path corpus, Path dataDir, int threads) {
    StringWriter err = new StringWriter();
    int exit = Main.run(new String[] {"code", "--input", corpus.toString(), "--data", dataDir.toString(),
        "--threads", Integer.toString(threads), "--quiet"}, new PrintWriter(new StringWriter()), new PrintWriter(err));
    if (exit != ExitCodes.OK) throw new CliException("the coding run failed: " + ExitCodes.oneLine(err.toString()));
  }
}
