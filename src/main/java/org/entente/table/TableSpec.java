package org.entente.table;

import java.util.List;
import java.util.Optional;

/** One file of the dataset: its resource name, prose for the descriptor, and its columns in CSV order. */
record TableSpec<R>(
    String name,
    String title,
    String description,
    List<Field<R>> columns,
    String primaryKey,
    List<ForeignKey> foreignKeys) {

  TableSpec {
    columns = List.copyOf(columns);
    foreignKeys = List.copyOf(foreignKeys);
    // The fields are assigned only after this block, so check against the parameters.
    List<String> names = columns.stream().map(Field::name).toList();
    if (names.stream().distinct().count() != names.size()) {
      throw new IllegalArgumentException(name + ": duplicate column names " + names);
    }
    if (!names.contains(primaryKey)) {
      throw new IllegalArgumentException(name + ": primary key " + primaryKey + " is not a column");
    }
    for (ForeignKey fk : foreignKeys) {
      if (!names.contains(fk.field())) {
        throw new IllegalArgumentException(name + ": foreign key " + fk.field() + " is not a column");
      }
    }
  }

  String fileName() {
    return name + ".csv";
  }

  List<String> columnNames() {
    return columns.stream().map(Field::name).toList();
  }

  /** The schema the written file is read back with: the same columns, types and constraints. */
  Schema schema() {
    return new Schema(fileName(), Dialect.CONTRACT, columns.stream().map(Field::column).toList());
  }

  Optional<Field<R>> column(String columnName) {
    return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
  }
}
