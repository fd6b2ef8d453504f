package org.entente.table;

/** STUB so that branch cli compiles before branch table is merged; replaced by the real class on merge. */
public class TableException extends RuntimeException {
  public TableException(String message) { super(message); }
}
