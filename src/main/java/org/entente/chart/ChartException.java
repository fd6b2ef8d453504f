package org.entente.chart;

/** STUB so that branch cli compiles before branch chart is merged; replaced by the real class on merge. */
public class ChartException extends RuntimeException {
  public ChartException(String message) { super(message); }
}
