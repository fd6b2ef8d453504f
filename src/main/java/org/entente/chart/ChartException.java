package org.entente.chart;

/** A problem with the input or output of the charts, worded for the user in one line (file and problem). */
public class ChartException extends RuntimeException {
  public ChartException(String message) { super(message); }

  public ChartException(String message, Throwable cause) { super(message, cause); }
}
