package org.entente.correction;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.entente.act.ActType;
import org.entente.date.ResolvedDate;

/**
 * What an {@code add} row adds: a mention the coder missed. {@code field} holds its coding as {@code key=value}
 * pairs separated by {@code ;}: {@code source}, {@code target} (party codes), {@code type} (category/subtype, or
 * {@code category} and {@code subtype}) and optionally {@code date} (YYYY-MM-DD, YYYY-MM or YYYY; without it the act
 * is dated by its article's publication, {@code reported}). {@code value} is the evidence: the sentence of the
 * article that states the act, or a part of it, as it stands in the article.
 *
 * @param date null when the row gives none
 */
public record Addition(String source, String target, ActType type, ResolvedDate date, String quote) {

  private static final List<String> KEYS = List.of("source", "target", "type", "category", "subtype", "date");

  static Addition of(String field, String value, Predicate<String> knownParty) {
    Map<String, String> pairs = new LinkedHashMap<>();
    for (String part : field.split(";")) {
      if (part.isBlank()) continue;
      int eq = part.indexOf('=');
      String key = eq < 0 ? part.strip() : part.substring(0, eq).strip();
      if (eq < 0 || !KEYS.contains(key)) {
        throw new BadCell("field", "'" + part.strip() + "' is not a key=value pair of " + String.join(", ", KEYS)
            + " (e.g. source=NER; target=RUS; type=cooperation/military; date=2024-01-16)");
      }
      if (pairs.put(key, part.substring(eq + 1).strip()) != null) {
        throw new BadCell("field", key + " is given twice");
      }
    }
    for (String key : List.of("source", "target")) {
      if (pairs.getOrDefault(key, "").isEmpty()) {
        throw new BadCell("field", "no " + key + "=CODE: an added mention needs source, target and type");
      }
    }
    String label = pairs.containsKey("type") ? pairs.get("type")
        : pairs.containsKey("category") || pairs.containsKey("subtype")
            ? pairs.getOrDefault("category", "") + "/" + pairs.getOrDefault("subtype", "") : "";
    if (label.isEmpty()) {
      throw new BadCell("field", "no type=CATEGORY/SUBTYPE: an added mention needs source, target and type");
    }
    ActType type = ActType.ofLabel(label).orElseThrow(() -> new BadCell("field",
        "'" + label + "' is not a category/subtype pair of the codebook (e.g. cooperation/military)"));
    String source = party(pairs.get("source"), knownParty);
    String target = party(pairs.get("target"), knownParty);
    if (source.equals(target)) throw new BadCell("field", "source and target are both " + source);
    ResolvedDate date = null;
    if (!pairs.getOrDefault("date", "").isEmpty()) {
      try {
        date = DateValue.parse(pairs.get("date"));
      } catch (BadCell e) {
        throw new BadCell("field", e.getMessage());
      }
    }
    String quote = value.replaceAll("\\s+", " ").strip();
    if (quote.isEmpty()) {
      throw new BadCell("value", "empty: an add row quotes the sentence that states the act");
    }
    return new Addition(source, target, type, date, quote);
  }

  private static String party(String code, Predicate<String> knownParty) {
    try {
      return Edit.party(code, knownParty);
    } catch (BadCell e) {
      throw new BadCell("field", e.getMessage());
    }
  }

  String describe() {
    return source + " " + type.label() + " " + target;
  }
}
