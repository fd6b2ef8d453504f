package org.entente.article;

/** Input that cannot be read at all (a missing or empty folder); the message is one line naming the path. */
public final class InputException extends RuntimeException {
  public InputException(String message) { super(message); }

  public InputException(String message, Throwable cause) { super(message, cause); }
}
