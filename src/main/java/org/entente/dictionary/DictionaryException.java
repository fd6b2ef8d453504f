package org.entente.dictionary;

/** A dictionary file that cannot be used; the message names the file and line. */
public final class DictionaryException extends RuntimeException {
  public DictionaryException(String message) { super(message); }
}
