package org.entente.table;

/**
 * A table that cannot be read or written. The message is one line, {@code FILE: row N, column C: problem}, with
 * the row or the column left out where it does not apply ({@code FILE: problem}). Row N is the line of the file
 * the record starts on, the header being row 1, as an editor or a spreadsheet numbers it.
 */
public class TableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TableException(String message) {
    super(oneLine(message));
  }

  public TableException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  /** {@code FILE: problem}. */
  public static TableException of(String file, String problem) {
    return new TableException(file + ": " + problem);
  }

  /** {@code FILE: row N: problem}. */
  public static TableException atRow(String file, int row, String problem) {
    return new TableException(file + ": row " + row + ": " + problem);
  }

  /** {@code FILE: column C: problem}. */
  public static TableException atColumn(String file, String column, String problem) {
    return new TableException(file + ": column " + column + ": " + problem);
  }

  /** {@code FILE: row N, column C: problem}. */
  public static TableException at(String file, int row, String column, String problem) {
    return new TableException(file + ": row " + row + ", column " + column + ": " + problem);
  }

  // Messages end up on a terminal next to a file name; an OS message or a quoted cell with a line break would
  // split them.
  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
