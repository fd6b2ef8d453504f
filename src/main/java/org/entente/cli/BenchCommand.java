package org.entente.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.entente.bench.Benchmark;
import org.entente.bench.RealCorpus;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", sortOptions = false,
    description = {
        "Measure the coder at archive scale: write a corpus of news articles (JSONL), run "
            + "'entente code --input corpus.jsonl' on it in this JVM after a warm-up, and compare its speed with "
            + "a bare OpenNLP sentence-split-and-tokenize pass over the same file. Prints sentences per second, "
            + "the ratio to the baseline, and the peak heap and resident memory of the coding run.",
        "The corpus is real wire copy when ../shared is there: its seed and development-set articles copied "
            + "--copies times, as ../shared/tools/make_corpus.py writes them; else, or with --corpus synthetic, "
            + "generated news-like text. Check the memory bound with e.g. 'java -Xmx1g -jar entente.jar bench'."})
final class BenchCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--corpus", paramLabel = "KIND",
      description = "real (the articles of --shared copied --copies times) or synthetic (generated; --sentences, "
          + "--seed, --relevant) (default: real when --shared holds the articles, else synthetic).")
  String corpus;

  @Option(names = "--shared", paramLabel = "DIR", defaultValue = "../shared",
      description = "The shared folder with seeds/ and devset/articles/ (default: ${DEFAULT-VALUE}).")
  Path shared;

  @Option(names = "--copies", paramLabel = "N", defaultValue = "300",
      description = "Copies of the real articles (default: ${DEFAULT-VALUE}).")
  int copies;

  @Option(names = "--sentences", paramLabel = "N", defaultValue = "200000",
      description = "Sentences in the generated corpus (default: ${DEFAULT-VALUE}).")
  long sentences;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = "Seed of the corpus: the same seed and size give the same corpus (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--relevant", paramLabel = "SHARE", defaultValue = "0.12",
      description = "Share of generated sentences that report, plan or deny an act between states, 0 to 1 "
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
      description = "Sentences of the warm-up corpus (for real text, whole copies of about as many sentences), "
          + "coded twice before measuring; 0 for none (default: ${DEFAULT-VALUE}).")
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
    if (copies < 1) throw new ParameterException(spec.commandLine(), "--copies must be at least 1");
    RealCorpus real = new RealCorpus(shared);
    String kind = corpus == null ? (real.available() ? "real" : "synthetic") : corpus;
    Benchmark.Corpus chosen = switch (kind) {
      case "real" -> {
        if (!real.available()) {
          throw new CliException(shared + ": no seeds/ and devset/articles/ there for the real corpus (--shared, "
              + "or --corpus synthetic)");
        }
        yield new Benchmark.Corpus.Real(shared, copies);
      }
      case "synthetic" -> new Benchmark.Corpus.Synthetic(sentences, seed, relevant);
      default -> throw new ParameterException(spec.commandLine(), "--corpus must be real or synthetic, not " + kind);
    };
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
        new Benchmark.Settings(chosen, threads, warmup, dir, keep), BenchCommand::code)
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
