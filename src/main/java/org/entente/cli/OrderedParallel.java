package org.entente.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Maps a stream of inputs on several threads and hands the results on in input order. At most a small window of
 * inputs is in flight, so memory does not grow with the number of inputs, and since results come out in input
 * order whatever the thread count, so does everything computed from them.
 *
 * @param <I> input, e.g. an article with its text
 * @param <O> result, e.g. the coded article (small: the text is not kept)
 */
final class OrderedParallel<I, O> {
  /** Inputs in flight per thread. */
  static final int WINDOW_PER_THREAD = 16;

  private final int threads;
  private final Supplier<Function<I, O>> workerFactory;

  /**
   * @param workerFactory makes one worker per thread (a {@code Coder} is not thread-safe; each thread gets its
   *     own)
   */
  OrderedParallel(int threads, Supplier<Function<I, O>> workerFactory) {
    if (threads < 1) throw new IllegalArgumentException("threads must be at least 1");
    this.threads = threads;
    this.workerFactory = workerFactory;
  }

  /** Maps every input, calling {@code sink} with each result in input order, on the calling thread. */
  void run(Iterator<I> inputs, Consumer<O> sink) {
    ThreadLocal<Function<I, O>> worker = ThreadLocal.withInitial(workerFactory);
    ExecutorService pool = Executors.newFixedThreadPool(threads, new Named());
    // Articles differ in length by a factor of fifty: while the head of the window, a long one, is awaited, the
    // other threads go on with up to 16 inputs each (a window of 2 per thread left them idle a tenth of the time).
    int window = WINDOW_PER_THREAD * threads;
    Deque<Future<O>> inFlight = new ArrayDeque<>(window);
    try {
      while (inputs.hasNext()) {
        I input = inputs.next();
        inFlight.addLast(pool.submit(() -> worker.get().apply(input)));
        if (inFlight.size() >= window) sink.accept(await(inFlight.removeFirst()));
      }
      while (!inFlight.isEmpty()) sink.accept(await(inFlight.removeFirst()));
    } finally {
      inFlight.forEach(f -> f.cancel(true));
      pool.shutdownNow();
    }
  }

  private static <O> O await(Future<O> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CancellationException("interrupted");
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException r) throw r;
      if (cause instanceof Error err) throw err;
      throw new IllegalStateException(cause);
    }
  }

  /** Daemon threads with a recognisable name, so a thread dump shows what they are. */
  private static final class Named implements ThreadFactory {
    private final AtomicInteger count = new AtomicInteger();

    @Override
    public Thread newThread(Runnable r) {
      Thread t = new Thread(r, "entente-coder-" + count.incrementAndGet());
      t.setDaemon(true);
      return t;
    }
  }
}
