package org.entente.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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

  JsonlSource(Path file, Consumer<String> warn) {
    this.file = file;
    this.warn = warn;
  }

  @Override
  public Iterator<InputArticle> iterator() {
    BufferedReader reader;
    try {
      reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + e.getClass().getSimpleName() + ")", e);
    }
    return new Iterator<>() {
      private int lineNumber;
      private InputArticle next = advance();

      private InputArticle advance() {
        try {
          String line;
          while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) continue;
            InputArticle article = parse(line, lineNumber);
            if (article != null) return article;
          }
          reader.close();
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
