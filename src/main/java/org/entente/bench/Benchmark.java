package org.entente.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Stream;
import org.entente.table.Schemas;
import tech.tablesaw.api.Table;

/**
 * The benchmark of {@code entente bench}: writes a corpus (real news text copied, or generated), warms up, then
 * times the end-to-end coding run and the bare split-and-tokenize pass over the same file, with the heap and the
 * resident memory of the coding run.
 */
public final class Benchmark {
  /** The end-to-end coding run being measured: what {@code entente code --input corpus --data dataDir} runs. */
  @FunctionalInterface
  public interface CodeRun {
    void code(Path corpus, Path dataDir, int threads);
  }

  /** The text to measure on. */
  public sealed interface Corpus {
    /** The seed and development-set articles of {@code shared}, copied {@code copies} times ({@link RealCorpus}). */
    record Real(Path shared, int copies) implements Corpus {}

    /** About {@code sentences} generated sentences ({@link CorpusGenerator}). */
    record Synthetic(long sentences, long seed, double relevantShare) implements Corpus {}
  }

  /** What to run. */
  public record Settings(Corpus corpus, int threads, long warmupSentences, Path workDir, boolean keep) {}

  /**
   * What was measured. {@code sentences} and {@code articles} are the coder's counts (articles.csv); the
   * generator's own count of the sentences it wrote is {@code generatedSentences}.
   */
  public record Result(String corpus, long sentences, long articles, int threads, double seconds,
      double baselineSeconds, long baselineSentences, long peakHeapBytes, long liveHeapBytes, long maxHeapBytes,
      long peakRssBytes, long generatedSentences, double relevantShare, long events, double cpuSeconds,
      double baselineCpuSeconds) {
    public double sentencesPerSecond() { return sentences / seconds; }

    public double baselineSentencesPerSecond() { return baselineSentences / baselineSeconds; }

    /** Coder speed over baseline speed: 1 would be as fast as reading the text, 0.5 half as fast. */
    public double ratio() { return sentencesPerSecond() / baselineSentencesPerSecond(); }

    public void printTable(PrintWriter out) {
      out.printf(Locale.ROOT, "%-28s %s%n", "corpus", corpus);
      out.printf(Locale.ROOT, "%-28s %,d%n", "sentences (coded)", sentences);
      out.printf(Locale.ROOT, "%-28s %,d%n", "articles", articles);
      if (relevantShare >= 0) out.printf(Locale.ROOT, "%-28s %.1f %%%n", "relevant share (generated)", 100 * relevantShare);
      out.printf(Locale.ROOT, "%-28s %,d%n", "events", events);
      out.printf(Locale.ROOT, "%-28s %d%n", "threads", threads);
      out.printf(Locale.ROOT, "%-28s %.2f%n", "seconds", seconds);
      out.printf(Locale.ROOT, "%-28s %,.0f%n", "sentences/s", sentencesPerSecond());
      out.printf(Locale.ROOT, "%-28s %.2f%n", "CPU seconds (all threads)", cpuSeconds);
      out.printf(Locale.ROOT, "%-28s %.2f%n", "baseline seconds", baselineSeconds);
      out.printf(Locale.ROOT, "%-28s %.2f%n", "baseline CPU seconds", baselineCpuSeconds);
      out.printf(Locale.ROOT, "%-28s %,.0f%n", "baseline sentences/s", baselineSentencesPerSecond());
      out.printf(Locale.ROOT, "%-28s %.2f%n", "ratio coder/baseline", ratio());
      out.printf(Locale.ROOT, "%-28s %,d%n", "peak heap MB", mb(peakHeapBytes));
      out.printf(Locale.ROOT, "%-28s %,d%n", "live heap after GC MB", mb(liveHeapBytes));
      out.printf(Locale.ROOT, "%-28s %,d%n", "max heap MB (-Xmx)", mb(maxHeapBytes));
      out.printf(Locale.ROOT, "%-28s %s%n", "peak RSS MB (coding)", peakRssBytes < 0 ? "n/a" : String.format(Locale.ROOT, "%,d", mb(peakRssBytes)));
    }

    public String json() {
      return String.format(Locale.ROOT, "{\"corpus\":\"%s\",\"sentences\":%d,\"articles\":%d,%s\"events\":%d,"
              + "\"threads\":%d,\"seconds\":%.3f,\"sentences_per_second\":%.1f,\"baseline_seconds\":%.3f,"
              + "\"baseline_sentences_per_second\":%.1f,\"ratio\":%.3f,\"peak_heap_mb\":%d,\"live_heap_mb\":%d,"
              + "\"max_heap_mb\":%d,\"peak_rss_mb\":%s,\"cpu_seconds\":%.3f,\"baseline_cpu_seconds\":%.3f}",
          corpus, sentences, articles,
          relevantShare >= 0 ? String.format(Locale.ROOT, "\"relevant_share\":%.4f,", relevantShare) : "",
          events, threads, seconds, sentencesPerSecond(), baselineSeconds,
          baselineSentencesPerSecond(), ratio(), mb(peakHeapBytes), mb(liveHeapBytes), mb(maxHeapBytes),
          peakRssBytes < 0 ? "null" : Long.toString(mb(peakRssBytes)), cpuSeconds, baselineCpuSeconds);
    }

    private static long mb(long bytes) { return Math.round(bytes / (1024.0 * 1024.0)); }
  }

