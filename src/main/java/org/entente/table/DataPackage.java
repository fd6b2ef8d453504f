package org.entente.table;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The Frictionless Data Package v2 descriptor of the three tables, derived from the same {@link TableSpec}s
 * that drive the CSV files. Keys are written in insertion order and nothing in it depends on the clock, so
 * the same tables give the same bytes.
 */
final class DataPackage {

  static final String FILE_NAME = "datapackage.json";
  static final String PROFILE = "https://datapackage.org/profiles/2.0/datapackage.json";
  static final String NAME = "entente-interactions";
  static final String LICENSE = "CC-BY-4.0";

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private DataPackage() {}

  static ObjectNode descriptor(List<TableSpec<?>> tables, PartyCodes parties) {
    ObjectNode root = JSON.objectNode();
    root.put("$schema", PROFILE);
    root.put("name", NAME);
    root.put("title", "Entente: state-to-state interactions coded from news articles");
    root.put("description",
        "Interactions between states and international organisations (cooperation, expulsion, "
            + "withdrawal, alliance), coded by rules from English news articles. events.csv has one row "
            + "per distinct act; mentions.csv is the audit trail, one row per sentence that states an act, "
            + "with its character offsets in the original article; articles.csv lists the input. "
            + "See docs/CODEBOOK.md for every column, the vocabularies and the merge rule.");
    ArrayNode keywords = root.putArray("keywords");
    for (String k : List.of("event data", "international relations", "CAMEO", "PLOVER", "Goldstein", "Sahel")) {
      keywords.add(k);
    }
    ObjectNode license = root.putArray("licenses").addObject();
    license.put("name", LICENSE);
    license.put("path", "https://creativecommons.org/licenses/by/4.0/");
    license.put("title", "Creative Commons Attribution 4.0 International");
    ArrayNode resources = root.putArray("resources");
    for (TableSpec<?> table : tables) {
      resources.add(resource(table, parties));
    }
    return root;
  }

  private static ObjectNode resource(TableSpec<?> table, PartyCodes parties) {
    ObjectNode r = JSON.objectNode();
    r.put("name", table.name());
    r.put("type", "table");
    r.put("path", table.fileName());
    r.put("title", table.title());
    r.put("description", table.description());
    r.put("format", "csv");
    r.put("mediatype", "text/csv");
    r.put("encoding", "utf-8");
    ObjectNode dialect = r.putObject("dialect");
    dialect.put("header", true);
    dialect.put("delimiter", ",");
    dialect.put("lineTerminator", "\n");
    dialect.put("quoteChar", "\"");
    dialect.put("doubleQuote", true);
    dialect.put("skipInitialSpace", false);
    r.set("schema", schema(table, parties));
    return r;
  }

  private static ObjectNode schema(TableSpec<?> table, PartyCodes parties) {
    ObjectNode s = JSON.objectNode();
    ArrayNode fields = s.putArray("fields");
    for (Field<?> field : table.columns()) {
      fields.add(field(field, parties));
    }
    s.putArray("missingValues").add("");
    s.putArray("primaryKey").add(table.primaryKey());
    if (!table.foreignKeys().isEmpty()) {
      ArrayNode fks = s.putArray("foreignKeys");
      for (ForeignKey fk : table.foreignKeys()) {
        ObjectNode node = fks.addObject();
        node.putArray("fields").add(fk.field());
        ObjectNode ref = node.putObject("reference");
        ref.put("resource", fk.resource());
        ref.putArray("fields").add(fk.referencedField());
      }
    }
    return s;
  }

  private static ObjectNode field(Field<?> field, PartyCodes parties) {
    ObjectNode f = JSON.objectNode();
    f.put("name", field.name());
    f.put("type", field.type().schemaName());
    f.put("description", field.description());
    if (!field.example().isEmpty()) {
      f.put("example", field.example());
    }
    if (field.type() == FieldType.BOOLEAN) {
      // Only the spellings the writer produces, so a reader rejects "yes"/"1" instead of guessing.
      f.putArray("trueValues").add("true");
      f.putArray("falseValues").add("false");
    }
    Constraints c = field.constraints();
    if (!c.isEmpty()) {
      ObjectNode cn = f.putObject("constraints");
      if (c.required()) {
        cn.put("required", true);
      }
      if (c.unique()) {
        cn.put("unique", true);
      }
      if (!c.enumValues().isEmpty()) {
        ArrayNode e = cn.putArray("enum");
        c.enumValues().forEach(e::add);
      }
      if (c.partyCode()) {
        cn.put("pattern", parties.pattern());
      }
    }
    return f;
  }

  /** Two-space indentation, {@code "key": value}, {@code \n} line ends and a final newline, on any OS. */
  static byte[] toJson(ObjectNode descriptor) {
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withArrayEmptySeparator("")
            .withObjectEmptySeparator(""));
    printer.indentObjectsWith(indenter);
    printer.indentArraysWith(indenter);
    try {
      String text = new ObjectMapper().writer(printer).writeValueAsString(descriptor);
      return (text + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (JsonProcessingException e) {
      throw new TableException(FILE_NAME + ": cannot render JSON: " + e.getOriginalMessage(), e);
    }
  }
}
