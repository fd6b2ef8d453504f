package org.entente.article;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One line of a JSONL input: {@code {"id": ..., "text": ..., "published": "2024-01-16", "outlet", "url", "title",
 * "language"}}, read the same way whoever reads the file (the CLI's {@link ArticleSource}, the Spark job).
 */
public final class JsonlRecord {
  /** Thread-safe once configured, and configured only here. */
  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonlRecord() {}

  /**
   * The article on line {@code number} of the file {@code path} (as messages name it), whose name is {@code
   * fileName}, or null (reported to {@code warn}) when the line is not such a record, or, when {@code seen} is given, when its id was used on an earlier line ({@code seen} maps the
   * ids read so far to their lines, and this line's id is added).
   */
  public static InputArticle parse(String line, String path, String fileName, int number,
      Map<String, Integer> seen, Consumer<String> warn) {
    String where = path + " line " + number + ": ";
    JsonNode node;
    try {
      node = JSON.readTree(line);
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
    Integer first = seen == null ? null : seen.putIfAbsent(id, number);
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
    return new InputArticle(id, fileName + ":" + number, body, published, text(node, "outlet"),
        text(node, "url"), text(node, "title"), List.of());
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? "" : value.asText().trim();
  }
}
