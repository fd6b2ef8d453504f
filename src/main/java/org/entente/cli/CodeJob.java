package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.entente.Entente;
import org.entente.article.ArticleSource;
import org.entente.article.InputArticle;
import org.entente.coding.CodedArticle;
import org.entente.dictionary.Dictionaries;
import org.entente.event.Dataset;
import org.entente.table.WriteOptions;

/**
 * {@code entente code}: read, code in parallel, merge, write. Only the coded results, which are small, are kept
 * until the merge; each article's text lives only while it is being coded.
 */
final class CodeJob {
  private final CodeOptions options;
  private final Path dataDir;
  private final boolean quiet;
  private final PrintWriter err;

  CodeJob(CodeOptions options, Path dataDir, boolean quiet, PrintWriter err) {
    this.options = options;
    this.dataDir = dataDir;
    this.quiet = quiet;
    this.err = err;
  }

  /** Fails before any work if a path is unusable, so a long run does not end in an error. */
  void checkPaths() {
    OutputPaths.outputFolder(dataDir, "--data");
    if (options.dictionary != null && !Files.isDirectory(options.dictionary)) {
      throw new CliException(options.dictionary + ": no such folder (--dictionary)");
    }
  }

  CodeSummary run() {
    checkPaths();
    Preload.tables();
    AtomicInteger warnings = new AtomicInteger();
    List<CodedArticle> coded = new ArrayList<>();
    Map<String, Integer> skipped = new TreeMap<>();
    try (Progress progress = Progress.on(err, quiet)) {
      ArticleSource source = ArticleSource.open(options.input, message -> {
        warnings.incrementAndGet();
        progress.println("entente: warning: " + ExitCodes.oneLine(message));
      });
      Entente entente = Entente.load(new Dictionaries(options.dictionary));
      new OrderedParallel<InputArticle, Outcome>(options.threads(), () -> codeOrSkip(entente))
          .run(source.iterator(), outcome -> {
            coded.add(outcome.article());
            if (outcome.skipped() != null) skipped.merge(outcome.skipped(), 1, Integer::sum);
            progress.step();
          });
      Dataset dataset = entente.merge(coded);
      entente.write(dataset, dataDir, new WriteOptions(options.rawText));
      return CodeSummary.of(dataset, skipped, warnings.get(), dataDir);
    }
  }

  /** A coded article, or one that could not be read and why ({@code skipped}, else null). */
  private record Outcome(CodedArticle article, String skipped) {}

  /** The coder gives an unreadable article its row in articles.csv; here it is also counted as skipped. */
  private static Function<InputArticle, Outcome> codeOrSkip(Entente entente) {
    return article -> new Outcome(entente.code(article), article.readable() ? null : reason(article));
  }

  private static String reason(InputArticle article) {
    List<String> w = article.warnings();
    return w.isEmpty() ? "unreadable" : w.get(w.size() - 1);
  }
}
