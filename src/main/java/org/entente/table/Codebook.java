package org.entente.table;

import java.util.List;

/** The columns of events.csv as datapackage.json describes them, for the exports' codebooks. */
public final class Codebook {
  private Codebook() {}

  /** One column: name, Table Schema type, description, and whether it carries article text. */
  public record Entry(String name, String type, String description, boolean articleText) {}

  public static List<Entry> events() {
    return Tables.EVENTS.columns().stream()
        .map(f -> new Entry(f.name(), f.type().schemaName(), f.description(), f.articleText())).toList();
  }
}
