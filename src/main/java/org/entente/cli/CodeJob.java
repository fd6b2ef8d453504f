package org.entente.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.entente.Entente;
import org.entente.article.ArticleSource;
import org.entente.article.ArticleSummary;
import org.entente.article.ContentHash;
import org.entente.article.InputArticle;
import org.entente.coding.CodedArticle;
import org.entente.correction.Correction;
import org.entente.correction.CorrectionApplier;
import org.entente.correction.CorrectionsFile;
import org.entente.correction.Located;
import org.entente.correction.SentenceLocator;
import org.entente.dictionary.Dictionaries;
import org.entente.event.Dataset;
import org.entente.event.EventMerger;
import org.entente.party.Party;
import org.entente.table.CsvTable;
import org.entente.table.DatasetStream;
import org.entente.table.DatasetWriter;
import org.entente.table.Schemas;
import org.entente.table.WriteOptions;
import org.entente.update.CoderFingerprint;
import org.entente.update.CoderState;
import org.entente.update.EventChanges;
import org.entente.update.StoredArticle;

/**
 * {@code entente code}: read, code in parallel, apply the analyst's corrections, merge, write. Each article's text
 * lives only while it is being coded. Without corrections or {@code --update}, the run streams ({@link #stream}):
 * nothing but the merge's state grows with the archive. With them, the coded results, which are small, are kept
 * until the merge.
 *
 * <p>With {@code --update}, an article of the input whose content hash the dataset already holds is not coded again:
 * its coded mentions come from the coder's state ({@link CoderState}). New articles take the place a full run over
 * one folder holding them all would give them, so the dataset written equals a full run's byte for byte; a change
 * log, {@code changes.csv}, says what the update did to the events.
 */
final class CodeJob {
  static final String CHANGES = Schemas.CHANGES.fileName();

  /** {@code --update} and {@code --prune}: off for {@code run}. */
  record Update(boolean update, boolean prune) {
    static final Update NONE = new Update(false, false);
  }

  private final CodeOptions options;
  private final Path dataDir;
  private final boolean quiet;
  private final PrintWriter err;
  private final Update update;

  CodeJob(CodeOptions options, Path dataDir, boolean quiet, PrintWriter err) {
    this(options, dataDir, quiet, err, Update.NONE);
  }

