package org.entente.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.CharacterCodingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.function.Consumer;

/**
 * One article per line: {@code {"id": ..., "text": ..., "published": "2024-01-16", "outlet", "url", "title",
 * "language"}}. A line that is not such a record is reported with its number and skipped.
 */
final class JsonlSource implements ArticleSource {
  private final Path file;
  private final Consumer<String> warn;
  private final ObjectMapper json = new ObjectMapper();
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
      in = new BufferedInputStream(Files.newInputStream(file), 1 << 16);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
    }
    return new Iterator<>() {
      private int lineNumber;
      private InputArticle next = advance();

      /** Lines are decoded one by one, so that a line that is not UTF-8 is reported and skipped alone. */
      private InputArticle advance() {
        try {
          byte[] bytes;
          while ((bytes = readLine(in)) != null) {
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

  /** The bytes of the next line without its line end, or null at the end of the file. */
  private static byte[] readLine(InputStream in) throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    int b;
    boolean any = false;
    while ((b = in.read()) != -1) {
      any = true;
      if (b == '\n') break;
      line.write(b);
    }
    if (!any) return null;
    byte[] bytes = line.toByteArray();
    int n = bytes.length;
    return n > 0 && bytes[n - 1] == '\r' ? java.util.Arrays.copyOf(bytes, n - 1) : bytes;
  }

  private InputArticle parse(String line, int number) {
    String where = file + " line " + number + ": ";
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      warn.accept(where + "not valid JSON; skipped");
      return null;
    }
    if (node == null || !node.isObject()) {
      warn.accept(where + "not a JSON object; skipped");
      return null;
    }
    String id = text(node, "id");
    String body = node.hasNonNull("text") && node.get("text").isTextual() ? node.get("text").asText() : null;
    if (id.isBlank() || body == null) {
      warn.accept(where + "needs a string 'id' and 'text'; skipped");
      return null;
    }
    Integer first = seen.putIfAbsent(id, number);
    if (first != null) {
      warn.accept(where + "id '" + id + "' was already used on line " + first + "; skipped");
      return null;
    }
    LocalDate published = null;
    String date = text(node, "published");
    if (!date.isBlank()) {
      try {
        published = LocalDate.parse(date.length() > 10 ? date.substring(0, 10) : date);
      } catch (DateTimeParseException e) {
        warn.accept(where + "bad date '" + date + "' (expected YYYY-MM-DD); coded without it");
      }
    }
    return new InputArticle(id, file.getFileName() + ":" + number, body, published, text(node, "outlet"),
        text(node, "url"), text(node, "title"), List.of());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText().trim();
  }
}
