package org.entente.cli;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.entente.Entente;
import org.entente.act.ActType;
import org.entente.coding.ActorKind;
import org.entente.coding.CodedArticle;
import org.entente.coding.Mention;
import org.entente.date.DatePrecision;
import org.entente.date.ResolvedDate;
import org.entente.event.CodedBy;
import org.entente.event.Event;
import org.entente.event.EventMerger;
import org.entente.event.LinkedMention;

/**
 * The mentions of a run, kept on disk rather than in memory until they are merged and written: an archive's
 * mentions do not fit in a fixed heap, its events do. Each mention is written twice, to hidden files in the
 * dataset folder that are deleted at the end: once in input order (for mentions.csv), and once to one of
 * {@value #BUCKETS} buckets chosen by its kind (type, source, target). The merge then reads one bucket at a time
 * and runs {@link Entente#mergeKind} on each kind, in input order, as a distributed merge does per group: the same
 * events, ids included, as {@link Entente#merge} on everything at once. What stays in memory is the events, the
 * event of each mention (one reference each) and one bucket per merging thread.
 */
final class MentionSpill implements AutoCloseable {
  static final int BUCKETS = 128;
  private static final int BUFFER = 1 << 15;

  private final Path dir;
  private final String prefix = "." + "mentions-" + UUID.randomUUID();
  private final Path ordered;
  private final DataOutputStream orderedOut;
  private final DataOutputStream[] bucketOut = new DataOutputStream[BUCKETS];
  private int count;

  MentionSpill(Path dir) {
    this.dir = dir;
    this.ordered = dir.resolve(prefix + ".spill");
    try {
      Files.createDirectories(dir);
      this.orderedOut = open(ordered);
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot write a temporary file (" + e.getMessage() + ")", e);
    }
  }

