package org.entente.article;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * One article per line: {@code {"id": ..., "text": ..., "published": "2024-01-16", "outlet", "url", "title",
 * "language"}}. A line that is not such a record is reported with its number and skipped.
 */
final class JsonlSource implements ArticleSource {
  private final Path file;
  private final Consumer<String> warn;
  /** Ids read so far and their lines: an id names one row of articles.csv. */
  private final java.util.Map<String, Integer> seen = new java.util.HashMap<>();

  JsonlSource(Path file, Consumer<String> warn) {
    this.file = file;
    this.warn = warn;
  }

  @Override
  public Iterator<InputArticle> iterator() {
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
    }
    Lines lines = new Lines(in);
    return new Iterator<>() {
      private int lineNumber;
      private InputArticle next = advance();

      /** Lines are decoded one by one, so that a line that is not UTF-8 is reported and skipped alone. */
      private InputArticle advance() {
        try {
          byte[] bytes;
          while ((bytes = lines.next()) != null) {
            lineNumber++;
            String line;
            try {
              line = FolderSource.decode(bytes);
            } catch (CharacterCodingException e) {
              warn.accept(file + " line " + lineNumber + ": not UTF-8; skipped");
              continue;
            }
            if (lineNumber == 1 && line.startsWith("\uFEFF")) line = line.substring(1);
            if (line.isBlank()) continue;
            InputArticle article = parse(line, lineNumber);
            if (article != null) return article;
          }
          in.close();
          return null;
        } catch (IOException e) {
          throw new UncheckedIOException(file + " line " + (lineNumber + 1) + ": " + e.getMessage(), e);
        }
      }

      @Override
      public boolean hasNext() { return next != null; }

      @Override
      public InputArticle next() {
        if (next == null) throw new NoSuchElementException();
        InputArticle current = next;
        next = advance();
        return current;
      }
    };
  }

  /** The lines of a stream as bytes, read a block at a time (not a call per byte). */
  private static final class Lines {
    private final InputStream in;
    private final byte[] block = new byte[1 << 16];
    private int pos;
    private int limit;

    Lines(InputStream in) { this.in = in; }

    /** The bytes of the next line without its line end, or null at the end of the file. */
    byte[] next() throws IOException {
      ByteArrayOutputStream longer = null;
      while (true) {
        if (pos == limit) {
          int n = in.read(block);
          if (n < 0) return longer == null ? null : withoutReturn(longer.toByteArray());
          if (n == 0) continue;
          pos = 0;
          limit = n;
        }
        int start = pos;
        while (pos < limit && block[pos] != '\n') pos++;
        if (pos < limit) {
          byte[] line;
          if (longer == null) {
            line = java.util.Arrays.copyOfRange(block, start, pos);
          } else {
            longer.write(block, start, pos - start);
            line = longer.toByteArray();
          }
          pos++;
          return withoutReturn(line);
        }
        // the line goes on in the next block
        if (longer == null) longer = new ByteArrayOutputStream(Math.max(256, 2 * (limit - start)));
        longer.write(block, start, limit - start);
      }
    }

    private static byte[] withoutReturn(byte[] bytes) {
      int n = bytes.length;
      return n > 0 && bytes[n - 1] == '\r' ? java.util.Arrays.copyOf(bytes, n - 1) : bytes;
    }
  }

  private InputArticle parse(String line, int number) {
    return JsonlRecord.parse(line, file.toString(), file.getFileName().toString(), number, seen, warn);
  }

}
