package org.entente.bench;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.entente.article.ArticleSource;
import org.entente.article.InputArticle;
import org.entente.article.PageCleaner;
import org.entente.text.SentenceReader;

/**
 * The floor the coder is compared with: the same articles read from the same JSONL file and cleaned the same
 * way, then split into sentences and every sentence tokenized with the same OpenNLP models — what the coder
 * would cost if it did nothing but read the text. No cue check (every sentence is tokenized), no parties, acts,
 * dates, merging or writing. Articles are spread over {@code threads} threads, one reader each, as the coder does.
 */
final class BaselinePass {
  private BaselinePass() {}

  /** What the pass saw: its sentence and token counts, so that the work cannot be optimised away. */
  record Counts(long articles, long sentences, long tokens) {}

  static Counts run(Path corpus, int threads) {
    SentenceReader.Models models = SentenceReader.Models.load();
    ThreadLocal<SentenceReader> readers = ThreadLocal.withInitial(() -> SentenceReader.uncached(models));
    ThreadLocal<PageCleaner> cleaners = ThreadLocal.withInitial(PageCleaner::new);
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "entente-baseline");
      t.setDaemon(true);
      return t;
    });
    Deque<Future<long[]>> inFlight = new ArrayDeque<>();
    long articles = 0;
    long sentences = 0;
    long tokens = 0;
    try {
      for (InputArticle article : ArticleSource.open(corpus, message -> {})) {
        inFlight.addLast(pool.submit(() -> {
          var page = cleaners.get().clean(article.text(), article.title().isEmpty() ? null : article.title());
          long t = 0;
          var read = readers.get().read(page.body());
          for (var s : read) t += s.tokens().size();
          return new long[] {read.size(), t};
        }));
        if (inFlight.size() >= 2 * threads) {
          long[] c = get(inFlight.removeFirst());
          sentences += c[0];
          tokens += c[1];
        }
        articles++;
      }
      while (!inFlight.isEmpty()) {
        long[] c = get(inFlight.removeFirst());
        sentences += c[0];
        tokens += c[1];
      }
    } finally {
      pool.shutdownNow();
    }
    return new Counts(articles, sentences, tokens);
  }

  private static long[] get(Future<long[]> f) {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }
}