  /** The mentions of the next article in input order. */
  void add(CodedArticle article) {
    if (article.mentions().isEmpty()) return;
    LocalDate published = article.summary().published();
    try {
      for (LinkedMention lm : EventMerger.identify(List.of(article))) {
        Mention m = lm.mention();
        write(orderedOut, lm);
        int b = bucket(m);
        if (bucketOut[b] == null) bucketOut[b] = open(bucketFile(b));
        DataOutputStream out = bucketOut[b];
        out.writeInt(count);
        out.writeLong(published == null ? Long.MIN_VALUE : published.toEpochDay());
        write(out, lm);
        count = Math.addExact(count, 1);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot write a temporary file (" + e.getMessage() + ")", e);
    }
  }

  int count() { return count; }

  /** The events, in the order of events.csv, and the event id of every mention by its place in input order. */
  record Merged(List<Event> events, String[] eventOf) {}

  /** Merges kind by kind, a bucket at a time on each of {@code threads} threads. */
  Merged merge(Entente entente, int threads) {
    String[] eventOf = new String[count];
    try {
      for (DataOutputStream out : bucketOut) {
        if (out != null) out.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot write a temporary file (" + e.getMessage() + ")", e);
    }
    List<Event> events = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "entente-merge");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<List<Event>>> buckets = new ArrayList<>();
      for (int b = 0; b < BUCKETS; b++) {
        if (bucketOut[b] == null) continue;
        int bucket = b;
        buckets.add(pool.submit(() -> mergeBucket(entente, bucket, eventOf)));
      }
      for (Future<List<Event>> f : buckets) events.addAll(f.get());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.util.concurrent.CancellationException("interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    events.sort(Entente.eventOrder());
    return new Merged(events, eventOf);
  }

  /** The events of one bucket's kinds; each of its mentions' events goes into {@code eventOf}, at its own place. */
  private List<Event> mergeBucket(Entente entente, int b, String[] eventOf) {
    Map<List<Object>, Kind> kinds = new LinkedHashMap<>();
    try (DataInputStream in = reader(bucketFile(b))) {
      while (true) {
        int ordinal;
        try {
          ordinal = in.readInt();
        } catch (EOFException end) {
          break;
        }
        long day = in.readLong();
        LinkedMention lm = read(in);
        Mention m = lm.mention();
        Kind kind = kinds.computeIfAbsent(List.of(m.type(), m.source(), m.target()), k -> new Kind());
        kind.ordinals.add(ordinal);
        kind.mentions.add(lm);
        if (day != Long.MIN_VALUE) kind.published.putIfAbsent(m.articleId(), LocalDate.ofEpochDay(day));
      }
      Files.deleteIfExists(bucketFile(b));
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot read a temporary file (" + e.getMessage() + ")", e);
    }
    List<Event> events = new ArrayList<>();
    for (Kind kind : kinds.values()) {
      EventMerger.KindMerge merged = entente.mergeKind(kind.mentions, kind.published);
      for (int k = 0; k < kind.ordinals.size(); k++) eventOf[kind.ordinals.get(k)] = merged.eventIds().get(k);
      events.addAll(merged.events());
    }
    return events;
  }

  /** The mentions in input order, each with its id and event. */
  void forEach(String[] eventOf, Consumer<LinkedMention> sink) {
    try {
      orderedOut.close();
      try (DataInputStream in = reader(ordered)) {
        for (int i = 0; i < count; i++) sink.accept(read(in).withEventId(eventOf[i]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(dir + ": cannot read a temporary file (" + e.getMessage() + ")", e);
    }
  }

  /** Deletes the temporary files. */
  @Override
  public void close() {
    quietly(orderedOut);
    quietly(ordered);
    for (int b = 0; b < BUCKETS; b++) {
      if (bucketOut[b] != null) {
        quietly(bucketOut[b]);
        quietly(bucketFile(b));
      }
    }
  }

  /** The mentions of one kind in one bucket, in input order. */
  private static final class Kind {
    final List<Integer> ordinals = new ArrayList<>();
    final List<LinkedMention> mentions = new ArrayList<>();
    final Map<String, LocalDate> published = new HashMap<>();
  }

  /** Depends on the kind's values only (not on identity hash codes), so runs are alike. */
  private static int bucket(Mention m) {
    int h = Arrays.hashCode(new Object[] {m.type() == null ? null : m.type().name(), m.source(), m.target()});
    return Math.floorMod(h, BUCKETS);
  }

  private Path bucketFile(int b) { return dir.resolve(prefix + "." + b + ".spill"); }

  private static DataOutputStream open(Path file) throws IOException {
    return new DataOutputStream(new Buffered(Files.newOutputStream(file)));
  }

  private static DataInputStream reader(Path file) throws IOException {
    return new DataInputStream(new Unsynchronized(Files.newInputStream(file)));
  }

  /**
   * A buffer before a file, without the locking of {@link java.io.BufferedOutputStream}: a mention is written as some
   * twenty small writes, and each spill file has one writer.
   */
  private static final class Buffered extends java.io.OutputStream {
    private final java.io.OutputStream out;
    private final byte[] buffer = new byte[BUFFER];
    private int n;

    Buffered(java.io.OutputStream out) { this.out = out; }

    @Override
    public void write(int b) throws IOException {
      if (n == buffer.length) drain();
      buffer[n++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      if (len > buffer.length - n) drain();
      if (len > buffer.length) {
        out.write(b, off, len);
        return;
      }
      System.arraycopy(b, off, buffer, n, len);
      n += len;
    }

    private void drain() throws IOException {
      out.write(buffer, 0, n);
      n = 0;
    }

    @Override
    public void flush() throws IOException {
      drain();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      try (out) {
        drain();
      }
    }
  }

  /** The reading side of {@link Buffered}: one reader per file, no locking. */
  private static final class Unsynchronized extends java.io.InputStream {
    private final java.io.InputStream in;
    private final byte[] buffer = new byte[BUFFER];
    private int pos;
    private int end;

    Unsynchronized(java.io.InputStream in) { this.in = in; }

    private boolean fill() throws IOException {
      pos = 0;
      end = Math.max(0, in.read(buffer, 0, buffer.length));
      return end > 0;
    }

    @Override
    public int read() throws IOException {
      if (pos == end && !fill()) return -1;
      return buffer[pos++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (len == 0) return 0;
      if (pos == end && !fill()) return -1;
      int k = Math.min(len, end - pos);
      System.arraycopy(buffer, pos, b, off, k);
      pos += k;
      return k;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  private static void quietly(AutoCloseable c) {
    try {
      c.close();
    } catch (Exception ignored) {
      // a temporary file; the run's own error, if any, is what matters
    }
  }

  private static void quietly(Path p) {
    try {
      Files.deleteIfExists(p);
    } catch (IOException ignored) {
      // as above
    }
  }

  // A mention field by field; null is kept as null.

  private static void write(DataOutputStream out, LinkedMention lm) throws IOException {
    writeString(out, lm.mentionId());
    writeString(out, lm.codedBy() == null ? null : lm.codedBy().name());
    Mention m = lm.mention();
    writeString(out, m.articleId());
    out.writeInt(m.sentence());
    out.writeInt(m.charStart());
    out.writeInt(m.charEnd());
    writeString(out, m.source());
    writeString(out, m.target());
    writeString(out, m.type() == null ? null : m.type().name());
    ResolvedDate d = m.date();
    out.writeBoolean(d != null);
    if (d != null) {
      out.writeLong(d.date() == null ? Long.MIN_VALUE : d.date().toEpochDay());
      writeString(out, d.precision() == null ? null : d.precision().name());
      writeString(out, d.text());
    }
    writeString(out, m.sourceText());
    writeString(out, m.targetText());
    writeString(out, m.trigger());
    writeString(out, m.text());
    writeString(out, m.sourceKind() == null ? null : m.sourceKind().name());
    writeString(out, m.targetKind() == null ? null : m.targetKind().name());
  }

  private static LinkedMention read(DataInputStream in) throws IOException {
    String mentionId = readString(in);
    String codedBy = readString(in);
    String articleId = readString(in);
    int sentence = in.readInt();
    int charStart = in.readInt();
    int charEnd = in.readInt();
    String source = readString(in);
    String target = readString(in);
    String type = readString(in);
    ResolvedDate date = null;
    if (in.readBoolean()) {
      long day = in.readLong();
      String precision = readString(in);
      date = new ResolvedDate(day == Long.MIN_VALUE ? null : LocalDate.ofEpochDay(day),
          precision == null ? null : DatePrecision.valueOf(precision), readString(in));
    }
    String sourceText = readString(in);
    String targetText = readString(in);
    String trigger = readString(in);
    String text = readString(in);
    String sourceKind = readString(in);
    String targetKind = readString(in);
    Mention m = new Mention(articleId, sentence, charStart, charEnd, source, target,
        type == null ? null : ActType.valueOf(type), date, sourceText, targetText, trigger, text,
        sourceKind == null ? null : ActorKind.valueOf(sourceKind), targetKind == null ? null : ActorKind.valueOf(targetKind));
    return new LinkedMention(mentionId, null, m, codedBy == null ? null : CodedBy.valueOf(codedBy));
  }

  /**
   * Exactly the characters, unpaired surrogates included (which UTF-8 would not keep): modified UTF-8 for the usual
   * string, UTF-16 for one too long for it.
   */
  private static void writeString(DataOutputStream out, String s) throws IOException {
    if (s == null) {
      out.writeByte(0);
    } else if (s.length() <= 65535 / 3) {
      out.writeByte(1);
      out.writeUTF(s);
    } else {
      out.writeByte(2);
      out.writeInt(s.length());
      out.writeChars(s);
    }
  }

  private static String readString(DataInputStream in) throws IOException {
    byte kind = in.readByte();
    if (kind == 0) return null;
    if (kind == 1) return in.readUTF();
    char[] chars = new char[in.readInt()];
    for (int i = 0; i < chars.length; i++) chars[i] = in.readChar();
    return new String(chars);
  }
}
