package org.entente.table;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.entente.article.ArticleSummary;
import org.entente.event.Event;
import org.entente.event.LinkedMention;

/**
 * The dataset written row by row, for archives too large to hold: the same four files as
 * {@link DatasetWriter#write}, byte for byte, with the same checks, published together at {@link #finish} (until
 * then the files already in the folder stay as they were, and {@link #close} without {@code finish} leaves them so).
 *
 * <p>Rows are rendered in parts of {@value #PART} through the same table code as the whole-file writer, and go to
 * hidden temporary files; only the events and the article ids (for the foreign keys) are held. With several
 * threads, mention parts are rendered on all of them (the output is the same). The order of calls
 * is the order of the checks: every article, then the events, then every mention, then {@link #finish}. A
 * mention's id is checked for repeats within its part; ids built from a unique article id, a sentence number and
 * a count cannot repeat across parts.
 */
public final class DatasetStream implements AutoCloseable {
  static final int PART = 1024;

  private final WriteOptions options;
  private final PartyCodes parties;
  private final StagedWrite staging;
  private final Path dataDir;
  private final Part<ArticleSummary> articles;
  private final Part<LinkedMention> mentions;
  private final Set<String> articleIds = new HashSet<>();
  private final Set<String> eventIds = new HashSet<>();
  private final Map<String, StagedWrite.Staged> extras = new LinkedHashMap<>();
  private List<Event> events;
  private boolean finished;
  /** Renders mention parts on other threads, or null to render each as it fills. */
  private final ExecutorService renderers;
  private final int threads;