  private final Settings settings;
  private final CodeRun codeRun;

  public Benchmark(Settings settings, CodeRun codeRun) {
    this.settings = settings;
    this.codeRun = codeRun;
  }

  /** @param log where the steps are announced (stderr), or null */
  public Result run(PrintWriter log) {
    Path work = settings.workDir();
    try {
      Files.createDirectories(work);
      Path corpus = work.resolve("corpus.jsonl");
      Path warm = work.resolve("warmup.jsonl");
      String described;
      long generated = -1;
      double share = -1;
      if (settings.corpus() instanceof Corpus.Synthetic c) {
        say(log, "generating %,d sentences (seed %d) in %s", c.sentences(), c.seed(), corpus);
        CorpusGenerator.Stats stats = new CorpusGenerator(c.seed(), c.relevantShare()).write(corpus, c.sentences());
        generated = stats.sentences();
        share = stats.relevantShare();
        described = "synthetic, " + c.sentences() + " sentences, seed " + c.seed();
        if (settings.warmupSentences() > 0) {
          new CorpusGenerator(c.seed() + 1, c.relevantShare()).write(warm, settings.warmupSentences());
        }
      } else {
        Corpus.Real c = (Corpus.Real) settings.corpus();
        RealCorpus real = new RealCorpus(c.shared());
        say(log, "copying the seed and development-set articles of %s %d times into %s", c.shared(), c.copies(),
            corpus);
        real.write(corpus, c.copies());
        described = "real, seeds and devset x " + c.copies();
        if (settings.warmupSentences() > 0) {
          real.write(warm, 1);
          long perCopy = Math.max(1, BaselinePass.run(warm, 1).sentences());
          real.write(warm, (int) Math.max(1, Math.min(c.copies(), (settings.warmupSentences() + perCopy - 1) / perCopy)));
        }
      }

      if (settings.warmupSentences() > 0) {
        say(log, "warming up on %,d sentences", settings.warmupSentences());
        for (int i = 0; i < 2; i++) {
          codeRun.code(warm, work.resolve("warmup-data"), settings.threads());
          BaselinePass.run(warm, settings.threads());
        }
      }

      Path data = work.resolve("data");
      say(log, "coding on %d thread(s)", settings.threads());
      settle();
      Rss.resetPeak();
      long cpuStart = cpuNanos();
      long start = System.nanoTime();
      long peak;
      long live;
      try (HeapMeter heap = new HeapMeter()) {
        codeRun.code(corpus, data, settings.threads());
        heap.close();
        peak = heap.peak();
        live = heap.live();
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (cpuNanos() - cpuStart) / 1e9;
      long rss = Rss.peak();

      say(log, "baseline: split and tokenize every sentence on %d thread(s)", settings.threads());
      settle();
      long baseCpuStart = cpuNanos();
      long baseStart = System.nanoTime();
      BaselinePass.Counts base = BaselinePass.run(corpus, settings.threads());
      double baseSeconds = (System.nanoTime() - baseStart) / 1e9;
      double baseCpu = (cpuNanos() - baseCpuStart) / 1e9;

      long[] coded = codedCounts(data);
      return new Result(described, coded[0], coded[1], settings.threads(), seconds, baseSeconds, base.sentences(),
          peak, live, Runtime.getRuntime().maxMemory(), rss, generated, share, coded[2], cpu, baseCpu);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (!settings.keep()) {
        for (String made : new String[] {"corpus.jsonl", "warmup.jsonl", "data", "warmup-data"}) {
          delete(work.resolve(made));
        }
      }
    }
  }

  /** Sentences summed over articles.csv, articles, and events: the coder's own counts. */
  static long[] codedCounts(Path data) {
    Table articles = Schemas.ARTICLES.read(data.resolve(Schemas.ARTICLES.fileName()));
    long events = Schemas.EVENTS.read(data.resolve(Schemas.EVENTS.fileName())).rowCount();
    return new long[] {(long) articles.intColumn("sentences").sum(), articles.rowCount(), events};
  }

  /** CPU time of the whole process (every thread: coders, JIT compilers, collector), or 0 if unknown. */
  private static long cpuNanos() {
    return java.lang.management.ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os ? os.getProcessCpuTime() : 0;
  }

  /** Lets the collector clear the previous step's garbage, so that one step's heap is not charged to the next. */
  private static void settle() {
    System.gc();
    try {
      Thread.sleep(200);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void say(PrintWriter log, String format, Object... args) {
    if (log == null) return;
    log.println("entente bench: " + String.format(Locale.ROOT, format, args));
    log.flush();
  }

  /** Deletes what the benchmark made (never anything else in a --work folder). */
  private static void delete(Path dir) {
    if (!Files.exists(dir)) return;
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // a leftover temporary file is not worth failing a benchmark for
        }
      });
    } catch (IOException ignored) {
      // as above
    }
  }
}
