package org.entente.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.entente.table.DatasetStream;
import org.entente.table.DatasetWriter;
import org.entente.table.WriteOptions;

/**
 * {@code entente code}: read, code in parallel, merge, write, in a memory that does not grow with the archive
 * but for the merge's own state. Each article's text lives only while it is being coded; its row of articles.csv is
 * written as soon as it is coded, its mentions go to disk ({@link MentionSpill}) until the merge has given them
 * their events, and all four files are published together at the end.
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
    Map<String, Integer> skipped = new TreeMap<>();
    try (Progress progress = Progress.on(err, quiet)) {
      ArticleSource source = ArticleSource.open(options.input, message -> {
        warnings.incrementAndGet();
        progress.println("entente: warning: " + ExitCodes.oneLine(message));
      });
      Entente entente = Entente.load(new Dictionaries(options.dictionary));
      int[] articles = {0};
      try (DatasetStream out = new DatasetWriter(new WriteOptions(options.rawText), entente.parties())
          .open(dataDir, options.threads());
          MentionSpill mentions = new MentionSpill(dataDir)) {
        new OrderedParallel<InputArticle, Outcome>(options.threads(), () -> codeOrSkip(entente))
            .run(source.iterator(), outcome -> {
              out.article(outcome.article().summary());
              mentions.add(outcome.article());
              articles[0]++;
              if (outcome.skipped() != null) skipped.merge(outcome.skipped(), 1, Integer::sum);
              progress.step();
            });
        MentionSpill.Merged merged = mentions.merge(entente, options.threads());
        out.events(merged.events());
        mentions.forEach(merged.eventOf(), out::mention);
        out.finish();
        return CodeSummary.of(articles[0], mentions.count(), merged.events(), skipped, warnings.get(), dataDir);
      }
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