  DatasetStream(WriteOptions options, PartyCodes parties, StagedWrite staging, Path dataDir, int threads) {
    this.threads = threads;
    this.renderers = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "entente-csv");
      t.setDaemon(true);
      return t;
    }) : null;
    this.options = options;
    this.parties = parties;
    this.staging = staging;
    this.dataDir = dataDir;
    StagedWrite.Staged a = staging.open(dataDir, Tables.ARTICLES.fileName());
    StagedWrite.Staged m;
    try {
      m = staging.open(dataDir, Tables.MENTIONS.fileName());
    } catch (RuntimeException e) {
      a.discard();
      if (renderers != null) renderers.shutdownNow();
      throw e;
    }
    this.articles = new Part<>(Tables.ARTICLES, a);
    this.mentions = new Part<>(Tables.MENTIONS, m);
  }

  /** The next row of articles.csv; every article comes before the events. */
  public void article(ArticleSummary article) {
    if (events != null) throw new IllegalStateException("articles come before the events");
    articles.add(article);
  }

  /** The rows of events.csv, in file order; after the last article and before the first mention. */
  public void events(List<Event> all) {
    if (events != null) throw new IllegalStateException("the events were already given");
    articles.flush();
    RecordTable<Event> table = new RecordTable<>(Tables.EVENTS, Objects.requireNonNull(all, "events"));
    table.check(parties);
    checkReferences(table, "evidence_article", articleIds, Tables.ARTICLES);
    table.values("event_id").forEach(id -> eventIds.add((String) id));
    events = List.copyOf(all);
  }

  /** The next row of mentions.csv, its event among those given to {@link #events}. */
  public void mention(LinkedMention mention) {
    if (events == null) throw new IllegalStateException("the events come before the mentions");
    mentions.add(mention);
  }

  /**
   * Appends {@code bytes} to a file other than the dataset's (the coder's state), published with the dataset's
   * files, before datapackage.json, as {@link DatasetWriter#commit} does.
   */
  public void extra(String name, byte[] bytes) {
    extras.computeIfAbsent(name, n -> staging.open(dataDir, n)).write(bytes);
  }

  /** Writes the rest and publishes the four files together (see {@link DatasetWriter#write}). */
  public void finish() {
    finish(Set.of());
  }

  /** As {@link #finish()}, then deletes the {@code stale} files the new ones make out of date. */
  public void finish(Set<String> stale) {
    if (events == null) events(List.of());
    mentions.drain();
    StagedWrite.Staged eventFile = staging.open(dataDir, Tables.EVENTS.fileName());
    StagedWrite.Staged descriptor = null;
    try {
      eventFile.write(new RecordTable<>(Tables.EVENTS, events).toCsv(options));
      eventFile.finish();
      List<TableSpec<?>> specs = List.of(Tables.ARTICLES, Tables.MENTIONS, Tables.EVENTS);
      descriptor = staging.open(dataDir, DataPackage.FILE_NAME);
      descriptor.write(DataPackage.toJson(DataPackage.descriptor(specs, parties)));
      descriptor.finish();
      articles.file.finish();
      mentions.file.finish();
      List<StagedWrite.Staged> files = new ArrayList<>(List.of(articles.file, mentions.file, eventFile));
      for (StagedWrite.Staged extra : extras.values()) {
        extra.finish();
        files.add(extra);
      }
      // datapackage.json last, as DatasetWriter does
      files.add(descriptor);
      staging.publish(dataDir, files, stale);
      finished = true;
    } finally {
      eventFile.discard();
      if (descriptor != null) descriptor.discard();
    }
  }

  /** Without {@link #finish}: deletes the temporary files and leaves the folder as it was. */
  @Override
  public void close() {
    if (renderers != null) renderers.shutdownNow();
    articles.file.discard();
    mentions.file.discard();
    extras.values().forEach(StagedWrite.Staged::discard);
  }

  public boolean finished() { return finished; }

  private void checkReferences(RecordTable<?> table, String field, Set<String> known, TableSpec<?> referenced) {
    List<Object> keys = table.values(table.spec().primaryKey());
    List<Object> refs = table.values(field);
    for (int i = 0; i < refs.size(); i++) {
      Object ref = refs.get(i);
      if (ref != null && !"".equals(ref) && !known.contains(ref)) {
        String column = table.spec().foreignKeys().stream().filter(f -> f.field().equals(field)).findFirst()
            .orElseThrow().referencedField();
        throw table.error(i, keys.get(i), field, "'" + ref + "' is not an " + column + " of " + referenced.fileName());
      }
    }
  }

  /**
   * One CSV file written in parts: the header first, then each part's rows once it is full. Mention parts are
   * checked and rendered on {@link #renderers} when there are any (articles are not: their ids are collected for
   * the foreign keys as they come); the parts are written in order whatever finishes first, and a part's error is
   * the one its file would report first.
   */
  private final class Part<R> {
    private final TableSpec<R> spec;
    private final StagedWrite.Staged file;
    private final List<R> rows = new ArrayList<>(PART);
    private final Deque<Future<byte[]>> rendering = new ArrayDeque<>();
    private long written;

    Part(TableSpec<R> spec, StagedWrite.Staged file) {
      this.spec = spec;
      this.file = file;
      file.write(new RecordTable<>(spec, List.<R>of()).toCsv(options));
    }

    void add(R row) {
      rows.add(row);
      if (rows.size() >= PART) flush();
    }

    /** Renders the rows so far (or hands them to a renderer) and writes what is rendered. */
    void flush() {
      if (rows.isEmpty()) return;
      List<R> part = List.copyOf(rows);
      long offset = written;
      written += rows.size();
      rows.clear();
      if (renderers == null || spec == Tables.ARTICLES) {
        file.write(render(part, offset));
        return;
      }
      rendering.addLast(renderers.submit(() -> render(part, offset)));
      while (rendering.size() > 2 * threads) file.write(next());
    }

    /** Writes every part still being rendered. */
    void drain() {
      flush();
      while (!rendering.isEmpty()) file.write(next());
    }

    private byte[] next() {
      try {
        return rendering.removeFirst().get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new CancellationException("interrupted");
      } catch (ExecutionException e) {
        rendering.forEach(f -> f.cancel(true));
        rendering.clear();
        if (e.getCause() instanceof RuntimeException r) throw r;
        if (e.getCause() instanceof Error err) throw err;
        throw new IllegalStateException(e.getCause());
      }
    }

    private byte[] render(List<R> part, long offset) {
      RecordTable<R> table = new RecordTable<>(spec, part, offset);
      table.check(parties);
      if (spec == Tables.ARTICLES) {
        List<Object> ids = table.values("article_id");
        for (int i = 0; i < ids.size(); i++) {
          if (!articleIds.add((String) ids.get(i))) {
            throw table.error(i, ids.get(i), "article_id", "repeats '" + ids.get(i) + "'");
          }
        }
      } else {
        // the article ids and event ids are complete by now and only read
        checkReferences(table, "event_id", eventIds, Tables.EVENTS);
        checkReferences(table, "article_id", articleIds, Tables.ARTICLES);
      }
      return table.rowsCsv(options);
    }
  }
}
