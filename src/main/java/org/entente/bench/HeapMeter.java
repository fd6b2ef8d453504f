package org.entente.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.List;

/**
 * Heap use while a piece of work runs, sampled every few milliseconds on a daemon thread:
 * <ul>
 *   <li>{@code peak}: the most heap in use at any sample (live objects and garbage not yet collected, so it
 *       depends on the collector and on -Xmx as much as on the work);
 *   <li>{@code live}: the most heap still in use just after a collection, summed over the heap pools — what the
 *       work really keeps.
 * </ul>
 * The JVM's own pool peaks are reset at the start and folded in at the end, so a spike between samples is not
 * missed.
 */
final class HeapMeter implements AutoCloseable {
  private final List<MemoryPoolMXBean> pools = ManagementFactory.getMemoryPoolMXBeans().stream()
      .filter(p -> p.getType() == MemoryType.HEAP && p.isValid()).toList();
  private final Thread sampler;
  private volatile boolean running = true;
  private long peak;
  private long live;

  HeapMeter() {
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    sampler = new Thread(this::sample, "entente-heap-meter");
    sampler.setDaemon(true);
    sampler.start();
  }

  private void sample() {
    while (running) {
      measure();
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private synchronized void measure() {
    long used = 0;
    long afterGc = 0;
    for (MemoryPoolMXBean p : pools) {
      used += p.getUsage().getUsed();
      MemoryUsage c = p.getCollectionUsage();
      if (c != null) afterGc += c.getUsed();
    }
    peak = Math.max(peak, used);
    live = Math.max(live, afterGc);
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
    try {
      sampler.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    measure();
  }

  /** Bytes: the largest heap in use at one time while the meter ran. */
  synchronized long peak() { return peak; }

  /** Bytes: the largest heap still in use after a collection while the meter ran. */
  synchronized long live() { return live; }

  /** Bytes: the sum of each heap pool's own peak (an upper bound on {@link #peak()}: pools peak at different times). */
  long poolPeaks() {
    return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }
}
