package org.entente.spark;

import java.nio.file.Path;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.entente.Entente;
import org.entente.dictionary.Dictionaries;

/**
 * One {@link Entente} per executor JVM and dictionary folder: the models and dictionaries are loaded by the first
 * task that needs them and shared by every task after it, on any thread ({@link Entente} is thread-safe). This
 * cache is the job's one piece of static state; the library itself has none.
 */
final class Coders {
  private static final ConcurrentMap<String, Entente> LOADED = new ConcurrentHashMap<>();

  private Coders() {}

  /** @param dictionary a folder of extra dictionary files on every executor's disk, or null for the bundled ones */
  static Entente get(String dictionary) {
    return LOADED.computeIfAbsent(dictionary == null ? "" : dictionary,
        d -> Entente.load(new Dictionaries(d.isEmpty() ? null : Path.of(d))));
  }
}
