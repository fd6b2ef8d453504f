package org.entente.table;

/** The dataset could not be written; the message is one line naming the file and the problem. */
public class TableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public TableException(String message) {
    super(oneLine(message));
  }

  public TableException(String message, Throwable cause) {
    super(oneLine(message), cause);
  }

  // Messages end up on a terminal next to a file name; an OS message with a line break would split them.
  private static String oneLine(String message) {
    return message == null ? "" : message.replaceAll("\\s*\\R\\s*", " ").strip();
  }
}
