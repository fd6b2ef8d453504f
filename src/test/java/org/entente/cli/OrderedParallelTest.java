package org.entente.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedParallelTest {

  @Test
  void resultsComeOutInInputOrderWhateverTheThreads() {
    List<Integer> inputs = IntStream.range(0, 200).boxed().toList();
    for (int threads : new int[] {1, 2, 4, 7}) {
      List<String> out = new ArrayList<>();
      new OrderedParallel<Integer, String>(threads, () -> OrderedParallelTest::slowly).run(inputs.iterator(), out::add);
      assertThat(out).containsExactlyElementsOf(inputs.stream().map(i -> "#" + i).toList());
    }
  }

  @Test
  void eachThreadHasItsOwnWorker() {
    Set<Thread> seen = ConcurrentHashMap.newKeySet();
    AtomicInteger workers = new AtomicInteger();
    new OrderedParallel<Integer, Integer>(3, () -> {
      workers.incrementAndGet();
      Thread owner = Thread.currentThread();
      return (Function<Integer, Integer>) i -> {
        assertThat(Thread.currentThread()).isSameAs(owner);
        seen.add(owner);
        return i;
      };
    }).run(IntStream.range(0, 50).boxed().iterator(), i -> {});
    assertThat(workers.get()).isEqualTo(seen.size()).isBetween(1, 3);
  }

  @Test
  void onlyAWindowOfInputsIsInFlight() {
    AtomicInteger read = new AtomicInteger();
    AtomicInteger maxAhead = new AtomicInteger();
    List<Integer> delivered = new ArrayList<>();
    var inputs = IntStream.range(0, 100).boxed().peek(i -> {
      read.incrementAndGet();
      maxAhead.accumulateAndGet(read.get() - delivered.size(), Math::max);
    }).iterator();
    new OrderedParallel<Integer, Integer>(2, () -> i -> i).run(inputs, delivered::add);
    assertThat(delivered).hasSize(100);
    assertThat(maxAhead.get()).isLessThanOrEqualTo(2 * OrderedParallel.WINDOW_PER_THREAD);
  }

  @Test
  void aFailureStopsTheRunWithItsOwnException() {
    assertThatThrownBy(() -> new OrderedParallel<Integer, Integer>(2, () -> i -> {
      if (i == 5) throw new IllegalArgumentException("bad article 5");
      return i;
    }).run(IntStream.range(0, 20).boxed().iterator(), i -> {}))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("bad article 5");
  }

  private static String slowly(int i) {
    try {
      Thread.sleep((i * 7919L) % 3);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return "#" + i;
  }
}
