package org.entente.table;

/** The Table Schema types the dataset uses; each maps to one Tablesaw column type in {@link CsvTable}. */
enum FieldType {
  STRING("string"),
  INTEGER("integer"),
  NUMBER("number"),
  BOOLEAN("boolean"),
  DATE("date");

  private final String schemaName;

  FieldType(String schemaName) {
    this.schemaName = schemaName;
  }

  /** The name in a Frictionless Table Schema field's {@code type}. */
  String schemaName() {
    return schemaName;
  }
}