  CodeJob(CodeOptions options, Path dataDir, boolean quiet, PrintWriter err, Update update) {
    this.options = options;
    this.dataDir = dataDir;
    this.quiet = quiet;
    this.err = err;
    this.update = update;
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
      java.util.function.Consumer<String> warn = message -> {
        warnings.incrementAndGet();
        progress.println("entente: warning: " + ExitCodes.oneLine(message));
      };
      ArticleSource source = ArticleSource.open(options.input, warn);
      Entente entente = Entente.load(new Dictionaries(options.dictionary));
      Set<String> parties = entente.parties().stream().map(Party::code).collect(Collectors.toSet());
      Path correctionsFile = options.correctionsFile();
      List<Correction> corrections = correctionsFile == null ? List.of()
          : CorrectionsFile.read(correctionsFile, parties::contains);
      String fingerprint = CoderFingerprint.of(Version.current(), options.dictionary);
      if (corrections.isEmpty() && !update.update()) {
        return stream(source, entente, fingerprint, warnings, skipped, progress)
            .withCorrections(correctionsFile, 0, 0);
      }
      Previous previous = update.update() ? Previous.read(dataDir, fingerprint) : Previous.NONE;

      Set<String> quoted = corrections.stream().filter(c -> c.action() == Correction.Action.ADD)
          .map(Correction::target).collect(Collectors.toSet());
      Map<String, InputArticle> texts = new ConcurrentHashMap<>();
      List<CodedArticle> read = new ArrayList<>();
      Set<String> reused = new HashSet<>();
      new OrderedParallel<InputArticle, Outcome>(options.threads(),
          () -> codeOrReuse(entente, previous, quoted, texts))
          .run(source.iterator(), outcome -> {
            read.add(outcome.article());
            if (outcome.reused()) reused.add(outcome.article().summary().articleId());
            if (outcome.skipped() != null) skipped.merge(outcome.skipped(), 1, Integer::sum);
            progress.step();
          });

      List<StoredArticle> articles = update.update()
          ? previous.place(read, Files.isDirectory(options.input), update.prune())
          : read.stream().map(a -> new StoredArticle(a, Map.of())).toList();
      SentenceLocator locator = new SentenceLocator(texts, previous.located());
      EventMerger merger = new EventMerger(entente::partyName);
      List<CodedArticle> coded = articles.stream().map(StoredArticle::coded).toList();
      CorrectionApplier.Result corrected = new CorrectionApplier(merger).apply(
          coded.stream().map(CodedArticle::summary).toList(), EventMerger.identify(coded), corrections, locator);
      corrected.notApplied().forEach(warn);
      Dataset dataset = corrected.dataset();

      DatasetWriter writer = new DatasetWriter(new WriteOptions(options.rawText), entente.parties());
      Map<String, byte[]> files = writer.render(dataset);
      Map<String, byte[]> extra = new LinkedHashMap<>();
      if (update.update()) extra.put(CHANGES, changes(files));
      extra.put(CoderState.FILE_NAME, state(fingerprint, articles, locator.located()));
      writer.commit(dataDir, files, extra, update.update() ? Set.of() : Set.of(CHANGES));
      return CodeSummary.of(dataset, skipped, warnings.get(), dataDir)
          .withCorrections(correctionsFile, corrected.applied(), corrected.notApplied().size())
          .withUpdate(update.update(), reused.size(), read.size() - reused.size(), articles.size() - read.size(),
              previous.removed(read, update.prune()));
    }
  }

  /**
   * A run with no corrections and no {@code --update}, the way an archive is coded: in a memory that does not grow
   * with the archive but for the merge's own state, and the same files, byte for byte, as the run above. Each
   * article's text lives only while it is being coded; its rows of articles.csv and of the coder's state are
   * written as soon as it is coded, its mentions go to disk ({@link MentionSpill}) until the merge has given them
   * their events, kind by kind, and all the files are published together at the end.
   */
  private CodeSummary stream(ArticleSource source, Entente entente, String fingerprint, AtomicInteger warnings,
      Map<String, Integer> skipped, Progress progress) {
    int[] articles = {0};
    try (DatasetStream out = new DatasetWriter(new WriteOptions(options.rawText), entente.parties())
            .open(dataDir, options.threads());
        MentionSpill mentions = new MentionSpill(dataDir)) {
      out.extra(CoderState.FILE_NAME, CoderState.header(fingerprint));
      new OrderedParallel<InputArticle, Outcome>(options.threads(),
          () -> codeOrReuse(entente, Previous.NONE, Set.of(), new ConcurrentHashMap<>()))
          .run(source.iterator(), outcome -> {
            CodedArticle a = outcome.article();
            out.article(a.summary());
            out.extra(CoderState.FILE_NAME, CoderState.line(new StoredArticle(a, Map.of())));
            mentions.add(a);
            articles[0]++;
            if (outcome.skipped() != null) skipped.merge(outcome.skipped(), 1, Integer::sum);
            progress.step();
          });
      MentionSpill.Merged merged = mentions.merge(entente, options.threads());
      out.events(merged.events());
      mentions.forEach(merged.eventOf(), out::mention);
      out.finish(Set.of(CHANGES));
      return CodeSummary.of(articles[0], mentions.count(), merged.events(), skipped, warnings.get(), dataDir);
    }
  }

  /** A coded article, whether it was reused from the state, and if it could not be read, why (else null). */
  private record Outcome(CodedArticle article, boolean reused, String skipped) {}

  /**
   * The coder gives an unreadable article its row in articles.csv; here it is also counted as skipped. An article
   * the state holds with the same content hash is not coded again.
   */
  private static Function<InputArticle, Outcome> codeOrReuse(Entente coder, Previous previous, Set<String> quoted,
      Map<String, InputArticle> texts) {
    return article -> {
      if (quoted.contains(article.id())) texts.put(article.id(), article);
      String skipped = article.readable() ? null : reason(article);
      CodedArticle known = previous.reusable(article);
      if (known != null) return new Outcome(known, true, skipped);
      // the coder gives the article its content hash
      return new Outcome(coder.code(article), false, skipped);
    };
  }

  private static String reason(InputArticle article) {
    List<String> w = article.warnings();
    return w.isEmpty() ? "unreadable" : w.get(w.size() - 1);
  }

  /** changes.csv: the events as written now against the events.csv and mentions.csv of the run before. */
  private byte[] changes(Map<String, byte[]> files) {
    CsvTable eventsBefore = readIfThere(Schemas.EVENTS.fileName(), Schemas.EVENTS);
    CsvTable mentionsBefore = readIfThere(Schemas.MENTIONS.fileName(), Schemas.MENTIONS);
    return EventChanges.csv(eventsBefore, mentionsBefore,
        Schemas.EVENTS.rows(Schemas.EVENTS.fileName(), new ByteArrayInputStream(files.get(Schemas.EVENTS.fileName()))),
        Schemas.MENTIONS.rows(Schemas.MENTIONS.fileName(),
            new ByteArrayInputStream(files.get(Schemas.MENTIONS.fileName()))));
  }

  private CsvTable readIfThere(String name, org.entente.table.Schema schema) {
    Path file = dataDir.resolve(name);
    return Files.isRegularFile(file) ? schema.rows(file) : null;
  }

  private static byte[] state(String fingerprint, List<StoredArticle> articles,
      Map<String, Map<String, Located>> located) {
    List<StoredArticle> withPlaces = articles.stream()
        .map(a -> new StoredArticle(a.coded(), located.getOrDefault(a.id(), Map.of()))).toList();
    return new CoderState(fingerprint, withPlaces).render();
  }

  /** The dataset folder as the run before left it, for {@code --update}. */
  private record Previous(List<StoredArticle> articles, Map<String, StoredArticle> byId, boolean reusable) {
    static final Previous NONE = new Previous(List.of(), Map.of(), false);

    static Previous read(Path dataDir, String fingerprint) {
      CoderState state = CoderState.read(dataDir);
      if (state == null) {
        if (Files.exists(dataDir.resolve(Schemas.ARTICLES.fileName()))) {
          throw new CliException(dataDir.resolve(CoderState.FILE_NAME) + ": missing, so the coded articles of "
              + dataDir + " cannot be reused; run 'entente code' without --update once");
        }
        return NONE;
      }
      Map<String, StoredArticle> byId = new HashMap<>();
      state.articles().forEach(a -> byId.put(a.id(), a));
      return new Previous(state.articles(), byId, state.fingerprint().equals(fingerprint));
    }

    /** The coded article to reuse for this article (the same id and content hash), or null when it must be coded. */
    CodedArticle reusable(InputArticle article) {
      StoredArticle a = byId.get(article.id());
      return reusable && a != null && a.coded().summary().contentHash().equals(ContentHash.of(article))
          ? a.coded() : null;
    }

    /** Where earlier runs found the quotes of add rows, by article. */
    Map<String, Map<String, Located>> located() {
      Map<String, Map<String, Located>> out = new HashMap<>();
      articles.forEach(a -> out.put(a.id(), a.located()));
      return out;
    }

    int removed(List<CodedArticle> read, boolean prune) {
      if (!prune) return 0;
      Set<String> ids = read.stream().map(a -> a.summary().articleId()).collect(Collectors.toSet());
      return (int) articles.stream().filter(a -> !ids.contains(a.id())).count();
    }

    /**
     * The dataset's articles after the update: those of the run before, in their order, each replaced by its
     * version in the input (the same, or re-coded if its content changed), less those the input lacks when
     * pruning; then the input's new articles where a full run would put them: among the others in file-name order
     * for a folder (as a folder is read), after them for a JSONL file.
     */
    List<StoredArticle> place(List<CodedArticle> read, boolean folder, boolean prune) {
      Map<String, CodedArticle> input = new LinkedHashMap<>();
      read.forEach(a -> input.put(a.summary().articleId(), a));
      List<StoredArticle> kept = new ArrayList<>();
      for (StoredArticle a : articles) {
        CodedArticle now = input.get(a.id());
        if (now != null) {
          kept.add(new StoredArticle(now, now == a.coded() ? a.located() : Map.of()));
        } else if (!prune) {
          if (!reusable) {
            throw new CliException("article " + a.id() + " is not in --input, and the dataset was coded by "
                + "another version of Entente or with other dictionaries, so it cannot be kept as it is; run "
                + "'entente code' over all the articles, without --update");
          }
          kept.add(a);
        }
      }
      List<StoredArticle> added = new ArrayList<>();
      input.forEach((id, a) -> {
        if (!byId.containsKey(id)) added.add(new StoredArticle(a, Map.of()));
      });
      if (!folder) {
        kept.addAll(added);
        return kept;
      }
      List<StoredArticle> merged = new ArrayList<>(kept.size() + added.size());
      int i = 0;
      int j = 0;
      while (i < kept.size() || j < added.size()) {
        boolean takeNew = j < added.size()
            && (i == kept.size() || file(added.get(j)).compareTo(file(kept.get(i))) < 0);
        merged.add(takeNew ? added.get(j++) : kept.get(i++));
      }
      return merged;
    }

    private static String file(StoredArticle a) {
      ArticleSummary s = a.coded().summary();
      return s.file();
    }
  }
}
